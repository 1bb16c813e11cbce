import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber, requireString } from '../core/internal/validate.js';
import { ownBacklog } from './internal/own.js';
import { readBacklog } from './internal/readBacklog.js';
import type { Backlog, BacklogItem } from './types.js';

const TARGET_KEYS = ['to', 'before', 'after'] as const;
const TARGET_RULE = 'one of { to }, { before }, { after }';

/**
 * Where {@link moveItem} puts an item: an index in the resulting backlog
 * (`to`), or next to another item (`before` / `after`).
 */
export type MoveTarget =
  | {
      /** The index the item ends at, 0 (top) … items.length − 1. */
      readonly to: number;
    }
  | {
      /** The id of the item to go just above. */
      readonly before: string;
    }
  | {
      /** The id of the item to go just below. */
      readonly after: string;
    };

/**
 * Moves one item within the backlog (manual re-ordering). Every item is
 * shared with the old backlog; when the item is already in place, the same
 * backlog is returned. Moving is the Product Owner's call: it may put an item
 * above one it depends on ({@link backlogHealth} reports that).
 *
 * @param backlog - the backlog
 * @param id - the item to move
 * @param target - `{ to }`, `{ before }` or `{ after }`
 * @returns the re-ordered frozen backlog
 * @throws PopmError `NOT_FOUND` for an unknown id (`['id']`) or reference item
 *   (`['target', 'before' | 'after']`), `OUT_OF_RANGE` for `to` outside the backlog,
 *   `INVALID_ARGUMENT` for a malformed target (none or several of `to`, `before`, `after`,
 *   or an unknown key) or moving an item next to itself; a hand-built backlog's errors at
 *   `['backlog', 'items', index, …]`
 * @example
 * const b = createBacklog([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }]);
 * moveItem(b, 'c', { to: 0 }).items.map((i) => i.id);        //=> ['c', 'a', 'b']
 * moveItem(b, 'a', { after: 'b' }).items.map((i) => i.id);   //=> ['b', 'a', 'c']
 * moveItem(b, 'c', { before: 'b' }).items.map((i) => i.id);  //=> ['a', 'c', 'b']
 */
export function moveItem(backlog: Backlog, id: string, target: MoveTarget): Backlog {
  const b = readBacklog(backlog);
  const key = requireString(id, ['id'], 'a non-empty string id');
  const t = readTarget(target);
  const n = b.items.length;
  const { from, ref } = locate(b.items, key, t.refId);
  if (from < 0) throw popmError('NOT_FOUND', ['id'], 'the id of an item in the backlog', key);
  let to: number;
  if (t.refKey === null) {
    to = requireNumber(t.to, ['target', 'to'], { integer: true, min: 0, max: n - 1 });
  } else {
    if (ref < 0)
      throw popmError(
        'NOT_FOUND',
        ['target', t.refKey],
        'the id of an item in the backlog',
        t.refId,
      );
    if (ref === from)
      throw popmError(
        'INVALID_ARGUMENT',
        ['target', t.refKey],
        'another item than the one moved',
        t.refId,
      );
    // Index of the reference item once the moved item is taken out.
    const refAfterRemoval = ref > from ? ref - 1 : ref;
    to = t.refKey === 'before' ? refAfterRemoval : refAfterRemoval + 1;
  }
  if (to === from) return b;
  // Array.from, not slice: V8's slice of a frozen array takes a slow path (~60× here).
  const items = Array.from(b.items);
  const moved = items[from] as BacklogItem;
  if (from < to) items.copyWithin(from, from + 1, to + 1);
  else items.copyWithin(to + 1, to, from);
  items[to] = moved;
  return ownBacklog(items);
}

/** The target, read strictly: exactly one of `to`, `before`, `after`. */
function readTarget(target: unknown): {
  readonly refKey: 'before' | 'after' | null;
  readonly refId: string | null;
  readonly to: unknown;
} {
  if (target === null || typeof target !== 'object')
    throw popmError('INVALID_ARGUMENT', ['target'], TARGET_RULE, target);
  const t = readOptions(target, ['target'], TARGET_KEYS);
  const given = TARGET_KEYS.filter((k) => t[k] !== undefined);
  if (given.length !== 1) throw popmError('INVALID_ARGUMENT', ['target'], TARGET_RULE, target);
  const refKey = given[0] === 'to' ? null : (given[0] as 'before' | 'after');
  const refId =
    refKey === null ? null : requireString(t[refKey], ['target', refKey], 'a non-empty string id');
  return { refKey, refId, to: t.to };
}

/** One pass finds both ids (frozen arrays are slow to scan; this is the hot path). */
function locate(
  items: readonly BacklogItem[],
  key: string,
  refId: string | null,
): { from: number; ref: number } {
  let from = -1;
  let ref = -1;
  for (let i = 0; i < items.length; i++) {
    const itemId = (items[i] as BacklogItem).id;
    if (itemId === key) from = i;
    if (itemId === refId) ref = i;
    if (from >= 0 && (refId === null || ref >= 0)) break;
  }
  return { from, ref };
}
