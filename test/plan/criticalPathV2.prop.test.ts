import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/core/calendar.js';
import { addDays } from '../../src/core/dates.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import type { ConstraintType, DependencyLink, LinkType, Task } from '../../src/plan/types.js';
import { frozen, isDeepFrozen } from './helpers.js';

const START = '2026-11-30';
const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const CONSTRAINTS: ConstraintType[] = [
  'start-no-earlier-than',
  'finish-no-earlier-than',
  'start-no-later-than',
  'finish-no-later-than',
  'must-start-on',
  'must-finish-on',
];

/** Random DAGs with whole-day durations and lags; optionally dated constraints and deadlines. */
function plans(dated: boolean) {
  return fc
    .integer({ min: 1, max: 16 })
    .chain((n) =>
      fc.array(
        fc.record({
          duration: fc.integer({ min: 0, max: 8 }),
          preds: fc.uniqueArray(fc.nat(n), { maxLength: 3 }),
          type: fc.constantFrom(...TYPES),
          lag: fc.integer({ min: -2, max: 3 }),
          constraint: dated
            ? fc.option(
                fc.record({
                  type: fc.constantFrom(...CONSTRAINTS),
                  day: fc.integer({ min: 0, max: 40 }),
                }),
                { freq: 3 },
              )
            : fc.constant(null),
          deadline: dated
            ? fc.option(fc.integer({ min: 0, max: 50 }), { freq: 4 })
            : fc.constant(null),
        }),
        { minLength: n, maxLength: n },
      ),
    )
    .map((rows) =>
      rows.map((r, i): Task => {
        const dependsOn = r.preds
          .filter((p) => p < i)
          .map((p): DependencyLink => ({ id: `t${p}`, type: r.type, lag: r.lag }));
        return {
          id: `t${i}`,
          duration: r.duration,
          ...(dependsOn.length > 0 ? { dependsOn } : {}),
          ...(r.constraint === null
            ? {}
            : { constraint: { type: r.constraint.type, date: addDays(START, r.constraint.day) } }),
          ...(r.deadline === null ? {} : { deadline: addDays(START, r.deadline) }),
        };
      }),
    );
}

describe('issue 18 properties', () => {
  it('property: with no constraints, deadlines or actuals the dated schedule is the offset schedule mapped through the calendar', () => {
    fc.assert(
      fc.property(plans(false), (tasks) => {
        const plain = criticalPath(frozen(tasks));
        const dated = criticalPath(frozen(tasks), { start: START, statusDate: '2026-11-27' });
        dated.tasks.forEach((t, i) => {
          const p = plain.tasks[i];
          expect([t.es, t.ef, t.ls, t.lf, t.totalFloat, t.critical]).toEqual([
            p?.es,
            p?.ef,
            p?.ls,
            p?.lf,
            p?.totalFloat,
            p?.critical,
          ]);
          if (t.duration > 0) {
            expect(t.startDate).toBe(addWorkingDays(START, t.es));
            expect(t.finishDate).toBe(addWorkingDays(START, t.ef - 1));
          }
        });
        expect(dated.conflicts).toEqual([]);
        expect(dated.duration).toBe(plain.duration);
      }),
      { numRuns: 150 },
    );
  });

  it('property: total float is negative exactly when a constraint or deadline is broken (EPMA: missed dates give negative slack)', () => {
    fc.assert(
      fc.property(plans(true), (tasks) => {
        const input = frozen(tasks);
        const r = criticalPath(input, { start: START });
        const negative = r.tasks.filter((t) => t.totalFloat < 0);
        expect(negative.length > 0).toBe(r.conflicts.length > 0);
        for (const c of r.conflicts) {
          expect(c.by).toBeGreaterThan(0);
          // A missed deadline shows on its own task; a held task's drivers carry the rest.
          if (c.kind === 'deadline')
            expect(r.tasks.find((t) => t.id === c.taskId)?.totalFloat).toBeLessThan(0);
        }
        for (const t of negative) expect(t.critical).toBe(true);
        for (const t of r.tasks) {
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeLessThanOrEqual(Math.max(0, t.totalFloat));
        }
        expect(isDeepFrozen(r)).toBe(true);
        expect(criticalPath(input, { start: START })).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('property: inflexible constraints are held against the links (must-start-on exact, start-no-later-than met)', () => {
    fc.assert(
      fc.property(plans(true), (tasks) => {
        const r = criticalPath(frozen(tasks), { start: START });
        tasks.forEach((t, i) => {
          const c = t.constraint;
          if (c === undefined || !('type' in c)) return;
          const row = r.tasks[i];
          if (row === undefined || row.duration === 0) return;
          // A weekend date means the next working day (8:00 Saturday is Monday 8:00).
          if (c.type === 'must-start-on') expect(row.startDate).toBe(addWorkingDays(c.date, 0));
          if (c.type === 'start-no-later-than' && row.startDate !== undefined)
            expect(row.startDate <= addWorkingDays(c.date, 0)).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });
});

/** Random trees of summaries over leaves, with links between top-level items. */
const trees = fc
  .record({
    leaves: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 14 }),
    // Each leaf's parent: a summary index or -1 (top level).
    parentOf: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 14, maxLength: 14 }),
    // Summary s > 0 nests under summary nest[s] < s, or -1.
    nest: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 4, maxLength: 4 }),
    links: fc.array(
      fc.record({
        a: fc.nat(20),
        b: fc.nat(20),
        type: fc.constantFrom(...TYPES),
        lag: fc.integer({ min: -1, max: 2 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ leaves, parentOf, nest, links }) => {
    const parent = new Map<string, string>();
    leaves.forEach((_, i) => {
      const p = parentOf[i] as number;
      if (p >= 0) parent.set(`L${i}`, `S${p}`);
    });
    const used = new Set(parent.values());
    // Nest summaries only under lower-numbered ones (a tree), keep only used ones.
    for (let s = 1; s < 4; s++) {
      const up = nest[s] as number;
      if (up >= 0 && up < s && used.has(`S${s}`)) {
        parent.set(`S${s}`, `S${up}`);
        used.add(`S${up}`);
      }
    }
    const top = [...leaves.map((_, i) => `L${i}`), ...[...used]].filter((id) => !parent.has(id));
    const seen = new Set<string>();
    const edges: { p: string; s: string; type: LinkType; lag: number }[] = [];
    for (const l of links) {
      const i = l.a % top.length;
      const j = l.b % top.length;
      if (i >= j) continue;
      const key = `${i}-${j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ p: top[i] as string, s: top[j] as string, type: l.type, lag: l.lag });
    }
    return { leaves, parent, summaries: [...used], edges };
  });

function leavesOf(id: string, parent: Map<string, string>, leafIds: string[]): string[] {
  return leafIds.filter((l) => {
    for (let p = parent.get(l); p !== undefined; p = parent.get(p)) if (p === id) return true;
    return l === id;
  });
}

describe('issue 18 summary properties', () => {
  it('property: a summary rolls up from its leaves, and its links equal one link per leaf', () => {
    fc.assert(
      fc.property(trees, ({ leaves, parent, summaries, edges }) => {
        const leafIds = leaves.map((_, i) => `L${i}`);
        const depsOf = (id: string) =>
          edges.filter((e) => e.s === id).map((e) => ({ id: e.p, type: e.type, lag: e.lag }));
        const tasks: Task[] = [
          ...leaves.map((d, i) => {
            const id = `L${i}`;
            const deps = depsOf(id);
            const p = parent.get(id);
            return {
              id,
              duration: d,
              ...(p === undefined ? {} : { parent: p }),
              ...(deps.length > 0 ? { dependsOn: deps } : {}),
            } as unknown as Task;
          }),
          ...summaries.map((id) => {
            const deps = depsOf(id);
            const p = parent.get(id);
            return {
              id,
              ...(p === undefined ? {} : { parent: p }),
              ...(deps.length > 0 ? { dependsOn: deps } : {}),
            } as unknown as Task;
          }),
        ];
        const r = criticalPath(frozen(tasks), { start: START });
        const row = Object.fromEntries(r.tasks.map((t) => [t.id, t]));
        // Flattened: each link to or from a summary becomes one link per leaf pair.
        const flat: Task[] = leafIds.map((id, i) => {
          const deps: DependencyLink[] = [];
          for (const e of edges)
            if (leavesOf(e.s, parent, leafIds).includes(id))
              for (const p of leavesOf(e.p, parent, leafIds))
                deps.push({ id: p, type: e.type, lag: e.lag });
          return {
            id,
            duration: leaves[i] as number,
            ...(deps.length > 0 ? { dependsOn: deps } : {}),
          };
        });
        const f = Object.fromEntries(
          criticalPath(frozen(flat), { start: START }).tasks.map((t) => [t.id, t]),
        );
        for (const id of leafIds) {
          const a = row[id];
          const b = f[id];
          expect([a?.es, a?.ef, a?.ls, a?.lf, a?.totalFloat, a?.startDate]).toEqual([
            b?.es,
            b?.ef,
            b?.ls,
            b?.lf,
            b?.totalFloat,
            b?.startDate,
          ]);
        }
        for (const s of summaries) {
          const kids = leavesOf(s, parent, leafIds).map((id) => row[id]);
          const sum = row[s];
          expect(sum?.summary).toBe(true);
          expect(sum?.es).toBe(Math.min(...kids.map((k) => k?.es as number)));
          expect(sum?.ef).toBe(Math.max(...kids.map((k) => k?.ef as number)));
          expect(sum?.duration).toBe((sum?.ef as number) - (sum?.es as number));
          expect(sum?.totalFloat).toBe(Math.min(...kids.map((k) => k?.totalFloat as number)));
          expect(sum?.critical).toBe(kids.some((k) => k?.critical));
          expect(sum?.startDate).toBe(kids.map((k) => k?.startDate as string).sort()[0]);
          expect(sum?.finishDate).toBe(
            kids
              .map((k) => k?.finishDate as string)
              .sort()
              .at(-1),
          );
        }
        expect(r.criticalTasks.every((id) => !summaries.includes(id))).toBe(true);
        for (const p of r.criticalPaths)
          expect(p.every((id) => !summaries.includes(id))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('issue 18 hostile input', () => {
  it('property: any value in the new fields gives a result or a PopmError, never a TypeError', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom('2026-12-01', '2026-11-01', 'nope', -1, 0, 50, 101, Number.NaN),
      fc.record({ type: fc.constantFrom(...CONSTRAINTS, 'asap'), date: fc.anything() }),
    );
    const keys = [
      'constraint',
      'deadline',
      'parent',
      'actualStart',
      'actualFinish',
      'remainingDuration',
      'percentComplete',
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom(...keys), at: fc.nat(3), value: junk }), {
          maxLength: 4,
        }),
        fc.boolean(),
        (edits, withStart) => {
          const tasks: Record<string, unknown>[] = [
            { id: 'a', duration: 2 },
            { id: 'b', duration: 1, dependsOn: ['a'] },
            { id: 'c', duration: 3 },
            { id: 'd', duration: 0, dependsOn: ['b', 'c'] },
          ];
          for (const e of edits) (tasks[e.at] as Record<string, unknown>)[e.key] = e.value;
          try {
            const r = criticalPath(
              tasks as unknown as Task[],
              withStart ? { start: START, statusDate: '2026-12-02' } : {},
            );
            expect(isDeepFrozen(r)).toBe(true);
          } catch (e) {
            expect((e as Error).name).toBe('PopmError');
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
