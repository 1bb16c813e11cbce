import { bench, describe } from 'vitest';
import { criticalPath } from '../src/plan/criticalPath.js';
import { rollUp } from '../src/plan/rollUp.js';
import type { Task } from '../src/plan/types.js';
import { datedPlan, network, START } from './planNetworks.js';

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

describe('issue 18: 100,000 dated tasks, 10% constrained, 20% summaries vs the same rows without them', () => {
  let plan: { full: readonly Task[]; plain: readonly Task[] } = { full: [], plain: [] };
  const setup = () => {
    if (plan.full.length === 0) plan = datedPlan(100_000);
  };
  bench(
    'plain: dates only',
    () => {
      criticalPath(plan.plain, { start: START });
    },
    { iterations: 10, setup },
  );
  bench(
    'with constraints and summaries',
    () => {
      criticalPath(plan.full, { start: START });
    },
    { iterations: 10, setup },
  );
});

describe('issue 18: rollUp by duration over the same 100,000 tasks (20% summaries, leaves 0–100% complete)', () => {
  let rows: readonly Task[] = [];
  let plain: readonly Task[] = [];
  const setup = () => {
    if (rows.length > 0) return;
    const p = datedPlan(100_000);
    plain = p.plain;
    rows = p.full.map((t, i) =>
      t.parent === undefined || i % 5 === 0 ? t : { ...t, percentComplete: (i * 37) % 101 },
    );
  };
  bench(
    'criticalPath of the rows without summaries (the yardstick)',
    () => {
      criticalPath(plain, { start: START });
    },
    { iterations: 10, setup },
  );
  bench(
    'rollUp by duration',
    () => {
      rollUp(rows, { method: 'duration' });
    },
    { iterations: 10, setup },
  );
});
