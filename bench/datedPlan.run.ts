/**
 * Issue 18's speed case: criticalPath on 100,000 dated tasks (10%
 * constrained, 20% summaries) against the same rows without parent and
 * constraint. Each variant runs alone in its own process (warm-up, then
 * `calls` calls timed together, so each pays for its own garbage: run side
 * by side in one process, the collector would clear one variant's garbage
 * during the other's calls and flatter the heavier one), the two processes
 * alternate `pairs` times, and the figure is the median of the pairs'
 * ratios (the machine drifts between processes, not within a pair).
 * Run: npx tsx bench/datedPlan.run.ts [pairs] [calls]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { criticalPath } from '../src/plan/criticalPath.js';
import { datedPlan, START } from './planNetworks.js';

const [, , first, second, third] = process.argv;

if (first === '--child') {
  const { full, plain } = datedPlan(100_000);
  const tasks = second === 'full' ? full : plain;
  const calls = Number(third);
  for (let i = 0; i < 5; i++) criticalPath(tasks, { start: START });
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) criticalPath(tasks, { start: START });
  process.stdout.write(String((performance.now() - t0) / calls));
} else {
  const pairs = Number(first ?? 7);
  const calls = Number(second ?? 30);
  const self = fileURLToPath(import.meta.url);
  const run = (variant: string): number => {
    const out = spawnSync(
      process.execPath,
      [...process.execArgv, self, '--child', variant, String(calls)],
      {
        encoding: 'utf8',
      },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    return Number(out.stdout);
  };
  const full: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always meets the machine warmer.
    if (i % 2 === 0) {
      full.push(run('full'));
      plain.push(run('plain'));
    } else {
      plain.push(run('plain'));
      full.push(run('full'));
    }
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] as number;
  const ratios = full.map((x, i) => x / (plain[i] as number));
  console.log(
    `100,000 dated tasks, mean of ${calls} calls per process: with constraints and summaries ${med(full).toFixed(0)} ms / plain ${med(plain).toFixed(0)} ms; median of ${pairs} paired ratios ${med(ratios).toFixed(2)}x (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}
