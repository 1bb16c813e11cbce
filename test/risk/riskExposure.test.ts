import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { expectedMonetaryValue } from '../../src/risk/expectedMonetaryValue.js';
import { closeRisk, createRiskRegister } from '../../src/risk/register.js';
import { riskExposure } from '../../src/risk/riskExposure.js';
import type { Risk } from '../../src/risk/types.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { LABOUR, MATERIAL, risksArb, WEATHER } from './fixtures.js';

const active = (r: Risk) =>
  r.status === undefined || r.status === 'open' || r.status === 'monitoring';

describe('riskExposure', () => {
  it('shows the doc example (issue 6 published EMVs)', () => {
    const e = riskExposure(createRiskRegister([WEATHER, MATERIAL, LABOUR]));
    expect([e.threats, e.opportunities, e.net].map(String)).toEqual(['-27500', '10000', '-17500']);
    expect(e.priced).toEqual(['W', 'M', 'L']);
    expect(e.unpriced).toEqual([]);
    expect(isDeepFrozen(e)).toBe(true);
  });

  it('splits by category and owner, inherent and residual, with response cost and benefit', () => {
    const register = createRiskRegister([
      {
        ...WEATHER,
        category: 'site',
        owner: 'Ann',
        response: { strategy: 'mitigate', cost: '2000' },
        residual: { probability: 0.1 },
      },
      { ...MATERIAL, category: 'commercial', owner: 'Ann' },
      { ...LABOUR, category: 'site' },
      { id: 'Q', title: 'Unpriced', kind: 'threat', probability: 0.5, category: 'site' },
    ]);
    const e = riskExposure(register);
    expect(e.net.toString()).toBe('-17500');
    expect([e.residual.threats, e.residual.opportunities, e.residual.net].map(String)).toEqual([
      '-15500',
      '10000',
      '-5500',
    ]);
    expect(e.responseCost.toString()).toBe('2000');
    // (−5,500 − −17,500) − 2,000 = 10,000
    expect(e.responseBenefit.toString()).toBe('10000');
    expect(e.byCategory.map((g) => [g.key, g.count, g.inherent.net.toString()])).toEqual([
      ['commercial', 1, '10000'],
      ['site', 3, '-27500'],
    ]);
    expect(
      e.byOwner.map((g) => [g.key, g.count, g.residual.net.toString(), g.responseCost.toString()]),
    ).toEqual([
      ['Ann', 2, '2000', '2000'],
      [null, 2, '-7500', '0'],
    ]);
    expect(e.unpriced).toEqual(['Q']);
  });

  it('leaves out closed, occurred and escalated risks but counts monitoring ones', () => {
    const register = createRiskRegister([
      { ...WEATHER, status: 'monitoring' },
      { ...MATERIAL, status: 'closed' },
      { ...LABOUR, status: 'escalated' },
      { ...LABOUR, id: 'L2', status: 'occurred' },
    ]);
    const e = riskExposure(register);
    expect(e.net.toString()).toBe('-20000');
    expect(e.priced).toEqual(['W']);
  });

  it('is zero for an empty register', () => {
    const e = riskExposure(createRiskRegister([]));
    expect([e.threats, e.opportunities, e.net, e.responseCost].map(String)).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(e.byCategory).toEqual([]);
  });

  it('rejects an invalid hand-built register', () => {
    expect(
      catchError(() => riskExposure({ risks: [{ ...WEATHER, probability: 2 }] } as never)),
    ).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['register', 'risks', 0, 'probability'],
    });
    expect(catchError(() => riskExposure(undefined as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('property: exposure equals the sum of the active risks’ EMVs (inherent and residual)', () => {
    fc.assert(
      fc.property(risksArb, (risks) => {
        const input = deepFreezeInput(risks);
        const e = riskExposure(createRiskRegister(input));
        let net = new Decimal(0);
        let residual = new Decimal(0);
        let threats = new Decimal(0);
        for (const r of input.filter(active)) {
          net = net.plus(expectedMonetaryValue(r) ?? 0);
          residual = residual.plus(expectedMonetaryValue(r, { residual: true }) ?? 0);
          if (r.kind === 'threat') threats = threats.plus(expectedMonetaryValue(r) ?? 0);
        }
        expect(e.net.eq(net)).toBe(true);
        expect(e.residual.net.eq(residual)).toBe(true);
        expect(e.threats.eq(threats)).toBe(true);
        expect(e.threats.lte(0)).toBe(true);
        expect(e.opportunities.gte(0)).toBe(true);
        const byCat = e.byCategory.reduce((s, g) => s.plus(g.inherent.net), new Decimal(0));
        const byOwner = e.byOwner.reduce((s, g) => s.plus(g.residual.net), new Decimal(0));
        expect(byCat.eq(e.net)).toBe(true);
        expect(byOwner.eq(e.residual.net)).toBe(true);
        expect(isDeepFrozen(e)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('property: closing a risk removes it from exposure but not from the register', () => {
    fc.assert(
      fc.property(risksArb, fc.nat(), (risks, pick) => {
        const open = risks.map((r) => ({ ...r, status: 'open' as const }));
        fc.pre(open.length > 0);
        const register = createRiskRegister(open);
        const target = open[pick % open.length] as Risk;
        const closed = closeRisk(register, target.id, { on: '2026-05-01', reason: 'gone' });
        const before = riskExposure(register);
        const after = riskExposure(closed);
        const emv = expectedMonetaryValue(target) ?? new Decimal(0);
        expect(after.net.eq(before.net.minus(emv))).toBe(true);
        expect(after.priced).not.toContain(target.id);
        expect(closed.risks.map((r) => r.id)).toEqual(register.risks.map((r) => r.id));
        expect(closed.risks.find((r) => r.id === target.id)?.status).toBe('closed');
      }),
      { numRuns: 150 },
    );
  });
});
