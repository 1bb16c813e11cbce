import { popmError } from '../core/errors.js';
import { requireNumber, requireObject } from '../core/validate.js';
import { requireBacklog } from './internal.js';
import type { Backlog, BacklogItem } from './types.js';

/** Why {@link selectForSprint} passed an item over. */
export type SkipReason = 'too-big' | 'blocked' | 'unestimated' | 'done' | 'wont-do';

/** An item {@link selectForSprint} passed over, and why. */
export interface SkippedItem {
  /** The item's id. */
  readonly id: string;
  /** Why it was not selected. */
  readonly reason: SkipReason;
  /** For `'blocked'`: the dependencies that are neither done nor selected. */
  readonly blockedBy?: readonly string[];
}

/** Options of {@link selectForSprint}. */
export interface SelectForSprintOptions {
  /** Points the team can take on, `>= 0`. */
  readonly capacity: number;
  /**
   * `false` (default): stop at the first open item that cannot be taken, so the
   * sprint follows backlog order strictly; `true`: pass over it and keep filling.
   */
  readonly allowSkip?: boolean;
}

/** Result of {@link selectForSprint}. */
export interface SprintSelection {
  /** The items taken, in backlog order. */
  readonly selected: readonly BacklogItem[];
  /** Sum of the selected estimates. */
  readonly committed: number;
  /** The capacity given. */
  readonly capacity: number;
  /** capacity − committed. */
  readonly capacityLeft: number;
  /** Items passed over, in backlog order, with the reason. */
  readonly skipped: readonly SkippedItem[];
  /** The id of the item where selection stopped (only without `allowSkip`), else `null`. */
  readonly stoppedAt: string | null;
}

/**
 * Fills a sprint from the top of the backlog: takes items in order while they
 * fit, and never an item whose dependencies are neither done nor selected.
 * Done and won't-do items are passed over (reasons `'done'` / `'wont-do'`);
 * in-progress items are candidates like any other. Without `allowSkip`,
 * selection stops at the first open item that is too big, blocked or
 * unestimated; with it, that item is skipped and the next ones are tried.
 *
 * @param backlog - the backlog, in the order to take items
 * @param options - `capacity` (points) and `allowSkip` (default false)
 * @returns the selection, points committed, capacity left and the skipped items with reasons
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog or options,
 *   `INVALID_NUMBER` / `OUT_OF_RANGE` for a bad capacity or (hand-built backlog) a bad
 *   estimate at `['backlog', 'items', i, 'estimate']`
 * @example
 * const b = createBacklog([
 *   { id: 'a', title: 'A', estimate: 5 },
 *   { id: 'b', title: 'B', estimate: 8 },
 *   { id: 'c', title: 'C', estimate: 3 },
 * ]);
 * selectForSprint(b, { capacity: 10 }).selected.map((i) => i.id);                  //=> ['a']
 * selectForSprint(b, { capacity: 10, allowSkip: true }).selected.map((i) => i.id); //=> ['a', 'c']
 * selectForSprint(b, { capacity: 10, allowSkip: true }).skipped; //=> [{ id: 'b', reason: 'too-big' }]
 */
export function selectForSprint(
  backlog: Backlog,
  options: SelectForSprintOptions,
): SprintSelection {
  const b = requireBacklog(backlog);
  const o = requireObject(options, ['options']);
  const capacity = requireNumber(o.capacity, ['options', 'capacity'], { min: 0 });
  if (o.allowSkip !== undefined && typeof o.allowSkip !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'allowSkip'], 'a boolean', o.allowSkip);
  const allowSkip = o.allowSkip === true;
  const done = new Set<string>();
  for (const item of b.items) if (item.status === 'done') done.add(item.id);
  const taken = new Set<string>();
  const selected: BacklogItem[] = [];
  const skipped: SkippedItem[] = [];
  let committed = 0;
  let stoppedAt: string | null = null;
  for (let i = 0; i < b.items.length; i++) {
    const item = b.items[i] as BacklogItem;
    let skip: SkippedItem | null = null;
    if (item.status === 'done' || item.status === 'wont-do') {
      skipped.push(Object.freeze({ id: item.id, reason: item.status }));
      continue;
    }
    const blockedBy = item.dependsOn.filter((d) => !done.has(d) && !taken.has(d));
    if (blockedBy.length > 0)
      skip = { id: item.id, reason: 'blocked', blockedBy: Object.freeze(blockedBy) };
    else if (item.estimate === undefined) skip = { id: item.id, reason: 'unestimated' };
    else if (
      // A hand-built backlog is not validated by createBacklog: never commit NaN.
      committed + requireNumber(item.estimate, ['backlog', 'items', i, 'estimate'], { min: 0 }) >
      capacity
    )
      skip = { id: item.id, reason: 'too-big' };
    if (skip !== null) {
      skipped.push(Object.freeze(skip));
      if (!allowSkip) {
        stoppedAt = item.id;
        break;
      }
      continue;
    }
    selected.push(item);
    taken.add(item.id);
    committed += item.estimate as number;
  }
  return Object.freeze({
    selected: Object.freeze(selected),
    committed,
    capacity,
    capacityLeft: capacity - committed,
    skipped: Object.freeze(skipped),
    stoppedAt,
  });
}
