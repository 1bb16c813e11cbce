/**
 * @internal A summary task's row, rolled up from its children's rows (a
 * child summary's own roll-up first): it starts with its earliest child
 * (`es`, `ls`, `startDate`: the least) and finishes with its latest (`ef`,
 * `lf`, `finishDate`: the greatest); its duration is the span `ef − es`;
 * its total and free float are its children's least (the float of its most
 * critical child) and it is critical when a child is.
 *
 * Each task row's figures are merged into its summary's as the row is built
 * ({@link mergeRow}), then each summary's into its own summary's, deepest
 * first ({@link rollUpSummaries}). The figures live in one typed array, a
 * slot of eight per summary: no object per summary, no property reads
 * across the rows' several shapes, and little memory (a large typed array
 * per call would hasten the collector). Dates are rolled up as working-day
 * offsets and formatted once per summary (an ISO date sorts as its offset).
 */
import type { ScheduledTask } from '../criticalPath.js';
import type { Task } from '../types.js';
import type { WorkDays } from './dating.js';
import type { Tree } from './summaries.js';

// The figures in a slot: early start and finish, late start and finish,
// total and free float, and the start and finish dates' working-day offsets.
const ES = 0;
const EF = 1;
const LS = 2;
const LF = 3;
const TF = 4;
const FF = 5;
const SD = 6;
const FD = 7;
const WIDTH = 8;

/** @internal The running roll-up of each summary, by slot. */
export class SummaryFigures {
  /** Each task's summary number (its slot is `8 ×` that), `-1` for a task without children. */
  readonly index: Int32Array;
  readonly acc: Float64Array;
  readonly critical: Uint8Array;

  constructor(tree: Tree) {
    const count = tree.summaries;
    const acc = new Float64Array(WIDTH * count);
    const up = Number.POSITIVE_INFINITY;
    const down = Number.NEGATIVE_INFINITY;
    // Each figure starts at the identity of its least (+∞) or greatest (−∞).
    for (let k = 0; k < acc.length; k += WIDTH) {
      acc[k + ES] = acc[k + LS] = acc[k + TF] = acc[k + FF] = acc[k + SD] = up;
      acc[k + EF] = acc[k + LF] = acc[k + FD] = down;
    }
    this.index = tree.summaryIndex;
    this.acc = acc;
    this.critical = new Uint8Array(count);
  }
}

/**
 * @internal Merges one task row's figures into summary `p`'s: starts `es`
 * and `ls` of duration `d`, floats `tf` and `ff`, date offsets `sd` and `fd`.
 */
export function mergeRow(
  f: SummaryFigures,
  p: number,
  es: number,
  ls: number,
  d: number,
  tf: number,
  ff: number,
  sd: number,
  fd: number,
  critical: boolean,
): void {
  const a = f.acc;
  const k = WIDTH * (f.index[p] as number);
  if (es < (a[k + ES] as number)) a[k + ES] = es;
  if (es + d > (a[k + EF] as number)) a[k + EF] = es + d;
  if (ls < (a[k + LS] as number)) a[k + LS] = ls;
  if (ls + d > (a[k + LF] as number)) a[k + LF] = ls + d;
  if (tf < (a[k + TF] as number)) a[k + TF] = tf;
  if (ff < (a[k + FF] as number)) a[k + FF] = ff;
  if (sd < (a[k + SD] as number)) a[k + SD] = sd;
  if (fd > (a[k + FD] as number)) a[k + FD] = fd;
  if (critical) f.critical[k / WIDTH] = 1;
}

/** Merges summary slot `c` into summary slot `p`. */
function mergeSlot(f: SummaryFigures, p: number, c: number): void {
  const a = f.acc;
  least(a, p + ES, c + ES);
  greatest(a, p + EF, c + EF);
  least(a, p + LS, c + LS);
  greatest(a, p + LF, c + LF);
  least(a, p + TF, c + TF);
  least(a, p + FF, c + FF);
  least(a, p + SD, c + SD);
  greatest(a, p + FD, c + FD);
  if (f.critical[c / WIDTH] === 1) f.critical[p / WIDTH] = 1;
}

function least(a: Float64Array, into: number, from: number): void {
  if ((a[from] as number) < (a[into] as number)) a[into] = a[from] as number;
}

function greatest(a: Float64Array, into: number, from: number): void {
  if ((a[from] as number) > (a[into] as number)) a[into] = a[from] as number;
}

/**
 * Whole-day values as small integers, as the task rows store them (V8 keeps
 * them inline in the row instead of boxing each one).
 */
function small(x: number): number {
  const i = x | 0;
  return i === x ? i : x;
}

/** The row of the summary in slot `k`. */
function summaryRow(
  id: string,
  meta: Task['meta'],
  f: SummaryFigures,
  k: number,
  days: WorkDays | undefined,
): ScheduledTask {
  const a = f.acc;
  const es = small(a[k + ES] as number);
  const ef = small(a[k + EF] as number);
  const ls = small(a[k + LS] as number);
  const lf = small(a[k + LF] as number);
  const totalFloat = small(a[k + TF] as number);
  const freeFloat = small(a[k + FF] as number);
  const critical = f.critical[k / WIDTH] === 1;
  const duration = small(ef - es);
  const summary = true as const;
  // One object literal per shape (a row with `meta`, rare, is spread), as the task rows.
  if (days === undefined) {
    const row = { id, duration, es, ef, ls, lf, totalFloat, freeFloat, critical, summary };
    return Object.freeze(meta === undefined ? row : { ...row, meta });
  }
  const dated = {
    id,
    duration,
    es,
    ef,
    ls,
    lf,
    totalFloat,
    freeFloat,
    critical,
    summary,
    startDate: days.at(a[k + SD] as number),
    finishDate: days.at(a[k + FD] as number),
  };
  return Object.freeze(meta === undefined ? dated : { ...dated, meta });
}

/**
 * @internal Fills each summary's row in `rows` (left empty by the caller),
 * once every task row has been merged into `figures` ({@link mergeRow});
 * `days` given, with its dates.
 */
export function rollUpSummaries(
  tree: Tree,
  rows: ScheduledTask[],
  ids: readonly string[],
  tasks: readonly Task[],
  figures: SummaryFigures,
  days: WorkDays | undefined,
): void {
  const { summary, parent, bottomUp } = tree;
  const index = figures.index;
  // Deepest first: a summary is complete when it is reached.
  for (let q = 0; q < bottomUp.length; q++) {
    const i = bottomUp[q] as number;
    if (summary[i] !== 1) continue;
    const k = WIDTH * (index[i] as number);
    rows[i] = summaryRow(ids[i] as string, tasks[i]?.meta, figures, k, days);
    const p = parent[i] as number;
    if (p >= 0) mergeSlot(figures, WIDTH * (index[p] as number), k);
  }
}
