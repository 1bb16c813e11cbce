/**
 * @internal Builds `simulateSchedule`'s result from a run's context
 * and merged outcomes (also used by mergeSimulations). A context may come
 * from a part posted between workers, so every field is checked (paths
 * under `parts[0].context`).
 */
import type { IsoDate } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import {
  requireArray,
  requireNumber,
  requireOneOf,
  requireString,
} from '../../core/internal/validate.js';
import type { Distribution } from '../../core/simulation.js';
import type { SimulatedTask, SimulateScheduleResult } from '../simulateSchedule.js';
import { dateOfDuration, type PlanDating, readPlanDating } from './pertDates.js';

/** @internal Builds the result from every trial (also used by mergeSimulations). */
export function finishSchedule(input: FinishInput): SimulateScheduleResult<number> {
  const path = ['parts', 0, 'context'];
  const { rec, settings } = readContext(input, ['parts', 0]);
  const ids = requireArray<unknown>(rec.ids, [...path, 'ids'], 'task ids').map((id, i) =>
    requireString(id, [...path, 'ids', i]),
  );
  const durations = requireArray<unknown>(rec.durations, [...path, 'durations'], 'durations').map(
    (v, i) => requireNumber(v, [...path, 'durations', i], { min: 0 }),
  );
  const estimated = requireArray<unknown>(rec.estimated, [...path, 'estimated'], 'indexes').map(
    (v, i) =>
      requireNumber(v, [...path, 'estimated', i], { min: 0, max: ids.length - 1, integer: true }),
  );
  const distribution = requireOneOf(rec.distribution, ['triangular', 'beta-pert'] as const, [
    ...path,
    'distribution',
  ]);
  const bins = requireNumber(rec.bins, [...path, 'bins'], { integer: true, min: 1, max: 1000 });
  const sums = input.merged.sums.duration ?? [];
  const critical = input.merged.counts.critical ?? [];
  if (
    durations.length !== ids.length ||
    sums.length !== estimated.length ||
    critical.length !== ids.length
  )
    throw popmError(
      'INVALID_ARGUMENT',
      ['parts'],
      'parts of one simulateSchedule call',
      ids.length,
    );
  const mean = durations.slice();
  estimated.forEach((i, k) => {
    mean[i] = (sums[k] as number) / input.trials;
  });
  const tasks = ids.map(
    (id, i): SimulatedTask => ({
      id,
      criticalityIndex: (critical[i] as number) / input.trials,
      meanDuration: mean[i] as number,
    }),
  );
  const dist = distributionOf(
    outcomesOf(input, 'duration', ['parts', 0])[0] as Float64Array,
    settings,
    { bins },
  );
  const result = {
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    distribution,
    ...dist,
    tasks,
  };
  const dating =
    rec.dating === undefined ? undefined : readContextDating(rec.dating, [...path, 'dating']);
  return dating === undefined ? result : { ...result, ...datedFields(dist, dating) };
}

/** The dating a dated call put in its context. */
function readContextDating(value: unknown, path: readonly (string | number)[]): PlanDating {
  const d = readOptions(value, path, ['start', 'calendar'] as const);
  const dating = readPlanDating(d.start, d.calendar, path);
  if (dating === undefined)
    throw popmError('INVALID_DATE', [...path, 'start'], 'a YYYY-MM-DD calendar date', d.start);
  return dating;
}

/** The percentiles as finish dates, and the histogram with a date per row. */
function datedFields(
  dist: Distribution<number>,
  dating: PlanDating,
): Pick<SimulateScheduleResult<number>, 'start' | 'dates' | 'histogram'> {
  const dates: Record<number, IsoDate> = {};
  for (const [p, d] of Object.entries(dist.percentiles))
    dates[Number(p)] = dateOfDuration(dating, d, ['options', 'start']);
  return {
    start: dating.json.start,
    dates,
    histogram: dist.histogram.map((row) => ({
      ...row,
      date: dateOfDuration(dating, row.value, ['options', 'start']),
    })),
  };
}
