import { requireArray } from '../core/validate.js';
import { checkGraph, normaliseItem } from './internal.js';
import type { Backlog, BacklogItemInput } from './types.js';

/**
 * Builds a backlog from items listed in backlog order (top first). Every item
 * is validated, defaults are filled in (`status: 'todo'`, `dependsOn: []`,
 * `tags: []`), ids must be unique, every dependency must name an item of the
 * backlog, and dependencies must not loop.
 *
 * @param items - the items, top first
 * @returns a frozen backlog
 * @throws PopmError `INVALID_ARGUMENT` for a malformed item, `INVALID_NUMBER` /
 *   `OUT_OF_RANGE` for a bad figure, `INVALID_DATE` for a bad `createdOn`,
 *   `DUPLICATE_ID` for a repeated id, `NOT_FOUND` for an unknown dependency, `CYCLE`
 *   for a dependency loop (its ids in `details.cycle`); paths start `['items', index]`
 * @example
 * const b = createBacklog([
 *   { id: 'login', title: 'Log in', estimate: 3 },
 *   { id: 'profile', title: 'Edit profile', dependsOn: ['login'] },
 * ]);
 * b.items[1]; //=> { id: 'profile', title: 'Edit profile', status: 'todo', dependsOn: ['login'], tags: [] }
 */
export function createBacklog(items: readonly BacklogItemInput[]): Backlog {
  const list = requireArray(items, ['items']);
  const normalised = list.map((item, i) => normaliseItem(item, ['items', i]));
  checkGraph(normalised, ['items']);
  return Object.freeze({ items: Object.freeze(normalised) });
}
