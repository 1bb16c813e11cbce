/**
 * @internal The plan: dated schedule, slip from the baseline, the critical
 * paths (each a real chain) and the schedule index the schedule area rates.
 */
import { toEpochDay } from '../../core/dates.js';
import { toDecimal } from '../../core/numbers.js';
import { type EarnedValueSnapshot, earnedSchedule } from '../../finance/index.js';
import { criticalPath, rollUp, type ScheduleDatesResult } from '../../plan/index.js';
import { rooted } from '../internal/rooted.js';
import type { CostFacts, FactsContext, ScheduleFacts, ScheduleIndex } from './types.js';

function byStart(schedule: ScheduleDatesResult): string[] {
  return schedule.tasks
    .filter((t) => t.critical && t.summary !== true)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((t) => t.id);
}

/**
 * SPI(t) (Lipke's earned schedule) in calendar days from the project start:
 * the planned-value curve is the snapshots' PV joined by straight lines from
 * 0 at the start. The snapshots allow it when their PV never falls and the
 * latest EV is within the latest PV (an EV beyond it needs the plan's
 * future curve, which the snapshots do not hold); otherwise `null`.
 */
function spiT(c: FactsContext, latest: EarnedValueSnapshot): number | null {
  const start = toEpochDay(c.project.start);
  const points = c.project.earnedValue
    .filter((s) => s.asOf <= latest.asOf)
    .map((s) => ({ day: toEpochDay(s.asOf) - start, pv: toDecimal(s.pv).toNumber() }))
    .filter((p) => p.day > 0)
    .sort((a, b) => a.day - b.day);
  const at = toEpochDay(latest.asOf) - start;
  const ev = toDecimal(latest.ev).toNumber();
  const last = points[points.length - 1];
  if (last === undefined || at <= 0 || ev > last.pv) return null;
  const daily: number[] = [];
  let from = { day: 0, pv: 0 };
  for (const p of points) {
    if (p.pv < from.pv) return null;
    for (let d = from.day + 1; d <= p.day; d++)
      daily.push(from.pv + ((p.pv - from.pv) * (d - from.day)) / Math.max(1, p.day - from.day));
    from = p;
  }
  if (daily.length === 0) return null;
  return earnedSchedule({ cumulativePv: daily, ev, actualTime: at }).spit;
}

function scheduleIndex(c: FactsContext, cost: CostFacts): ScheduleIndex | null {
  const evm = cost.evm;
  if (evm === null) return null;
  const latest = c.project.earnedValue.find((s) => s.asOf === evm.asOf);
  const t = latest === undefined ? null : spiT(c, latest);
  if (t !== null) return { kind: 'spi(t)', value: t };
  const spi = evm.result.spi;
  return spi === null ? null : { kind: 'spi', value: spi.toNumber() };
}

/** The summaries' dates from the schedule and percent complete by duration (`rollUp`). */
function summariesOf(c: FactsContext, schedule: ScheduleDatesResult): ScheduleFacts['summaries'] {
  const plan = c.project.plan;
  if (!schedule.tasks.some((t) => t.summary === true)) return [];
  const rolled = rooted(['project', 'plan'], 1, () => rollUp(plan, { method: 'duration' }));
  const percent = new Map(rolled.tasks.map((t) => [t.id, t.percentComplete]));
  return schedule.tasks
    .filter((t) => t.summary === true)
    .map((t) => ({
      id: t.id,
      name: t.name ?? null,
      start: t.start,
      finish: t.finish,
      totalFloat: t.totalFloat,
      percentComplete: percent.get(t.id) ?? null,
    }));
}

/**
 * @internal Builds the schedule facts (needs the cost facts for the
 * earned-value snapshot). With a status date, the plan is scheduled as it
 * now stands (work not done by then moves after it), and the slip compares
 * that plan with the baseline.
 */
export function scheduleFacts(c: FactsContext, cost: CostFacts): ScheduleFacts {
  const { statusDate, plan } = c.project;
  const { dating, schedule, variance } = c.sections;
  return {
    schedule,
    variance,
    criticalPaths: schedule === null ? [] : criticalPath(plan, dating).criticalPaths,
    criticalTasks: schedule === null ? [] : byStart(schedule),
    scheduleIndex: scheduleIndex(c, cost),
    statusDate: schedule === null ? null : (statusDate ?? null),
    conflicts: schedule?.conflicts ?? [],
    summaries: schedule === null ? [] : summariesOf(c, schedule),
  };
}
