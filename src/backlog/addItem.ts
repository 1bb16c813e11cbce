import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { ownBacklog } from './internal/own.js';
import { readBacklog } from './internal/readBacklog.js';
import { readItem } from './internal/readItem.js';
import type { Backlog, BacklogItemInput } from './types.js';

/** Options of {@link addItem}. */
export interface AddItemOptions {
  /** Index the new item takes, 0 (top) … items.length (bottom, the default). */
  readonly at?: number | undefined;
}

/**
 * Adds an item to a backlog, at the bottom unless `at` says where. The new
 * backlog shares every existing item with the old one. A backlog not made by
 * popm is validated like {@link createBacklog}'s input first.
 *
 * @param backlog - the backlog
 * @param item - the new item (read like {@link createBacklog}'s)
 * @param options - `at`: the index the item takes
 * @returns a new frozen backlog
 * @throws PopmError the item errors of {@link createBacklog} (paths start `['item']`),
 *   `DUPLICATE_ID` when the id is taken, `NOT_FOUND` for an unknown dependency,
 *   `OUT_OF_RANGE` for `at` outside 0..items.length, `INVALID_ARGUMENT` at `['options']`
 *   when options are not an object or hold an unknown key; a hand-built backlog's errors
 *   at `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([{ id: 'a', title: 'Alpha' }]);
 * const c = addItem(b, { id: 'b', title: 'Beta' }, { at: 0 });
 * c.items.map((i) => i.id); //=> ['b', 'a']
 * c.items[1] === b.items[0]; //=> true
 */
export function addItem(
  backlog: Backlog,
  item: BacklogItemInput,
  options?: AddItemOptions,
): Backlog {
  const b = readBacklog(backlog);
  const n = b.items.length;
  const o = readOptions(options, ['options'], ['at']);
  const at =
    o.at === undefined
      ? n
      : requireNumber(o.at, ['options', 'at'], { integer: true, min: 0, max: n });
  const added = readItem(item, ['item']);
  const ids = new Set<string>();
  for (const existing of b.items) ids.add(existing.id);
  if (ids.has(added.id)) throw popmError('DUPLICATE_ID', ['item', 'id'], 'a unique id', added.id);
  added.dependsOn.forEach((dep, j) => {
    if (!ids.has(dep))
      throw popmError(
        'NOT_FOUND',
        ['item', 'dependsOn', j],
        'the id of an item in the backlog',
        dep,
      );
  });
  const items = Array.from(b.items);
  items.splice(at, 0, added);
  return ownBacklog(items);
}
