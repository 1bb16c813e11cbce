import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRisk, closeRisk, createRiskRegister } from '../../src/risk/register.js';
import { riskExposure } from '../../src/risk/riskExposure.js';
import { riskTrend } from '../../src/risk/riskTrend.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { LABOUR, MATERIAL, risksArb, WEATHER } from './fixtures.js';

describe('riskTrend', () => {
  it('shows the doc example', () => {
    const jan = createRiskRegister([
      {
        id: 'W',
        title: 'Bad weather',
        kind: 'threat',
        probability: 0.25,
        impact: 4,
        costImpact: 80000,
      },
    ]);
    const feb = closeRisk(jan, 'W', { date: '2026-02-01', reason: 'season over' });
    expect(
      riskTrend([
        { asOf: '2026-02-28', register: feb },
        { asOf: '2026-01-31', register: jan },
      ]).map((p) => [p.asOf, p.open, p.netCost.toString()]),
    ).toEqual([
      ['2026-01-31', 1, '20000'],
      ['2026-02-28', 0, '0'],
    ]);
  });

  it('counts open risks by rating and totals exposure per date (a burndown)', () => {
    const r1 = createRiskRegister([
      { ...WEATHER, impact: 4, residual: { probability: 0.1 } },
      { ...MATERIAL, impact: 3 },
    ]);
    const r2 = addRisk(r1, { ...LABOUR });
    const points = riskTrend([
      { asOf: '2026-01-01', register: r1 },
      { asOf: '2026-02-01', register: r2 },
    ]);
    expect(points[0]?.byRating).toEqual([
      { rating: 'Low', count: 1 },
      { rating: 'Moderate', count: 0 },
      { rating: 'High', count: 1 },
      { rating: 'Extreme', count: 0 },
    ]);
    expect(points[1]?.open).toBe(3);
    expect(points[1]?.unrated).toBe(1);
    expect(points.map((p) => p.netCost.toString())).toEqual(['10000', '17500']);
    expect(points.map((p) => p.emv.toString())).toEqual(['-10000', '-17500']);
    expect(points.map((p) => p.threatCost.toString())).toEqual(['20000', '27500']);
    expect(points[0]?.opportunitySaving.toString()).toBe('10000');
    const residual = riskTrend([{ asOf: '2026-01-01', register: r1 }], { residual: true });
    expect(residual[0]?.netCost.toString()).toBe('-2000');
    expect(residual[0]?.byRating.map((b) => b.count)).toEqual([1, 1, 0, 0]);
    expect(isDeepFrozen(points)).toBe(true);
    expect(riskTrend([])).toEqual([]);
  });

  it('rejects every broken rule', () => {
    const r = createRiskRegister([]);
    expect(
      catchError(() =>
        riskTrend([
          { asOf: '2026-01-01', register: r },
          { asOf: '2026-01-01', register: r },
        ]),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['snapshots', 1, 'asOf'] });
    expect(catchError(() => riskTrend([{ asOf: '2026-1-1', register: r }]))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['snapshots', 0, 'asOf'],
    });
    expect(
      catchError(() => riskTrend([{ asOf: '2026-01-01', register: { risks: 3 } as never }])),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['snapshots', 0, 'register', 'risks'] });
    expect(catchError(() => riskTrend([null as never]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['snapshots', 0],
    });
    expect(catchError(() => riskTrend('x' as never)).path).toEqual(['snapshots']);
  });

  it('property: dates ascending whatever the input order; open = rated + unrated = active count; totals equal riskExposure', () => {
    const dates = ['2026-01-31', '2026-02-28', '2026-03-31'];
    fc.assert(
      fc.property(
        fc.array(risksArb, { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (lists, residual) => {
          const snaps = lists.map((risks, i) => ({
            asOf: dates[i] as string,
            register: createRiskRegister(risks),
          }));
          const points = riskTrend([...snaps].reverse(), { residual });
          expect(points.map((p) => p.asOf)).toEqual(dates);
          points.forEach((p, i) => {
            const reg = (snaps[i] as (typeof snaps)[number]).register;
            const active = reg.risks.filter(
              (r) => (r.status ?? 'open') === 'open' || r.status === 'monitoring',
            );
            expect(p.open).toBe(active.length);
            expect(p.byRating.reduce((n, b) => n + b.count, 0) + p.unrated).toBe(p.open);
            const e = riskExposure(reg);
            const t = residual ? e.residual : e;
            expect(
              p.netCost.eq(t.netCost) &&
                p.emv.eq(t.emv) &&
                p.threatCost.eq(t.threatCost) &&
                p.opportunitySaving.eq(t.opportunitySaving),
            ).toBe(true);
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
