import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireOneOf, requireString } from '../core/internal/validate.js';
import { ownBacklog, ownItem } from './internal/own.js';
import { indexOfId, readBacklog } from './internal/readBacklog.js';
import type { Backlog, BacklogItem } from './types.js';

const POLICIES: readonly DependantsPolicy[] = ['refuse', 'detach', 'cascade'];

/** What {@link removeItem} does with items that depend on the removed one. */
export type DependantsPolicy = 'refuse' | 'detach' | 'cascade';

/** Options of {@link removeItem}. */
export interface RemoveItemOptions {
  /**
   * `'refuse'` (default): throw if any item depends on the removed one;
   * `'detach'`: drop the removed id from their `dependsOn`;
   * `'cascade'`: remove them too, and their dependants in turn.
   */
  readonly dependants?: DependantsPolicy | undefined;
}

/**
 * Removes an item. By default it refuses to leave other items depending on an
 * item that no longer exists; `dependants: 'detach'` or `'cascade'` says what
 * to do instead. Unchanged items are shared with the old backlog.
 *
 * @param backlog - the backlog
 * @param id - the item to remove
 * @param options - `dependants`: `'refuse'` (default), `'detach'` or `'cascade'`
 * @returns a new frozen backlog
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` at `['id']` when
 *   items depend on it and `dependants` is `'refuse'` (their ids in `details.dependants`),
 *   at `['options']` when options are not an object or hold an unknown key; a hand-built
 *   backlog's errors at `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([{ id: 'a', title: 'A' }, { id: 'b', title: 'B', dependsOn: ['a'] }]);
 * removeItem(b, 'a', { dependants: 'detach' }).items; //=> [{ id: 'b', title: 'B', status: 'todo', dependsOn: [], tags: [] }]
 * removeItem(b, 'a', { dependants: 'cascade' }).items; //=> []
 * removeItem(b, 'a'); // throws PopmError INVALID_ARGUMENT: b depends on a
 */
export function removeItem(backlog: Backlog, id: string, options?: RemoveItemOptions): Backlog {
  const b = readBacklog(backlog);
  const key = requireString(id, ['id'], 'a non-empty string id');
  indexOfId(b, key, ['id']);
  const o = readOptions(options, ['options'], ['dependants']);
  const policy: DependantsPolicy =
    o.dependants === undefined
      ? 'refuse'
      : requireOneOf(o.dependants, POLICIES, ['options', 'dependants']);
  return ownBacklog(remaining(b, key, policy));
}

function remaining(b: Backlog, id: string, policy: DependantsPolicy): BacklogItem[] {
  const removed = policy === 'cascade' ? withDependants(b.items, id) : new Set<string>([id]);
  if (policy === 'refuse') {
    const dependants = b.items.filter((item) => item.dependsOn.includes(id)).map((i) => i.id);
    if (dependants.length > 0)
      throw popmError(
        'INVALID_ARGUMENT',
        ['id'],
        `an item no other item depends on (dependants: ${dependants.join(', ')}; pass dependants: 'detach' or 'cascade')`,
        id,
        { dependants },
      );
  }
  const kept: BacklogItem[] = [];
  for (const item of b.items) {
    if (removed.has(item.id)) continue;
    kept.push(
      policy === 'detach' && item.dependsOn.includes(id)
        ? ownItem({ ...item, dependsOn: Object.freeze(item.dependsOn.filter((d) => d !== id)) })
        : item,
    );
  }
  return kept;
}

/** `id` and everything that depends on it, directly or through others (a fixed point). */
function withDependants(items: readonly BacklogItem[], id: string): Set<string> {
  const removed = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items)
      if (!removed.has(item.id) && item.dependsOn.some((d) => removed.has(d))) {
        removed.add(item.id);
        grew = true;
      }
  }
  return removed;
}
