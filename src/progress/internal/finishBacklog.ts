import type { IsoDate } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import { requireArray, requireNumber, requireString } from '../../core/internal/validate.js';
import type { BacklogItemForecast, ForecastBacklogResult } from '../forecastBacklog.js';
import { type ForecastClock, forecastClock } from './forecastClock.js';

/** @internal Builds the result from every item's periods (also used by mergeSimulations). */
export function finishBacklog(input: FinishInput): ForecastBacklogResult<number> {
  const path = ['parts', 0, 'context'];
  const { rec, settings } = readContext(input, ['parts', 0]);
  const unit = rec.unit === 'items' ? 'items' : 'estimate';
  const open = requireArray<unknown>(rec.open, [...path, 'open'], 'open items').map((o, i) => {
    const r = readOptions(o, [...path, 'open', i], ['id', 'index', 'cumulative'] as const);
    return {
      id: requireString(r.id, [...path, 'open', i, 'id']),
      index: requireNumber(r.index, [...path, 'open', i, 'index'], { min: 0, integer: true }),
      cumulative: requireNumber(r.cumulative, [...path, 'open', i, 'cumulative'], { min: 0 }),
    };
  });
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
  if (periods.length !== open.length)
    throw popmError('INVALID_ARGUMENT', [...path, 'open'], 'one outcome table per open item', open);
  const items = open.map((o, k): BacklogItemForecast<number> => {
    const distribution = distributionOf(periods[k] as Float64Array, settings);
    if (clock === null) return { ...o, periods: distribution };
    const dates: Record<number, IsoDate> = {};
    for (const [p, v] of Object.entries(distribution.percentiles))
      dates[Number(p)] = (clock as ForecastClock).dateOf(v);
    return { ...o, periods: distribution, dates };
  });
  return { unit, trials: input.trials, seed: input.seed, method: settings.method, items };
}
