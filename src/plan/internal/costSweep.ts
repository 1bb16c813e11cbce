/** @internal The S-curve of a cost-loaded plan, period by period. */

import { popmError } from '../../core/errors.js';
import { addWorkingEpochDays } from '../../core/internal/calendarEpoch.js';
import { Decimal } from '../../core/numbers.js';
import {
  type CostPlan,
  dateOf,
  periodBounds,
  taskValueAt,
  workedBy,
  workingDays,
} from './costCurve.js';

/** @internal The curve of {@link plannedValueCurve}, not yet frozen. */
export function buildCurve(p: CostPlan) {
  const ends = periodEnds(p);
  const cumulative = sweep(
    p,
    ends.map((e) => e.at),
  );
  const periods = ends.map((e, q) => {
    const prev = q === 0 ? new Decimal(0) : (cumulative[q - 1] as Decimal);
    const cum = cumulative[q] as Decimal;
    return {
      period: q + 1,
      start: dateOf(e.from),
      end: dateOf(e.to),
      pv: cum.minus(prev),
      cumulativePv: cum,
    };
  });
  const lastDay = Math.max(0, Math.ceil(p.duration) - 1);
  return {
    bac: p.bac,
    period: p.period,
    periods,
    cumulativePv: cumulative,
    finish: dateOf(addWorkingEpochDays(p.cal, p.firstDay, lastDay)),
    tasks: p.net.ids.map((id, i) => ({ id, cost: p.costs[i] as Decimal })),
  };
}

/** The most periods a curve has (a day curve of about 400 years). */
const MAX_PERIODS = 100_000;

/** @internal Each period's calendar days and the working-day moment at its end, through the last day of work. */
export function periodEnds(p: CostPlan): { from: number; to: number; at: number }[] {
  const days =
    p.period === 'day'
      ? workingDays(p, Math.min(MAX_PERIODS, Math.max(1, Math.ceil(p.duration))))
      : [];
  const out: { from: number; to: number; at: number }[] = [];
  for (let q = 0; ; q++) {
    if (q === MAX_PERIODS)
      throw popmError(
        'LIMIT_EXCEEDED',
        ['options', 'period'],
        `at most ${MAX_PERIODS} periods (a longer period)`,
        p.period,
      );
    const [from, to] = periodBounds(p, q, days);
    const at = p.period === 'day' ? q + 1 : workedBy(p, to);
    out.push({ from, to, at });
    if (at >= p.duration) return out;
  }
}

/**
 * Cumulative PV at each moment of `ends` (ascending): finished tasks in
 * finish order, running ones in proportion; never above the BAC, and the BAC
 * itself once every task is done.
 */
function sweep(p: CostPlan, ends: readonly number[]): Decimal[] {
  const n = p.net.n;
  const byStart = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (p.starts[a] as number) - (p.starts[b] as number) || a - b,
  );
  let next = 0;
  let running: number[] = [];
  let done = new Decimal(0);
  return ends.map((at) => {
    while (next < n && (p.starts[byStart[next] as number] as number) <= at)
      running.push(byStart[next++] as number);
    let partial = new Decimal(0);
    const still: number[] = [];
    for (const i of running) {
      if ((p.finishes[i] as number) <= at) done = done.plus(p.costs[i] as Decimal);
      else {
        still.push(i);
        partial = partial.plus(taskValueAt(p, i, at));
      }
    }
    running = still;
    if (next === n && running.length === 0) return p.bac;
    const cum = done.plus(partial);
    return cum.gt(p.bac) ? p.bac : cum;
  });
}
