import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  risksDueForReview,
  risksWithoutResponse,
  topRisks,
  unownedRisks,
} from '../../src/risk/monitoring.js';
import { createRiskRegister } from '../../src/risk/register.js';
import { ACTIVE_RISK_STATUSES, isActiveRisk } from '../../src/risk/status.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { risksArb } from './fixtures.js';

describe('risksDueForReview', () => {
  it('shows the doc example', () => {
    const register = createRiskRegister([
      { id: 'R1', title: 'Supplier late', kind: 'threat', reviewBy: '2026-03-01' },
      { id: 'R2', title: 'Key person leaves', kind: 'threat', reviewBy: '2026-04-01' },
    ]);
    expect(
      risksDueForReview(register, '2026-03-03').map((d) => [d.risk.id, d.daysOverdue]),
    ).toEqual([['R1', 2]]);
  });

  it('includes a review due today, orders most overdue first then by id, and skips inactive risks', () => {
    const register = createRiskRegister([
      { id: 'B', title: 'b', kind: 'threat', reviewBy: '2026-03-01' },
      { id: 'A', title: 'a', kind: 'threat', reviewBy: '2026-03-01', status: 'monitoring' },
      { id: 'C', title: 'c', kind: 'threat', reviewBy: '2026-03-03' },
      { id: 'D', title: 'd', kind: 'threat', reviewBy: '2026-02-01', status: 'closed' },
      { id: 'E', title: 'e', kind: 'threat', reviewBy: '2026-03-04' },
      { id: 'F', title: 'f', kind: 'threat' },
    ]);
    const due = risksDueForReview(register, '2026-03-03');
    expect(due.map((d) => [d.risk.id, d.reviewBy, d.daysOverdue])).toEqual([
      ['A', '2026-03-01', 2],
      ['B', '2026-03-01', 2],
      ['C', '2026-03-03', 0],
    ]);
    expect(isDeepFrozen(due)).toBe(true);
    expect(risksDueForReview(register, '2026-01-01')).toEqual([]);
  });

  it('rejects a bad date', () => {
    expect(catchError(() => risksDueForReview(createRiskRegister([]), '3 March'))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['asOf'],
    });
  });
});

describe('topRisks', () => {
  const register = createRiskRegister([
    {
      id: 'W',
      title: 'Bad weather',
      kind: 'threat',
      probability: 0.25,
      impact: 3,
      costImpact: 80000,
    },
    {
      id: 'L',
      title: 'Labour strike',
      kind: 'threat',
      probability: 0.05,
      impact: 5,
      costImpact: 150000,
    },
  ]);

  it('shows the doc examples', () => {
    expect(topRisks(register, 1).map((r) => r.risk.id)).toEqual(['W']);
    expect(topRisks(register, 2, { by: 'emv' }).map((r) => r.emv?.toString())).toEqual([
      '-20000',
      '-7500',
    ]);
  });

  it('ranks by score then |EMV| then id, unassessed last; by EMV magnitude, opportunities alike', () => {
    const r = createRiskRegister([
      { id: 'Z', title: 'z', kind: 'threat' },
      { id: 'A', title: 'a', kind: 'threat', probability: 0.5, impact: 2, costImpact: 100 },
      { id: 'B', title: 'b', kind: 'opportunity', probability: 0.5, impact: 2, costImpact: 300 },
      { id: 'C', title: 'c', kind: 'threat', probability: 0.5, impact: 2 },
      { id: 'D', title: 'd', kind: 'threat', probability: 0.9, impact: 1, costImpact: 100 },
      { id: 'E', title: 'e', kind: 'threat', probability: 0.9, impact: 5, status: 'closed' },
    ]);
    const byScore = topRisks(r, 10);
    expect(byScore.map((x) => [x.rank, x.risk.id, x.score])).toEqual([
      [1, 'B', 6],
      [2, 'A', 6],
      [3, 'C', 6],
      [4, 'D', 5],
      [5, 'Z', null],
    ]);
    expect(byScore[0]?.rating).toBe('Moderate');
    expect(byScore[4]?.rating).toBeNull();
    const byEmv = topRisks(r, 10, { by: 'emv' });
    expect(byEmv.map((x) => [x.risk.id, x.emv?.toString() ?? null])).toEqual([
      ['B', '150'],
      ['D', '-90'],
      ['A', '-50'],
      ['C', null],
      ['Z', null],
    ]);
    expect(topRisks(r, 0)).toEqual([]);
    expect(isDeepFrozen(byEmv)).toBe(true);
    const residual = createRiskRegister([
      {
        id: 'A',
        title: 'a',
        kind: 'threat',
        probability: 0.9,
        impact: 5,
        residual: { probability: 0.1 },
      },
      { id: 'B', title: 'b', kind: 'threat', probability: 0.5, impact: 5 },
    ]);
    expect(topRisks(residual, 2, { residual: true }).map((x) => x.risk.id)).toEqual(['B', 'A']);
  });

  it('rejects bad n and options', () => {
    expect(catchError(() => topRisks(register, -1))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['n'],
    });
    expect(catchError(() => topRisks(register, 1.5))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['n'],
    });
    expect(catchError(() => topRisks(register, 1, { by: 'size' as never }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'by'],
    });
    expect(catchError(() => topRisks(register, 1, { residual: 'no' as never }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'residual'],
    });
    expect(catchError(() => topRisks(register, 1, 7 as never)).path).toEqual(['options']);
  });

  it('property: at most n, active only, sorted by score descending', () => {
    fc.assert(
      fc.property(risksArb, fc.integer({ min: 0, max: 15 }), (risks, n) => {
        const top = topRisks(createRiskRegister(deepFreezeInput(risks)), n);
        expect(top.length).toBeLessThanOrEqual(n);
        for (const t of top) expect(isActiveRisk(t.risk)).toBe(true);
        for (let i = 1; i < top.length; i++)
          expect((top[i - 1]?.score ?? 0) >= (top[i]?.score ?? 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('unownedRisks and risksWithoutResponse', () => {
  it('show the doc examples', () => {
    expect(
      unownedRisks(
        createRiskRegister([
          { id: 'R1', title: 'Supplier late', kind: 'threat', owner: 'Buyer' },
          { id: 'R2', title: 'Key person leaves', kind: 'threat' },
        ]),
      ).map((r) => r.id),
    ).toEqual(['R2']);
    expect(
      risksWithoutResponse(
        createRiskRegister([
          { id: 'R1', title: 'Supplier late', kind: 'threat', response: { strategy: 'transfer' } },
          { id: 'R2', title: 'Key person leaves', kind: 'threat' },
        ]),
      ).map((r) => r.id),
    ).toEqual(['R2']);
  });

  it('skip inactive risks, count accept as a response, and return frozen lists', () => {
    const r = createRiskRegister([
      { id: 'A', title: 'a', kind: 'threat', status: 'closed' },
      { id: 'B', title: 'b', kind: 'threat', response: { strategy: 'accept' } },
      { id: 'C', title: 'c', kind: 'opportunity', status: 'monitoring' },
    ]);
    expect(unownedRisks(r).map((x) => x.id)).toEqual(['B', 'C']);
    expect(risksWithoutResponse(r).map((x) => x.id)).toEqual(['C']);
    expect(isDeepFrozen(unownedRisks(r))).toBe(true);
    expect(catchError(() => unownedRisks(null as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('isActiveRisk', () => {
  it('shows the doc examples', () => {
    expect(ACTIVE_RISK_STATUSES).toEqual(['open', 'monitoring']);
    expect(isActiveRisk({ id: 'R1', title: 'Supplier late', kind: 'threat' })).toBe(true);
    expect(
      isActiveRisk({ id: 'R1', title: 'Supplier late', kind: 'threat', status: 'escalated' }),
    ).toBe(false);
    expect(isActiveRisk({ id: 'R1', title: 'x', kind: 'threat', status: 'monitoring' })).toBe(true);
    expect(catchError(() => isActiveRisk(3 as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risk'],
    });
  });
});
