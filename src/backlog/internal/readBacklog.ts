/**
 * @internal Reads a backlog argument. A backlog popm built is taken as it is
 * (validated when built, deep-frozen); anything else is validated like
 * {@link createBacklog}'s input and copied, so an operation never returns,
 * keeps or freezes the caller's own objects.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readProperty } from '../../core/internal/readObject.js';
import { findCycle, indexById } from '../../core/internal/validate.js';
import type { Backlog, BacklogItem } from '../types.js';
import { isOwnBacklog, isOwnItem, ownBacklog } from './own.js';
import { readItem } from './readItem.js';

/** @internal The elements of an untrusted array, read safely into a plain array. */
export function readList(value: unknown, path: PopmPath, what = 'an array'): unknown[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  const length = readProperty(value, 'length', path) as number;
  const out: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = readProperty(value, String(i), path);
  return out;
}

/** @internal Items read one by one: popm's own items as they are, others validated and copied. */
export function readItems(value: unknown, path: PopmPath): BacklogItem[] {
  const list = readList(value, path);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    list[i] = isOwnItem(item) ? item : readItem(item, [...path, i]);
  }
  return list as BacklogItem[];
}

/**
 * @internal Checks ids are unique, every dependency exists and there is no
 * dependency loop. Returns id → index.
 */
export function checkGraph(items: readonly BacklogItem[], path: PopmPath): Map<string, number> {
  const index = indexById(items, path);
  let anyDeps = false;
  items.forEach((item, i) => {
    item.dependsOn.forEach((dep, j) => {
      anyDeps = true;
      if (!index.has(dep))
        throw popmError(
          'NOT_FOUND',
          [...path, i, 'dependsOn', j],
          'the id of an item in the backlog',
          dep,
          { id: item.id, dependsOn: dep },
        );
    });
  });
  if (anyDeps) {
    const ids = items.map((it) => it.id);
    const cycle = findCycle(ids, (id) => (items[index.get(id) as number] as BacklogItem).dependsOn);
    if (cycle !== null) {
      const first = index.get(cycle[0] as string) as number;
      throw popmError(
        'CYCLE',
        [...path, first, 'dependsOn'],
        'no dependency loop',
        [...cycle, cycle[0]].join(' -> '),
        { cycle },
      );
    }
  }
  return index;
}

function readUntrusted(value: unknown, path: PopmPath, what: string): BacklogItem[] {
  const rec = readEntity(value, path, ['items'], what);
  return readItems(rec.items, [...path, 'items']);
}

/**
 * @internal A backlog argument, whole: every item valid, ids unique, every
 * dependency an item of the backlog, no loop (what {@link createBacklog}
 * checks). For the operations that return a backlog.
 */
export function readBacklog(
  value: unknown,
  path: PopmPath = ['backlog'],
  what = 'a backlog ({ items })',
): Backlog {
  if (isOwnBacklog(value)) return value;
  const items = readUntrusted(value, path, what);
  checkGraph(items, [...path, 'items']);
  return ownBacklog(items);
}

/**
 * @internal A backlog argument read as a view: every item valid and ids
 * unique, but a dependency may name an item outside the list (a filtered
 * view such as `{ items: b.items.filter(…) }`). For the read-only analyses,
 * which treat such a dependency as not done.
 */
export function readBacklogView(
  value: unknown,
  path: PopmPath = ['backlog'],
  what = 'a backlog ({ items })',
): Backlog {
  if (isOwnBacklog(value)) return value;
  const items = readUntrusted(value, path, what);
  indexById(items, [...path, 'items']);
  return Object.freeze({ items: Object.freeze(items) });
}

/** @internal Finds an item's index by id, or throws NOT_FOUND at `path`. */
export function indexOfId(backlog: Backlog, key: string, path: PopmPath): number {
  const items = backlog.items;
  for (let i = 0; i < items.length; i++) if ((items[i] as BacklogItem).id === key) return i;
  throw popmError('NOT_FOUND', path, 'the id of an item in the backlog', key);
}
