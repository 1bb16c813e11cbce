/** @internal Reading the days of a burndown or burnup result. */
import type { PopmPath } from '../../core/errors.js';
import { day, list, num, obj, str } from './read.js';

/** @internal One burn-chart day as the chart needs it. */
export interface BurnPoint {
  readonly date: number;
  readonly day: number;
  readonly scope: number;
  readonly completed: number;
  readonly remaining: number;
  readonly ideal: number;
}

/** @internal The common part of a burndown and a burnup result, validated. */
export function readBurn(result: unknown): {
  sprintId: string;
  committed: number;
  workingDays: number;
  days: BurnPoint[];
} {
  const path: PopmPath = ['result'];
  const o = obj(result, path, 'a burndown or burnup result');
  const days = list(o, 'days', path).map((d, i) => {
    const p = [...path, 'days', i];
    const e = obj(d, p);
    return {
      date: day(e, 'date', p),
      day: num(e, 'day', p, { min: 0 }),
      scope: num(e, 'scope', p),
      completed: num(e, 'completed', p),
      remaining: num(e, 'remaining', p),
      ideal: num(e, 'ideal', p),
    };
  });
  return {
    sprintId: str(o, 'sprintId', path),
    committed: num(o, 'committed', path, { min: 0 }),
    workingDays: num(o, 'workingDays', path, { min: 0 }),
    days,
  };
}
