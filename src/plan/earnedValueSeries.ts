import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import type { PopmPath } from '../core/errors.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readMeta } from '../core/internal/readObject.js';
import { requireArray, requireNumber } from '../core/internal/validate.js';
import type { Serialized } from '../core/json.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import {
  type CostPlan,
  periodBounds,
  planValueAt,
  readCostPlan,
  workedBy,
} from './internal/costCurve.js';
import { buildCurve } from './internal/costSweep.js';
import type { PlannedValueCurveOptions, PlannedValueCurveResult } from './plannedValueCurve.js';
import type { ResourcePlan } from './resources.js';

/** One task's progress in a status snapshot. */
export interface TaskProgress {
  /** The task id (a task of the plan). */
  readonly id: string;
  /** Physical percent complete, 0..100. */
  readonly percentComplete: number;
}

/** A status snapshot: the tasks' progress and the money spent, as of a date. */
export interface ProgressSnapshot {
  /** The status date (the end of that day). */
  readonly asOf: IsoDate;
  /** Progress of the tasks that have started; a task not listed is 0 % complete. */
  readonly tasks: readonly TaskProgress[];
  /** Actual cost of the work performed to date (AC, ACWP), `>= 0`. */
  readonly actualCost: Numeric;
  /** Your own data, carried to the row untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One row of an earned-value series: an `EarnedValueSnapshot` for
 * `earnedValue` and an `EarnedScheduleInput` for `earnedSchedule` at once.
 */
export interface EarnedValueRow {
  /** The snapshot's status date. */
  readonly asOf: IsoDate;
  /** Budget at completion (the plan's total cost). */
  readonly bac: Decimal;
  /** Planned value by the end of `asOf`, from the plan's S-curve. */
  readonly pv: Decimal;
  /** Earned value: `Σ task cost × percentComplete / 100`. */
  readonly ev: Decimal;
  /** Actual cost, as the snapshot gives it. */
  readonly ac: Decimal;
  /** The S-curve's cumulative PV per period (see {@link plannedValueCurve}). */
  readonly cumulativePv: readonly Decimal[];
  /** Periods elapsed by the end of `asOf` (fractional within a period; working days for `'day'`). */
  readonly actualTime: number;
  /** The snapshot's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link earnedValueSeries}. */
export interface EarnedValueSeriesResult {
  /** The budget at completion. */
  readonly bac: Decimal;
  /** The S-curve the PV comes from. */
  readonly curve: PlannedValueCurveResult;
  /** One row per snapshot, in input order. */
  readonly rows: readonly EarnedValueRow[];
}

/** The JSON form of an {@link EarnedValueSeriesResult}: every `Decimal` is its string. */
export type EarnedValueSeriesJson = Serialized<EarnedValueSeriesResult>;

const SNAPSHOT_KEYS = ['asOf', 'tasks', 'actualCost', 'meta'] as const;
const PROGRESS_KEYS = ['id', 'percentComplete'] as const;

/**
 * Earned value from a cost-loaded plan and status snapshots: for each
 * snapshot, PV from the plan's S-curve ({@link plannedValueCurve}) at the
 * end of `asOf`, EV from the tasks' percent complete (each task's cost
 * times its share done) and AC as given. Every row is both an
 * `EarnedValueSnapshot` for `earnedValue` and an `EarnedScheduleInput` for
 * `earnedSchedule` (`popm/finance`): pass it straight in.
 *
 * @param plan - `{ tasks, resources }`, as {@link plannedValueCurve} takes.
 * @param snapshots - `{ asOf, tasks: { id, percentComplete }[], actualCost }` per status date.
 * @param options - `start` (required), `calendar`, `period` (default `'week'`), as {@link plannedValueCurve}.
 * @returns The BAC, the curve and one row per snapshot; deep-frozen.
 * @throws PopmError as {@link plannedValueCurve}; `NOT_FOUND` for a snapshot
 *   task id not in the plan; `DUPLICATE_ID` for a task listed twice in one
 *   snapshot; `OUT_OF_RANGE` for a percent complete outside 0..100 or a
 *   negative actual cost; `INVALID_DATE` for a bad `asOf`.
 * @example
 * const plan = {
 *   resources: [],
 *   tasks: [
 *     { id: 'a', duration: 5, cost: 1000 },
 *     { id: 'b', duration: 5, dependsOn: ['a'], cost: 1000 },
 *   ],
 * };
 * const s = earnedValueSeries(
 *   plan,
 *   [{ asOf: '2026-03-06', tasks: [{ id: 'a', percentComplete: 80 }], actualCost: 900 }],
 *   { start: '2026-03-02' },
 * );
 * const row = s.rows[0];
 * [row?.pv, row?.ev, row?.ac].map(String); //=> ['1000', '800', '900']
 * row?.actualTime; //=> 1
 */
export function earnedValueSeries(
  plan: ResourcePlan,
  snapshots: readonly ProgressSnapshot[],
  options: PlannedValueCurveOptions,
): EarnedValueSeriesResult {
  const p = readCostPlan(plan, options);
  const curve = buildCurve(p);
  const index = new Map<string, number>();
  p.net.ids.forEach((id, i) => {
    index.set(id, i);
  });
  const rows = requireArray(snapshots, ['snapshots']).map((raw, k) => {
    const path = ['snapshots', k];
    const s = readEntity(raw, path, SNAPSHOT_KEYS, 'a status snapshot { asOf, tasks, actualCost }');
    const day = toEpochDay(s.asOf, [...path, 'asOf']);
    const meta = readMeta(s.meta, [...path, 'meta']);
    const ac = toDecimal(s.actualCost, [...path, 'actualCost']);
    if (ac.isNegative() && !ac.isZero())
      throw popmError('OUT_OF_RANGE', [...path, 'actualCost'], 'an amount >= 0', s.actualCost);
    const pv = minDecimal(planValueAt(p, workedBy(p, day)), p.bac);
    return {
      asOf: s.asOf as IsoDate,
      bac: p.bac,
      pv,
      ev: earned(p, s.tasks, index, [...path, 'tasks']),
      ac: ac.isZero() ? ac.abs() : ac,
      cumulativePv: curve.cumulativePv,
      actualTime: elapsed(p, day),
      ...(meta === undefined ? {} : { meta }),
    };
  });
  return deepFreeze({ bac: curve.bac, curve, rows });
}

/** The smaller of two amounts. */
function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? b : a;
}

/** EV: each listed task's cost times its percent complete, never above the BAC. */
function earned(
  p: CostPlan,
  tasks: unknown,
  index: ReadonlyMap<string, number>,
  path: PopmPath,
): Decimal {
  const seen = new Map<number, number>();
  let ev = new Decimal(0);
  requireArray(tasks, path).forEach((raw, j) => {
    const t = readEntity(
      raw,
      [...path, j],
      PROGRESS_KEYS,
      'a task progress { id, percentComplete }',
    );
    const i = typeof t.id === 'string' ? index.get(t.id) : undefined;
    if (i === undefined)
      throw popmError('NOT_FOUND', [...path, j, 'id'], 'the id of a task in plan.tasks', t.id);
    const first = seen.get(i);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, j, 'id'], 'each task once per snapshot', t.id, {
        id: t.id as string,
        firstIndex: first,
      });
    seen.set(i, j);
    const pct = requireNumber(t.percentComplete, [...path, j, 'percentComplete'], {
      min: 0,
      max: 100,
    });
    if (pct > 0) ev = ev.plus((p.costs[i] as Decimal).times(pct).div(100));
  });
  return minDecimal(ev, p.bac);
}

/**
 * Periods elapsed by the end of epoch day `day`: whole periods before it,
 * plus the share of its period's working days worked by then (working days
 * themselves for `'day'` periods), so it runs on the curve's own clock.
 */
function elapsed(p: CostPlan, day: number): number {
  const worked = workedBy(p, day);
  if (p.period === 'day' || day < p.startDay) return worked;
  let q = p.period === 'week' ? Math.floor((day - p.startDay) / 7) : 0;
  let [from, to] = periodBounds(p, q, []);
  while (to < day) [from, to] = periodBounds(p, ++q, []);
  const before = workedBy(p, from - 1);
  const inPeriod = workedBy(p, to) - before;
  return inPeriod === 0 ? q + 1 : q + (worked - before) / inPeriod;
}
