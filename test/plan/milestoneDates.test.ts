import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';

// MS Project times a task from the start of a working day (8:00) to the end
// of one (17:00). A milestone takes the time of the event that drives it:
// - Microsoft Support, "Change default times for entered start or finish
//   dates": a start date (and a constraint date) entered without a time
//   uses the default start time, 8:00 AM;
// - Eastwood Harris, "Understanding Start and Finish Milestones in
//   Microsoft Project": a start milestone sits at the start of a time
//   period (8:00 am), a finish milestone (after a predecessor's finish) at
//   its end (5:00 pm).
const monday = '2026-11-30';

function milestoneDate(tasks: Task[], id = 'M'): string {
  const r = scheduleDates(tasks, { start: monday });
  return r.milestones.find((m) => m.id === id)?.date as string;
}

describe('issue 16: milestones dated as MS Project dates them', () => {
  it('FS milestone after a 5-day task from Monday: that Friday (finish 5:00 PM)', () => {
    expect(
      milestoneDate([
        { id: 'A', duration: 5 },
        { id: 'M', duration: 0, dependsOn: ['A'] },
      ]),
    ).toBe('2026-12-04');
  });

  it('regression (issue 16): SS + 2 milestone from a task starting Monday is on Wednesday (8:00 AM), not Tuesday', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 5 },
      { id: 'M', duration: 0, dependsOn: [{ id: 'A', type: 'SS', lag: 2 }] },
    ];
    expect(milestoneDate(tasks)).toBe('2026-12-02');
  });

  it('regression (issue 16): a start-no-earlier-than milestone falls on its constraint day (8:00 AM), not the day before', () => {
    const tasks: Task[] = [{ id: 'M', duration: 0, constraint: { startNoEarlierThan: 5 } }];
    expect(milestoneDate(tasks)).toBe('2026-12-07');
  });

  it('a milestone with no predecessor is a start milestone on the first working day', () => {
    expect(milestoneDate([{ id: 'M', duration: 0 }])).toBe(monday);
  });

  it('FS + 2 after a 5-day task: the finish (Friday 5:00 PM) plus 2 working days is Tuesday', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 5 },
      { id: 'M', duration: 0, dependsOn: [{ id: 'A', type: 'FS', lag: 2 }] },
    ];
    expect(milestoneDate(tasks)).toBe('2026-12-08');
  });

  it('SF from a task start and FF from a task finish take the start and finish times', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 3 },
      { id: 'S', duration: 0, dependsOn: [{ id: 'A', type: 'SF', lag: 3 }] },
      { id: 'F', duration: 0, dependsOn: [{ id: 'A', type: 'FF' }] },
    ];
    const r = scheduleDates(tasks, { start: monday });
    expect(r.milestones.map((m) => [m.id, m.date])).toEqual([
      ['S', '2026-12-03'],
      ['F', '2026-12-02'],
    ]);
  });

  it('a milestone passes its time on: SS + 0 from a start milestone keeps 8:00, from a finish milestone keeps 17:00', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 2 },
      { id: 'Start', duration: 0, constraint: { startNoEarlierThan: 2 } },
      { id: 'Fin', duration: 0, dependsOn: ['A'] },
      { id: 'M1', duration: 0, dependsOn: [{ id: 'Start', type: 'SS' }] },
      { id: 'M2', duration: 0, dependsOn: [{ id: 'Fin', type: 'SS' }] },
    ];
    const r = scheduleDates(tasks, { start: monday });
    expect(Object.fromEntries(r.milestones.map((m) => [m.id, m.date]))).toEqual({
      Start: '2026-12-02',
      Fin: '2026-12-01',
      M1: '2026-12-02',
      M2: '2026-12-01',
    });
  });

  it('where a start event and a finish event tie, the start (8:00 of the next day) wins', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 2 },
      { id: 'B', duration: 4 },
      { id: 'M', duration: 0, dependsOn: ['A', { id: 'B', type: 'SS', lag: 2 }] },
    ];
    expect(milestoneDate(tasks)).toBe('2026-12-02');
  });

  it('a milestone is never dated after its late date, nor before its predecessors finish (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('FS', 'SS', 'FF', 'SF'),
        fc.integer({ min: 0, max: 6 }),
        (d, lag, type, snet) => {
          const tasks: Task[] = [
            { id: 'A', duration: d },
            {
              id: 'M',
              duration: 0,
              dependsOn: [{ id: 'A', type, lag }],
              constraint: { startNoEarlierThan: snet },
            },
            { id: 'Z', duration: 1, dependsOn: ['M'] },
          ];
          const r = scheduleDates(tasks, { start: monday });
          const m = r.milestones[0];
          expect((m?.date as string) <= (m?.lateDate as string)).toBe(true);
          if (type === 'FS')
            expect((m?.date as string) >= (r.tasks[0]?.finish as string)).toBe(true);
        },
      ),
    );
  });
});
