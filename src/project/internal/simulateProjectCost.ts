/**
 * @internal The cost-loaded plan as {@link simulateProject} reads it: a
 * task's cost is its fixed `cost` plus, for each assignment, the resource's
 * `costPerDay × units × days` (issue 19's definition, the one
 * `plannedValueCurve` uses for the BAC), `days` being the task's duration.
 * In a trial the duration is the sampled one (plus risk delays), so the
 * time-dependent part of the cost follows the schedule (Hulett, "Integrated
 * Cost-Schedule Risk Analysis", 2011: time-dependent resources cost more
 * when their task takes longer).
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireArray } from '../../core/internal/validate.js';
import { Decimal } from '../../core/numbers.js';
import type { Network } from '../../plan/internal/network.js';
import { readCost, readResources } from '../../plan/internal/readResources.js';

/** @internal Per task its fixed cost and its cost per working day, exact. */
export interface PlanCosts {
  /** Fixed cost per task (input order), `0` when it has none. */
  readonly fixed: readonly Decimal[];
  /** Σ costPerDay × units over the task's assignments (input order). */
  readonly rate: readonly Decimal[];
  /** The budget at completion: Σ fixed + rate × planned duration (as `plannedValueCurve`'s BAC). */
  readonly baseCost: Decimal;
}

/** Largest cost (or cost per day) one task or resource may carry into the float64 simulation. */
const MAX_AMOUNT = 1e15;

/** `amount`, unless it is too large for the float64 trials. */
function withinRange(amount: Decimal, path: PopmPath): Decimal {
  if (amount.gt(MAX_AMOUNT))
    throw popmError(
      'OUT_OF_RANGE',
      path,
      `an amount up to ${MAX_AMOUNT} for the simulation`,
      amount.toString(),
    );
  return amount;
}

/**
 * @internal Reads the plan's resources, assignments and task costs with the
 * plan's own readers (paths under `path`, the plan's); `tasks` were already
 * read into `net`. The plan's `plannedValueCurve` prices a task the same way
 * at its planned duration; here the fixed and the per-day parts stay apart,
 * because a trial's duration is not the planned one.
 * @throws PopmError as `readResources` (unknown resource, units <= 0, work
 *   for a resource without capacity, a bad `costPerDay`); `OUT_OF_RANGE` for
 *   a negative task cost; `INVALID_NUMBER` for a cost that does not parse
 */
export function readPlanCosts(
  tasks: unknown,
  resources: unknown,
  net: Network,
  path: PopmPath,
): PlanCosts {
  const read = readResources({ tasks, resources }, net.durations, path);
  const perDay = read.resources.map((r, k) =>
    withinRange(r.costPerDay ?? new Decimal(0), [...path, 'resources', k, 'costPerDay']),
  );
  const rawTasks = requireArray<unknown>(tasks, [...path, 'tasks']);
  const fixed: Decimal[] = [];
  const rate: Decimal[] = [];
  let baseCost = new Decimal(0);
  for (let i = 0; i < net.n; i++) {
    const at = [...path, 'tasks', i];
    const rec = readEntity(rawTasks[i], at, ['cost'], 'a task object');
    const f =
      rec.cost === undefined
        ? new Decimal(0)
        : withinRange(readCost(rec.cost, [...at, 'cost']), [...at, 'cost']);
    let r = new Decimal(0);
    const ids = read.taskResources[i] ?? [];
    const units = read.taskUnits[i] ?? [];
    for (let k = 0; k < ids.length; k++)
      r = r.plus((perDay[ids[k] as number] as Decimal).times(units[k] as number));
    fixed.push(f);
    rate.push(r);
    baseCost = baseCost.plus(f).plus(r.times(net.durations[i] as number));
  }
  return { fixed, rate, baseCost };
}
