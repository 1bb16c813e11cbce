import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import { finishedIn } from './internal/finished.js';
import { type DayUnit, readCalendar, readWindow } from './internal/shared.js';
import { flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link controlChart}. */
export interface ControlChartOptions {
  /** First finish day shown (inclusive). */
  readonly from: IsoDate;
  /** Last finish day shown (inclusive). */
  readonly to: IsoDate;
  /** How many items the rolling mean and bands cover, ending at each point (default 20). */
  readonly window?: number | undefined;
  /** Count working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
  /** Read items' transitions by this workflow. */
  readonly workflow?: Workflow | undefined;
}

/** One finished item on the control chart. */
export interface ControlChartPoint {
  /** The item's id. */
  readonly id: string;
  /** When it finished (the x axis). */
  readonly finishedOn: IsoDate;
  /** Its cycle time (the y axis). */
  readonly cycleTime: number;
  /** Mean cycle time of the `window` items ending with this one. */
  readonly rollingMean: number;
  /** Their standard deviation (population: the window is all there is). */
  readonly rollingStdDev: number;
  /** `rollingMean ± 1σ` and `± 2σ`; the lower bands stop at 0. */
  readonly bands: {
    readonly lower2: number;
    readonly lower1: number;
    readonly upper1: number;
    readonly upper2: number;
  };
  /** The item's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link controlChart}. */
export interface ControlChartResult {
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day of the window. */
  readonly to: IsoDate;
  /** What cycle times count. */
  readonly unit: DayUnit;
  /** The rolling window used. */
  readonly window: number;
  /** One point per finished item, by finish date then id. */
  readonly points: readonly ControlChartPoint[];
  /** Mean and standard deviation (population) of every point; `null` without points. */
  readonly overall: { readonly mean: number; readonly stdDev: number } | null;
  /** Ids of points more than 2σ from the overall mean, in point order. */
  readonly outliers: readonly string[];
}

function meanSd(values: readonly number[], a: number, b: number): [number, number] {
  let sum = 0;
  for (let i = a; i < b; i++) sum += values[i] as number;
  const mean = sum / (b - a);
  let ss = 0;
  for (let i = a; i < b; i++) ss += ((values[i] as number) - mean) ** 2;
  return [mean, Math.sqrt(ss / (b - a))];
}

/**
 * A control chart of cycle time, as Jira's shows it: one point per item
 * finished in the window (x = its finish date, y = its cycle time), a
 * rolling mean over the last `window` items with ±1σ and ±2σ bands, and the
 * outliers, the points more than 2σ from the overall mean.
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, `window` (default 20), `calendar`, `workflow`
 * @returns the points, the overall mean and spread, and the outliers
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `OUT_OF_RANGE` for a `window` that is not an integer >= 1;
 *   `DUPLICATE_ID`; `INVALID_ARGUMENT` for a bad item, calendar, workflow or option
 * @example
 * const done = (id: string, s: string, f: string) => ({ id, createdOn: s, startedOn: s, finishedOn: f });
 * const r = controlChart(
 *   [done('a', '2026-03-02', '2026-03-03'), done('b', '2026-03-02', '2026-03-05'), done('c', '2026-03-04', '2026-03-05')],
 *   { from: '2026-03-01', to: '2026-03-31', window: 2 },
 * );
 * r.points.map((p) => [p.id, p.cycleTime, p.rollingMean]); //=> [['a', 2, 2], ['b', 4, 3], ['c', 2, 3]]
 */
export function controlChart(
  items: readonly WorkItem[],
  options: ControlChartOptions,
): ControlChartResult {
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with from and to', options);
  const opts = readOptions(options, ['options'], ['from', 'to', 'window', 'calendar', 'workflow']);
  const { from, to } = readWindow(opts);
  const window =
    opts.window === undefined
      ? 20
      : requireNumber(opts.window, ['options', 'window'], { min: 1, max: 1e6, integer: true });
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const wf =
    opts.workflow === undefined ? null : checkWorkflow(opts.workflow, ['options', 'workflow']);
  const done = finishedIn(
    flowItems(checkWorkItems(items, ['items']), wf, ['items']),
    from,
    to,
    cal,
  );
  const values = done.map((d) => d.cycleTime);
  const points: ControlChartPoint[] = done.map((d, i) => {
    const [mean, sd] = meanSd(values, Math.max(0, i - window + 1), i + 1);
    const p: { -readonly [K in keyof ControlChartPoint]: ControlChartPoint[K] } = {
      id: d.f.c.item.id,
      finishedOn: fromEpochDay(d.finished),
      cycleTime: d.cycleTime,
      rollingMean: mean,
      rollingStdDev: sd,
      bands: {
        lower2: Math.max(0, mean - 2 * sd),
        lower1: Math.max(0, mean - sd),
        upper1: mean + sd,
        upper2: mean + 2 * sd,
      },
    };
    if (d.f.c.item.meta !== undefined) p.meta = d.f.c.item.meta;
    return p;
  });
  let overall: { mean: number; stdDev: number } | null = null;
  const outliers: string[] = [];
  if (values.length > 0) {
    const [mean, stdDev] = meanSd(values, 0, values.length);
    overall = { mean, stdDev };
    points.forEach((p) => {
      if (Math.abs(p.cycleTime - mean) > 2 * stdDev) outliers.push(p.id);
    });
  }
  return deepFreeze({
    from: fromEpochDay(from),
    to: fromEpochDay(to),
    unit: cal === null ? 'calendar-days' : 'working-days',
    window,
    points,
    overall,
    outliers,
  });
}
