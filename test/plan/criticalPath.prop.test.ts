import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import type { DependencyLink, LinkType, Task } from '../../src/plan/types.js';
import { assertPlan } from '../../src/plan/validatePlan.js';
import { frozen, isDeepFrozen } from './helpers.js';

const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** A task's start-no-earlier-than offset (these plans use only the offset form). */
function snet(t: Task | undefined): number {
  const c = t?.constraint;
  return c !== undefined && 'startNoEarlierThan' in c ? c.startNoEarlierThan : 0;
}

/** Random DAGs: task i may depend on any earlier task; the array is then permuted. */
function dag(opts: { types: boolean; fractional: boolean; constraints: boolean }) {
  const duration = opts.fractional
    ? fc.oneof(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 60 }).map((k) => k / 6),
      )
    : fc.integer({ min: 0, max: 12 });
  return fc
    .integer({ min: 1, max: 24 })
    .chain((n) =>
      fc.tuple(
        fc.array(
          fc.record({
            duration,
            preds: fc.uniqueArray(fc.nat(n), { maxLength: 3 }),
            type: fc.constantFrom(...(opts.types ? TYPES : (['FS'] as LinkType[]))),
            lag: opts.types ? fc.integer({ min: -3, max: 4 }) : fc.constant(0),
            snet: opts.constraints
              ? fc.option(fc.integer({ min: 0, max: 20 }), { freq: 4 })
              : fc.constant(null),
          }),
          { minLength: n, maxLength: n },
        ),
        fc.boolean(),
      ),
    )
    .map(([rows, reverse]) => {
      const tasks: Task[] = rows.map((r, i) => {
        const preds = r.preds.filter((p) => p < i);
        const dependsOn = preds.map((p): DependencyLink | string =>
          r.type === 'FS' && r.lag === 0 ? `t${p}` : { id: `t${p}`, type: r.type, lag: r.lag },
        );
        return {
          id: `t${i}`,
          duration: r.duration,
          ...(dependsOn.length > 0 ? { dependsOn } : {}),
          ...(r.snet === null ? {} : { constraint: { startNoEarlierThan: r.snet } }),
        };
      });
      return reverse ? tasks.reverse() : tasks;
    });
}

interface Link {
  p: number;
  s: number;
  type: LinkType;
  lag: number;
}

function linksOf(tasks: readonly Task[]): Link[] {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const out: Link[] = [];
  tasks.forEach((t, s) => {
    for (const d of t.dependsOn ?? []) {
      if (typeof d === 'string') out.push({ p: index.get(d) as number, s, type: 'FS', lag: 0 });
      else out.push({ p: index.get(d.id) as number, s, type: d.type ?? 'FS', lag: d.lag ?? 0 });
    }
  });
  return out;
}

/** Earliest start each link demands of its successor, given starts `x`. */
function demand(l: Link, x: number[], d: number[]): number {
  const xp = x[l.p] as number;
  const dp = d[l.p] as number;
  const ds = d[l.s] as number;
  if (l.type === 'FS') return xp + dp + l.lag;
  if (l.type === 'SS') return xp + l.lag;
  if (l.type === 'FF') return xp + dp + l.lag - ds;
  return xp + l.lag - ds;
}

/** An independent reference: Bellman–Ford style relaxation to the least schedule. */
function referenceDuration(tasks: readonly Task[]): number {
  const d = tasks.map((t) => t.duration);
  const x = referenceStarts(tasks);
  return Math.max(0, ...x.map((s, i) => s + (d[i] as number)));
}

/** The least (early) start of every task, by relaxation, without criticalPath. */
function referenceStarts(tasks: readonly Task[]): number[] {
  const d = tasks.map((t) => t.duration);
  const x = tasks.map((t) => snet(t));
  const links = linksOf(tasks);
  for (let round = 0; round <= tasks.length; round++) {
    let changed = false;
    for (const l of links) {
      const need = demand(l, x, d);
      if (need > (x[l.s] as number) + 1e-12) {
        x[l.s] = need;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return x;
}

const tol = (T: number) => 1e-9 * Math.max(1, T);

describe('criticalPath properties on random DAGs', () => {
  const all = dag({ types: true, fractional: true, constraints: true });

  it('total float >= free float >= 0, ef = es + d, lf = ls + d, late dates within the duration', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const r = criticalPath(frozen(tasks));
        for (const t of r.tasks) {
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.totalFloat).toBeGreaterThanOrEqual(t.freeFloat);
          expect(t.ef).toBe(t.es + t.duration);
          expect(t.lf).toBe(t.ls + t.duration);
          expect(t.lf).toBeLessThanOrEqual(r.duration + tol(r.duration));
          expect(t.critical).toBe(t.totalFloat === 0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('both the early and the late schedules meet every link and constraint', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const r = criticalPath(tasks);
        const d = r.tasks.map((t) => t.duration);
        const es = r.tasks.map((t) => t.es);
        const ls = r.tasks.map((t) => t.ls);
        const eps = tol(r.duration);
        for (const l of linksOf(tasks)) {
          expect(es[l.s] as number).toBeGreaterThanOrEqual(demand(l, es, d) - eps);
          expect(ls[l.s] as number).toBeGreaterThanOrEqual(demand(l, ls, d) - eps);
        }
        tasks.forEach((t, i) => {
          expect(es[i] as number).toBeGreaterThanOrEqual(snet(t));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the duration equals the longest path (an independent relaxation)', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const r = criticalPath(tasks);
        expect(r.duration).toBeCloseTo(referenceDuration(tasks), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('FS without lags: the duration is the longest path sum and every critical path sums to it', () => {
    fc.assert(
      fc.property(dag({ types: false, fractional: true, constraints: false }), (tasks) => {
        const r = criticalPath(tasks);
        const dur = new Map(tasks.map((t) => [t.id, t.duration]));
        // Longest path by memoised recursion over predecessors.
        const memo = new Map<string, number>();
        const byId = new Map(tasks.map((t) => [t.id, t]));
        const longest = (id: string): number => {
          const hit = memo.get(id);
          if (hit !== undefined) return hit;
          const t = byId.get(id) as Task;
          const v =
            t.duration + Math.max(0, ...(t.dependsOn ?? []).map((p) => longest(p as string)));
          memo.set(id, v);
          return v;
        };
        const want = Math.max(...tasks.map((t) => longest(t.id)));
        expect(r.duration).toBeCloseTo(want, 9);
        const hasSucc = new Set(tasks.flatMap((t) => (t.dependsOn ?? []) as string[]));
        for (const path of r.criticalPaths) {
          const s = path.reduce((acc, id) => acc + (dur.get(id) as number), 0);
          expect(s).toBeCloseTo(r.duration, 9);
          // With plain FS links a critical path runs from a start task to an end task.
          expect(byId.get(path[0] as string)?.dependsOn ?? []).toEqual([]);
          expect(hasSucc.has(path[path.length - 1] as string)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('at least one critical path, each from a start-driven task to a task ending on the finish', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const r = criticalPath(tasks);
        expect(r.criticalPaths.length).toBeGreaterThanOrEqual(1);
        expect(r.criticalPathCount).toBeGreaterThanOrEqual(r.criticalPaths.length);
        const t = new Map(r.tasks.map((x) => [x.id, x]));
        const task = new Map(tasks.map((x) => [x.id, x]));
        const eps = tol(r.duration);
        for (const path of r.criticalPaths) {
          const first = t.get(path[0] as string);
          const last = t.get(path[path.length - 1] as string);
          const lower = snet(task.get(path[0] as string));
          expect(Math.abs((first?.es ?? -1) - lower)).toBeLessThanOrEqual(eps);
          expect(Math.abs((last?.ef ?? -1) - r.duration)).toBeLessThanOrEqual(eps);
          for (const id of path) expect(t.get(id)?.critical).toBe(true);
          // consecutive ids are linked predecessor -> successor
          for (let k = 1; k < path.length; k++) {
            const deps = (task.get(path[k] as string)?.dependsOn ?? []).map((d) =>
              typeof d === 'string' ? d : d.id,
            );
            expect(deps).toContain(path[k - 1]);
          }
        }
        expect(new Set(r.criticalPaths.map((p) => p.join('>'))).size).toBe(r.criticalPaths.length);
      }),
      { numRuns: 200 },
    );
  });

  it('floats are the definitions: delaying a task by its total float keeps the finish, a moment more moves it; by its free float moves no other task, a moment more moves one', () => {
    // The oracle is the reference relaxation with the task held back by a
    // start-no-earlier-than constraint: it never calls criticalPath.
    const eps = 1e-7;
    fc.assert(
      fc.property(all, (tasks) => {
        const r = criticalPath(tasks);
        const base = referenceStarts(tasks);
        const ends = (x: number[]) =>
          Math.max(0, ...x.map((v, k) => v + (tasks[k]?.duration as number)));
        const delayed = (i: number, by: number) => {
          const t = tasks[i] as Task;
          const held = {
            ...t,
            constraint: { startNoEarlierThan: (r.tasks[i]?.es as number) + by },
          };
          return referenceStarts(tasks.map((u, k) => (k === i ? held : u)));
        };
        const moment = 1e-3;
        r.tasks.forEach((t, i) => {
          expect(t.ls - t.es).toBeCloseTo(t.totalFloat, 9);
          expect(ends(delayed(i, t.totalFloat))).toBeLessThanOrEqual(r.duration + eps);
          expect(ends(delayed(i, t.totalFloat + moment))).toBeCloseTo(r.duration + moment, 6);
          const free = delayed(i, t.freeFloat);
          expect(ends(free)).toBeLessThanOrEqual(r.duration + eps);
          free.forEach((x, k) => {
            if (k !== i) expect(Math.abs(x - (base[k] as number))).toBeLessThanOrEqual(eps);
          });
          const more = delayed(i, t.freeFloat + moment);
          const moved =
            ends(more) > r.duration + eps ||
            more.some((x, k) => k !== i && x > (base[k] as number) + eps);
          expect(moved, `${t.id} free float ${t.freeFloat} is not the largest`).toBe(true);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('never mutates its input, freezes its output, and is deterministic', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const input = frozen(tasks);
        const before = JSON.stringify(input);
        const a = criticalPath(input);
        const b = criticalPath(input);
        expect(JSON.stringify(input)).toBe(before);
        expect(isDeepFrozen(a)).toBe(true);
        expect(a).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });

  it('assertPlan order is topological for every random DAG', () => {
    fc.assert(
      fc.property(all, (tasks) => {
        const s = assertPlan(tasks);
        const pos = new Map(s.order.map((id, i) => [id, i]));
        for (const l of linksOf(tasks))
          expect(pos.get(tasks[l.p]?.id as string) as number).toBeLessThan(
            pos.get(tasks[l.s]?.id as string) as number,
          );
        expect(s.taskCount).toBe(tasks.length);
      }),
      { numRuns: 100 },
    );
  });
});
