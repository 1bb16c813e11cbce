import { requireNumber, requireOneOf } from '../core/validate.js';
import { optionsRecord, requireBacklog } from './internal.js';
import type { Backlog, BacklogItem, MoscowCategory, ScoreBreakdown } from './types.js';
import { MOSCOW_CATEGORIES } from './types.js';

/**
 * The score each MoSCoW category gets when a backlog is prioritised by MoSCoW:
 * must 3, should 2, could 1, won't 0.
 *
 * @example
 * MOSCOW_SCORES.must; //=> 3
 */
export const MOSCOW_SCORES: Readonly<Record<MoscowCategory, number>> = Object.freeze({
  must: 3,
  should: 2,
  could: 1,
  wont: 0,
});

/** Result of {@link moscowScore}. */
export interface MoscowScoreResult extends ScoreBreakdown {
  /** {@link MOSCOW_SCORES} of the category. */
  readonly score: number;
  /** The category. */
  readonly category: MoscowCategory;
}

/**
 * The ordering score of a MoSCoW category (must 3, should 2, could 1, won't 0).
 *
 * @param category - the category
 * @returns the score and the category
 * @throws PopmError `INVALID_ARGUMENT` for an unknown category
 * @example
 * moscowScore('should'); //=> { score: 2, category: 'should' }
 */
export function moscowScore(category: MoscowCategory): MoscowScoreResult {
  const c = requireOneOf(category, MOSCOW_CATEGORIES, ['category']);
  return Object.freeze({ score: MOSCOW_SCORES[c], category: c });
}

/** Options of {@link moscowCheck}. */
export interface MoscowCheckOptions {
  /** The largest share of effort Must items may take, 0..1; default 0.6 (DSDM). */
  readonly mustLimit?: number;
}

/** Effort and count of one MoSCoW category. */
export interface MoscowCategoryTotals {
  /** Sum of the estimates. */
  readonly effort: number;
  /** Number of items. */
  readonly count: number;
  /** effort / planned effort (must + should + could), or `null` when that is 0. */
  readonly share: number | null;
}

/** Result of {@link moscowCheck}. */
export interface MoscowCheckResult {
  /** Totals per category; `wont` is outside the planned effort, its share is against it too. */
  readonly categories: Readonly<Record<MoscowCategory, MoscowCategoryTotals>>;
  /** Must + Should + Could effort: the effort the plan commits to attempt. */
  readonly plannedEffort: number;
  /** Must share of the planned effort (`null` when there is none). */
  readonly mustShare: number | null;
  /** The limit checked against. */
  readonly mustLimit: number;
  /** True when the Must share is at most the limit (also when nothing is planned). */
  readonly withinGuideline: boolean;
  /** Ids of open or done items with a category but no estimate (their effort is unknown). */
  readonly unestimated: readonly string[];
  /** Ids of items without a MoSCoW category. */
  readonly uncategorised: readonly string[];
}

/**
 * Checks a backlog's MoSCoW balance the DSDM way: priorities are on effort,
 * and Must Haves should take no more than 60% of the planned effort (Must +
 * Should + Could), leaving Should and Could as contingency (DSDM suggests
 * Could ≈ 20%). Items with status `wont-do` are out of scope and ignored; done
 * items count (their effort was part of the plan).
 *
 * @param backlog - the backlog
 * @param options - `mustLimit` (default 0.6)
 * @returns effort and share per category and whether Must stays within the limit
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog or (hand-built) an unknown
 *   category at `['backlog', 'items', i, 'moscow']`, `INVALID_NUMBER` / `OUT_OF_RANGE` for
 *   a bad estimate at `['backlog', 'items', i, 'estimate']`, `OUT_OF_RANGE` for a
 *   limit outside 0..1, `INVALID_ARGUMENT` at `['options']` when options are not an object
 * @example
 * const b = createBacklog([
 *   { id: 'a', title: 'Log in', moscow: 'must', estimate: 6 },
 *   { id: 'b', title: 'Remember me', moscow: 'should', estimate: 2 },
 *   { id: 'c', title: 'Dark mode', moscow: 'could', estimate: 2 },
 * ]);
 * moscowCheck(b).mustShare;       //=> 0.6
 * moscowCheck(b).withinGuideline; //=> true
 */
export function moscowCheck(backlog: Backlog, options: MoscowCheckOptions = {}): MoscowCheckResult {
  const b = requireBacklog(backlog);
  const o = optionsRecord(options);
  const mustLimit =
    o.mustLimit !== undefined
      ? requireNumber(o.mustLimit, ['options', 'mustLimit'], { min: 0, max: 1 })
      : 0.6;
  const effort: Record<MoscowCategory, number> = { must: 0, should: 0, could: 0, wont: 0 };
  const count: Record<MoscowCategory, number> = { must: 0, should: 0, could: 0, wont: 0 };
  const unestimated: string[] = [];
  const uncategorised: string[] = [];
  const items = b.items as readonly BacklogItem[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as BacklogItem;
    if (item.status === 'wont-do') continue;
    if (item.moscow === undefined) {
      uncategorised.push(item.id);
      continue;
    }
    // A hand-built backlog is not validated by createBacklog: never sum NaN.
    const category = requireOneOf(item.moscow, MOSCOW_CATEGORIES, [
      'backlog',
      'items',
      i,
      'moscow',
    ]);
    count[category] += 1;
    if (item.estimate === undefined) unestimated.push(item.id);
    else
      effort[category] += requireNumber(item.estimate, ['backlog', 'items', i, 'estimate'], {
        min: 0,
      });
  }
  const planned = effort.must + effort.should + effort.could;
  const share = (c: MoscowCategory): number | null => (planned === 0 ? null : effort[c] / planned);
  const categories = {} as Record<MoscowCategory, MoscowCategoryTotals>;
  for (const c of MOSCOW_CATEGORIES)
    categories[c] = Object.freeze({ effort: effort[c], count: count[c], share: share(c) });
  const mustShare = share('must');
  return Object.freeze({
    categories: Object.freeze(categories),
    plannedEffort: planned,
    mustShare,
    mustLimit,
    withinGuideline: mustShare === null || mustShare <= mustLimit,
    unestimated: Object.freeze(unestimated),
    uncategorised: Object.freeze(uncategorised),
  });
}
