import { isPopmError, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { combineParts, type FinishInput } from '../core/internal/simulationParts.js';
import type { SimulationPart } from '../core/simulation.js';
import { finishSchedule } from '../plan/internal/finishSchedule.js';
import { finishBacklog } from '../progress/internal/finishBacklog.js';
import { finishFeatures } from '../progress/internal/finishFeatures.js';
import { finishHowMany } from '../progress/internal/finishHowMany.js';
import { finishHowManyByDate } from '../progress/internal/finishHowManyByDate.js';
import { finishWhen } from '../progress/internal/finishWhen.js';
import { finishWhenDate } from '../progress/internal/finishWhenDate.js';
import { finishRiskCost } from '../risk/internal/finishRiskCost.js';
import { finishProject } from './internal/simulateProjectFinish.js';

/** Every simulation whose parts can be merged, by the name a part carries. */
const FINISHERS: Readonly<Record<string, (input: FinishInput) => unknown>> = Object.freeze({
  forecastHowMany: finishHowMany,
  forecastHowManyByDate: finishHowManyByDate,
  forecastWhen: finishWhen,
  forecastWhenDate: finishWhenDate,
  forecastBacklog: finishBacklog,
  forecastFeatures: finishFeatures,
  simulateRiskCost: finishRiskCost,
  simulateSchedule: finishSchedule,
  simulateProject: finishProject,
});

/** The names of the simulations {@link mergeSimulations} knows. */
const MERGEABLE_SIMULATIONS: readonly string[] = Object.freeze(Object.keys(FINISHERS));

/**
 * Puts the shards of one simulation back together: given every part that
 * a simulation returned for `shard: { index, count }` (index 0..count − 1,
 * in any order), returns the result the same call gives without `shard`,
 * equal to it to the bit (same JSON). Each trial draws from its own stream
 * of `(seed, trial)` and every figure is computed from the sorted outcomes,
 * so neither the shard count nor the order of the parts matters. Parts are
 * plain JSON: run the shards in worker threads, Web Workers or a job queue
 * and pass the parts back.
 *
 * @param parts - every part of one call (each a {@link SimulationPart})
 * @returns the full result of that call, deep-frozen
 * @throws PopmError `EMPTY_INPUT` for no parts; `INVALID_ARGUMENT` for parts of different calls
 *   (function, inputs, trials or seed), a missing shard, a part that is not a simulation part or
 *   an unknown function; `DUPLICATE_ID` for a shard given twice
 * @example
 * const input = { throughput: [0, 1, 2, 3], items: 20, trials: 1000, seed: 7 };
 * const parts = [0, 1, 2].map((index) => forecastWhen({ ...input, shard: { index, count: 3 } }));
 * const merged = mergeSimulations([parts[2], parts[0], parts[1]]);
 * JSON.stringify(merged) === JSON.stringify(forecastWhen(input)); //=> true
 */
export function mergeSimulations<R>(parts: readonly SimulationPart<R>[]): R {
  try {
    return merge(parts);
  } catch (e) {
    if (isPopmError(e)) throw e;
    // A throwing getter or Proxy trap somewhere in the parts.
    throw popmError(
      'INVALID_ARGUMENT',
      ['parts'],
      'readable simulation parts (plain data)',
      undefined,
    );
  }
}

function merge<R>(parts: readonly SimulationPart<R>[]): R {
  const combined = combineParts(parts, ['parts']);
  const finish = Object.hasOwn(FINISHERS, combined.function)
    ? FINISHERS[combined.function]
    : undefined;
  if (finish === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['parts', 0, 'function'],
      `one of ${MERGEABLE_SIMULATIONS.join(', ')}`,
      combined.function,
    );
  return deepFreeze(
    finish({
      context: combined.context,
      trials: combined.trials,
      seed: combined.seed,
      merged: combined.merged,
    }),
  ) as R;
}
