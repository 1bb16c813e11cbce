import { type PopmPath, popmError } from '../core/errors.js';
import { orderByKeyDesc } from '../core/internal/countingSort.js';
import { ownKeys, readOptions, readProperty, safeCopy } from '../core/internal/readObject.js';
import { requireOneOf } from '../core/internal/validate.js';
import { resolveDependencies } from './internal/dependencyOrder.js';
import { ownBacklog } from './internal/own.js';
import { readBacklog } from './internal/readBacklog.js';
import { builtInScorer, type Scorer } from './internal/scorers.js';
import type {
  BreakdownOf,
  IceMode,
  PrioritisationMethod,
  PriorityBreakdown,
  ScoreBreakdown,
  ValueEffortThresholds,
} from './scoreTypes.js';
import type { Backlog, BacklogItem } from './types.js';

export type { PrioritisationMethod } from './scoreTypes.js';

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
 * A custom scoring function: the item's score (and any other JSON fields,
 * kept in the breakdown's `extra`), or `null` when the item lacks what the
 * function needs (it is then listed as unscored).
 */
export type ScoreFunction = (item: BacklogItem) => ScoreBreakdown | null;

/** The method name a {@link prioritise} call reports: `'custom'` for a {@link ScoreFunction}. */
export type MethodName<M extends PrioritisationMethod | ScoreFunction> = M extends ScoreFunction
  ? 'custom'
  : M;

/** Options of {@link prioritise}. */
export interface PrioritiseOptions {
  /** Keep every item below the open items it depends on (default `true`). */
  readonly respectDependencies?: boolean | undefined;
  /** Weights by criterion, each `>= 0`; required for `'weighted'`. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** ICE combination, default `'product'`. */
  readonly iceMode?: IceMode | undefined;
  /** Value/effort matrix thresholds (default 5 and 5). */
  readonly valueEffortThresholds?: ValueEffortThresholds | undefined;
}

/** How an item came to its place in a {@link PrioritiseResult}. */
export type RankState = 'scored' | 'unscored' | 'closed';

/** One line of a {@link PrioritiseResult}'s ranking. */
export interface RankedItem<
  M extends PrioritisationMethod | 'custom' = PrioritisationMethod | 'custom',
> {
  /** The item's id. */
  readonly id: string;
  /** 1-based position in the new backlog. */
  readonly rank: number;
  /** The method's score, or `null` when the item lacks the method's inputs. */
  readonly score: number | null;
  /** The figures that produced the score, tagged with `method`, or `null`. */
  readonly breakdown: BreakdownOf<M> | null;
  /** `'scored'`, `'unscored'` (open, no inputs) or `'closed'` (done or won't-do). */
  readonly state: RankState;
  /** True when the item was lifted above its score order because a higher item depends on it. */
  readonly lifted: boolean;
}

/** Result of {@link prioritise}. */
export interface PrioritiseResult<
  M extends PrioritisationMethod | 'custom' = PrioritisationMethod | 'custom',
> {
  /** The re-ordered backlog (the same object when nothing moved). */
  readonly backlog: Backlog;
  /** Every item in its new order with its score and breakdown. */
  readonly ranking: readonly RankedItem<M>[];
  /** Ids of open items without the method's inputs, in their new order. */
  readonly unscored: readonly string[];
  /** Ids of items lifted to sit above an item that depends on them, in their new order. */
  readonly lifted: readonly string[];
  /** The method's name (`'custom'` for a function). */
  readonly method: M;
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
 * Each breakdown carries its `method`, so a ranking's breakdowns form a
 * union that narrows on it (`if (b.method === 'wsjf') b.costOfDelay`); with
 * a literal method the result is typed for that method alone. A custom
 * function's breakdown keeps its `score` and copies every other field it
 * returned, as JSON data, into `extra`. A backlog not made by popm is
 * validated like {@link createBacklog}'s input first.
 *
 * @param backlog - the backlog
 * @param method - a {@link PrioritisationMethod} or a {@link ScoreFunction}
 * @param options - dependencies, weights for `'weighted'`, ICE mode, value/effort thresholds
 * @returns the new backlog, the ranking with every score's breakdown, the unscored and lifted ids
 * @throws PopmError `INVALID_ARGUMENT` for an unknown method, options that are not an
 *   object or hold an unknown key, `'weighted'` without weights; the option errors of
 *   {@link weightedScore} (negative or overflowing weights) at `['options', 'weights', …]`;
 *   `INVALID_NUMBER` at `['backlog', 'items', index, 'score']` when a custom function
 *   returns a non-finite score, and at `['backlog', 'items', index, 'extra', …]` for a
 *   non-finite number among its other fields (`INVALID_ARGUMENT` for other non-JSON
 *   data there); a hand-built backlog's errors at `['backlog', 'items', index, …]`
 *   (those of {@link createBacklog}); `LIMIT_EXCEEDED` if the dependency order has not
 *   settled after 50 passes (a safety cap: it settles in one or two)
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
 * r.ranking[1]; //=> { id: 'b', rank: 2, score: 5, breakdown: { method: 'wsjf', score: 5, costOfDelay: 15, … }, state: 'scored', lifted: false }
 * r.ranking[1].breakdown?.costOfDelay; //=> 15
 */
export function prioritise<M extends PrioritisationMethod | ScoreFunction>(
  backlog: Backlog,
  method: M,
  options?: PrioritiseOptions,
): PrioritiseResult<MethodName<M>> {
  const b = readBacklog(backlog);
  const o = readOptions(options, ['options'], OPTION_KEYS);
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
  if (typeof method === 'function') {
    methodName = 'custom';
    scorer = customScorer(method as ScoreFunction);
  } else {
    methodName = requireOneOf(method, PRIORITISATION_METHODS, ['method']);
    scorer = builtInScorer(methodName, o);
  }
  const scored = scoreItems(b.items, scorer, respect);
  const { order, liftedFlags } = orderItems(b.items, scored);
  const result = buildResult(b, scored, order, liftedFlags, methodName);
  return result as unknown as PrioritiseResult<MethodName<M>>;
}

const OPTION_KEYS = ['respectDependencies', 'weights', 'iceMode', 'valueEffortThresholds'] as const;

const UNSCORED = 1;
const CLOSED = 2;
const STATES: readonly RankState[] = ['scored', 'unscored', 'closed'];

/** A custom function's result, checked and copied: never the caller's object, never frozen in place. */
function customScorer(fn: ScoreFunction): Scorer {
  return (item, i) => {
    const r: unknown = fn(item);
    if (r === null) return null;
    const path: PopmPath = ['backlog', 'items', i];
    if (typeof r !== 'object' || Array.isArray(r))
      throw popmError('INVALID_ARGUMENT', [...path, 'score'], 'a { score } object or null', r, {
        id: item.id,
      });
    let score: unknown;
    const extra: Record<string, unknown> = {};
    for (const key of ownKeys(r, path)) {
      const value = readProperty(r, key, path);
      if (key === 'score') score = value;
      else
        Object.defineProperty(extra, key, {
          value: safeCopy(value, [...path, 'extra', key]),
          enumerable: true,
        });
    }
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw popmError('INVALID_NUMBER', [...path, 'score'], 'a finite score', score, {
        id: item.id,
      });
    return Object.freeze({ method: 'custom', score, extra: Object.freeze(extra) });
  };
}

/** Every item's score, breakdown and state, read in one pass. */
interface Scored {
  /** The score, −∞ for an unscored or closed item. */
  readonly own: Float64Array;
  readonly breakdowns: (PriorityBreakdown | null)[];
  /** SCORED (0), UNSCORED or CLOSED. */
  readonly kinds: Uint8Array;
  readonly openCount: number;
  /** Open items with dependencies (when dependencies are respected). */
  readonly withDeps: number[];
  /** Ids read while each item is at hand: resolving dependencies scans them again. */
  readonly ids: string[];
}

function scoreItems(items: readonly BacklogItem[], scorer: Scorer, respect: boolean): Scored {
  const n = items.length;
  const own = new Float64Array(n);
  const breakdowns: (PriorityBreakdown | null)[] = new Array(n);
  const kinds = new Uint8Array(n);
  const withDeps: number[] = [];
  const ids: string[] = new Array(n);
  let openCount = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i] as BacklogItem;
    ids[i] = item.id;
    const r = scorer(item, i);
    const s = r === null ? Number.NEGATIVE_INFINITY : finiteScore(r, item, i);
    own[i] = s;
    breakdowns[i] = r;
    if (item.status === 'done' || item.status === 'wont-do') kinds[i] = CLOSED;
    else {
      if (r === null) kinds[i] = UNSCORED;
      openCount += 1;
      if (respect && item.dependsOn.length > 0) withDeps.push(i);
    }
  }
  return { own, breakdowns, kinds, openCount, withDeps, ids };
}

// Items were checked when the backlog was built; a quotient may still overflow.
function finiteScore(r: PriorityBreakdown, item: BacklogItem, i: number): number {
  if (!Number.isFinite(r.score))
    throw popmError(
      'OUT_OF_RANGE',
      ['backlog', 'items', i],
      'inputs whose score is finite',
      r.score,
      {
        id: item.id,
      },
    );
  return r.score;
}

/**
 * The new order: the open items by score (scored first, then unscored, each
 * stable), dependencies resolved, then the closed items in their order.
 */
function orderItems(
  items: readonly BacklogItem[],
  scored: Scored,
): { order: Int32Array; liftedFlags: Uint8Array } {
  const { own, kinds, openCount, withDeps, ids } = scored;
  const n = items.length;
  const openItems = new Int32Array(openCount);
  for (let i = 0, k = 0; i < n; i++) if (kinds[i] !== CLOSED) openItems[k++] = i;
  const sequence = orderByKeyDesc(openItems, own);
  const liftedFlags = new Uint8Array(n);
  const arranged =
    withDeps.length > 0
      ? resolveDependencies(items, ids, sequence, withDeps, own, liftedFlags)
      : sequence;
  const order = new Int32Array(n);
  order.set(arranged);
  for (let i = 0, k = openCount; i < n; i++) if (kinds[i] === CLOSED) order[k++] = i;
  return { order, liftedFlags };
}

/**
 * Walks the new order once for the backlog and the id lists, then builds the
 * ranking in storage order: sequential reads of items, scores and breakdowns
 * are much cheaper than following the new order through memory.
 */
function buildResult(
  b: Backlog,
  scored: Scored,
  order: Int32Array,
  liftedFlags: Uint8Array,
  method: PrioritisationMethod | 'custom',
): PrioritiseResult {
  const { own, breakdowns, kinds } = scored;
  const items = b.items;
  const n = items.length;
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
    const breakdown = breakdowns[i] as PriorityBreakdown | null;
    ranking[r] = Object.freeze({
      id: (items[i] as BacklogItem).id,
      rank: r + 1,
      score: breakdown === null ? null : (own[i] as number),
      breakdown,
      state: STATES[kinds[i] as number] as RankState,
      lifted: liftedFlags[i] === 1,
    });
  }
  return Object.freeze({
    backlog: same ? b : ownBacklog(newItems),
    ranking: Object.freeze(ranking),
    unscored: Object.freeze(unscoredIds),
    lifted: Object.freeze(liftedIds),
    method,
  });
}
