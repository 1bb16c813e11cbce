import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { requireNumber, requireObject, requireString } from '../core/validate.js';

/**
 * A sprint (iteration) and what it delivered. `committed`, `completed`,
 * `added` and `removed` are in one unit per team: story points (`estimate`s)
 * or item counts.
 */
export interface Sprint {
  /** Unique id within the sprint list. */
  readonly id: string;
  /** First day of the sprint. */
  readonly start: IsoDate;
  /** Last day of the sprint (inclusive), on or after `start`. */
  readonly end: IsoDate;
  /** Work committed at sprint planning (the "say"), >= 0. */
  readonly committed: number;
  /** Work done by the end of the sprint (the velocity of the sprint), >= 0. */
  readonly completed: number;
  /** Work added after the sprint started, >= 0 (default 0). */
  readonly added?: number;
  /** Work removed after the sprint started, >= 0 (default 0). */
  readonly removed?: number;
  /**
   * The part of `completed` that was added after the start, >= 0 and
   * <= `completed` (default 0). {@link sayDoRatio} leaves it out of the "do",
   * since nobody said it.
   */
  readonly completedFromAdded?: number;
}

/** @internal A validated sprint with its epoch days. */
export interface CheckedSprint {
  readonly sprint: Sprint;
  readonly startDay: number;
  readonly endDay: number;
}

/** @internal Validates one sprint. */
export function checkSprint(value: unknown, path: PopmPath): CheckedSprint {
  const rec = requireObject(value, path, 'a Sprint object');
  requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  const startDay = toEpochDay(rec.start, [...path, 'start']);
  const endDay = toEpochDay(rec.end, [...path, 'end']);
  if (endDay < startDay)
    throw popmError(
      'INVALID_DATE',
      [...path, 'end'],
      `a date on or after start ${String(rec.start)}`,
      rec.end,
    );
  requireNumber(rec.committed, [...path, 'committed'], { min: 0 });
  const completed = requireNumber(rec.completed, [...path, 'completed'], { min: 0 });
  for (const key of ['added', 'removed', 'completedFromAdded'] as const) {
    if (rec[key] !== undefined) requireNumber(rec[key], [...path, key], { min: 0 });
  }
  if (rec.completedFromAdded !== undefined && (rec.completedFromAdded as number) > completed)
    throw popmError(
      'OUT_OF_RANGE',
      [...path, 'completedFromAdded'],
      `a number <= completed (${completed})`,
      rec.completedFromAdded,
    );
  return { sprint: value as Sprint, startDay, endDay };
}
