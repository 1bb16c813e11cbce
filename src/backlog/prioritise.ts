import { castDraft, produce } from 'immer';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  findCycle,
  isRecord,
  requireNumber,
  requireObject,
  requireOneOf,
} from '../core/validate.js';
import { cd3 } from './cd3.js';
import { type IceMode, ice } from './ice.js';
import { at, optionsRecord, requireBacklog, reroot } from './internal.js';
import { moscowScore } from './moscow.js';
import { rice } from './rice.js';
import type { Backlog, BacklogItem, ScoreBreakdown } from './types.js';
import { MOSCOW_CATEGORIES } from './types.js';
import { type ValueEffortThresholds, valueEffort } from './valueEffort.js';
import { weightedScore } from './weightedScore.js';
import { wsjf } from './wsjf.js';

/** A built-in prioritisation method; each reads the item field of the same name. */
export type PrioritisationMethod =
  | 'wsjf'
  | 'rice'
  | 'ice'
  | 'cd3'
  | 'moscow'
  | 'value-effort'
  | 'weighted';

/**
 * Every {@link PrioritisationMethod}.
 *
 * @example
 * PRIORITISATION_METHODS.includes('rice'); //=> true
 */
export const PRIORITISATION_METHODS: readonly PrioritisationMethod[] = Object.freeze([
  'wsjf',
  'rice',
  'ice',
  'cd3',
  'moscow',
  'value-effort',
  'weighted',
] as const);

/**
 * A custom scoring function: the item's score and breakdown, or `null` when
 * the item lacks what the function needs (it is then listed as unscored).
 */
export type ScoreFunction = (item: BacklogItem) => ScoreBreakdown | null;

/** Options of {@link prioritise}. */
export interface PrioritiseOptions {
  /** Keep every item below the open items it depends on (default `true`). */
  readonly respectDependencies?: boolean;
  /** Weights by criterion; required for `'weighted'`. */
  readonly weights?: Readonly<Record<string, number>>;
  /** ICE combination, default `'product'`. */
  readonly iceMode?: IceMode;
  /** Value/effort matrix thresholds (default 5 and 5). */
  readonly valueEffortThresholds?: ValueEffortThresholds;
}

/** How an item came to its place in a {@link PrioritiseResult}. */
export type RankState = 'scored' | 'unscored' | 'closed';

/** One line of a {@link PrioritiseResult}'s ranking. */
export interface RankedItem {
  /** The item's id. */
  readonly id: string;
  /** 1-based position in the new backlog. */
  readonly rank: number;
  /** The method's score, or `null` when the item lacks the method's inputs. */
  readonly score: number | null;
  /** The figures that produced the score (the method's result), or `null`. */
  readonly breakdown: ScoreBreakdown | null;
  /** `'scored'`, `'unscored'` (open, no inputs) or `'closed'` (done or won't-do). */
  readonly state: RankState;
  /** True when the item was lifted above its score order because a higher item depends on it. */
  readonly lifted: boolean;
}

/** Result of {@link prioritise}. */
export interface PrioritiseResult {
  /** The re-ordered backlog (the same object when nothing moved). */
  readonly backlog: Backlog;
  /** Every item in its new order with its score and breakdown. */
  readonly ranking: readonly RankedItem[];
  /** Ids of open items without the method's inputs, in their new order. */
  readonly unscored: readonly string[];
  /** Ids of items lifted to sit above an item that depends on them, in their new order. */
  readonly lifted: readonly string[];
  /** The method's name (`'custom'` for a function). */
  readonly method: PrioritisationMethod | 'custom';
}

// Where each method's inputs sit in an item, for error paths.
const FIELD: Readonly<Record<PrioritisationMethod, readonly string[]>> = {
  wsjf: ['wsjf'],
  rice: ['rice'],
  ice: ['ice'],
  cd3: ['cd3'],
  moscow: ['moscow'],
  'value-effort': ['valueEffort'],
  weighted: [],
};

const UNSCORED = 1;
const CLOSED = 2;
const STATES: readonly RankState[] = ['scored', 'unscored', 'closed'];

type Scorer = (item: BacklogItem) => ScoreBreakdown | null;

function builtIn(method: PrioritisationMethod, o: PrioritiseOptions): Scorer {
  switch (method) {
    case 'wsjf': {
      // Estimates on SAFe's scale repeat: build each distinct breakdown once
      // (equal and frozen, so sharing it is safe) and spare 100,000 objects.
      const memo = new Map<number, ScoreBreakdown>();
      return (item) => {
        const w = item.wsjf;
        if (w === undefined) return null;
        const a = w.businessValue;
        const b = w.timeCriticality;
        const c = w.riskReduction;
        const d = w.jobSize;
        if (!(smallInt(a) && smallInt(b) && smallInt(c) && smallInt(d))) return wsjf(w);
        const key = a | (b << 7) | (c << 14) | (d << 21);
        let r = memo.get(key);
        if (r === undefined) {
          r = wsjf(w);
          memo.set(key, r);
        }
        return r;
      };
    }
    case 'rice':
      return (item) => (item.rice === undefined ? null : rice(item.rice));
    case 'ice': {
      const mode: IceMode =
        o.iceMode === undefined
          ? 'product'
          : requireOneOf(o.iceMode, ['product', 'average'], ['options', 'iceMode']);
      return (item) => (item.ice === undefined ? null : ice(item.ice, { mode }));
    }
    case 'cd3':
      return (item) => (item.cd3 === undefined ? null : cd3(item.cd3));
    case 'moscow':
      return (item) => {
        if (item.moscow === undefined) return null;
        if (!MOSCOW_CATEGORIES.includes(item.moscow))
          throw popmError(
            'INVALID_ARGUMENT',
            [],
            "one of 'must', 'should', 'could', 'wont'",
            item.moscow,
          );
        return moscowScore(item.moscow);
      };
    case 'value-effort': {
      const t = o.valueEffortThresholds ?? {};
      const tr = requireObject(t, ['options', 'valueEffortThresholds']);
      for (const key of ['value', 'effort'])
        if (tr[key] !== undefined)
          requireNumber(tr[key], ['options', 'valueEffortThresholds', key]);
      return (item) => (item.valueEffort === undefined ? null : valueEffort(item.valueEffort, t));
    }
    case 'weighted': {
      if (o.weights === undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          ['options', 'weights'],
          "weights for method 'weighted'",
          undefined,
        );
      const weights = requireObject(o.weights, ['options', 'weights']) as Readonly<
        Record<string, number>
      >;
      at(['options'], () =>
        weightedScore(Object.fromEntries(Object.keys(weights).map((k) => [k, 0])), weights),
      );
      const names = Object.keys(weights);
      return (item) => {
        const c = item.criteria;
        if (c === undefined) return null;
        for (const k of names) if (!Object.hasOwn(c, k)) return null;
        return weightedScore(c, weights);
      };
    }
  }
}

/** An integer 0…127 (not −0): a WSJF estimate that fits 7 bits of a memo key. */
function smallInt(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v && v >= 0 && v < 128 && (v !== 0 || 1 / v > 0);
}

/**
 * Orders a backlog by a prioritisation method. Higher score first; equal
 * scores keep their current order (stable). Open items without the method's
 * inputs are listed in `unscored` and placed after the scored ones, never
 * silently given 0. Done and won't-do items go last, in their current order.
 *
 * With `respectDependencies` (default) no item ranks above an open item it
 * depends on, and only enablers move: an item moves up only when an item
 * ranked above it depends on it (directly or through others). Such an enabler
 * inherits the highest score among the items that need it and is placed just
 * before the first of them; several enablers of one item keep their own score
 * order as far as their own dependencies allow. Every item that is not lifted
 * keeps its score order, so the highest-scoring work keeps its place and
 * pulls its enablers forward — which can lift an unscored enabler above
 * scored items. Dependencies on done or won't-do items impose no order. Same
 * input, same order; prioritising the result again returns it unchanged (the
 * same backlog object). Items with equal small-integer WSJF inputs share one
 * frozen breakdown object (equal values, built once).
 *
 * @param backlog - the backlog
 * @param method - a {@link PrioritisationMethod} or a {@link ScoreFunction}
 * @param options - dependencies, weights for `'weighted'`, ICE mode, value/effort thresholds
 * @returns the new backlog, the ranking with every score's breakdown, the unscored and lifted ids
 * @throws PopmError `INVALID_ARGUMENT` for an unknown method, options that are not an
 *   object, `'weighted'` without weights, or (respecting dependencies) a hand-built
 *   item whose `dependsOn` is not an array; an item's input errors at `['items', index, field, …]`; `INVALID_NUMBER` at
 *   `['items', index, 'score']` when a custom function returns a non-finite score;
 *   `NOT_FOUND` / `CYCLE` for a hand-built backlog with an unknown dependency or a loop;
 *   `LIMIT_EXCEEDED` if the dependency order has not settled after 50 passes (a safety
 *   cap: it settles in one or two)
 * @example
 * const b = createBacklog([
 *   { id: 'a', title: 'A', wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 } },
 *   { id: 'b', title: 'B', wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 }, dependsOn: ['c'] },
 *   { id: 'c', title: 'C' },
 * ]);
 * const r = prioritise(b, 'wsjf');
 * r.backlog.items.map((i) => i.id); //=> ['c', 'b', 'a']
 * r.unscored; //=> ['c']
 * r.lifted;   //=> ['c']
 * r.ranking[1]; //=> { id: 'b', rank: 2, score: 5, breakdown: { score: 5, costOfDelay: 15, … }, state: 'scored', lifted: false }
 */
export function prioritise(
  backlog: Backlog,
  method: PrioritisationMethod | ScoreFunction,
  options: PrioritiseOptions = {},
): PrioritiseResult {
  const b = requireBacklog(backlog);
  const o = optionsRecord(options) as PrioritiseOptions;
  if (o.respectDependencies !== undefined && typeof o.respectDependencies !== 'boolean')
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'respectDependencies'],
      'a boolean',
      o.respectDependencies,
    );
  const respect = o.respectDependencies !== false;
  let scorer: Scorer;
  let methodName: PrioritisationMethod | 'custom';
  let field: readonly string[] = [];
  if (typeof method === 'function') {
    methodName = 'custom';
    scorer = (item) => {
      const r = method(item);
      return r === null ? null : deepFreeze(r);
    };
  } else {
    methodName = requireOneOf(method, PRIORITISATION_METHODS, ['method']);
    scorer = builtIn(methodName, o);
    field = FIELD[methodName];
  }

  const items = b.items;
  const n = items.length;
  const custom = typeof method === 'function';
  const scores = new Float64Array(n);
  const own = new Float64Array(n); // the score, −∞ for unscored
  const breakdowns: (ScoreBreakdown | null)[] = new Array(n);
  const kinds = new Uint8Array(n); // SCORED (0), UNSCORED or CLOSED
  let openCount = 0;
  const withDeps: number[] = []; // open items with dependencies
  // Ids read while each item is at hand: resolving dependencies scans them again.
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i] as BacklogItem;
    ids[i] = item.id;
    let r: ScoreBreakdown | null;
    try {
      r = scorer(item);
    } catch (e) {
      throw reroot(e, ['items', i, ...field]);
    }
    let s = Number.NEGATIVE_INFINITY;
    if (r !== null) {
      // Built-in results are records; their quotient may still overflow.
      const got = custom && !isRecord(r) ? undefined : r.score;
      if (typeof got !== 'number' || !Number.isFinite(got))
        throw popmError('INVALID_NUMBER', ['items', i, 'score'], 'a finite score', got, {
          id: item.id,
        });
      s = got;
      scores[i] = got;
    }
    own[i] = s;
    breakdowns[i] = r;
    if (item.status === 'done' || item.status === 'wont-do') kinds[i] = CLOSED;
    else {
      if (r === null) kinds[i] = UNSCORED;
      openCount += 1;
      if (respect) {
        const deps: unknown = item.dependsOn;
        if (!Array.isArray(deps))
          throw popmError('INVALID_ARGUMENT', ['items', i, 'dependsOn'], 'an array of ids', deps, {
            id: item.id,
          });
        if (deps.length > 0) withDeps.push(i);
      }
    }
  }
  // Own score order of the open items: scored by score, then the unscored
  // (−∞), each stable.
  const openItems = new Int32Array(openCount);
  for (let i = 0, k = 0; i < n; i++) if (kinds[i] !== CLOSED) openItems[k++] = i;
  const sequence = orderByScore(openItems, own);
  const liftedFlags = new Uint8Array(n);
  const arranged =
    respect && withDeps.length > 0
      ? resolveDependencies(items, ids, sequence, withDeps, own, liftedFlags)
      : sequence;
  const order = new Int32Array(n);
  order.set(arranged);
  for (let i = 0, k = openCount; i < n; i++) if (kinds[i] === CLOSED) order[k++] = i;

  // Walk the new order once for the backlog and the id lists, then build the
  // ranking in storage order: sequential reads of items, scores and breakdowns
  // are much cheaper than following the new order through memory.
  let same = true;
  const rankOf = new Int32Array(n);
  const newItems: BacklogItem[] = new Array(n);
  const unscoredIds: string[] = [];
  const liftedIds: string[] = [];
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    if (i !== r) same = false;
    rankOf[i] = r;
    const item = items[i] as BacklogItem;
    newItems[r] = item;
    if (kinds[i] === UNSCORED) unscoredIds.push(item.id);
    if (liftedFlags[i] === 1) liftedIds.push(item.id);
  }
  const ranking: RankedItem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rankOf[i] as number;
    const breakdown = breakdowns[i] as ScoreBreakdown | null;
    ranking[r] = Object.freeze({
      id: (items[i] as BacklogItem).id,
      rank: r + 1,
      score: breakdown === null ? null : (scores[i] as number),
      breakdown,
      state: STATES[kinds[i] as number] as RankState,
      lifted: liftedFlags[i] === 1,
    });
  }
  const next = same
    ? b
    : produce(b, (draft) => {
        draft.items = castDraft(Object.freeze(newItems));
      });
  return Object.freeze({
    backlog: next,
    ranking: Object.freeze(ranking),
    unscored: Object.freeze(unscoredIds),
    lifted: Object.freeze(liftedIds),
    method: methodName,
  });
}

// Scratch views to hash a float64 by its bits.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * `indexes` in descending key order; equal keys keep their order in
 * `indexes` (−0 and 0 are equal). A stable counting sort: each index gets the
 * id of its distinct key from an open-addressing hash of the key's bits, only
 * the distinct keys are sorted (usually a few hundred: WSJF on a Fibonacci
 * scale, MoSCoW, quadrants), then one pass places every index.
 */
function orderByScore(indexes: Int32Array, keys: Float64Array): Int32Array {
  const m = indexes.length;
  const out = new Int32Array(m);
  if (m === 0) return out;
  let cap = 16;
  while (cap < 2 * m) cap *= 2;
  const mask = cap - 1;
  const slotKey = new Float64Array(cap);
  const slotId = new Int32Array(cap).fill(-1);
  const distinct: number[] = [];
  const idOf = new Int32Array(m);
  let lastKey = Number.NaN;
  let lastId = -1;
  for (let p = 0; p < m; p++) {
    const key = (keys[indexes[p] as number] as number) + 0; // −0 → 0
    if (key !== lastKey) {
      F64[0] = key;
      let h = Math.imul((U32[0] as number) ^ Math.imul(U32[1] as number, 0x9e3779b1), 0x85ebca6b);
      h = (h ^ (h >>> 15)) & mask;
      for (;;) {
        const id = slotId[h] as number;
        if (id < 0) {
          lastId = distinct.length;
          distinct.push(key);
          slotId[h] = lastId;
          slotKey[h] = key;
          break;
        }
        if (slotKey[h] === key) {
          lastId = id;
          break;
        }
        h = (h + 1) & mask;
      }
      lastKey = key;
    }
    idOf[p] = lastId;
  }
  // Bucket of each distinct key, highest key first.
  const d = distinct.length;
  const byKey = Array.from({ length: d }, (_, id) => id).sort(
    (a, b) => (distinct[b] as number) - (distinct[a] as number) || a - b,
  );
  const bucketOf = new Int32Array(d);
  for (let k = 0; k < d; k++) bucketOf[byKey[k] as number] = k;
  const start = new Int32Array(d + 1);
  for (let p = 0; p < m; p++) {
    const g = bucketOf[idOf[p] as number] as number;
    idOf[p] = g;
    start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let k = 1; k <= d; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
  for (let p = 0; p < m; p++) {
    const g = idOf[p] as number;
    const at = start[g] as number;
    out[at] = indexes[p] as number;
    start[g] = at + 1;
  }
  return out;
}

/**
 * Puts every open item after the open items it depends on, moving as few as
 * possible, in a way that a second pass reproduces exactly:
 *
 * 1. An enabler inherits the highest score among the open items that depend
 *    on it (directly or through others): its effective score.
 * 2. Items are ordered by effective score, then own score, then `sequence`.
 * 3. An enabler also inherits the position of the first same-score item that
 *    needs it, and is placed just before that item; several enablers of one
 *    item go in that order, as far as their own dependencies allow.
 *
 * Marks in `lifted` the items that moved up for a dependant.
 */
function buildGraph(
  items: readonly BacklogItem[],
  ids: readonly string[],
  sequence: Int32Array,
  withDeps: readonly number[],
  own: Float64Array,
  lifted: Uint8Array,
): Graph {
  const n = items.length;
  const open = new Uint8Array(n);
  for (let p = 0; p < sequence.length; p++) open[sequence[p] as number] = 1;
  // Resolve only the ids that are depended on: a map of those is far smaller
  // (and faster to build) than one of every id.
  const indexOf = new Map<string, number>();
  for (const i of withDeps) {
    const deps = (items[i] as BacklogItem).dependsOn;
    for (let j = 0; j < deps.length; j++) indexOf.set(deps[j] as string, -1);
  }
  let unresolved = indexOf.size;
  for (let i = 0; i < n && unresolved > 0; i++) {
    const id = ids[i] as string;
    if (indexOf.get(id) === -1) {
      indexOf.set(id, i);
      unresolved -= 1;
    }
  }
  // The dependency subgraph among open items.
  const depsOf: (number[] | undefined)[] = new Array(n);
  const dependantsLeft = new Int32Array(n).fill(-1); // -1: not in the subgraph
  const involved: number[] = [];
  for (const i of withDeps) {
    const deps = (items[i] as BacklogItem).dependsOn;
    const list: number[] = [];
    for (let j = 0; j < deps.length; j++) {
      const id = deps[j] as string;
      const d = indexOf.get(id) as number;
      if (d < 0)
        throw popmError(
          'NOT_FOUND',
          ['items', i, 'dependsOn', j],
          'the id of an item in the backlog',
          id,
        );
      if (open[d] === 1) {
        list.push(d);
        if ((dependantsLeft[d] as number) < 0) {
          dependantsLeft[d] = 0;
          involved.push(d);
        }
        dependantsLeft[d] = (dependantsLeft[d] as number) + 1;
      }
    }
    depsOf[i] = list;
    if ((dependantsLeft[i] as number) < 0) {
      dependantsLeft[i] = 0;
      involved.push(i);
    }
  }
  // 1. Effective scores, dependants before their dependencies (Kahn, reversed).
  const eff = own.slice();
  const topo: number[] = [];
  for (const x of involved) if (dependantsLeft[x] === 0) topo.push(x);
  for (let k = 0; k < topo.length; k++) {
    const x = topo[k] as number;
    for (const d of depsOf[x] ?? []) {
      if ((eff[x] as number) > (eff[d] as number)) eff[d] = eff[x] as number;
      dependantsLeft[d] = (dependantsLeft[d] as number) - 1;
      if (dependantsLeft[d] === 0) topo.push(d);
    }
  }
  if (topo.length < involved.length) {
    const done = new Set(topo);
    const rest = involved.filter((x) => !done.has(x));
    const restIds = rest.map((x) => (items[x] as BacklogItem).id);
    const cycle = findCycle(restIds, (id) =>
      (depsOf[indexOf.get(id) as number] ?? []).map((d) => (items[d] as BacklogItem).id),
    ) as string[];
    throw popmError(
      'CYCLE',
      ['items', indexOf.get(cycle[0] as string) as number, 'dependsOn'],
      'no dependency loop',
      [...cycle, cycle[0]].join(' -> '),
      { cycle },
    );
  }
  let inherited = false;
  for (const x of topo)
    if (eff[x] !== own[x]) {
      inherited = true;
      lifted[x] = 1;
    }
  const topoRank = new Int32Array(n).fill(-1);
  for (let k = 0; k < topo.length; k++) topoRank[topo[k] as number] = k;
  return { n, depsOf, withDeps, topo, topoRank, eff, inherited };
}

/**
 * `sequence` (by own score) re-ordered by effective score: only enablers that
 * inherited a higher score move, so they are sorted apart and merged back
 * (effective score desc, own score desc, then `sequence` order).
 */
function mergeInherited(graph: Graph, sequence: Int32Array, own: Float64Array): Int32Array {
  const { n, eff } = graph;
  const m = sequence.length;
  const at = new Int32Array(n);
  let movedCount = 0;
  for (let p = 0; p < m; p++) {
    const x = sequence[p] as number;
    at[x] = p;
    if (eff[x] !== own[x]) movedCount += 1;
  }
  const moved = new Int32Array(movedCount);
  const stay = new Int32Array(m - movedCount);
  for (let p = 0, i = 0, j = 0; p < m; p++) {
    const x = sequence[p] as number;
    if (eff[x] !== own[x]) moved[j++] = x;
    else stay[i++] = x;
  }
  // Effective score desc, own score desc, then `sequence` order: a total order.
  const before = (a: number, b: number): boolean =>
    (eff[a] as number) !== (eff[b] as number)
      ? (eff[a] as number) > (eff[b] as number)
      : (own[a] as number) !== (own[b] as number)
        ? (own[a] as number) > (own[b] as number)
        : (at[a] as number) < (at[b] as number);
  moved.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const out = new Int32Array(m);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < stay.length && j < moved.length)
    out[k++] = before(moved[j] as number, stay[i] as number)
      ? (moved[j++] as number)
      : (stay[i++] as number);
  while (i < stay.length) out[k++] = stay[i++] as number;
  while (j < moved.length) out[k++] = moved[j++] as number;
  return out;
}

/** The open dependency subgraph, its dependants-first order and effective scores. */
interface Graph {
  readonly n: number;
  readonly depsOf: readonly (number[] | undefined)[];
  readonly withDeps: readonly number[];
  readonly topoRank: Int32Array;
  readonly topo: readonly number[];
  readonly eff: Float64Array;
  readonly inherited: boolean;
}

function resolveDependencies(
  items: readonly BacklogItem[],
  ids: readonly string[],
  sequence: Int32Array,
  withDeps: readonly number[],
  own: Float64Array,
  lifted: Uint8Array,
): Int32Array {
  const graph = buildGraph(items, ids, sequence, withDeps, own, lifted);
  // Lifting an enabler can change which of two equal scores comes first, and
  // ties keep the current order; so the rule is re-applied to its own result
  // until nothing moves. That fixed point is what makes prioritise idempotent
  // (the graph and effective scores are built once; only the arrangement reruns).
  const unsettled = { value: false };
  let order = arrange(graph, sequence, own, lifted, unsettled);
  for (let pass = 0; unsettled.value; pass++) {
    unsettled.value = false;
    const next = arrange(graph, orderByScore(order, own), own, lifted, unsettled);
    let same = true;
    for (let k = 0; k < next.length; k++)
      if (next[k] !== order[k]) {
        same = false;
        break;
      }
    if (same) return order;
    if (pass >= 50)
      throw popmError(
        'LIMIT_EXCEEDED',
        ['backlog', 'items'],
        'a stable dependency order within 50 passes',
        items.length,
      );
    order = next;
  }
  return order;
}

function arrange(
  graph: Graph,
  sequence: Int32Array,
  own: Float64Array,
  lifted: Uint8Array,
  unsettled: { value: boolean },
): Int32Array {
  const { n, depsOf, topo, eff } = graph;
  // Order by effective score; ties keep the own-score order.
  const seq = graph.inherited ? mergeInherited(graph, sequence, own) : sequence.slice();
  const pos = new Int32Array(n);
  for (let p = 0; p < seq.length; p++) pos[seq[p] as number] = p;
  // Among items that tie on both scores, a dependency goes before its
  // dependant (stable topological order of the tie), so that the order a
  // first pass produces is the tie order a second pass starts from.
  const tiedRuns = new Set<number>();
  const runStart = (p: number): number => {
    const x = seq[p] as number;
    let q = p;
    while (q > 0) {
      const y = seq[q - 1] as number;
      if (eff[y] !== eff[x] || own[y] !== own[x]) break;
      q -= 1;
    }
    return q;
  };
  for (const x of graph.withDeps)
    for (const d of depsOf[x] as number[])
      if (eff[d] === eff[x] && own[d] === own[x] && (pos[d] as number) > (pos[x] as number))
        tiedRuns.add(runStart(pos[x] as number));
  if (tiedRuns.size > 0) {
    const scratch: RunScratch = {
      stamp: new Int32Array(n).fill(-1),
      runKey: new Int32Array(n),
      waiting: new Int32Array(n),
      priority: new Float64Array(n),
    };
    for (const start of [...tiedRuns].sort((a, b) => a - b)) {
      let end = start + 1;
      const x0 = seq[start] as number;
      while (
        end < seq.length &&
        eff[seq[end] as number] === eff[x0] &&
        own[seq[end] as number] === own[x0]
      )
        end += 1;
      settleRun(graph, seq, start, end, pos, lifted, scratch);
    }
  }
  for (const start of tiedRuns)
    for (let p = start; p < seq.length; p++) {
      const x = seq[p] as number;
      if (
        p > start &&
        (eff[x] !== eff[seq[start] as number] || own[x] !== own[seq[start] as number])
      )
        break;
      pos[x] = p;
    }
  // 3. Inherit the position of the first same-score item that needs it.
  const key = new Int32Array(pos);
  for (const x of topo)
    for (const d of depsOf[x] ?? [])
      if (eff[d] === eff[x] && (key[x] as number) < (key[d] as number)) key[d] = key[x] as number;
  const groups = new Map<number, number[]>();
  const hasGroup = new Uint8Array(n);
  for (const x of topo)
    if ((key[x] as number) < (pos[x] as number)) {
      lifted[x] = 1;
      hasGroup[key[x] as number] = 1;
      // An enabler tied with the item it was placed before may start ahead of
      // it next time (ties keep the current order): the caller must re-check.
      if (own[x] === own[seq[key[x] as number] as number]) unsettled.value = true;
      const g = groups.get(key[x] as number);
      if (g === undefined) groups.set(key[x] as number, [x]);
      else g.push(x);
    }
  const out = new Int32Array(seq.length);
  let k = 0;
  for (let p = 0; p < seq.length; p++) {
    const x = seq[p] as number;
    if ((key[x] as number) < p) continue; // placed with the item it enables
    const g = hasGroup[p] === 1 ? groups.get(p) : undefined;
    if (g === undefined) {
      out[k++] = x;
      continue;
    }
    // The item and its lifted enablers, in dependency order, by position.
    if (g.length === 1 && (depsOf[x] ?? []).includes(g[0] as number)) {
      out[k++] = g[0] as number; // the common case: one enabler
      out[k++] = x;
      continue;
    }
    g.push(x);
    const member = new Set(g);
    for (const y of kahnByKey(g, (y) => (depsOf[y] ?? []).filter((d) => member.has(d)), pos))
      out[k++] = y;
  }
  return out;
}

/** Scratch arrays of {@link settleRun}, indexed by item, shared by the runs of one pass. */
interface RunScratch {
  /** The run's start for its members (−1 or another run's start for the rest). */
  readonly stamp: Int32Array;
  /** The position each member inherits from the first member that needs it. */
  readonly runKey: Int32Array;
  /** In-run dependencies not yet placed. */
  readonly waiting: Int32Array;
  /** runKey · n + pos: the order members are taken in once their dependencies are placed. */
  readonly priority: Float64Array;
}

/**
 * Re-orders one run of items that tie on both scores (`seq[start..end)`):
 * an enabler takes the place of the first member that needs it, then the
 * members are taken in topological order, the smallest priority first (as
 * {@link kahnByKey} would, with typed scratch arrays instead of maps: runs
 * can hold thousands of items). Marks the members that moved up in `lifted`.
 */
function settleRun(
  graph: Graph,
  seq: Int32Array,
  start: number,
  end: number,
  pos: Int32Array,
  lifted: Uint8Array,
  scratch: RunScratch,
): void {
  const { n, depsOf, topoRank } = graph;
  const { stamp, runKey, waiting, priority } = scratch;
  const inGraph: number[] = [];
  for (let p = start; p < end; p++) {
    const y = seq[p] as number;
    stamp[y] = start;
    runKey[y] = pos[y] as number;
    if ((topoRank[y] as number) >= 0) inGraph.push(y);
  }
  // Dependants first, so an inherited position passes down a chain.
  inGraph.sort((a, b) => (topoRank[a] as number) - (topoRank[b] as number));
  const dependants = new Map<number, number[]>();
  for (const y of inGraph)
    for (const d of depsOf[y] ?? [])
      if (stamp[d] === start) {
        if ((runKey[y] as number) < (runKey[d] as number)) runKey[d] = runKey[y] as number;
        waiting[y] = (waiting[y] as number) + 1;
        const list = dependants.get(d);
        if (list === undefined) dependants.set(d, [y]);
        else list.push(y);
      }
  // Members ready from the start: those that keep their place are already in
  // priority order (runKey = pos); the few that inherit a place are sorted.
  const kept: number[] = [];
  const early: number[] = [];
  for (let p = start; p < end; p++) {
    const y = seq[p] as number;
    priority[y] = (runKey[y] as number) * n + (pos[y] as number);
    const movedUp = (runKey[y] as number) < (pos[y] as number);
    if (movedUp) lifted[y] = 1;
    if (waiting[y] === 0) (movedUp ? early : kept).push(y);
  }
  early.sort((a, b) => (priority[a] as number) - (priority[b] as number));
  const heap: number[] = []; // members released by a placed dependency
  let i = 0;
  let j = 0;
  for (let p = start; p < end; p++) {
    let y = -1;
    let best = Number.POSITIVE_INFINITY;
    if (i < kept.length) {
      y = kept[i] as number;
      best = priority[y] as number;
    }
    if (j < early.length && (priority[early[j] as number] as number) < best) {
      y = early[j] as number;
      best = priority[y] as number;
    }
    if (heap.length > 0 && (priority[heap[0] as number] as number) < best)
      y = heapPop(heap, priority);
    else if (y === kept[i]) i += 1;
    else j += 1;
    seq[p] = y;
    for (const z of dependants.get(y) ?? []) {
      waiting[z] = (waiting[z] as number) - 1;
      if (waiting[z] === 0) heapPush(heap, z, priority);
    }
  }
}

/** Topological order of `nodes` (edges from `depsIn`), ready nodes taken by smallest `key`. */
function kahnByKey(
  nodes: Iterable<number>,
  depsIn: (x: number) => readonly number[],
  key: ArrayLike<number>,
): number[] {
  const waiting = new Map<number, number>();
  const dependants = new Map<number, number[]>();
  const heap: number[] = [];
  for (const y of nodes) {
    const deps = depsIn(y);
    waiting.set(y, deps.length);
    for (const d of deps) {
      const list = dependants.get(d);
      if (list === undefined) dependants.set(d, [y]);
      else list.push(y);
    }
    if (deps.length === 0) heapPush(heap, y, key);
  }
  const out: number[] = [];
  while (heap.length > 0) {
    const y = heapPop(heap, key);
    out.push(y);
    for (const z of dependants.get(y) ?? []) {
      const left = (waiting.get(z) as number) - 1;
      waiting.set(z, left);
      if (left === 0) heapPush(heap, z, key);
    }
  }
  return out;
}

function heapPush(heap: number[], x: number, key: ArrayLike<number>): void {
  let i = heap.push(x) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as number;
    if ((key[p] as number) <= (key[x] as number)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = x;
}

function heapPop(heap: number[], key: ArrayLike<number>): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  if (heap.length > 0) {
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c =
        r < n && (key[heap[r] as number] as number) < (key[heap[l] as number] as number) ? r : l;
      if ((key[heap[c] as number] as number) >= (key[last] as number)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
  }
  return top;
}
