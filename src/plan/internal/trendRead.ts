/**
 * @internal Reads the status snapshots of {@link milestoneTrend}: each a
 * baseline (`toBaseline` of the schedule as it stood) with its status date,
 * status dates strictly ascending, ids unique within a snapshot.
 */
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireArray } from '../../core/internal/validate.js';
import { readBaselineTask } from './baselineTask.js';

const SNAPSHOT_KEYS = ['statusDate', 'start', 'finish', 'tasks'] as const;

/** @internal One task of one snapshot. */
export interface TrendTask {
  readonly id: string;
  readonly name: string | undefined;
  readonly milestone: boolean;
  /** The forecast date (the task's finish), as given and as an epoch day. */
  readonly date: string;
  readonly day: number;
}

/** @internal One snapshot. */
export interface TrendSnapshot {
  readonly statusDate: string;
  readonly statusDay: number;
  readonly tasks: readonly TrendTask[];
  /** The tasks by id. */
  readonly byId: ReadonlyMap<string, TrendTask>;
}

/** @internal Reads every snapshot at `path` (`['baselines']`). */
export function readSnapshots(value: unknown, path: PopmPath): TrendSnapshot[] {
  const list = requireArray<unknown>(value, path, 'an array of status snapshots');
  const out: TrendSnapshot[] = [];
  list.forEach((raw, i) => {
    const at = [...path, i];
    const rec = readEntity(raw, at, SNAPSHOT_KEYS, 'a snapshot { statusDate, tasks }');
    const statusDay = toEpochDay(rec.statusDate, [...at, 'statusDate']);
    const prev = out[out.length - 1];
    if (prev !== undefined && statusDay <= prev.statusDay)
      throw popmError(
        'OUT_OF_RANGE',
        [...at, 'statusDate'],
        `a status date after the previous one (${prev.statusDate})`,
        rec.statusDate,
      );
    if (rec.start !== undefined) toEpochDay(rec.start, [...at, 'start']);
    if (rec.finish !== undefined) toEpochDay(rec.finish, [...at, 'finish']);
    const tasks = readTasks(rec.tasks, [...at, 'tasks']);
    out.push({
      statusDate: rec.statusDate as string,
      statusDay,
      tasks,
      byId: new Map(tasks.map((t) => [t.id, t])),
    });
  });
  return out;
}

function readTasks(value: unknown, path: PopmPath): TrendTask[] {
  const list = requireArray<unknown>(value, path, 'an array of tasks');
  const seen = new Map<string, number>();
  return list.map((raw, k) => {
    const t = readBaselineTask(raw, [...path, k], seen, k);
    return {
      id: t.id,
      name: t.name,
      milestone: t.milestone === true,
      date: t.finishText,
      day: t.finish,
    };
  });
}
