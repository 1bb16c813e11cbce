/** The seeded plans of bench/plan.bench.ts, shared with its interleaved runner. */
import { addWorkingDays } from '../src/core/calendar.js';
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
export function network(n: number, shuffle = false): readonly Task[] {
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

export const START = '2026-11-30';
const KINDS = [
  'start-no-earlier-than',
  'finish-no-earlier-than',
  'start-no-later-than',
  'finish-no-later-than',
  'must-start-on',
  'must-finish-on',
] as const;

/**
 * Issue 18: the 100,000-task network with dates, where every fifth task is a
 * summary of the next four (every fifth summary also holding the next four
 * summaries: two levels), one summary in ten linked from an earlier task and
 * to a later one, and one leaf in ten constrained (every type, each met).
 * `plain` is the same rows
 * without `parent` and `constraint` (the summaries left as milestones), so
 * the ratio is the price of the constraints and the summaries. Both are
 * read back from JSON (rows allocated as a file's are).
 */
export function datedPlan(n: number): { full: readonly Task[]; plain: readonly Task[] } {
  // The summaries' own rows carry no links (theirs are added below).
  const onLeaf = (d: Dependency) => Number((typeof d === 'string' ? d : d.id).slice(1)) % 5 !== 0;
  const tree: Task[] = network(n).map((t, i): Task => {
    if (i % 5 === 0) {
      const top = i % 25 === 0 ? undefined : `t${i - (i % 25)}`;
      const linked = (i / 5) % 10 === 3 && i >= 40 ? { dependsOn: [`t${i - 31}`] } : {};
      return { id: t.id, duration: 0, ...(top === undefined ? {} : { parent: top }), ...linked };
    }
    const deps = t.dependsOn?.filter(onLeaf) ?? [];
    // A leaf 40 tasks on waits for every child of a linked summary.
    const s = i - 40 - ((i - 40) % 5);
    if (i >= 40 && (s / 5) % 10 === 3) deps.push({ id: `t${s}`, type: 'FS' });
    return {
      id: t.id,
      duration: t.duration,
      parent: `t${i - (i % 5)}`,
      ...(deps.length > 0 ? { dependsOn: deps } : {}),
    };
  });
  // Constraints that the schedule meets (a flexible one at or before the
  // early date, a no-later-than at or after it, a must-on on it), so both
  // plans schedule alike and the ratio is the price of the machinery.
  const early = criticalPath(tree, { start: START }).tasks;
  const rnd = createRandom(`plan-bench-dated-${n}`);
  const full = tree.map((t, i): Task => {
    const row = early[i];
    if (i % 5 === 0 || row === undefined || rnd.int(10) !== 0) return t;
    const kind = KINDS[rnd.int(KINDS.length)] as (typeof KINDS)[number];
    const at = kind.startsWith('start') || kind === 'must-start-on' ? row.es : row.ef - 1;
    const shift = kind.includes('earlier') ? -rnd.int(6) : kind.includes('later') ? rnd.int(6) : 0;
    const date = addWorkingDays(START, Math.max(0, at + shift));
    return { ...t, constraint: { type: kind, date } };
  });
  const plain = full.map((t) => {
    const { parent: _p, constraint: _c, ...rest } = t;
    return (rest.duration === undefined ? { ...rest, duration: 0 } : rest) as Task;
  });
  // Both read back from JSON, as a plan from a file: rows of one kind share a shape.
  const json = (t: readonly Task[]) => JSON.parse(JSON.stringify(t)) as readonly Task[];
  return { full: json(full), plain: json(plain) };
}
