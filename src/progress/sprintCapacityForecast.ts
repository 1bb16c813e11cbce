import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity } from '../core/internal/readObject.js';
import { requireNumber, requireString } from '../core/internal/validate.js';
import { readList } from './internal/shared.js';

/** One load to place: a bare estimate, or an item with an id and an estimate. */
export type CapacityLoad = number | { readonly id: string; readonly estimate: number };

/** One future sprint of {@link sprintCapacityForecast}. */
export interface ForecastSprint {
  /** 1 for the next sprint, 2 for the one after… */
  readonly sprint: number;
  /** Indexes (into `loads`) of the items completed in it, in order. */
  readonly items: readonly number[];
  /** Their ids (the index as a string for bare numbers). */
  readonly ids: readonly string[];
  /** Sum of their estimates. */
  readonly load: number;
  /** Unused velocity carried in from the sprint before. */
  readonly carriedIn: number;
  /** `velocity + carriedIn`: what the sprint can complete. */
  readonly capacity: number;
  /** `capacity − load`, carried into the next sprint. */
  readonly carriedOut: number;
}

/** The result of {@link sprintCapacityForecast}. */
export interface SprintCapacityForecastResult {
  /** The velocity used. */
  readonly velocity: number;
  /** The sprints needed, in order (a sprint may complete nothing while a big item builds up). */
  readonly sprints: readonly ForecastSprint[];
  /** For each load, in input order, the sprint (1-based) in which it is completed. */
  readonly sprintOf: readonly number[];
}

/** Most sprints one forecast may lay out. */
const MAX_SPRINTS = 100_000;

// Sums of estimates like 0.1 + 0.2 must fit a capacity of 0.3.
const EPS = 1e-9;

function tidy(x: number): number {
  const r = Number(x.toPrecision(12));
  return r === 0 ? 0 : r;
}

/**
 * Azure DevOps' forecast rule (Azure Boards "Forecast your product backlog"):
 * walk the ordered backlog, completing in each future sprint the items that
 * fit its capacity; an item that does not fit carries, whole, into the next
 * sprint, and the velocity left unused carries with it, so each sprint's
 * capacity is the velocity plus what the sprint before left over. Items are
 * never split and never reordered to fill gaps. An item larger than the
 * velocity is completed once enough unused velocity has built up (the sprints
 * before it complete nothing).
 *
 * @param velocity - work per sprint, > 0
 * @param loads - the ordered estimates (or `{ id, estimate }` items), each >= 0
 * @returns the sprints and, per load, the sprint in which it is completed
 * @throws PopmError `OUT_OF_RANGE` for a velocity <= 0 or a negative estimate; `INVALID_NUMBER`;
 *   `INVALID_ARGUMENT` for a load that is neither a number nor an item; `LIMIT_EXCEEDED` when
 *   more than 100,000 sprints would be needed
 * @example
 * // The Azure DevOps docs' example: velocity 20, sprints of 13, 24, 21, 16 and 23 points.
 * const r = sprintCapacityForecast(20, [8, 5, 8, 8, 8, 8, 8, 5, 5, 3, 5, 3, 8, 5, 5, 5]);
 * r.sprints.map((s) => s.load); //=> [13, 24, 21, 16, 23]
 * r.sprints.map((s) => s.carriedOut); //=> [7, 3, 2, 6, 3]
 */
export function sprintCapacityForecast(
  velocity: number,
  loads: readonly CapacityLoad[],
): SprintCapacityForecastResult {
  const v = requireNumber(velocity, ['velocity'], { minExclusive: 0 });
  const list = readList(loads, ['loads'], 'an array of estimates or items');
  let total = 0;
  const items = list.map((l, i) => {
    let item: { id: string; estimate: number };
    if (typeof l === 'number')
      item = { id: String(i), estimate: requireNumber(l, ['loads', i], { min: 0 }) };
    else {
      const rec = readEntity(
        l,
        ['loads', i],
        ['id', 'estimate', 'meta'],
        'an estimate or an { id, estimate } item',
      );
      item = {
        id: requireString(rec.id, ['loads', i, 'id']),
        estimate: requireNumber(rec.estimate, ['loads', i, 'estimate'], { min: 0 }),
      };
    }
    total += item.estimate;
    return item;
  });
  if (!(total / v <= MAX_SPRINTS))
    throw popmError(
      'LIMIT_EXCEEDED',
      ['loads'],
      `work that fits ${MAX_SPRINTS} sprints at velocity ${v}`,
      total,
    );

  const sprints: ForecastSprint[] = [];
  const sprintOf: number[] = [];
  let next = 0;
  let carriedIn = 0;
  while (next < items.length) {
    const capacity = tidy(v + carriedIn);
    const placed: number[] = [];
    const ids: string[] = [];
    let load = 0;
    while (next < items.length) {
      const item = items[next] as { id: string; estimate: number };
      if (load + item.estimate > capacity + EPS * Math.max(1, capacity)) break;
      load += item.estimate;
      placed.push(next);
      ids.push(item.id);
      sprintOf.push(sprints.length + 1);
      next++;
    }
    load = tidy(load);
    const carriedOut = tidy(capacity - load);
    sprints.push({
      sprint: sprints.length + 1,
      items: placed,
      ids,
      load,
      carriedIn,
      capacity,
      carriedOut,
    });
    carriedIn = carriedOut;
  }
  return deepFreeze({ velocity: v, sprints, sprintOf });
}
