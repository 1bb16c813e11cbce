import { fromEpochDay, type IsoDate, toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireString } from '../../core/internal/validate.js';
import type { WorkItem } from '../workItem.js';
import { readList } from './shared.js';

/** @internal The keys a {@link WorkItem} knows. */
export const WORK_ITEM_KEYS = [
  'id',
  'createdOn',
  'startedOn',
  'finishedOn',
  'type',
  'assignee',
  'transitions',
  'meta',
] as const;

/** @internal A validated work item: a fresh copy, with its epoch days (`null` when absent). */
export interface CheckedWorkItem {
  readonly item: WorkItem;
  readonly created: number;
  readonly started: number | null;
  readonly finished: number | null;
  /** Transitions as [epochDay, state, input index], in date order (stable). */
  readonly transitions: readonly (readonly [number, string, number])[];
}

/** @internal Validates one work item (dates in order) into a fresh copy. */
export function checkWorkItem(value: unknown, path: PopmPath): CheckedWorkItem {
  const rec = readEntity(value, path, WORK_ITEM_KEYS, 'a WorkItem object');
  const id = requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  const created = toEpochDay(rec.createdOn, [...path, 'createdOn']);
  const started =
    rec.startedOn === undefined ? null : toEpochDay(rec.startedOn, [...path, 'startedOn']);
  const finished =
    rec.finishedOn === undefined ? null : toEpochDay(rec.finishedOn, [...path, 'finishedOn']);
  if (started !== null && started < created)
    throw popmError(
      'INVALID_DATE',
      [...path, 'startedOn'],
      `a date on or after createdOn ${String(rec.createdOn)}`,
      rec.startedOn,
    );
  if (finished !== null && started !== null && finished < started)
    throw popmError(
      'INVALID_DATE',
      [...path, 'finishedOn'],
      `a date on or after startedOn ${String(rec.startedOn)}`,
      rec.finishedOn,
    );
  if (finished !== null && finished < created)
    throw popmError(
      'INVALID_DATE',
      [...path, 'finishedOn'],
      `a date on or after createdOn ${String(rec.createdOn)}`,
      rec.finishedOn,
    );
  const item: { -readonly [K in keyof WorkItem]: WorkItem[K] } = {
    id,
    createdOn: rec.createdOn as IsoDate,
  };
  if (started !== null) item.startedOn = rec.startedOn as IsoDate;
  if (finished !== null) item.finishedOn = rec.finishedOn as IsoDate;
  if (rec.type !== undefined) item.type = requireString(rec.type, [...path, 'type']);
  if (rec.assignee !== undefined)
    item.assignee = requireString(rec.assignee, [...path, 'assignee']);
  const meta = readMeta(rec.meta, [...path, 'meta']);
  if (meta !== undefined) item.meta = meta;
  let transitions: (readonly [number, string, number])[] = [];
  if (rec.transitions !== undefined) {
    const list = readList(rec.transitions, [...path, 'transitions'], 'an array of transitions');
    transitions = list.map((t, i) => {
      const at = [...path, 'transitions', i];
      const tr = readEntity(t, at, ['state', 'on'], 'a { state, on } transition');
      const state = requireString(tr.state, [...at, 'state']);
      const on = toEpochDay(tr.on, [...at, 'on']);
      if (on < created)
        throw popmError(
          'INVALID_DATE',
          [...at, 'on'],
          `a date on or after createdOn ${String(rec.createdOn)}`,
          tr.on,
        );
      return [on, state, i] as const;
    });
    item.transitions = transitions.map(([on, state]) => ({ state, on: fromEpochDay(on) }));
    // Array.prototype.sort is stable: same-day transitions keep input order.
    transitions.sort((a, b) => a[0] - b[0]);
  }
  return { item, created, started, finished, transitions };
}

/** @internal Checks a list of work items with unique ids. */
export function checkWorkItems(value: unknown, path: PopmPath): CheckedWorkItem[] {
  const list = readList(value, path, 'an array of work items');
  const out = list.map((it, i) => checkWorkItem(it, [...path, i]));
  const seen = new Map<string, number>();
  out.forEach((c, i) => {
    const first = seen.get(c.item.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', c.item.id, {
        id: c.item.id,
        firstIndex: first,
      });
    seen.set(c.item.id, i);
  });
  return out;
}
