import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cd3 } from '../../src/backlog/cd3.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { ice } from '../../src/backlog/ice.js';
import { RICE_CONFIDENCE, RICE_IMPACT, rice } from '../../src/backlog/rice.js';
import { VALUE_EFFORT_RANK, valueEffort } from '../../src/backlog/valueEffort.js';
import { weightedScore } from '../../src/backlog/weightedScore.js';
import { WSJF_SCALE, wsjf } from '../../src/backlog/wsjf.js';
import { wsjfScaleCheck } from '../../src/backlog/wsjfScaleCheck.js';
import { expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const fib = fc.constantFrom(...WSJF_SCALE);

describe('wsjf', () => {
  it('follows SAFe: cost of delay = business value + time criticality + RR|OE; WSJF = CoD / job size', () => {
    expect(wsjf({ businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 })).toEqual({
      score: 5,
      costOfDelay: 15,
      businessValue: 8,
      timeCriticality: 5,
      riskReduction: 2,
      jobSize: 3,
    });
  });

  it('matches the SAFe-style example quoted by Jason Yip: UBV 1 + TC 3 + RR|OE 5 = CoD 9', () => {
    const r = wsjf({ businessValue: 1, timeCriticality: 3, riskReduction: 5, jobSize: 3 });
    expect(r.costOfDelay).toBe(9);
    expect(r.score).toBe(3);
  });

  it('ranks the small job first when cost of delay is equal (shortest job first)', () => {
    const small = wsjf({ businessValue: 5, timeCriticality: 5, riskReduction: 5, jobSize: 2 });
    const large = wsjf({ businessValue: 5, timeCriticality: 5, riskReduction: 5, jobSize: 8 });
    expect(small.score).toBeGreaterThan(large.score);
  });

  it('is frozen, never mutates its input, and equals its definition', () => {
    fc.assert(
      fc.property(fib, fib, fib, fib, (bv, tc, rr, js) => {
        const input = frozen({
          businessValue: bv,
          timeCriticality: tc,
          riskReduction: rr,
          jobSize: js,
        });
        const r = wsjf(input);
        expect(isDeepFrozen(r)).toBe(true);
        expect(r.costOfDelay).toBe(bv + tc + rr);
        expect(r.score).toBe((bv + tc + rr) / js);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a job size <= 0, negative components and non-finite figures', () => {
    expectPopmError(
      () => wsjf({ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 }),
      'OUT_OF_RANGE',
      ['input', 'jobSize'],
    );
    expectPopmError(
      () => wsjf({ businessValue: -1, timeCriticality: 1, riskReduction: 1, jobSize: 1 }),
      'OUT_OF_RANGE',
      ['input', 'businessValue'],
    );
    expectPopmError(
      () => wsjf({ businessValue: 1, timeCriticality: -1, riskReduction: 1, jobSize: 1 }),
      'OUT_OF_RANGE',
      ['input', 'timeCriticality'],
    );
    expectPopmError(
      () => wsjf({ businessValue: 1, timeCriticality: 1, riskReduction: -2, jobSize: 1 }),
      'OUT_OF_RANGE',
      ['input', 'riskReduction'],
    );
    expectPopmError(
      () => wsjf({ businessValue: Number.NaN, timeCriticality: 1, riskReduction: 1, jobSize: 1 }),
      'INVALID_NUMBER',
      ['input', 'businessValue'],
    );
    expectPopmError(
      () =>
        wsjf({
          businessValue: 1,
          timeCriticality: 1,
          riskReduction: 1,
          jobSize: Number.POSITIVE_INFINITY,
        }),
      'INVALID_NUMBER',
      ['input', 'jobSize'],
    );
    expectPopmError(() => wsjf(null as never), 'INVALID_ARGUMENT', ['input']);
  });
});

describe('wsjfScaleCheck', () => {
  it('passes a SAFe table where every column has a 1 and all values are on 1, 2, 3, 5, 8, 13, 20', () => {
    const r = wsjfScaleCheck([
      { businessValue: 1, timeCriticality: 8, riskReduction: 1, jobSize: 13 },
      { businessValue: 20, timeCriticality: 1, riskReduction: 3, jobSize: 1 },
    ]);
    expect(r).toEqual({ ok: true, count: 2, columnsWithoutOne: [], offScale: [] });
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('flags columns without a 1 and values off the scale (the TSDoc example)', () => {
    expect(
      wsjfScaleCheck([
        { businessValue: 1, timeCriticality: 2, riskReduction: 1, jobSize: 1 },
        { businessValue: 4, timeCriticality: 3, riskReduction: 8, jobSize: 5 },
      ]),
    ).toEqual({
      ok: false,
      count: 2,
      columnsWithoutOne: ['timeCriticality'],
      offScale: [{ index: 1, column: 'businessValue', value: 4, nearest: 3 }],
    });
  });

  it('checks the open items of a backlog and names them', () => {
    const b = createBacklog([
      {
        id: 'a',
        title: 'A',
        wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
      },
      {
        id: 'b',
        title: 'B',
        wsjf: { businessValue: 7, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
      },
      {
        id: 'c',
        title: 'C',
        status: 'done',
        wsjf: { businessValue: 9, timeCriticality: 9, riskReduction: 9, jobSize: 9 },
      },
      { id: 'd', title: 'D' },
    ]);
    const r = wsjfScaleCheck(b);
    expect(r.count).toBe(2);
    expect(r.offScale).toEqual([
      { index: 1, id: 'b', column: 'businessValue', value: 7, nearest: 8 },
    ]);
  });

  it('treats an empty list as fine and reports a bad row with its index', () => {
    expect(wsjfScaleCheck([])).toEqual({ ok: true, count: 0, columnsWithoutOne: [], offScale: [] });
    expectPopmError(
      () =>
        wsjfScaleCheck([{ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 }]),
      'OUT_OF_RANGE',
      ['rows', 0, 'jobSize'],
    );
    expectPopmError(() => wsjfScaleCheck(42 as never), 'INVALID_ARGUMENT', ['rows']);
  });
});

describe('rice', () => {
  it("matches Intercom's RICE article, project 1: reach 450 (500 × 30% × 3), impact 3, confidence 100%, effort 2 = 675", () => {
    expect(rice({ reach: 500 * 0.3 * 3, impact: 3, confidence: 1, effort: 2 }).score).toBe(675);
    expect(rice({ reach: 450, impact: 'massive', confidence: 'high', effort: 2 })).toEqual({
      score: 675,
      reach: 450,
      impact: 3,
      confidence: 1,
      effort: 2,
    });
  });

  it("uses Intercom's scales: impact massive 3 … minimal 0.25; confidence high 100%, medium 80%, low 50%", () => {
    expect(RICE_IMPACT).toEqual({ massive: 3, high: 2, medium: 1, low: 0.5, minimal: 0.25 });
    expect(RICE_CONFIDENCE).toEqual({ high: 1, medium: 0.8, low: 0.5 });
    expect(rice({ reach: 2000, impact: 'medium', confidence: 'medium', effort: 4 }).score).toBe(
      400,
    );
    expect(rice({ reach: 100, impact: 'minimal', confidence: 'low', effort: 1 }).score).toBe(12.5);
  });

  it('equals reach × impact × confidence / effort and is frozen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(3, 2, 1, 0.5, 0.25),
        fc.constantFrom(1, 0.8, 0.5),
        fc.integer({ min: 1, max: 24 }),
        (reach, impact, confidence, effort) => {
          const r = rice(frozen({ reach, impact, confidence, effort }));
          expect(r.score).toBe((reach * impact * confidence) / effort);
          expect(Object.isFrozen(r)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects effort <= 0, confidence outside 0..1, unknown levels and negatives', () => {
    expectPopmError(() => rice({ reach: 1, impact: 1, confidence: 1, effort: 0 }), 'OUT_OF_RANGE', [
      'input',
      'effort',
    ]);
    expectPopmError(
      () => rice({ reach: 1, impact: 1, confidence: 80, effort: 1 }),
      'OUT_OF_RANGE',
      ['input', 'confidence'],
    );
    expectPopmError(
      () => rice({ reach: -1, impact: 1, confidence: 1, effort: 1 }),
      'OUT_OF_RANGE',
      ['input', 'reach'],
    );
    expectPopmError(
      () => rice({ reach: 1, impact: -1, confidence: 1, effort: 1 }),
      'OUT_OF_RANGE',
      ['input', 'impact'],
    );
    expectPopmError(
      () => rice({ reach: 1, impact: 'huge' as never, confidence: 1, effort: 1 }),
      'INVALID_ARGUMENT',
      ['input', 'impact'],
    );
    expectPopmError(
      () => rice({ reach: 1, impact: 1, confidence: 'certain' as never, effort: 1 }),
      'INVALID_ARGUMENT',
      ['input', 'confidence'],
    );
    expectPopmError(
      () => rice({ reach: Number.NaN, impact: 1, confidence: 1, effort: 1 }),
      'INVALID_NUMBER',
      ['input', 'reach'],
    );
  });
});

describe('ice', () => {
  it('multiplies by default and averages on request (the TSDoc example)', () => {
    expect(ice({ impact: 8, confidence: 5, ease: 6 })).toEqual({
      score: 240,
      impact: 8,
      confidence: 5,
      ease: 6,
      mode: 'product',
    });
    expect(ice({ impact: 8, confidence: 5, ease: 6 }, { mode: 'average' }).score).toBe(
      6.333333333333333,
    );
    expect(ice({ impact: 8, confidence: 5, ease: 6 }, { mode: 'product' }).score).toBe(240);
  });

  it('product and average agree on the order of equal-profile ideas and stay in range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (i, c, e) => {
          const p = ice(frozen({ impact: i, confidence: c, ease: e }));
          const a = ice({ impact: i, confidence: c, ease: e }, { mode: 'average' });
          expect(p.score).toBe(i * c * e);
          expect(a.score).toBeGreaterThanOrEqual(1);
          expect(a.score).toBeLessThanOrEqual(10);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects scores outside 0..10, non-numbers and unknown modes', () => {
    expectPopmError(() => ice({ impact: 11, confidence: 1, ease: 1 }), 'OUT_OF_RANGE', [
      'input',
      'impact',
    ]);
    expectPopmError(() => ice({ impact: 1, confidence: -1, ease: 1 }), 'OUT_OF_RANGE', [
      'input',
      'confidence',
    ]);
    expectPopmError(() => ice({ impact: 1, confidence: 1, ease: Number.NaN }), 'INVALID_NUMBER', [
      'input',
      'ease',
    ]);
    expectPopmError(
      () => ice({ impact: 1, confidence: 1, ease: 1 }, { mode: 'sum' as never }),
      'INVALID_ARGUMENT',
      ['options', 'mode'],
    );
  });
});

describe('cd3', () => {
  it('matches Black Swan Farming "CD3 and proportionality to outcomes": Super Spoon 10/2 = 5, Second Machine 30/4 = 7.5', () => {
    const spoon = cd3({ costOfDelay: 10, duration: 2 });
    const machine = cd3({ costOfDelay: 30, duration: 4 });
    expect(spoon.score).toBe(5);
    expect(machine.score).toBe(7.5);
    // …so the Second Machine goes first, which yields 120 rather than 100 ice creams over 6 weeks.
    expect(machine.score).toBeGreaterThan(spoon.score);
  });

  it('matches the STYLE.md model: 30 / 4 = 7.5', () => {
    expect(cd3({ costOfDelay: 30, duration: 4 })).toEqual({
      score: 7.5,
      costOfDelay: 30,
      duration: 4,
    });
  });

  it('is cost of delay divided by duration, frozen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1000 }), (c, d) => {
        const r = cd3(frozen({ costOfDelay: c, duration: d }));
        expect(r.score).toBe(c / d);
        expect(Object.isFrozen(r)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects duration <= 0 and negative cost of delay', () => {
    expectPopmError(() => cd3({ costOfDelay: 30, duration: 0 }), 'OUT_OF_RANGE', [
      'input',
      'duration',
    ]);
    expectPopmError(() => cd3({ costOfDelay: -1, duration: 1 }), 'OUT_OF_RANGE', [
      'input',
      'costOfDelay',
    ]);
    expectPopmError(() => cd3({ costOfDelay: 'x' as never, duration: 1 }), 'INVALID_NUMBER', [
      'input',
      'costOfDelay',
    ]);
  });
});

describe('valueEffort', () => {
  it('places the four quadrants with the default split at 5', () => {
    expect(valueEffort({ value: 8, effort: 2 }).quadrant).toBe('quick-win');
    expect(valueEffort({ value: 8, effort: 9 }).quadrant).toBe('big-bet');
    expect(valueEffort({ value: 3, effort: 2 }).quadrant).toBe('fill-in');
    expect(valueEffort({ value: 3, effort: 9 }).quadrant).toBe('money-pit');
    expect(valueEffort({ value: 5, effort: 5 }).quadrant).toBe('fill-in');
    expect(valueEffort({ value: 8, effort: 2 }, { value: 9 }).quadrant).toBe('fill-in');
  });

  it('explains itself: rank as score, ratio, thresholds', () => {
    expect(valueEffort({ value: 8, effort: 2 })).toEqual({
      score: VALUE_EFFORT_RANK['quick-win'],
      quadrant: 'quick-win',
      value: 8,
      effort: 2,
      ratio: 4,
      valueThreshold: 5,
      effortThreshold: 5,
    });
    expect(valueEffort({ value: 8, effort: 0 }).ratio).toBeNull();
  });

  it('more value never lowers the rank; more effort never raises it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (v, e) => {
        const r = valueEffort(frozen({ value: v, effort: e }));
        expect(valueEffort({ value: v + 1, effort: e }).score).toBeGreaterThanOrEqual(r.score);
        expect(valueEffort({ value: v, effort: e + 1 }).score).toBeLessThanOrEqual(r.score);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects negatives and non-numbers', () => {
    expectPopmError(() => valueEffort({ value: -1, effort: 1 }), 'OUT_OF_RANGE', [
      'input',
      'value',
    ]);
    expectPopmError(() => valueEffort({ value: 1, effort: -1 }), 'OUT_OF_RANGE', [
      'input',
      'effort',
    ]);
    expectPopmError(
      () => valueEffort({ value: 1, effort: 1 }, { effort: Number.NaN }),
      'INVALID_NUMBER',
      ['thresholds', 'effort'],
    );
  });
});

describe('weightedScore', () => {
  it('sums value × weight and explains each contribution (the TSDoc example)', () => {
    const r = weightedScore({ revenue: 8, strategicFit: 6 }, { revenue: 3, strategicFit: 1 });
    expect(r.score).toBe(30);
    expect(r.contributions[0]).toEqual({
      criterion: 'revenue',
      value: 8,
      weight: 3,
      contribution: 24,
    });
    expect(r.totalWeight).toBe(4);
    expect(r.weightedMean).toBe(7.5);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('ignores unweighted criteria and gives a null mean for zero total weight', () => {
    const r = weightedScore({ a: 2, b: 10, extra: 99 }, { a: 0, b: 0 });
    expect(r.score).toBe(0);
    expect(r.weightedMean).toBeNull();
    expect(weightedScore({ a: 2, b: 10, extra: 99 }, { a: 1, b: 1 }).weightedMean).toBe(6);
  });

  it('issue 16 regression: rejects a negative weight, so the weighted mean is a real mean', () => {
    expectPopmError(() => weightedScore({ a: 2, b: 10 }, { a: 1, b: -1 }), 'OUT_OF_RANGE', [
      'weights',
      'b',
    ]);
  });

  it('issue 21 regression: a weight of 1e308 is OUT_OF_RANGE, never Infinity', () => {
    expectPopmError(() => weightedScore({ a: 10 }, { a: 1e308 }), 'OUT_OF_RANGE', ['weights', 'a']);
    expectPopmError(() => weightedScore({ a: 1, b: 1 }, { a: 1e308, b: 1e308 }), 'OUT_OF_RANGE', [
      'weights',
      'b',
    ]);
  });

  it('keeps the weighted mean between the smallest and largest weighted value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c', 'd'),
          fc.record({ v: fc.integer({ min: -50, max: 50 }), w: fc.integer({ min: 0, max: 9 }) }),
          { minKeys: 1 },
        ),
        (rows) => {
          const keys = Object.keys(rows);
          const values = Object.fromEntries(keys.map((k) => [k, rows[k]?.v as number]));
          const weights = Object.fromEntries(keys.map((k) => [k, rows[k]?.w as number]));
          const r = weightedScore(frozen(values), frozen(weights));
          const weighted = keys
            .filter((k) => (weights[k] as number) > 0)
            .map((k) => values[k] as number);
          if (r.weightedMean === null) expect(weighted).toEqual([]);
          else {
            expect(r.weightedMean).toBeGreaterThanOrEqual(Math.min(...weighted) - 1e-9);
            expect(r.weightedMean).toBeLessThanOrEqual(Math.max(...weighted) + 1e-9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is linear in the weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 5 }),
        (a, b, k) => {
          const one = weightedScore(frozen({ a, b }), frozen({ a: 1, b: 2 }));
          const scaled = weightedScore({ a, b }, { a: k, b: 2 * k });
          expect(scaled.score).toBe(one.score * k);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never treats a missing criterion as 0', () => {
    expectPopmError(() => weightedScore({ a: 1 }, { a: 1, b: 1 }), 'NOT_FOUND', ['criteria', 'b']);
    expectPopmError(() => weightedScore({ a: 1 }, {}), 'EMPTY_INPUT', ['weights']);
    expectPopmError(() => weightedScore({ a: 1 }, { a: Number.NaN }), 'INVALID_NUMBER', [
      'weights',
      'a',
    ]);
    expectPopmError(
      () => weightedScore({ a: Number.POSITIVE_INFINITY }, { a: 1 }),
      'INVALID_NUMBER',
      ['criteria', 'a'],
    );
    expectPopmError(() => weightedScore(null as never, { a: 1 }), 'INVALID_ARGUMENT', ['criteria']);
  });
});
