import { type Draft, Immer } from 'immer';
import { popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import { findCycle, requireString } from '../core/internal/validate.js';
import { ownBacklog } from './internal/own.js';
import { indexOfId, readBacklog } from './internal/readBacklog.js';
import { ITEM_KEYS, readItem } from './internal/readItem.js';
import type { Backlog, BacklogItem, BacklogItemInput } from './types.js';

/** A shallow patch for {@link updateItem}: the fields to replace (never `id`). */
export type ItemPatch = Partial<Omit<BacklogItemInput, 'id'>>;

/**
 * An immer recipe for {@link updateItem}: change the draft in place (e.g.
 * `(d) => { d.tags.push('ux'); delete d.estimate; }`), or return a whole new
 * item without touching the draft (a `void` return type accepts both); it
 * may not change `id`.
 */
export type ItemRecipe = (draft: Draft<BacklogItem>) => void;

// A private immer that never freezes: whatever a recipe puts in the draft may
// be the caller's object, and popm never freezes those (the result is read
// into fresh frozen objects instead).
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

function applyRecipe(item: BacklogItem, recipe: ItemRecipe): unknown {
  try {
    return immer.produce(item, recipe as (d: Draft<BacklogItem>) => undefined);
  } catch (e) {
    // Immer's own errors (a recipe that both edits its draft and returns a
    // value) become a PopmError; anything the recipe itself throws is its own.
    if (e instanceof Error && e.message.startsWith('[Immer]'))
      throw popmError(
        'INVALID_ARGUMENT',
        ['change'],
        'a recipe that either edits its draft or returns a new item, not both',
        recipe,
        { reason: e.message },
      );
    throw e;
  }
}

function applyPatch(item: BacklogItem, change: unknown): Record<string, unknown> | null {
  const patch: Record<string, unknown> = readEntity(
    change,
    ['change'],
    ITEM_KEYS,
    'a patch object or a recipe function',
  );
  const current = item as unknown as Record<string, unknown>;
  const keys = Object.keys(patch);
  if (keys.every((k) => patch[k] === current[k])) return null;
  const merged: Record<string, unknown> = { ...current };
  for (const k of keys) {
    if (patch[k] === undefined) delete merged[k];
    else merged[k] = patch[k];
  }
  return merged;
}

// The backlog was valid before the change, so a loop must pass through the changed item.
function checkDependencies(items: readonly BacklogItem[], updated: BacklogItem): void {
  const byId = new Map<string, BacklogItem>();
  for (const it of items) byId.set(it.id, it);
  updated.dependsOn.forEach((dep, j) => {
    if (!byId.has(dep))
      throw popmError(
        'NOT_FOUND',
        ['change', 'dependsOn', j],
        'the id of an item in the backlog',
        dep,
      );
  });
  const cycle = findCycle([updated.id], (id) => (byId.get(id) as BacklogItem).dependsOn);
  if (cycle !== null)
    throw popmError(
      'CYCLE',
      ['change', 'dependsOn'],
      'no dependency loop',
      [...cycle, cycle[0]].join(' -> '),
      { cycle },
    );
}

/**
 * Changes one item, by a shallow patch or an immer recipe, and re-validates
 * it (fields, dependencies, loops). Every other item is shared with the old
 * backlog; a change that changes nothing returns the same backlog. A backlog
 * not made by popm is validated like {@link createBacklog}'s input first.
 *
 * @param backlog - the backlog
 * @param id - the item to change
 * @param change - a patch object (read like an item: a misspelled key is an error, an
 *   `undefined` value removes the field), or a recipe that edits a draft of the item
 * @returns a new frozen backlog
 * @throws PopmError `NOT_FOUND` for an unknown id (`['id']`); the item errors of
 *   {@link createBacklog} with paths starting `['change']` (for a patch or a recipe);
 *   `INVALID_ARGUMENT` when the change alters `id`, or at `['change']` when a recipe both
 *   edits its draft and returns a value; `NOT_FOUND` / `CYCLE` at `['change', 'dependsOn']`
 *   for an unknown dependency or a new loop; a hand-built backlog's errors at
 *   `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }]);
 * const c = updateItem(b, 'a', { estimate: 5, status: 'ready' });
 * c.items[0].estimate; //=> 5
 * c.items[1] === b.items[1]; //=> true
 * updateItem(b, 'b', (d) => { d.tags.push('ux'); }).items[1].tags; //=> ['ux']
 * updateItem(b, 'a', { estimat: 5 } as never); // throws PopmError INVALID_ARGUMENT at ['change', 'estimat']
 */
export function updateItem(backlog: Backlog, id: string, change: ItemPatch | ItemRecipe): Backlog {
  const b = readBacklog(backlog);
  const key = requireString(id, ['id'], 'a non-empty string id');
  const i = indexOfId(b, key, ['id']);
  const item = b.items[i] as BacklogItem;
  let next: unknown;
  if (typeof change === 'function') {
    next = applyRecipe(item, change);
    if (next === item) return b;
  } else {
    next = applyPatch(item, change);
    if (next === null) return b;
  }
  const updated = readItem(next, ['change']);
  if (updated.id !== item.id)
    throw popmError(
      'INVALID_ARGUMENT',
      ['change', 'id'],
      `the unchanged id '${item.id}'`,
      updated.id,
    );
  const items = Array.from(b.items);
  items[i] = updated;
  checkDependencies(items, updated);
  return ownBacklog(items);
}
