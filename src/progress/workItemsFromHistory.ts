import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readMeta } from '../core/internal/readObject.js';
import { requireString } from '../core/internal/validate.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { readList } from './internal/shared.js';
import { deriveDates } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { StateTransition, WorkItem } from './workItem.js';

/** One item's status history, as a tracker exports it. */
export interface StatusHistory {
  /** The item's id, unique in the list. */
  readonly id: string;
  /** The states it entered, any order (sorted by date; same-day moves keep their order). */
  readonly transitions: readonly StateTransition[];
  /** When it was requested; default the day of its first transition. */
  readonly createdOn?: IsoDate | undefined;
  /** Its kind, e.g. `'story'`. */
  readonly type?: string | undefined;
  /** The person working on it. */
  readonly assignee?: string | undefined;
  /** Your own data (a JSON object), carried to the work item. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

const KEYS = ['id', 'transitions', 'createdOn', 'type', 'assignee', 'meta'] as const;

/**
 * Work items from status histories, by one workflow's rules, so every list,
 * chart and forecast uses the same "started" and "done":
 *
 * - an item is created on `createdOn` (default its first transition) and
 *   sits in the workflow's first state until its first transition;
 * - it starts on the day it enters an in-progress or done state; moving back
 *   to a todo state is a false start and clears the start (ActionableAgile:
 *   an item moved backwards is considered never to have been in the later
 *   stage);
 * - it finishes on the day it enters a done state, if it is still in a done
 *   state at the end of its history;
 * - reopened (leaving done for an in-progress state): with `reopen:
 *   'restart'` the start moves to the reopen day; with `'continue'` (the
 *   default) the first start stays, so cycle time runs to the final finish.
 *
 * @param history - one status history per item, unique ids
 * @param workflow - the team's workflow
 * @returns work items with `startedOn`/`finishedOn` set by the workflow and the transitions sorted
 * @throws PopmError `INVALID_ARGUMENT` for a state the workflow lacks, a history with neither
 *   transitions nor `createdOn`, a bad workflow or a misspelled key; `INVALID_DATE` for a bad date
 *   or a transition before `createdOn`; `DUPLICATE_ID`
 * @example
 * const workflow = {
 *   states: [
 *     { name: 'To Do', category: 'todo' },
 *     { name: 'Doing', category: 'in-progress' },
 *     { name: 'Review', category: 'in-progress', active: false },
 *     { name: 'Done', category: 'done' },
 *   ],
 * } as const;
 * workItemsFromHistory(
 *   [
 *     {
 *       id: 'a',
 *       transitions: [
 *         { state: 'To Do', on: '2026-03-02' },
 *         { state: 'Doing', on: '2026-03-03' },
 *         { state: 'Review', on: '2026-03-05' },
 *         { state: 'Done', on: '2026-03-06' },
 *       ],
 *     },
 *   ],
 *   workflow,
 * ).map((w) => [w.createdOn, w.startedOn, w.finishedOn]);
 * //=> [['2026-03-02', '2026-03-03', '2026-03-06']]
 */
export function workItemsFromHistory(
  history: readonly StatusHistory[],
  workflow: Workflow,
): readonly WorkItem[] {
  const wf = checkWorkflow(workflow, ['workflow']);
  const list = readList(history, ['history'], 'an array of status histories');
  const seen = new Map<string, number>();
  const out = list.map((h, i): WorkItem => {
    const path = ['history', i];
    const rec = readEntity(h, path, KEYS, 'a { id, transitions } status history');
    const id = requireString(rec.id, [...path, 'id'], 'a non-empty string id');
    const first = seen.get(id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, 'id'], 'a unique id', id, {
        id,
        firstIndex: first,
      });
    seen.set(id, i);
    const raw = readList(rec.transitions, [...path, 'transitions'], 'an array of transitions');
    const steps = raw.map((t, j) => readStep(t, [...path, 'transitions', j], wf, j));
    steps.sort((a, b) => a[0] - b[0]);
    const created = createdDay(rec.createdOn, steps, path, raw);
    const d = deriveDates(
      steps.map(([day, s]) => [day, s] as const),
      wf,
    );
    const item: { -readonly [K in keyof WorkItem]: WorkItem[K] } = {
      id,
      createdOn: fromEpochDay(created),
    };
    if (d.started !== null) item.startedOn = fromEpochDay(d.started);
    if (d.finished !== null) item.finishedOn = fromEpochDay(d.finished);
    if (rec.type !== undefined) item.type = requireString(rec.type, [...path, 'type']);
    if (rec.assignee !== undefined)
      item.assignee = requireString(rec.assignee, [...path, 'assignee']);
    item.transitions = steps.map(([day, s]) => ({
      state: (wf.states[s] as { name: string }).name,
      on: fromEpochDay(day),
    }));
    const meta = readMeta(rec.meta, [...path, 'meta']);
    if (meta !== undefined) item.meta = meta;
    return item;
  });
  return deepFreeze(out);
}

/** One transition as `[epoch day, state index, input index]`. */
function readStep(
  t: unknown,
  at: (string | number)[],
  wf: ReturnType<typeof checkWorkflow>,
  j: number,
): readonly [number, number, number] {
  const tr = readEntity(t, at, ['state', 'on'], 'a { state, on } transition');
  const name = requireString(tr.state, [...at, 'state']);
  const s = wf.index.get(name);
  if (s === undefined)
    throw popmError('INVALID_ARGUMENT', [...at, 'state'], 'a state of the workflow', name);
  return [toEpochDay(tr.on, [...at, 'on']), s, j] as const;
}

/** The creation day: `createdOn` (no transition before it), else the first transition's. */
function createdDay(
  createdOn: unknown,
  steps: readonly (readonly [number, number, number])[],
  path: (string | number)[],
  raw: unknown,
): number {
  if (createdOn !== undefined) {
    const created = toEpochDay(createdOn, [...path, 'createdOn']);
    const early = steps[0];
    if (early !== undefined && early[0] < created)
      throw popmError(
        'INVALID_DATE',
        [...path, 'transitions', early[2], 'on'],
        `a date on or after createdOn ${String(createdOn)}`,
        fromEpochDay(early[0]),
      );
    return created;
  }
  const early = steps[0];
  if (early === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'transitions'],
      'at least one transition, or a createdOn',
      raw,
    );
  return early[0];
}
