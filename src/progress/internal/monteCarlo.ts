/**
 * @internal The Monte Carlo kernels behind the forecasts: throughput
 * resampled per period, uniformly with replacement, zero periods included.
 * Inner loops run over typed arrays with the generator's raw `uint32`.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { trialState } from '../../core/internal/stream.js';
import { requireNumber } from '../../core/internal/validate.js';

/** @internal Default safety cap on periods per trial. */
export const DEFAULT_MAX_PERIODS = 100_000;

const TWO_POW_32 = 4294967296;

/** @internal The keys of a throughputHistory result. */
export const HISTORY_KEYS = ['counts', 'unit', 'periodDays', 'calendar', 'start', 'end'] as const;

/** Longest history accepted (about 270 years of days). */
const MAX_HISTORY = 100_000;

/**
 * @internal Validates a throughput (or velocity) history into a Float64Array:
 * every index read (a hole is `INVALID_NUMBER` there, not a silent 0), a
 * throwing getter or Proxy trap is `INVALID_ARGUMENT` at the list.
 */
export function checkHistory(value: unknown, path: PopmPath): Float64Array {
  // A throughputHistory result: its counts (its unit is read by the dated forecasts).
  if (value !== null && typeof value === 'object' && !isArray(value, path)) {
    const rec = readEntity(value, path, HISTORY_KEYS, 'a throughput history');
    return checkHistory(rec.counts, [...path, 'counts']);
  }
  const list = readArray(value, path, 'an array of throughput per period', MAX_HISTORY);
  if (list.length === 0)
    throw popmError('EMPTY_INPUT', path, 'at least one period of history', value);
  const out = new Float64Array(list.length);
  let positive = false;
  for (let i = 0; i < list.length; i++) {
    // Capped so that no sum over a run can overflow to Infinity.
    const x = requireNumber(list[i], [...path, i], { min: 0, max: MAX_PER_PERIOD });
    if (x > 0) positive = true;
    out[i] = x + 0;
  }
  if (!positive)
    throw popmError(
      'INVALID_ARGUMENT',
      path,
      'at least one period with throughput > 0 (an all-zero history never finishes anything)',
      value,
    );
  return out;
}

/** Most items (or points) per period of a history. */
const MAX_PER_PERIOD = 1e12;

function isArray(value: unknown, path: PopmPath): boolean {
  try {
    return Array.isArray(value);
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable array', undefined);
  }
}

/**
 * @internal A copy of an untrusted array's elements (`undefined` for a hole):
 * a throwing getter or Proxy trap is `INVALID_ARGUMENT` where it is read; more
 * than `max` elements is `LIMIT_EXCEEDED`.
 */
export function readArray(
  value: unknown,
  path: PopmPath,
  what: string,
  max = 10_000_000,
): unknown[] {
  if (!isArray(value, path)) throw popmError('INVALID_ARGUMENT', path, what, value);
  const list = value as unknown[];
  let length: number;
  try {
    length = list.length;
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable array', undefined);
  }
  if (length > max) throw popmError('LIMIT_EXCEEDED', path, `at most ${max} elements`, length);
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    try {
      out[i] = list[i];
    } catch {
      throw popmError('INVALID_ARGUMENT', [...path, i], 'a readable value', undefined);
    }
  }
  return out;
}

/** @internal Validates `maxPeriods` (default 100,000). */
export function checkMaxPeriods(value: unknown, path: PopmPath): number {
  if (value === undefined) return DEFAULT_MAX_PERIODS;
  return requireNumber(value, path, { min: 1, max: 100_000_000, integer: true });
}

/** @internal Mean of a validated history. */
export function historyMean(history: Float64Array): number {
  let s = 0;
  for (let i = 0; i < history.length; i++) s += history[i] as number;
  return s / history.length;
}

/** @internal Slack so fractional work (0.1 + 0.2 vs 0.3) finishes when it should. */
export function target(work: number): number {
  return work - 1e-9 * Math.max(1, work);
}

/** @internal Most draws one forecast may make (about a minute of work), so no call hangs. */
export const MAX_DRAWS = 1_000_000_000;

/** @internal Refuses a run of `trials × periods` draws beyond {@link MAX_DRAWS}. */
export function guardDraws(trials: number, periods: number, path: PopmPath): void {
  if (trials * periods > MAX_DRAWS)
    throw popmError('LIMIT_EXCEEDED', path, `trials × periods <= ${MAX_DRAWS}`, trials * periods, {
      trials,
      periods,
    });
}

/**
 * @internal Refuses a run whose typical trial would pass `maxPeriods`, or
 * whose trials would together make more than {@link MAX_DRAWS} draws, before
 * spending time on it.
 */
export function guardExpected(
  work: number,
  history: Float64Array,
  maxPeriods: number,
  path: PopmPath,
  trials = 1,
): void {
  const expected = work / historyMean(history);
  guardDraws(trials, Math.ceil(expected), path);
  if (expected > maxPeriods)
    throw popmError(
      'LIMIT_EXCEEDED',
      path,
      `a forecast that can finish within maxPeriods (${maxPeriods})`,
      work,
      {
        expectedPeriods: expected,
        maxPeriods,
      },
    );
}

function limitError(path: PopmPath, work: number, maxPeriods: number, trial: number) {
  return popmError(
    'LIMIT_EXCEEDED',
    path,
    `a forecast that can finish within maxPeriods (${maxPeriods})`,
    work,
    {
      maxPeriods,
      trial,
    },
  );
}

/** @internal The trials a kernel runs and the root of their streams. */
export interface TrialRange {
  /** 32-bit hash of the seed. */
  readonly key: number;
  /** First trial. */
  readonly start: number;
  /** One past the last trial. */
  readonly end: number;
}

/**
 * @internal Total throughput over `periods` periods, per trial of the range.
 * Each trial draws from its own sfc32 stream (see core/internal/stream.ts),
 * its state held in locals for the whole trial.
 */
export function simulateHowMany(
  history: Float64Array,
  periods: number,
  range: TrialRange,
): Float64Array {
  const scale = history.length / TWO_POW_32;
  const out = new Float64Array(range.end - range.start);
  const st = new Int32Array(4);
  for (let t = range.start; t < range.end; t++) {
    trialState(range.key, t, st);
    let a = st[0] as number;
    let b = st[1] as number;
    let c = st[2] as number;
    let d = st[3] as number;
    let total = 0;
    for (let p = 0; p < periods; p++) {
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      total += history[Math.floor((r >>> 0) * scale)] as number;
    }
    out[t - range.start] = total;
  }
  return out;
}

/**
 * @internal Per-trial variation of the work: `splitRate` multiplies the items
 * (a `[low, high]` range drawn uniformly, or a history of observed rates
 * resampled), `scopeGrowth` adds work per period (a rate drawn per trial from
 * `[low, high]`, or fixed).
 */
export interface WorkVariation {
  readonly split: { readonly low: number; readonly high: number } | Float64Array | null;
  readonly growth: { readonly low: number; readonly high: number } | null;
}

/** @internal No split rate, no scope growth. */
export const NO_VARIATION: WorkVariation = { split: null, growth: null };

/** The next draw of the trial stream `st` (advanced in place), as a fraction in [0, 1). */
function unitDraw(st: Int32Array): number {
  const a = st[0] as number;
  const b = st[1] as number;
  const c = st[2] as number;
  const d = st[3] as number;
  const r = (((a + b) | 0) + d) | 0;
  st[3] = (d + 1) | 0;
  st[0] = b ^ (b >>> 9);
  st[1] = (c + (c << 3)) | 0;
  st[2] = (((c << 21) | (c >>> 11)) + r) | 0;
  return (r >>> 0) / TWO_POW_32;
}

/** The trial's own work: `work` times a split rate drawn from `st`, or `work` itself. */
function trialWork(work: number, split: WorkVariation['split'], st: Int32Array): number {
  if (split === null) return work;
  const u = unitDraw(st);
  return (
    work *
    (split instanceof Float64Array
      ? (split[Math.floor(u * split.length)] as number)
      : split.low + u * (split.high - split.low))
  );
}

/** @internal Periods needed to finish `work`, per trial of the range. */
export function simulateWhen(
  history: Float64Array,
  work: number,
  range: TrialRange,
  maxPeriods: number,
  path: PopmPath,
  variation: WorkVariation = NO_VARIATION,
): Int32Array {
  const scale = history.length / TWO_POW_32;
  const out = new Int32Array(range.end - range.start);
  const st = new Int32Array(4);
  const { split, growth } = variation;
  const plain = split === null && growth === null;
  let goal = target(work);
  let rate = 0;
  for (let t = range.start; t < range.end; t++) {
    trialState(range.key, t, st);
    if (!plain) {
      // The trial's own work: drawn first from its stream, so shards agree.
      goal = target(trialWork(work, split, st));
      rate = growth === null ? 0 : growth.low + unitDraw(st) * (growth.high - growth.low);
    }
    let a = st[0] as number;
    let b = st[1] as number;
    let c = st[2] as number;
    let d = st[3] as number;
    let done = 0;
    let p = 0;
    while (done < goal + rate * p) {
      if (p === maxPeriods) throw limitError(path, work, maxPeriods, t);
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      done += history[Math.floor((r >>> 0) * scale)] as number;
      p++;
    }
    out[t - range.start] = p;
  }
  return out;
}

/**
 * @internal For ascending cumulative `goals`, the period in which each is
 * reached, per trial of the range: `out[k][t − start]`. One pass per trial
 * serves every goal.
 */
export function simulateMilestones(
  history: Float64Array,
  goals: Float64Array,
  range: TrialRange,
  maxPeriods: number,
  path: PopmPath,
): Int32Array[] {
  const scale = history.length / TWO_POW_32;
  const m = goals.length;
  const n = range.end - range.start;
  const out: Int32Array[] = [];
  const slack = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    out.push(new Int32Array(n));
    slack[k] = target(goals[k] as number);
  }
  const st = new Int32Array(4);
  for (let t = range.start; t < range.end; t++) {
    const i = t - range.start;
    trialState(range.key, t, st);
    let a = st[0] as number;
    let b = st[1] as number;
    let c = st[2] as number;
    let d = st[3] as number;
    let done = 0;
    let p = 0;
    let k = 0;
    while (k < m && done >= (slack[k] as number)) (out[k++] as Int32Array)[i] = 0;
    while (k < m) {
      if (p === maxPeriods) throw limitError(path, goals[m - 1] as number, maxPeriods, t);
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      done += history[Math.floor((r >>> 0) * scale)] as number;
      p++;
      while (k < m && done >= (slack[k] as number)) (out[k++] as Int32Array)[i] = p;
    }
  }
  return out;
}

/** @internal Run-length histogram of ascending data. */
export function runs(sorted: ArrayLike<number>): { value: number; count: number; below: number }[] {
  const out: { value: number; count: number; below: number }[] = [];
  let i = 0;
  while (i < sorted.length) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    out.push({ value: v, count: j - i, below: i });
    i = j;
  }
  return out;
}

/**
 * @internal Sorts small non-negative integers (periods) in place by counting: O(n + max)
 * instead of O(n log n), which matters with one array per backlog item.
 */
export function countingSort(values: Int32Array): Int32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++)
    if ((values[i] as number) > max) max = values[i] as number;
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < values.length; i++)
    counts[values[i] as number] = (counts[values[i] as number] as number) + 1;
  let w = 0;
  for (let v = 0; v <= max; v++) for (let c = counts[v] as number; c > 0; c--) values[w++] = v;
  return values;
}
