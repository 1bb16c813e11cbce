/**
 * Issue 18's speed case interleaved in one process: criticalPath on 100,000
 * dated tasks (10% constrained, 20% summaries) and on the same rows without
 * parent and constraint, alternating call by call; medians and fastest of N
 * rounds. Run: npx tsx bench/datedPlan.run.ts [rounds]
 */
import { criticalPath } from '../src/plan/criticalPath.js';
import { datedPlan, START } from './planNetworks.js';

const rounds = Number(process.argv[2] ?? 15);
const { full, plain } = datedPlan(100_000);
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
for (let i = 0; i < 3; i++) {
  criticalPath(full, { start: START });
  criticalPath(plain, { start: START });
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) {
    a.push(time(() => criticalPath(full, { start: START })));
    b.push(time(() => criticalPath(plain, { start: START })));
  } else {
    b.push(time(() => criticalPath(plain, { start: START })));
    a.push(time(() => criticalPath(full, { start: START })));
  }
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] as number;
// Each round's two calls ran back to back: the median of their ratios is
// the figure least moved by a machine that slows down and speeds up.
const paired = med(a.map((x, i) => x / (b[i] as number)));
console.log(
  `100,000 dated tasks: with constraints and summaries ${med(a).toFixed(0)} ms / plain ${med(b).toFixed(0)} ms = ${(med(a) / med(b)).toFixed(2)}x median; ${paired.toFixed(2)}x median of paired rounds; fastest ${(Math.min(...a) / Math.min(...b)).toFixed(2)}x`,
);
