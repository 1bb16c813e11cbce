/** The risk-linked plan of bench/simulateProject.bench.ts and its runner. */
import { createRandom } from '../src/core/random.js';
import type { Resource } from '../src/plan/resources.js';
import type { Task } from '../src/plan/types.js';
import type { Risk } from '../src/risk/types.js';

/**
 * `n` estimated tasks, each depending on up to 2 of the 50 before it and
 * assigned full time to one of `r` resources (400 + k a day), and `m`
 * threats (probability 0.1–0.5, 1/3/10 days, 1,000/5,000/20,000) each linked
 * to one or two random tasks.
 */
export function makeRiskPlan(
  n: number,
  r: number,
  m: number,
  seed = 1,
): { tasks: Task[]; resources: Resource[]; risks: Risk[] } {
  const rnd = createRandom(seed);
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const dependsOn: string[] = [];
    for (let k = 0; k < 2 && i > 0; k++) {
      const p = i - 1 - rnd.int(Math.min(i, 50));
      if (!dependsOn.includes(`t${p}`)) dependsOn.push(`t${p}`);
    }
    const likely = 2 + rnd.int(9);
    tasks.push({
      id: `t${i}`,
      duration: likely,
      dependsOn,
      estimate: {
        optimistic: likely - 1,
        mostLikely: likely,
        pessimistic: likely + 1 + rnd.int(6),
      },
      assignments: [{ resource: `r${rnd.int(r)}`, units: 1 }],
    });
  }
  const resources = Array.from({ length: r }, (_, k) => ({
    id: `r${k}`,
    unitsPerDay: 1,
    costPerDay: 400 + k,
  }));
  const risks = Array.from(
    { length: m },
    (_, k): Risk => ({
      id: `R${k}`,
      title: `Risk ${k}`,
      kind: 'threat',
      probability: 0.1 + 0.1 * rnd.int(5),
      scheduleImpactDays: { min: 1, mostLikely: 3, max: 10 },
      costImpact: { min: 1000, mostLikely: 5000, max: 20000 },
      tasks: [...new Set([`t${rnd.int(n)}`, `t${rnd.int(n)}`])],
    }),
  );
  return { tasks, resources, risks };
}
