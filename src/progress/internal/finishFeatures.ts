import type { IsoDate } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { readMeta, readOptions } from '../../core/internal/readObject.js';
import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import { requireArray, requireNumber, requireString } from '../../core/internal/validate.js';
import type { FeatureForecast, ForecastFeaturesResult } from '../forecastFeatures.js';
import { type ForecastClock, forecastClock } from './forecastClock.js';

/** @internal Builds the result (also used by mergeSimulations). */
export function finishFeatures(input: FinishInput): ForecastFeaturesResult<number> {
  const path = ['parts', 0, 'context'];
  const { rec, settings } = readContext(input, ['parts', 0]);
  const wipLimit = requireNumber(rec.wipLimit, [...path, 'wipLimit'], { min: 1, integer: true });
  const features = requireArray<unknown>(rec.features, [...path, 'features'], 'features').map(
    (f, i) => {
      const r = readOptions(f, [...path, 'features', i], ['id', 'items', 'meta'] as const);
      const meta = readMeta(r.meta, [...path, 'features', i, 'meta']);
      return {
        id: requireString(r.id, [...path, 'features', i, 'id']),
        items: requireNumber(r.items, [...path, 'features', i, 'items'], { min: 0 }),
        ...(meta === undefined ? {} : { meta }),
      };
    },
  );
  let clock: ForecastClock | null = null;
  if (rec.clock !== null && rec.clock !== undefined) {
    const c = readOptions(rec.clock, [...path, 'clock'], [
      'start',
      'unit',
      'periodDays',
      'calendar',
    ] as const);
    clock = forecastClock(c.start, c.calendar, c.periodDays, c.unit, [...path, 'clock']);
  }
  const periods = outcomesOf(input, 'periods', ['parts', 0]);
  if (periods.length !== features.length)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'features'],
      'one outcome table per feature',
      features.length,
    );
  return {
    wipLimit,
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    features: features.map((f, k): FeatureForecast<number> => {
      const distribution = distributionOf(periods[k] as Float64Array, settings);
      const { meta, ...rest } = f as typeof f & {
        meta?: Readonly<Record<string, unknown>> | undefined;
      };
      const base = { ...rest, periods: distribution, ...(meta === undefined ? {} : { meta }) };
      if (clock === null) return base;
      const dates: Record<number, IsoDate> = {};
      for (const [p, v] of Object.entries(distribution.percentiles))
        dates[Number(p)] = (clock as ForecastClock).dateOf(v);
      return { ...base, dates };
    }),
  };
}
