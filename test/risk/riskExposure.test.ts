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
  it('shows the doc example (issue 6 published EMVs): net cost +17,500, PMI net EMV −17,500', () => {
    const e = riskExposure(createRiskRegister([WEATHER, MATERIAL, LABOUR]));
    expect([e.threatCost, e.opportunitySaving, e.netCost, e.emv].map(String)).toEqual([
      '27500',
      '10000',
      '17500',
      '-17500',
    ]);
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
    expect(e.netCost.toString()).toBe('17500');
    expect(
      [e.residual.threatCost, e.residual.opportunitySaving, e.residual.netCost].map(String),
    ).toEqual(['15500', '10000', '5500']);
    expect(e.residual.emv.toString()).toBe('-5500');
    expect(e.responseCost.toString()).toBe('2000');
    // (17,500 − 5,500) − 2,000 = 10,000
    expect(e.responseBenefit.toString()).toBe('10000');
    expect(e.byCategory.map((g) => [g.key, g.count, g.inherent.netCost.toString()])).toEqual([
      ['commercial', 1, '-10000'],
      ['site', 3, '27500'],
    ]);
    expect(
      e.byOwner.map((g) => [
        g.key,
        g.count,
        g.residual.netCost.toString(),
        g.responseCost.toString(),
      ]),
    ).toEqual([
      ['Ann', 2, '-2000', '2000'],
      [null, 2, '7500', '0'],
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
    expect(e.netCost.toString()).toBe('20000');
    expect(e.priced).toEqual(['W']);
  });

  it('is zero for an empty register', () => {
    const e = riskExposure(createRiskRegister([]));
    expect(
      [e.threatCost, e.opportunitySaving, e.netCost, e.emv, e.responseCost].map(String),
    ).toEqual(['0', '0', '0', '0', '0']);
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

  it('property: net cost is minus the sum of the active risks’ EMVs (inherent and residual)', () => {
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
        expect(e.emv.eq(net)).toBe(true);
        expect(e.netCost.eq(net.negated())).toBe(true);
        expect(e.residual.emv.eq(residual)).toBe(true);
        expect(e.residual.netCost.eq(residual.negated())).toBe(true);
        expect(e.threatCost.eq(threats.negated())).toBe(true);
        expect(e.threatCost.gte(0)).toBe(true);
        expect(e.opportunitySaving.gte(0)).toBe(true);
        expect(e.netCost.eq(e.threatCost.minus(e.opportunitySaving))).toBe(true);
        const byCat = e.byCategory.reduce((s, g) => s.plus(g.inherent.netCost), new Decimal(0));
        const byOwner = e.byOwner.reduce((s, g) => s.plus(g.residual.netCost), new Decimal(0));
        expect(byCat.eq(e.netCost)).toBe(true);
        expect(byOwner.eq(e.residual.netCost)).toBe(true);
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
        const closed = closeRisk(register, target.id, { date: '2026-05-01', reason: 'gone' });
        const before = riskExposure(register);
        const after = riskExposure(closed);
        const emv = expectedMonetaryValue(target) ?? new Decimal(0);
        expect(after.emv.eq(before.emv.minus(emv))).toBe(true);
        expect(after.netCost.eq(before.netCost.plus(emv))).toBe(true);
        expect(after.priced).not.toContain(target.id);
        expect(closed.risks.map((r) => r.id)).toEqual(register.risks.map((r) => r.id));
        expect(closed.risks.find((r) => r.id === target.id)?.status).toBe('closed');
      }),
      { numRuns: 150 },
    );
  });
});
