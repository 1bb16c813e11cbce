import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { ownKeys, readOptions } from '../core/internal/readObject.js';
import { requireNumber, requireOneOf } from '../core/internal/validate.js';
import { readBacklogView } from './internal/readBacklog.js';
import { PRIORITISATION_METHODS } from './prioritise.js';
import type { PrioritisationMethod } from './scoreTypes.js';
import type { Backlog, BacklogItem } from './types.js';

const OPTION_KEYS = [
  'top',
  'asOf',
  'staleAfterDays',
  'oversizedAbove',
  'method',
  'weights',
] as const;

/** Options of {@link backlogHealth}. */
export interface BacklogHealthOptions {
  /** How many open items count as the top of the backlog; default 10. */
  readonly top?: number | undefined;
  /** Today, for staleness; without it no item is reported stale. */
  readonly asOf?: IsoDate | undefined;
  /** An open item created more than this many days before `asOf` is stale; default 90. */
  readonly staleAfterDays?: number | undefined;
  /** An estimate above this is oversized (should be split); default 13. */
  readonly oversizedAbove?: number | undefined;
  /** The active prioritisation method, to report items missing its inputs. */
  readonly method?: PrioritisationMethod | undefined;
  /** Weights of the `'weighted'` method, to check criteria. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
}

/** A dependency problem found by {@link backlogHealth}. */
export interface DependencyProblem {
  /** The dependant item. */
  readonly id: string;
  /** The item it depends on. */
  readonly dependsOn: string;
  /**
   * `'out-of-order'`: an open item sits above an open item it depends on;
   * `'depends-on-wont-do'`: an open item waits for work that will not be done;
   * `'done-before-dependency'`: a done item depends on one that is not done.
   */
  readonly problem: 'out-of-order' | 'depends-on-wont-do' | 'done-before-dependency';
}

/** Result of {@link backlogHealth}. */
export interface BacklogHealth {
  /** Open items (not done, not won't-do). */
  readonly openItems: number;
  /** Ids of the top open items examined (at most `top`). */
  readonly top: readonly string[];
  /** Share of the top items that are estimated, 0..1 (`null` with no open items). */
  readonly estimatedShare: number | null;
  /** Share of the top items whose status is `ready` or `in-progress`, 0..1 (`null` with none). */
  readonly readyShare: number | null;
  /** Share of the top items that are both estimated and ready (`null` with none). */
  readonly estimatedAndReadyShare: number | null;
  /** Open items whose estimate is above `oversizedAbove`. */
  readonly oversized: readonly string[];
  /** Open items created more than `staleAfterDays` before `asOf` (empty without `asOf`). */
  readonly stale: readonly string[];
  /** Open items lacking the `method`'s inputs (empty without `method`). */
  readonly missingInputs: readonly string[];
  /** Dependency problems, in backlog order. */
  readonly dependencyProblems: readonly DependencyProblem[];
}

function weightKeys(weights: unknown): string[] {
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights))
    throw popmError('INVALID_ARGUMENT', ['options', 'weights'], 'an object of weights', weights);
  return ownKeys(weights, ['options', 'weights']);
}

const FIELD: Readonly<Record<PrioritisationMethod, keyof BacklogItem>> = {
  wsjf: 'wsjf',
  rice: 'rice',
  ice: 'ice',
  cd3: 'cd3',
  moscow: 'moscow',
  'value-effort': 'valueEffort',
  weighted: 'criteria',
};

/**
 * A quick check-up of a backlog, the way a Product Owner reviews it before
 * refinement: is the top of the backlog estimated and ready, which items are
 * too big or stale, which lack the inputs of the active prioritisation
 * method, and where dependencies are out of order or can never be met.
 *
 * @param backlog - the backlog
 * @param options - `top`, `asOf`, `staleAfterDays`, `oversizedAbove`, `method`, `weights`
 * @returns shares for the top items and the lists of problem items
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog, options or `weights` that
 *   are not an object, an unknown option or an unknown method; a hand-built backlog's item
 *   errors at `['backlog', 'items', index, …]` (a dependency outside the list is ignored),
 *   `OUT_OF_RANGE` for a bad `top` / `staleAfterDays` / `oversizedAbove`, `INVALID_DATE`
 *   for a bad `asOf` or an item's bad `createdOn`
 * @example
 * const b = createBacklog([
 *   { id: 'a', title: 'A', status: 'ready', estimate: 3, createdOn: '2026-01-05' },
 *   { id: 'b', title: 'B', estimate: 21, dependsOn: ['c'] },
 *   { id: 'c', title: 'C' },
 * ]);
 * const h = backlogHealth(b, { top: 2, asOf: '2026-06-01', method: 'wsjf' });
 * h.estimatedShare;     //=> 1
 * h.readyShare;         //=> 0.5
 * h.oversized;          //=> ['b']
 * h.stale;              //=> ['a']
 * h.missingInputs;      //=> ['a', 'b', 'c']
 * h.dependencyProblems; //=> [{ id: 'b', dependsOn: 'c', problem: 'out-of-order' }]
 */
export function backlogHealth(backlog: Backlog, options?: BacklogHealthOptions): BacklogHealth {
  const b = readBacklogView(backlog);
  const o = readHealthOptions(options);
  const topItems: BacklogItem[] = [];
  const oversized: string[] = [];
  const stale: string[] = [];
  const missingInputs: string[] = [];
  let openCount = 0;
  b.items.forEach((item, i) => {
    if (!isOpen(item)) return;
    openCount += 1;
    if (topItems.length < o.top) topItems.push(item);
    if (item.estimate !== undefined && item.estimate > o.oversizedAbove) oversized.push(item.id);
    if (isStale(item, i, o.asOf, o.staleAfterDays)) stale.push(item.id);
    if (o.method !== null && lacksInputs(item, o.method, o.weightNames))
      missingInputs.push(item.id);
  });
  const share = (pred: (item: BacklogItem) => boolean): number | null =>
    topItems.length === 0 ? null : topItems.filter(pred).length / topItems.length;
  return Object.freeze({
    openItems: openCount,
    top: Object.freeze(topItems.map((i) => i.id)),
    estimatedShare: share((i) => i.estimate !== undefined),
    readyShare: share(isReady),
    estimatedAndReadyShare: share((i) => i.estimate !== undefined && isReady(i)),
    oversized: Object.freeze(oversized),
    stale: Object.freeze(stale),
    missingInputs: Object.freeze(missingInputs),
    dependencyProblems: Object.freeze(dependencyProblems(b.items)),
  });
}

function isStale(item: BacklogItem, i: number, asOf: number | null, after: number): boolean {
  if (asOf === null || item.createdOn === undefined) return false;
  return asOf - toEpochDay(item.createdOn, ['backlog', 'items', i, 'createdOn']) > after;
}

function isOpen(item: BacklogItem): boolean {
  return item.status !== 'done' && item.status !== 'wont-do';
}

function isReady(item: BacklogItem): boolean {
  return item.status === 'ready' || item.status === 'in-progress';
}

function readHealthOptions(options: unknown) {
  const o = readOptions(options, ['options'], OPTION_KEYS);
  const number = (key: 'top' | 'staleAfterDays' | 'oversizedAbove', fallback: number) =>
    o[key] === undefined
      ? fallback
      : requireNumber(o[key], ['options', key], {
          min: key === 'top' ? 1 : 0,
          integer: key === 'top',
        });
  return {
    top: number('top', 10),
    staleAfterDays: number('staleAfterDays', 90),
    oversizedAbove: number('oversizedAbove', 13),
    asOf: o.asOf === undefined ? null : toEpochDay(o.asOf, ['options', 'asOf']),
    method:
      o.method === undefined
        ? null
        : requireOneOf(o.method, PRIORITISATION_METHODS, ['options', 'method']),
    weightNames: o.weights === undefined ? [] : weightKeys(o.weights),
  };
}

function lacksInputs(
  item: BacklogItem,
  method: PrioritisationMethod,
  weightNames: readonly string[],
): boolean {
  const value = item[FIELD[method]];
  if (value === undefined) return true;
  return (
    method === 'weighted' && weightNames.some((k) => !Object.hasOwn(value as Readonly<object>, k))
  );
}

/** The problem of `item` depending on `dep` (at positions `i` and `d`), or `null`. */
function problemOf(
  item: BacklogItem,
  dep: BacklogItem,
  i: number,
  d: number,
): DependencyProblem['problem'] | null {
  if (item.status === 'done') return dep.status === 'done' ? null : 'done-before-dependency';
  if (item.status === 'wont-do') return null;
  if (dep.status === 'wont-do') return 'depends-on-wont-do';
  return dep.status !== 'done' && d > i ? 'out-of-order' : null;
}

/** Dependency problems in backlog order; a dependency outside the list is not reported. */
function dependencyProblems(items: readonly BacklogItem[]): DependencyProblem[] {
  const position = new Map<string, number>();
  items.forEach((item, i) => {
    position.set(item.id, i);
  });
  const problems: DependencyProblem[] = [];
  items.forEach((item, i) => {
    for (const dep of item.dependsOn) {
      const d = position.get(dep);
      if (d === undefined) continue;
      const problem = problemOf(item, items[d] as BacklogItem, i, d);
      if (problem !== null) problems.push(Object.freeze({ id: item.id, dependsOn: dep, problem }));
    }
  });
  return problems;
}
