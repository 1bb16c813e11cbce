import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import type { Task } from '../../src/plan/types.js';
import { byId, expectPopm, frozen, isDeepFrozen, type Row } from './helpers.js';

function expectRows(result: ReturnType<typeof criticalPath>, rows: Row[], digits?: number) {
  const t = byId(result.tasks);
  for (const [id, es, ef, ls, lf, tf, ff] of rows) {
    const got = t[id];
    expect(got, id).toBeDefined();
    if (got === undefined) continue;
    const actual = [got.es, got.ef, got.ls, got.lf, got.totalFloat];
    const want = [es, ef, ls, lf, tf];
    if (digits === undefined) expect(actual, id).toEqual(want);
    else
      for (const [k, w] of want.entries()) expect(actual[k], `${id}[${k}]`).toBeCloseTo(w, digits);
    if (ff !== undefined) expect(got.freeFloat, `${id} free float`).toBeCloseTo(ff, digits ?? 12);
  }
}

describe('criticalPath: published networks', () => {
  it('matches PMBOK Guide 5th ed. Figure 6-18: path A-C-D = 30, B total and free float 5', () => {
    // The figure counts from day 1 (A: 1..5); popm counts offsets from 0.
    const r = criticalPath(
      frozen([
        { id: 'A', duration: 5 },
        { id: 'B', duration: 5, dependsOn: ['A'] },
        { id: 'C', duration: 10, dependsOn: ['A'] },
        { id: 'D', duration: 15, dependsOn: ['B', 'C'] },
      ]),
    );
    expect(r.duration).toBe(30);
    expectRows(r, [
      ['A', 0, 5, 0, 5, 0, 0],
      ['B', 5, 10, 10, 15, 5, 5],
      ['C', 5, 15, 5, 15, 0, 0],
      ['D', 15, 30, 15, 30, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'C', 'D']]);
    expect(r.criticalTasks).toEqual(['A', 'C', 'D']);
  });

  it('matches studylib "Example 1" (ES/EF/LS/LF table): A-B-D-E-G = 16 hours, C and F slack 1', () => {
    // https://studylib.net/doc/8378728 Table 2
    const r = criticalPath([
      { id: 'A', duration: 6 },
      { id: 'B', duration: 2, dependsOn: ['A'] },
      { id: 'C', duration: 2, dependsOn: ['A'] },
      { id: 'D', duration: 3, dependsOn: ['B'] },
      { id: 'F', duration: 2, dependsOn: ['C'] },
      { id: 'E', duration: 4, dependsOn: ['D', 'F'] },
      { id: 'G', duration: 1, dependsOn: ['E'] },
    ]);
    expect(r.duration).toBe(16);
    expectRows(r, [
      ['A', 0, 6, 0, 6, 0],
      ['B', 6, 8, 6, 8, 0],
      ['D', 8, 11, 8, 11, 0],
      ['E', 11, 15, 11, 15, 0],
      ['G', 15, 16, 15, 16, 0],
      ['C', 6, 8, 7, 9, 1, 0],
      ['F', 8, 10, 9, 11, 1, 1],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B', 'D', 'E', 'G']]);
  });

  it('matches bizhelp24 critical path analysis part 2: 11 weeks, total float C 1 E 1, free float C 0 E 1', () => {
    // http://www.bizhelp24.com/small-business-portal/critical-path-analysis-part-2-4.html
    const r = criticalPath([
      { id: 'A', duration: 1 },
      { id: 'B', duration: 3, dependsOn: ['A'] },
      { id: 'C', duration: 2, dependsOn: ['A'] },
      { id: 'D', duration: 3, dependsOn: ['B'] },
      { id: 'E', duration: 3, dependsOn: ['C'] },
      { id: 'F', duration: 2, dependsOn: ['D', 'E'] },
      { id: 'G', duration: 2, dependsOn: ['F'] },
    ]);
    expect(r.duration).toBe(11);
    const t = byId(r.tasks);
    expect([t.C?.totalFloat, t.C?.freeFloat, t.E?.totalFloat, t.E?.freeFloat]).toEqual([
      1, 0, 1, 1,
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B', 'D', 'F', 'G']]);
  });

  it('matches wizedu question 717873 on PERT means (fractional): 50.83 days, slacks B 8, D 1.83', () => {
    // https://wizedu.com/questions/717873 — means (a + 4m + b) / 6, table to 2 places
    const est = (a: number, m: number, b: number) => (a + 4 * m + b) / 6;
    const r = criticalPath([
      { id: 'A', duration: est(5, 5, 7) },
      { id: 'B', duration: est(1, 2, 5) },
      { id: 'C', duration: est(5, 5, 5), dependsOn: ['A'] },
      { id: 'D', duration: est(4, 8, 13), dependsOn: ['A'] },
      { id: 'E', duration: est(1, 10, 17), dependsOn: ['B', 'C'] },
      { id: 'F', duration: est(1, 5, 7), dependsOn: ['D'] },
      { id: 'G', duration: est(2, 6, 9), dependsOn: ['D'] },
      { id: 'H', duration: est(4, 4, 6), dependsOn: ['E', 'F'] },
      { id: 'I', duration: est(2, 7, 10), dependsOn: ['G', 'H'] },
      { id: 'J', duration: est(2, 4, 7), dependsOn: ['I'] },
      { id: 'K', duration: est(6, 10, 13), dependsOn: ['I'] },
      { id: 'L', duration: est(2, 6, 6), dependsOn: ['J'] },
      { id: 'M', duration: est(2, 2, 3), dependsOn: ['K'] },
      { id: 'N', duration: est(7, 7, 12), dependsOn: ['L', 'M'] },
    ]);
    expectRows(
      r,
      [
        ['A', 0, 5.33, 0, 5.33, 0],
        ['B', 0, 2.33, 8, 10.33, 8],
        ['C', 5.33, 10.33, 5.33, 10.33, 0],
        ['D', 5.33, 13.5, 7.17, 15.33, 1.83],
        ['E', 10.33, 20, 10.33, 20, 0],
        ['F', 13.5, 18.17, 15.33, 20, 1.83],
      ],
      2,
    );
    expect(r.duration).toBeCloseTo(50.83, 2);
    // Thirds and sixths never make a critical task look non-critical.
    expect(r.criticalPaths).toEqual([['A', 'C', 'E', 'H', 'I', 'K', 'M', 'N']]);
    for (const id of ['A', 'C', 'E', 'H', 'I', 'K', 'M', 'N'])
      expect(byId(r.tasks)[id]?.totalFloat).toBe(0);
  });
});

describe('criticalPath: each link type with lag, by hand', () => {
  it('FS lag 2: A(3) -> B(4): B es = 3 + 2 = 5, ef 9; duration 9; both critical', () => {
    const r = criticalPath([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 4, dependsOn: [{ id: 'A', type: 'FS', lag: 2 }] },
    ]);
    expectRows(r, [
      ['A', 0, 3, 0, 3, 0, 0],
      ['B', 5, 9, 5, 9, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B']]);
  });

  it('FS lead 1 (lag -1): A(3) -> B(4): B es = 3 - 1 = 2, ef 6', () => {
    const r = criticalPath([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 4, dependsOn: [{ id: 'A', lag: -1 }] },
    ]);
    expectRows(r, [
      ['A', 0, 3, 0, 3, 0, 0],
      ['B', 2, 6, 2, 6, 0, 0],
    ]);
    expect(r.duration).toBe(6);
  });

  it('SS lag 2: A(5), B(4) SS+2: B es = 0 + 2 = 2, ef 6; A lf = min(6, lsB - 2 + 5 = 5) = 5', () => {
    // A: ls = min(T - 5 = 1, lsB - lag = 0) = 0 -> critical; free float min(T - efA = 1, esB - (esA + 2) = 0) = 0
    const r = criticalPath([
      { id: 'A', duration: 5 },
      { id: 'B', duration: 4, dependsOn: [{ id: 'A', type: 'SS', lag: 2 }] },
    ]);
    expectRows(r, [
      ['A', 0, 5, 0, 5, 0, 0],
      ['B', 2, 6, 2, 6, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B']]);
  });

  it('SS lag 1 where the predecessor drives the finish: A(10), B(2) SS+1: B float 10 - 3 = 7', () => {
    const r = criticalPath([
      { id: 'A', duration: 10 },
      { id: 'B', duration: 2, dependsOn: [{ id: 'A', type: 'SS', lag: 1 }] },
    ]);
    expectRows(r, [
      ['A', 0, 10, 0, 10, 0, 0],
      ['B', 1, 3, 8, 10, 7, 7],
    ]);
    expect(r.criticalPaths).toEqual([['A']]);
  });

  it('FF lag 2: A(5), B(3) FF+2: B ef = 5 + 2 = 7, es 4; A lf = lfB - 2 = 5', () => {
    const r = criticalPath([
      { id: 'A', duration: 5 },
      { id: 'B', duration: 3, dependsOn: [{ id: 'A', type: 'FF', lag: 2 }] },
    ]);
    expectRows(r, [
      ['A', 0, 5, 0, 5, 0, 0],
      ['B', 4, 7, 4, 7, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B']]);
  });

  it('FF lag 1 with a longer successor: A(2), B(6) FF+1: B es = max(0, 2 + 1 - 6) = 0; A float 3', () => {
    // A: lf = min(T = 6, lfB - 1 = 5) = 5, ls 3; link slack efB - (efA + 1) = 6 - 3 = 3
    const r = criticalPath([
      { id: 'A', duration: 2 },
      { id: 'B', duration: 6, dependsOn: [{ id: 'A', type: 'FF', lag: 1 }] },
    ]);
    expectRows(r, [
      ['A', 0, 2, 3, 5, 3, 3],
      ['B', 0, 6, 0, 6, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['B']]);
  });

  it('SF lag 3: A(4), B(2) SF+3: B ef = esA + 3 = 3, es 1; B float 4 - 3 = 1', () => {
    // A: ls = min(T - 4 = 0, lfB - 3 = 1) = 0
    const r = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 2, dependsOn: [{ id: 'A', type: 'SF', lag: 3 }] },
    ]);
    expectRows(r, [
      ['A', 0, 4, 0, 4, 0, 0],
      ['B', 1, 3, 2, 4, 1, 1],
    ]);
    expect(r.criticalPaths).toEqual([['A']]);
  });

  it('SF lag 6: A(4), B(2) SF+6: B ef = 0 + 6 = 6, es 4; A lf = min(6, lfB - 6 + 4 = 4)', () => {
    const r = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 2, dependsOn: [{ id: 'A', type: 'SF', lag: 6 }] },
    ]);
    expectRows(r, [
      ['A', 0, 4, 0, 4, 0, 0],
      ['B', 4, 6, 4, 6, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B']]);
  });

  it('a lead cannot start work before the project start: A(2) -> B(3) FS-5: B es = max(0, -3) = 0', () => {
    const r = criticalPath([
      { id: 'A', duration: 2 },
      { id: 'B', duration: 3, dependsOn: [{ id: 'A', lag: -5 }] },
    ]);
    expectRows(r, [
      ['A', 0, 2, 1, 3, 1, 1],
      ['B', 0, 3, 0, 3, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['B']]);
  });

  it('start-no-earlier-than 5 on B after A(2): B es 5, A total float 3, path starts at B', () => {
    const r = criticalPath([
      { id: 'A', duration: 2 },
      { id: 'B', duration: 3, dependsOn: ['A'], constraint: { startNoEarlierThan: 5 } },
    ]);
    expectRows(r, [
      ['A', 0, 2, 3, 5, 3, 3],
      ['B', 5, 8, 5, 8, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['B']]);
    expect(r.duration).toBe(8);
  });

  it('a constraint earlier than the logic changes nothing', () => {
    const r = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 3, dependsOn: ['A'], constraint: { startNoEarlierThan: 1 } },
    ]);
    expect(byId(r.tasks).B?.es).toBe(4);
    expect(r.criticalPaths).toEqual([['A', 'B']]);
  });

  it('mixes link types: A(4); B(3) SS+1 on A; C(2) FF+2 on B; D(1) FS on A and C', () => {
    // B es 1, ef 4; C ef >= 4 + 2 = 6 -> es 4, ef 6; D es = max(4, 6) = 6, ef 7. T = 7.
    // Backward: D ls 6. C lf 6, ls 4. B: lf <= lfC - 2 = 4 -> ls 1. A: ls <= min(T - 4 = 3, lsD - 4 = 2, lsB - 1 = 0) = 0.
    const r = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 3, dependsOn: [{ id: 'A', type: 'SS', lag: 1 }] },
      { id: 'C', duration: 2, dependsOn: [{ id: 'B', type: 'FF', lag: 2 }] },
      { id: 'D', duration: 1, dependsOn: ['A', 'C'] },
    ]);
    expectRows(r, [
      ['A', 0, 4, 0, 4, 0, 0],
      ['B', 1, 4, 1, 4, 0, 0],
      ['C', 4, 6, 4, 6, 0, 0],
      ['D', 6, 7, 6, 7, 0, 0],
    ]);
    expect(r.criticalPaths).toEqual([['A', 'B', 'C', 'D']]);
  });
});

describe('criticalPath: regressions reported against desktop tools', () => {
  it('computes the duration on the network (40), not the sum of the durations (63)', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 10 },
      { id: 'B', duration: 20, dependsOn: ['A'] },
      { id: 'C', duration: 13, dependsOn: ['A'] },
      { id: 'E', duration: 10, dependsOn: ['A'] },
      { id: 'D', duration: 10, dependsOn: ['B', 'C', 'E'] },
    ];
    expect(tasks.reduce((s, t) => s + t.duration, 0)).toBe(63);
    const r = criticalPath(tasks);
    expect(r.duration).toBe(40);
    expect(r.criticalPaths).toEqual([['A', 'B', 'D']]);
  });

  it('shows both critical paths where there are two', () => {
    const r = criticalPath([
      { id: 'A', duration: 5 },
      { id: 'B', duration: 10, dependsOn: ['A'] },
      { id: 'C', duration: 10, dependsOn: ['A'] },
      { id: 'D', duration: 5, dependsOn: ['B', 'C'] },
    ]);
    expect(r.criticalPaths).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
    expect(r.criticalPathCount).toBe(2);
    expect(r.truncated).toBe(false);
  });

  it('lists two critical paths with separate starts and ends', () => {
    const r = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 4 },
      { id: 'C', duration: 1, dependsOn: ['A'] },
    ]);
    expect(r.criticalPaths).toEqual([['A', 'C']]);
    const r2 = criticalPath([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 5 },
      { id: 'C', duration: 1, dependsOn: ['A'] },
    ]);
    expect(r2.criticalPaths).toEqual([['A', 'C'], ['B']]);
  });

  it('keeps 0.1 + 0.2 level with 0.3: both branches critical (tolerance, not ===)', () => {
    const r = criticalPath([
      { id: 'A', duration: 0.1 },
      { id: 'B', duration: 0.2, dependsOn: ['A'] },
      { id: 'C', duration: 0.3 },
      { id: 'D', duration: 1, dependsOn: ['B', 'C'] },
    ]);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(byId(r.tasks).C?.critical).toBe(true);
    expect(byId(r.tasks).C?.totalFloat).toBe(0);
    expect(r.criticalPaths).toEqual([
      ['A', 'B', 'D'],
      ['C', 'D'],
    ]);
  });

  it('with tolerance 0 the same float noise shows (the option is honoured)', () => {
    const r = criticalPath(
      [
        { id: 'A', duration: 0.1 },
        { id: 'B', duration: 0.2, dependsOn: ['A'] },
        { id: 'C', duration: 0.3 },
        { id: 'D', duration: 1, dependsOn: ['B', 'C'] },
      ],
      { tolerance: 0 },
    );
    expect(byId(r.tasks).C?.critical).toBe(false);
  });
});

describe('criticalPath: many paths', () => {
  // k stages of two equal parallel tasks joined by zero-duration milestones: 2^k paths.
  function ladder(k: number): Task[] {
    const tasks: Task[] = [{ id: 'm0', duration: 0 }];
    for (let i = 1; i <= k; i++) {
      tasks.push({ id: `a${i}`, duration: 1, dependsOn: [`m${i - 1}`] });
      tasks.push({ id: `b${i}`, duration: 1, dependsOn: [`m${i - 1}`] });
      tasks.push({ id: `m${i}`, duration: 0, dependsOn: [`a${i}`, `b${i}`] });
    }
    return tasks;
  }

  it('lists 2^3 = 8 paths of a 3-stage ladder in order', () => {
    const r = criticalPath(ladder(3));
    expect(r.criticalPathCount).toBe(8);
    expect(r.criticalPaths).toHaveLength(8);
    expect(r.criticalPaths[0]).toEqual(['m0', 'a1', 'm1', 'a2', 'm2', 'a3', 'm3']);
    expect(r.criticalPaths[7]).toEqual(['m0', 'b1', 'm1', 'b2', 'm2', 'b3', 'm3']);
    expect(new Set(r.criticalPaths.map((p) => p.join())).size).toBe(8);
  });

  it('stops at maxPaths and says so: 2^40 paths, 100 listed by default', () => {
    const r = criticalPath(ladder(40));
    expect(r.criticalPathCount).toBe(2 ** 40);
    expect(r.criticalPaths).toHaveLength(100);
    expect(r.truncated).toBe(true);
    const r5 = criticalPath(ladder(40), { maxPaths: 5 });
    expect(r5.criticalPaths).toHaveLength(5);
    expect(r5.criticalPaths).toEqual(r.criticalPaths.slice(0, 5));
  });

  it('is not truncated when maxPaths equals the count', () => {
    const r = criticalPath(ladder(2), { maxPaths: 4 });
    expect(r.criticalPaths).toHaveLength(4);
    expect(r.truncated).toBe(false);
  });
});

describe('criticalPath: edges and errors', () => {
  it('returns an empty schedule for no tasks', () => {
    const r = criticalPath([]);
    expect(r).toEqual({
      duration: 0,
      tasks: [],
      criticalTasks: [],
      criticalPaths: [],
      criticalPathCount: 0,
      truncated: false,
      conflicts: [],
    });
  });

  it('handles a plan of milestones only', () => {
    const r = criticalPath([
      { id: 'Start', duration: 0 },
      { id: 'End', duration: 0, dependsOn: ['Start'] },
    ]);
    expect(r.duration).toBe(0);
    expect(r.criticalPaths).toEqual([['Start', 'End']]);
  });

  it('returns tasks in input order even when dependencies point forward', () => {
    const r = criticalPath([
      { id: 'Z', duration: 1, dependsOn: ['Y'] },
      { id: 'Y', duration: 2 },
    ]);
    expect(r.tasks.map((t) => t.id)).toEqual(['Z', 'Y']);
    expect(byId(r.tasks).Z?.es).toBe(2);
    expect(r.criticalPaths).toEqual([['Y', 'Z']]);
  });

  it('freezes its output deeply and leaves the frozen input alone', () => {
    const input = frozen([
      { id: 'A', duration: 2 },
      { id: 'B', duration: 1, dependsOn: [{ id: 'A', type: 'SS', lag: 1 }] },
    ]);
    const copy = structuredClone(input);
    const r = criticalPath(input);
    expect(isDeepFrozen(r)).toBe(true);
    expect(input).toEqual(copy);
  });

  it('matches its @example', () => {
    const r = criticalPath([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 2, dependsOn: ['A'] },
      { id: 'C', duration: 4, dependsOn: ['A'] },
      { id: 'D', duration: 1, dependsOn: ['B', 'C'] },
    ]);
    expect(r.duration).toBe(8);
    expect(r.criticalPaths).toEqual([['A', 'C', 'D']]);
    expect(r.tasks[1]).toEqual({
      id: 'B',
      duration: 2,
      es: 3,
      ef: 5,
      ls: 5,
      lf: 7,
      totalFloat: 2,
      freeFloat: 2,
      critical: false,
    });
  });

  it('rejects bad options', () => {
    const t = [{ id: 'A', duration: 1 }];
    expectPopm(() => criticalPath(t, { maxPaths: 0 }), 'OUT_OF_RANGE', ['options', 'maxPaths']);
    expectPopm(() => criticalPath(t, { maxPaths: 1.5 }), 'OUT_OF_RANGE', ['options', 'maxPaths']);
    expectPopm(() => criticalPath(t, { tolerance: -1 }), 'OUT_OF_RANGE', ['options', 'tolerance']);
    expectPopm(() => criticalPath(t, { tolerance: Number.NaN }), 'INVALID_NUMBER', [
      'options',
      'tolerance',
    ]);
    expectPopm(() => criticalPath(t, 3 as never), 'INVALID_ARGUMENT', ['options']);
  });

  it('refuses a schedule that overflows to Infinity instead of returning it', () => {
    expectPopm(
      () =>
        criticalPath([
          { id: 'A', duration: 1e308 },
          { id: 'B', duration: 1e308, dependsOn: ['A'] },
        ]),
      'OUT_OF_RANGE',
      ['tasks'],
    );
  });

  it('rejects an invalid plan with validatePlan codes', () => {
    expectPopm(() => criticalPath([{ id: 'A', duration: -1 }]), 'OUT_OF_RANGE', [
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(() => criticalPath([{ id: 'A', duration: 1, dependsOn: ['X'] }]), 'NOT_FOUND', [
      'tasks',
      0,
      'dependsOn',
      0,
    ]);
  });
});
