import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { requireArray, requireObject, requireString } from '../core/validate.js';
import { readWindow } from './internal.js';
import { checkWorkItems, type WorkItem } from './workItem.js';

/** Options of {@link cumulativeFlow}. */
export interface CumulativeFlowOptions {
  /** First day (inclusive). */
  readonly from: IsoDate;
  /** Last day (inclusive), on or after `from`. */
  readonly to: IsoDate;
  /**
   * The workflow states in process order, first to last (e.g. `['To Do',
   * 'In Progress', 'Done']`); at least two, unique.
   */
  readonly states: readonly string[];
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
}

/** The result of {@link cumulativeFlow}. */
export interface CumulativeFlowResult {
  /** The states, in process order. */
  readonly states: readonly string[];
  /** One entry per calendar day. */
  readonly days: readonly CumulativeFlowDay[];
}

/**
 * Cumulative flow: per calendar day, how many items sit in each workflow
 * state at the end of the day. An item's state on a day is that of its last
 * transition on or before the day; before its first transition (from
 * `createdOn`) it is in the first state. An item without `transitions` moves
 * by its dates: first state from `createdOn`, second state from `startedOn`,
 * last state from `finishedOn`. Items not yet created are not counted.
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, `states` in process order
 * @returns per day the count per state and the cumulative arrivals
 * @throws PopmError `INVALID_ARGUMENT` for fewer than two states, a repeated state, or a
 *   transition to a state not listed; `INVALID_DATE`; `LIMIT_EXCEEDED` for a window over
 *   36,525 days; `DUPLICATE_ID`; `INVALID_ARGUMENT` for options that are not an object or a bad item
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
 */
export function cumulativeFlow(
  items: readonly WorkItem[],
  options: CumulativeFlowOptions,
): CumulativeFlowResult {
  const opts = requireObject(options, ['options'], 'an options object with from, to and states');
  const { from, to, days } = readWindow(opts);
  const states = requireArray<unknown>(
    opts.states,
    ['options', 'states'],
    'an array of state names',
  );
  if (states.length < 2)
    throw popmError('INVALID_ARGUMENT', ['options', 'states'], 'at least two states', states);
  const stateIndex = new Map<string, number>();
  states.forEach((s, i) => {
    const name = requireString(s, ['options', 'states', i]);
    if (stateIndex.has(name))
      throw popmError('INVALID_ARGUMENT', ['options', 'states', i], 'a unique state', name);
    stateIndex.set(name, i);
  });
  const k = states.length;
  const checked = checkWorkItems(items, ['items']);
  // delta[d * k + s]: items entering (+1) or leaving (−1) state s on day d of the window.
  const delta = new Int32Array((days + 1) * k);
  const move = (day: number, state: number, by: number): void => {
    const d = Math.max(0, day - from);
    if (day > to) return;
    delta[d * k + state] = (delta[d * k + state] as number) + by;
  };
  checked.forEach((c, i) => {
    const path: (string | number)[] = ['items', i, 'transitions'];
    let steps: (readonly [number, number])[];
    if (c.transitions.length > 0) {
      steps = [[c.created, 0]];
      const raw = c.item.transitions ?? [];
      for (const [day, state] of c.transitions) {
        const s = stateIndex.get(state);
        if (s === undefined) {
          const at = raw.findIndex((t) => t.state === state);
          throw popmError(
            'INVALID_ARGUMENT',
            [...path, at, 'state'],
            `one of the listed states`,
            state,
          );
        }
        steps.push([day, s]);
      }
    } else {
      steps = [[c.created, 0]];
      if (c.started !== null) steps.push([c.started, 1]);
      if (c.finished !== null) steps.push([c.finished, k - 1]);
    }
    for (let j = 0; j < steps.length; j++) {
      const [day, state] = steps[j] as readonly [number, number];
      const nextDay =
        j + 1 < steps.length
          ? (steps[j + 1] as readonly [number, number])[0]
          : Number.POSITIVE_INFINITY;
      // Several moves on one day: only the last one is seen at the end of the day.
      if (nextDay === day) continue;
      move(day, state, 1);
      if (nextDay !== Number.POSITIVE_INFINITY) move(nextDay, state, -1);
    }
  });
  const names = states as string[];
  const running = new Int32Array(k);
  const out: CumulativeFlowDay[] = [];
  for (let d = 0; d < days; d++) {
    const counts: Record<string, number> = {};
    const arrivals: Record<string, number> = {};
    for (let s = 0; s < k; s++) running[s] = (running[s] as number) + (delta[d * k + s] as number);
    let acc = 0;
    for (let s = k - 1; s >= 0; s--) {
      acc += running[s] as number;
      arrivals[names[s] as string] = acc;
    }
    for (let s = 0; s < k; s++) counts[names[s] as string] = running[s] as number;
    out.push({ date: fromEpochDay(from + d), counts, arrivals });
  }
  return deepFreeze({ states: [...names], days: out });
}
