import { fromEpochDay, type IsoDate } from '../core/dates.js';
import type { PlanBaseline } from '../plan/baselineVariance.js';
import type { CriticalPathResult } from '../plan/criticalPath.js';
import type { ScheduleDatesResult } from '../plan/scheduleDates.js';
import { xAxisDates } from './internal/frame.js';
import { type ChartOptions, chartOptions, day, get, list, obj, str } from './internal/read.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

/** Input of {@link ganttChart}. */
export interface GanttChartInput {
  /** The dated schedule ({@link scheduleDates}). */
  readonly schedule: ScheduleDatesResult;
  /** The critical path result for the same tasks: its critical tasks are drawn in the critical colour. */
  readonly criticalPath?: CriticalPathResult | undefined;
  /** A baseline ({@link toBaseline}): each task's planned bar is drawn thin under its current bar. */
  readonly baseline?: PlanBaseline | undefined;
  /** A status date, drawn as a vertical "today" line. */
  readonly today?: IsoDate | undefined;
}

/**
 * Draws a Gantt chart: one row per task with its bar on a date axis,
 * milestones as diamonds, the critical tasks in the critical colour, the
 * baseline as a thin bar under each task, and a line at today, so slippage
 * against the plan and the chain that drives the finish read in one look.
 * Rows follow the schedule's task order; the height grows with the rows
 * unless `height` is given.
 *
 * @param input - `{ schedule, criticalPath?, baseline?, today? }`
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for malformed input or an unknown option
 * @example
 * const tasks = [
 *   { id: 'A', duration: 5 },
 *   { id: 'B', duration: 3, dependsOn: ['A'] },
 *   { id: 'Done', duration: 0, dependsOn: ['B'] },
 * ];
 * const schedule = scheduleDates(tasks, { start: '2026-11-30' });
 * ganttChart({ schedule, today: '2026-12-03' }).includes('3 tasks from 2026-11-30 to 2026-12-09'); //=> true
 */
export function ganttChart(input: GanttChartInput, options?: ChartOptions): string {
  const { tasks, critical, planned, today, finish } = readGantt(input);
  const rowH = 22;
  const o = chartOptions(options, {
    width: 760,
    height: Math.min(4000, 84 + Math.max(1, tasks.length) * rowH),
    title: 'Schedule',
  });
  const body: string[] = [];
  const nameW = Math.min(180, o.width * 0.28);
  const plot = { left: 12 + nameW, top: 52, right: o.width - 16, bottom: o.height - 30 };
  const all = [
    ...tasks.flatMap((t) => [t.start, t.finish]),
    ...[...planned.values()].flatMap((p) => [p.start, p.finish]),
    ...(today === null ? [] : [today]),
  ];
  const lo = all.length === 0 ? 0 : Math.min(...all);
  const hi = all.length === 0 ? 1 : Math.max(...all);
  const x = xAxisDates(plot, lo, hi + 1, o, body);
  const legendItems = [
    { name: 'Task', fill: colour(0) },
    { name: 'Critical', fill: colour(3) },
    ...(planned.size > 0 ? [{ name: 'Baseline', fill: INK.muted }] : []),
  ];
  let lx = 12;
  for (const l of legendItems) {
    body.push(`<rect x="${r(lx)}" y="30" width="14" height="10" fill="${l.fill}"/>`);
    body.push(label(lx + 18, 39, l.name, { cls: 's' }));
    lx += 30 + l.name.length * 6;
  }
  drawRows(tasks, critical, planned, x, plot, nameW, o.width, body);
  if (today !== null) {
    body.push(
      `<line x1="${r(x(today))}" x2="${r(x(today))}" y1="${r(plot.top - 4)}" y2="${r(plot.bottom)}" stroke="${colour(5)}" stroke-width="1.5"/>`,
    );
    body.push(
      label(x(today), plot.top - 6, 'today', { anchor: 'middle', cls: 's', fill: colour(5) }),
    );
  }
  const desc = describe(tasks, critical, planned, lo, hi, finish);
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'gantt',
    body,
  });
}

interface Bar {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly finish: number;
  readonly milestone: boolean;
  readonly critical: boolean;
  readonly summary: boolean;
}

function readGantt(input: unknown): {
  tasks: Bar[];
  critical: Set<string>;
  planned: Map<string, { start: number; finish: number }>;
  today: number | null;
  finish: string | null;
} {
  const root = obj(input, ['input'], 'an object { schedule, criticalPath?, baseline?, today? }');
  const s = obj(get(root, 'schedule', ['input']), ['input', 'schedule']);
  const sp = ['input', 'schedule'];
  const tasks = list(s, 'tasks', sp).map((t, i) => {
    const p = [...sp, 'tasks', i];
    const e = obj(t, p);
    const name = get(e, 'name', p);
    return {
      id: str(e, 'id', p),
      name: typeof name === 'string' && name !== '' ? name : str(e, 'id', p),
      start: day(e, 'start', p),
      finish: day(e, 'finish', p),
      milestone: get(e, 'milestone', p) === true,
      critical: get(e, 'critical', p) === true,
      summary: get(e, 'summary', p, ['start', 'finish', 'milestone', 'critical']) === true,
    };
  });
  const critical = new Set<string>();
  const cpRaw = get(root, 'criticalPath', ['input']);
  if (cpRaw !== undefined) {
    const cp = obj(cpRaw, ['input', 'criticalPath']);
    list(cp, 'criticalTasks', ['input', 'criticalPath']).forEach((id, i) => {
      critical.add(str({ id }, 'id', ['input', 'criticalPath', 'criticalTasks', i]));
    });
  } else for (const t of tasks) if (t.critical) critical.add(t.id);
  const planned = new Map<string, { start: number; finish: number }>();
  const blRaw = get(root, 'baseline', ['input']);
  if (blRaw !== undefined) {
    const bp = ['input', 'baseline'];
    list(obj(blRaw, bp), 'tasks', bp).forEach((t, i) => {
      const p = [...bp, 'tasks', i];
      const e = obj(t, p);
      planned.set(str(e, 'id', p), { start: day(e, 'start', p), finish: day(e, 'finish', p) });
    });
  }
  const todayRaw = get(root, 'today', ['input']);
  const today = todayRaw === undefined ? null : day(root, 'today', ['input']);
  const finishRaw = get(s, 'finish', sp);
  return {
    tasks,
    critical,
    planned,
    today,
    finish: typeof finishRaw === 'string' ? finishRaw : null,
  };
}

function drawRows(
  tasks: readonly Bar[],
  critical: ReadonlySet<string>,
  planned: ReadonlyMap<string, { start: number; finish: number }>,
  x: (day: number) => number,
  plot: { top: number; bottom: number },
  nameW: number,
  width: number,
  body: string[],
): void {
  const h = (plot.bottom - plot.top) / Math.max(1, tasks.length);
  tasks.forEach((t, i) => {
    const yTop = plot.top + i * h;
    const mid = yTop + h / 2;
    if (i % 2 === 1)
      body.push(
        `<rect x="12" y="${r(yTop)}" width="${r(width - 28)}" height="${r(h)}" fill="${INK.grid}" fill-opacity="0.25"/>`,
      );
    body.push(
      label(14, mid + 4, t.name, { maxWidth: nameW - 8, ...(t.summary ? { cls: 'b' } : {}) }),
    );
    const fill = critical.has(t.id) ? colour(3) : colour(0);
    const pl = planned.get(t.id);
    if (pl !== undefined)
      body.push(
        `<rect x="${r(x(pl.start))}" y="${r(mid + h * 0.22)}" width="${r(Math.max(2, x(pl.finish + 1) - x(pl.start)))}" height="${r(Math.max(2, h * 0.14))}" fill="${INK.muted}"><title>${esc(`${t.name} baseline: ${fromEpochDay(pl.start)} to ${fromEpochDay(pl.finish)}`)}</title></rect>`,
      );
    const tip = esc(
      t.milestone
        ? `${t.name}: ${fromEpochDay(t.finish)}`
        : `${t.name}: ${fromEpochDay(t.start)} to ${fromEpochDay(t.finish)}`,
    );
    if (t.summary) {
      body.push(summaryBar(t, x(t.start), x(t.finish + 1), mid, h, fill, tip));
    } else if (t.milestone) {
      // A milestone sits at the end of its day, as MS Project draws it.
      const cx = x(t.finish + 1);
      const d = Math.min(7, h * 0.35);
      body.push(
        `<path d="M${r(cx)} ${r(mid - d)}L${r(cx + d)} ${r(mid)}L${r(cx)} ${r(mid + d)}L${r(cx - d)} ${r(mid)}Z" fill="${fill}"><title>${tip}</title></path>`,
      );
    } else {
      body.push(
        `<rect x="${r(x(t.start))}" y="${r(mid - h * 0.28)}" width="${r(Math.max(2, x(t.finish + 1) - x(t.start)))}" height="${r(h * 0.44)}" rx="2" fill="${fill}"><title>${tip}</title></rect>`,
      );
    }
  });
}

/** A summary task as MS Project draws it: a thin bar with a point down at each end. */
function summaryBar(
  t: Bar,
  x0: number,
  x1: number,
  mid: number,
  h: number,
  fill: string,
  tip: string,
): string {
  const top = mid - h * 0.22;
  const bar = Math.max(2, h * 0.16);
  const d = Math.min(5, h * 0.2);
  const end = Math.max(x0 + 2 * d, x1);
  const cap = (at: number) =>
    `M${r(at - d)} ${r(top + bar)}L${r(at)} ${r(top + bar + d)}L${r(at + d)} ${r(top + bar)}Z`;
  return `<path d="M${r(x0)} ${r(top)}H${r(end)}V${r(top + bar)}H${r(x0)}Z${cap(x0 + d)}${cap(end - d)}" fill="${fill}" data-summary="${esc(t.id)}"><title>${tip}</title></path>`;
}

function describe(
  tasks: readonly Bar[],
  critical: ReadonlySet<string>,
  planned: ReadonlyMap<string, { start: number; finish: number }>,
  lo: number,
  hi: number,
  finish: string | null,
): string {
  if (tasks.length === 0) return 'No tasks.';
  const text = `${tasks.length} tasks from ${fromEpochDay(lo)} to ${finish ?? fromEpochDay(hi)}; ${critical.size} critical.`;
  if (planned.size === 0) return text;
  const late = tasks
    .filter((t) => t.finish > (planned.get(t.id)?.finish ?? Number.POSITIVE_INFINITY))
    .map((t) => t.id);
  const list =
    late.length === 0 ? '' : ` (${late.slice(0, 5).join(', ')}${late.length > 5 ? ', …' : ''})`;
  return `${text} ${late.length} finish${late.length === 1 ? 'es' : ''} after the baseline${list}.`;
}
