import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastFeatures } from '../../src/progress/forecastFeatures.js';
import { forecastWhen } from '../../src/progress/forecastWhen.js';
import { expectPopm, frozen, isDeepFrozen, PUBLISHED_HISTORY } from './helpers.js';

const history = fc
  .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 })
  .filter((h) => h.some((x) => x > 0));

describe('forecastFeatures (issue 17)', () => {
  it('with a WIP limit of 1 equals sequential forecastWhen runs (items up to and including each feature)', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.integer(), fc.string({ maxLength: 6 })),
        (h, sizes, seed) => {
          const r = forecastFeatures(
            frozen(sizes.map((items, i) => ({ id: `f${i}`, items }))),
            frozen({ throughput: h, wipLimit: 1, trials: 200, seed }),
          );
          let cumulative = 0;
          sizes.forEach((items, i) => {
            cumulative += items;
            const {
              items: _i,
              trials: _t,
              seed: _s,
              method: _m,
              ...alone
            } = forecastWhen({
              throughput: h,
              items: cumulative,
              trials: 200,
              seed,
            });
            expect(r.features[i]?.periods).toEqual(alone);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("with unlimited WIP each feature's P50 is later than alone", () => {
    const features = [
      { id: 'checkout', items: 12 },
      { id: 'search', items: 8 },
      { id: 'reports', items: 15 },
    ];
    const r = forecastFeatures(frozen(features), frozen({ throughput: PUBLISHED_HISTORY }));
    expect(r.wipLimit).toBe(3);
    features.forEach((f, i) => {
      const alone = forecastWhen({ throughput: PUBLISHED_HISTORY, items: f.items });
      expect(r.features[i]?.periods.percentiles[50]).toBeGreaterThan(alone.percentiles[50]);
    });
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('shares throughput equally and passes on what a feature does not need (hand-computed, 2 a day)', () => {
    // Day 1: a and b get 1 each. Day 2: a finishes (2), b reaches 2. Days 3–4: b alone, 2 a day.
    const r = forecastFeatures(
      [
        { id: 'a', items: 2 },
        { id: 'b', items: 6 },
      ],
      { throughput: [2], trials: 10 },
    );
    expect(r.features.map((f) => f.periods.percentiles[50])).toEqual([2, 4]);
    // WIP 1: a in day 1, b in days 2–4.
    const inTurn = forecastFeatures(
      [
        { id: 'a', items: 2 },
        { id: 'b', items: 6 },
      ],
      { throughput: [2], trials: 10, wipLimit: 1 },
    );
    expect(inTurn.features.map((f) => f.periods.percentiles[50])).toEqual([1, 4]);
  });

  it('holds a feature until its start, gives dates, and carries meta', () => {
    const r = forecastFeatures(
      [
        { id: 'now', items: 2, meta: { epic: 'E-1' } },
        { id: 'later', items: 2, start: '2026-03-04' },
      ],
      { throughput: [1], trials: 10, start: '2026-03-02' },
    );
    // 'now' alone on Monday and Tuesday; 'later' starts Wednesday: Wednesday and Thursday.
    expect(r.features.map((f) => f.dates?.[50])).toEqual(['2026-03-03', '2026-03-05']);
    expect(r.features[0]?.meta).toEqual({ epic: 'E-1' });
    expect(r.features[1]?.periods.percentiles[85]).toBe(4);
  });

  it('rejects bad input with paths', () => {
    expectPopm(() => forecastFeatures([], { throughput: [1] }), 'EMPTY_INPUT', ['features']);
    expectPopm(
      () =>
        forecastFeatures(
          [
            { id: 'a', items: 1 },
            { id: 'a', items: 1 },
          ],
          { throughput: [1] },
        ),
      'DUPLICATE_ID',
      ['features', 1, 'id'],
    );
    expectPopm(
      () => forecastFeatures([{ id: 'a', items: -1 }], { throughput: [1] }),
      'OUT_OF_RANGE',
      ['features', 0, 'items'],
    );
    expectPopm(
      () => forecastFeatures([{ id: 'a', items: 1 }], { throughput: [1], wipLimit: 0 }),
      'OUT_OF_RANGE',
      ['options', 'wipLimit'],
    );
    expectPopm(
      () => forecastFeatures([{ id: 'a', itmes: 1 } as never], { throughput: [1] }),
      'INVALID_ARGUMENT',
      ['features', 0, 'itmes'],
    );
    expectPopm(
      () => forecastFeatures([{ id: 'a', items: 1, start: '2026-03-02' }], { throughput: [1] }),
      'INVALID_ARGUMENT',
      ['features', 0, 'start'],
    );
    expectPopm(
      () => forecastFeatures([{ id: 'a', items: 1 }], { throughput: [1], wiplimit: 2 } as never),
      'INVALID_ARGUMENT',
      ['options', 'wiplimit'],
    );
  });
});
