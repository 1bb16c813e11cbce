/**
 * @internal The risks {@link simulateProject} draws: read with the risk
 * domain's own reader (so `tasks` and every other field are checked as a
 * register checks them), linked to the plan's tasks, and compiled into flat
 * arrays for the trials.
 */
import type { PopmPath } from '../../core/errors.js';
import { popmError } from '../../core/errors.js';
import {
  assessed,
  checkCost,
  checkSchedule,
  isActive,
  readRisk,
} from '../../risk/internal/check.js';
import { readList } from '../../risk/internal/readList.js';
import type { Risk } from '../../risk/types.js';

/** Largest cost (or days) one risk may carry into the float64 simulation (as `simulateRiskCost`). */
const MAX_AMOUNT = 1e15;

/** @internal The simulated risks as arrays (one entry per simulated risk, register order). */
export interface RiskModel {
  /** Ids of the simulated risks. */
  readonly ids: string[];
  /** The ids of the tasks each delays (empty: the project finish itself). */
  readonly taskIds: string[][];
  /** The indexes of those tasks. */
  readonly tasks: number[][];
  readonly probability: number[];
  /** `1` for a threat, `-1` for an opportunity. */
  readonly sign: number[];
  /** Cost impact magnitude (0 when none): min, most likely, max. */
  readonly costMin: number[];
  readonly costMode: number[];
  readonly costMax: number[];
  /** Schedule impact magnitude in working days (0 when none). */
  readonly daysMin: number[];
  readonly daysMode: number[];
  readonly daysMax: number[];
  /** Active risks left out: no probability, or neither cost nor schedule impact. */
  readonly skipped: string[];
}

/** Reads risk `i`'s links to the plan's tasks (ids known, none twice). */
function readLinks(risk: Risk, at: PopmPath, taskIndex: ReadonlyMap<string, number>): number[] {
  const seen = new Set<string>();
  return (risk.tasks ?? []).map((id, j) => {
    const k = taskIndex.get(id);
    if (k === undefined)
      throw popmError('NOT_FOUND', [...at, 'tasks', j], 'the id of a task in the plan', id);
    if (seen.has(id)) throw popmError('DUPLICATE_ID', [...at, 'tasks', j], 'each task once', id);
    seen.add(id);
    return k;
  });
}

type Assessed = ReturnType<typeof assessed>;

/** Where an assessed field came from: the residual assessment, or the risk itself. */
function fieldPath(
  risk: Risk,
  at: PopmPath,
  residual: boolean,
  key: 'costImpact' | 'scheduleImpactDays',
): PopmPath {
  return residual && risk.residual?.[key] !== undefined ? [...at, 'residual', key] : [...at, key];
}

/** The checked cost and schedule impacts (`null` when absent), within the simulation's range. */
function readImpacts(risk: Risk, a: Assessed, at: PopmPath, residual: boolean) {
  const costAt = fieldPath(risk, at, residual, 'costImpact');
  const daysAt = fieldPath(risk, at, residual, 'scheduleImpactDays');
  const cost = a.costImpact === undefined ? null : checkCost(a.costImpact, costAt);
  const days =
    a.scheduleImpactDays === undefined ? null : checkSchedule(a.scheduleImpactDays, daysAt);
  // Per-trial sums run in float64: keep every draw far from overflow.
  if (cost?.max.abs().gt(MAX_AMOUNT))
    throw popmError(
      'OUT_OF_RANGE',
      costAt,
      `a cost impact up to ${MAX_AMOUNT} for the simulation`,
      cost.max.toString(),
    );
  if (days !== null && days.max > MAX_AMOUNT)
    throw popmError(
      'OUT_OF_RANGE',
      daysAt,
      `a schedule impact up to ${MAX_AMOUNT} days for the simulation`,
      days.max,
    );
  return { cost, days };
}

/** Adds risk `risk` (read at `at`) to the model when it can be simulated, else to `skipped`. */
function addRisk(
  model: RiskModel,
  risk: Risk,
  links: number[],
  at: PopmPath,
  residual: boolean,
): void {
  if (!isActive(risk)) return;
  const a = assessed(risk, residual);
  if (
    a.probability === undefined ||
    (a.costImpact === undefined && a.scheduleImpactDays === undefined)
  ) {
    model.skipped.push(risk.id);
    return;
  }
  const { cost, days } = readImpacts(risk, a, at, residual);
  model.ids.push(risk.id);
  model.taskIds.push([...(risk.tasks ?? [])]);
  model.tasks.push(links);
  model.probability.push(a.probability);
  model.sign.push(risk.kind === 'threat' ? 1 : -1);
  model.costMin.push(cost === null ? 0 : cost.min.toNumber());
  model.costMode.push(cost === null ? 0 : cost.mode.toNumber());
  model.costMax.push(cost === null ? 0 : cost.max.toNumber());
  model.daysMin.push(days?.min ?? 0);
  model.daysMode.push(days?.mode ?? 0);
  model.daysMax.push(days?.max ?? 0);
}

/**
 * @internal Reads `risks` (at `path`): each as the risk register reads it
 * (any impact level up to 10, any framework's strategies), ids unique, every
 * linked task known; the active ones with a probability and an impact are
 * compiled into a {@link RiskModel}.
 * @throws PopmError as `createRiskRegister`; `NOT_FOUND` for a link to a task
 *   not in the plan; `DUPLICATE_ID` for a repeated risk id or a task linked twice;
 *   `OUT_OF_RANGE` for an impact above 10^15
 */
export function readProjectRisks(
  risks: unknown,
  path: PopmPath,
  taskIndex: ReadonlyMap<string, number>,
  residual: boolean,
): RiskModel {
  const model: RiskModel = {
    ids: [],
    taskIds: [],
    tasks: [],
    probability: [],
    sign: [],
    costMin: [],
    costMode: [],
    costMax: [],
    daysMin: [],
    daysMode: [],
    daysMax: [],
    skipped: [],
  };
  if (risks === undefined) return model;
  const seen = new Map<string, number>();
  readList(risks, path, 'an array of risks').forEach((raw, i) => {
    const at = [...path, i];
    const risk = readRisk(raw, at, null, undefined);
    const first = seen.get(risk.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...at, 'id'], 'a unique id', risk.id, {
        id: risk.id,
        firstIndex: first,
      });
    seen.set(risk.id, i);
    addRisk(model, risk, readLinks(risk, at, taskIndex), at, residual);
  });
  return model;
}
