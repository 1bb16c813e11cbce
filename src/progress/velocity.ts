import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { sumUnchecked } from '../core/internal/statsKernels.js';
import { requireNumber } from '../core/internal/validate.js';
import { type CheckedSprint, checkSprint } from './internal/checkSprint.js';
import { readList } from './internal/shared.js';
import type { Sprint } from './sprint.js';

/** Options of {@link velocity}. */
export interface VelocityOptions {
  /** How many of the latest sprints to use, an integer >= 1 (default 6). */
  readonly window?: number | undefined;
}

/** The velocity of a team over its latest sprints. */
export interface VelocityResult {
  /** Mean of `completed` over the window. */
  readonly mean: number;
  /** Median of `completed` over the window. */
  readonly median: number;
  /** Lowest `completed` in the window. */
  readonly min: number;
  /** Highest `completed` in the window. */
  readonly max: number;
  /** Sample standard deviation (n − 1); `null` for a window of one sprint. */
  readonly stdDev: number | null;
  /** `completed` of the latest sprint. */
  readonly last: number;
  /** How many sprints were used (the window, or fewer when fewer exist). */
  readonly count: number;
  /** The ids of the sprints used, oldest first. */
  readonly sprintIds: readonly string[];
  /** Their `completed` values, oldest first. */
  readonly values: readonly number[];
}

/** @internal Sorts validated sprints by end, then start, then id (input order is irrelevant). */
function sortSprints(checked: CheckedSprint[]): CheckedSprint[] {
  return checked.sort(
    (a, b) =>
      a.endDay - b.endDay ||
      a.startDay - b.startDay ||
      (a.sprint.id < b.sprint.id ? -1 : a.sprint.id > b.sprint.id ? 1 : 0),
  );
}

/**
 * Velocity: the work completed per sprint over the last `window` sprints, in
 * date order (by `end`, whatever the input order). The mean is the figure
 * Scrum teams plan with; the spread (min, max, standard deviation) says how
 * far to trust it.
 *
 * @param sprints - the team's sprints, any order, unique ids
 * @param options - `window` (default 6)
 * @returns mean, median, min, max, sample standard deviation and the last value
 * @throws PopmError `EMPTY_INPUT` for no sprints; `DUPLICATE_ID`; `OUT_OF_RANGE` for a window
 *   that is not an integer >= 1; `INVALID_NUMBER` for a non-number window; `INVALID_ARGUMENT` for
 *   sprints that are not an array, options that are not an object, an unknown option or a
 *   misspelled sprint key; errors of a bad sprint at
 *   `['sprints', i, …]` (`INVALID_DATE` for `end` before `start`, `OUT_OF_RANGE` for negative work)
 * @example
 * const s = (id: string, start: string, end: string, committed: number, completed: number) =>
 *   ({ id, start, end, committed, completed });
 * velocity([
 *   s('s1', '2026-01-05', '2026-01-16', 22, 18),
 *   s('s2', '2026-01-19', '2026-01-30', 24, 20),
 *   s('s3', '2026-02-02', '2026-02-13', 32, 24),
 *   s('s4', '2026-02-16', '2026-02-27', 26, 26),
 * ]).mean; //=> 22
 */
export function velocity(sprints: readonly Sprint[], options?: VelocityOptions): VelocityResult {
  const list = readList(sprints, ['sprints'], 'an array of sprints');
  const opts = readOptions(options, ['options'], ['window']);
  const window =
    opts.window === undefined
      ? 6
      : requireNumber(opts.window, ['options', 'window'], { min: 1, integer: true });
  if (list.length === 0) throw popmError('EMPTY_INPUT', ['sprints'], 'at least one sprint', list);
  const checked = list.map((s, i) => checkSprint(s, ['sprints', i]));
  const seen = new Map<string, number>();
  checked.forEach((c, i) => {
    const first = seen.get(c.sprint.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', ['sprints', i, 'id'], 'a unique id', c.sprint.id, {
        id: c.sprint.id,
        firstIndex: first,
      });
    seen.set(c.sprint.id, i);
  });
  const used = sortSprints(checked).slice(-window);
  const values = used.map((c) => c.sprint.completed);
  const n = values.length;
  const mean = sumUnchecked(values) / n;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = n >> 1;
  const median =
    n % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const stdDev =
    n < 2 ? null : Math.sqrt(sumUnchecked(values.map((v) => (v - mean) * (v - mean))) / (n - 1));
  if (!Number.isFinite(mean) || (stdDev !== null && !Number.isFinite(stdDev)))
    throw popmError('OUT_OF_RANGE', ['sprints'], 'completed work whose sum fits a float', mean);
  return deepFreeze({
    mean,
    median,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    stdDev,
    last: values[n - 1] as number,
    count: n,
    sprintIds: used.map((c) => c.sprint.id),
    values,
  });
}
