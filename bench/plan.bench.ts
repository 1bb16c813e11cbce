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

type Layout = 'ordered' | 'shuffled' | 'json';

/**
 * The network under measurement is built in `setup` and dropped in
 * `teardown`, so only one is alive at a time: the 100,000-task call is then
 * not charged for the garbage collector walking five other large fixtures
 * (about 200 MB), which is a cost of the bench, not of the function.
 * `json` is the shuffled network re-read from JSON: a plan read from a file
 * is allocated in list order, whereas the plain shuffled copy keeps its task
 * objects scattered in memory relative to the list.
 */
function measured(name: string, n: number, layout: Layout): void {
  let tasks: readonly Task[] = [];
  bench(
    name,
    () => {
      criticalPath(tasks);
    },
    {
      ...(n > 10_000 ? { iterations: 20 } : {}),
      setup: () => {
        const t = network(n, layout !== 'ordered');
        tasks = layout === 'json' ? (JSON.parse(JSON.stringify(t)) as readonly Task[]) : t;
      },
      teardown: () => {
        tasks = [];
      },
    },
  );
}

describe('criticalPath, tasks listed in dependency order (~2 links per task)', () => {
  measured('10,000 tasks', 10_000, 'ordered');
  measured('100,000 tasks', 100_000, 'ordered');
});

describe('criticalPath, the same networks shuffled (order found by Kahn)', () => {
  measured('10,000 tasks, shuffled', 10_000, 'shuffled');
  measured('100,000 tasks, shuffled', 100_000, 'shuffled');
});

describe('criticalPath, the shuffled networks read from JSON (allocated in list order)', () => {
  measured('10,000 tasks, shuffled, from JSON', 10_000, 'json');
  measured('100,000 tasks, shuffled, from JSON', 100_000, 'json');
});
