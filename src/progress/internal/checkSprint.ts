/** @internal Reading a {@link Sprint} once into a validated copy with its epoch days. */
import type { IsoDate } from '../../core/dates.js';
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireNumber, requireString } from '../../core/internal/validate.js';
import type { Sprint } from '../sprint.js';
import { SPRINT_KEYS } from './sprintKeys.js';

/** @internal A validated sprint with its epoch days. */
export interface CheckedSprint {
  readonly sprint: Sprint;
  readonly startDay: number;
  readonly endDay: number;
}

/** @internal Validates one sprint into a fresh copy. */
export function checkSprint(value: unknown, path: PopmPath): CheckedSprint {
  const rec = readEntity(value, path, SPRINT_KEYS, 'a Sprint object');
  const id = requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  const startDay = toEpochDay(rec.start, [...path, 'start']);
  const endDay = toEpochDay(rec.end, [...path, 'end']);
  if (endDay < startDay)
    throw popmError(
      'INVALID_DATE',
      [...path, 'end'],
      `a date on or after start ${String(rec.start)}`,
      rec.end,
    );
  const committed = requireNumber(rec.committed, [...path, 'committed'], { min: 0 });
  const completed = requireNumber(rec.completed, [...path, 'completed'], { min: 0 });
  const sprint: { -readonly [K in keyof Sprint]: Sprint[K] } = {
    id,
    start: rec.start as IsoDate,
    end: rec.end as IsoDate,
    committed,
    completed,
  };
  for (const key of ['added', 'removed', 'completedFromAdded'] as const) {
    if (rec[key] !== undefined) sprint[key] = requireNumber(rec[key], [...path, key], { min: 0 });
  }
  if (sprint.completedFromAdded !== undefined && sprint.completedFromAdded > completed)
    throw popmError(
      'OUT_OF_RANGE',
      [...path, 'completedFromAdded'],
      `a number <= completed (${completed})`,
      sprint.completedFromAdded,
    );
  const meta = readMeta(rec.meta, [...path, 'meta']);
  if (meta !== undefined) sprint.meta = meta;
  return { sprint, startDay, endDay };
}
