import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../src/core/freeze.js';
import { Decimal } from '../../../src/core/numbers.js';
import { earnedSchedule, earnedValue } from '../../../src/finance/earnedValue.js';
import { earnedValueSeries } from '../../../src/plan/earnedValueSeries.js';
import { levelResources } from '../../../src/plan/levelResources.js';
import { plannedValueCurve } from '../../../src/plan/plannedValueCurve.js';
import type { ResourcePlan } from '../../../src/plan/resources.js';
import type { Task } from '../../../src/plan/types.js';
import { expectPopm, isDeepFrozen } from '../helpers.js';

const str = (xs: readonly Decimal[]) => xs.map(String);

// PMP Exam Prep (Mulcahy), p. 210, "Earned Value Exercise" (the fence): four
// sides, one day and $1,000 each, built one after the other; status at the
// end of day 3: sides 1 and 2 complete ($1,000 and $1,200 spent), side 3
// 50 % done ($600), side 4 not started. Published answers: PV 3,000,
// EV 2,500, AC 2,800, BAC 4,000, CV −300, CPI .893, SV −500, SPI .833,
// EAC 4,479 (4,000 / .893 rounded; exactly 4,480), VAC −479 (−480).
const fence: ResourcePlan = deepFreeze({
  resources: [],
  tasks: [
    { id: 'side1', duration: 1, cost: 1000 },
    { id: 'side2', duration: 1, dependsOn: ['side1'], cost: 1000 },
    { id: 'side3', duration: 1, dependsOn: ['side2'], cost: 1000 },
    { id: 'side4', duration: 1, dependsOn: ['side3'], cost: 1000 },
  ],
});
const monday = '2026-03-02';
const endOfDay3 = deepFreeze({
  asOf: '2026-03-04',
  tasks: [
    { id: 'side1', percentComplete: 100 },
    { id: 'side2', percentComplete: 100 },
    { id: 'side3', percentComplete: 50 },
  ],
  actualCost: 1000 + 1200 + 600,
});

describe('plannedValueCurve and earnedValueSeries: published examples', () => {
  it('reproduce the PMP Exam Prep p. 210 fence S-curve: PV 3,000, EV 2,500, AC 2,800 at the end of day 3', () => {
    const curve = plannedValueCurve(fence, { start: monday, period: 'day' });
    expect(str(curve.cumulativePv)).toEqual(['1000', '2000', '3000', '4000']);
    expect(curve.bac.toString()).toBe('4000');
    expect(curve.periods.map((p) => p.start)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    const s = earnedValueSeries(fence, [endOfDay3], { start: monday, period: 'day' });
    const row = s.rows[0];
    if (row === undefined) throw new Error('no row');
    expect([row.bac, row.pv, row.ev, row.ac].map(String)).toEqual(['4000', '3000', '2500', '2800']);
    expect(row.actualTime).toBe(3);
    // The row feeds popm/finance unchanged, and gives the book's figures.
    const ev = earnedValue(row);
    expect(ev.cv.toString()).toBe('-300');
    expect(ev.sv.toString()).toBe('-500');
    expect(ev.cpi?.toFixed(3)).toBe('0.893');
    expect(ev.spi?.toFixed(3)).toBe('0.833');
    expect(ev.eac.cpi?.toString()).toBe('4480');
    expect(ev.vac?.toString()).toBe('-480');
    // Earned schedule (Lipke): EV 2,500 was planned for day 2.5; AT = 3 days.
    const es = earnedSchedule(row);
    expect(es.es).toBe(2.5);
    expect(es.svt).toBe(-0.5);
    expect(es.plannedDuration).toBe(4);
  });

  it('reproduces the weekly S-curve of a four-activity textbook exercise: $13,000 planned by the end of week 7 (justaaa.com q. 335925)', () => {
    // A (4 weeks, $4,000) precedes B ($2,000/week, 4 weeks) and C ($4,000, 4
    // weeks), both precede D ($3,000); costs spread evenly. Weeks are five
    // working days; D's length (3 weeks) does not touch week 7.
    const plan: ResourcePlan = deepFreeze({
      resources: [],
      tasks: [
        { id: 'A', duration: 20, cost: 4000 },
        { id: 'B', duration: 20, dependsOn: ['A'], cost: 8000 },
        { id: 'C', duration: 20, dependsOn: ['A'], cost: 4000 },
        { id: 'D', duration: 15, dependsOn: ['B', 'C'], cost: 3000 },
      ],
    });
    const c = plannedValueCurve(plan, { start: monday, period: 'week' });
    expect(str(c.cumulativePv)).toEqual([
      '1000',
      '2000',
      '3000',
      '4000',
      '7000',
      '10000',
      '13000',
      '16000',
      '17000',
      '18000',
      '19000',
    ]);
    expect(c.bac.toString()).toBe('19000');
    expect(c.periods[6]?.pv.toString()).toBe('3000');
  });
});

describe('plannedValueCurve: the definition', () => {
  it('costs a task as cost + Σ costPerDay × units × duration, spread evenly over its days', () => {
    const plan: ResourcePlan = deepFreeze({
      resources: [
        { id: 'ann', unitsPerDay: 1, costPerDay: '400.10' },
        { id: 'bob', unitsPerDay: 2, costPerDay: 300 },
        { id: 'kit', unitsPerDay: 1 },
      ],
      tasks: [
        {
          id: 'a',
          duration: 3,
          cost: 0.1,
          assignments: [
            { resource: 'ann', units: 0.5 },
            { resource: 'bob', units: 2 },
            { resource: 'kit', units: 1 },
          ],
        },
        { id: 'm', duration: 0, dependsOn: ['a'], cost: 50 },
      ],
    });
    const c = plannedValueCurve(plan, { start: monday, period: 'day' });
    // a: 0.1 + 400.10 × 0.5 × 3 + 300 × 2 × 3 = 0.1 + 600.15 + 1800 = 2400.25
    expect(c.tasks.map((t) => [t.id, t.cost.toString()])).toEqual([
      ['a', '2400.25'],
      ['m', '50'],
    ]);
    expect(c.bac.toString()).toBe('2450.25');
    // A third of a's cost a day; the milestone's cost falls on its date (end of day 3).
    expect(str(c.cumulativePv)).toEqual([
      new Decimal('2400.25').div(3).toString(),
      new Decimal('2400.25').times(2).div(3).toString(),
      '2450.25',
    ]);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('weeks run seven days from the start; months are calendar months; holidays carry no work', () => {
    const plan: ResourcePlan = deepFreeze({
      resources: [],
      tasks: [{ id: 'a', duration: 10, cost: 1000 }],
    });
    // Wed 2026-03-04 start, Mon 03-09 a holiday: days Wed..Fri (3), Tue..Fri (4), Mon..Tue (2), Wed (1).
    const cal = { weekend: [0, 6], holidays: ['2026-03-09'] };
    const w = plannedValueCurve(plan, { start: '2026-03-04', calendar: cal, period: 'week' });
    expect(w.periods.map((p) => [p.start, p.end, p.pv.toString()])).toEqual([
      ['2026-03-04', '2026-03-10', '400'],
      ['2026-03-11', '2026-03-17', '500'],
      ['2026-03-18', '2026-03-24', '100'],
    ]);
    expect(w.finish).toBe('2026-03-18');
    const m = plannedValueCurve(
      { resources: [], tasks: [{ id: 'a', duration: 30, cost: 3000 }] },
      { start: '2026-01-20', period: 'month' },
    );
    // Jan 20-30: 9 working days; February: 20; March 2: 1.
    expect(m.periods.map((p) => [p.start, p.end, p.pv.toString()])).toEqual([
      ['2026-01-20', '2026-01-31', '900'],
      ['2026-02-01', '2026-02-28', '2000'],
      ['2026-03-01', '2026-03-31', '100'],
    ]);
  });

  it('a plan without cost has a BAC of 0 and a flat curve; a levelled plan keeps its levelled dates', () => {
    const c = plannedValueCurve(
      { resources: [], tasks: [{ id: 'a', duration: 2 }] },
      { start: monday },
    );
    expect(str(c.cumulativePv)).toEqual(['0']);
    expect(c.bac.toString()).toBe('0');
    const p: ResourcePlan = deepFreeze({
      resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: 100 }],
      tasks: [
        { id: 'a', duration: 1, assignments: [{ resource: 'ann', units: 1 }] },
        { id: 'b', duration: 1, assignments: [{ resource: 'ann', units: 1 }] },
      ],
    });
    const opts = { start: monday, period: 'day' } as const;
    expect(str(plannedValueCurve(p, opts).cumulativePv)).toEqual(['200']);
    expect(str(plannedValueCurve(levelResources(p).plan, opts).cumulativePv)).toEqual([
      '100',
      '200',
    ]);
  });
});

describe('earnedValueSeries: rows for popm/finance', () => {
  it('one row per snapshot, a task not listed is 0 % done, meta carried; weekly actual time counts working days', () => {
    const s = earnedValueSeries(
      fence,
      [
        { asOf: '2026-03-01', tasks: [], actualCost: 0 },
        { ...endOfDay3, meta: { by: 'pm' } },
        {
          asOf: '2026-03-13',
          tasks: fence.tasks.map((t) => ({ id: t.id, percentComplete: 100 })),
          actualCost: '4100.5',
        },
      ],
      { start: monday, period: 'week' },
    );
    expect(
      s.rows.map((r) => [r.asOf, String(r.pv), String(r.ev), String(r.ac), r.actualTime]),
    ).toEqual([
      ['2026-03-01', '0', '0', '0', 0],
      ['2026-03-04', '3000', '2500', '2800', 0.6],
      ['2026-03-13', '4000', '4000', '4100.5', 2],
    ]);
    expect(s.rows[1]?.meta).toEqual({ by: 'pm' });
    expect(str(s.rows[0]?.cumulativePv ?? [])).toEqual(['4000']);
    for (const row of s.rows) {
      const ev = earnedValue(row);
      expect(ev.pv.eq(row.pv) && ev.ev.eq(row.ev) && ev.ac.eq(row.ac) && ev.bac.eq(s.bac)).toBe(
        true,
      );
      expect(earnedSchedule(row).actualTime).toBe(row.actualTime);
    }
    expect(isDeepFrozen(s)).toBe(true);
  });

  it('bad input is a PopmError with a path', () => {
    const opts = { start: monday };
    const snap = (tasks: unknown, extra: object = {}) =>
      [{ asOf: '2026-03-04', tasks, actualCost: 1, ...extra }] as never;
    expectPopm(
      () => earnedValueSeries(fence, snap([{ id: 'zed', percentComplete: 1 }]), opts),
      'NOT_FOUND',
      ['snapshots', 0, 'tasks', 0, 'id'],
    );
    for (const pct of [-1, 100.5])
      expectPopm(
        () => earnedValueSeries(fence, snap([{ id: 'side1', percentComplete: pct }]), opts),
        'OUT_OF_RANGE',
        ['snapshots', 0, 'tasks', 0, 'percentComplete'],
      );
    expectPopm(
      () =>
        earnedValueSeries(
          fence,
          snap([
            { id: 'side1', percentComplete: 1 },
            { id: 'side1', percentComplete: 2 },
          ]),
          opts,
        ),
      'DUPLICATE_ID',
      ['snapshots', 0, 'tasks', 1, 'id'],
    );
    expectPopm(() => earnedValueSeries(fence, snap([], { actualCost: -1 }), opts), 'OUT_OF_RANGE', [
      'snapshots',
      0,
      'actualCost',
    ]);
    expectPopm(
      () => earnedValueSeries(fence, snap([], { asOf: '2026-02-30' }), opts),
      'INVALID_DATE',
      ['snapshots', 0, 'asOf'],
    );
    expectPopm(
      () => earnedValueSeries(fence, snap([], { actualCots: 1 }), opts),
      'INVALID_ARGUMENT',
    );
  });
});

describe('plannedValueCurve: bad input is a PopmError with a path', () => {
  const on = (resource: string, units = 1) => [{ resource, units }];
  const plan = (tasks: Task[]) =>
    ({ resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: 10 }], tasks }) as ResourcePlan;
  const opts = { start: monday };
  it('an unknown resource, units <= 0, capacity 0 with work, a negative or non-numeric cost, bad options', () => {
    expectPopm(
      () => plannedValueCurve(plan([{ id: 'a', duration: 1, assignments: on('zed') }]), opts),
      'NOT_FOUND',
      ['plan', 'tasks', 0, 'assignments', 0, 'resource'],
    );
    expectPopm(
      () => plannedValueCurve(plan([{ id: 'a', duration: 1, assignments: on('ann', 0) }]), opts),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'assignments', 0, 'units'],
    );
    expectPopm(
      () =>
        plannedValueCurve(
          {
            resources: [{ id: 'ann', unitsPerDay: 0 }],
            tasks: [{ id: 'a', duration: 1, assignments: on('ann') }],
          },
          opts,
        ),
      'OUT_OF_RANGE',
      ['plan', 'resources', 0, 'unitsPerDay'],
    );
    expectPopm(
      () => plannedValueCurve(plan([{ id: 'a', duration: 1, cost: -5 }]), opts),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'cost'],
    );
    expectPopm(
      () => plannedValueCurve(plan([{ id: 'a', duration: 1, cost: 'lots' }]), opts),
      'INVALID_NUMBER',
      ['plan', 'tasks', 0, 'cost'],
    );
    expectPopm(
      () =>
        plannedValueCurve(
          {
            resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: -1 }],
            tasks: [{ id: 'a', duration: 1 }],
          },
          opts,
        ),
      'OUT_OF_RANGE',
      ['plan', 'resources', 0, 'costPerDay'],
    );
    expectPopm(
      () => plannedValueCurve(plan([{ id: 'a', duration: 2 ** 53 }]), opts),
      'OUT_OF_RANGE',
      ['plan', 'tasks'],
    );
    expectPopm(
      () =>
        plannedValueCurve(plan([{ id: 'a', duration: 200_000 }]), { start: monday, period: 'day' }),
      'LIMIT_EXCEEDED',
      ['options', 'period'],
    );
    const long = plannedValueCurve(plan([{ id: 'a', duration: 200_000, cost: 1 }]), {
      start: monday,
      period: 'month',
    });
    expect([long.bac.toString(), long.cumulativePv.at(-1)?.toString()]).toEqual(['1', '1']);
    expectPopm(() => plannedValueCurve(plan([]), {} as never), 'INVALID_ARGUMENT', [
      'options',
      'start',
    ]);
    expectPopm(
      () => plannedValueCurve(plan([]), { start: monday, period: 'year' as never }),
      'INVALID_ARGUMENT',
      ['options', 'period'],
    );
    expectPopm(
      () => plannedValueCurve(plan([]), { start: monday, perod: 'day' } as never),
      'INVALID_ARGUMENT',
      ['options', 'perod'],
    );
  });
});

/** Random cost-loaded DAGs: fixed costs, resource rates, fractional durations, milestones. */
const arbCostPlan = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    rates: fc.array(fc.constantFrom(0, 100, 333.33, 1e6), { minLength: 1, maxLength: 3 }),
  })
  .chain(({ n, rates }) =>
    fc
      .array(
        fc.record({
          duration: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(2.5)),
          preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
          cost: fc.option(fc.constantFrom(1, 0.01, 1000, 7), { freq: 2 }),
          res: fc.uniqueArray(fc.nat(rates.length - 1), { maxLength: 2 }),
          pct: fc.integer({ min: 0, max: 100 }),
        }),
        { minLength: n, maxLength: n },
      )
      .map((rows) => ({
        plan: deepFreeze({
          resources: rates.map((r, i) => ({ id: `r${i}`, unitsPerDay: 2, costPerDay: r })),
          tasks: rows.map((r, i) => ({
            id: `t${i}`,
            duration: r.duration,
            dependsOn: r.preds.filter((p) => p < i).map((p) => `t${p}`),
            ...(r.cost === null ? {} : { cost: r.cost }),
            assignments: r.res.map((k) => ({ resource: `r${k}`, units: 1 })),
          })),
        }) as ResourcePlan,
        pcts: rows.map((r) => r.pct),
      })),
  );

describe('plannedValueCurve and earnedValueSeries: properties', () => {
  it('the curve never falls, ends at the BAC = Σ task costs, periods add up; EV <= BAC; deterministic; rows feed popm/finance', () => {
    fc.assert(
      fc.property(
        arbCostPlan,
        fc.constantFrom('day', 'week', 'month' as const),
        ({ plan, pcts }, period) => {
          const opts = { start: '2026-03-04', period };
          const c = plannedValueCurve(plan, opts);
          expect(plannedValueCurve(plan, opts)).toEqual(c);
          const sum = c.tasks.reduce((a, t) => a.plus(t.cost), new Decimal(0));
          expect(c.bac.eq(sum)).toBe(true);
          expect(c.cumulativePv.at(-1)?.eq(c.bac)).toBe(true);
          let prev = new Decimal(0);
          c.periods.forEach((p, q) => {
            expect(p.cumulativePv.gte(prev)).toBe(true);
            expect(p.pv.eq(p.cumulativePv.minus(prev))).toBe(true);
            expect(p.period).toBe(q + 1);
            prev = p.cumulativePv;
          });
          const tasks = plan.tasks.map((t, i) => ({
            id: t.id,
            percentComplete: pcts[i] as number,
          }));
          const s = earnedValueSeries(plan, [{ asOf: '2026-03-20', tasks, actualCost: 5 }], opts);
          const row = s.rows[0];
          if (row === undefined) throw new Error('no row');
          expect(row.ev.lte(c.bac) && row.pv.lte(c.bac)).toBe(true);
          expect(earnedValue(row).ev.eq(row.ev)).toBe(true);
          expect(earnedSchedule(row).actualTime).toBe(row.actualTime);
          expect(isDeepFrozen(s)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});
