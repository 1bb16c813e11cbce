import { castDraft, produce } from 'immer';
import { popmError } from '../core/errors.js';
import { requireNumber } from '../core/validate.js';
import { normaliseItem, optionsRecord, requireBacklog } from './internal.js';
import type { Backlog, BacklogItemInput } from './types.js';

/** Options of {@link addItem}. */
export interface AddItemOptions {
  /** Index the new item takes, 0 (top) … items.length (bottom, the default). */
  readonly at?: number;
}

/**
 * Adds an item to a backlog, at the bottom unless `at` says where. The new
 * backlog shares every existing item with the old one.
 *
 * @param backlog - the backlog
 * @param item - the new item (validated like {@link createBacklog}'s)
 * @param options - `at`: the index the item takes
 * @returns a new frozen backlog
 * @throws PopmError the item errors of {@link createBacklog} (paths start `['item']`),
 *   `DUPLICATE_ID` when the id is taken, `NOT_FOUND` for an unknown dependency,
 *   `OUT_OF_RANGE` for `at` outside 0..items.length, `INVALID_ARGUMENT` at `['options']`
 *   when options are given but are not an object
 * @example
 * const b = createBacklog([{ id: 'a', title: 'Alpha' }]);
 * const c = addItem(b, { id: 'b', title: 'Beta' }, { at: 0 });
 * c.items.map((i) => i.id); //=> ['b', 'a']
 * c.items[1] === b.items[0]; //=> true
 */
export function addItem(
  backlog: Backlog,
  item: BacklogItemInput,
  options: AddItemOptions = {},
): Backlog {
  const b = requireBacklog(backlog);
  const n = b.items.length;
  const o = optionsRecord(options);
  const at =
    o.at !== undefined
      ? requireNumber(o.at, ['options', 'at'], { integer: true, min: 0, max: n })
      : n;
  const added = normaliseItem(item, ['item']);
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
  return produce(b, (draft) => {
    draft.items = castDraft(Object.freeze(items));
  });
}
