import { popmError } from '../core/errors.js';
import { heapPop, heapPush } from '../core/internal/heap.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { readBacklogView } from './internal/readBacklog.js';
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
  readonly blockedBy?: readonly string[] | undefined;
}

/**
 * A capacity worked out elsewhere, such as the result of `teamCapacity`
 * (`popm/plan`): only its `total` is read.
 */
export interface SprintCapacity {
  /** Points (or other estimate units) the team can take on, `>= 0`. */
  readonly total: number;
}

/** Options of {@link selectForSprint}. */
export interface SelectForSprintOptions {
  /**
   * Points the team can take on, `>= 0`: a number, or a {@link SprintCapacity}
   * such as `teamCapacity`'s result (its `total`).
   */
  readonly capacity: number | SprintCapacity;
  /**
   * `false` (default): stop at the first open item that cannot be taken, so the
   * sprint follows backlog order strictly; `true`: pass over it and keep filling,
   * and take a passed-over item once a dependency selected further down
   * unblocks it (if it still fits).
   */
  readonly allowSkip?: boolean | undefined;
}

/** Result of {@link selectForSprint}. */
export interface SprintSelection {
  /** The items taken, in backlog order. */
  readonly selected: readonly BacklogItem[];
  /** Sum of the selected estimates. */
  readonly committed: number;
  /** The capacity given (a {@link SprintCapacity}'s `total`). */
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
 * unestimated; with it, that item is skipped and the next ones are tried, and
 * an item blocked only by a dependency selected further down is reconsidered
 * once it is selected (passes repeat until nothing more can be taken). A
 * dependency on an id outside the list (a filtered view of a backlog) counts
 * as not done.
 *
 * @param backlog - the backlog, in the order to take items
 * @param options - `capacity` (points, or `teamCapacity`'s result) and `allowSkip` (default false)
 * @returns the selection (in backlog order), points committed, capacity left and the
 *   skipped items with reasons
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog or options (or an unknown
 *   option), `INVALID_NUMBER` / `OUT_OF_RANGE` for a bad capacity; a hand-built backlog's
 *   item errors at `['backlog', 'items', index, …]`
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
  const b = readBacklogView(backlog);
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object ({ capacity })', options);
  const o = readOptions(options, ['options'], ['capacity', 'allowSkip']);
  const capacity = readCapacity(o.capacity);
  if (o.allowSkip !== undefined && typeof o.allowSkip !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'allowSkip'], 'a boolean', o.allowSkip);
  const s = new Selection(b.items, capacity);
  s.run(o.allowSkip === true);
  return s.result();
}

/** `options.capacity`: a number, or the `total` of a {@link SprintCapacity}. */
function readCapacity(value: unknown): number {
  if (value === null || typeof value !== 'object')
    return requireNumber(value, ['options', 'capacity'], { min: 0 });
  const c = readEntity(value, ['options', 'capacity'], ['total'], 'a number or { total }');
  return requireNumber(c.total, ['options', 'capacity', 'total'], { min: 0 });
}

/** The state of one selection: what is taken, how much is committed. */
class Selection {
  private readonly done = new Set<string>();
  private readonly taken = new Set<string>();
  private readonly chosen: boolean[];
  private committed = 0;
  private stoppedAt: number | null = null;
  /** Positions of the items that depend on each id. */
  private readonly dependants = new Map<string, number[]>();
  /** Each position, as its own heap key: later passes visit items in backlog order. */
  private readonly order: Int32Array;
  /** The pass in which each position was last queued, so a heap holds it once. */
  private readonly queued: Int32Array;
  private passNumber = 0;

  constructor(
    private readonly items: readonly BacklogItem[],
    private readonly capacity: number,
  ) {
    items.forEach((item, i) => {
      if (item.status === 'done') this.done.add(item.id);
      for (const d of item.dependsOn) {
        const list = this.dependants.get(d);
        if (list === undefined) this.dependants.set(d, [i]);
        else list.push(i);
      }
    });
    this.chosen = items.map(() => false);
    this.order = Int32Array.from(items, (_, i) => i);
    this.queued = new Int32Array(items.length);
  }

  /** Why `item` cannot be taken now, or `null` when it can. */
  private obstacle(item: BacklogItem): SkippedItem | null {
    if (item.status === 'done' || item.status === 'wont-do')
      return { id: item.id, reason: item.status };
    const blockedBy = item.dependsOn.filter((d) => !this.done.has(d) && !this.taken.has(d));
    if (blockedBy.length > 0)
      return { id: item.id, reason: 'blocked', blockedBy: Object.freeze(blockedBy) };
    if (item.estimate === undefined) return { id: item.id, reason: 'unestimated' };
    if (this.committed + item.estimate > this.capacity) return { id: item.id, reason: 'too-big' };
    return null;
  }

  /**
   * The first pass goes down the whole backlog. With `allowSkip`, later passes
   * revisit only the items a selection may have unblocked (a passed-over item
   * can become takeable only when a dependency of it is taken): the same
   * result as repeating full passes until nothing more is taken, in time
   * linear in the items and dependencies rather than quadratic.
   */
  run(allowSkip: boolean): void {
    let next = this.firstPass(allowSkip);
    if (!allowSkip) return;
    while (next.size > 0) next = this.laterPass(next);
  }

  /** Down the whole backlog; without `allowSkip`, stops at the first open item it cannot take. */
  private firstPass(allowSkip: boolean): Set<number> {
    const next = new Set<number>();
    for (let i = 0; i < this.items.length; i++) {
      if (this.chosen[i] === true) continue;
      const why = this.obstacle(this.items[i] as BacklogItem);
      if (why === null) this.take(i, next, null);
      else if (!allowSkip && why.reason !== 'done' && why.reason !== 'wont-do') {
        this.stoppedAt = i;
        break;
      }
    }
    return next;
  }

  /** Revisits `candidates` (and what they unblock further down) in backlog order. */
  private laterPass(candidates: ReadonlySet<number>): Set<number> {
    this.passNumber += 1;
    const next = new Set<number>();
    const heap: number[] = [];
    for (const j of candidates) this.queue(heap, j);
    while (heap.length > 0) {
      const i = heapPop(heap, this.order);
      if (this.chosen[i] !== true && this.obstacle(this.items[i] as BacklogItem) === null)
        this.take(i, next, heap);
    }
    return next;
  }

  /**
   * Takes item `i`. Its dependants passed over earlier are revisited in the
   * next pass; those further down, in this pass (`heap`), or when the first
   * pass reaches them (`heap` is `null`).
   */
  private take(i: number, next: Set<number>, heap: number[] | null): void {
    const item = this.items[i] as BacklogItem;
    this.chosen[i] = true;
    this.taken.add(item.id);
    this.committed += item.estimate as number;
    for (const j of this.dependants.get(item.id) ?? []) {
      if (this.chosen[j] === true) continue;
      if (j < i) next.add(j);
      else if (heap !== null) this.queue(heap, j);
    }
  }

  private queue(heap: number[], j: number): void {
    if (this.queued[j] === this.passNumber) return;
    this.queued[j] = this.passNumber;
    heapPush(heap, j, this.order);
  }

  result(): SprintSelection {
    const selected: BacklogItem[] = [];
    const skipped: SkippedItem[] = [];
    const end = this.stoppedAt === null ? this.items.length : this.stoppedAt + 1;
    for (let i = 0; i < end; i++) {
      const item = this.items[i] as BacklogItem;
      if (this.chosen[i] === true) selected.push(item);
      else skipped.push(Object.freeze(this.obstacle(item) as SkippedItem));
    }
    return Object.freeze({
      selected: Object.freeze(selected),
      committed: this.committed,
      capacity: this.capacity,
      capacityLeft: this.capacity - this.committed,
      skipped: Object.freeze(skipped),
      stoppedAt: this.stoppedAt === null ? null : (this.items[this.stoppedAt] as BacklogItem).id,
    });
  }
}
