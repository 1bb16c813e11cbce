import { requireString } from '../core/internal/validate.js';
import { readBacklogView } from './internal/readBacklog.js';
import type { Backlog, BacklogItem } from './types.js';

/**
 * Looks an item up by id. The item returned is popm's own frozen object: for
 * a backlog not made by popm, a validated copy, never the caller's object.
 *
 * @param backlog - the backlog
 * @param id - the item's id
 * @returns the item, or `null` when no item has that id
 * @throws PopmError `INVALID_ARGUMENT` for a malformed backlog or an empty id; a
 *   hand-built backlog's item errors at `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([{ id: 'a', title: 'Alpha' }]);
 * getItem(b, 'a')?.title; //=> 'Alpha'
 * getItem(b, 'zz');       //=> null
 */
export function getItem(backlog: Backlog, id: string): BacklogItem | null {
  const b = readBacklogView(backlog);
  const key = requireString(id, ['id'], 'a non-empty string id');
  for (const item of b.items) if (item.id === key) return item;
  return null;
}
