import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { ConstraintType, Task } from '../../src/plan/types.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const monday = '2026-11-30';

/** A(5) then B(3), B constrained: the fixture every constraint type is shown on. */
function chain(type: ConstraintType, date: string): readonly Task[] {
  return frozen([
    { id: 'A', duration: 5 },
    { id: 'B', duration: 3, dependsOn: ['A'], constraint: { type, date } },
    { id: 'C', duration: 12 },
  ]);
}

function row(r: ReturnType<typeof criticalPath>, id: string) {
  const t = r.tasks.find((x) => x.id === id);
  if (t === undefined) throw new Error(id);
  return [t.es, t.ef, t.totalFloat, t.startDate, t.finishDate];
}

// Semantics: MS Project 98 online help, "Constraint types" table (P6984.HTM):
// SNET/FNET start/finish the task on or after the date; SNLT/FNLT on or before;
// MSO/MFO on it. With "tasks will always honor their constraint dates" (the
// default) an inflexible constraint holds the task against its links, and the
// missed link shows as negative total slack (EPMA, "How do constraints and
// deadline dates affect the Total Slack calculation?").
describe('issue 18: the six constraint types (MS Project 98 help, constraint types table)', () => {
  it('start-no-earlier-than: B waits for Wednesday 9 Dec (offset 7), the float of A grows to 4', () => {
    const r = criticalPath(chain('start-no-earlier-than', '2026-12-09'), { start: monday });
    expect(row(r, 'B')).toEqual([7, 10, 2, '2026-12-09', '2026-12-11']);
    expect(row(r, 'A')[2]).toBe(4);
    expect(r.conflicts).toEqual([]);
  });

  it('finish-no-earlier-than: B finishes Friday 11 Dec at the earliest (5 PM): starts Wednesday', () => {
    const r = criticalPath(chain('finish-no-earlier-than', '2026-12-11'), { start: monday });
    expect(row(r, 'B')).toEqual([7, 10, 2, '2026-12-09', '2026-12-11']);
    expect(r.conflicts).toEqual([]);
  });

  it('start-no-later-than a later date: B keeps its early start, its float is capped by the date (EPMA)', () => {
    // B could start on day 5; its late start is min(12 − 3, 7) = 7: float 2, not 4.
    const r = criticalPath(chain('start-no-later-than', '2026-12-09'), { start: monday });
    expect(row(r, 'B')).toEqual([5, 8, 2, '2026-12-07', '2026-12-09']);
    expect(r.conflicts).toEqual([]);
  });

  it('start-no-later-than an earlier date: B is held on Wednesday 2 Dec, the link is missed by 3 days, A has −3 float', () => {
    const r = criticalPath(chain('start-no-later-than', '2026-12-02'), { start: monday });
    expect(row(r, 'B')).toEqual([2, 5, 0, '2026-12-02', '2026-12-04']);
    expect(row(r, 'A')[2]).toBe(-3);
    expect(r.conflicts).toEqual([{ taskId: 'B', kind: 'start-no-later-than', by: 3 }]);
    expect(r.criticalTasks).toEqual(['A', 'B', 'C']);
  });

  it('finish-no-later-than Friday 4 Dec: B is held to finish then; A has −3 float', () => {
    const r = criticalPath(chain('finish-no-later-than', '2026-12-04'), { start: monday });
    expect(row(r, 'B')).toEqual([2, 5, 0, '2026-12-02', '2026-12-04']);
    expect(row(r, 'A')[2]).toBe(-3);
    expect(r.conflicts).toEqual([{ taskId: 'B', kind: 'finish-no-later-than', by: 3 }]);
  });

  it('must-start-on a later date: B starts on it, float 0 (a hard date leaves no slack)', () => {
    const r = criticalPath(chain('must-start-on', '2026-12-09'), { start: monday });
    expect(row(r, 'B')).toEqual([7, 10, 0, '2026-12-09', '2026-12-11']);
    expect(row(r, 'A')[2]).toBe(2);
    expect(r.conflicts).toEqual([]);
  });

  it('must-start-on an earlier date: B starts Thursday 3 Dec regardless, 2 days before A lets it', () => {
    const r = criticalPath(chain('must-start-on', '2026-12-03'), { start: monday });
    expect(row(r, 'B')).toEqual([3, 6, 0, '2026-12-03', '2026-12-07']);
    expect(row(r, 'A')[2]).toBe(-2);
    expect(r.conflicts).toEqual([{ taskId: 'B', kind: 'must-start-on', by: 2 }]);
  });

  it('must-finish-on: B finishes on Friday 11 Dec; on Tuesday 8 Dec it is 1 day short', () => {
    const late = criticalPath(chain('must-finish-on', '2026-12-11'), { start: monday });
    expect(row(late, 'B')).toEqual([7, 10, 0, '2026-12-09', '2026-12-11']);
    expect(late.conflicts).toEqual([]);
    const early = criticalPath(chain('must-finish-on', '2026-12-08'), { start: monday });
    expect(row(early, 'B')).toEqual([4, 7, 0, '2026-12-04', '2026-12-08']);
    expect(early.conflicts).toEqual([{ taskId: 'B', kind: 'must-finish-on', by: 1 }]);
    expect(row(early, 'A')[2]).toBe(-1);
  });

  it('a constraint date on a weekend means the next working time: SNET Saturday starts Monday, FNLT Saturday finishes Friday', () => {
    const snet = criticalPath(
      frozen([
        { id: 'X', duration: 2, constraint: { type: 'start-no-earlier-than', date: '2026-12-05' } },
      ]),
      { start: monday },
    );
    expect(row(snet, 'X').slice(3)).toEqual(['2026-12-07', '2026-12-08']);
    const fnlt = criticalPath(
      frozen([
        { id: 'X', duration: 6 },
        { id: 'Y', duration: 1, constraint: { type: 'finish-no-later-than', date: '2026-12-05' } },
      ]),
      { start: monday },
    );
    // Saturday 5 PM in working time is Friday 5 PM: Y's late finish is day 5.
    expect(fnlt.tasks[1]?.lf).toBe(5);
    expect(fnlt.conflicts).toEqual([]);
  });

  it('keeps the 0.x offset form: { startNoEarlierThan: 5 } with or without dates', () => {
    const tasks = frozen([{ id: 'A', duration: 2, constraint: { startNoEarlierThan: 5 } }]);
    expect(criticalPath(tasks).tasks[0]?.es).toBe(5);
    expect(criticalPath(tasks, { start: monday }).tasks[0]?.startDate).toBe('2026-12-07');
  });

  it('dates a constraint-driven milestone at the start of its day (must-start-on Wednesday: Wednesday)', () => {
    const r = criticalPath(
      frozen([{ id: 'M', duration: 0, constraint: { type: 'must-start-on', date: '2026-12-02' } }]),
      { start: monday },
    );
    expect(r.tasks[0]?.startDate).toBe('2026-12-02');
  });
});

describe('issue 18: deadlines (mpug, "How do deadline dates impact critical path calculations in Microsoft Project?")', () => {
  it('a deadline on a non-critical task caps its total slack at the deadline: 5 days, not 10', () => {
    // mpug Figures 1-2: a milestone scheduled a week before its deadline drops to that week's slack.
    const tasks = frozen([
      { id: 'Long', duration: 15 },
      { id: 'Doc', duration: 5 },
      { id: 'DocDone', duration: 0, dependsOn: ['Doc'], deadline: '2026-12-11' },
    ]);
    const r = criticalPath(tasks, { start: monday });
    expect(r.tasks[2]?.totalFloat).toBe(5);
    expect(r.tasks[1]?.totalFloat).toBe(5);
    expect(r.tasks[2]?.startDate).toBe('2026-12-04'); // the deadline does not move the task
    expect(r.conflicts).toEqual([]);
  });

  it('a deadline on a critical task changes nothing', () => {
    const r = criticalPath(frozen([{ id: 'A', duration: 5, deadline: '2026-12-18' }]), {
      start: monday,
    });
    expect([r.tasks[0]?.totalFloat, r.conflicts]).toEqual([0, []]);
  });

  it('a missed deadline gives negative total slack on the path driving it and a conflict; the task does not move', () => {
    const r = criticalPath(
      frozen([
        { id: 'A', duration: 5 },
        { id: 'B', duration: 3, dependsOn: ['A'], deadline: '2026-12-08' },
        { id: 'C', duration: 12 },
      ]),
      { start: monday },
    );
    expect(row(r, 'B')).toEqual([5, 8, -1, '2026-12-07', '2026-12-09']);
    expect(row(r, 'A')[2]).toBe(-1);
    expect(r.conflicts).toEqual([{ taskId: 'B', kind: 'deadline', by: 1 }]);
    expect(r.criticalTasks).toEqual(['A', 'B', 'C']);
    expect(r.criticalPaths).toEqual([['A', 'B'], ['C']]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('scheduleDates lists the same conflicts and dates', () => {
    const tasks = chain('finish-no-later-than', '2026-12-04');
    const r = scheduleDates(tasks, { start: monday });
    expect(r.conflicts).toEqual([{ taskId: 'B', kind: 'finish-no-later-than', by: 3 }]);
    expect(r.tasks[1]?.start).toBe('2026-12-02');
  });
});

describe('issue 18: bad constraints and deadlines', () => {
  it('a constraint date or deadline needs the plan to have a start', () => {
    expectPopm(() => criticalPath(chain('must-start-on', '2026-12-09')), 'INVALID_ARGUMENT', [
      'tasks',
      1,
      'constraint',
      'date',
    ]);
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1, deadline: '2026-12-09' }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'deadline'],
    );
  });

  it('a date before the plan start is outside the calendar: OUT_OF_RANGE', () => {
    expectPopm(
      () => criticalPath(chain('must-start-on', '2026-11-27'), { start: monday }),
      'OUT_OF_RANGE',
      ['tasks', 1, 'constraint', 'date'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1, deadline: '2020-01-01' }], { start: monday }),
      'OUT_OF_RANGE',
      ['tasks', 0, 'deadline'],
    );
  });

  it('rejects a bad type, a bad date, a near-miss key and a mix of both forms', () => {
    expectPopm(
      () =>
        criticalPath([
          { id: 'A', duration: 1, constraint: { type: 'asap', date: monday } as never },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'constraint', 'type'],
    );
    expectPopm(
      () =>
        criticalPath([
          { id: 'A', duration: 1, constraint: { type: 'must-start-on', date: '2026-02-30' } },
        ]),
      'INVALID_DATE',
      ['tasks', 0, 'constraint', 'date'],
    );
    expectPopm(
      () =>
        criticalPath([
          {
            id: 'A',
            duration: 1,
            constraint: { type: 'must-start-on', date: monday, startNoEarlierThan: 1 } as never,
          },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'constraint', 'startNoEarlierThan'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1, deadlin: monday } as never]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'deadlin'],
    );
  });
});

describe('issue 18: constraint-driven milestones, dated as MS Project dates them', () => {
  const dateOf = (type: ConstraintType, date: string) =>
    criticalPath(
      frozen([
        { id: 'A', duration: 5 },
        { id: 'M', duration: 0, dependsOn: ['A'], constraint: { type, date } },
      ]),
      { start: monday },
    ).tasks[1]?.startDate;

  it('a start-no-later-than milestone held on Wednesday is at Wednesday 8:00 (dated Wednesday)', () => {
    expect(dateOf('start-no-later-than', '2026-12-02')).toBe('2026-12-02');
  });

  it('a finish-no-later-than / must-finish-on milestone is at 17:00 of its date', () => {
    expect(dateOf('finish-no-later-than', '2026-12-02')).toBe('2026-12-02');
    expect(dateOf('must-finish-on', '2026-12-09')).toBe('2026-12-09');
  });

  it('a finish-no-earlier-than milestone falls on its date; after its FS predecessor when that is later', () => {
    expect(dateOf('finish-no-earlier-than', '2026-12-09')).toBe('2026-12-09');
    expect(dateOf('finish-no-earlier-than', '2026-12-01')).toBe('2026-12-04');
  });
});
