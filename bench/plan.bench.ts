import { bench, describe } from 'vitest';
import { createRandom } from '../src/core/random.js';
import { criticalPath } from '../src/plan/criticalPath.js';
import type { Dependency, Task } from '../src/plan/types.js';

/**
 * A seeded network of `n` tasks, each depending on one to three (mean two)
 * earlier tasks chosen within the previous 100, so paths are long (about
 * n / 30 tasks), with a mix of FS/SS/FF/SF links, lags and leads, and
 * whole-day durations 1..10. With `shuffle`, the same network listed in a
 * random order, so Kahn's algorithm has to find the order.
 */
function network(n: number, shuffle = false): readonly Task[] {
  const rnd = createRandom(`plan-bench-${n}`);
  const types = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'] as const;
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const deps: Dependency[] = [];
    const want = i === 0 ? 0 : Math.min(i, 1 + rnd.int(3));
    const used = new Set<number>();
    for (let k = 0; k < want; k++) {
      const p = i - 1 - rnd.int(Math.min(i, 100));
      if (used.has(p)) continue;
      used.add(p);
      const type = types[rnd.int(types.length)] as (typeof types)[number];
      deps.push(type === 'FS' && k === 0 ? `t${p}` : { id: `t${p}`, type, lag: rnd.int(5) - 1 });
    }
    tasks.push({
      id: `t${i}`,
      duration: 1 + rnd.int(10),
      ...(deps.length > 0 ? { dependsOn: deps } : {}),
    });
  }
  if (shuffle)
    for (let i = n - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      [tasks[i], tasks[j]] = [tasks[j] as Task, tasks[i] as Task];
    }
  return tasks;
}

const n10k = network(10_000);
const n100k = network(100_000);

describe('criticalPath, tasks listed in dependency order (~2 links per task)', () => {
  bench('10,000 tasks', () => {
    criticalPath(n10k);
  });
  bench(
    '100,000 tasks',
    () => {
      criticalPath(n100k);
    },
    { iterations: 20 },
  );
});

const s10k = network(10_000, true);
const s100k = network(100_000, true);

describe('criticalPath, the same networks shuffled (order found by Kahn)', () => {
  bench('10,000 tasks, shuffled', () => {
    criticalPath(s10k);
  });
  bench(
    '100,000 tasks, shuffled',
    () => {
      criticalPath(s100k);
    },
    { iterations: 20 },
  );
});
