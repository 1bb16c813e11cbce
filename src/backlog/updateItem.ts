import { castDraft, type Draft, produce } from 'immer';
import { popmError } from '../core/errors.js';
import { requireObject } from '../core/validate.js';
import { at, checkGraph, indexOfId, normaliseItem, requireBacklog } from './internal.js';
import type { Backlog, BacklogItem, BacklogItemInput } from './types.js';

/** A shallow patch for {@link updateItem}: the fields to replace (never `id`). */
export type ItemPatch = Partial<Omit<BacklogItemInput, 'id'>>;

/**
 * An immer recipe for {@link updateItem}: change the draft in place (e.g.
 * `(d) => { d.tags.push('ux'); delete d.estimate; }`); it may not change `id`.
 */
export type ItemRecipe = (draft: Draft<BacklogItem>) => void;

/**
 * Changes one item, by a shallow patch or an immer recipe, and re-validates
 * it (fields, dependencies, loops). Every other item is shared with the old
 * backlog; a change that changes nothing returns the same backlog.
 *
 * @param backlog - the backlog
 * @param id - the item to change
 * @param change - a patch object, or a recipe that edits a draft of the item
 * @returns a new frozen backlog
 * @throws PopmError `NOT_FOUND` for an unknown id (`['id']`) or dependency; the item
 *   errors of {@link createBacklog} (paths start `['patch']` for a patch, `['items', index]`
 *   for a recipe); `INVALID_ARGUMENT` when the change alters `id`; `CYCLE` when a new
 *   dependency closes a loop
 * @example
 * const b = createBacklog([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }]);
 * const c = updateItem(b, 'a', { estimate: 5, status: 'ready' });
 * c.items[0].estimate; //=> 5
 * c.items[1] === b.items[1]; //=> true
 * updateItem(b, 'b', (d) => { d.tags.push('ux'); }).items[1].tags; //=> ['ux']
 */
export function updateItem(backlog: Backlog, id: string, change: ItemPatch | ItemRecipe): Backlog {
  const b = requireBacklog(backlog);
  const i = indexOfId(b, id, ['id']);
  const item = b.items[i] as BacklogItem;
  let updated: BacklogItem;
  if (typeof change === 'function') {
    const next = produce(item, change);
    if (next === item) return b;
    if (next.id !== item.id)
      throw popmError(
        'INVALID_ARGUMENT',
        ['items', i, 'id'],
        `the unchanged id '${item.id}'`,
        next.id,
      );
    updated = normaliseItem(next, ['items', i]);
  } else {
    const patch = requireObject(change, ['patch'], 'a patch object or a recipe function');
    if (Object.hasOwn(patch, 'id') && patch.id !== item.id)
      throw popmError(
        'INVALID_ARGUMENT',
        ['patch', 'id'],
        `the unchanged id '${item.id}'`,
        patch.id,
      );
    const keys = Object.keys(patch);
    if (keys.every((k) => patch[k] === (item as unknown as Record<string, unknown>)[k])) return b;
    const merged: Record<string, unknown> = { ...item };
    for (const k of keys) {
      if (patch[k] === undefined) delete merged[k];
      else merged[k] = patch[k];
    }
    // A patch's errors point into the patch: ['patch', field, …].
    updated = at(['patch'], () => normaliseItem(merged, []));
  }
  const items = Array.from(b.items);
  items[i] = updated;
  if (updated.dependsOn !== item.dependsOn) checkGraph(items, ['items']);
  return produce(b, (draft) => {
    draft.items[i] = castDraft(updated);
  });
}
