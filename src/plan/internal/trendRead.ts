/**
 * @internal Reads the status snapshots of {@link milestoneTrend}: each a
 * baseline (`toBaseline` of the schedule as it stood) with its status date,
 * status dates strictly ascending, ids unique within a snapshot.
 */
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireArray, requireString } from '../../core/internal/validate.js';

const SNAPSHOT_KEYS = ['statusDate', 'start', 'finish', 'tasks'] as const;
const TASK_KEYS = ['id', 'name', 'start', 'finish', 'milestone'] as const;

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
    const at = [...path, k];
    const t = readEntity(raw, at, TASK_KEYS, 'a task { id, start, finish }');
    const id = requireString(t.id, [...at, 'id'], 'a non-empty string id');
    if (seen.has(id))
      throw popmError('DUPLICATE_ID', [...at, 'id'], 'a unique id', id, {
        id,
        firstIndex: seen.get(id),
      });
    seen.set(id, k);
    if (t.name !== undefined && typeof t.name !== 'string')
      throw popmError('INVALID_ARGUMENT', [...at, 'name'], 'a string', t.name);
    if (t.milestone !== undefined && typeof t.milestone !== 'boolean')
      throw popmError('INVALID_ARGUMENT', [...at, 'milestone'], 'a boolean', t.milestone);
    const start = toEpochDay(t.start, [...at, 'start']);
    const day = toEpochDay(t.finish, [...at, 'finish']);
    if (day < start)
      throw popmError(
        'OUT_OF_RANGE',
        [...at, 'finish'],
        `a date on or after the start (${String(t.start)})`,
        t.finish,
      );
    return {
      id,
      name: t.name as string | undefined,
      milestone: t.milestone === true,
      date: t.finish as string,
      day,
    };
  });
}
