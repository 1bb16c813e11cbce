/**
 * @internal Argument checks and small helpers shared by the progress domain.
 */
import type { WorkCalendar } from '../../core/calendar.js';
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import {
  type CompiledCalendar,
  compileCalendar,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import { readEntity, readProperty, safeCopy } from '../../core/internal/readObject.js';
import { requireNumber, requireOneOf } from '../../core/internal/validate.js';
import type { PercentileMethod } from '../../core/stats.js';

/**
 * @internal Reads an untrusted array into a fresh plain array: the length and
 * every element through a guarded read (a Proxy or throwing getter is
 * `INVALID_ARGUMENT`), holes as `undefined` so the element's own check
 * reports them at their index.
 */
export function readList(value: unknown, path: PopmPath, what = 'an array'): unknown[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  const len = readProperty(value, 'length', path);
  if (typeof len !== 'number' || !Number.isInteger(len) || len < 0)
    throw popmError('INVALID_ARGUMENT', path, what, value);
  const out: unknown[] = new Array<unknown>(len);
  for (let i = 0; i < len; i++) out[i] = readProperty(value, String(i), path);
  return out;
}

/**
 * @internal Reads an optional {@link WorkCalendar} through a safe copy (so a
 * getter or Proxy cannot reach the compiler), then compiles it. `undefined`
 * stays `null` unless `fallbackDefault` asks for the default calendar.
 */
export function readCalendar(value: unknown, path: PopmPath): CompiledCalendar | null {
  if (value === undefined) return null;
  const rec = readEntity(value, path, ['weekend', 'holidays'], 'a WorkCalendar object');
  const copy = {
    weekend: safeCopy(rec.weekend, [...path, 'weekend']),
    holidays: safeCopy(rec.holidays, [...path, 'holidays']),
  };
  return compileCalendar(copy as unknown as WorkCalendar, path);
}

export type { DayUnit } from '../dayUnit.js';

/**
 * @internal Days from `a` to `b`, both counted (ActionableAgile's inclusive
 * count). With a calendar, the working days among them, and at least 1: work
 * done on a day off still took a day.
 */
export function spanDays(cal: CompiledCalendar | null, a: number, b: number): number {
  if (cal === null) return b - a + 1;
  return Math.max(1, workingDaysBetweenEpoch(cal, a - 1, b));
}

/** @internal The percentiles flow tools show by default. */
export const DEFAULT_PERCENTILES: readonly number[] = Object.freeze([50, 70, 85, 95]);

/** @internal Validates a list of percentiles (each 0 < p ≤ 100, no repeats); default above. */
export function checkPercentileList(value: unknown, path: PopmPath): readonly number[] {
  if (value === undefined) return DEFAULT_PERCENTILES;
  const list = readList(value, path, 'an array of percentiles');
  if (list.length === 0) throw popmError('EMPTY_INPUT', path, 'at least one percentile', list);
  const seen = new Set<number>();
  return list.map((p, i) => {
    const v = requireNumber(p, [...path, i], { minExclusive: 0, max: 100 });
    if (seen.has(v)) throw popmError('INVALID_ARGUMENT', [...path, i], 'no repeated percentile', v);
    seen.add(v);
    return v;
  });
}

/** @internal Validates a percentile method; default `'nearest-rank'`. */
export function checkMethod(value: unknown, path: PopmPath): PercentileMethod {
  if (value === undefined) return 'nearest-rank';
  return requireOneOf<PercentileMethod>(value, ['nearest-rank', 'linear'], path);
}

/** @internal A seed: a finite number or a string. */
export function checkSeed(
  value: unknown,
  path: PopmPath,
  fallback: number | string,
): number | string {
  if (value === undefined) return fallback;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string')
    return value;
  throw popmError('INVALID_ARGUMENT', path, 'a finite number or a string seed', value);
}

// The binary searches live once, in core.
export { lowerBound, upperBound } from '../../core/internal/binarySearch.js';

/** @internal The longest date window a flow function accepts: 100 years. */
export const MAX_WINDOW_DAYS = 36_525;

/**
 * @internal Reads `options.from` and `options.to` as an inclusive window of
 * epoch days, shared by `flowMetrics`, `cumulativeFlow` and `throughputHistory`.
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`,
 *   `LIMIT_EXCEEDED` for a window longer than {@link MAX_WINDOW_DAYS}
 */
export function readWindow(opts: Readonly<Record<string, unknown>>): {
  readonly from: number;
  readonly to: number;
  readonly days: number;
} {
  const from = toEpochDay(opts.from, ['options', 'from']);
  const to = toEpochDay(opts.to, ['options', 'to']);
  if (to < from)
    throw popmError(
      'INVALID_DATE',
      ['options', 'to'],
      `a date on or after from ${String(opts.from)}`,
      opts.to,
    );
  const days = to - from + 1;
  if (days > MAX_WINDOW_DAYS)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'to'],
      `a window of at most ${MAX_WINDOW_DAYS} days`,
      days,
    );
  return { from, to, days };
}
