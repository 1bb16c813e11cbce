import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleTime, leadTime, type WorkItem } from '../../src/progress/workItem.js';
import { expectPopm, frozen } from './helpers.js';

describe('cycleTime and leadTime', () => {
  it('matches Vacanti, "Kanban Calculations: How to Calculate Cycle Time" (ActionableAgile): same day = 1, Jan 1 to Jan 2 = 2', () => {
    expect(
      cycleTime(
        frozen({
          id: 'a',
          createdOn: '2016-12-01',
          startedOn: '2016-12-15',
          finishedOn: '2016-12-15',
        }),
      ),
    ).toBe(1);
    expect(
      cycleTime({
        id: 'b',
        createdOn: '2016-12-20',
        startedOn: '2017-01-01',
        finishedOn: '2017-01-02',
      }),
    ).toBe(2);
  });

  it('gives the TSDoc examples', () => {
    expect(
      cycleTime({
        id: 'a',
        createdOn: '2026-03-01',
        startedOn: '2026-03-02',
        finishedOn: '2026-03-02',
      }),
    ).toBe(1);
    expect(
      cycleTime({
        id: 'b',
        createdOn: '2026-03-01',
        startedOn: '2026-03-02',
        finishedOn: '2026-03-06',
      }),
    ).toBe(5);
    expect(cycleTime({ id: 'c', createdOn: '2026-03-01', startedOn: '2026-03-02' })).toBeNull();
    expect(
      leadTime({
        id: 'a',
        createdOn: '2026-03-01',
        startedOn: '2026-03-02',
        finishedOn: '2026-03-06',
      }),
    ).toBe(6);
  });

  it('counts calendar days, weekends included, and gives null when unfinished or never started', () => {
    expect(
      cycleTime({
        id: 'a',
        createdOn: '2026-03-06',
        startedOn: '2026-03-06',
        finishedOn: '2026-03-09',
      }),
    ).toBe(4);
    expect(cycleTime({ id: 'a', createdOn: '2026-03-06', finishedOn: '2026-03-09' })).toBeNull();
    expect(leadTime({ id: 'a', createdOn: '2026-03-06', finishedOn: '2026-03-09' })).toBe(4);
    expect(leadTime({ id: 'a', createdOn: '2026-03-06', startedOn: '2026-03-07' })).toBeNull();
  });

  it('rejects dates out of order as INVALID_DATE, and each other rule', () => {
    expectPopm(
      () =>
        cycleTime({
          id: 'a',
          createdOn: '2026-03-01',
          startedOn: '2026-03-05',
          finishedOn: '2026-03-04',
        }),
      'INVALID_DATE',
      ['item', 'finishedOn'],
    );
    expectPopm(
      () => cycleTime({ id: 'a', createdOn: '2026-03-06', startedOn: '2026-03-05' }),
      'INVALID_DATE',
      ['item', 'startedOn'],
    );
    expectPopm(
      () => leadTime({ id: 'a', createdOn: '2026-03-06', finishedOn: '2026-03-05' }),
      'INVALID_DATE',
      ['item', 'finishedOn'],
    );
    expectPopm(() => leadTime({ id: 'a', createdOn: '2026-13-01' }), 'INVALID_DATE', [
      'item',
      'createdOn',
    ]);
    expectPopm(() => leadTime({ id: '', createdOn: '2026-03-01' }), 'INVALID_ARGUMENT', [
      'item',
      'id',
    ]);
    expectPopm(() => leadTime({ id: 'a', createdOn: '2026-03-01', type: '' }), 'INVALID_ARGUMENT', [
      'item',
      'type',
    ]);
    expectPopm(
      () => leadTime({ id: 'a', createdOn: '2026-03-01', assignee: 3 as never }),
      'INVALID_ARGUMENT',
      ['item', 'assignee'],
    );
    expectPopm(
      () => leadTime({ id: 'a', createdOn: '2026-03-01', transitions: 'x' as never }),
      'INVALID_ARGUMENT',
      ['item', 'transitions'],
    );
    expectPopm(
      () =>
        leadTime({
          id: 'a',
          createdOn: '2026-03-01',
          transitions: [{ state: 'x', on: '2026-02-01' }],
        }),
      'INVALID_DATE',
      ['item', 'transitions', 0, 'on'],
    );
    expectPopm(
      () =>
        leadTime({
          id: 'a',
          createdOn: '2026-03-01',
          transitions: [{ state: '', on: '2026-03-01' }],
        }),
      'INVALID_ARGUMENT',
      ['item', 'transitions', 0, 'state'],
    );
    expectPopm(
      () => leadTime({ id: 'a', createdOn: '2026-03-01', transitions: [null as never] }),
      'INVALID_ARGUMENT',
      ['item', 'transitions', 0],
    );
    expectPopm(() => cycleTime(null as never), 'INVALID_ARGUMENT', ['item']);
  });

  it('properties: cycle time >= 1, lead time >= cycle time, input untouched', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), (a, b, c) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        const item: WorkItem = frozen({
          id: 'x',
          createdOn: day(a),
          startedOn: day(a + b),
          finishedOn: day(a + b + c),
        });
        const ct = cycleTime(item) as number;
        expect(ct).toBe(c + 1);
        expect(leadTime(item)).toBe(b + c + 1);
        expect(ct).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
