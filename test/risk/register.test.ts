import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { checkRegister } from '../../src/risk/internal/readRegister.js';
import { createRiskMatrix, defaultMatrix } from '../../src/risk/matrix.js';
import {
  addRisk,
  closeRisk,
  createRiskRegister,
  escalateRisk,
  recordOccurrence,
  updateRisk,
} from '../../src/risk/register.js';
import type { Risk } from '../../src/risk/types.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { LABOUR, MATERIAL, risksArb, WEATHER } from './fixtures.js';

const base = (extra: Partial<Risk> = {}): Risk => ({
  id: 'R1',
  title: 'Supplier late',
  kind: 'threat',
  ...extra,
});

describe('createRiskRegister', () => {
  it('builds a frozen register from a plain array (doc example)', () => {
    const register = createRiskRegister([
      { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.3, impact: 4 },
    ]);
    expect(register.risks.length).toBe(1);
    expect(register.matrix === defaultMatrix).toBe(true);
    expect(register.framework).toBeUndefined();
    expect(isDeepFrozen(register)).toBe(true);
  });

  it('copies risks: the caller’s objects are neither frozen nor shared', () => {
    const risk = {
      ...WEATHER,
      response: { strategy: 'mitigate' as const, actions: ['tarpaulins'] },
    };
    const register = createRiskRegister([risk]);
    expect(Object.isFrozen(risk)).toBe(false);
    expect(register.risks[0]).not.toBe(risk);
    expect(register.risks[0]).toEqual(risk);
  });

  it('copies Decimal amounts into frozen popm Decimals', () => {
    const cost = new Decimal('1234.5');
    const register = createRiskRegister([base({ probability: 0.5, costImpact: cost })]);
    expect(Object.isFrozen(cost)).toBe(false);
    expect(String(register.risks[0]?.costImpact)).toBe('1234.5');
  });

  it('keeps the framework and matrix given', () => {
    const matrix = createRiskMatrix({
      size: 3,
      ratingBands: [
        { name: 'L', minScore: 1 },
        { name: 'H', minScore: 5 },
      ],
    });
    const register = createRiskRegister([base({ impact: 3 })], { matrix, framework: 'PRINCE2' });
    expect(register.matrix).toBe(matrix);
    expect(register.framework).toBe('PRINCE2');
  });

  it('accepts every valid strategy of each framework for its kind', () => {
    const pairs = [
      ['PMI', 'threat', ['avoid', 'mitigate', 'transfer', 'accept', 'escalate']],
      ['PMI', 'opportunity', ['exploit', 'enhance', 'share', 'accept', 'escalate']],
      ['PRINCE2', 'threat', ['avoid', 'reduce', 'fallback', 'transfer', 'accept', 'share']],
      ['PRINCE2', 'opportunity', ['exploit', 'enhance', 'reject', 'share']],
    ] as const;
    for (const [framework, kind, strategies] of pairs)
      for (const strategy of strategies)
        expect(
          createRiskRegister([base({ kind, response: { strategy } })], { framework }).risks[0]
            ?.response?.strategy,
        ).toBe(strategy);
  });

  it('rejects a threat that is "exploited" and a strategy from the other framework', () => {
    expect(
      catchError(() => createRiskRegister([base({ response: { strategy: 'exploit' } })])),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['risks', 0, 'response', 'strategy'] });
    expect(
      catchError(() =>
        createRiskRegister([base({ kind: 'opportunity', response: { strategy: 'mitigate' } })]),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['risks', 0, 'response', 'strategy'] });
    expect(
      catchError(() =>
        createRiskRegister([base({ response: { strategy: 'mitigate' } })], {
          framework: 'PRINCE2',
        }),
      ).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() =>
        createRiskRegister([base({ response: { strategy: 'fallback' } })], { framework: 'PMI' }),
      ).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() =>
        createRiskRegister([base({ kind: 'opportunity', response: { strategy: 'reject' } })], {
          framework: 'PMI',
        }),
      ).code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('rejects every broken rule with the right code and path', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [[base(), base()], 'DUPLICATE_ID', ['risks', 1, 'id']],
      [[base({ probability: 1.2 })], 'OUT_OF_RANGE', ['risks', 0, 'probability']],
      [[base({ probability: -0.1 })], 'OUT_OF_RANGE', ['risks', 0, 'probability']],
      [[base({ probability: Number.NaN })], 'INVALID_NUMBER', ['risks', 0, 'probability']],
      [[base({ probability: '0.5' as never })], 'INVALID_NUMBER', ['risks', 0, 'probability']],
      [[base({ impact: 6 })], 'OUT_OF_RANGE', ['risks', 0, 'impact']],
      [[base({ impact: 0 })], 'OUT_OF_RANGE', ['risks', 0, 'impact']],
      [[base({ impact: 2.5 })], 'OUT_OF_RANGE', ['risks', 0, 'impact']],
      [[base({ costImpact: -1 })], 'OUT_OF_RANGE', ['risks', 0, 'costImpact']],
      [[base({ costImpact: 'lots' })], 'INVALID_NUMBER', ['risks', 0, 'costImpact']],
      [
        [base({ costImpact: { min: 5, mostLikely: 4, max: 9 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'costImpact', 'mostLikely'],
      ],
      [
        [base({ costImpact: { min: 5, mostLikely: 6, max: 5.5 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'costImpact', 'max'],
      ],
      [
        [base({ costImpact: { min: -5, mostLikely: 6, max: 7 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'costImpact', 'min'],
      ],
      [[base({ scheduleImpactDays: -2 })], 'OUT_OF_RANGE', ['risks', 0, 'scheduleImpactDays']],
      [
        [base({ scheduleImpactDays: { min: 3, mostLikely: 2, max: 5 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'scheduleImpactDays', 'mostLikely'],
      ],
      [[base({ id: '' })], 'INVALID_ARGUMENT', ['risks', 0, 'id']],
      [[base({ title: '' })], 'INVALID_ARGUMENT', ['risks', 0, 'title']],
      [[base({ kind: 'risk' as never })], 'INVALID_ARGUMENT', ['risks', 0, 'kind']],
      [[base({ status: 'done' as never })], 'INVALID_ARGUMENT', ['risks', 0, 'status']],
      [[base({ owner: 42 as never })], 'INVALID_ARGUMENT', ['risks', 0, 'owner']],
      [[base({ reviewBy: '2026-02-30' })], 'INVALID_DATE', ['risks', 0, 'reviewBy']],
      [[base({ raisedOn: 'yesterday' })], 'INVALID_DATE', ['risks', 0, 'raisedOn']],
      [[base({ response: 'mitigate' as never })], 'INVALID_ARGUMENT', ['risks', 0, 'response']],
      [
        [base({ response: { strategy: 'avoid', cost: -5 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'response', 'cost'],
      ],
      [
        [base({ response: { strategy: 'avoid', actions: [''] } })],
        'INVALID_ARGUMENT',
        ['risks', 0, 'response', 'actions', 0],
      ],
      [
        [base({ residual: { probability: 2 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'residual', 'probability'],
      ],
      [[base({ residual: { impact: 9 } })], 'OUT_OF_RANGE', ['risks', 0, 'residual', 'impact']],
      [
        [base({ residual: { costImpact: -3 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'residual', 'costImpact'],
      ],
      [
        [base({ residual: { scheduleImpactDays: -3 } })],
        'OUT_OF_RANGE',
        ['risks', 0, 'residual', 'scheduleImpactDays'],
      ],
      [[base({ residual: 1 as never })], 'INVALID_ARGUMENT', ['risks', 0, 'residual']],
      [[base({ actualCost: -1 })], 'OUT_OF_RANGE', ['risks', 0, 'actualCost']],
      [[base({ actualScheduleDays: -1 })], 'OUT_OF_RANGE', ['risks', 0, 'actualScheduleDays']],
      [[null], 'INVALID_ARGUMENT', ['risks', 0]],
      ['risks', 'INVALID_ARGUMENT', ['risks']],
    ];
    for (const [risks, code, path] of cases)
      expect(catchError(() => createRiskRegister(risks as never))).toMatchObject({ code, path });
    expect(catchError(() => createRiskRegister([], { framework: 'ISO' as never }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'framework'],
    });
    expect(catchError(() => createRiskRegister([], 5 as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options'],
    });
    expect(
      catchError(() => createRiskRegister([], { matrix: { size: 5 } as never })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'matrix', 'probabilityBands'] });
  });

  it('validates hand-built registers on use, and accepts a missing matrix', () => {
    const hand = { risks: [WEATHER, MATERIAL] };
    expect(checkRegister(hand).risks.length).toBe(2);
    expect(catchError(() => checkRegister({ risks: [WEATHER, WEATHER] })).code).toBe(
      'DUPLICATE_ID',
    );
    expect(catchError(() => checkRegister({ risks: 1 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register', 'risks'],
    });
    expect(catchError(() => checkRegister(null))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register'],
    });
    expect(catchError(() => checkRegister({ risks: [], framework: 'x' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register', 'framework'],
    });
    expect(
      checkRegister({ risks: [], matrix: JSON.parse(JSON.stringify(defaultMatrix)) }).risks,
    ).toEqual([]);
  });
});

describe('register operations', () => {
  const r0 = createRiskRegister([WEATHER, MATERIAL]);

  it('addRisk appends and shares the untouched risks (doc example)', () => {
    const r = addRisk(createRiskRegister([]), {
      id: 'R1',
      title: 'Key person leaves',
      kind: 'threat',
    });
    expect(r.risks.map((x) => x.id)).toEqual(['R1']);
    const r1 = addRisk(r0, LABOUR);
    expect(r1.risks.map((x) => x.id)).toEqual(['W', 'M', 'L']);
    expect(r1.risks[0]).toBe(r0.risks[0]);
    expect(r0.risks.length).toBe(2);
    expect(isDeepFrozen(r1)).toBe(true);
  });

  it('addRisk rejects a taken id and an invalid risk', () => {
    expect(catchError(() => addRisk(r0, { ...LABOUR, id: 'W' }))).toMatchObject({
      code: 'DUPLICATE_ID',
      path: ['risk', 'id'],
    });
    expect(catchError(() => addRisk(r0, { ...LABOUR, probability: 3 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['risk', 'probability'],
    });
  });

  it('updateRisk merges a patch (doc example)', () => {
    const a = createRiskRegister([{ id: 'R1', title: 'Key person leaves', kind: 'threat' }]);
    const b = updateRisk(a, 'R1', { probability: 0.2, owner: 'PM' });
    expect(b.risks[0]?.probability).toBe(0.2);
    expect(a.risks[0]?.probability).toBeUndefined();
    expect(b.risks[0]?.owner).toBe('PM');
    const c = updateRisk(r0, 'M', { probability: 0.5 });
    expect(c.risks[0]).toBe(r0.risks[0]);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('updateRisk removes fields set to null and keeps Decimal amounts', () => {
    const a = createRiskRegister([
      base({
        owner: 'PM',
        reviewBy: '2026-03-01',
        costImpact: new Decimal('99.5'),
        probability: 0.5,
      }),
    ]);
    const b = updateRisk(a, 'R1', { owner: null, reviewBy: null });
    expect('owner' in (b.risks[0] as object)).toBe(false);
    expect('reviewBy' in (b.risks[0] as object)).toBe(false);
    expect(String(b.risks[0]?.costImpact)).toBe('99.5');
    const c = updateRisk(b, 'R1', { costImpact: new Decimal('100.25') });
    expect(String(c.risks[0]?.costImpact)).toBe('100.25');
    expect(isDeepFrozen(c)).toBe(true);
    const d = addRisk(a, { id: 'R2', title: 'x', kind: 'threat', costImpact: new Decimal(5) });
    expect(isDeepFrozen(d)).toBe(true);
    const e = recordOccurrence(a, 'R1', { date: '2026-03-02', actualCost: new Decimal('7.5') });
    expect(isDeepFrozen(e)).toBe(true);
    expect(catchError(() => updateRisk(a, 'R1', { title: null }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['patch', 'title'],
    });
  });

  it('updateRisk rejects an unknown id, an id change and an invalid result', () => {
    expect(catchError(() => updateRisk(r0, 'X', {}))).toMatchObject({
      code: 'NOT_FOUND',
      path: ['id'],
    });
    expect(catchError(() => updateRisk(r0, '' as string, {}))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['id'],
    });
    expect(catchError(() => updateRisk(r0, 'W', { id: 'Z' } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['patch', 'id'],
    });
    expect(catchError(() => updateRisk(r0, 'W', { probability: 1.5 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['patch', 'probability'],
    });
    expect(
      catchError(() => updateRisk(r0, 'W', { response: { strategy: 'exploit' } })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['patch', 'response', 'strategy'] });
    expect(catchError(() => updateRisk(r0, 'W', null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['patch'],
    });
  });

  it('closeRisk keeps the risk as history (doc example)', () => {
    const a = createRiskRegister([{ id: 'R1', title: 'Key person leaves', kind: 'threat' }]);
    const b = closeRisk(a, 'R1', { date: '2026-03-01', reason: 'contract signed' });
    expect(b.risks[0]?.status).toBe('closed');
    expect(b.risks[0]?.closedOn).toBe('2026-03-01');
    expect(b.risks[0]?.closureReason).toBe('contract signed');
    expect(b.risks.length).toBe(1);
    expect(a.risks[0]?.status).toBeUndefined();
  });

  it('closeRisk rejects every broken rule', () => {
    const closed = closeRisk(r0, 'W', { date: '2026-03-01', reason: 'over' });
    expect(
      catchError(() => closeRisk(closed, 'W', { date: '2026-03-02', reason: 'again' })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['id'] });
    expect(catchError(() => closeRisk(r0, 'X', { date: '2026-03-01', reason: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    expect(catchError(() => closeRisk(r0, 'W', { date: '2026-13-01', reason: 'x' }))).toMatchObject(
      {
        code: 'INVALID_DATE',
        path: ['input', 'date'],
      },
    );
    expect(catchError(() => closeRisk(r0, 'W', { date: '2026-03-01', reason: '' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'reason'],
    });
    expect(catchError(() => closeRisk(r0, 'W', undefined as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input'],
    });
    const raised = createRiskRegister([base({ raisedOn: '2026-02-01' })]);
    expect(
      catchError(() => closeRisk(raised, 'R1', { date: '2026-01-31', reason: 'x' })),
    ).toMatchObject({
      code: 'INVALID_DATE',
      path: ['input', 'date'],
    });
    expect(closeRisk(raised, 'R1', { date: '2026-02-01', reason: 'x' }).risks[0]?.status).toBe(
      'closed',
    );
  });

  it('escalateRisk moves an active risk above the project (doc example)', () => {
    const a = createRiskRegister([{ id: 'R1', title: 'Regulation changes', kind: 'threat' }]);
    const b = escalateRisk(a, 'R1', { date: '2026-03-01', to: 'programme board' });
    expect(b.risks[0]?.escalatedTo).toBe('programme board');
    expect(b.risks[0]?.status).toBe('escalated');
    expect(b.risks[0]?.escalatedOn).toBe('2026-03-01');
    expect(catchError(() => escalateRisk(b, 'R1', { date: '2026-03-02', to: 'x' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['id'],
    });
    expect(catchError(() => escalateRisk(a, 'R1', { date: '2026-03-02', to: '' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'to'],
    });
    expect(catchError(() => escalateRisk(a, 'R9', { date: '2026-03-02', to: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    const monitoring = createRiskRegister([base({ status: 'monitoring' })]);
    expect(escalateRisk(monitoring, 'R1', { date: '2026-03-02', to: 'x' }).risks[0]?.status).toBe(
      'escalated',
    );
  });

  it('recordOccurrence turns a risk into an issue (doc example)', () => {
    const a = createRiskRegister([
      { id: 'R1', title: 'Storm', kind: 'threat', probability: 0.25, costImpact: 80000 },
    ]);
    const b = recordOccurrence(a, 'R1', { date: '2026-02-10', actualCost: 65000 });
    expect(b.risks[0]?.status).toBe('occurred');
    expect(b.risks[0]?.occurredOn).toBe('2026-02-10');
    expect(b.risks[0]?.actualCost).toBe(65000);
    const c = recordOccurrence(a, 'R1', { date: '2026-02-10', actualScheduleDays: 3 });
    expect(c.risks[0]?.actualScheduleDays).toBe(3);
    expect(c.risks[0]?.actualCost).toBeUndefined();
    expect(catchError(() => recordOccurrence(b, 'R1', { date: '2026-02-11' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['id'],
    });
    const closed = closeRisk(a, 'R1', { date: '2026-02-01', reason: 'x' });
    expect(catchError(() => recordOccurrence(closed, 'R1', { date: '2026-02-11' })).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      catchError(() => recordOccurrence(a, 'R1', { date: '2026-02-11', actualCost: -1 })),
    ).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'actualCost'] });
    expect(
      catchError(() => recordOccurrence(a, 'R1', { date: '2026-02-11', actualScheduleDays: -1 })),
    ).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'actualScheduleDays'] });
    expect(catchError(() => recordOccurrence(a, 'R1', { date: 'x' })).code).toBe('INVALID_DATE');
    const escalated = escalateRisk(a, 'R1', { date: '2026-02-01', to: 'board' });
    expect(recordOccurrence(escalated, 'R1', { date: '2026-02-11' }).risks[0]?.status).toBe(
      'occurred',
    );
  });

  it('property: operations never mutate their inputs and always return frozen registers', () => {
    fc.assert(
      fc.property(risksArb, fc.nat(), (risks, pick) => {
        const input = deepFreezeInput(risks);
        const snapshot = JSON.stringify(input);
        const register = createRiskRegister(input);
        expect(isDeepFrozen(register)).toBe(true);
        if (risks.length > 0) {
          const target = risks[pick % risks.length] as Risk;
          const updated = updateRisk(register, target.id, { owner: 'Zed' });
          expect(isDeepFrozen(updated)).toBe(true);
          expect(updated.risks.find((r) => r.id === target.id)?.owner).toBe('Zed');
          if (target.status !== 'closed') {
            const closed = closeRisk(register, target.id, { date: '2026-01-01', reason: 'done' });
            expect(isDeepFrozen(closed)).toBe(true);
            expect(closed.risks.length).toBe(register.risks.length);
          }
        }
        const added = addRisk(register, { id: 'NEW', title: 'New', kind: 'threat' });
        expect(added.risks.length).toBe(register.risks.length + 1);
        expect(JSON.stringify(input)).toBe(snapshot);
        expect(register.risks.length).toBe(risks.length);
      }),
      { numRuns: 100 },
    );
  });
});
