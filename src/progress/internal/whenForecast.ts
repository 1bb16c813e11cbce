import { type PopmPath, popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import {
  readSimulation,
  SIMULATION_KEYS,
  type SimulationSettings,
} from '../../core/internal/simulationParts.js';
import { isRecord, requireArray, requireNumber } from '../../core/internal/validate.js';
import {
  checkHistory,
  checkMaxPeriods,
  guardExpected,
  historyMean,
  simulateWhen,
  type WorkVariation,
} from './monteCarlo.js';

/** @internal The option keys of forecastWhen. */
export const WHEN_KEYS = [
  'throughput',
  'items',
  'maxPeriods',
  'splitRate',
  'scopeGrowth',
  ...SIMULATION_KEYS,
] as const;

function readRange(value: unknown, path: PopmPath, min: number, max: number) {
  const list = requireArray<unknown>(value, path, 'a [low, high] range');
  if (list.length !== 2) throw popmError('INVALID_ARGUMENT', path, 'a [low, high] range', list);
  const low = requireNumber(list[0], [...path, 0], { min, max });
  const high = requireNumber(list[1], [...path, 1], { min: low, max });
  return { low, high };
}

/** @internal Reads `splitRate` and `scopeGrowth`. */
export function readVariation(
  rec: { readonly splitRate?: unknown; readonly scopeGrowth?: unknown },
  path: PopmPath,
): WorkVariation {
  let split: WorkVariation['split'] = null;
  if (rec.splitRate !== undefined) {
    const at: PopmPath = [...path, 'splitRate'];
    if (Array.isArray(rec.splitRate)) split = readRange(rec.splitRate, at, 0.001, 100);
    else if (isRecord(rec.splitRate)) {
      const h = readOptions(rec.splitRate, at, ['history'] as const);
      const list = requireArray<unknown>(h.history, [...at, 'history'], 'observed split rates');
      if (list.length === 0)
        throw popmError('EMPTY_INPUT', [...at, 'history'], 'at least one split rate', list);
      split = Float64Array.from(list, (v, i) =>
        requireNumber(v, [...at, 'history', i], { min: 0.001, max: 100 }),
      );
    } else
      throw popmError('INVALID_ARGUMENT', at, 'a [low, high] range or { history }', rec.splitRate);
  }
  let growth: WorkVariation['growth'] = null;
  if (rec.scopeGrowth !== undefined) {
    const at: PopmPath = [...path, 'scopeGrowth'];
    if (typeof rec.scopeGrowth === 'number') {
      const g = requireNumber(rec.scopeGrowth, at, { min: 0 });
      growth = { low: g, high: g };
    } else growth = readRange(rec.scopeGrowth, at, 0, Number.MAX_VALUE);
  }
  return { split, growth };
}

/** @internal Validates and runs a "when" forecast over the settings' trials. */
export function runWhen(
  rec: { readonly [k: string]: unknown },
  path: PopmPath,
): {
  history: Float64Array;
  items: number;
  variation: WorkVariation;
  sim: SimulationSettings;
  periods: Int32Array;
} {
  const history = checkHistory(rec.throughput, [...path, 'throughput']);
  const items = requireNumber(rec.items, [...path, 'items'], { min: 0 });
  const sim = readSimulation(rec, path);
  const maxPeriods = checkMaxPeriods(rec.maxPeriods, [...path, 'maxPeriods']);
  const variation = readVariation(rec, path);
  const splitHigh =
    variation.split === null
      ? 1
      : variation.split instanceof Float64Array
        ? Math.max(...variation.split)
        : variation.split.high;
  if (variation.growth !== null && variation.growth.high >= historyMean(history))
    throw popmError(
      'LIMIT_EXCEEDED',
      [...path, 'scopeGrowth'],
      `scope growth below the mean throughput (${historyMean(history)} per period)`,
      variation.growth.high,
    );
  const mean = historyMean(history) - (variation.growth?.high ?? 0);
  guardExpected(
    items * splitHigh,
    Float64Array.of(mean),
    maxPeriods,
    [...path, 'items'],
    sim.trials,
  );
  const periods = simulateWhen(history, items, sim, maxPeriods, [...path, 'items'], variation);
  return { history, items, variation, sim, periods };
}

/** @internal The JSON of a "when" call, for its parts' fingerprint. */
export function whenCall(run: ReturnType<typeof runWhen>, extra: object = {}): object {
  const v = run.variation;
  return {
    throughput: Array.from(run.history),
    items: run.items,
    split: v.split instanceof Float64Array ? Array.from(v.split) : v.split,
    growth: v.growth,
    trials: run.sim.trials,
    seed: run.sim.seed,
    percentiles: run.sim.percentiles,
    method: run.sim.method,
    ...extra,
  };
}
