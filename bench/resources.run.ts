/** Plain timing of the resource functions (`npx tsx bench/resources.run.ts`); figures in docs/perf/resources.md. */
import { createRandom } from '../src/core/random.js';
import type { ResourcePlan } from '../src/plan/resources.js';
import type { Task } from '../src/plan/types.js';
/** `n` tasks, each depending on up to 2 of the 50 before it, each on one of `r` full-time resources (400 + k a day). */
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
  const resources = Array.from({ length: r }, (_, k) => ({
    id: `r${k}`,
    unitsPerDay: 1,
    costPerDay: 400 + k,
  }));
  return { tasks, resources };
}

import { criticalPath } from '../src/plan/criticalPath.js';
import { levelResources } from '../src/plan/levelResources.js';
import { plannedValueCurve } from '../src/plan/plannedValueCurve.js';
import { resourceLoad } from '../src/plan/resourceLoad.js';

const p = makeResourcePlan(10_000, 200);
// The same plan where every resource has its own calendar: one in four works
// Monday to Thursday, and each has ten days off spread over the first years.
const withCalendars = {
  ...p,
  resources: p.resources.map((r, k) => ({
    ...r,
    calendar: {
      weekend: k % 4 === 0 ? [0, 5, 6] : [0, 6],
      holidays: Array.from({ length: 10 }, (_, j) => {
        const d = new Date(Date.UTC(2026, 0, 5 + ((k * 37 + j * 131) % 2000)));
        return d.toISOString().slice(0, 10);
      }),
    },
  })),
};
// Interleaved rounds, so machine load hits every function alike; ratios against criticalPath.
const fns: [string, () => unknown][] = [
  ['criticalPath', () => criticalPath(p.tasks)],
  ['levelResources', () => levelResources(p)],
  ['levelResources calendars', () => levelResources(withCalendars, { start: '2026-01-05' })],
  ['resourceLoad', () => resourceLoad(p, { start: '2026-01-05' })],
  ['plannedValueCurve month', () => plannedValueCurve(p, { start: '2026-01-05', period: 'month' })],
  ['plannedValueCurve day', () => plannedValueCurve(p, { start: '2026-01-05', period: 'day' })],
];
const total = fns.map(() => 0);
for (const [, f] of fns) f();
const rounds = Number(process.argv[2] ?? 5);
for (let k = 0; k < rounds; k++)
  fns.forEach(([, f], i) => {
    const t0 = performance.now();
    f();
    total[i] = (total[i] as number) + performance.now() - t0;
  });
const base = (total[0] as number) / rounds;
fns.forEach(([name], i) => {
  const ms = (total[i] as number) / rounds;
  console.log(name.padEnd(26), `${ms.toFixed(1)} ms`.padStart(10), `${(ms / base).toFixed(1)}×`);
});
const r = levelResources(p);
console.log('finish', r.originalFinish, '->', r.finish);
const rc = levelResources(withCalendars, { start: '2026-01-05' });
console.log('with calendars: finish', rc.finish, 'unresolved', rc.unresolved.length);
const c = plannedValueCurve(p, { start: '2026-01-05', period: 'month' });
console.log('BAC', c.bac.toString(), 'months', c.periods.length);
