import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBacklog } from '../../../src/backlog/createBacklog.js';
import { selectForSprint } from '../../../src/backlog/selectForSprint.js';
import { deepFreeze } from '../../../src/core/freeze.js';
import type { Resource } from '../../../src/plan/resources.js';
import { teamCapacity } from '../../../src/plan/teamCapacity.js';
import { expectPopm, isDeepFrozen } from '../helpers.js';

const sprint = deepFreeze({ start: '2026-03-02', end: '2026-03-13' }); // two weeks, 10 working days

describe('teamCapacity', () => {
  it('counts each person’s working days less days off, times part time, focus factor and estimate per day', () => {
    const c = teamCapacity(
      deepFreeze([
        {
          id: 'ann',
          name: 'Ann',
          calendar: { weekend: [0, 6], holidays: ['2026-03-04', '2026-03-07'] },
        },
        { id: 'bob', unitsPerDay: 0.5 },
        // Part time by weekdays: Kit works Mon-Wed (6 of the 10 days).
        { id: 'kit', calendar: { weekend: [0, 4, 5, 6], holidays: [] } },
      ]),
      sprint,
      { focusFactor: 0.8 },
    );
    // Ann: 03-07 is a Saturday, so one day off: 9 days.
    expect(c.people).toEqual([
      { id: 'ann', name: 'Ann', workingDays: 9, daysOff: 1, availableDays: 9, capacity: 7.2 },
      { id: 'bob', workingDays: 10, daysOff: 0, availableDays: 5, capacity: 4 },
      { id: 'kit', workingDays: 6, daysOff: 4, availableDays: 6, capacity: 4.8 },
    ]);
    expect(c).toMatchObject({ total: 16, workingDays: 10, availableDays: 20, focusFactor: 0.8 });
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('team holidays and estimatePerDay: a holiday is nobody’s working day; 6 hours a day gives hours', () => {
    const c = teamCapacity([{ id: 'ann' }], sprint, {
      calendar: { weekend: [0, 6], holidays: ['2026-03-09'] },
      estimatePerDay: 6,
    });
    expect(c.workingDays).toBe(9);
    expect(c.people[0]).toMatchObject({ workingDays: 9, daysOff: 0, capacity: 54 });
    expect(c.total).toBe(54);
  });

  it('plan resources pass in as people; the result passes straight into selectForSprint as capacity', () => {
    const people: Resource[] = [
      { id: 'ann', unitsPerDay: 1, costPerDay: 500 },
      {
        id: 'bob',
        unitsPerDay: 1,
        calendar: { weekend: [0, 6], holidays: ['2026-03-02', '2026-03-03'] },
      },
    ];
    const cap = teamCapacity(people, sprint, { focusFactor: 0.5 }); // (10 + 8) × 0.5 = 9
    expect(cap.total).toBe(9);
    const backlog = createBacklog([
      { id: 'a', title: 'A', estimate: 5 },
      { id: 'b', title: 'B', estimate: 5 },
      { id: 'c', title: 'C', estimate: 3 },
    ]);
    const r = selectForSprint(backlog, { capacity: cap, allowSkip: true });
    expect(r.selected.map((i) => i.id)).toEqual(['a', 'c']);
    expect(r.capacity).toBe(9);
    expect(r.capacityLeft).toBe(1);
  });

  it('an empty team has no capacity; a one-day sprint on a weekend has no working day', () => {
    expect(teamCapacity([], sprint).total).toBe(0);
    const w = teamCapacity([{ id: 'ann' }], { start: '2026-03-07', end: '2026-03-08' });
    expect(w).toMatchObject({ total: 0, workingDays: 0 });
  });

  it('bad input is a PopmError with a path', () => {
    expectPopm(() => teamCapacity([], { start: '2026-03-13', end: '2026-03-02' }), 'OUT_OF_RANGE', [
      'sprint',
      'end',
    ]);
    expectPopm(() => teamCapacity([], { start: '2026-3-1', end: '2026-03-02' }), 'INVALID_DATE', [
      'sprint',
      'start',
    ]);
    expectPopm(() => teamCapacity([{ id: 'a' }, { id: 'a' }], sprint), 'DUPLICATE_ID', [
      'people',
      1,
      'id',
    ]);
    expectPopm(() => teamCapacity([{ id: 'a', unitsPerDay: -1 }], sprint), 'OUT_OF_RANGE', [
      'people',
      0,
      'unitsPerDay',
    ]);
    expectPopm(
      () =>
        teamCapacity(
          [{ id: 'a', calendar: { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] } }],
          sprint,
        ),
      'INVALID_ARGUMENT',
      ['people', 0, 'calendar', 'weekend'],
    );
    for (const focusFactor of [0, 1.1])
      expectPopm(() => teamCapacity([], sprint, { focusFactor }), 'OUT_OF_RANGE', [
        'options',
        'focusFactor',
      ]);
    expectPopm(() => teamCapacity([], sprint, { estimatePerDay: 0 }), 'OUT_OF_RANGE', [
      'options',
      'estimatePerDay',
    ]);
    expectPopm(() => teamCapacity([], sprint, { focus: 1 } as never), 'INVALID_ARGUMENT', [
      'options',
      'focus',
    ]);
    expectPopm(
      () => teamCapacity([{ id: 'a', unitPerDay: 1 } as never], sprint),
      'INVALID_ARGUMENT',
    );
  });

  it('properties: total = Σ people, never above full-time working days × estimate, deterministic', () => {
    const arbPerson = fc.record({
      units: fc.constantFrom(0, 0.25, 0.5, 1),
      weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
      off: fc.uniqueArray(fc.integer({ min: 0, max: 13 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbPerson, { maxLength: 5 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (ps, focus) => {
          const people = deepFreeze(
            ps.map((p, i) => ({
              id: `p${i}`,
              unitsPerDay: p.units,
              calendar: {
                weekend: p.weekend,
                holidays: p.off.map((d) => `2026-03-${String(2 + d).padStart(2, '0')}`),
              },
            })),
          );
          const c = teamCapacity(people, sprint, { focusFactor: focus });
          expect(teamCapacity(people, sprint, { focusFactor: focus })).toEqual(c);
          const sum = c.people.reduce((a, p) => a + p.capacity, 0);
          expect(c.total).toBeCloseTo(sum, 9);
          for (const p of c.people) {
            expect(p.workingDays + p.daysOff).toBe(10);
            expect(p.capacity).toBeLessThanOrEqual(10 * focus + 1e-9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
