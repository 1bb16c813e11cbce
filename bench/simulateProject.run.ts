/**
 * simulateProject against simulateSchedule alone on the same plan,
 * interleaved call by call in one process (medians and fastest of N rounds):
 *
 *   npx tsx bench/simulateProject.run.ts [tasks] [risks] [trials] [rounds]
 *
 * Default 2,000 tasks × 100 risks × 1,000 trials, 5 rounds (the vitest bench
 * runs the 10,000 trials once; this runner gives a ratio in minutes).
 */
import { simulateSchedule } from '../src/plan/simulateSchedule.js';
import { simulateProject } from '../src/project/simulateProject.js';
import { makeRiskPlan } from './riskPlan.js';

const [n, m, trials, rounds] = [2000, 100, 1000, 5].map((d, i) => Number(process.argv[2 + i] ?? d));
const plan = makeRiskPlan(n as number, 200, m as number);
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const a: number[] = [];
const b: number[] = [];
simulateSchedule(plan.tasks, { trials: 100 });
simulateProject(plan, { trials: 100 });
for (let i = 0; i < (rounds as number); i++) {
  a.push(time(() => simulateProject(plan, { trials })));
  b.push(time(() => simulateSchedule(plan.tasks, { trials })));
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] as number;
console.log(
  `simulateProject ${n} tasks x ${m} risks x ${trials} trials: median ${med(a).toFixed(0)} ms / simulateSchedule ${med(b).toFixed(0)} ms = ${(med(a) / med(b)).toFixed(2)}x; fastest ${(Math.min(...a) / Math.min(...b)).toFixed(2)}x`,
);
