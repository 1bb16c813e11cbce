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
 * the one-thread result: the example checks that and prints the speed-up,
 * both for the work alone (workers already started, as in a pool) and
 * including the workers' start.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
// (In an app: `import { forecastWhen, mergeSimulations } from 'popm';`)
import type { SimulationPart } from '../src/core/simulation.js';
import {
  type ForecastWhenInput,
  type ForecastWhenResult,
  forecastWhen,
} from '../src/progress/forecastWhen.js';
import { mergeSimulations } from '../src/project/mergeSimulations.js';

type Input = ForecastWhenInput<50 | 70 | 85 | 95, undefined>;
type Result = ForecastWhenResult<50 | 70 | 85 | 95>;
type Part = SimulationPart<Result>;

/** The forecast: 250 items from a 30-day throughput history. */
export function job(trials: number): Input {
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

/** A started pool of worker threads, each ready to run shards. */
export interface Pool {
  /** Runs `input` split into one shard per worker and merges the parts. */
  run(input: Input): Promise<Result>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Starts `count` worker threads and resolves once each has loaded popm. */
export async function startPool(count: number): Promise<Pool> {
  const url = import.meta.url;
  // Each worker loads this file through tsx, as the main thread did (with the
  // compiled package, pass the worker's own .js file instead).
  const boot = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`;
  const workers = Array.from({ length: count }, () => new Worker(boot, { eval: true }));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', reject);
        }),
    ),
  );
  const runShard = (w: Worker, input: Input, index: number) =>
    new Promise<Part>((resolve, reject) => {
      w.once('message', (part: Part) => resolve(part));
      w.once('error', reject);
      w.postMessage({ input, shard: { index, count } });
    });
  return {
    run: async (input) =>
      mergeSimulations(await Promise.all(workers.map((w, i) => runShard(w, input, i)))),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Runs `input` in `count` new worker threads (one shard each) and merges the parts. */
export async function forecastInWorkers(input: Input, count: number): Promise<Result> {
  const pool = await startPool(count);
  try {
    return await pool.run(input);
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  const trials = Number(process.argv[2] ?? 4_000_000);
  const count = Number(process.argv[3] ?? Math.max(2, availableParallelism()));
  const input = job(trials);
  forecastWhen(job(20_000)); // warm-up, as the workers get below

  let t0 = performance.now();
  const single = forecastWhen(input);
  const oneThread = performance.now() - t0;

  t0 = performance.now();
  const pool = await startPool(count);
  const started = performance.now() - t0;
  await pool.run(job(20_000)); // the same warm-up in each worker
  t0 = performance.now();
  const merged = await pool.run(input);
  const work = performance.now() - t0;
  await pool.close();

  const same = JSON.stringify(merged) === JSON.stringify(single);
  const x = (ms: number) => `${(oneThread / ms).toFixed(2)}×`;
  console.log(`forecastWhen, ${trials.toLocaleString('en')} trials, 250 items`);
  console.log(`  P50 ${single.percentiles[50]}, P85 ${single.percentiles[85]} periods`);
  console.log(`  one thread:             ${oneThread.toFixed(0)} ms`);
  console.log(`  ${count} worker threads:       ${work.toFixed(0)} ms (run and merge)`);
  console.log(`  starting the workers:   ${started.toFixed(0)} ms (once per pool)`);
  console.log(`  speed-up:               ${x(work)} (${x(work + started)} counting the start)`);
  console.log(`  merged = one thread:    ${same}`);
  if (!same) process.exitCode = 1;
}

if (!isMainThread && parentPort !== null) {
  // A worker: say it is ready, then run each shard it is sent and post the part back.
  const port = parentPort;
  port.on(
    'message',
    ({ input, shard }: { input: Input; shard: { index: number; count: number } }) =>
      port.postMessage(forecastWhen({ ...input, shard })),
  );
  port.postMessage('ready');
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
