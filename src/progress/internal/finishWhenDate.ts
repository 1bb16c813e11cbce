import type { IsoDate } from '../../core/dates.js';
import { readOptions } from '../../core/internal/readObject.js';
import { type FinishInput, readContext } from '../../core/internal/simulationParts.js';
import type { ForecastWhenDateResult } from '../forecastWhenDate.js';
import { finishWhen } from './finishWhen.js';
import { forecastClock } from './forecastClock.js';

/** @internal Builds the dated result (also used by mergeSimulations). */
export function finishWhenDate(input: FinishInput): ForecastWhenDateResult<number> {
  const { rec } = readContext(input, ['parts', 0]);
  const c = readOptions(rec.clock, ['parts', 0, 'context', 'clock'], [
    'start',
    'unit',
    'periodDays',
    'calendar',
  ] as const);
  const clock = forecastClock(c.start, c.calendar, c.periodDays, c.unit, [
    'parts',
    'context',
    'clock',
  ]);
  const result = finishWhen(input);
  const dates: Record<number, IsoDate> = {};
  for (const [p, k] of Object.entries(result.percentiles)) dates[Number(p)] = clock.dateOf(k);
  return {
    ...result,
    start: clock.dateOf(0),
    periodDays: clock.periodDays,
    unit: clock.unit,
    dates,
    histogram: result.histogram.map((row) => ({ ...row, date: clock.dateOf(row.value) })),
  };
}
