/**
 * @internal One task of a plan baseline (`{ id, name?, start, finish,
 * milestone? }`), read once for {@link baselineVariance} and
 * {@link milestoneTrend}: a non-empty unique id, dates with the finish on or
 * after the start, the optional name and milestone flag typed.
 */
import { type IsoDate, toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';

const BASELINE_TASK_KEYS = ['id', 'name', 'start', 'finish', 'milestone'] as const;

/** @internal A baseline task as read: dates as epoch days and as given. */
export interface BaselineTaskRow {
  readonly id: string;
  readonly name: string | undefined;
  readonly start: number;
  readonly finish: number;
  readonly startText: IsoDate;
  readonly finishText: IsoDate;
  readonly milestone: boolean | undefined;
}

/**
 * @internal Reads task `i` of a baseline at `at`; `ids` maps the ids read so
 * far to their index (a repeated id is `DUPLICATE_ID` naming the first).
 */
export function readBaselineTask(
  item: unknown,
  at: PopmPath,
  ids: Map<string, number>,
  i: number,
): BaselineTaskRow {
  const t = readEntity(item, at, BASELINE_TASK_KEYS, 'a task { id, start, finish }');
  const id = t.id;
  if (typeof id !== 'string' || id.length === 0)
    throw popmError('INVALID_ARGUMENT', [...at, 'id'], 'a non-empty string id', id);
  if (ids.has(id))
    throw popmError('DUPLICATE_ID', [...at, 'id'], 'a unique id', id, {
      id,
      firstIndex: ids.get(id),
    });
  ids.set(id, i);
  if (t.name !== undefined && typeof t.name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...at, 'name'], 'a string', t.name);
  if (t.milestone !== undefined && typeof t.milestone !== 'boolean')
    throw popmError('INVALID_ARGUMENT', [...at, 'milestone'], 'a boolean', t.milestone);
  const start = toEpochDay(t.start, [...at, 'start']);
  const finish = toEpochDay(t.finish, [...at, 'finish']);
  if (finish < start)
    throw popmError(
      'OUT_OF_RANGE',
      [...at, 'finish'],
      `a date on or after the start (${String(t.start)})`,
      t.finish,
    );
  return {
    id,
    name: t.name as string | undefined,
    start,
    finish,
    startText: t.start as IsoDate,
    finishText: t.finish as IsoDate,
    milestone: t.milestone as boolean | undefined,
  };
}
