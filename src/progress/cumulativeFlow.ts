import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireString } from '../core/internal/validate.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { type CheckedWorkItem, checkWorkItems } from './internal/checkWorkItem.js';
import { readList, readWindow } from './internal/shared.js';
import { addWip, type FlowItem, flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link cumulativeFlow}. */
export interface CumulativeFlowOptions {
  /** First day (inclusive). */
  readonly from: IsoDate;
  /** Last day (inclusive), on or after `from`. */
  readonly to: IsoDate;
  /**
   * The workflow states in process order, first to last (e.g. `['To Do',
   * 'In Progress', 'Done']`); at least two, unique. Give this or `workflow`.
   */
  readonly states?: readonly string[] | undefined;
  /** The workflow: its states are the diagram's bands, and it decides WIP. Give this or `states`. */
  readonly workflow?: Workflow | undefined;
}

/** One day of a cumulative flow diagram. */
export interface CumulativeFlowDay {
  /** The day. */
  readonly date: IsoDate;
  /** Items in each state at the end of the day, keyed by state. */
  readonly counts: Readonly<Record<string, number>>;
  /**
   * Items that had reached each state or a later one: the stacked band tops
   * of the diagram (`arrivals[states[0]]` is every item in the system).
   */
  readonly arrivals: Readonly<Record<string, number>>;
  /**
   * Work in progress at the end of the day, by the one rule every flow
   * function uses (equal to {@link flowMetrics}' daily `wip` for the same
   * items and workflow): with a workflow, items in its in-progress states;
   * without, items started and not finished by their dates.
   */
  readonly wip: number;
}

/** The result of {@link cumulativeFlow}. */
export interface CumulativeFlowResult {
  /** The states, in process order. */
  readonly states: readonly string[];
  /** One entry per calendar day. */
  readonly days: readonly CumulativeFlowDay[];
}

// A state named `__proto__` must stay an own key, never become a prototype.
function setOwn(rec: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(rec, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Cumulative flow: per calendar day, how many items sit in each workflow
 * state at the end of the day. An item's state on a day is that of its last
 * transition on or before the day; before its first transition (from
 * `createdOn`) it is in the first state. An item without `transitions` moves
 * by its dates: first state from `createdOn`, second state (with a workflow,
 * its first in-progress state) from `startedOn`, last state (the first done
 * state) from `finishedOn`. Items not yet created are not counted.
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, and `states` in process order or a `workflow`
 * @returns per day the count per state, the cumulative arrivals and the WIP
 * @throws PopmError `INVALID_ARGUMENT` for fewer than two states, a repeated state, a transition
 *   to a state not listed, both or neither of `states` and `workflow`, or an unknown option;
 *   `INVALID_DATE`; `LIMIT_EXCEEDED` for a window over 36,525 days; `DUPLICATE_ID`;
 *   `INVALID_ARGUMENT` for options that are not an object or a bad item
 * @example
 * const r = cumulativeFlow(
 *   [
 *     { id: 'a', createdOn: '2026-03-02', startedOn: '2026-03-03', finishedOn: '2026-03-04' },
 *     { id: 'b', createdOn: '2026-03-03' },
 *   ],
 *   { from: '2026-03-02', to: '2026-03-04', states: ['todo', 'doing', 'done'] },
 * );
 * r.days.map((d) => d.counts);
 * //=> [{ todo: 1, doing: 0, done: 0 }, { todo: 1, doing: 1, done: 0 }, { todo: 1, doing: 0, done: 1 }]
 * r.days.map((d) => d.wip); //=> [0, 1, 0]
 */
export function cumulativeFlow(
  items: readonly WorkItem[],
  options: CumulativeFlowOptions,
): CumulativeFlowResult {
  if (options === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options'],
      'an options object with from, to and states',
      options,
    );
  const opts = readOptions(options, ['options'], ['from', 'to', 'states', 'workflow']);
  const { from, to, days } = readWindow(opts);
  if ((opts.states === undefined) === (opts.workflow === undefined))
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'states'],
      'either states or a workflow, not both',
      opts.states,
    );
  const wf =
    opts.workflow === undefined ? null : checkWorkflow(opts.workflow, ['options', 'workflow']);
  const states =
    wf === null
      ? readList(opts.states, ['options', 'states'], 'an array of state names')
      : wf.states.map((st) => st.name);
  if (states.length < 2)
    throw popmError('INVALID_ARGUMENT', ['options', 'states'], 'at least two states', states);
  const stateIndex = new Map<string, number>();
  states.forEach((st, i) => {
    const name = requireString(st, ['options', 'states', i]);
    if (stateIndex.has(name))
      throw popmError('INVALID_ARGUMENT', ['options', 'states', i], 'a unique state', name);
    stateIndex.set(name, i);
  });
  const k = states.length;
  const checked = checkWorkItems(items, ['items']);
  const flow = flowItems(checked, wf, ['items']);
  // delta[d * k + s]: items entering (+1) or leaving (−1) state s on day d of the window.
  const delta = new Int32Array((days + 1) * k);
  const wipDelta = new Int32Array(days + 1);
  const move = (day: number, state: number, by: number): void => {
    const d = Math.max(0, day - from);
    if (day > to) return;
    delta[d * k + state] = (delta[d * k + state] as number) + by;
  };
  checked.forEach((c, i) => {
    const f = flow[i] as FlowItem;
    addWip(f, from, to, wipDelta);
    const steps =
      wf !== null
        ? f.segments.map((sg) => [sg.day, sg.state] as const)
        : stepsWithoutWorkflow(c, i, stateIndex, k);
    addSteps(steps, move);
  });
  const names = states as string[];
  const running = new Int32Array(k);
  const out: CumulativeFlowDay[] = [];
  let wip = 0;
  for (let d = 0; d < days; d++) {
    const counts: Record<string, number> = {};
    const arrivals: Record<string, number> = {};
    for (let s = 0; s < k; s++) running[s] = (running[s] as number) + (delta[d * k + s] as number);
    let acc = 0;
    for (let s = k - 1; s >= 0; s--) {
      acc += running[s] as number;
      setOwn(arrivals, names[s] as string, acc);
    }
    for (let s = 0; s < k; s++) setOwn(counts, names[s] as string, running[s] as number);
    wip += wipDelta[d] as number;
    out.push({ date: fromEpochDay(from + d), counts, arrivals, wip });
  }
  return deepFreeze({ states: [...names], days: out });
}

type Step = readonly [day: number, state: number];

/** An item's moves between the listed states, from its transitions or its dates. */
function stepsWithoutWorkflow(
  c: CheckedWorkItem,
  i: number,
  stateIndex: ReadonlyMap<string, number>,
  k: number,
): Step[] {
  const steps: Step[] = [[c.created, 0]];
  if (c.transitions.length === 0) {
    if (c.started !== null) steps.push([c.started, 1]);
    if (c.finished !== null) steps.push([c.finished, k - 1]);
    return steps;
  }
  for (const [day, state, at] of c.transitions) {
    const st = stateIndex.get(state);
    if (st === undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        ['items', i, 'transitions', at, 'state'],
        'one of the listed states',
        state,
      );
    steps.push([day, st]);
  }
  return steps;
}

/** Counts each step into its state until the next step. */
function addSteps(
  steps: readonly Step[],
  move: (day: number, state: number, by: number) => void,
): void {
  for (let j = 0; j < steps.length; j++) {
    const [day, state] = steps[j] as Step;
    const nextDay = j + 1 < steps.length ? (steps[j + 1] as Step)[0] : Number.POSITIVE_INFINITY;
    // Several moves on one day: only the last one is seen at the end of the day.
    if (nextDay === day) continue;
    move(day, state, 1);
    if (nextDay !== Number.POSITIVE_INFINITY) move(nextDay, state, -1);
  }
}
