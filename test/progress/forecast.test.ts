import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelihoodAtLeast, likelihoodWithin } from '../../src/core/simulation.js';
import { forecastHowMany } from '../../src/progress/forecastHowMany.js';
import { forecastWhen } from '../../src/progress/forecastWhen.js';
import { forecastWhenDate, likelihoodBy } from '../../src/progress/forecastWhenDate.js';
import { throughputHistory } from '../../src/progress/throughputHistory.js';
import { expectPopm, frozen, isDeepFrozen, PUBLISHED_HISTORY } from './helpers.js';

const SEEDS = [1, 2, 42, 'popm', 2026];

describe('forecastHowMany', () => {
  it('gives the TSDoc example: constant 1 a day for 30 days is 30 at every percentile', () => {
    const r = forecastHowMany(frozen({ throughput: [1, 1, 1], periods: 30 }));
    expect(r.percentiles).toEqual({ 50: 30, 70: 30, 85: 30, 95: 30 });
    expect(r.histogram).toEqual([{ value: 30, count: 10_000, cumulative: 1 }]);
    expect(r.stdDev).toBe(0);
    expect(r.trials).toBe(10_000);
    expect(r.seed).toBe(1);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it.each(SEEDS)(
    'reproduces the issue-5 published case (seed %s): 30 days, P50 in 30–33, P85 in 23–25',
    (seed) => {
      const r = forecastHowMany({ throughput: PUBLISHED_HISTORY, periods: 30, seed });
      expect(r.percentiles[50]).toBeGreaterThanOrEqual(30);
      expect(r.percentiles[50]).toBeLessThanOrEqual(33);
      expect(r.percentiles[85]).toBeGreaterThanOrEqual(23);
      expect(r.percentiles[85]).toBeLessThanOrEqual(25);
    },
  );

  it('reads percentiles from the low end: P85 is the largest count reached or exceeded in >= 85% of trials', () => {
    const r = forecastHowMany({
      throughput: PUBLISHED_HISTORY,
      periods: 30,
      percentiles: [50, 85, 95],
    });
    const p85 = r.percentiles[85] as number;
    expect(likelihoodAtLeast(r, p85)).toBeGreaterThanOrEqual(0.85);
    expect(likelihoodAtLeast(r, p85 + 1)).toBeLessThan(0.85);
    expect(r.percentiles[95]).toBeLessThanOrEqual(p85);
    // The histogram agrees with the likelihood function: at least p85 = 1 − share below it.
    const below = r.histogram.filter((b) => b.value < p85).reduce((a, b) => a + b.count, 0);
    expect(likelihoodAtLeast(r, p85)).toBe((10_000 - below) / 10_000);
    expect(r.histogram.reduce((a, b) => a + b.count, 0)).toBe(10_000);
    expect(r.min).toBe(r.histogram[0]?.value);
    expect(r.max).toBe(r.histogram[r.histogram.length - 1]?.value);
  });

  it('resamples uniformly with replacement, zero periods included: [0, 2] over 1 period is 0 or 2 about half each', () => {
    const r = forecastHowMany({ throughput: [0, 2], periods: 1, trials: 2000, seed: 7 });
    expect(r.histogram.map((b) => b.value)).toEqual([0, 2]);
    expect(r.histogram[0]?.count).toBeGreaterThan(900);
    expect(r.histogram[0]?.count).toBeLessThan(1100);
    expect(r.mean).toBeGreaterThan(0.9);
    expect(r.mean).toBeLessThan(1.1);
  });

  it('rejects an empty history, an all-zero history and each bad setting', () => {
    expectPopm(() => forecastHowMany({ throughput: [], periods: 5 }), 'EMPTY_INPUT', [
      'input',
      'throughput',
    ]);
    expectPopm(() => forecastHowMany({ throughput: [0, 0, 0], periods: 5 }), 'INVALID_ARGUMENT', [
      'input',
      'throughput',
    ]);
    expectPopm(() => forecastHowMany({ throughput: [1, -1], periods: 5 }), 'OUT_OF_RANGE', [
      'input',
      'throughput',
      1,
    ]);
    expectPopm(
      () => forecastHowMany({ throughput: [1, Number.POSITIVE_INFINITY], periods: 5 }),
      'INVALID_NUMBER',
      ['input', 'throughput', 1],
    );
    expectPopm(() => forecastHowMany({ throughput: [1], periods: 0 }), 'OUT_OF_RANGE', [
      'input',
      'periods',
    ]);
    expectPopm(() => forecastHowMany({ throughput: [1], periods: 2.5 }), 'OUT_OF_RANGE', [
      'input',
      'periods',
    ]);
    expectPopm(() => forecastHowMany({ throughput: [1], periods: 5, trials: 0 }), 'OUT_OF_RANGE', [
      'input',
      'trials',
    ]);
    expectPopm(
      () => forecastHowMany({ throughput: [1], periods: 5, seed: {} as never }),
      'INVALID_ARGUMENT',
      ['input', 'seed'],
    );
    expectPopm(
      () => forecastHowMany({ throughput: [1], periods: 5, percentiles: [50, 200] }),
      'OUT_OF_RANGE',
      ['input', 'percentiles', 1],
    );
    expectPopm(
      () => forecastHowMany({ throughput: [1], periods: 5, method: 'x' as never }),
      'INVALID_ARGUMENT',
      ['input', 'method'],
    );
    expectPopm(() => forecastHowMany(null as never), 'INVALID_ARGUMENT', ['input']);
    expectPopm(
      () => likelihoodAtLeast(forecastHowMany({ throughput: [1], periods: 5 }), Number.NaN),
      'INVALID_NUMBER',
      ['value'],
    );
    expectPopm(
      () => forecastHowMany({ throughput: [1], periods: 5, trails: 5 } as never),
      'INVALID_ARGUMENT',
      ['input', 'trails'],
    );
  });
});

describe('forecastWhen', () => {
  it('gives the TSDoc example: constant 1 a day, 35 items is 35 days at every percentile', () => {
    const r = forecastWhen(frozen({ throughput: [1, 1, 1], items: 35 }));
    expect(r.percentiles).toEqual({ 50: 35, 70: 35, 85: 35, 95: 35 });
    expect(likelihoodWithin(r, 34)).toBe(0);
    expect(likelihoodWithin(r, 35)).toBe(1);
    expect(Object.values(r).some((v) => typeof v === 'function')).toBe(false);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it.each(SEEDS)(
    'reproduces the issue-5 published case (seed %s): 35 items, P50 in 32–34, P85 in 40–43',
    (seed) => {
      const r = forecastWhen({ throughput: PUBLISHED_HISTORY, items: 35, seed });
      expect(r.percentiles[50]).toBeGreaterThanOrEqual(32);
      expect(r.percentiles[50]).toBeLessThanOrEqual(34);
      expect(r.percentiles[85]).toBeGreaterThanOrEqual(40);
      expect(r.percentiles[85]).toBeLessThanOrEqual(43);
    },
  );

  it('P85 is the number of periods within which at least 85% of trials finished (nearest rank)', () => {
    const r = forecastWhen({ throughput: PUBLISHED_HISTORY, items: 35 });
    const p85 = r.percentiles[85] as number;
    expect(likelihoodWithin(r, p85)).toBeGreaterThanOrEqual(0.85);
    expect(likelihoodWithin(r, p85 - 1)).toBeLessThan(0.85);
    expect(r.histogram.find((b) => b.value === p85)?.cumulative).toBe(likelihoodWithin(r, p85));
    expect(r.histogram[r.histogram.length - 1]?.cumulative).toBe(1);
  });

  it('finishes fractional work when the sum reaches it (0.1 + 0.2 reaches 0.3)', () => {
    const r = forecastWhen({ throughput: [0.1, 0.2], items: 0.3, trials: 200 });
    expect(r.max).toBeLessThanOrEqual(3);
    expect(forecastWhen({ throughput: [1], items: 0 }).percentiles[95]).toBe(0);
  });

  it('never loops forever: all-zero or empty history and runs past maxPeriods are PopmErrors', () => {
    expectPopm(() => forecastWhen({ throughput: [0, 0], items: 3 }), 'INVALID_ARGUMENT', [
      'input',
      'throughput',
    ]);
    expectPopm(() => forecastWhen({ throughput: [], items: 3 }), 'EMPTY_INPUT', [
      'input',
      'throughput',
    ]);
    // Typical trial needs 2e6 periods: refused before simulating.
    expectPopm(
      () => forecastWhen({ throughput: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], items: 200_000 }),
      'LIMIT_EXCEEDED',
      ['input', 'items'],
    );
    // Typical trial fits, but some trial passes a tight cap.
    expectPopm(
      () => forecastWhen({ throughput: [0, 1], items: 10, maxPeriods: 20 }),
      'LIMIT_EXCEEDED',
      ['input', 'items'],
    );
    expectPopm(() => forecastWhen({ throughput: [1], items: 3, maxPeriods: 0 }), 'OUT_OF_RANGE', [
      'input',
      'maxPeriods',
    ]);
    expectPopm(() => forecastWhen({ throughput: [1], items: -1 }), 'OUT_OF_RANGE', [
      'input',
      'items',
    ]);
    expectPopm(
      () => likelihoodWithin(forecastWhen({ throughput: [1], items: 3 }), Number.NaN),
      'INVALID_NUMBER',
      ['value'],
    );
  });

  it('properties: P50 <= P85 for when and >= for how many; same seed same result; inputs untouched', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 20 })
          .filter((h) => h.some((x) => x > 0)),
        fc.integer({ min: 1, max: 40 }),
        fc.oneof(fc.integer(), fc.string()),
        (history, n, seed) => {
          const inW = frozen({
            throughput: history,
            items: n,
            trials: 300,
            seed,
            percentiles: [50, 85],
          });
          const w = forecastWhen(inW);
          expect(w.percentiles[50]).toBeLessThanOrEqual(w.percentiles[85] as number);
          const inH = frozen({
            throughput: history,
            periods: n,
            trials: 300,
            seed,
            percentiles: [50, 85],
          });
          const h = forecastHowMany(inH);
          expect(h.percentiles[50]).toBeGreaterThanOrEqual(h.percentiles[85] as number);
          const again = forecastWhen(inW);
          expect(again.percentiles).toEqual(w.percentiles);
          expect(again.histogram).toEqual(w.histogram);
          expect(forecastHowMany(inH).histogram).toEqual(h.histogram);
          expect(isDeepFrozen(w) && isDeepFrozen(h)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('linear method interpolates between ranks', () => {
    const r = forecastWhen({
      throughput: [1, 2],
      items: 4,
      trials: 500,
      method: 'linear',
      percentiles: [50],
    });
    expect(r.percentiles[50]).toBeGreaterThanOrEqual(2);
    expect(r.percentiles[50]).toBeLessThanOrEqual(4);
  });
});

describe('forecastWhenDate', () => {
  it('gives the TSDoc example: 5 items at 1 a day from Monday 2026-03-02 is Friday 2026-03-06', () => {
    const r = forecastWhenDate(frozen({ throughput: [1], items: 5, start: '2026-03-02' }));
    expect(r.dates).toEqual({
      50: '2026-03-06',
      70: '2026-03-06',
      85: '2026-03-06',
      95: '2026-03-06',
    });
    expect(r.start).toBe('2026-03-02');
    expect(r.histogram).toEqual([{ value: 5, date: '2026-03-06', count: 10_000, cumulative: 1 }]);
    expect(likelihoodBy(r, '2026-03-05')).toBe(0);
    expect(likelihoodBy(r, '2026-03-06')).toBe(1);
    expect(likelihoodBy(r, '2026-02-01')).toBe(0);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('skips weekends and holidays, starts on the next working day, and maps sprint-long periods', () => {
    const r = forecastWhenDate({
      throughput: [1],
      items: 3,
      start: '2026-03-07', // Saturday -> Monday 9th
      calendar: { weekend: [0, 6], holidays: ['2026-03-10'] },
    });
    expect(r.start).toBe('2026-03-09');
    expect(r.dates[50]).toBe('2026-03-12'); // 9th, 11th, 12th
    const sprints = forecastWhenDate({
      throughput: [10],
      items: 20,
      start: '2026-03-02',
      periodDays: 10,
    });
    expect(sprints.percentiles[85]).toBe(2);
    expect(sprints.dates[85]).toBe('2026-03-27'); // the 20th working day
    expect(likelihoodBy(sprints, '2026-03-26')).toBe(0);
    expect(likelihoodBy(sprints, '2026-03-27')).toBe(1);
  });

  it('agrees with forecastWhen on periods for the published history', () => {
    const a = forecastWhen({ throughput: PUBLISHED_HISTORY, items: 35, seed: 9 });
    const b = forecastWhenDate({
      throughput: PUBLISHED_HISTORY,
      items: 35,
      seed: 9,
      start: '2026-01-05',
    });
    expect(b.percentiles).toEqual(a.percentiles);
  });

  it('checks dates before simulating', () => {
    expectPopm(
      () => forecastWhenDate({ throughput: [1], items: 5, start: 'tomorrow' }),
      'INVALID_DATE',
      ['input', 'start'],
    );
    expectPopm(
      () => forecastWhenDate({ throughput: [1], items: 5, start: '2026-03-02', periodDays: 0 }),
      'OUT_OF_RANGE',
      ['input', 'periodDays'],
    );
    expectPopm(
      () =>
        forecastWhenDate({
          throughput: [1],
          items: 5,
          start: '2026-03-02',
          calendar: { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] },
        }),
      'INVALID_ARGUMENT',
      ['input', 'calendar', 'weekend'],
    );
    expectPopm(
      () => likelihoodBy(forecastWhenDate({ throughput: [1], items: 5, start: '2026-03-02' }), 'x'),
      'INVALID_DATE',
      ['date'],
    );
    expectPopm(() => forecastWhenDate(undefined as never), 'INVALID_ARGUMENT', ['input']);
  });
});

describe('draw budget', () => {
  it('refuses runs of more than 10⁹ draws instead of hanging', () => {
    expectPopm(
      () => forecastHowMany({ throughput: [1], periods: 200_000, trials: 10_000 }),
      'LIMIT_EXCEEDED',
      ['input', 'periods'],
    );
    expectPopm(
      () => forecastWhen({ throughput: [1], items: 90_000, trials: 20_000 }),
      'LIMIT_EXCEEDED',
      ['input', 'items'],
    );
  });
});

describe('fractional histories', () => {
  it('bin equal totals together despite float noise (0.1 + 0.2 and 0.3 + 0 share a bin)', () => {
    const r = forecastHowMany({ throughput: [0.1, 0.2, 0.3, 0], periods: 2, trials: 4000 });
    const values = r.histogram.map((b) => b.value);
    expect(values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    expect(likelihoodAtLeast(r, 0.3)).toBe(
      r.histogram.filter((b) => b.value >= 0.3).reduce((a, b) => a + b.count, 0) / 4000,
    );
  });
});

describe('hostile input (issue 21)', () => {
  it('reports a hole, a throwing getter or a Proxy in the history as a PopmError at its index', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holey = [1, , 2] as number[];
    expectPopm(() => forecastWhen({ throughput: holey, items: 3 }), 'INVALID_NUMBER', [
      'input',
      'throughput',
      1,
    ]);
    const getter = [1, 2];
    Object.defineProperty(getter, 1, {
      get() {
        throw new Error('boom');
      },
    });
    expectPopm(() => forecastHowMany({ throughput: getter, periods: 3 }), 'INVALID_ARGUMENT', [
      'input',
      'throughput',
      1,
    ]);
    const trap = new Proxy([1, 2], {
      get() {
        throw new Error('trap');
      },
    });
    expectPopm(() => forecastWhen({ throughput: trap, items: 3 }), 'INVALID_ARGUMENT');
    const input = JSON.parse('{"throughput":[1],"items":2,"__proto__":{"trials":5}}');
    // Options are strict: a JSON `__proto__` key is an unknown key, never a prototype.
    expectPopm(() => forecastWhen(input), 'INVALID_ARGUMENT', ['input', '__proto__']);
    expect(({} as { trials?: unknown }).trials).toBeUndefined();
    expectPopm(
      () =>
        forecastWhen({ throughput: [1], items: 3, shard: { index: 0, count: 1, x: 1 } as never }),
      'INVALID_ARGUMENT',
      ['input', 'shard', 'x'],
    );
  });
});

describe('split rate and scope growth (issue 17)', () => {
  it('multiplies the items by a split rate sampled per trial', () => {
    const fixed = forecastWhen({ throughput: [1], items: 10, splitRate: [2, 2] });
    expect(fixed.percentiles).toEqual({ 50: 20, 70: 20, 85: 20, 95: 20 });
    const history = forecastWhen({ throughput: [1], items: 10, splitRate: { history: [1, 3] } });
    expect(history.histogram.map((r) => r.value)).toEqual([10, 30]);
    expect(history.histogram[0]?.count).toBeGreaterThan(4500);
    expect(history.histogram[0]?.count).toBeLessThan(5500);
    const range = forecastWhen({ throughput: [1], items: 10, splitRate: [1, 2], trials: 2000 });
    expect(range.min).toBeGreaterThanOrEqual(10);
    expect(range.max).toBeLessThanOrEqual(20);
    expect(range.mean).toBeGreaterThan(14);
    expect(range.mean).toBeLessThan(16);
  });

  it('adds scope growth per period: 10 items at 1 a day with 0.5 a day added take 20 days', () => {
    const r = forecastWhen({ throughput: [1], items: 10, scopeGrowth: 0.5 });
    expect(r.percentiles[50]).toBe(20);
    const dated = forecastWhenDate({
      throughput: [1],
      items: 10,
      scopeGrowth: [0.5, 0.5],
      start: '2026-03-02',
    });
    expect(dated.dates[50]).toBe('2026-03-27'); // the 20th working day
  });

  it('refuses scope that grows as fast as work is done, and bad ranges', () => {
    expectPopm(
      () => forecastWhen({ throughput: [1, 1], items: 10, scopeGrowth: 1 }),
      'LIMIT_EXCEEDED',
      ['input', 'scopeGrowth'],
    );
    expectPopm(
      () => forecastWhen({ throughput: [1], items: 10, splitRate: [2, 1] }),
      'OUT_OF_RANGE',
      ['input', 'splitRate', 1],
    );
    expectPopm(
      () => forecastWhen({ throughput: [1], items: 10, splitRate: [1] as never }),
      'INVALID_ARGUMENT',
      ['input', 'splitRate'],
    );
    expectPopm(
      () => forecastWhen({ throughput: [1], items: 10, splitRate: { history: [] } }),
      'EMPTY_INPUT',
      ['input', 'splitRate', 'history'],
    );
    expectPopm(
      () => forecastWhen({ throughput: [1], items: 10, scopeGrowth: -1 }),
      'OUT_OF_RANGE',
      ['input', 'scopeGrowth'],
    );
  });
});

describe('the unit of the history (issue 16 defect #8)', () => {
  it('issue 16 defect #8: one item per working day for four weeks, 20 items, counted per calendar day: P50 late March, not 2026-04-08', () => {
    // throughputHistory without a calendar counts every day: weekends are zeros.
    const fourWeeks = Array.from({ length: 28 }, (_, i) => (i % 7 < 5 ? 1 : 0));
    const r = forecastWhenDate({
      throughput: fourWeeks,
      items: 20,
      start: '2026-03-02',
      unit: 'calendar-days',
    });
    expect(r.unit).toBe('calendar-days');
    expect(r.dates[50] >= '2026-03-26' && r.dates[50] <= '2026-03-30').toBe(true);
    // Read as working days (the default) the same history gives the defect's date.
    const asWorking = forecastWhenDate({ throughput: fourWeeks, items: 20, start: '2026-03-02' });
    expect(asWorking.dates[50]).toBe('2026-04-08');
    // A calendar-day period k ends k − 1 days after the start.
    const exact = forecastWhenDate({
      throughput: [1],
      items: 5,
      start: '2026-03-06',
      unit: 'calendar-days',
    });
    expect(exact.dates[50]).toBe('2026-03-10');
    expect(likelihoodBy(exact, '2026-03-09')).toBe(0);
    expect(likelihoodBy(exact, '2026-03-10')).toBe(1);
  });

  it('issue 16 defect #8: respects the unit a throughputHistory result carries', () => {
    const done = (i: number, d: string) => ({
      id: `w${i}`,
      createdOn: '2026-01-01',
      finishedOn: d,
    });
    // One item per working day for the four weeks from Monday 2026-02-02.
    const items = [];
    for (let day = 0; day < 28; day++)
      if (day % 7 < 5)
        items.push(
          done(
            day,
            `2026-02-${String(2 + day).padStart(2, '0')}`.replace('2026-02-29', '2026-03-01'),
          ),
        );
    const history = throughputHistory(
      items.filter((i) => i.finishedOn <= '2026-02-28'),
      {
        from: '2026-02-02',
        to: '2026-02-28',
      },
    );
    expect(history.unit).toBe('calendar-days');
    const r = forecastWhenDate({ throughput: history, items: 20, start: '2026-03-02' });
    expect(r.unit).toBe('calendar-days');
    expect(r.dates[50] >= '2026-03-26' && r.dates[50] <= '2026-03-30').toBe(true);
    const working = throughputHistory(items, {
      from: '2026-02-02',
      to: '2026-02-27',
      calendar: { weekend: [0, 6], holidays: [] },
    });
    const w = forecastWhenDate({ throughput: working, items: 20, start: '2026-03-02' });
    expect([w.unit, w.dates[50]]).toEqual(['working-days', '2026-03-27']);
    expectPopm(
      () =>
        forecastWhenDate({
          throughput: working,
          items: 20,
          start: '2026-03-02',
          unit: 'calendar-days',
        }),
      'INVALID_ARGUMENT',
      ['input', 'unit'],
    );
    expect(forecastWhen({ throughput: history, items: 20, seed: 2 }).percentiles).toEqual(
      forecastWhen({ throughput: history.counts, items: 20, seed: 2 }).percentiles,
    );
  });
});
