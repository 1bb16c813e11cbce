/**
 * @internal The backlog, its Monte Carlo forecast resolved to whole sprints
 * of the project's sprint calendar, the targets and the next sprint.
 */
import { type BacklogItem, backlogHealth, selectForSprint } from '../../backlog/index.js';
import { fromEpochDay, toEpochDay } from '../../core/dates.js';
import { median } from '../../core/stats.js';
import { forecastBacklog, forecastDiagnostics } from '../../progress/index.js';
import { CLOSED } from '../internal/work.js';
import type { Target } from '../types.js';
import type {
  FactsContext,
  ScopeFacts,
  SprintFacts,
  SprintForecast,
  TargetForecast,
  WorkForecast,
} from './types.js';

const NO_FORECAST: WorkForecast = { p50: null, p85: null, p85AllTrials: false };

/** The project's sprint calendar from the first sprint the forecast simulates. */
interface SprintCalendar {
  /** Number of the first simulated sprint. */
  readonly first: number;
  /** Its last day, as an epoch day. */
  readonly firstEnd: number;
  /** Days from one sprint's start to the next. */
  readonly cadence: number;
}

/**
 * The running sprint is the first simulated; between sprints, the next one
 * on the cadence of the recorded sprints (start to start; one sprint's
 * length rounded up to whole weeks when only one is recorded).
 */
function sprintCalendar(c: FactsContext, s: SprintFacts): SprintCalendar | null {
  const recorded =
    s.currentSprint === null ? s.finishedSprints : [...s.finishedSprints, s.currentSprint];
  const last = recorded[recorded.length - 1];
  if (last === undefined) return null;
  const prev = recorded[recorded.length - 2];
  const length = toEpochDay(last.end) - toEpochDay(last.start) + 1;
  const between = prev === undefined ? 0 : toEpochDay(last.start) - toEpochDay(prev.start);
  const cadence = between > 0 ? between : Math.ceil(length / 7) * 7;
  if (s.currentSprint !== null)
    return { first: recorded.length, firstEnd: toEpochDay(last.end), cadence };
  const lastEnd = toEpochDay(last.end);
  const k = Math.max(1, Math.floor((c.asOfDay - lastEnd) / cadence) + 1);
  return { first: recorded.length + k, firstEnd: lastEnd + k * cadence, cadence };
}

function sprintOf(cal: SprintCalendar, period: number): SprintForecast {
  const k = Math.max(1, Math.ceil(period)) - 1;
  return { sprint: cal.first + k, end: fromEpochDay(cal.firstEnd + k * cal.cadence) };
}

function assumedEstimate(open: readonly BacklogItem[]): number | null {
  const estimated = open.filter((i) => i.estimate !== undefined).map((i) => i.estimate as number);
  return estimated.length > 0 && estimated.length < open.length ? median(estimated) : null;
}

/** Per open item: the sprint by which it and everything above it is done. */
/** The sprint velocities the backlog forecast resamples: the last six finished sprints'. */
function forecastVelocities(s: SprintFacts): number[] {
  return s.finishedSprints.slice(-6).map((x) => x.completed);
}

function itemForecasts(
  c: FactsContext,
  s: SprintFacts,
  items: readonly BacklogItem[],
  open: readonly BacklogItem[],
  assumed: number | null,
): ReadonlyMap<string, WorkForecast> {
  const velocities = forecastVelocities(s);
  const cal = sprintCalendar(c, s);
  const estimated = open.some((i) => i.estimate !== undefined);
  if (cal === null || !velocities.some((v) => v > 0) || open.length === 0 || !estimated)
    return new Map();
  const fb = forecastBacklog(
    {
      items: items.map((i) => ({
        id: i.id,
        status: i.status,
        estimate: i.estimate ?? (assumed as number),
      })),
    },
    { velocities, trials: c.options.trials, seed: c.seed, percentiles: [50, 85] },
  );
  return new Map(
    fb.items.map((f) => {
      const p85 = f.periods.percentiles[85];
      const forecast: WorkForecast = {
        p50: sprintOf(cal, f.periods.percentiles[50]),
        p85: sprintOf(cal, p85),
        p85AllTrials: Math.ceil(f.periods.max) <= Math.ceil(p85),
      };
      return [f.id, forecast];
    }),
  );
}

function targetForecast(
  t: Target,
  items: readonly BacklogItem[],
  forecasts: ReadonlyMap<string, WorkForecast>,
  assumed: number | null,
): TargetForecast {
  const index = new Map(items.map((item, i) => [item.id, i]));
  const open: BacklogItem[] = [];
  for (const id of t.items) {
    const item = items[index.get(id) ?? -1];
    if (item !== undefined && !CLOSED.has(item.status)) open.push(item);
  }
  const remaining = open.reduce((sum, i) => sum + (i.estimate ?? assumed ?? 0), 0);
  let last: BacklogItem | undefined;
  for (const i of open)
    if (last === undefined || (index.get(i.id) as number) > (index.get(last.id) as number))
      last = i;
  const f = (last === undefined ? undefined : forecasts.get(last.id)) ?? NO_FORECAST;
  return {
    ...f,
    target: t,
    openItems: open.length,
    remaining,
    onTrack: open.length === 0 || (f.p85 !== null && f.p85.end <= t.due),
  };
}

function byDue(a: Target, b: Target): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal Builds the scope facts (needs the sprint facts for the velocities). */
export function scopeFacts(c: FactsContext, s: SprintFacts): ScopeFacts {
  const { project, options, asOf } = c;
  const backlog = c.sections.backlog;
  const items = backlog.items;
  const open = items.filter((i) => !CLOSED.has(i.status));
  const assumed = assumedEstimate(open);
  const forecasts = itemForecasts(c, s, items, open, assumed);
  const lastOpen = open[open.length - 1];
  const capacity = s.velocity === null ? null : Math.floor(s.velocity.mean);
  const cal = sprintCalendar(c, s);
  return {
    backlogItems: items,
    openItems: open,
    health:
      items.length === 0
        ? null
        : backlogHealth(backlog, {
            top: options.backlogTop,
            asOf,
            staleAfterDays: options.staleAfterDays,
            oversizedAbove: options.maxItemEstimate,
            method: 'wsjf',
          }),
    forecastStart: cal === null ? null : sprintOf(cal, 1),
    unestimatedAssumed: assumed,
    targets: [...project.targets]
      .sort(byDue)
      .map((t) => targetForecast(t, items, forecasts, assumed)),
    backlogForecast: {
      ...((lastOpen === undefined ? undefined : forecasts.get(lastOpen.id)) ?? NO_FORECAST),
      openItems: open.length,
      remaining: open.reduce((sum, i) => sum + (i.estimate ?? assumed ?? 0), 0),
    },
    nextSprint:
      capacity === null || items.length === 0
        ? null
        : selectForSprint(
            { items: items.filter((i) => i.status !== 'in-progress') },
            { capacity, allowSkip: true },
          ),
    nextSprintCapacity: capacity,
    // How far to trust the forecast: the history it resamples, diagnosed.
    forecastDiagnostics:
      forecasts.size === 0 ? null : forecastDiagnostics({ throughput: forecastVelocities(s) }),
  };
}
