/**
 * @internal Dated constraints, deadlines and progress as working-day
 * offsets, once the plan's start is known. A date converts to working time
 * as MS Project converts it: a start-type date means 8:00 that day (offset:
 * the working days before it), a finish-type date (a finish constraint, a
 * deadline, an actual finish, the status date) 17:00 that day (offset: the
 * working days up to and including it). A date on a non-working day thus
 * falls on the next working time: a start on the next working day, a finish
 * at the end of the previous one.
 *
 * Progress (MS Project's "reschedule uncompleted work to start after the
 * status date"): a task with an actual start starts there, whatever its
 * links (they are dropped); its work done stays before the status date and
 * its remaining work starts after it. A complete task sits at its actual
 * dates with no float. A task not started starts after the status date,
 * unless it has a date constraint (MS Project 2002 on keeps the constraint).
 */

import { fromEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import {
  type CompiledCalendar,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import type { SummaryNodes } from './expandSummaries.js';
import { type Bounds, makeNetwork, type Network } from './network.js';
import { Extras, FNLT, MFO, MSO, SNET, SNLT } from './taskExtras.js';

/** @internal The calendar the offsets count on: day 0 is epoch day `first`. */
export interface Clock {
  readonly cal: CompiledCalendar;
  readonly first: number;
}

/** @internal Working days before epoch day `day` (a start-type date). */
export function startOff(c: Clock, day: number): number {
  if (day <= c.first) return 0;
  return workingDaysBetweenEpoch(c.cal, c.first - 1, day - 1);
}

/** @internal Working days up to and including epoch day `day` (a finish-type date). */
export function finishOff(c: Clock, day: number): number {
  if (day < c.first) return 0;
  return workingDaysBetweenEpoch(c.cal, c.first - 1, day);
}

/** @internal What the bounds add to a network. */
export interface Bounded {
  readonly net: Network;
  /** Durations to schedule with (a started task: its span). */
  readonly d: Float64Array;
}

/** A date field on or after the plan's start, or `OUT_OF_RANGE`. */
function inPlan(c: Clock, day: number, path: PopmPath): number {
  if (day < c.first)
    throw popmError(
      'OUT_OF_RANGE',
      path,
      `a date on or after the plan's first working day (${fromEpochDay(c.first)})`,
      fromEpochDay(day),
    );
  return day;
}

function emptyBounds(n: number, status: number, progress: boolean): Bounds {
  const inf = Number.POSITIVE_INFINITY;
  const k = progress ? n : 0;
  return {
    lowerFinish: new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
    holdStart: new Float64Array(n).fill(inf),
    holdFinish: new Float64Array(n).fill(inf),
    deadline: new Float64Array(n).fill(inf),
    split: new Uint8Array(n),
    done: new Float64Array(k),
    rem: new Float64Array(k),
    status,
    complete: new Uint8Array(n),
    fixed: new Uint8Array(n),
    bounded: new Uint8Array(n),
  };
}

/**
 * @internal Applies the dated fields of `net.extras` (and the status date,
 * an epoch day or `undefined`) to `net`. `path` is the tasks' path.
 */
export function applyBounds(
  net: Network,
  clock: Clock,
  statusDay: number | undefined,
  nodes: SummaryNodes | undefined,
  path: PopmPath,
): Bounded {
  const rows = net.rows ?? net.n;
  const x = net.extras ?? new Extras(rows);
  const status = statusDay === undefined ? Number.NEGATIVE_INFINITY : finishOff(clock, statusDay);
  const b = emptyBounds(net.n, status, x.hasProgress);
  const lower = net.lower.slice();
  const d = net.durations.slice();
  for (let i = 0; i < rows; i++) {
    if (x.conType[i] !== 0) constrain(b, lower, x, i, clock, path);
    if (!Number.isNaN(x.deadline[i] as number)) deadline(net, b, x, i, clock, nodes, path);
    if (x.hasProgress) progress(b, lower, d, x, i, clock, path);
    // Without progress every task is unstarted: after the status date, unless constrained.
    else if (x.conType[i] === 0 && status > (lower[i] as number)) lower[i] = status;
  }
  const fixedLinks = x.hasProgress ? countInto(net, b.fixed) : 0;
  const base = makeNetwork({ ...net, lower, bounds: b });
  return { net: fixedLinks === 0 ? base : dropLinksInto(base, b.fixed, fixedLinks), d };
}

/** Task `i`'s deadline as a finish bound (a summary's on its out-finish node). */
function deadline(
  net: Network,
  b: Bounds,
  x: Extras,
  i: number,
  clock: Clock,
  nodes: SummaryNodes | undefined,
  path: PopmPath,
): void {
  const off = finishOff(clock, inPlan(clock, x.deadline[i] as number, [...path, i, 'deadline']));
  const at = net.tree?.summary[i] === 1 ? (nodes?.outFinish[i] as number) : i;
  b.deadline[at] = off;
  b.bounded[at] = 1;
}

/** How many links end at a fixed node. */
function countInto(net: Network, fixed: Uint8Array): number {
  let count = 0;
  for (let e = 0; e < net.m; e++) if (fixed[net.linkSucc[e] as number] === 1) count++;
  return count;
}

/** One dated constraint into the bounds. */
function constrain(
  b: Bounds,
  lower: Float64Array,
  x: Extras,
  i: number,
  clock: Clock,
  path: PopmPath,
): void {
  const type = x.conType[i];
  const day = inPlan(clock, x.conDay[i] as number, [...path, i, 'constraint', 'date']);
  b.bounded[i] = 1;
  if (type === SNET || type === SNLT || type === MSO) {
    const so = startOff(clock, day);
    if (type !== SNLT && so > (lower[i] as number)) lower[i] = so;
    if (type !== SNET) b.holdStart[i] = so;
  } else {
    const fo = finishOff(clock, day);
    if (type !== FNLT) b.lowerFinish[i] = fo;
    if (type === FNLT || type === MFO) b.holdFinish[i] = fo;
  }
}

/** One task's progress into the bounds and its scheduling duration. */
function progress(
  b: Bounds,
  lower: Float64Array,
  d: Float64Array,
  x: Extras,
  i: number,
  clock: Clock,
  path: PopmPath,
): void {
  const { done, rem } = workOf(d[i] as number, x.percent[i] as number, x.remaining[i] as number);
  const as = x.actualStart[i] as number;
  if (Number.isNaN(as) && !(done > 0)) {
    // As MS Project since 2002, a task with a date constraint keeps it.
    if (x.conType[i] === 0 && b.status > (lower[i] as number)) lower[i] = b.status;
    return;
  }
  const complete = !Number.isNaN(x.actualFinish[i] as number) || rem <= 0;
  if (complete) b.complete[i] = 1;
  if (Number.isNaN(as)) {
    // Work done without an actual start: it started where the links put it.
    b.split[i] = 1;
    b.bounded[i] = 1;
    b.done[i] = done;
    b.rem[i] = complete ? 0 : rem;
    d[i] = done + (complete ? 0 : rem);
    return;
  }
  const start = startOff(clock, inPlan(clock, as, [...path, i, 'actualStart']));
  fix(b, lower, i, start);
  d[i] = complete
    ? completeSpan(clock, d[i] as number, done, start, x.actualFinish[i] as number)
    : Math.max(start + done, b.status) - start + rem;
}

/** Work done and left, in working days: `percentComplete` of the duration, else duration − remaining. */
function workOf(dur: number, pct: number, remaining: number): { done: number; rem: number } {
  let done = 0;
  if (!Number.isNaN(pct)) done = (dur * pct) / 100;
  else if (!Number.isNaN(remaining)) done = Math.max(0, dur - remaining);
  return { done, rem: Number.isNaN(remaining) ? dur - done : remaining };
}

/** A complete task's span: actual start to actual finish (a milestone: none). */
function completeSpan(clock: Clock, dur: number, done: number, start: number, af: number): number {
  if (Number.isNaN(af) || dur === 0) return done;
  return Math.max(0, finishOff(clock, af) - start);
}

/** Fixes node `i` at its actual start: no link or constraint moves it; its deadline stays. */
function fix(b: Bounds, lower: Float64Array, i: number, start: number): void {
  lower[i] = start;
  b.fixed[i] = 1;
  b.holdStart[i] = b.holdFinish[i] = Number.POSITIVE_INFINITY;
  b.lowerFinish[i] = Number.NEGATIVE_INFINITY;
}

/** The network without the links into `fixed` nodes (an actual start is not moved by links). */
function dropLinksInto(net: Network, fixed: Uint8Array, dropped: number): Network {
  const { n, m } = net;
  const keep = m - dropped;
  const predStart = new Int32Array(n + 1);
  const linkPred = new Int32Array(keep);
  const linkSucc = new Int32Array(keep);
  const linkType = new Uint8Array(keep);
  const lag = new Float64Array(keep);
  const newIndex = new Int32Array(m).fill(-1);
  let k = 0;
  for (let s = 0; s < n; s++) {
    predStart[s] = k;
    if (fixed[s] === 1) continue;
    for (let e = net.predStart[s] as number; e < (net.predStart[s + 1] as number); e++) {
      newIndex[e] = k;
      linkPred[k] = net.linkPred[e] as number;
      linkSucc[k] = s;
      linkType[k] = net.linkType[e] as number;
      lag[k++] = net.lag[e] as number;
    }
  }
  predStart[n] = k;
  const succStart = new Int32Array(n + 1);
  const succLinks = new Int32Array(keep);
  let j = 0;
  for (let p = 0; p < n; p++) {
    succStart[p] = j;
    for (let q = net.succStart[p] as number; q < (net.succStart[p + 1] as number); q++) {
      const e = newIndex[net.succLinks[q] as number] as number;
      if (e >= 0) succLinks[j++] = e;
    }
  }
  succStart[n] = j;
  return makeNetwork({
    ...net,
    m: keep,
    predStart,
    linkPred,
    linkSucc,
    linkType,
    lag,
    succStart,
    succLinks,
  });
}
