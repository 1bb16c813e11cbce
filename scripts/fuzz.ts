/**
 * The issue-21 fuzz over every public function (see test/fuzz/harness.ts).
 *
 *   npx tsx scripts/fuzz.ts --calls 1000000 --seed 1             (one worker per core)
 *   npx tsx scripts/fuzz.ts --calls 1000000 --seed 1 --workers 2
 *   npx tsx scripts/fuzz.ts --calls 20000 --only npv,irr --workers 1
 *   npx tsx scripts/fuzz.ts --calls 1000000 --skip-known   (leave out test/fuzz/known.ts)
 *
 * With `--workers N` (default: the available cores) the calls are shared out
 * over N worker threads, each with its own seed derived from `--seed` and the
 * worker's index; their failures are merged (each distinct failure printed
 * once) and their counts added. With one worker the run is the in-process
 * run of `--seed` itself. Prints each distinct failure (function, mutation,
 * path, problem) once, a count per function, the total calls and the wall
 * time; exits 1 when anything failed.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type FuzzFailure, type FuzzReport, runFuzz, workerSeed } from '../test/fuzz/harness.js';
import { FUZZ_KNOWN } from '../test/fuzz/known.js';

/** What one worker runs. */
interface Job {
  readonly calls: number;
  readonly seed: number;
  readonly only: readonly string[] | undefined;
  readonly skipKnown: boolean;
}

type Message =
  | { readonly type: 'failure'; readonly failure: FuzzFailure }
  | { readonly type: 'done'; readonly report: FuzzReport };

function run(job: Job, onFailure: (f: FuzzFailure) => void): FuzzReport {
  return runFuzz({
    calls: job.calls,
    seed: job.seed,
    only: job.only,
    known: job.skipKnown ? FUZZ_KNOWN : undefined,
    onFailure,
    maxPerKind: 1,
  });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positiveInteger(name: string, fallback: number): number {
  const text = arg(name);
  const n = text === undefined ? fallback : Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number`);
  return n;
}

const kindOf = (f: FuzzFailure) => `${f.fn}\u0000${f.mutation}\u0000${f.problem.slice(0, 60)}`;
const print = (f: FuzzFailure) =>
  process.stdout.write(`FAIL ${f.fn} | ${f.mutation} | ${f.path} | ${f.problem}\n`);

/** Runs `job` on one worker thread, passing each failure to `onFailure` as it comes. */
function runInWorker(job: Job, onFailure: (f: FuzzFailure) => void): Promise<FuzzReport> {
  const url = import.meta.url;
  // The worker loads this file through tsx, as the main thread did.
  const boot = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`;
  const worker = new Worker(boot, { eval: true, workerData: job });
  return new Promise((resolve, reject) => {
    worker.on('message', (m: Message) => {
      if (m.type === 'failure') onFailure(m.failure);
      else {
        resolve(m.report);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a fuzz worker stopped with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const calls = positiveInteger('calls', 1_000_000);
  const seed = positiveInteger('seed', 1);
  const workers = Math.max(1, Math.min(positiveInteger('workers', availableParallelism()), calls));
  const only = arg('only')?.split(',');
  const skipKnown = process.argv.includes('--skip-known');

  const seen = new Set<string>();
  const failures: FuzzFailure[] = [];
  const onFailure = (f: FuzzFailure) => {
    const kind = kindOf(f);
    if (seen.has(kind)) return;
    seen.add(kind);
    failures.push(f);
    print(f);
  };
  const started = performance.now();
  const jobs: Job[] = Array.from({ length: workers }, (_, i) => ({
    calls: Math.floor(calls / workers) + (i < calls % workers ? 1 : 0),
    seed: workers === 1 ? seed : workerSeed(seed, i),
    only,
    skipKnown,
  }));
  const reports =
    workers === 1
      ? [run(jobs[0] as Job, onFailure)]
      : await Promise.all(jobs.map((job) => runInWorker(job, onFailure)));
  const wall = (performance.now() - started) / 1000;

  const perFunction = new Map<string, number>();
  for (const r of reports)
    for (const [fn, n] of Object.entries(r.perFunction))
      perFunction.set(fn, (perFunction.get(fn) ?? 0) + n);
  const total = reports.reduce((s, r) => s + r.calls, 0);
  const byFn = new Map<string, number>();
  for (const f of failures) byFn.set(f.fn, (byFn.get(f.fn) ?? 0) + 1);
  const how = workers === 1 ? `seed ${seed}` : `seed ${seed}, ${workers} workers`;
  process.stdout.write(
    `\n${total} calls over ${perFunction.size} functions in ${wall.toFixed(1)} s (${how}); ${failures.length} distinct failures in ${byFn.size} functions\n`,
  );
  for (const [fn, n] of [...byFn].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${fn}: ${n}\n`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (!isMainThread && parentPort !== null && (workerData as Job | undefined)?.calls !== undefined) {
  const port = parentPort;
  const report = run(workerData as Job, (failure) =>
    port.postMessage({ type: 'failure', failure }),
  );
  port.postMessage({ type: 'done', report } satisfies Message);
} else if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
