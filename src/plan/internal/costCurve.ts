/**
 * @internal Cost-loaded plans: each task's cost, spread evenly over its
 * working days at its early dates, and read off at any moment of the
 * project's working-day axis.
 */

import { fromEpochDay, type IsoDate, toEpochDay } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import {
  type CompiledCalendar,
  isWorkingEpochDay,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import { readEntity, readOptions } from '../../core/internal/readObject.js';
import { Decimal } from '../../core/numbers.js';
import { LAST_EPOCH_DAY } from './capacityDays.js';
import { snap, type WorkDays } from './dating.js';
import { earlySchedule } from './loadSchedule.js';
import { compileNetwork, type Network } from './network.js';
import { readDating } from './readDating.js';
import { type ReadResources, readCost, readResources } from './readResources.js';

/** @internal How long one period of a planned-value curve is. */
export type CostPeriod = 'day' | 'week' | 'month';

const ZERO = new Decimal(0);
const PERIODS: readonly CostPeriod[] = ['day', 'week', 'month'];
const OPTION_KEYS = ['start', 'calendar', 'period'] as const;

/** @internal A cost-loaded plan read once: each task's span and cost, the axis and the periods. */
export interface CostPlan {
  readonly net: Network;
  /** Per task (input order): early start, finish and cost. */
  readonly starts: Float64Array;
  readonly finishes: Float64Array;
  readonly costs: readonly Decimal[];
  /** Sum of the task costs. */
  readonly bac: Decimal;
  /** The project duration in working days. */
  readonly duration: number;
  readonly period: CostPeriod;
  readonly cal: CompiledCalendar;
  /** Epoch day of `options.start` and of the first working day on or after it. */
  readonly startDay: number;
  readonly firstDay: number;
}

/** @internal Reads `plan` and `{ start, calendar, period }` (paths under `plan` and `options`). */
export function readCostPlan(plan: unknown, options: unknown): CostPlan {
  const rec = readEntity(plan, ['plan'], ['tasks', 'resources'], 'a plan { tasks, resources }');
  const net = compileNetwork(rec.tasks, ['plan', 'tasks']);
  const res = readResources(plan, net.durations);
  const opt = readOptions(options, ['options'], OPTION_KEYS);
  if (opt.start === undefined)
    throw popmError('INVALID_ARGUMENT', ['options', 'start'], 'a start date', undefined);
  const startDay = toEpochDay(opt.start, ['options', 'start']);
  const days = readDating(opt.start, opt.calendar) as WorkDays;
  const cal = days.cal;
  const period = (opt.period ?? 'week') as CostPeriod;
  if (!PERIODS.includes(period))
    throw popmError('INVALID_ARGUMENT', ['options', 'period'], "'day', 'week' or 'month'", period);
  const { pass, d } = earlySchedule(net, days);
  const starts = new Float64Array(net.n);
  const finishes = new Float64Array(net.n);
  for (let i = 0; i < net.n; i++) {
    starts[i] = snap(pass.es[i] as number);
    finishes[i] = snap((pass.es[i] as number) + (d[i] as number));
  }
  const costs = taskCosts(net.durations, res);
  const bac = costs.reduce((a, c) => a.plus(c), new Decimal(0));
  const firstDay = days.first;
  const duration = snap(pass.duration);
  if (Math.ceil(duration) > LAST_EPOCH_DAY - firstDay)
    throw popmError('OUT_OF_RANGE', ['plan', 'tasks'], 'a schedule ending by 9999-12-31', duration);
  return { net, starts, finishes, costs, bac, duration, period, cal, startDay, firstDay };
}

/** Each task's cost: its fixed `cost` plus every assignment's `costPerDay × units × duration`. */
function taskCosts(d: Float64Array, res: ReadResources): Decimal[] {
  return res.taskCost.map((raw, t) => {
    let cost = raw === undefined ? ZERO : readCost(raw, ['plan', 'tasks', t, 'cost']);
    const rs = res.taskResources[t] as readonly number[];
    const us = res.taskUnits[t] as readonly number[];
    rs.forEach((r, k) => {
      const rate = (res.resources[r] as { costPerDay?: Decimal | undefined }).costPerDay;
      if (rate !== undefined) cost = cost.plus(rate.times(us[k] as number).times(d[t] as number));
    });
    return cost;
  });
}

/** @internal Task `i`'s planned value by working-day moment `at`: none before its start, all by its finish. */
export function taskValueAt(p: CostPlan, i: number, at: number): Decimal {
  const s = p.starts[i] as number;
  const f = p.finishes[i] as number;
  const c = p.costs[i] as Decimal;
  if (at >= f) return c;
  if (at <= s) return ZERO;
  // Whole days (the usual case) subtract exactly in float64; fractions go through Decimal.
  if (Number.isInteger(s) && Number.isInteger(f)) return c.times(at - s).div(f - s);
  return c.times(new Decimal(at).minus(s)).div(new Decimal(f).minus(s));
}

/** @internal The planned value of the whole plan by working-day moment `at`. */
export function planValueAt(p: CostPlan, at: number): Decimal {
  let sum = new Decimal(0);
  for (let i = 0; i < p.net.n; i++) {
    if ((p.starts[i] as number) >= at && (p.finishes[i] as number) > at) continue;
    sum = sum.plus(taskValueAt(p, i, at));
  }
  return sum;
}

/** @internal Working days of the project from its first working day through epoch day `day`. */
export function workedBy(p: CostPlan, day: number): number {
  return day < p.firstDay ? 0 : workingDaysBetweenEpoch(p.cal, p.firstDay - 1, day);
}

/** @internal Period `q` (0-based) as epoch days `[start, end]`; for `'day'`, the `q`-th working day. */
export function periodBounds(p: CostPlan, q: number, days: readonly number[]): [number, number] {
  if (p.period === 'day') {
    const d = days[q] as number;
    return [d, d];
  }
  if (p.period === 'week') return [p.startDay + 7 * q, p.startDay + 7 * q + 6];
  const [y, m] = fromEpochDay(p.startDay).split('-').map(Number) as [number, number];
  const first = q === 0 ? p.startDay : monthStart(y, m + q);
  return [first, monthStart(y, m + q + 1) - 1];
}

/** Epoch day of the first of month `m` (1-based, may run past 12) of year `y`. */
function monthStart(y: number, m: number): number {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  return toEpochDay(`${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-01`);
}

/** @internal The first `count` working days of the project (epoch days), for `'day'` periods. */
export function workingDays(p: CostPlan, count: number): number[] {
  const out: number[] = [];
  for (let d = p.firstDay; out.length < count; d++) if (isWorkingEpochDay(p.cal, d)) out.push(d);
  return out;
}

/** @internal An IsoDate for an epoch day. */
export const dateOf = (day: number): IsoDate => fromEpochDay(day);
