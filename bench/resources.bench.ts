import { bench, describe } from 'vitest';
import { createRandom } from '../src/core/random.js';
import { criticalPath } from '../src/plan/criticalPath.js';
import { levelResources } from '../src/plan/levelResources.js';
import { plannedValueCurve } from '../src/plan/plannedValueCurve.js';
import { resourceLoad } from '../src/plan/resourceLoad.js';
import type { ResourcePlan } from '../src/plan/resources.js';
import type { Task } from '../src/plan/types.js';

/** `n` tasks, each depending on up to 2 of the 50 before it, each on one of `r` full-time resources (400 + k a day). */
function makeResourcePlan(n: number, r: number, seed = 1): ResourcePlan {
  const rnd = createRandom(seed);
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const dependsOn: string[] = [];
    for (let k = 0; k < 2 && i > 0; k++) {
      const p = i - 1 - rnd.int(Math.min(i, 50));
      if (!dependsOn.includes(`t${p}`)) dependsOn.push(`t${p}`);
    }
    tasks.push({
      id: `t${i}`,
      duration: 1 + rnd.int(10),
      dependsOn,
      assignments: [{ resource: `r${rnd.int(r)}`, units: 1 }],
    });
  }
  const resources = Array.from({ length: r }, (_, k) => ({
    id: `r${k}`,
    unitsPerDay: 1,
    costPerDay: 400 + k,
  }));
  return { tasks, resources };
}

const big = makeResourcePlan(10_000, 200);

describe('levelResources: 10,000 tasks, 200 resources', () => {
  bench('criticalPath (unlevelled)', () => {
    criticalPath(big.tasks);
  });
  bench('levelResources', () => {
    levelResources(big);
  });
  bench('resourceLoad', () => {
    resourceLoad(big, { start: '2026-01-05' });
  });
  bench('plannedValueCurve (month)', () => {
    plannedValueCurve(big, { start: '2026-01-05', period: 'month' });
  });
  bench('plannedValueCurve (day)', () => {
    plannedValueCurve(big, { start: '2026-01-05', period: 'day' });
  });
});
