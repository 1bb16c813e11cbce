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
import { closestKey, readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireArray, requireNumber } from '../../core/internal/validate.js';
import type { Task, TaskConstraint, ThreePointEstimate } from '../types.js';
import {
  CONSTRAINT_KEYS,
  type ConstraintFields,
  checkConstraint,
  Extras,
  type ExtrasSink,
  readConstraint,
  readExtras,
} from './taskExtras.js';

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
  'assignments',
  'cost',
  'deadline',
  'parent',
  'actualStart',
  'actualFinish',
  'remainingDuration',
  'percentComplete',
] as const;
const LINK_KEYS = ['id', 'type', 'lag'] as const;
const ESTIMATE_KEYS = ['optimistic', 'mostLikely', 'pessimistic'] as const;

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

/**
 * @internal The one record of every task with no field beyond id,
 * duration, links, parent and a dated constraint (those two are in the
 * extras).
 */
export const PLAIN_TASK = Object.freeze({}) as Task;

/** @internal What pass 1 read. */
export interface ReadTasks {
  readonly n: number;
  /** Task ids in input order. */
  readonly ids: string[];
  /**
   * Each task's optional fields (`name`, `estimate`, `constraint`, `meta`),
   * freshly copied; one shared empty record for a task without any. Read
   * `id`, `duration` and the links from the other arrays.
   */
  readonly tasks: Task[];
  readonly index: IdIndex;
  readonly durations: Float64Array;
  /** Earliest allowed start: max(0, startNoEarlierThan). */
  readonly lower: Float64Array;
  /** Links of successor s are predStart[s] .. predStart[s+1]-1. */
  readonly predStart: Int32Array;
  readonly links: LinkBuffer;
  /** The issue-18 fields, when some task has one. */
  extras: Extras | undefined;
}

/** @internal Pass 1: reads and validates every task; see the module comment. */
export function readTasks(input: unknown, path: PopmPath): ReadTasks {
  const list = requireArray<unknown>(input, path, 'an array of tasks');
  const n = lengthOf(list, path);
  const out: ReadTasks = {
    n,
    ids: new Array<string>(n),
    tasks: new Array<Task>(n),
    index: createIdIndex(n),
    durations: new Float64Array(n),
    lower: new Float64Array(n),
    predStart: new Int32Array(n + 1),
    links: new LinkBuffer(Math.max(16, 2 * n)),
    extras: undefined,
  };
  const walk = new Walk(path, out);
  let i = 0;
  try {
    for (; i < n; i++) {
      out.predStart[i] = out.links.count;
      readTask(list[i], i, out, walk);
    }
  } catch (e) {
    // A Proxy or getter on the list itself: the entity reader guards each task.
    if (e instanceof Error && e.name === 'PopmError') throw e;
    throw popmError('INVALID_ARGUMENT', [...path, i], 'a readable task object', undefined);
  }
  out.predStart[n] = out.links.count;
  out.links.trim();
  return out;
}

/** The number of bits set in each byte. */
const BITS = Uint8Array.from({ length: 256 }, (_, b) => {
  let c = 0;
  for (let x = b; x > 0; x >>= 1) c += x & 1;
  return c;
});

/** One task's known fields, reused across the walk (a fixed shape, no allocation). */
class TaskFields {
  id: unknown;
  name: unknown;
  duration: unknown;
  dependsOn: unknown;
  estimate: unknown;
  constraint: unknown;
  meta: unknown;
  deadline: unknown;
  parent: unknown;
  actualStart: unknown;
  actualFinish: unknown;
  remainingDuration: unknown;
  percentComplete: unknown;
  reset(): void {
    this.id = this.name = this.duration = this.dependsOn = undefined;
    this.estimate = this.constraint = this.meta = undefined;
    this.deadline = this.parent = this.actualStart = this.actualFinish = undefined;
    this.remainingDuration = this.percentComplete = undefined;
  }
  /**
   * Reads every known key by name; returns how many hold a value, and
   * keeps in `layout` which of them do (one bit per key).
   */
  load(v: Record<string, unknown>): number {
    this.id = v.id;
    this.name = v.name;
    this.duration = v.duration;
    this.dependsOn = v.dependsOn;
    this.estimate = v.estimate;
    this.constraint = v.constraint;
    this.meta = v.meta;
    // Of the issue-18 fields only `parent` (on most rows of a plan with
    // summaries) is read by name; a row with another has more keys than
    // this counts, and takes the key walk, which sets them.
    this.parent = v.parent;
    this.deadline = this.actualStart = this.actualFinish = undefined;
    this.remainingDuration = this.percentComplete = undefined;
    const layout =
      (this.id === undefined ? 0 : 1) |
      (this.name === undefined ? 0 : 2) |
      (this.duration === undefined ? 0 : 4) |
      (this.dependsOn === undefined ? 0 : 8) |
      (this.estimate === undefined ? 0 : 16) |
      (this.constraint === undefined ? 0 : 32) |
      (this.meta === undefined ? 0 : 64) |
      (this.parent === undefined ? 0 : 128);
    this.layout = layout;
    return BITS[layout] as number;
  }
  /** Which known keys the last {@link TaskFields.load} found (one bit per key). */
  layout = 0;
  /** How many of the issue-18 fields hold a value. */
  countExtras(): number {
    return (
      (this.deadline === undefined ? 0 : 1) +
      (this.parent === undefined ? 0 : 1) +
      (this.actualStart === undefined ? 0 : 1) +
      (this.actualFinish === undefined ? 0 : 1) +
      (this.remainingDuration === undefined ? 0 : 1) +
      (this.percentComplete === undefined ? 0 : 1)
    );
  }
  /** Stores one own property; `false` when `key` is not a task key. */
  set(key: string, value: unknown): boolean {
    switch (key) {
      case 'id':
        this.id = value;
        return true;
      case 'duration':
        this.duration = value;
        return true;
      case 'dependsOn':
        this.dependsOn = value;
        return true;
      case 'parent':
        this.parent = value;
        return true;
      case 'name':
        this.name = value;
        return true;
      case 'estimate':
        this.estimate = value;
        return true;
      case 'constraint':
        this.constraint = value;
        return true;
      case 'meta':
        this.meta = value;
        return true;
      case 'assignments':
      case 'cost':
        return true;
      default:
        return this.setExtra(key, value);
    }
  }
  private setExtra(key: string, value: unknown): boolean {
    switch (key) {
      case 'deadline':
        this.deadline = value;
        return true;
      case 'actualStart':
        this.actualStart = value;
        return true;
      case 'actualFinish':
        this.actualFinish = value;
        return true;
      case 'remainingDuration':
        this.remainingDuration = value;
        return true;
      case 'percentComplete':
        this.percentComplete = value;
        return true;
      default:
        return false;
    }
  }
}

/** One constraint's known fields, reused across the walk. */
class ConstraintRecord implements ConstraintFields {
  type: unknown;
  date: unknown;
  startNoEarlierThan: unknown;
  reset(): void {
    this.type = this.date = this.startNoEarlierThan = undefined;
  }
  load(v: Record<string, unknown>): number {
    this.type = v.type;
    this.date = v.date;
    this.startNoEarlierThan = v.startNoEarlierThan;
    return (
      (this.type === undefined ? 0 : 1) +
      (this.date === undefined ? 0 : 1) +
      (this.startNoEarlierThan === undefined ? 0 : 1)
    );
  }
  set(key: string, value: unknown): boolean {
    switch (key) {
      case 'type':
        this.type = value;
        return true;
      case 'date':
        this.date = value;
        return true;
      case 'startNoEarlierThan':
        this.startNoEarlierThan = value;
        return true;
      default:
        return false;
    }
  }
}

/** One link's known fields, reused across the walk. */
class LinkFields {
  id: unknown;
  type: unknown;
  lag: unknown;
  reset(): void {
    this.id = this.type = this.lag = undefined;
  }
  load(v: Record<string, unknown>): number {
    this.id = v.id;
    this.type = v.type;
    this.lag = v.lag;
    return (
      (this.id === undefined ? 0 : 1) +
      (this.type === undefined ? 0 : 1) +
      (this.lag === undefined ? 0 : 1)
    );
  }
  set(key: string, value: unknown): boolean {
    switch (key) {
      case 'id':
        this.id = value;
        return true;
      case 'type':
        this.type = value;
        return true;
      case 'lag':
        this.lag = value;
        return true;
      default:
        return false;
    }
  }
}

interface Fields {
  reset(): void;
  set(key: string, value: unknown): boolean;
  load(v: Record<string, unknown>): number;
}

/** An array's length, `INVALID_ARGUMENT` when a Proxy trap throws instead. */
function lengthOf(list: readonly unknown[], path: PopmPath): number {
  try {
    return list.length;
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable array', undefined);
  }
}

/**
 * Per-call state of the walk: the path prefix, the reused field records,
 * and which unknown keys were already judged (an app's `assignee` on
 * 100,000 rows is compared with the known keys once).
 */
class Walk implements ExtrasSink {
  readonly task = new TaskFields();
  readonly link = new LinkFields();
  readonly constraint = new ConstraintRecord();
  readonly judged = new Map<string, boolean>();
  constructor(
    readonly path: PopmPath,
    private readonly out: ReadTasks,
  ) {}
  /** The read's extras, created on first use. */
  extras(): Extras {
    return extrasOf(this.out);
  }
  /**
   * Read task rows by walking their keys only: set once more than four
   * layouts of known keys have been met. Loads by name are fastest while
   * the rows share a few shapes (a plain network: with or without
   * `dependsOn`); past four, V8's inline caches give up on them
   * (megamorphic), and a row of a plan with summaries and constraints costs
   * a third more than by the key walk.
   */
  byKeys = false;
  private readonly layouts = new Uint8Array(256);
  private layoutCount = 0;
  noteLayout(layout: number): void {
    if (this.layouts[layout] === 1) return;
    this.layouts[layout] = 1;
    if (++this.layoutCount > 4) this.byKeys = true;
  }
  private lastParentId = '';
  private lastParent = -1;
  /** A parent's index; children are usually listed together, so the last one found is tried first. */
  parentOf(id: string): number {
    if (id !== this.lastParentId) {
      this.lastParent = findId(this.out.index, this.out.ids, id);
      this.lastParentId = id;
    }
    return this.lastParent;
  }
}

/**
 * The fast path of the 1.0 entity rule: copies the own enumerable known keys
 * of a readable object into `into` without allocating. Returns `false` when
 * the object needs the full reader ({@link readEntity}): not a non-array
 * object, a near-miss key, a throwing getter or Proxy trap. `byKeys` walks
 * the keys only (see {@link Walk.noteLayout}); otherwise each known key is
 * loaded by name and the walk only counts the keys.
 */
function scan(
  value: unknown,
  knownList: readonly string[],
  into: Fields,
  judged: Map<string, boolean>,
  byKeys: boolean,
): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  try {
    // With Object.prototype as the prototype (checked), named loads find own
    // keys only, and for-in walks V8's enum cache without allocating.
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    const v = value as Record<string, unknown>;
    if (byKeys) return scanKeys(v, knownList, into, judged);
    const present = into.load(v);
    let keys = 0;
    for (const _ in v) keys++;
    // As many enumerable keys as known keys with a value: the usual row, done.
    // (A non-enumerable own known key is read here, where the full reader
    // would skip it; it is the object's own data either way.)
    if (keys === present) return true;
    return scanKeys(v, knownList, into, judged);
  } catch {
    return false;
  }
}

/**
 * The key walk of {@link scan}: each own enumerable key, its value loaded
 * by the walked key (V8 reads the field by its index in the enum cache,
 * whatever the object's shape).
 */
function scanKeys(
  v: Record<string, unknown>,
  knownList: readonly string[],
  into: Fields,
  judged: Map<string, boolean>,
): boolean {
  into.reset();
  for (const key in v)
    if (!into.set(key, v[key]) && isNearMiss(key, knownList, judged)) return false;
  return true;
}

function isNearMiss(key: string, known: readonly string[], judged: Map<string, boolean>): boolean {
  let near = judged.get(key);
  if (near === undefined) {
    near = closestKey(key, known) !== undefined;
    judged.set(key, near);
  }
  return near;
}

/** Fills `into` from the full reader, which throws the error the fast path deferred. */
function readSlow(
  value: unknown,
  path: PopmPath,
  knownList: readonly string[],
  into: Fields,
  what: string,
): void {
  const rec = readEntity(value, path, knownList, what) as Record<string, unknown>;
  into.reset();
  for (const key of knownList) into.set(key, rec[key]);
}

/** A non-empty id, not seen before: indexed. */
function readId(id: unknown, i: number, out: ReadTasks, walk: Walk): string {
  if (typeof id !== 'string' || id.length === 0)
    throw popmError('INVALID_ARGUMENT', [...walk.path, i, 'id'], 'a non-empty string id', id);
  // One probe per task finds a repeated id and inserts a new one.
  const first = addId(out.index, out.ids, id, i);
  if (first >= 0)
    throw popmError('DUPLICATE_ID', [...walk.path, i, 'id'], 'a unique id', id, {
      id,
      firstIndex: first,
    });
  out.ids[i] = id;
  return id;
}

function readTask(value: unknown, i: number, out: ReadTasks, walk: Walk): void {
  const t = walk.task;
  const byKeys = walk.byKeys;
  if (!scan(value, TASK_KEYS, t, walk.judged, byKeys))
    readSlow(value, [...walk.path, i], TASK_KEYS, t, 'a task object');
  else if (!byKeys) walk.noteLayout(t.layout);
  const id = readId(t.id, i, out, walk);
  const name = t.name;
  if (name !== undefined && typeof name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...walk.path, i, 'name'], 'a string', name);
  const d = readDuration(t.duration, i, out, walk);
  const estimate =
    t.estimate === undefined ? undefined : readEstimate(t.estimate, [...walk.path, i, 'estimate']);
  const constraint =
    t.constraint === undefined ? undefined : readTaskConstraint(t.constraint, i, out, walk);
  const meta = t.meta === undefined ? undefined : readMeta(t.meta, [...walk.path, i, 'meta']);
  const deps = t.dependsOn;
  const extra = t.countExtras();
  if (extra > 0) readExtras(t, i, extrasOf(out), walk);
  // Most tasks carry nothing beyond id, duration and links: they share one
  // empty record (internal only; the typed arrays hold the rest). A dated
  // constraint is kept in the extras (its type and day), a parent too.
  const plain =
    name === undefined &&
    estimate === undefined &&
    (constraint === undefined || 'type' in constraint) &&
    meta === undefined;
  // A parent alone is kept in the extras (most rows of a plan with summaries).
  const onlyParent = extra === 0 || (extra === 1 && t.parent !== undefined);
  out.tasks[i] = plain && onlyParent ? PLAIN_TASK : record(t, id, d, estimate, constraint, meta);
  if (deps !== undefined) readLinks(deps, i, out, walk);
}

/** A duration `>= 0`; an absent one is noted (allowed on a summary only, checked once parents are known). */
function readDuration(d: unknown, i: number, out: ReadTasks, walk: Walk): number {
  if (d === undefined) {
    extrasOf(out).missingDuration[i] = 1;
    out.durations[i] = 0;
    return 0;
  }
  if (typeof d !== 'number' || !(d >= 0) || d === Number.POSITIVE_INFINITY)
    requireNumber(d, [...walk.path, i, 'duration'], { min: 0 });
  out.durations[i] = d as number;
  return d as number;
}

function readTaskConstraint(value: unknown, i: number, out: ReadTasks, walk: Walk): TaskConstraint {
  const c = walk.constraint;
  if (!scan(value, CONSTRAINT_KEYS, c, walk.judged, false))
    return readConstraint(value, walk, i, out.lower);
  return checkConstraint(c, walk, i, out.lower);
}

function readLinks(value: unknown, i: number, out: ReadTasks, walk: Walk): void {
  if (!Array.isArray(value))
    requireArray(value, [...walk.path, i, 'dependsOn'], 'an array of dependencies');
  const deps = value as readonly unknown[];
  let count: number;
  try {
    count = deps.length;
  } catch {
    throw popmError(
      'INVALID_ARGUMENT',
      [...walk.path, i, 'dependsOn'],
      'a readable array',
      undefined,
    );
  }
  const links = out.links;
  links.reserve(count);
  const { index, ids } = out;
  const pred = links.pred;
  let e = links.count;
  for (let j = 0; j < count; j++, e++) {
    const dep = deps[j];
    let predId: unknown = dep;
    // The slots are zero (FS, no lag, a plain id) until written: each is written once.
    if (typeof dep !== 'string') {
      predId = readLink(dep, i, j, links, e, walk);
      links.isObject[e] = 1;
    }
    if (typeof predId !== 'string' || predId.length === 0)
      throw popmError(
        'INVALID_ARGUMENT',
        typeof dep === 'string'
          ? [...walk.path, i, 'dependsOn', j]
          : [...walk.path, i, 'dependsOn', j, 'id'],
        'a non-empty string id',
        predId,
      );
    const p = findId(index, ids, predId);
    pred[e] = p;
    if (p < 0) links.pendingIds.push(predId);
  }
  links.count = e;
}

/** Reads a `{ id, type, lag }` link into slot `e`; returns its id, unchecked. */
function readLink(
  dep: unknown,
  i: number,
  j: number,
  links: LinkBuffer,
  e: number,
  walk: Walk,
): unknown {
  const rec = walk.link;
  if (!scan(dep, LINK_KEYS, rec, walk.judged, false))
    readSlow(
      dep,
      [...walk.path, i, 'dependsOn', j],
      LINK_KEYS,
      rec,
      'an id or a { id, type, lag } link',
    );
  const type = rec.type;
  if (type !== undefined) {
    const code = linkCode(type);
    if (code < 0)
      throw popmError(
        'INVALID_ARGUMENT',
        [...walk.path, i, 'dependsOn', j, 'type'],
        "one of 'FS', 'SS', 'FF', 'SF'",
        type,
      );
    links.type[e] = code;
  }
  const lag = rec.lag;
  if (lag !== undefined) {
    if (typeof lag !== 'number' || !Number.isFinite(lag))
      requireNumber(lag, [...walk.path, i, 'dependsOn', j, 'lag']);
    links.lag[e] = lag as number;
  }
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

function extrasOf(out: ReadTasks): Extras {
  if (out.extras === undefined) out.extras = new Extras(out.n);
  return out.extras;
}

/** A task's optional fields as read (the new fields copied as given: strings and numbers). */
function record(
  t: TaskFields,
  id: string,
  duration: number,
  estimate: ThreePointEstimate | undefined,
  constraint: TaskConstraint | undefined,
  meta: Readonly<Record<string, unknown>> | undefined,
): Task {
  return {
    id,
    name: t.name as string | undefined,
    duration,
    estimate,
    constraint,
    meta,
    deadline: t.deadline as string | undefined,
    parent: t.parent as string | undefined,
    actualStart: t.actualStart as string | undefined,
    actualFinish: t.actualFinish as string | undefined,
    remainingDuration: t.remainingDuration as number | undefined,
    percentComplete: t.percentComplete as number | undefined,
  };
}
