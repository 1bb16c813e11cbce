import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { requireArray, requireNumber, requireObject, requireString } from '../core/validate.js';

/** One load to place: a bare estimate, or an item with an id and an estimate. */
export type CapacityLoad = number | { readonly id: string; readonly estimate: number };

/** One future sprint of {@link sprintCapacityForecast}. */
export interface ForecastSprint {
  /** 1 for the next sprint, 2 for the one after… */
  readonly sprint: number;
  /** Indexes (into `loads`) of the items placed in it, in order. */
  readonly items: readonly number[];
  /** Their ids (the index as a string for bare numbers). */
  readonly ids: readonly string[];
  /** Sum of their estimates. */
  readonly load: number;
  /** `velocity − load`; negative only for a single item larger than the velocity. */
  readonly spare: number;
  /** True when it holds one item larger than the velocity. */
  readonly overCapacity: boolean;
}

/** The result of {@link sprintCapacityForecast}. */
export interface SprintCapacityForecastResult {
  /** The velocity used. */
  readonly velocity: number;
  /** The sprints needed, in order. */
  readonly sprints: readonly ForecastSprint[];
  /** For each load, in input order, the sprint (1-based) it lands in. */
  readonly sprintOf: readonly number[];
}

/**
 * Azure DevOps' forecast rule: walk the ordered backlog, filling each future
 * sprint up to the velocity; an item that does not fit the room left carries
 * into the next sprint, whole (items are never split and never reordered to
 * fill gaps). An item larger than the velocity gets a sprint of its own,
 * flagged `overCapacity`. Zero-estimate items ride along in the current sprint.
 *
 * @param velocity - work per sprint, > 0
 * @param loads - the ordered estimates (or `{ id, estimate }` items), each >= 0
 * @returns the sprints and, per load, its sprint number
 * @throws PopmError `OUT_OF_RANGE` for a velocity <= 0 or a negative estimate; `INVALID_NUMBER`;
 *   `INVALID_ARGUMENT` for a load that is neither a number nor an item
 * @example
 * sprintCapacityForecast(20, [8, 8, 8, 5, 13]).sprintOf; //=> [1, 1, 2, 2, 3]
 */
export function sprintCapacityForecast(
  velocity: number,
  loads: readonly CapacityLoad[],
): SprintCapacityForecastResult {
  const v = requireNumber(velocity, ['velocity'], { minExclusive: 0 });
  const list = requireArray<unknown>(loads, ['loads'], 'an array of estimates or items');
  const items = list.map((l, i) => {
    if (typeof l === 'number')
      return { id: String(i), estimate: requireNumber(l, ['loads', i], { min: 0 }) };
    if (typeof l !== 'object' || l === null)
      throw popmError(
        'INVALID_ARGUMENT',
        ['loads', i],
        'an estimate or an { id, estimate } item',
        l,
      );
    const rec = requireObject(l, ['loads', i]);
    return {
      id: requireString(rec.id, ['loads', i, 'id']),
      estimate: requireNumber(rec.estimate, ['loads', i, 'estimate'], { min: 0 }),
    };
  });
  const sprints: {
    sprint: number;
    items: number[];
    ids: string[];
    load: number;
    spare: number;
    overCapacity: boolean;
  }[] = [];
  const sprintOf: number[] = [];
  let cur: (typeof sprints)[number] | undefined;
  items.forEach((item, i) => {
    // 1e-9 slack so 0.1 + 0.2 fits a velocity of 0.3.
    if (cur === undefined || (cur.items.length > 0 && cur.load + item.estimate > v + 1e-9)) {
      cur = {
        sprint: sprints.length + 1,
        items: [],
        ids: [],
        load: 0,
        spare: v,
        overCapacity: false,
      };
      sprints.push(cur);
    }
    cur.items.push(i);
    cur.ids.push(item.id);
    cur.load += item.estimate;
    cur.spare = v - cur.load;
    cur.overCapacity = cur.load > v + 1e-9;
    sprintOf.push(cur.sprint);
  });
  return deepFreeze({ velocity: v, sprints, sprintOf });
}
