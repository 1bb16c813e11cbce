import { describe, expect, it } from 'vitest';
import { exactAdd, exactValue } from '../../src/core/internal/simulationParts.js';
import { hashSeed, Stream, trialState } from '../../src/core/internal/stream.js';
import * as popm from '../../src/index.js';
import {
  createRiskRegister,
  forecastBacklog,
  forecastFeatures,
  forecastHowMany,
  forecastHowManyByDate,
  forecastWhen,
  forecastWhenDate,
  likelihoodAtLeast,
  likelihoodBy,
  likelihoodWithin,
  mergeSimulations,
  simulateProject,
  simulateRiskCost,
  simulateSchedule,
} from '../../src/index.js';
import { REGISTRY } from '../contract/registry.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

const HISTORY = [2, 0, 0, 5, 1, 3, 2, 4, 0, 0, 1, 1, 2, 4, 0, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0];
const REGISTER = createRiskRegister([
  { id: 'W', title: 'Weather', kind: 'threat', probability: 0.25, costImpact: 80000 },
  {
    id: 'M',
    title: 'Material',
    kind: 'threat',
    probability: 0.5,
    costImpact: { min: 1000, mostLikely: 2000, max: 6000 },
    scheduleImpactDays: { min: 1, mostLikely: 2, max: 5 },
  },
  { id: 'O', title: 'Discount', kind: 'opportunity', probability: 0.4, costImpact: 5000 },
]);
const TASKS = [
  { id: 'A', duration: 5, estimate: { optimistic: 3, mostLikely: 5, pessimistic: 10 } },
  { id: 'B', duration: 4, estimate: { optimistic: 2, mostLikely: 4, pessimistic: 9 } },
  { id: 'C', duration: 2, dependsOn: ['A', 'B'] },
];

/** Every Monte Carlo function, run once, and where its distributions are. */
const SIMULATIONS: readonly {
  readonly name: string;
  readonly run: (extra: object) => unknown;
  readonly distributions: (r: never) => readonly unknown[];
}[] = [
  {
    name: 'forecastHowMany',
    run: (o) => forecastHowMany({ throughput: HISTORY, periods: 20, ...o }),
    distributions: (r: object) => [r],
  },
  {
    name: 'forecastHowManyByDate',
    run: (o) =>
      forecastHowManyByDate({ throughput: HISTORY, start: '2026-03-02', end: '2026-03-20', ...o }),
    distributions: (r: object) => [r],
  },
  {
    name: 'forecastWhen',
    run: (o) => forecastWhen({ throughput: HISTORY, items: 30, ...o }),
    distributions: (r: object) => [r],
  },
  {
    name: 'forecastWhenDate',
    run: (o) => forecastWhenDate({ throughput: HISTORY, items: 30, start: '2026-03-02', ...o }),
    distributions: (r: object) => [r],
  },
  {
    name: 'forecastBacklog',
    run: (o) =>
      forecastBacklog(
        { items: [1, 2, 3].map((i) => ({ id: `i${i}`, status: 'todo', estimate: i })) },
        { velocities: [3, 5, 0, 8], start: '2026-03-02', periodDays: 10, ...o },
      ),
    distributions: (r: { items: { periods: unknown }[] }) => r.items.map((i) => i.periods),
  },
  {
    name: 'forecastFeatures',
    run: (o) =>
      forecastFeatures(
        [
          { id: 'a', items: 10 },
          { id: 'b', items: 6 },
        ],
        { throughput: HISTORY, start: '2026-03-02', ...o },
      ),
    distributions: (r: { features: { periods: unknown }[] }) => r.features.map((f) => f.periods),
  },
  {
    name: 'simulateRiskCost',
    run: (o) => simulateRiskCost(REGISTER, { ...o }),
    distributions: (r: { cost: unknown; scheduleDays: unknown }) => [r.cost, r.scheduleDays],
  },
  {
    name: 'simulateSchedule',
    run: (o) => simulateSchedule(TASKS, { ...o }),
    distributions: (r: object) => [r],
  },
  {
    name: 'simulateProject',
    // The contract registry's project (tasks, resources, risks on tasks), dated.
    run: (o) =>
      simulateProject(
        (REGISTRY.simulateProject?.args?.() ?? [])[0] as never,
        {
          start: '2026-11-30',
          ...o,
        } as never,
      ),
    distributions: (r: { finish: unknown; cost: unknown }) => [r.finish, r.cost],
  },
];

/** A value as JSON gives it back (Decimal → string), for results that hold money. */
function viaJson(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x));
}

describe('the simulation contract (issue 13)', () => {
  it('lists every exported simulation (a new Monte Carlo export must join the list)', () => {
    const exported = Object.keys(popm).filter(
      (k) => /^(forecast|simulate)/.test(k) && k !== 'forecastDiagnostics',
    );
    const monteCarlo = exported.filter(
      (k) => !['forecastHistogram', 'sprintCapacityForecast'].includes(k),
    );
    expect(monteCarlo.sort()).toEqual(SIMULATIONS.map((s) => s.name).sort());
  });

  it.each(SIMULATIONS)(
    '$name has the shared shape, the defaults, and survives JSON and structuredClone',
    ({ run, distributions }) => {
      const r = run({ trials: 500 }) as Record<string, unknown>;
      expect(r.trials).toBe(500);
      expect(r.seed).toBe(1);
      expect(r.method).toBe('nearest-rank');
      expect(isDeepFrozen(r)).toBe(true);
      const dists = distributions(r as never) as Record<string, unknown>[];
      expect(dists.length).toBeGreaterThan(0);
      for (const d of dists) {
        expect(Object.keys(d)).toEqual(
          expect.arrayContaining(['mean', 'stdDev', 'min', 'max', 'percentiles', 'histogram']),
        );
        expect(Object.keys(d.percentiles as object)).toEqual(['50', '70', '85', '95']);
        for (const k of ['mean', 'stdDev', 'min', 'max'])
          expect(Number.isFinite(d[k] as number)).toBe(true);
        const rows = d.histogram as { value: number; count: number; cumulative: number }[];
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows)
          expect(Object.keys(row)).toEqual(
            expect.arrayContaining(['value', 'count', 'cumulative']),
          );
        expect(rows.reduce((n, row) => n + row.count, 0)).toBe(500);
        expect(rows[rows.length - 1]?.cumulative).toBe(1);
        expect(rows[0]?.value).toBeGreaterThanOrEqual(d.min as number);
      }
      // No function anywhere; JSON and structuredClone give the same data back.
      expect(JSON.stringify(r)).not.toContain('function');
      // The one Decimal of simulateRiskCost (expectedCost) and simulateProject (baseCost), exact
      // money, is its JSON string; decimal.js instances hold their constructor, so
      // structuredClone refuses them (the rest clones).
      const money = (['expectedCost', 'baseCost'] as const).find((k) => k in r);
      const { [money ?? '']: decimal, ...rest } = r;
      expect(viaJson(rest)).toEqual(rest);
      expect(structuredClone(rest)).toEqual(rest);
      if (money !== undefined) expect(viaJson(decimal)).toBe(String(decimal));
    },
  );

  it.each(SIMULATIONS)(
    '$name types its percentiles from the request and checks the shared options',
    ({ run, distributions }) => {
      const r = run({ trials: 50, seed: 'x', percentiles: [10, 90], method: 'linear' });
      for (const d of distributions(r as never) as { percentiles: object }[])
        expect(Object.keys(d.percentiles)).toEqual(['10', '90']);
      const bad: [object, string, string][] = [
        [{ trials: 0 }, 'OUT_OF_RANGE', 'trials'],
        [{ trials: 1.5 }, 'OUT_OF_RANGE', 'trials'],
        [{ seed: Number.NaN }, 'INVALID_ARGUMENT', 'seed'],
        [{ percentiles: [] }, 'EMPTY_INPUT', 'percentiles'],
        [{ percentiles: [50, 50] }, 'INVALID_ARGUMENT', 'percentiles'],
        [{ percentiles: [0] }, 'OUT_OF_RANGE', 'percentiles'],
        [{ method: 'median' }, 'INVALID_ARGUMENT', 'method'],
        [{ shard: { index: 1, count: 1 } }, 'OUT_OF_RANGE', 'shard'],
        [{ shard: { index: 0 } }, 'INVALID_NUMBER', 'shard'],
        [{ trails: 10 }, 'INVALID_ARGUMENT', 'trails'],
      ];
      for (const [opts, code, key] of bad) {
        const e = catchError(() => run(opts));
        expect(e.code, JSON.stringify(opts)).toBe(code);
        expect(e.path, JSON.stringify(opts)).toContain(key);
      }
    },
  );

  it.each(SIMULATIONS)(
    '$name: shards merge to the unsharded result (same JSON), in any order',
    ({ run }) => {
      const whole = run({ trials: 301, seed: 'merge' });
      for (const count of [1, 2, 3, 7]) {
        const parts = Array.from({ length: count }, (_, index) =>
          run({ trials: 301, seed: 'merge', shard: { index, count } }),
        ) as popm.SimulationPart[];
        for (const p of parts) {
          expect(p.kind).toBe('popm.simulation-part');
          expect(viaJson(p)).toEqual(p);
        }
        const merged = mergeSimulations(parts.reverse());
        expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
        expect(isDeepFrozen(merged)).toBe(true);
        // Parts survive a trip through JSON (as between workers).
        expect(JSON.stringify(mergeSimulations(viaJson(parts) as popm.SimulationPart[]))).toBe(
          JSON.stringify(whole),
        );
      }
    },
  );
});

describe('mergeSimulations', () => {
  const input = { throughput: HISTORY, items: 30, trials: 200, seed: 3 };
  const parts = [0, 1, 2].map((index) => forecastWhen({ ...input, shard: { index, count: 3 } }));

  it('refuses parts of different calls, missing or repeated shards, and junk', () => {
    const other = forecastWhen({ ...input, items: 31, shard: { index: 1, count: 3 } });
    expect(catchError(() => mergeSimulations([parts[0], other, parts[2]] as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['parts', 1, 'fingerprint'],
    });
    const seed = forecastWhen({ ...input, seed: 4, shard: { index: 1, count: 3 } });
    expect(catchError(() => mergeSimulations([parts[0], seed, parts[2]] as never)).code).toBe(
      'INVALID_ARGUMENT',
    );
    const trials = forecastWhen({ ...input, trials: 201, shard: { index: 1, count: 3 } });
    expect(catchError(() => mergeSimulations([parts[0], trials, parts[2]] as never)).code).toBe(
      'INVALID_ARGUMENT',
    );
    const how = forecastHowMany({
      throughput: HISTORY,
      periods: 5,
      trials: 200,
      seed: 3,
      shard: { index: 1, count: 3 },
    });
    expect(catchError(() => mergeSimulations([parts[0], how, parts[2]] as never)).path).toEqual([
      'parts',
      1,
      'function',
    ]);
    expect(catchError(() => mergeSimulations([parts[0], parts[1]] as never)).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(catchError(() => mergeSimulations([parts[0], parts[0], parts[1]] as never)).code).toBe(
      'DUPLICATE_ID',
    );
    expect(catchError(() => mergeSimulations([])).code).toBe('EMPTY_INPUT');
    expect(catchError(() => mergeSimulations([{}] as never)).code).toBe('INVALID_ARGUMENT');
    expect(catchError(() => mergeSimulations(null as never)).code).toBe('INVALID_ARGUMENT');
    // A tampered table: counts that do not add up to the part's range.
    const tampered = viaJson(parts[1]) as { outcomes: { periods: { counts: number[] }[] } };
    (tampered.outcomes.periods[0] as { counts: number[] }).counts[0] = 1e6;
    expect(
      catchError(() => mergeSimulations([parts[0], tampered, parts[2]] as never)).code,
    ).toBeDefined();
    // Issue 21: an outcome far beyond any simulation's would overflow the statistics.
    const far = viaJson(parts[1]) as { outcomes: { periods: { values: number[] }[] } };
    (far.outcomes.periods[0] as { values: number[] }).values[0] = -1e308;
    expect(catchError(() => mergeSimulations([parts[0], far, parts[2]] as never)).code).toBe(
      'OUT_OF_RANGE',
    );
    // A part naming an unknown function.
    const unknown = { ...(viaJson(parts[0]) as object), function: 'toString' };
    const unknownAll = [unknown, parts[1], parts[2]].map((p) => ({ ...p, function: 'toString' }));
    expect(catchError(() => mergeSimulations(unknownAll as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('gives a part of one shard only the trials of its range', () => {
    const p = parts[1] as popm.SimulationPart;
    // Shards hold whole blocks of 64 trials: 200 trials are 4 blocks, shard 1 of 3 gets one.
    expect(p.range).toEqual([64, 128]);
    const table = (p.outcomes.periods as unknown as { counts: number[] }[])[0] as {
      counts: number[];
    };
    expect(table.counts.reduce((a, b) => a + b, 0)).toBe(64);
  });
});

describe('per-trial streams (issue 20)', () => {
  it("a trial's draws depend only on (seed, trial), not on the trials before it", () => {
    const key = hashSeed('s');
    const a = new Stream();
    const b = new Stream();
    a.reset(key, 5);
    const first = [a.u32(), a.u32(), a.u32()];
    b.reset(key, 4);
    b.u32();
    b.reset(key, 5);
    expect([b.u32(), b.u32(), b.u32()]).toEqual(first);
    b.reset(key, 6);
    expect(b.u32()).not.toBe(first[0]);
  });

  it('neighbouring trials start from unrelated states, and draws look uniform across trials', () => {
    const key = hashSeed(1);
    const st = new Int32Array(4);
    const bins = new Array<number>(16).fill(0);
    const s = new Stream();
    for (let t = 0; t < 16_000; t++) {
      s.reset(key, t);
      const u = s.next();
      bins[Math.floor(u * 16)] = (bins[Math.floor(u * 16)] as number) + 1;
    }
    for (const n of bins) expect(Math.abs(n - 1000)).toBeLessThan(150);
    trialState(key, 0, st);
    const s0 = Array.from(st);
    trialState(key, 1, st);
    expect(Array.from(st)).not.toEqual(s0);
  });

  it('exact sums do not depend on the order of the terms', () => {
    const xs = [1e16, 1, -1e16, 0.1, 0.2, 0.3, 1e-300, 3.5, -2.25];
    const forward: number[] = [];
    for (const x of xs) exactAdd(forward, x);
    const backward: number[] = [];
    for (const x of [...xs].reverse()) exactAdd(backward, x);
    expect(exactValue(forward)).toBe(exactValue(backward));
    expect(exactValue(forward)).toBe(2.85);
  });
});

describe('look-ups over results', () => {
  it('likelihoodWithin, likelihoodAtLeast and likelihoodBy read the histogram', () => {
    const w = forecastWhen({ throughput: [1, 2], items: 4, trials: 1000 });
    expect(likelihoodWithin(w, w.max)).toBe(1);
    expect(likelihoodWithin(w, w.min - 1)).toBe(0);
    const h = forecastHowMany({ throughput: [0, 1], periods: 4, trials: 1000 });
    expect(likelihoodAtLeast(h, 0)).toBe(1);
    expect(likelihoodAtLeast(h, 5)).toBe(0);
    const d = forecastWhenDate({ throughput: [1], items: 3, start: '2026-03-02', trials: 10 });
    expect(likelihoodBy(d, '2026-03-04')).toBe(1);
    expect(catchError(() => likelihoodWithin({} as never, 1)).code).toBe('INVALID_ARGUMENT');
    expect(catchError(() => likelihoodBy({ histogram: [{}] } as never, '2026-03-04')).code).toBe(
      'INVALID_DATE',
    );
  });
});
