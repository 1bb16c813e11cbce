/** Plain timing of the resource functions (`npx tsx bench/resources.run.ts`); figures in docs/perf/resources.md. */
import { createRandom } from '../src/core/random.js';
import type { ResourcePlan } from '../src/plan/resources.js';
import type { Task } from '../src/plan/types.js';
/** `n` tasks, each depending on up to 2 of the 50 before it, each on one of `r` full-time resources. */
export function makeResourcePlan(n: number, r: number, seed = 1): ResourcePlan {
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
  const resources = Array.from({ length: r }, (_, k) => ({ id: `r${k}`, unitsPerDay: 1 }));
  return { tasks, resources };
}

import { criticalPath } from '../src/plan/criticalPath.js';
import { levelResources } from '../src/plan/levelResources.js';
import { resourceLoad } from '../src/plan/resourceLoad.js';

const p = makeResourcePlan(10_000, 200);
const t = (name: string, f: () => unknown, k = 5) => {
  f();
  const t0 = performance.now();
  for (let i = 0; i < k; i++) f();
  console.log(name, ((performance.now() - t0) / k).toFixed(1), 'ms');
};
t('criticalPath', () => criticalPath(p.tasks));
t('levelResources', () => levelResources(p));
t('resourceLoad', () => resourceLoad(p, { start: '2026-01-05' }));
const r = levelResources(p);
console.log('finish', r.originalFinish, '->', r.finish);
