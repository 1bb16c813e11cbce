/**
 * @internal Pass 1 of compiling a plan: one walk over the input that reads
 * each task through the 1.0 entity reader (near-miss keys rejected, other
 * keys ignored, a fresh copy), validates its fields, indexes its id and
 * collects its links. Each predecessor is looked up while its id string is
 * in cache; an id listed later than its successor waits in `pendingIds` for
 * pass 2 ({@link resolveLinks}). Error paths are built only when a rule breaks.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { addId, createIdIndex, findId, type IdIndex } from '../../core/internal/idIndex.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireArray, requireNumber } from '../../core/validate.js';
import type { Task, TaskConstraint, ThreePointEstimate } from '../types.js';

/** @internal Link type codes in the typed arrays. */
export const FS = 0;
/** @internal */
export const SS = 1;
/** @internal */
export const FF = 2;
/** @internal */
export const SF = 3;

/** @internal The keys a task may have (the 1.0 unknown-key rule compares against them). */
export const TASK_KEYS = [
  'id',
  'name',
  'duration',
  'dependsOn',
  'estimate',
  'constraint',
  'meta',
] as const;
const LINK_KEYS = ['id', 'type', 'lag'] as const;
const ESTIMATE_KEYS = ['optimistic', 'mostLikely', 'pessimistic'] as const;
const CONSTRAINT_KEYS = ['startNoEarlierThan'] as const;

/** The code of a link type, `-1` when it is not one (string comparisons, no lookup). */
function linkCode(type: unknown): number {
  if (type === 'FS') return FS;
  if (type === 'SS') return SS;
  if (type === 'FF') return FF;
  if (type === 'SF') return SF;
  return -1;
}

/** @internal Link arrays that grow by doubling; links are grouped by successor in input order. */
export class LinkBuffer {
  count = 0;
  type: Uint8Array;
  lag: Float64Array;
  /** Predecessor of each link, or `-1` for an id not seen yet (listed later, or unknown). */
  pred: Int32Array;
  /** `1` when the link was written as a `{ id, type, lag }` object (its id path ends in `'id'`). */
  isObject: Uint8Array;
  /** The ids of the `-1` links, in link order. */
  readonly pendingIds: string[] = [];

  constructor(cap: number) {
    this.type = new Uint8Array(cap);
    this.lag = new Float64Array(cap);
    this.pred = new Int32Array(cap);
    this.isObject = new Uint8Array(cap);
  }

  /** Makes room for `extra` more links. */
  reserve(extra: number): void {
    const need = this.count + extra;
    if (need <= this.pred.length) return;
    const cap = Math.max(2 * this.pred.length, need);
    this.type = grow(this.type, new Uint8Array(cap));
    this.lag = grow(this.lag, new Float64Array(cap));
    this.pred = grow(this.pred, new Int32Array(cap));
    this.isObject = grow(this.isObject, new Uint8Array(cap));
  }

  /** Drops the spare capacity. */
  trim(): void {
    const m = this.count;
    this.type = this.type.subarray(0, m);
    this.lag = this.lag.subarray(0, m);
    this.pred = this.pred.subarray(0, m);
    this.isObject = this.isObject.subarray(0, m);
  }
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** @internal What pass 1 read. */
export interface ReadTasks {
  readonly n: number;
  /** Task ids in input order. */
  readonly ids: string[];
  /** Fresh, frozen copies of the tasks (no `dependsOn`: the links hold it). */
  readonly tasks: Task[];
  readonly index: IdIndex;
  readonly durations: Float64Array;
  /** Earliest allowed start: max(0, startNoEarlierThan). */
  readonly lower: Float64Array;
  /** Links of successor s are predStart[s] .. predStart[s+1]-1. */
  readonly predStart: Int32Array;
  readonly links: LinkBuffer;
}

/** @internal Pass 1: reads and validates every task; see the module comment. */
export function readTasks(input: unknown, path: PopmPath): ReadTasks {
  const list = requireArray<unknown>(input, path, 'an array of tasks');
  const n = list.length;
  const out: ReadTasks = {
    n,
    ids: new Array<string>(n),
    tasks: new Array<Task>(n),
    index: createIdIndex(n),
    durations: new Float64Array(n),
    lower: new Float64Array(n),
    predStart: new Int32Array(n + 1),
    links: new LinkBuffer(Math.max(16, 2 * n)),
  };
  for (let i = 0; i < n; i++) {
    out.predStart[i] = out.links.count;
    readTask(list[i], [...path, i], i, out);
  }
  out.predStart[n] = out.links.count;
  out.links.trim();
  return out;
}

function readTask(value: unknown, at: PopmPath, i: number, out: ReadTasks): void {
  const t = readEntity(value, at, TASK_KEYS, 'a task object');
  const id = t.id;
  if (typeof id !== 'string' || id.length === 0)
    throw popmError('INVALID_ARGUMENT', [...at, 'id'], 'a non-empty string id', id);
  // One probe per task finds a repeated id and inserts a new one.
  const first = addId(out.index, out.ids, id, i);
  if (first >= 0)
    throw popmError('DUPLICATE_ID', [...at, 'id'], 'a unique id', id, { id, firstIndex: first });
  out.ids[i] = id;
  if (t.name !== undefined && typeof t.name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...at, 'name'], 'a string', t.name);
  const d = t.duration;
  if (typeof d !== 'number' || !(d >= 0) || d === Number.POSITIVE_INFINITY)
    requireNumber(d, [...at, 'duration'], { min: 0 });
  out.durations[i] = d as number;
  const estimate =
    t.estimate === undefined ? undefined : readEstimate(t.estimate, [...at, 'estimate']);
  let constraint: TaskConstraint | undefined;
  if (t.constraint !== undefined) {
    constraint = readConstraint(t.constraint, [...at, 'constraint']);
    out.lower[i] = constraint.startNoEarlierThan;
  }
  const meta = t.meta === undefined ? undefined : readMeta(t.meta, [...at, 'meta']);
  out.tasks[i] = Object.freeze({
    id,
    ...(t.name === undefined ? {} : { name: t.name as string }),
    duration: d as number,
    ...(estimate === undefined ? {} : { estimate }),
    ...(constraint === undefined ? {} : { constraint }),
    ...(meta === undefined ? {} : { meta }),
  });
  if (t.dependsOn !== undefined) readLinks(t.dependsOn, [...at, 'dependsOn'], out);
}

function readLinks(value: unknown, at: PopmPath, out: ReadTasks): void {
  const deps = requireArray<unknown>(value, at, 'an array of dependencies');
  const links = out.links;
  links.reserve(deps.length);
  for (let j = 0; j < deps.length; j++) {
    const dep = deps[j];
    const e = links.count;
    let predId: unknown = dep;
    links.type[e] = FS;
    links.lag[e] = 0;
    links.isObject[e] = 0;
    if (typeof dep !== 'string') {
      predId = readLink(dep, [...at, j], links, e);
      links.isObject[e] = 1;
    }
    if (typeof predId !== 'string' || predId.length === 0)
      throw popmError(
        'INVALID_ARGUMENT',
        typeof dep === 'string' ? [...at, j] : [...at, j, 'id'],
        'a non-empty string id',
        predId,
      );
    const p = findId(out.index, out.ids, predId);
    links.pred[e] = p;
    if (p < 0) links.pendingIds.push(predId);
    links.count = e + 1;
  }
}

/** Reads a `{ id, type, lag }` link into slot `e`; returns its id, unchecked. */
function readLink(dep: unknown, at: PopmPath, links: LinkBuffer, e: number): unknown {
  const rec = readEntity(dep, at, LINK_KEYS, 'an id or a { id, type, lag } link');
  if (rec.type !== undefined) {
    const code = linkCode(rec.type);
    if (code < 0)
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'type'],
        "one of 'FS', 'SS', 'FF', 'SF'",
        rec.type,
      );
    links.type[e] = code;
  }
  if (rec.lag !== undefined) links.lag[e] = requireNumber(rec.lag, [...at, 'lag']);
  return rec.id;
}

/** @internal Reads a three-point estimate into a fresh frozen object. */
export function readEstimate(value: unknown, path: PopmPath): ThreePointEstimate {
  const est = readEntity(
    value,
    path,
    ESTIMATE_KEYS,
    'an { optimistic, mostLikely, pessimistic } estimate',
  );
  const optimistic = requireNumber(est.optimistic, [...path, 'optimistic'], { min: 0 });
  const mostLikely = requireNumber(est.mostLikely, [...path, 'mostLikely']);
  const pessimistic = requireNumber(est.pessimistic, [...path, 'pessimistic']);
  if (mostLikely < optimistic)
    throw popmError(
      'OUT_OF_RANGE',
      [...path, 'mostLikely'],
      `a number >= optimistic (${optimistic})`,
      mostLikely,
    );
  if (pessimistic < mostLikely)
    throw popmError(
      'OUT_OF_RANGE',
      [...path, 'pessimistic'],
      `a number >= mostLikely (${mostLikely})`,
      pessimistic,
    );
  // A spread whose variance overflows has no PERT figures (about 1e154 days).
  if (!Number.isFinite(((pessimistic - optimistic) / 6) ** 2))
    throw popmError(
      'OUT_OF_RANGE',
      [...path, 'pessimistic'],
      'a spread pessimistic − optimistic below 6e154 (a finite variance)',
      pessimistic,
    );
  return Object.freeze({ optimistic, mostLikely, pessimistic });
}

function readConstraint(value: unknown, path: PopmPath): TaskConstraint {
  const c = readEntity(value, path, CONSTRAINT_KEYS, 'a constraint object');
  const startNoEarlierThan = requireNumber(c.startNoEarlierThan, [...path, 'startNoEarlierThan'], {
    min: 0,
  });
  return Object.freeze({ startNoEarlierThan });
}
