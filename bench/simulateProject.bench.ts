/**
 * simulateProject on 2,000 tasks × 100 risks × 10,000 trials against
 * simulateSchedule alone on the same tasks (issue 19). Slow: each call takes
 * seconds, so each bench runs `BENCH_ITERATIONS` times (default 2) with no
 * warm-up; run this file alone:
 *
 *   BENCH_ITERATIONS=1 npx vitest bench --run bench/simulateProject.bench.ts
 *
 * Figures and their reading in docs/perf/simulate-project.md.
 */
import { bench, describe } from 'vitest';
import { simulateSchedule } from '../src/plan/simulateSchedule.js';
import { simulateProject } from '../src/project/simulateProject.js';
import { makeRiskPlan } from './riskPlan.js';

const plan = makeRiskPlan(2_000, 200, 100);
const trials = 10_000;
const once = {
  iterations: Number(process.env.BENCH_ITERATIONS ?? 2),
  time: 0,
  warmupIterations: 0,
  warmupTime: 0,
};

describe('simulateProject: 2,000 tasks × 100 risks × 10,000 trials', () => {
  bench(
    'simulateSchedule (the tasks alone)',
    () => {
      simulateSchedule(plan.tasks, { trials });
    },
    once,
  );
  bench(
    'simulateProject, no risks (costs and criticality only)',
    () => {
      simulateProject({ tasks: plan.tasks, resources: plan.resources }, { trials });
    },
    once,
  );
  bench(
    'simulateProject, 100 risks (finish, cost, joint P80, tornado)',
    () => {
      simulateProject(plan, { trials });
    },
    once,
  );
});
