import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../src/core/freeze.js';
import { resourceLoad } from '../../../src/plan/resourceLoad.js';
import type { ResourcePlan } from '../../../src/plan/resources.js';
import { expectPopm, isDeepFrozen } from '../helpers.js';

const p: ResourcePlan = deepFreeze({
  resources: [
    { id: 'ann', name: 'Ann', unitsPerDay: 1 },
    { id: 'bob', unitsPerDay: 2 },
  ],
  tasks: [
    { id: 'a', duration: 3, assignments: [{ resource: 'ann', units: 1 }] },
    { id: 'b', duration: 2, dependsOn: ['a'], assignments: [{ resource: 'bob', units: 1 }] },
    { id: 'c', duration: 1.5, assignments: [{ resource: 'ann', units: 1 }] },
  ],
});

describe('resourceLoad', () => {
  it('loads each working day (weekend and holiday skipped), fractions in proportion', () => {
    // Start Thu 2026-03-05; Fri 03-06 is a holiday; so days are Thu, Mon, Tue, Wed, Thu.
    const r = resourceLoad(p, {
      start: '2026-03-05',
      calendar: { weekend: [0, 6], holidays: ['2026-03-06'] },
    });
    expect(r.days).toEqual(['2026-03-05', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12']);
    // Ann: a (1) days 0-2, c (1) day 0 and half of day 1.
    expect(r.resources[0]).toEqual({
      id: 'ann',
      name: 'Ann',
      capacity: 1,
      available: [1, 1, 1, 1, 1],
      load: [2, 1.5, 1, 0, 0],
      peak: 2,
      overAllocated: ['2026-03-05', '2026-03-09'],
    });
    expect(r.resources[1]?.load).toEqual([0, 0, 0, 1, 1]);
    expect(r.resources[1]?.overAllocated).toEqual([]);
    expect(r.overAllocated).toBe(true);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('reports only from..to, including days past the work with zero load', () => {
    const r = resourceLoad(p, { start: '2026-03-02', from: '2026-03-04', to: '2026-03-10' });
    expect(r.days).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10']);
    expect(r.resources[1]?.load).toEqual([0, 1, 1, 0, 0]);
  });

  it("honours a resource's own calendar: no capacity on its days off, work booked then is over-allocation", () => {
    // Mon 2026-03-02 start. Ann works Mon-Wed (part time) and is off on Tue 03-03.
    const q: ResourcePlan = deepFreeze({
      resources: [
        {
          id: 'ann',
          unitsPerDay: 1,
          calendar: { weekend: [0, 4, 5, 6], holidays: ['2026-03-03'] },
        },
      ],
      tasks: [{ id: 'a', duration: 4, assignments: [{ resource: 'ann', units: 0.5 }] }],
    });
    const r = resourceLoad(q, { start: '2026-03-02' });
    expect(r.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(r.resources[0]?.available).toEqual([1, 0, 1, 0]);
    expect(r.resources[0]?.load).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(r.resources[0]?.overAllocated).toEqual(['2026-03-03', '2026-03-05']);
    expectPopm(
      () =>
        resourceLoad(
          {
            ...q,
            resources: [{ id: 'ann', unitsPerDay: 1, calendar: { weekend: [9], holidays: [] } }],
          },
          { start: '2026-03-02' },
        ),
      'INVALID_ARGUMENT',
      ['plan', 'resources', 0, 'calendar', 'weekend', 0],
    );
  });

  it('fuzz regression (test/fuzz/KNOWN.md): a duration of 2^53 is OUT_OF_RANGE, not a RangeError; a huge matrix is LIMIT_EXCEEDED', () => {
    const huge = (duration: number, resources = 1): ResourcePlan => ({
      resources: Array.from({ length: resources }, (_, k) => ({ id: `r${k}`, unitsPerDay: 1 })),
      tasks: [{ id: 'a', duration, assignments: [{ resource: 'r0', units: 1 }] }],
    });
    for (const d of [2 ** 53, 1e308, 3_000_000])
      expectPopm(() => resourceLoad(huge(d), { start: '2026-03-02' }), 'OUT_OF_RANGE', [
        'plan',
        'tasks',
      ]);
    expectPopm(() => resourceLoad(huge(200_000, 101), { start: '2026-03-02' }), 'LIMIT_EXCEEDED', [
      'plan',
      'tasks',
    ]);
  });

  it('bad input is a PopmError with a path', () => {
    expectPopm(() => resourceLoad(p, {} as never), 'INVALID_ARGUMENT', ['options', 'start']);
    expectPopm(() => resourceLoad(p, { start: '2026-13-01' }), 'INVALID_DATE', [
      'options',
      'start',
    ]);
    expectPopm(
      () => resourceLoad(p, { start: '2026-03-02', to: 'soon' as never }),
      'INVALID_DATE',
      ['options', 'to'],
    );
    expectPopm(
      () =>
        resourceLoad(
          {
            tasks: [{ id: 'a', duration: 1, assignments: [{ resource: 'x', units: 1 }] }],
            resources: [],
          },
          { start: '2026-03-02' },
        ),
      'NOT_FOUND',
      ['plan', 'tasks', 0, 'assignments', 0, 'resource'],
    );
  });
});
