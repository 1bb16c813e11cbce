/**
 * @internal The compiled schedule network shared by every plan function:
 * validated once, stored in typed arrays (compressed sparse rows), ordered
 * topologically by Kahn's algorithm, so each pass is linear in tasks + links.
 */
import { popmError } from '../core/errors.js';
import { findCycle, requireArray, requireNumber, requireObject } from '../core/validate.js';
import type { Dependency, Task } from './types.js';

/** @internal Link type codes in the typed arrays. */
export const FS = 0;
/** @internal */
export const SS = 1;
/** @internal */
export const FF = 2;
/** @internal */
export const SF = 3;

/** The code of a link type, `-1` when it is not one (string comparisons, no lookup). */
function linkCode(type: unknown): number {
  if (type === 'FS') return FS;
  if (type === 'SS') return SS;
  if (type === 'FF') return FF;
  if (type === 'SF') return SF;
  return -1;
}

/** @internal */
export interface Network {
  /** Number of tasks. */
  readonly n: number;
  /** Number of links. */
  readonly m: number;
  /** Task ids in input order. */
  readonly ids: readonly string[];
  /** The validated tasks, input order. */
  readonly tasks: readonly Task[];
  /** Durations from the tasks. */
  readonly durations: Float64Array;
  /** Earliest allowed start: max(0, startNoEarlierThan). */
  readonly lower: Float64Array;
  /** Links of successor s are predStart[s] .. predStart[s+1]-1 (grouped by successor). */
  readonly predStart: Int32Array;
  /** Predecessor task of each link. */
  readonly linkPred: Int32Array;
  /** Successor task of each link. */
  readonly linkSucc: Int32Array;
  /** Link type code of each link. */
  readonly linkType: Uint8Array;
  /** Lag of each link. */
  readonly lag: Float64Array;
  /** Links leaving task p are succLinks[succStart[p] .. succStart[p+1]-1], by successor input order. */
  readonly succStart: Int32Array;
  /** Link indexes grouped by predecessor. */
  readonly succLinks: Int32Array;
  /** A topological order (Kahn, FIFO from input order). */
  readonly order: Int32Array;
}

/**
 * @internal Validates `tasks` and builds the {@link Network}.
 * @throws PopmError as {@link validatePlan}
 */
export function compileNetwork(
  input: unknown,
  path: readonly (string | number)[] = ['tasks'],
): Network {
  const tasks = requireArray<Task>(input, path, 'an array of tasks');
  const n = tasks.length;
  const ids: string[] = new Array<string>(n);
  const index = createIdIndex(n);
  const durations = new Float64Array(n);
  const lower = new Float64Array(n);
  const predStart = new Int32Array(n + 1);
  // Link arrays grow by doubling; links are grouped by successor in input order.
  let cap = Math.max(16, 2 * n);
  let linkType = new Uint8Array(cap);
  let lag = new Float64Array(cap);
  // Predecessor of each link, or -1 for an id not seen yet (listed later, or unknown).
  let linkPred = new Int32Array(cap);
  // The ids of the -1 links, in link order, resolved in the second pass.
  const pendingIds: string[] = [];
  let e = 0;
  // Pass 1, one walk over the input: validate, index the ids, collect the
  // links, and look up each predecessor while its id string is in cache (a
  // miss costs one probe of the flat table). Error paths are built only when
  // a rule breaks.
  for (let i = 0; i < n; i++) {
    predStart[i] = e;
    const t = tasks[i] as unknown as Record<string, unknown>;
    if (t === null || typeof t !== 'object' || Array.isArray(t))
      requireObject(t, [...path, i], 'a task object');
    const id = t.id;
    if (typeof id !== 'string' || id.length === 0)
      throw popmError('INVALID_ARGUMENT', [...path, i, 'id'], 'a non-empty string id', id);
    // One probe per task finds a repeated id and inserts a new one.
    if (addId(index, ids, id, i) >= 0)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', id, {
        id,
        firstIndex: ids.indexOf(id),
      });
    ids[i] = id;
    if (t.name !== undefined && typeof t.name !== 'string')
      throw popmError('INVALID_ARGUMENT', [...path, i, 'name'], 'a string', t.name);
    const d = t.duration;
    if (typeof d !== 'number' || !(d >= 0) || d === Number.POSITIVE_INFINITY)
      requireNumber(d, [...path, i, 'duration'], { min: 0 });
    durations[i] = d as number;
    if (t.estimate !== undefined) checkEstimate(t.estimate, [...path, i, 'estimate']);
    if (t.constraint !== undefined) {
      const c = requireObject(t.constraint, [...path, i, 'constraint'], 'a constraint object');
      lower[i] = requireNumber(
        c.startNoEarlierThan,
        [...path, i, 'constraint', 'startNoEarlierThan'],
        { min: 0 },
      );
    }
    const deps = t.dependsOn as readonly unknown[] | undefined;
    if (deps === undefined) continue;
    if (!Array.isArray(deps))
      requireArray(deps, [...path, i, 'dependsOn'], 'an array of dependencies');
    if (e + deps.length > cap) {
      cap = Math.max(2 * cap, e + deps.length);
      linkType = grow(linkType, new Uint8Array(cap));
      lag = grow(lag, new Float64Array(cap));
      linkPred = grow(linkPred, new Int32Array(cap));
    }
    for (let j = 0; j < deps.length; j++) {
      const dep = deps[j];
      let predId: unknown;
      let type = FS;
      let lagValue = 0;
      const isLink = typeof dep !== 'string';
      if (!isLink) predId = dep;
      else {
        if (dep === null || typeof dep !== 'object' || Array.isArray(dep))
          requireObject(dep, [...path, i, 'dependsOn', j], 'an id or a { id, type, lag } link');
        const rec = dep as Record<string, unknown>;
        predId = rec.id;
        if (rec.type !== undefined) {
          const code = linkCode(rec.type);
          if (code < 0)
            throw popmError(
              'INVALID_ARGUMENT',
              [...path, i, 'dependsOn', j, 'type'],
              "one of 'FS', 'SS', 'FF', 'SF'",
              rec.type,
            );
          type = code;
        }
        if (rec.lag !== undefined) {
          const l = rec.lag;
          if (typeof l !== 'number' || !Number.isFinite(l))
            requireNumber(l, [...path, i, 'dependsOn', j, 'lag']);
          lagValue = l as number;
        }
      }
      if (typeof predId !== 'string' || predId.length === 0)
        throw popmError(
          'INVALID_ARGUMENT',
          depPath(path, i, j, isLink),
          'a non-empty string id',
          predId,
        );
      linkType[e] = type;
      lag[e] = lagValue;
      const p = findId(index, ids, predId);
      linkPred[e] = p;
      if (p < 0) pendingIds.push(predId);
      e++;
    }
  }
  predStart[n] = e;
  const m = e;
  linkType = linkType.subarray(0, m);
  lag = lag.subarray(0, m);
  linkPred = linkPred.subarray(0, m);

  // Pass 2, over the flat link arrays: resolve the ids listed later, reject
  // unknown ids, self-links and repeated predecessors, count successors.
  let pending = 0;
  const linkSucc = new Int32Array(m);
  const succStart = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  // seen[p] === i marks p as already a predecessor of task i.
  const seen = new Int32Array(n).fill(-1);
  let forward = true;
  for (let i = 0; i < n; i++) {
    const a = predStart[i] as number;
    const b = predStart[i + 1] as number;
    indegree[i] = b - a;
    for (let k = a; k < b; k++) {
      let p = linkPred[k] as number;
      if (p < 0) p = findId(index, ids, pendingIds[pending++] as string);
      if (p < 0 || p === i || seen[p] === i) {
        const j = k - a;
        const dep = (tasks[i] as Task).dependsOn?.[j] as Dependency;
        const predId = typeof dep === 'string' ? dep : dep.id;
        const isLink = typeof dep !== 'string';
        const at = depPath(path, i, j, isLink);
        if (p < 0)
          throw popmError('NOT_FOUND', at, 'the id of a task in the plan', predId, {
            id: predId,
            task: ids[i],
          });
        if (p === i)
          throw popmError('CYCLE', at, 'no dependency loop', predId, { cycle: [predId] });
        throw duplicateLink(path, i, j, isLink, predId, ids[i] as string);
      }
      seen[p] = i;
      if (p > i) forward = false;
      linkPred[k] = p;
      linkSucc[k] = i;
      succStart[p + 1] = (succStart[p + 1] as number) + 1;
    }
  }

  // Successor lists (CSR), filled in link order, hence by successor input order.
  for (let i = 0; i < n; i++)
    succStart[i + 1] = (succStart[i + 1] as number) + (succStart[i] as number);
  const fill = succStart.slice(0, n);
  const succLinks = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const p = linkPred[k] as number;
    succLinks[fill[p] as number] = k;
    fill[p] = (fill[p] as number) + 1;
  }

  // Kahn's algorithm, FIFO seeded in input order. When every link already
  // points forward in the input (the usual way plans are written), the input
  // order is topological and kept as is: the passes then walk memory in order.
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  if (forward) {
    for (let i = 0; i < n; i++) order[i] = i;
    head = tail = n;
  } else for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const p = order[head++] as number;
    for (let k = succStart[p] as number, end = succStart[p + 1] as number; k < end; k++) {
      const s = linkSucc[succLinks[k] as number] as number;
      const left = (indegree[s] as number) - 1;
      indegree[s] = left;
      if (left === 0) order[tail++] = s;
    }
  }
  if (tail < n) {
    const remaining: string[] = [];
    for (let i = 0; i < n; i++) if ((indegree[i] as number) > 0) remaining.push(ids[i] as string);
    const predsOf = (id: string): string[] => {
      const s = findId(index, ids, id);
      const out: string[] = [];
      for (let k = predStart[s] as number; k < (predStart[s + 1] as number); k++) {
        const p = linkPred[k] as number;
        if ((indegree[p] as number) > 0) out.push(ids[p] as string);
      }
      return out;
    };
    // findCycle walks "depends on" edges; reverse it so each id precedes the next.
    const loop = (findCycle(remaining, predsOf) as string[]).reverse();
    const at = findId(index, ids, loop[0] as string);
    throw popmError('CYCLE', [...path, at, 'dependsOn'], 'no dependency loop', loop.join(' -> '), {
      cycle: loop,
    });
  }

  return {
    n,
    m,
    ids,
    tasks,
    durations,
    lower,
    predStart,
    linkPred,
    linkSucc,
    linkType,
    lag,
    succStart,
    succLinks,
    order,
  };
}

/**
 * @internal Ids to task indexes: open addressing with linear probing in one
 * typed array of (hash, index + 1) pairs, sized once to a power of two at
 * least twice the task count. Flat and allocated once, it stays far smaller
 * than a `Map` of the same ids, so a 100,000-task plan's lookups mostly hit
 * the cache; ids are compared only when their 32-bit hashes agree.
 */
interface IdIndex {
  readonly mask: number;
  readonly slots: Int32Array;
}

function createIdIndex(n: number): IdIndex {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return { mask: size - 1, slots: new Int32Array(2 * size) };
}

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser to spread the bits. */
function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

/** Inserts `id` as task `i`, or returns the index already holding it (`-1` when new). */
function addId(index: IdIndex, ids: readonly string[], id: string, i: number): number {
  const { mask, slots } = index;
  const h = hashId(id);
  let b = h & mask;
  for (;;) {
    const at = slots[2 * b + 1] as number;
    if (at === 0) {
      slots[2 * b] = h;
      slots[2 * b + 1] = i + 1;
      return -1;
    }
    if (slots[2 * b] === h && ids[at - 1] === id) return at - 1;
    b = (b + 1) & mask;
  }
}

/** The index of task `id`, `-1` when absent. */
function findId(index: IdIndex, ids: readonly string[], id: string): number {
  const { mask, slots } = index;
  const h = hashId(id);
  let b = h & mask;
  for (;;) {
    const at = slots[2 * b + 1] as number;
    if (at === 0) return -1;
    if (slots[2 * b] === h && ids[at - 1] === id) return at - 1;
    b = (b + 1) & mask;
  }
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function depPath(
  path: readonly (string | number)[],
  task: number,
  j: number,
  isLink: boolean,
): (string | number)[] {
  return isLink ? [...path, task, 'dependsOn', j, 'id'] : [...path, task, 'dependsOn', j];
}

function duplicateLink(
  path: readonly (string | number)[],
  task: number,
  j: number,
  isLink: boolean,
  predId: string,
  taskId: string,
) {
  return popmError(
    'DUPLICATE_ID',
    depPath(path, task, j, isLink),
    'each predecessor listed once',
    predId,
    { id: predId, task: taskId },
  );
}

/** @internal Validates a three-point estimate. */
export function checkEstimate(value: unknown, path: readonly (string | number)[]): void {
  const est = requireObject(value, path, 'an { optimistic, mostLikely, pessimistic } estimate');
  const o = requireNumber(est.optimistic, [...path, 'optimistic'], { min: 0 });
  const ml = requireNumber(est.mostLikely, [...path, 'mostLikely']);
  const p = requireNumber(est.pessimistic, [...path, 'pessimistic']);
  if (ml < o)
    throw popmError('OUT_OF_RANGE', [...path, 'mostLikely'], `a number >= optimistic (${o})`, ml);
  if (p < ml)
    throw popmError('OUT_OF_RANGE', [...path, 'pessimistic'], `a number >= mostLikely (${ml})`, p);
}

/** @internal Typed buffers for one pass over a network. */
export interface Pass {
  readonly es: Float64Array;
  readonly ls: Float64Array;
  /** Project duration after {@link runPasses}. */
  duration: number;
}

/** @internal Allocates buffers for {@link runPasses}. */
export function createPass(n: number): Pass {
  return { es: new Float64Array(n), ls: new Float64Array(n), duration: 0 };
}

/**
 * @internal Forward and backward passes for durations `d`: fills ES and LS
 * (EF = ES + d, LF = LS + d) and the project duration. Each link is a
 * difference constraint on the two start times, so ES is the least and LS the
 * greatest schedule that meets every link and finishes by the project end.
 */
export function runPasses(net: Network, d: Float64Array, pass: Pass): void {
  const { n, order, predStart, linkPred, linkType, lag, succStart, succLinks, linkSucc, lower } =
    net;
  const { es, ls } = pass;
  let finish = 0;
  for (let k = 0; k < n; k++) {
    const s = order[k] as number;
    const ds = d[s] as number;
    let start = lower[s] as number;
    for (let e = predStart[s] as number, end = predStart[s + 1] as number; e < end; e++) {
      const p = linkPred[e] as number;
      const t = linkType[e];
      let c: number;
      if (t === FS) c = (es[p] as number) + (d[p] as number) + (lag[e] as number);
      else if (t === SS) c = (es[p] as number) + (lag[e] as number);
      else if (t === FF) c = (es[p] as number) + (d[p] as number) + (lag[e] as number) - ds;
      else c = (es[p] as number) + (lag[e] as number) - ds;
      if (c > start) start = c;
    }
    es[s] = start;
    if (start + ds > finish) finish = start + ds;
  }
  if (finish === Number.POSITIVE_INFINITY)
    throw popmError('OUT_OF_RANGE', ['tasks'], 'a project duration below 1.8e308 days', finish);
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k] as number;
    const dp = d[p] as number;
    let late = finish - dp;
    for (let j = succStart[p] as number, end = succStart[p + 1] as number; j < end; j++) {
      const e = succLinks[j] as number;
      const s = linkSucc[e] as number;
      const t = linkType[e];
      let c: number;
      if (t === FS) c = (ls[s] as number) - (lag[e] as number) - dp;
      else if (t === SS) c = (ls[s] as number) - (lag[e] as number);
      else if (t === FF) c = (ls[s] as number) + (d[s] as number) - (lag[e] as number) - dp;
      else c = (ls[s] as number) + (d[s] as number) - (lag[e] as number);
      if (c < late) late = c;
    }
    ls[p] = late;
  }
  pass.duration = finish;
}

/**
 * @internal How much later than its link allows the successor could be:
 * `>= 0` after a forward pass; `0` when the link drives the successor.
 */
export function linkSlack(net: Network, d: Float64Array, es: Float64Array, e: number): number {
  const p = net.linkPred[e] as number;
  const s = net.linkSucc[e] as number;
  const t = net.linkType[e];
  const lagE = net.lag[e] as number;
  const esP = es[p] as number;
  const esS = es[s] as number;
  if (t === FS) return esS - (esP + (d[p] as number) + lagE);
  if (t === SS) return esS - (esP + lagE);
  if (t === FF) return esS + (d[s] as number) - (esP + (d[p] as number) + lagE);
  return esS + (d[s] as number) - (esP + lagE);
}

/** @internal The default tolerance for float comparisons on a schedule of length `duration`. */
export function defaultTolerance(duration: number): number {
  return 1e-9 * Math.max(1, Math.abs(duration));
}
