import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { readBacklogView } from './internal/readBacklog.js';
import type { MoscowCategory } from './scoreTypes.js';
import type { Backlog, BacklogItem } from './types.js';
import { MOSCOW_CATEGORIES } from './types.js';

/** Options of {@link moscowCheck}. */
export interface MoscowCheckOptions {
  /** The largest share of planned effort Must items may take, 0..1; default 0.6 (DSDM). */
  readonly maxMustShare?: number | undefined;
}

/** Effort and count of one MoSCoW category. */
export interface MoscowCategoryTotals {
  /** Sum of the estimates of the category's estimated items. */
  readonly effort: number;
  /** Number of items. */
  readonly count: number;
  /** Number of those items without an estimate. */
  readonly unestimated: number;
  /**
   * effort / planned effort (must + should + could), 0..1; `null` when the
   * planned effort is unknown (an item in it has no estimate) or 0.
   */
  readonly share: number | null;
}

/** Result of {@link moscowCheck}. */
export interface MoscowCheckResult {
  /** Totals per category; `wont` is outside the planned effort, its share is against it too. */
  readonly categories: Readonly<Record<MoscowCategory, MoscowCategoryTotals>>;
  /**
   * Must + Should + Could effort: the effort the plan commits to attempt;
   * `null` when one of those items has no estimate (the total is unknown).
   */
  readonly plannedEffort: number | null;
  /**
   * Must share of the planned effort, 0..1; `null` when it is unknown (a
   * Must, Should or Could item has no estimate) or nothing is planned.
   */
  readonly mustShare: number | null;
  /** The largest Must share allowed, as checked against. */
  readonly maxMustShare: number;
  /**
   * The verdict: `true` when the Must share is at most `maxMustShare` (also
   * when nothing is planned), `false` when it is above; `null` when
   * unestimated items leave it unknown. With unestimated items the verdict is
   * still given when the known estimates decide it: unestimated Should/Could
   * items can only lower the Must share, unestimated Must items only raise it.
   */
  readonly ok: boolean | null;
  /** Ids of open or done items with a category but no estimate (their effort is unknown). */
  readonly unestimated: readonly string[];
  /** Ids of items without a MoSCoW category. */
  readonly uncategorised: readonly string[];
}

type Tally = Record<MoscowCategory, { effort: number; count: number; unestimated: number }>;

/** The verdict from the bounds the known estimates put on the Must share. */
function verdict(t: Tally, planned: number, max: number): boolean | null {
  const unknownMust = t.must.unestimated;
  const unknownOther = t.should.unestimated + t.could.unestimated;
  if (unknownMust === 0 && unknownOther === 0)
    return planned === 0 || t.must.effort / planned <= max;
  const known = planned === 0 ? null : t.must.effort / planned;
  // Unestimated Must items only raise the share; unestimated Should/Could only lower it.
  const lower = unknownOther === 0 && known !== null ? known : 0;
  const upper = unknownMust === 0 && known !== null ? known : 1;
  if (upper <= max) return true;
  if (lower > max) return false;
  return null;
}

/**
 * Checks a backlog's MoSCoW balance the DSDM way: priorities are on effort,
 * and Must Haves should take no more than 60% of the planned effort (Must +
 * Should + Could), leaving Should and Could as contingency (DSDM suggests
 * Could ≈ 20%). Items with status `wont-do` are out of scope and ignored; done
 * items count (their effort was part of the plan). An item in the plan
 * without an estimate makes the planned effort and the Must share unknown
 * (`null`), never 0; the verdict `ok` is then `null` unless the known
 * estimates settle it.
 *
 * @param backlog - the backlog
 * @param options - `maxMustShare` (default 0.6)
 * @returns effort and share per category and whether Must stays within the limit
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog, options that are not an
 *   object or hold an unknown key; `OUT_OF_RANGE` for a `maxMustShare` outside 0..1 or
 *   estimates whose sum overflows; a
 *   hand-built backlog's item errors at `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([
 *   { id: 'a', title: 'Log in', moscow: 'must', estimate: 6 },
 *   { id: 'b', title: 'Remember me', moscow: 'should', estimate: 2 },
 *   { id: 'c', title: 'Dark mode', moscow: 'could', estimate: 2 },
 * ]);
 * moscowCheck(b).mustShare; //=> 0.6
 * moscowCheck(b).ok;        //=> true
 * const u = moscowCheck(createBacklog([
 *   { id: 'a', title: 'Log in', moscow: 'must' },
 *   { id: 'b', title: 'Remember me', moscow: 'should', estimate: 2 },
 * ]));
 * u.mustShare;   //=> null
 * u.ok;          //=> null
 * u.unestimated; //=> ['a']
 */
export function moscowCheck(backlog: Backlog, options?: MoscowCheckOptions): MoscowCheckResult {
  const b = readBacklogView(backlog);
  const o = readOptions(options, ['options'], ['maxMustShare']);
  const maxMustShare =
    o.maxMustShare === undefined
      ? 0.6
      : requireNumber(o.maxMustShare, ['options', 'maxMustShare'], { min: 0, max: 1 });
  const t: Tally = {
    must: { effort: 0, count: 0, unestimated: 0 },
    should: { effort: 0, count: 0, unestimated: 0 },
    could: { effort: 0, count: 0, unestimated: 0 },
    wont: { effort: 0, count: 0, unestimated: 0 },
  };
  const unestimated: string[] = [];
  const uncategorised: string[] = [];
  for (let i = 0; i < b.items.length; i++) {
    const item = b.items[i] as BacklogItem;
    if (item.status === 'wont-do') continue;
    if (item.moscow === undefined) {
      uncategorised.push(item.id);
      continue;
    }
    const c = t[item.moscow];
    c.count += 1;
    if (item.estimate === undefined) {
      c.unestimated += 1;
      unestimated.push(item.id);
    } else c.effort += item.estimate;
    // Finite estimates can still overflow their sum: never report Infinity or NaN.
    if (!Number.isFinite(t.must.effort + t.should.effort + t.could.effort + t.wont.effort))
      throw popmError(
        'OUT_OF_RANGE',
        ['backlog', 'items', i, 'estimate'],
        'estimates whose sum is finite',
        item.estimate,
      );
  }
  const planned = t.must.effort + t.should.effort + t.could.effort;
  const known = t.must.unestimated + t.should.unestimated + t.could.unestimated === 0;
  const share = (c: MoscowCategory): number | null =>
    !known || planned === 0 ? null : t[c].effort / planned;
  const categories = {} as Record<MoscowCategory, MoscowCategoryTotals>;
  for (const c of MOSCOW_CATEGORIES) categories[c] = Object.freeze({ ...t[c], share: share(c) });
  return Object.freeze({
    categories: Object.freeze(categories),
    plannedEffort: known ? planned : null,
    mustShare: share('must'),
    maxMustShare,
    ok: verdict(t, planned, maxMustShare),
    unestimated: Object.freeze(unestimated),
    uncategorised: Object.freeze(uncategorised),
  });
}
