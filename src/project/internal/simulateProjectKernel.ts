/**
 * @internal The trials of {@link simulateProject}. Each trial:
 *
 * 1. draws every estimated task's duration from the trial's own stream of
 *    `(seed, trial)`, exactly as `simulateSchedule` draws them (same stream,
 *    same order), so with no risks the two give the same schedule;
 * 2. draws every risk from its own stream of `(seed, risk id, trial)`:
 *    whether it occurs, then its cost and its delay (triangular over the
 *    three points, as `simulateRiskCost`). A risk's draws depend on nothing
 *    else, so adding, removing or reordering risks leaves every other draw
 *    as it was (common random numbers);
 * 3. adds each occurring risk's delay to the durations of its tasks (signed:
 *    an opportunity shortens them, never below 0) — a risk linked to no task
 *    moves the project finish itself — and runs the critical path method;
 * 4. prices the trial: the fixed costs, each task's cost per day × its
 *    duration in the trial, and the risks' costs;
 * 5. for every risk, the finish and cost of the same trial without it (the
 *    tornado's "P80 without the risk"): when it did not occur, the trial's
 *    own; else its cost share taken out and, when it delays a task that
 *    could move the finish, the schedule run again.
 */

import { exactAdd, SUM_BLOCK } from '../../core/internal/simulationParts.js';
import { betaPertDraw, hashSeed, Stream, triangularAt } from '../../core/internal/stream.js';
import {
  createPass,
  defaultTolerance,
  forwardFinish,
  linkSlack,
  type Network,
  type Pass,
  runPasses,
} from '../../plan/internal/network.js';
import { FF, SF } from '../../plan/internal/readTasks.js';
import type { RiskModel } from './simulateProjectRisks.js';

/** @internal Everything the trials read, compiled once. */
export interface ProjectKernel {
  readonly net: Network;
  readonly triangular: boolean;
  /** Estimated tasks (input order) and their three points. */
  readonly estimated: readonly number[];
  readonly lo: readonly number[];
  readonly mode: readonly number[];
  readonly hi: readonly number[];
  /** Tasks whose duration varies between trials (estimated or delayed by a risk), ascending. */
  readonly variable: readonly number[];
  /** The cost that never varies: fixed costs, and rate × duration of the other tasks. */
  readonly constantCost: number;
  /** Cost per working day of each task (0 for none). */
  readonly rate: Float64Array;
  readonly risks: RiskModel;
}

/** @internal What the trials of one run produce, per trial in the run's range. */
export interface ProjectTrials {
  readonly finish: Float64Array;
  readonly cost: Float64Array;
  /** Per risk, each trial's finish without it. */
  readonly finishWithout: Float64Array[];
  /** Per risk, each trial's cost without it. */
  readonly costWithout: Float64Array[];
  /** Per variable task, exact sums of its duration (block sums, as `simulateSchedule`). */
  readonly durationSums: number[][];
  /** Per task, the trials in which it was critical. */
  readonly critical: number[];
  /** Per risk, the trials in which it occurred. */
  readonly occurred: number[];
}

/** Buffers reused by every trial. */
class Workspace {
  readonly d: Float64Array;
  /** Duration before risk delays, for the tasks risks delay. */
  readonly base: Float64Array;
  /** Sum of the signed delays on each task this trial. */
  readonly acc: Float64Array;
  readonly critical: Uint8Array;
  readonly isEstimated: Uint8Array;
  /** Tasks some risk with a schedule impact delays. */
  readonly touched: Int32Array;
  /** Risks with a schedule impact linked to no task (they move the finish). */
  readonly unlinked: Int32Array;
  readonly riskCost: Float64Array;
  readonly riskDays: Float64Array;
  readonly occurs: Uint8Array;
  readonly riskKeys: Int32Array;
  readonly blockSums: Float64Array;
  readonly pass: Pass;
  readonly rerun: Pass;
  readonly stream = new Stream();
  readonly riskStream = new Stream();
  /** The sum of the unlinked risks' delays this trial. */
  projectDelay = 0;
  /** The trial's critical tasks in topological order (built when first needed in a trial). */
  readonly criticalOrder: Int32Array;
  criticalCount = -1;
  /** Scratch marks for {@link finishHoldsWithout}. */
  readonly blocked: Uint8Array;
  readonly reach: Uint8Array;
  /** Per risk, the first topological position of its tasks: a re-run without it starts there. */
  readonly riskFrom: Int32Array;

  constructor(k: ProjectKernel, key: number) {
    const { n, durations } = k.net;
    const m = k.risks.ids.length;
    this.d = Float64Array.from(durations);
    this.base = new Float64Array(n);
    this.acc = new Float64Array(n);
    this.critical = new Uint8Array(n);
    this.isEstimated = new Uint8Array(n);
    for (const i of k.estimated) this.isEstimated[i] = 1;
    const touched = new Set<number>();
    const unlinked: number[] = [];
    for (let r = 0; r < m; r++) {
      if ((k.risks.daysMax[r] as number) === 0) continue;
      const tasks = k.risks.tasks[r] as number[];
      if (tasks.length === 0) unlinked.push(r);
      for (const j of tasks) touched.add(j);
    }
    this.touched = Int32Array.from([...touched].sort((a, b) => a - b));
    this.unlinked = Int32Array.from(unlinked);
    this.riskCost = new Float64Array(m);
    this.riskDays = new Float64Array(m);
    this.occurs = new Uint8Array(m);
    // Each risk's stream is keyed by the seed and its id, never by its place in the list.
    this.riskKeys = Int32Array.from(k.risks.ids, (id) => hashSeed(`${key}:${id}`));
    this.blockSums = new Float64Array(k.variable.length);
    this.pass = createPass(n);
    this.rerun = createPass(n);
    this.criticalOrder = new Int32Array(n);
    this.blocked = new Uint8Array(n);
    this.reach = new Uint8Array(n);
    this.riskFrom = firstPositions(k);
  }
}

/** Per risk, the least topological position of its tasks (`n` for none). */
function firstPositions(k: ProjectKernel): Int32Array {
  const { n, order } = k.net;
  const position = new Int32Array(n);
  for (let x = 0; x < n; x++) position[order[x] as number] = x;
  return Int32Array.from(k.risks.tasks, (tasks) => {
    let from = n;
    for (const j of tasks) from = Math.min(from, position[j] as number);
    return from;
  });
}

/** @internal True when lengthening a task can never make the project finish earlier (no FF or SF link). */
export function isMonotone(net: Network): boolean {
  for (let e = 0; e < net.m; e++) {
    const t = net.linkType[e];
    if (t === FF || t === SF) return false;
  }
  return true;
}

/** Draws every estimated task's duration into `d`, as `simulateSchedule` does. */
function drawDurations(w: Workspace, k: ProjectKernel, key: number, t: number): void {
  const { stream, d } = w;
  const { estimated, lo, mode, hi } = k;
  stream.reset(key, t);
  for (let e = 0; e < estimated.length; e++) {
    d[estimated[e] as number] = k.triangular
      ? triangularAt(stream.next(), lo[e] as number, mode[e] as number, hi[e] as number)
      : betaPertDraw(stream, lo[e] as number, mode[e] as number, hi[e] as number);
  }
}

/** A draw from the three points, or the value itself when they are equal. */
function threePoint(s: Stream, min: number, mode: number, max: number): number {
  return min === max ? min : triangularAt(s.next(), min, mode, max);
}

/** Draws every risk: whether it occurs, then its signed cost and delay. */
function drawRisks(w: Workspace, k: ProjectKernel, t: number): void {
  const r = k.risks;
  const s = w.riskStream;
  for (let i = 0; i < r.ids.length; i++) {
    s.reset(w.riskKeys[i] as number, t);
    const occurs = s.next() < (r.probability[i] as number);
    w.occurs[i] = occurs ? 1 : 0;
    if (!occurs) {
      w.riskCost[i] = 0;
      w.riskDays[i] = 0;
      continue;
    }
    const sign = r.sign[i] as number;
    const cost = threePoint(
      s,
      r.costMin[i] as number,
      r.costMode[i] as number,
      r.costMax[i] as number,
    );
    const days = threePoint(
      s,
      r.daysMin[i] as number,
      r.daysMode[i] as number,
      r.daysMax[i] as number,
    );
    w.riskCost[i] = sign * cost;
    w.riskDays[i] = sign * days;
  }
}

/** Adds the occurring risks' delays to their tasks (and to the project finish). */
function applyDelays(w: Workspace, k: ProjectKernel): void {
  const { d, base, acc, touched, riskDays } = w;
  for (let x = 0; x < touched.length; x++) acc[touched[x] as number] = 0;
  const tasks = k.risks.tasks;
  for (let r = 0; r < riskDays.length; r++) {
    const v = riskDays[r] as number;
    if (v === 0) continue;
    for (const j of tasks[r] as number[]) acc[j] = (acc[j] as number) + v;
  }
  const durations = k.net.durations;
  for (let x = 0; x < touched.length; x++) {
    const j = touched[x] as number;
    const b = w.isEstimated[j] === 1 ? (d[j] as number) : (durations[j] as number);
    base[j] = b;
    const a = acc[j] as number;
    d[j] = a === 0 ? b : Math.max(0, b + a);
  }
  let u = 0;
  for (let x = 0; x < w.unlinked.length; x++) u += riskDays[w.unlinked[x] as number] as number;
  w.projectDelay = u;
}

/** The project finish: the network's, moved by the unlinked risks' delay `u`. */
function finishOf(network: number, u: number): number {
  return u === 0 ? network : Math.max(0, network + u);
}

/** Marks and counts the tasks critical in `w.pass`. */
function markCritical(w: Workspace, counts: number[]): void {
  const { es, ls } = w.pass;
  const tol = defaultTolerance(w.pass.duration);
  const crit = w.critical;
  for (let i = 0; i < crit.length; i++) {
    const c = (ls[i] as number) - (es[i] as number) <= tol;
    crit[i] = c ? 1 : 0;
    if (c) counts[i] = (counts[i] as number) + 1;
  }
  w.criticalCount = -1;
}

/** Lists the trial's critical tasks in topological order, once per trial. */
function criticalInOrder(w: Workspace, net: Network): number {
  if (w.criticalCount >= 0) return w.criticalCount;
  let c = 0;
  for (let x = 0; x < net.n; x++) {
    const s = net.order[x] as number;
    if (w.critical[s] === 1) w.criticalOrder[c++] = s;
  }
  w.criticalCount = c;
  return c;
}

/** Whether critical task `s` starts exactly where a chain of exactly driving links from the start puts it, avoiding blocked tasks. */
function reached(w: Workspace, net: Network, s: number): boolean {
  const es = w.pass.es;
  if (w.blocked[s] === 1) return false;
  if (es[s] === net.lower[s]) return true;
  for (let e = net.predStart[s] as number, end = net.predStart[s + 1] as number; e < end; e++)
    if (w.reach[net.linkPred[e] as number] === 1 && linkSlack(net, w.d, es, e) === 0) return true;
  return false;
}

/**
 * True when the trial has a chain of exactly driving links from the project
 * start to the finish that avoids every one of `tasks`. In a plan without
 * FF/SF links, shortening those tasks then leaves that chain's dates, and so
 * the finish, exactly as they are (every other start can only move earlier).
 * Only the trial's critical tasks are visited; `false` means "run it again".
 */
function finishHoldsWithout(w: Workspace, net: Network, tasks: readonly number[]): boolean {
  const count = criticalInOrder(w, net);
  const { es } = w.pass;
  const finish = w.pass.duration;
  for (const j of tasks) w.blocked[j] = 1;
  let holds = false;
  let x = 0;
  for (; x < count && !holds; x++) {
    const s = w.criticalOrder[x] as number;
    const ok = reached(w, net, s);
    w.reach[s] = ok ? 1 : 0;
    holds = ok && (es[s] as number) + (w.d[s] as number) === finish;
  }
  for (let y = 0; y < x; y++) w.reach[w.criticalOrder[y] as number] = 0;
  for (const j of tasks) w.blocked[j] = 0;
  return holds;
}

/** The trial's cost (Neumaier-compensated): constant part, rate × duration, risk costs. */
function trialCost(w: Workspace, k: ProjectKernel): number {
  let s = k.constantCost;
  let c = 0;
  const add = (v: number) => {
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  };
  for (const j of k.variable) {
    const rate = k.rate[j] as number;
    if (rate !== 0) add(rate * (w.d[j] as number));
  }
  for (let r = 0; r < w.riskCost.length; r++) {
    const v = w.riskCost[r] as number;
    if (v !== 0) add(v);
  }
  return s + c;
}

/** Adds each variable task's duration to its block sum; flushes the block sums exactly. */
function sumDurations(w: Workspace, k: ProjectKernel, sums: number[][], flush: boolean): void {
  const { blockSums, d } = w;
  const variable = k.variable;
  for (let x = 0; x < variable.length; x++)
    blockSums[x] = (blockSums[x] as number) + (d[variable[x] as number] as number);
  if (!flush) return;
  for (let x = 0; x < variable.length; x++) {
    exactAdd(sums[x] as number[], blockSums[x] as number);
    blockSums[x] = 0;
  }
}

/** Risk `r`'s task `j` duration in this trial had `r` not occurred. */
function withoutDuration(w: Workspace, j: number, r: number): number {
  const a = (w.acc[j] as number) - (w.riskDays[r] as number);
  const b = w.base[j] as number;
  return a === 0 ? b : Math.max(0, b + a);
}

/**
 * The trial's finish without risk `r` (which occurred with a delay): the
 * same unless it delays a task that could move the finish, else the
 * schedule run again without its delay — with `fast`, only the forward pass
 * from the first of its tasks in topological order (the starts before it
 * are the trial's), which gives the same finish.
 */
function finishWithoutRisk(
  w: Workspace,
  k: ProjectKernel,
  r: number,
  finish: number,
  shortcut: { readonly fast: boolean; readonly monotone: boolean },
): number {
  const { fast, monotone } = shortcut;
  const days = w.riskDays[r] as number;
  const tasks = k.risks.tasks[r] as number[];
  if (tasks.length === 0) return finishOf(w.pass.duration, w.projectDelay - days);
  // Shortening tasks none of which is critical cannot move the finish when
  // lengthening a task never pulls another earlier (no FF/SF link).
  if (monotone && days > 0) {
    if (tasks.every((j) => w.critical[j] === 0)) return finish;
    // A critical chain that avoids every delayed task keeps the finish where it is.
    if (finishHoldsWithout(w, k.net, tasks)) return finish;
  }
  const { d } = w;
  for (const j of tasks) d[j] = withoutDuration(w, j, r);
  const without = fast ? rerunFrom(w, k.net, w.riskFrom[r] as number) : rerun(w, k.net);
  for (const j of tasks) {
    const a = w.acc[j] as number;
    d[j] = a === 0 ? (w.base[j] as number) : Math.max(0, (w.base[j] as number) + a);
  }
  return finishOf(without, w.projectDelay);
}

/** The network's finish for the durations `w.d`: both passes, from scratch. */
function rerun(w: Workspace, net: Network): number {
  runPasses(net, w.d, w.rerun);
  return w.rerun.duration;
}

/** The same finish, by the forward pass from position `from` on (the tasks before it start as in the trial). */
function rerunFrom(w: Workspace, net: Network, from: number): number {
  const es = w.rerun.es;
  es.set(w.pass.es);
  return forwardFinish(net, w.d, es, from);
}

/** The trial's cost without risk `r`: its cost and the cost of its delay taken out. */
function costWithoutRisk(w: Workspace, k: ProjectKernel, r: number, cost: number): number {
  let share = w.riskCost[r] as number;
  if ((w.riskDays[r] as number) !== 0)
    for (const j of k.risks.tasks[r] as number[]) {
      const rate = k.rate[j] as number;
      if (rate !== 0) share += rate * ((w.d[j] as number) - withoutDuration(w, j, r));
    }
  return share === 0 ? cost : cost - share;
}

/** Which shortcuts the tornado may take (none when `shortcut` is false). */
function shortcuts(net: Network, shortcut: boolean): { fast: boolean; monotone: boolean } {
  if (!shortcut) return { fast: false, monotone: false };
  // The forward pass from a position holds only without dated bounds (the kernel has none).
  return { fast: net.bounds === undefined, monotone: isMonotone(net) };
}

/**
 * @internal Runs trials `start..end − 1` under `key` (from the seed).
 * `shortcut: false` re-runs the schedule for every occurring risk (the
 * tests check the shortcut against it).
 */
export function runProjectTrials(
  k: ProjectKernel,
  sim: { readonly key: number; readonly start: number; readonly end: number },
  shortcut = true,
): ProjectTrials {
  const size = sim.end - sim.start;
  const m = k.risks.ids.length;
  const out: ProjectTrials = {
    finish: new Float64Array(size),
    cost: new Float64Array(size),
    finishWithout: Array.from({ length: m }, () => new Float64Array(size)),
    costWithout: Array.from({ length: m }, () => new Float64Array(size)),
    durationSums: k.variable.map(() => []),
    critical: new Array<number>(k.net.n).fill(0),
    occurred: new Array<number>(m).fill(0),
  };
  const w = new Workspace(k, sim.key);
  const cuts = shortcuts(k.net, shortcut);
  for (let t = sim.start; t < sim.end; t++) {
    const at = t - sim.start;
    drawDurations(w, k, sim.key, t);
    drawRisks(w, k, t);
    applyDelays(w, k);
    sumDurations(w, k, out.durationSums, (t + 1) % SUM_BLOCK === 0 || t + 1 === sim.end);
    runPasses(k.net, w.d, w.pass);
    markCritical(w, out.critical);
    const finish = finishOf(w.pass.duration, w.projectDelay);
    const cost = trialCost(w, k);
    out.finish[at] = finish;
    out.cost[at] = cost;
    for (let r = 0; r < m; r++) {
      const occurred = w.occurs[r] === 1;
      if (occurred) out.occurred[r] = (out.occurred[r] as number) + 1;
      const moved = occurred && (w.riskDays[r] as number) !== 0;
      (out.finishWithout[r] as Float64Array)[at] = moved
        ? finishWithoutRisk(w, k, r, finish, cuts)
        : finish;
      (out.costWithout[r] as Float64Array)[at] = occurred ? costWithoutRisk(w, k, r, cost) : cost;
    }
  }
  return out;
}
