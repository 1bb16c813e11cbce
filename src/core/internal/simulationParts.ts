import { type PopmPath, popmError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type {
  DefaultPercentile,
  Distribution,
  HistogramRow,
  OutcomeTable,
  Shard,
  SimulationPart,
} from '../simulation.js';
import type { PercentileMethod } from '../stats.js';
import { UNKNOWN_KEY_RULE } from './errorText.js';
import { type PartShape, partShapeOf } from './partShapes.js';
import { closestKey, readEntity, readOptions } from './readObject.js';
import { percentileOfSorted, sumUnchecked } from './statsKernels.js';
import { hashSeed } from './stream.js';
import { requireArray, requireNumber, requireOneOf } from './validate.js';

/** @internal Default trials. */
export const DEFAULT_TRIALS = 10_000;

/** @internal Default seed. */
export const DEFAULT_SEED = 1;

/** @internal Most trials accepted. */
export const MAX_TRIALS = 10_000_000;

/** @internal The contract's default percentiles. */
export const DEFAULT_PERCENTILES: readonly DefaultPercentile[] = Object.freeze([50, 70, 85, 95]);

/** @internal The option keys every simulation reads. */
export const SIMULATION_KEYS = ['trials', 'seed', 'percentiles', 'method', 'shard'] as const;

/** @internal Validated simulation options. */
export interface SimulationSettings {
  readonly trials: number;
  readonly seed: number | string;
  /** 32-bit hash of the seed, the root of every trial's stream. */
  readonly key: number;
  readonly percentiles: readonly number[];
  readonly method: PercentileMethod;
  readonly shard: Shard | null;
  /** First trial this run computes. */
  readonly start: number;
  /** One past the last trial this run computes. */
  readonly end: number;
}

/**
 * @internal Trials per block: shards hold whole blocks, so a kernel may sum a
 * block's values in trial order and add the block sums exactly, and get the
 * same figure whichever shard computed the block.
 */
export const SUM_BLOCK = 64;

/** @internal The trials of shard `index` of `count`: `[start, end)`, whole blocks. */
export function shardRange(trials: number, index: number, count: number): [number, number] {
  const blocks = Math.ceil(trials / SUM_BLOCK);
  const from = Math.floor((index * blocks) / count);
  const to = Math.floor(((index + 1) * blocks) / count);
  return [Math.min(trials, from * SUM_BLOCK), Math.min(trials, to * SUM_BLOCK)];
}

/**
 * @internal Reads the contract's options from an already read options record
 * (see `readOptions`), `path` being the record's path.
 */
export function readSimulation(
  rec: { readonly [k: string]: unknown },
  path: PopmPath,
): SimulationSettings {
  const trials =
    rec.trials === undefined
      ? DEFAULT_TRIALS
      : requireNumber(rec.trials, [...path, 'trials'], { min: 1, max: MAX_TRIALS, integer: true });
  const seed = rec.seed === undefined ? DEFAULT_SEED : rec.seed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string'))
    throw popmError('INVALID_ARGUMENT', [...path, 'seed'], 'a finite number or a string', seed);
  const percentiles = readPercentiles(rec.percentiles, [...path, 'percentiles']);
  const method =
    rec.method === undefined
      ? 'nearest-rank'
      : requireOneOf(rec.method, ['nearest-rank', 'linear'] as const, [...path, 'method']);
  let shard: Shard | null = null;
  let start = 0;
  let end = trials;
  if (rec.shard !== undefined) {
    shard = readShard(rec.shard, [...path, 'shard']);
    [start, end] = shardRange(trials, shard.index, shard.count);
  }
  return { trials, seed, key: hashSeed(seed), percentiles, method, shard, start, end };
}

function readShard(value: unknown, path: PopmPath): Shard {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, 'a shard { index, count }', value);
  let count: unknown;
  let index: unknown;
  try {
    for (const k of Object.keys(value))
      if (k !== 'index' && k !== 'count')
        throw popmError('INVALID_ARGUMENT', [...path, k], 'a known key', k, {
          key: k,
          known: ['index', 'count'],
        });
    count = (value as Record<string, unknown>).count;
    index = (value as Record<string, unknown>).index;
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') throw e;
    throw popmError('INVALID_ARGUMENT', path, 'a readable plain object', value);
  }
  const c = requireNumber(count, [...path, 'count'], { min: 1, max: MAX_TRIALS, integer: true });
  const i = requireNumber(index, [...path, 'index'], { min: 0, max: c - 1, integer: true });
  return { index: i, count: c };
}

function readPercentiles(value: unknown, path: PopmPath): readonly number[] {
  if (value === undefined) return DEFAULT_PERCENTILES;
  const list = requireArray<unknown>(value, path, 'an array of percentiles');
  if (list.length === 0) throw popmError('EMPTY_INPUT', path, 'at least one percentile', list);
  if (list.length > 1000)
    throw popmError('LIMIT_EXCEEDED', path, 'at most 1,000 percentiles', list.length);
  const seen = new Set<number>();
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = requireNumber(list[i], [...path, i], { minExclusive: 0, max: 100 });
    if (seen.has(v)) throw popmError('INVALID_ARGUMENT', [...path, i], 'no repeated percentile', v);
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** @internal How a distribution is summarised. */
export interface DistributionStyle {
  /** Read percentiles from the high end (`forecastHowMany`: "at least N in p% of trials"). */
  readonly descending?: boolean | undefined;
  /** Equal-width bins for continuous outcomes; omitted: one row per distinct outcome. */
  readonly bins?: number | undefined;
}

/** @internal The shared distribution of an ascending, non-empty array of outcomes. */
export function distributionOf(
  sorted: ArrayLike<number>,
  settings: Pick<SimulationSettings, 'percentiles' | 'method'>,
  style: DistributionStyle = {},
): Distribution<number> {
  const n = sorted.length;
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  // Every trial equal: report that value itself, not a float average of it.
  const mean = min === max ? min : sumUnchecked(sorted) / n;
  let ss = 0;
  if (min !== max)
    for (let i = 0; i < n; i++) {
      const d = (sorted[i] as number) - mean;
      ss += d * d;
    }
  const stdDev = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const source: ArrayLike<number> =
    style.descending === true ? Float64Array.from(sorted).reverse() : sorted;
  const percentiles: Record<number, number> = {};
  for (const p of settings.percentiles)
    percentiles[p] = percentileOfSorted(source, p, settings.method);
  return {
    mean,
    stdDev,
    min,
    max,
    percentiles,
    histogram: style.bins === undefined ? distinctRows(sorted) : binnedRows(sorted, style.bins),
  };
}

function distinctRows(sorted: ArrayLike<number>): HistogramRow[] {
  const n = sorted.length;
  const out: HistogramRow[] = [];
  let i = 0;
  while (i < n) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    out.push({ value: v, count: j - i, cumulative: j / n });
    i = j;
  }
  return out;
}

function binnedRows(sorted: ArrayLike<number>, bins: number): HistogramRow[] {
  const n = sorted.length;
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (min === max) return [{ value: max, count: n, cumulative: 1 }];
  const width = (max - min) / bins;
  const out: HistogramRow[] = [];
  let i = 0;
  for (let k = 0; k < bins; k++) {
    const edge = k === bins - 1 ? max : min + (k + 1) * width;
    let j = i;
    while (j < n && (sorted[j] as number) <= edge) j++;
    out.push({ value: edge, count: j - i, cumulative: j / n });
    i = j;
  }
  return out;
}

/** @internal A value → count table of ascending outcomes. */
export function tableOf(sorted: ArrayLike<number>): OutcomeTable {
  const values: number[] = [];
  const counts: number[] = [];
  const n = sorted.length;
  let i = 0;
  while (i < n) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    values.push(v);
    counts.push(j - i);
    i = j;
  }
  return { values, counts };
}

/**
 * @internal A sorted copy of outcomes as a Float64Array (−0 as 0, so tables
 * round-trip through JSON). Small non-negative integers (periods) are sorted
 * by counting: O(n + max), several times faster than a comparison sort.
 */
export function sortedCopy(values: Float64Array | Int32Array): Float64Array {
  if (values instanceof Int32Array) {
    const counted = countingSorted(values);
    if (counted !== null) return counted;
  }
  const n = values.length;
  const out = Float64Array.from(values);
  for (let i = 0; i < n; i++) if (out[i] === 0) out[i] = 0;
  return out.sort();
}

/** Sorts small non-negative integers by counting; `null` when they are not such. */
function countingSorted(values: Int32Array): Float64Array | null {
  const n = values.length;
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (min !== 0 || max > 4 * n + 1024) return null;
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < n; i++)
    counts[values[i] as number] = (counts[values[i] as number] as number) + 1;
  const out = new Float64Array(n);
  let w = 0;
  for (let v = 0; v <= max; v++) for (let c = counts[v] as number; c > 0; c--) out[w++] = v;
  return out;
}

// ---------------------------------------------------------------------------
// Exact, order-independent sums (Shewchuk's expansions, as Python's fsum).

/** @internal Adds `x` exactly to the expansion `partials` (in place). */
export function exactAdd(partials: number[], x: number): void {
  let i = 0;
  let v = x;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j] as number;
    if (Math.abs(v) < Math.abs(y)) {
      const t = v;
      v = y;
      y = t;
    }
    const hi = v + y;
    const lo = y - (hi - v);
    if (lo !== 0) partials[i++] = lo;
    v = hi;
  }
  partials.length = i;
  partials.push(v);
}

/** @internal The correctly rounded value of an expansion (independent of how it was built). */
export function exactValue(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  n--;
  let hi = partials[n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n--;
    const y = partials[n] as number;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (
    n > 0 &&
    ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))
  ) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi + 0;
}

// ---------------------------------------------------------------------------
// Parts and their merge.

function hash32(text: string, seed: number): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** @internal A 64-bit hex fingerprint of a call's JSON. */
export function fingerprintOf(fn: string, call: unknown): string {
  const text = `${fn}:${JSON.stringify(call)}`;
  return (
    hash32(text, 0x9747b28c).toString(16).padStart(8, '0') +
    hash32(text, 0x2545f491).toString(16).padStart(8, '0')
  );
}

/** @internal What a kernel computed over its trials. */
export interface RawOutcomes {
  /** Per name, one array (or several, e.g. per backlog item) of outcomes per trial. */
  readonly outcomes: Readonly<Record<string, readonly (Float64Array | Int32Array)[]>>;
  readonly sums?: Readonly<Record<string, readonly number[][]>> | undefined;
  readonly counts?: Readonly<Record<string, readonly number[]>> | undefined;
  /**
   * Outcome names the finisher reads only through `percentileOfAny` (one
   * percentile of each array): an unsharded run hands them over unsorted
   * instead of sorting every array. Parts and merges are unchanged.
   */
  readonly selectOnly?: readonly string[] | undefined;
}

/**
 * @internal Outcomes (sorted, but for the `selectOnly` names of an unsharded
 * run, which are in trial order) and totals over all trials, for a finisher.
 */
export interface MergedOutcomes {
  readonly outcomes: Readonly<Record<string, readonly Float64Array[]>>;
  readonly sums: Readonly<Record<string, readonly number[]>>;
  readonly counts: Readonly<Record<string, readonly number[]>>;
}

/** @internal The merged form of one run's own outcomes (no shard). */
export function ownOutcomes(raw: RawOutcomes): MergedOutcomes {
  const outcomes: Record<string, Float64Array[]> = {};
  const keep = new Set(raw.selectOnly ?? []);
  for (const [name, list] of Object.entries(raw.outcomes))
    outcomes[name] = list.map((a) => (keep.has(name) ? Float64Array.from(a) : sortedCopy(a)));
  const sums: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(raw.sums ?? {})) sums[name] = list.map(exactValue);
  const counts: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(raw.counts ?? {})) counts[name] = [...list];
  return { outcomes, sums, counts };
}

/** @internal Packs a shard's outcomes into a {@link SimulationPart}. */
export function makePart(
  fn: string,
  call: unknown,
  settings: SimulationSettings,
  context: unknown,
  raw: RawOutcomes,
): SimulationPart {
  const outcomes: Record<string, OutcomeTable[]> = {};
  for (const [name, list] of Object.entries(raw.outcomes))
    outcomes[name] = list.map((a) => tableOf(sortedCopy(a)));
  const sums: Record<string, number[][]> = {};
  for (const [name, list] of Object.entries(raw.sums ?? {}))
    sums[name] = list.map((p) => p.map((x) => x + 0));
  const counts: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(raw.counts ?? {})) counts[name] = [...list];
  return {
    kind: 'popm.simulation-part',
    function: fn,
    fingerprint: fingerprintOf(fn, call),
    trials: settings.trials,
    seed: settings.seed,
    shard: settings.shard as Shard,
    range: [settings.start, settings.end],
    context,
    outcomes,
    sums,
    counts,
  };
}

/** Largest outcome a part may carry (the simulations' own stay far below). */
const MAX_OUTCOME = 1e100;

const PART_KEYS = [
  'kind',
  'function',
  'fingerprint',
  'trials',
  'seed',
  'shard',
  'range',
  'context',
  'outcomes',
  'sums',
  'counts',
] as const;

function isPlain(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function finiteList(value: unknown, path: PopmPath, what: string): number[] {
  const list = requireArray<unknown>(value, path, what);
  return list.map((v, i) => requireNumber(v, [...path, i]));
}

/** @internal The parts of one call, checked, with their outcomes combined. */
export interface CombinedParts {
  readonly function: string;
  readonly context: unknown;
  readonly trials: number;
  readonly seed: number | string;
  readonly merged: MergedOutcomes;
}

/**
 * @internal Checks that `parts` are all the shares of one call (same function,
 * fingerprint, trials, seed and shard count; every index once; each range
 * the one its index gives; outcome tables that add up to their range) and
 * combines their outcomes. Parts arrive as untrusted data: each is read
 * field by field.
 */
export function combineParts(parts: unknown, path: PopmPath): CombinedParts {
  const list = requireArray<unknown>(parts, path, 'an array of simulation parts');
  if (list.length === 0) throw popmError('EMPTY_INPUT', path, 'at least one simulation part', list);
  const read = list.map((p, i) => readPart(p, [...path, i]));
  const first = read[0] as ReadPart;
  const seen = new Set<number>();
  read.forEach((p, i) => {
    const at: PopmPath = [...path, i];
    for (const key of ['function', 'fingerprint', 'trials', 'seed'] as const)
      if (p[key] !== first[key])
        throw popmError(
          'INVALID_ARGUMENT',
          [...at, key],
          `parts of one call (${key} ${JSON.stringify(first[key])})`,
          p[key],
        );
    if (p.shard.count !== first.shard.count)
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'shard', 'count'],
        `parts of one call (shard count ${first.shard.count})`,
        p.shard.count,
      );
    if (seen.has(p.shard.index))
      throw popmError('DUPLICATE_ID', [...at, 'shard', 'index'], 'each shard once', p.shard.index);
    seen.add(p.shard.index);
    const [s, e] = shardRange(p.trials, p.shard.index, p.shard.count);
    if (p.range[0] !== s || p.range[1] !== e)
      throw popmError('INVALID_ARGUMENT', [...at, 'range'], `the range [${s}, ${e}]`, p.range);
  });
  if (seen.size !== first.shard.count)
    throw popmError(
      'INVALID_ARGUMENT',
      path,
      `all ${first.shard.count} shards of the call`,
      `${seen.size} shard(s)`,
    );
  // Every part must carry the same named outcomes, sums and counts.
  const shape = (p: ReadPart) =>
    JSON.stringify([
      Object.entries(p.outcomes).map(([k, v]) => [k, v.length]),
      Object.entries(p.sums).map(([k, v]) => [k, v.length]),
      Object.entries(p.counts).map(([k, v]) => [k, v.length]),
    ]);
  const firstShape = shape(first);
  read.forEach((p, i) => {
    if (shape(p) !== firstShape)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, i],
        'parts of one call (same outcomes)',
        p.function,
      );
  });
  const outcomes: Record<string, Float64Array[]> = {};
  for (const [name, tables] of Object.entries(first.outcomes)) {
    outcomes[name] = tables.map((_, k) => {
      const all = new Float64Array(first.trials);
      let w = 0;
      for (const p of read) {
        const t = (p.outcomes[name] as OutcomeTable[])[k] as OutcomeTable;
        for (let j = 0; j < t.values.length; j++)
          for (let c = t.counts[j] as number; c > 0; c--) all[w++] = t.values[j] as number;
      }
      return all.sort();
    });
  }
  const sums: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(first.sums))
    sums[name] = list.map((_, k) => {
      const acc: number[] = [];
      for (const p of read)
        for (const x of (p.sums[name] as number[][])[k] as number[]) exactAdd(acc, x);
      return exactValue(acc);
    });
  const counts: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(first.counts))
    counts[name] = list.map((_, k) => {
      let c = 0;
      for (const p of read) c += (p.counts[name] as number[])[k] as number;
      return c;
    });
  return {
    function: first.function,
    context: first.context,
    trials: first.trials,
    seed: first.seed,
    merged: { outcomes, sums, counts },
  };
}

interface ReadPart {
  readonly function: string;
  readonly fingerprint: string;
  readonly trials: number;
  readonly seed: number | string;
  readonly shard: Shard;
  readonly range: readonly [number, number];
  readonly context: unknown;
  readonly outcomes: Record<string, OutcomeTable[]>;
  readonly sums: Record<string, number[][]>;
  readonly counts: Record<string, number[]>;
}

function readRecord(value: unknown, path: PopmPath): Record<string, unknown> {
  if (!isPlain(value)) throw popmError('INVALID_ARGUMENT', path, 'an object', value);
  const out: Record<string, unknown> = {};
  try {
    for (const k of Object.keys(value))
      Object.defineProperty(out, k, { value: value[k], enumerable: true, writable: true });
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable plain object', value);
  }
  return out;
}

/** One outcome table of a part: ascending values, counts >= 1 adding up to the part's trials. */
function readOutcomeTable(t: unknown, at: PopmPath, size: number): OutcomeTable {
  const tr = readEntity(t, at, TABLE_KEYS, 'an outcome table { values, counts }');
  const values = finiteList(tr.values, [...at, 'values'], 'ascending outcomes');
  const counts = finiteList(tr.counts, [...at, 'counts'], 'trial counts');
  if (values.length !== counts.length)
    throw popmError('INVALID_ARGUMENT', [...at, 'counts'], 'one count per value', counts);
  let total = 0;
  for (let j = 0; j < values.length; j++) {
    checkOutcomeValue(values, j, at);
    const c = counts[j] as number;
    if (!Number.isInteger(c) || c < 1)
      throw popmError('OUT_OF_RANGE', [...at, 'counts', j], 'an integer >= 1', c);
    total += c;
  }
  if (total !== size)
    throw popmError('INVALID_ARGUMENT', [...at, 'counts'], `counts adding up to ${size}`, total);
  return { values, counts };
}

const TABLE_KEYS = ['values', 'counts'] as const;

/**
 * A part's named outcomes, sums or counts: with the function's shape, only
 * its known names (a near-miss refused with its suggestion, others ignored);
 * without it, every name.
 */
function readNamed(value: unknown, path: PopmPath, known: readonly string[] | undefined) {
  return Object.entries(
    known === undefined ? readRecord(value, path) : readEntity(value, path, known, 'an object'),
  );
}

/** A part's context: strict by the function's shape (popm's own format), as given otherwise. */
function checkContext(value: unknown, path: PopmPath, shape: PartShape | undefined): void {
  if (shape !== undefined) readOptions(value, path, shape.context);
}

function checkOutcomeValue(values: readonly number[], j: number, at: PopmPath): void {
  if (Math.abs(values[j] as number) > MAX_OUTCOME)
    throw popmError(
      'OUT_OF_RANGE',
      [...at, 'values', j],
      `an outcome within ±${MAX_OUTCOME}`,
      values[j],
    );
  if (j > 0 && !((values[j] as number) > (values[j - 1] as number)))
    throw popmError('INVALID_ARGUMENT', [...at, 'values', j], 'ascending outcomes', values[j]);
}

function readPart(value: unknown, path: PopmPath): ReadPart {
  const rec = readRecord(value, path);
  for (const k of Object.keys(rec))
    if (!(PART_KEYS as readonly string[]).includes(k))
      throw popmError('INVALID_ARGUMENT', [...path, k], UNKNOWN_KEY_RULE, k, {
        key: k,
        suggestion: closestKey(k, PART_KEYS, false),
        known: [...PART_KEYS],
      });
  if (rec.kind !== 'popm.simulation-part')
    throw popmError('INVALID_ARGUMENT', [...path, 'kind'], "'popm.simulation-part'", rec.kind);
  if (typeof rec.function !== 'string')
    throw popmError('INVALID_ARGUMENT', [...path, 'function'], 'a function name', rec.function);
  if (typeof rec.fingerprint !== 'string')
    throw popmError('INVALID_ARGUMENT', [...path, 'fingerprint'], 'a fingerprint', rec.fingerprint);
  const trials = requireNumber(rec.trials, [...path, 'trials'], {
    min: 1,
    max: MAX_TRIALS,
    integer: true,
  });
  const seed = rec.seed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string'))
    throw popmError('INVALID_ARGUMENT', [...path, 'seed'], 'a finite number or a string', seed);
  const shard = readShard(rec.shard, [...path, 'shard']);
  const range = finiteList(rec.range, [...path, 'range'], 'a trial range [start, end]');
  if (range.length !== 2)
    throw popmError('INVALID_ARGUMENT', [...path, 'range'], 'a trial range [start, end]', range);
  const size = (range[1] as number) - (range[0] as number);
  const shape = partShapeOf(rec.function);
  checkContext(rec.context, [...path, 'context'], shape);
  const outcomes: Record<string, OutcomeTable[]> = {};
  for (const [name, v] of readNamed(rec.outcomes, [...path, 'outcomes'], shape?.outcomes)) {
    const at: PopmPath = [...path, 'outcomes', name];
    outcomes[name] = requireArray<unknown>(v, at, 'outcome tables').map((t, k) =>
      readOutcomeTable(t, [...at, k], size),
    );
  }
  const sums: Record<string, number[][]> = {};
  for (const [name, v] of readNamed(rec.sums, [...path, 'sums'], shape?.sums)) {
    const at: PopmPath = [...path, 'sums', name];
    sums[name] = requireArray<unknown>(v, at, 'expansions').map((e, k) =>
      finiteList(e, [...at, k], 'an expansion'),
    );
  }
  const counts: Record<string, number[]> = {};
  for (const [name, v] of readNamed(rec.counts, [...path, 'counts'], shape?.counts)) {
    const at: PopmPath = [...path, 'counts', name];
    counts[name] = finiteList(v, at, 'counts').map((c, k) => {
      if (!Number.isInteger(c) || c < 0 || c > size)
        throw popmError('OUT_OF_RANGE', [...at, k], `an integer 0..${size}`, c);
      return c;
    });
  }
  return {
    function: rec.function,
    fingerprint: rec.fingerprint,
    trials,
    seed,
    shard,
    range: [range[0] as number, range[1] as number],
    context: rec.context,
    outcomes,
    sums,
    counts,
  };
}

/** @internal What a finisher turns into a result: the whole run's outcomes. */
export interface FinishInput {
  /** The call's context (JSON data; untrusted when it came from a part). */
  readonly context: unknown;
  readonly trials: number;
  readonly seed: number | string;
  readonly merged: MergedOutcomes;
}

/**
 * @internal The end of every simulation: a part when `shard` was given,
 * otherwise the finished result. Both paths go through the same JSON form of
 * the context and the same finisher as {@link mergeSimulations}, so a merged
 * run equals the run in one piece.
 */
export function finishOrPart<R>(
  fn: string,
  call: unknown,
  settings: SimulationSettings,
  context: unknown,
  raw: RawOutcomes,
  finish: (input: FinishInput) => R,
): R | SimulationPart<R> {
  const ctx: unknown = JSON.parse(JSON.stringify(context));
  if (settings.shard !== null)
    return deepFreeze(makePart(fn, call, settings, ctx, raw)) as SimulationPart<R>;
  return deepFreeze(
    finish({
      context: ctx,
      trials: settings.trials,
      seed: settings.seed,
      merged: ownOutcomes(raw),
    }),
  );
}

/**
 * @internal Reads a finisher's context as a record, and the contract's
 * `percentiles` and `method` from it.
 */
export function readContext(
  input: FinishInput,
  path: PopmPath,
): { rec: Record<string, unknown>; settings: SimulationSettings } {
  const rec = readRecord(input.context, [...path, 'context']);
  const settings = readSimulation(
    { trials: input.trials, seed: input.seed, percentiles: rec.percentiles, method: rec.method },
    [...path, 'context'],
  );
  return { rec, settings };
}

/** @internal The outcomes named `name` (one array, or `count` arrays) of a finisher's input. */
export function outcomesOf(
  input: FinishInput,
  name: string,
  path: PopmPath,
): readonly Float64Array[] {
  const list = input.merged.outcomes[name];
  if (list === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'outcomes', name],
      'the outcomes of the call',
      undefined,
    );
  return list;
}
