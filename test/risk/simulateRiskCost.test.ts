import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { createRiskRegister } from '../../src/risk/register.js';
import { riskExposure } from '../../src/risk/riskExposure.js';
import { simulateRiskCost } from '../../src/risk/simulateRiskCost.js';
import type { Risk } from '../../src/risk/types.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { LABOUR, MATERIAL, WEATHER } from './fixtures.js';

describe('simulateRiskCost', () => {
  it('shows the doc example: certain fixed risks give exactly their sum', () => {
    const register = createRiskRegister([
      { id: 'A', title: 'Certain fee', kind: 'threat', probability: 1, costImpact: '100.10' },
      { id: 'B', title: 'Certain permit', kind: 'threat', probability: 1, costImpact: '200.20' },
    ]);
    const sim = simulateRiskCost(register, { seed: 7, trials: 1000 });
    expect(sim.cost.percentiles).toEqual({ 50: 300.3, 70: 300.3, 85: 300.3, 95: 300.3 });
    expect(100.1 + 200.2).not.toBe(300.3); // float64 would not be exact
    expect(sim.cost.mean).toBe(300.3);
    expect(sim.cost.stdDev).toBe(0);
    expect(sim.cost.histogram).toEqual([{ value: 300.3, count: 1000, cumulative: 1 }]);
    expect(sim.expectedCost.toString()).toBe('300.3');
  });

  it('property: with probability 1 and fixed costs every trial is exactly the sum', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.boolean(), fc.integer({ min: 0, max: 30 })),
          { maxLength: 30 },
        ),
        fc.integer(),
        (rows, seed) => {
          const risks: Risk[] = rows.map(([cents, threat, days], i) => ({
            id: `R${i}`,
            title: 't',
            kind: threat ? 'threat' : 'opportunity',
            probability: 1,
            costImpact: (cents / 100).toFixed(2),
            scheduleImpactDays: days,
          }));
          let exact = new Decimal(0);
          let days = 0;
          for (const r of risks) {
            exact = exact.plus(
              new Decimal(r.costImpact as string).times(r.kind === 'threat' ? 1 : -1),
            );
            days += (r.kind === 'threat' ? 1 : -1) * (r.scheduleImpactDays as number);
          }
          const sim = simulateRiskCost(createRiskRegister(risks), { seed, trials: 50 });
          expect(sim.cost.min).toBe(exact.toNumber());
          expect(sim.cost.max).toBe(exact.toNumber());
          expect(sim.cost.mean).toBe(exact.toNumber());
          expect(sim.scheduleDays.mean).toBe(days);
          expect(sim.expectedCost.eq(exact)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports 0, not −0, for a certain opportunity worth nothing', () => {
    const sim = simulateRiskCost(
      createRiskRegister([
        { id: 'O', title: 'o', kind: 'opportunity', probability: 1, costImpact: 0 },
      ]),
      { seed: 1, trials: 10 },
    );
    expect(Object.is(sim.cost.mean, 0)).toBe(true);
    expect(Object.is(sim.cost.percentiles[50], 0)).toBe(true);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const register = createRiskRegister([
      WEATHER,
      { ...MATERIAL, costImpact: { min: 50000, mostLikely: 100000, max: 150000 } },
      { ...LABOUR, scheduleImpactDays: { min: 2, mostLikely: 5, max: 20 } },
    ]);
    const a = simulateRiskCost(register, { seed: 'contingency', trials: 2000 });
    const b = simulateRiskCost(register, { seed: 'contingency', trials: 2000 });
    const c = simulateRiskCost(register, { seed: 'other', trials: 2000 });
    expect(a).toEqual(b);
    expect(a.cost.mean).not.toBe(c.cost.mean);
    expect(isDeepFrozen(a)).toBe(true);
  });

  it('converges on the exact expected cost (−net EMV = 17,500) and orders its percentiles', () => {
    const register = createRiskRegister([WEATHER, MATERIAL, LABOUR]);
    const sim = simulateRiskCost(register, { seed: 42, trials: 20000 });
    expect(sim.expectedCost.toString()).toBe('17500');
    expect(sim.expectedCost.eq(riskExposure(register).netCost)).toBe(true);
    // Standard error ≈ 40,000 / √20,000 ≈ 280; allow 4 of them.
    expect(Math.abs(sim.cost.mean - 17500)).toBeLessThan(1200);
    const values = Object.values(sim.cost.percentiles);
    expect([...values].sort((x, y) => x - y)).toEqual(values);
    // Money at risk (docs/architecture.md): cost is positive for threats, the mean near +17,500.
    expect(sim.cost.mean).toBeGreaterThan(0);
    // Outcomes are sums of {−100,000, 0} + {0, 80,000} + {0, 150,000}.
    expect(sim.cost.min).toBe(-100000);
    expect(sim.cost.max).toBe(230000);
    expect(sim.cost.histogram.reduce((n, b) => n + b.count, 0)).toBe(20000);
    expect(sim.cost.histogram.length).toBe(20);
    expect(sim.simulated).toEqual(['W', 'M', 'L']);
  });

  it('draws three-point costs within their range, with the triangular mean', () => {
    const register = createRiskRegister([
      {
        id: 'T',
        title: 't',
        kind: 'threat',
        probability: 1,
        costImpact: { min: 100, mostLikely: 200, max: 600 },
      },
    ]);
    const sim = simulateRiskCost(register, { seed: 1, trials: 20000, percentiles: [0.001, 100] });
    expect(sim.cost.min).toBeGreaterThanOrEqual(100);
    expect(sim.cost.max).toBeLessThanOrEqual(600);
    expect(Math.abs(sim.cost.mean - 300)).toBeLessThan(3);
    expect([sim.cost.percentiles[0.001], sim.cost.percentiles[100]]).toEqual([
      sim.cost.min,
      sim.cost.max,
    ]);
    const opp = createRiskRegister([
      {
        id: 'O',
        title: 'o',
        kind: 'opportunity',
        probability: 1,
        costImpact: { min: 100, mostLikely: 200, max: 600 },
        scheduleImpactDays: { min: 1, mostLikely: 2, max: 6 },
      },
    ]);
    const o = simulateRiskCost(opp, { seed: 1, trials: 5000 });
    expect(o.cost.max).toBeLessThanOrEqual(-100);
    expect(o.cost.min).toBeGreaterThanOrEqual(-600);
    expect(o.scheduleDays.max).toBeLessThanOrEqual(-1);
    expect(Math.abs(o.scheduleDays.mean + 3)).toBeLessThan(0.1);
  });

  it('uses residual assessments, skips inactive and unpriced risks, and supports options', () => {
    const register = createRiskRegister([
      { ...WEATHER, residual: { probability: 0 } },
      { ...MATERIAL, status: 'closed' },
      { id: 'Q', title: 'q', kind: 'threat', probability: 0.5 },
      { id: 'S', title: 's', kind: 'threat', probability: 1, scheduleImpactDays: 4 },
    ]);
    const sim = simulateRiskCost(register, {
      seed: 3,
      trials: 100,
      residual: true,
      bins: 3,
      percentiles: [50],
      method: 'linear',
    });
    expect(sim.cost.max).toBe(0);
    expect(sim.scheduleDays.mean).toBe(4);
    expect(sim.simulated).toEqual(['W', 'S']);
    expect(sim.skipped).toEqual(['Q']);
    expect(sim.trials).toBe(100);
    expect(sim.seed).toBe(3);
    const inherent = simulateRiskCost(register, { seed: 3, trials: 1000, bins: 3 });
    expect(inherent.cost.max).toBe(80000);
    expect(inherent.cost.histogram.length).toBe(3);
    expect(simulateRiskCost(register, { seed: 3, trials: 1 }).cost.stdDev).toBe(0);
  });

  it('defaults to the simulation contract: 10,000 trials, seed 1, P50/P70/P85/P95', () => {
    const sim = simulateRiskCost(createRiskRegister([WEATHER]));
    expect(sim.trials).toBe(10000);
    expect(sim.seed).toBe(1);
    // P(W) = 0.25: P50 and P70 are 0, P85 the full 80,000 (nearest rank).
    expect(sim.cost.percentiles).toEqual({ 50: 0, 70: 0, 85: 80000, 95: 80000 });
    expect(simulateRiskCost(createRiskRegister([WEATHER]), { seed: 1 })).toEqual(sim);
  });

  it('does not mutate its input', () => {
    const risks = deepFreezeInput([WEATHER, MATERIAL].map((r) => ({ ...r })));
    const before = JSON.stringify(risks);
    const sim = simulateRiskCost({ risks } as never, { seed: 1, trials: 10 });
    expect(sim.simulated).toEqual([WEATHER.id, MATERIAL.id]);
    expect(sim.expectedCost.toString()).toBe('10000');
    expect(JSON.stringify(risks)).toBe(before);
  });

  it('issue 21: refuses a cost too large for float64 sums instead of returning NaN', () => {
    const huge = createRiskRegister([
      { id: 'A', title: 'a', kind: 'threat', probability: 0.5, costImpact: 1e308 },
    ]);
    expect(catchError(() => simulateRiskCost(huge, { trials: 10 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['register', 'risks', 0, 'costImpact'],
    });
  });

  it('rejects every bad option with the right code and path', () => {
    const register = createRiskRegister([WEATHER]);
    const cases: [unknown, string, (string | number)[]][] = [
      [{ seed: Number.NaN }, 'INVALID_ARGUMENT', ['options', 'seed']],
      [{ seed: 1, trials: 0 }, 'OUT_OF_RANGE', ['options', 'trials']],
      [{ seed: 1, trials: 1e8 }, 'OUT_OF_RANGE', ['options', 'trials']],
      [{ seed: 1, trials: 10.5 }, 'OUT_OF_RANGE', ['options', 'trials']],
      [{ seed: 1, percentiles: [50, 101] }, 'OUT_OF_RANGE', ['options', 'percentiles', 1]],
      [{ seed: 1, percentiles: 80 }, 'INVALID_ARGUMENT', ['options', 'percentiles']],
      [{ seed: 1, bins: 0 }, 'OUT_OF_RANGE', ['options', 'bins']],
      [{ seed: 1, method: 'median' }, 'INVALID_ARGUMENT', ['options', 'method']],
      [{ seed: 1, residual: 'yes' }, 'INVALID_ARGUMENT', ['options', 'residual']],
      [{ seed: 1, trails: 5 }, 'INVALID_ARGUMENT', ['options', 'trails']],
      [{ seed: 1, shard: { index: 2, count: 2 } }, 'OUT_OF_RANGE', ['options', 'shard', 'index']],
    ];
    for (const [options, code, path] of cases)
      expect(catchError(() => simulateRiskCost(register, options as never))).toMatchObject({
        code,
        path,
      });
    expect(catchError(() => simulateRiskCost(register, null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options'],
    });
  });
});
