/**
 * One forecast, run in one thread and split across worker threads, with the
 * same answer to the bit.
 *
 *   npx tsx examples/parallel-forecast.ts            4,000,000 trials, one worker per core
 *   npx tsx examples/parallel-forecast.ts 1000000 3  trials, workers
 *
 * Each worker runs `forecastWhen({ ...input, shard: { index, count } })`, a
 * share of the trials, and posts back the part (plain JSON). The main thread
 * gives the parts to `mergeSimulations`, in whatever order they arrive. Every
 * trial draws from its own stream of (seed, trial), so the merged result is
 * the one-thread result: the example checks that and prints the speed-up.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
// (In an app: `import { forecastWhen, mergeSimulations } from 'popm';`)
import type { SimulationPart } from '../src/core/simulation.js';
import {
  type ForecastWhenInput,
  type ForecastWhenResult,
  forecastWhen,
} from '../src/progress/forecastWhen.js';
import { mergeSimulations } from '../src/project/mergeSimulations.js';

/** The forecast: 250 items from a 30-day throughput history. */
export function job(trials: number): ForecastWhenInput<50 | 70 | 85 | 95, undefined> {
  return {
    throughput: [
      2, 0, 1, 3, 2, 0, 0, 4, 1, 2, 1, 0, 3, 2, 1, 0, 2, 5, 1, 0, 0, 2, 3, 1, 2, 0, 1, 3, 2, 1,
    ],
    items: 250,
    trials,
    seed: 'release-7',
    splitRate: [1, 1.3],
  };
}

type Result = ForecastWhenResult<50 | 70 | 85 | 95>;

/** Runs `input` in `count` worker threads (one shard each) and merges the parts. */
export async function forecastInWorkers(
  input: ForecastWhenInput<50 | 70 | 85 | 95, undefined>,
  count: number,
): Promise<Result> {
  const url = import.meta.url;
  const parts = await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<SimulationPart<Result>>((resolve, reject) => {
          // Each worker loads this file through tsx, as the main thread did (with the
          // compiled package, pass the worker's own .js file instead).
          const boot = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`;
          const worker = new Worker(boot, {
            eval: true,
            workerData: { input, shard: { index, count } },
          });
          worker.once('message', (part: SimulationPart<Result>) => {
            resolve(part);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return mergeSimulations(parts);
}

if (!isMainThread && parentPort !== null) {
  // A worker: run one shard and post the part back.
  const { input, shard } = workerData as {
    input: ForecastWhenInput<50 | 70 | 85 | 95, undefined>;
    shard: { index: number; count: number };
  };
  parentPort.postMessage(forecastWhen({ ...input, shard }));
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const trials = Number(process.argv[2] ?? 4_000_000);
  const count = Number(process.argv[3] ?? Math.max(2, availableParallelism()));
  const input = job(trials);

  let t0 = performance.now();
  const single = forecastWhen(input);
  const oneThread = performance.now() - t0;

  t0 = performance.now();
  const merged = await forecastInWorkers(input, count);
  const inWorkers = performance.now() - t0;

  const same = JSON.stringify(merged) === JSON.stringify(single);
  console.log(`forecastWhen, ${trials.toLocaleString('en')} trials, 250 items`);
  console.log(`  P50 ${single.percentiles[50]}, P85 ${single.percentiles[85]} periods`);
  console.log(`  one thread:          ${oneThread.toFixed(0)} ms`);
  console.log(
    `  ${count} worker threads:    ${inWorkers.toFixed(0)} ms (workers start, run, merge)`,
  );
  console.log(`  speed-up:            ${(oneThread / inWorkers).toFixed(2)}×`);
  console.log(`  merged = one thread: ${same}`);
  if (!same) process.exitCode = 1;
}
