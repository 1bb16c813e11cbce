/**
 * The issue-21 fuzz over every public function (see test/fuzz/harness.ts).
 *
 *   npx tsx scripts/fuzz.ts --calls 1000000 --seed 1
 *   npx tsx scripts/fuzz.ts --calls 20000 --only npv,irr
 *   npx tsx scripts/fuzz.ts --calls 1000000 --skip-known   (leave out test/fuzz/known.ts)
 *
 * Prints each distinct failure (function, mutation, path, problem) once, a
 * count per function, and the time taken; exits 1 when anything failed.
 */

import { type FuzzFailure, runFuzz } from '../test/fuzz/harness.js';
import { FUZZ_KNOWN } from '../test/fuzz/known.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const calls = Number(arg('calls') ?? 1_000_000);
const seed = Number(arg('seed') ?? 1);
const only = arg('only')?.split(',');
const known = process.argv.includes('--skip-known') ? FUZZ_KNOWN : undefined;

const print = (f: FuzzFailure) =>
  process.stdout.write(`FAIL ${f.fn} | ${f.mutation} | ${f.path} | ${f.problem}\n`);
const report = runFuzz({ calls, seed, only, known, onFailure: print, maxPerKind: 1 });
const byFn = new Map<string, number>();
for (const f of report.failures) byFn.set(f.fn, (byFn.get(f.fn) ?? 0) + 1);
process.stdout.write(
  `\n${report.calls} calls over ${Object.keys(report.perFunction).length} functions in ${(report.ms / 1000).toFixed(1)} s (seed ${seed}); ${report.failures.length} distinct failures in ${byFn.size} functions\n`,
);
for (const [fn, n] of [...byFn].sort((a, b) => b[1] - a[1]))
  process.stdout.write(`  ${fn}: ${n}\n`);
process.exitCode = report.failures.length > 0 ? 1 : 0;
