import { fromEpochDay, toEpochDay } from '../../core/dates.js';
import { type FinishInput, readContext } from '../../core/internal/simulationParts.js';
import { requireOneOf } from '../../core/internal/validate.js';
import type { ForecastHowManyByDateResult } from '../forecastHowManyByDate.js';
import { finishHowMany } from './finishHowMany.js';

/** @internal Builds the result (also used by mergeSimulations). */
export function finishHowManyByDate(input: FinishInput): ForecastHowManyByDateResult<number> {
  const path = ['parts', 0, 'context'];
  const { rec } = readContext(input, ['parts', 0]);
  const start = fromEpochDay(toEpochDay(rec.start, [...path, 'start']));
  const end = fromEpochDay(toEpochDay(rec.end, [...path, 'end']));
  const unit = requireOneOf(rec.unit, ['calendar-days', 'working-days'] as const, [
    ...path,
    'unit',
  ]);
  return { ...finishHowMany(input), start, end, unit };
}
