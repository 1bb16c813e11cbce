/**
 * @internal Which backlogs and items popm built itself. A backlog made by
 * {@link createBacklog} or returned by an operation is deep-frozen and was
 * validated when it was built, so the operations take it as it is; anything
 * else (a hand-built `{ items }`, a spread copy, an object from another copy
 * of the library) is validated like any input. WeakSets: unforgeable, and
 * they keep nothing alive.
 */
import type { Backlog, BacklogItem } from '../types.js';

const OWN_BACKLOGS = new WeakSet<object>();
const OWN_ITEMS = new WeakSet<object>();

/** @internal True when `value` is a backlog popm built (validated, frozen). */
export function isOwnBacklog(value: unknown): value is Backlog {
  return typeof value === 'object' && value !== null && OWN_BACKLOGS.has(value);
}

/** @internal True when `value` is an item popm built (validated, frozen). */
export function isOwnItem(value: unknown): value is BacklogItem {
  return typeof value === 'object' && value !== null && OWN_ITEMS.has(value);
}

/** @internal Freezes a freshly validated item and records it as popm's own. */
export function ownItem(item: Record<string, unknown>): BacklogItem {
  Object.freeze(item);
  OWN_ITEMS.add(item);
  return item as unknown as BacklogItem;
}

/**
 * @internal A frozen backlog over `items` (already popm's own, validated as a
 * whole by the caller), recorded as popm's own.
 */
export function ownBacklog(items: readonly BacklogItem[]): Backlog {
  const backlog = Object.freeze({ items: Object.isFrozen(items) ? items : Object.freeze(items) });
  OWN_BACKLOGS.add(backlog);
  return backlog;
}
