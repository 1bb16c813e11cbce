/**
 * @internal One definition of an item's life, shared by every flow function:
 * when it started, when it finished, and which state it was in at the end of
 * each day. With a workflow, an item's transitions decide (and its own
 * `startedOn`/`finishedOn` are not read); without one, or for an item without
 * transitions, its dates do: todo from `createdOn`, in progress from
 * `startedOn`, done from `finishedOn`.
 *
 * WIP, the one rule: an item is work in progress on day d when, at the end of
 * d, it is in an in-progress state. It counts on its start day, and not on
 * its finish day (at the end of that day it is done), as a cumulative flow
 * diagram and an aging chart show it.
 */
import type { PopmPath } from '../../core/errors.js';
import { popmError } from '../../core/errors.js';
import type { StateCategory } from '../workflow.js';
import type { CheckedWorkflow } from './checkWorkflow.js';
import type { CheckedWorkItem } from './checkWorkItem.js';

/** @internal From `day` on (end of day), the item is in `state`. */
export interface Segment {
  readonly day: number;
  /** Index into the workflow's states; without a workflow 0 todo, 1 in progress, 2 done. */
  readonly state: number;
  readonly category: StateCategory;
}

/** @internal An item on the one timeline. */
export interface FlowItem {
  readonly c: CheckedWorkItem;
  readonly started: number | null;
  readonly finished: number | null;
  /** End-of-day states, from `createdOn`, one per change (same-day moves collapsed to the last). */
  readonly segments: readonly Segment[];
  /** The state the item left to finish (the finish day is counted to it); -1 when unfinished. */
  readonly finishFrom: number;
  /** The workflow moves (day, state), sorted; `null` when the item's dates decide. */
  readonly steps: readonly (readonly [number, number])[] | null;
  /** The workflow that read the moves. */
  readonly wf?: CheckedWorkflow | undefined;
}

const BY_RANK: readonly StateCategory[] = ['todo', 'in-progress', 'done'];

interface Dates {
  started: number | null;
  finished: number | null;
  finishFrom: number;
}

/** A move to an in-progress state: starts the item, or reopens a finished one. */
function toInProgress(d: Dates, day: number, wf: CheckedWorkflow): void {
  if (d.finished !== null) {
    if (wf.reopen === 'restart') d.started = day;
    d.finished = null;
  }
  if (d.started === null) d.started = day;
}

/** A move to a done state from state `prev`: finishes the item (starting it if need be). */
function toDone(d: Dates, day: number, prev: number): void {
  if (d.started === null) d.started = day;
  if (d.finished === null) {
    d.finished = day;
    d.finishFrom = prev;
  }
}

/** @internal Start, finish and the state left to finish, from transitions, by the workflow's rules. */
export function deriveDates(
  steps: readonly (readonly [number, number])[],
  wf: CheckedWorkflow,
): { started: number | null; finished: number | null; finishFrom: number } {
  const d: Dates = { started: null, finished: null, finishFrom: -1 };
  let prev = 0;
  for (const [day, s] of steps) {
    const cat = wf.category[s] as StateCategory;
    if (cat === 'todo') {
      // Back to a todo state: a false start (ActionableAgile: moving backwards
      // means the item never was in the later stage).
      d.started = null;
      d.finished = null;
    } else if (cat === 'in-progress') toInProgress(d, day, wf);
    else toDone(d, day, prev);
    prev = s;
  }
  return {
    started: d.started,
    finished: d.finished,
    finishFrom: d.finished === null ? -1 : d.finishFrom,
  };
}

function collapse(
  raw: readonly (readonly [number, number])[],
  wf: CheckedWorkflow | null,
): Segment[] {
  const out: Segment[] = [];
  for (const [day, state] of raw) {
    const category =
      wf === null ? (BY_RANK[state] as StateCategory) : (wf.category[state] as StateCategory);
    const last = out[out.length - 1];
    if (last !== undefined && last.day === day) out.pop();
    const before = out[out.length - 1];
    if (before !== undefined && before.state === state) continue;
    out.push({ day, state, category });
  }
  return out;
}

/**
 * @internal Places a checked item on the timeline. `path` is the item's path,
 * for an unknown state in its transitions.
 */
export function flowItem(c: CheckedWorkItem, wf: CheckedWorkflow | null, path: PopmPath): FlowItem {
  if (wf !== null && c.transitions.length > 0) {
    const steps: (readonly [number, number])[] = [];
    for (const [day, name, at] of c.transitions) {
      const s = wf.index.get(name);
      if (s === undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          [...path, 'transitions', at, 'state'],
          'a state of the workflow',
          name,
        );
      steps.push([day, s]);
    }
    const d = deriveDates(steps, wf);
    return { c, ...d, segments: collapse([[c.created, 0], ...steps], wf), steps, wf };
  }
  const todo = wf === null ? 0 : wf.firstOf.todo;
  const doing = wf === null ? 1 : wf.firstOf['in-progress'];
  const done = wf === null ? 2 : wf.firstOf.done;
  const raw: (readonly [number, number])[] = [[c.created, todo]];
  if (c.started !== null) raw.push([c.started, doing]);
  if (c.finished !== null) raw.push([c.finished, done]);
  return {
    c,
    started: c.started,
    finished: c.finished,
    segments: collapse(raw, wf),
    finishFrom: c.finished === null ? -1 : c.started === null ? todo : doing,
    steps: null,
  };
}

/**
 * @internal The item as it stood at the end of `day`: its start and finish
 * from the moves up to that day only (a later move back or reopen is not
 * known yet).
 */
export function asOfDay(f: FlowItem, day: number): FlowItem {
  if (f.steps === null || f.wf === undefined) {
    const started = f.started !== null && f.started <= day ? f.started : null;
    const finished = f.finished !== null && f.finished <= day ? f.finished : null;
    return { ...f, started, finished, finishFrom: finished === null ? -1 : f.finishFrom };
  }
  const known = f.steps.filter((st) => st[0] <= day);
  if (known.length === f.steps.length) return f;
  return { ...f, ...deriveDates(known, f.wf) };
}

/** @internal Places every item; paths `[...path, i]`. */
export function flowItems(
  checked: readonly CheckedWorkItem[],
  wf: CheckedWorkflow | null,
  path: PopmPath,
): FlowItem[] {
  return checked.map((c, i) => flowItem(c, wf, [...path, i]));
}

/** @internal The end-of-day segment on `day`, or `undefined` before the item exists. */
export function segmentAt(f: FlowItem, day: number): Segment | undefined {
  let found: Segment | undefined;
  for (const s of f.segments) {
    if (s.day > day) break;
    found = s;
  }
  return found;
}

/** @internal Whether the item is WIP at the end of `day` (the one rule above). */
export function isWipOn(f: FlowItem, day: number): boolean {
  return segmentAt(f, day)?.category === 'in-progress';
}

/**
 * @internal Adds +1/−1 into `delta` (index = day − from) for each WIP run of
 * the item clipped to [from, to], so a running sum gives daily WIP.
 */
export function addWip(f: FlowItem, from: number, to: number, delta: Int32Array): void {
  const segs = f.segments;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    if (s.category !== 'in-progress') continue;
    const end = i + 1 < segs.length ? (segs[i + 1] as Segment).day - 1 : Number.POSITIVE_INFINITY;
    const a = Math.max(s.day, from);
    const b = Math.min(end, to);
    if (a > b) continue;
    delta[a - from] = (delta[a - from] as number) + 1;
    delta[b - from + 1] = (delta[b - from + 1] as number) - 1;
  }
}
