import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Serialized } from '../core/json.js';
import type { Decimal } from '../core/numbers.js';
import { readCostPlan } from './internal/costCurve.js';
import { buildCurve } from './internal/costSweep.js';
import type { ResourcePlan } from './resources.js';

/** The length of one period of a planned-value curve. */
export type ValuePeriod = 'day' | 'week' | 'month';

/** Options of {@link plannedValueCurve} (and {@link earnedValueSeries}). */
export interface PlannedValueCurveOptions {
  /** The project start: day 0 of the plan is the first working day on or after it. */
  readonly start: IsoDate;
  /** The project's working calendar; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * `'day'`: one period per working day; `'week'`: seven calendar days from
   * `start`; `'month'`: calendar months (the first from `start` to its
   * month's end). Default `'week'`.
   */
  readonly period?: ValuePeriod | undefined;
}

/** One period of the S-curve. */
export interface PlannedValueRow {
  /** 1-based period number (the index `earnedSchedule` counts in). */
  readonly period: number;
  /** First calendar day of the period. */
  readonly start: IsoDate;
  /** Last calendar day of the period (inclusive). */
  readonly end: IsoDate;
  /** Planned value of the work scheduled in this period. */
  readonly pv: Decimal;
  /** Planned value of the work scheduled by the end of this period. */
  readonly cumulativePv: Decimal;
}

/** One task's cost in a cost-loaded plan. */
export interface TaskCost {
  /** The task id. */
  readonly id: string;
  /** Fixed `cost` plus its assignments' `costPerDay × units × duration`. */
  readonly cost: Decimal;
}

/** The result of {@link plannedValueCurve}. */
export interface PlannedValueCurveResult {
  /** Budget at completion: the sum of the task costs. */
  readonly bac: Decimal;
  /** The period length used. */
  readonly period: ValuePeriod;
  /** One row per period, from the start through the period holding the last day of work. */
  readonly periods: readonly PlannedValueRow[];
  /** The rows' `cumulativePv` alone: `earnedSchedule`'s `cumulativePv` as is. */
  readonly cumulativePv: readonly Decimal[];
  /** The last working day with work (the first working day for a plan without work). */
  readonly finish: IsoDate;
  /** Every task's cost, in input order. */
  readonly tasks: readonly TaskCost[];
}

/**
 * The JSON form of a {@link PlannedValueCurveResult}: every `Decimal` is the
 * string `JSON.stringify` writes for it.
 *
 * @example
 * import type { PlannedValueCurveJson } from 'popm';
 * const json: PlannedValueCurveJson = JSON.parse(
 *   JSON.stringify(
 *     plannedValueCurve(
 *       { resources: [], tasks: [{ id: 'a', duration: 2, cost: '99.90' }] },
 *       { start: '2026-03-02', period: 'day' },
 *     ),
 *   ),
 * );
 * json.cumulativePv; //=> ['49.95', '99.9']
 */
export type PlannedValueCurveJson = Serialized<PlannedValueCurveResult>;

/**
 * The planned-value S-curve of a cost-loaded plan: each task costs its fixed
 * `cost` plus, for every assignment, the resource's `costPerDay × units ×
 * duration`, spread evenly over its working days at its early dates (a
 * milestone's cost falls on its date; a levelled plan from
 * {@link levelResources} keeps its levelled dates). Cumulative PV per day,
 * week or month, and the BAC, in exact decimals; the last period's
 * cumulative PV is the BAC.
 *
 * @param plan - `{ tasks, resources }`: tasks with `cost` and `assignments`,
 *   resources with `costPerDay`.
 * @param options - `start` (required), `calendar`, `period` (default `'week'`).
 * @returns The periods, the cumulative PV list, the BAC and each task's cost; deep-frozen.
 * @throws PopmError as {@link assertPlan} for the tasks (paths under
 *   `['plan', 'tasks']`); `NOT_FOUND` for an assignment to an unknown
 *   resource; `OUT_OF_RANGE` for units `<= 0`, a capacity of 0 with work
 *   assigned or a negative cost; `INVALID_NUMBER` for a cost that is not a
 *   number; `INVALID_DATE` for a bad `start`; `INVALID_ARGUMENT` for a bad `period`.
 * @example
 * const r = plannedValueCurve(
 *   {
 *     resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: 400 }],
 *     tasks: [
 *       { id: 'design', duration: 5, assignments: [{ resource: 'ann', units: 1 }] },
 *       { id: 'build', duration: 5, dependsOn: ['design'], cost: 1000 },
 *     ],
 *   },
 *   { start: '2026-03-02', period: 'week' },
 * );
 * r.bac.toString(); //=> '3000'
 * r.cumulativePv.map(String); //=> ['2000', '3000']
 * r.periods[1]?.start; //=> '2026-03-09'
 */
export function plannedValueCurve(
  plan: ResourcePlan,
  options: PlannedValueCurveOptions,
): PlannedValueCurveResult {
  return deepFreeze(buildCurve(readCostPlan(plan, options)));
}
