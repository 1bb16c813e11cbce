import { describe, expectTypeOf, it } from 'vitest';
import {
  createRiskRegister,
  type Distribution,
  type ForecastWhenResult,
  forecastBacklog,
  forecastFeatures,
  forecastHowMany,
  forecastWhen,
  forecastWhenDate,
  type IsoDate,
  mergeSimulations,
  type SimulationPart,
  simulateRiskCost,
  simulateSchedule,
} from '../../src/index.js';

// The project compiles with noUncheckedIndexedAccess: a requested (or
// defaulted) percentile reads as `number`, any other key as `number | undefined`.

describe('simulation result types (issue 13)', () => {
  it('types percentiles from the defaults: 50, 70, 85, 95', () => {
    const r = forecastWhen({ throughput: [1], items: 5 });
    expectTypeOf(r.percentiles[85]).toEqualTypeOf<number>();
    expectTypeOf(r.percentiles[50]).toEqualTypeOf<number>();
    expectTypeOf(r).toEqualTypeOf<ForecastWhenResult<50 | 70 | 85 | 95>>();
    // @ts-expect-error 80 was not requested
    r.percentiles[80];
  });

  it('types percentiles from the requested literals', () => {
    const r = forecastHowMany({ throughput: [1], periods: 5, percentiles: [10, 90] });
    expectTypeOf(r.percentiles[90]).toEqualTypeOf<number>();
    expectTypeOf(r.percentiles).toEqualTypeOf<{ readonly 10: number; readonly 90: number }>();
    const d = forecastWhenDate({
      throughput: [1],
      items: 5,
      start: '2026-03-02',
      percentiles: [80],
    });
    expectTypeOf(d.dates[80]).toEqualTypeOf<IsoDate>();
    const s = simulateSchedule([{ id: 'A', duration: 1 }], { percentiles: [80, 90] });
    expectTypeOf(s.percentiles[80]).toEqualTypeOf<number>();
    const c = simulateRiskCost(createRiskRegister([]), { percentiles: [80] });
    expectTypeOf(c.cost).toEqualTypeOf<Distribution<80>>();
    const b = forecastBacklog({ items: [] }, { throughput: [1], percentiles: [85] });
    expectTypeOf(b.items[0]?.periods.percentiles[85]).toEqualTypeOf<number | undefined>();
    const f = forecastFeatures([{ id: 'a', items: 1 }], { throughput: [1] });
    expectTypeOf(f.features[0]?.periods.percentiles[95]).toEqualTypeOf<number | undefined>();
  });

  it('a list typed number[] gives a record whose reads may be undefined', () => {
    const ps: number[] = [50, 85];
    const r = forecastWhen({ throughput: [1], items: 5, percentiles: ps });
    expectTypeOf(r.percentiles[85]).toEqualTypeOf<number | undefined>();
  });

  it('returns a part with shard, and mergeSimulations gives back the full result type', () => {
    const part = forecastWhen({ throughput: [1], items: 5, shard: { index: 0, count: 2 } });
    expectTypeOf(part).toEqualTypeOf<SimulationPart<ForecastWhenResult<50 | 70 | 85 | 95>>>();
    const merged = mergeSimulations([part]);
    expectTypeOf(merged).toEqualTypeOf<ForecastWhenResult<50 | 70 | 85 | 95>>();
    expectTypeOf(merged.percentiles[95]).toEqualTypeOf<number>();
  });

  it('histogram rows are { value, count, cumulative }', () => {
    const r = forecastWhen({ throughput: [1], items: 5 });
    expectTypeOf(r.histogram[0]).toEqualTypeOf<
      { readonly value: number; readonly count: number; readonly cumulative: number } | undefined
    >();
  });
});
