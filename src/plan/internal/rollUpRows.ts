/**
 * @internal A summary task's row, rolled up from its children's rows (a
 * child summary's own roll-up first): it starts with its earliest child
 * (`es`, `ls`, `startDate`: the least) and finishes with its latest (`ef`,
 * `lf`, `finishDate`: the greatest); its duration is the span `ef − es`;
 * its total and free float are its children's least (the float of its most
 * critical child) and it is critical when a child is.
 */
import type { ScheduledTask } from '../criticalPath.js';
import type { Task } from '../types.js';
import type { Tree } from './summaries.js';

/** The running roll-up of one summary. */
interface Acc {
  es: number;
  ef: number;
  ls: number;
  lf: number;
  tf: number;
  ff: number;
  critical: boolean;
  startDate: string | undefined;
  finishDate: string | undefined;
}

function merge(a: Acc | undefined, r: ScheduledTask): Acc {
  if (a === undefined)
    return {
      es: r.es,
      ef: r.ef,
      ls: r.ls,
      lf: r.lf,
      tf: r.totalFloat,
      ff: r.freeFloat,
      critical: r.critical,
      startDate: r.startDate,
      finishDate: r.finishDate,
    };
  if (r.es < a.es) a.es = r.es;
  if (r.ef > a.ef) a.ef = r.ef;
  if (r.ls < a.ls) a.ls = r.ls;
  if (r.lf > a.lf) a.lf = r.lf;
  if (r.totalFloat < a.tf) a.tf = r.totalFloat;
  if (r.freeFloat < a.ff) a.ff = r.freeFloat;
  if (r.critical) a.critical = true;
  if (r.startDate !== undefined && (a.startDate === undefined || r.startDate < a.startDate))
    a.startDate = r.startDate;
  if (r.finishDate !== undefined && (a.finishDate === undefined || r.finishDate > a.finishDate))
    a.finishDate = r.finishDate;
  return a;
}

function small(x: number): number {
  const i = x | 0;
  return i === x ? i : x;
}

function summaryRow(id: string, meta: Task['meta'], a: Acc): ScheduledTask {
  const duration = small(a.ef - a.es);
  const { es, ef, ls, lf, tf, ff, critical } = a;
  // One object literal per shape (no spreads), as the task rows.
  if (a.startDate === undefined) {
    const row = { id, duration, es, ef, ls, lf, totalFloat: tf, freeFloat: ff, critical };
    return Object.freeze(
      meta === undefined
        ? { ...row, summary: true as const }
        : { ...row, summary: true as const, meta },
    );
  }
  const startDate = a.startDate;
  const finishDate = a.finishDate as string;
  if (meta === undefined)
    return Object.freeze({
      id,
      duration,
      es,
      ef,
      ls,
      lf,
      totalFloat: tf,
      freeFloat: ff,
      critical,
      summary: true as const,
      startDate,
      finishDate,
    });
  return Object.freeze({
    id,
    duration,
    es,
    ef,
    ls,
    lf,
    totalFloat: tf,
    freeFloat: ff,
    critical,
    summary: true as const,
    startDate,
    finishDate,
    meta,
  });
}

/** @internal Fills each summary's row in `rows` (left empty by the caller) with its roll-up. */
export function rollUpSummaries(
  tree: Tree,
  rows: ScheduledTask[],
  ids: readonly string[],
  tasks: readonly Task[],
): void {
  const acc: (Acc | undefined)[] = new Array(rows.length);
  for (const i of tree.bottomUp) {
    if (tree.summary[i] === 1)
      rows[i] = summaryRow(ids[i] as string, tasks[i]?.meta, acc[i] as Acc);
    const p = tree.parent[i] as number;
    if (p >= 0) acc[p] = merge(acc[p], rows[i] as ScheduledTask);
  }
}
