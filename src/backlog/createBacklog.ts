import { ownBacklog } from './internal/own.js';
import { checkGraph, readItems } from './internal/readBacklog.js';
import type { Backlog, BacklogItemInput } from './types.js';

/**
 * Builds a backlog from items listed in backlog order (top first). Every item
 * is read by the 1.0 entity rule: a key close to a known one (`estimat`) is an
 * error naming the known key, any other unknown key (`assignee`, `color`) is
 * ignored, and `meta` (a JSON object) is carried through untouched. Defaults
 * are filled in (`status: 'todo'`, `dependsOn: []`, `tags: []`), ids must be
 * unique, every dependency must name an item of the backlog, and dependencies
 * must not loop. The backlog and its items are fresh objects, deep-frozen;
 * the input is never frozen or kept.
 *
 * @param items - the items, top first
 * @returns a frozen backlog
 * @throws PopmError `INVALID_ARGUMENT` for a malformed item or a misspelled key
 *   (`details.suggestion` names the known key), `INVALID_NUMBER` / `OUT_OF_RANGE` for a
 *   bad figure, `INVALID_DATE` for a bad `createdOn`, `DUPLICATE_ID` for a repeated id,
 *   `NOT_FOUND` for an unknown dependency, `CYCLE` for a dependency loop (its ids in
 *   `details.cycle`); paths start `['items', index]`
 * @example
 * const b = createBacklog([
 *   { id: 'login', title: 'Log in', estimate: 3, meta: { jira: 'APP-1' } },
 *   { id: 'profile', title: 'Edit profile', dependsOn: ['login'] },
 * ]);
 * b.items[1]; //=> { id: 'profile', title: 'Edit profile', status: 'todo', dependsOn: ['login'], tags: [] }
 * b.items[0].meta; //=> { jira: 'APP-1' }
 * const row = { id: 'a', title: 'A', estimat: 3 }; // a typo in data from elsewhere
 * createBacklog([row]); // throws PopmError INVALID_ARGUMENT at ['items', 0, 'estimat']
 */
export function createBacklog(items: readonly BacklogItemInput[]): Backlog {
  const list = readItems(items, ['items']);
  checkGraph(list, ['items']);
  return ownBacklog(list);
}
