import { describe, expect, it } from 'vitest';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { sampleProject } from '../../src/project/sample.js';
import { safeParseProject } from '../../src/schemas/project.js';
import { catchError } from '../helpers/freeze.js';
import { AS_OF, FAST, variant } from './helpers.js';

// Issues 18 and 19 in the Project document: the sample's status date
// (2026-11-13) with actuals, two summary tasks, a go-live deadline, resources
// with a cost per day, task costs, and risks linked to the tasks they delay.
describe('the plan as it now stands, with costs and linked risks (issues 18, 19)', () => {
  const d = dashboard(sampleProject, AS_OF, FAST);
  const r = progressReport(sampleProject, AS_OF, FAST);

  it('misses the go-live deadline of 2026-12-23 by 3 working days (MS Project: a deadline never moves the task)', () => {
    // T22 finishes 2026-12-30; 24 and 25 December are holidays: 28, 29, 30 December late.
    expect(d.schedule?.statusDate).toBe('2026-11-13');
    expect(d.schedule?.conflicts).toEqual([{ taskId: 'T22', kind: 'deadline', by: 3 }]);
    expect(d.schedule?.finish).toBe('2027-01-29');
    expect(r.forecast.conflicts).toEqual(d.schedule?.conflicts);
  });

  it("reschedules work not started by the status date after it (MS Project's 'reschedule uncompleted work')", () => {
    // The accessibility audit was planned from Monday 9 November; not started by Friday 13th.
    const t15 = r.figures.schedule?.tasks.find((t) => t.id === 'T15');
    expect(t15?.start).toBe('2026-11-16');
    const undated = variant((p) => {
      delete p.statusDate;
    });
    const before = progressReport(undated, AS_OF, FAST).figures.schedule?.tasks.find(
      (t) => t.id === 'T15',
    );
    expect(before?.start).toBe('2026-11-09');
  });

  it('compares the plan as it now stands with the baseline: T12 half done moves the finish 5 working days', () => {
    // 50% of 40 days leaves 20 from Monday 16 November: T12 ends 11 December, a week after 4 December.
    const behind = variant((p) => {
      const t12 = p.plan.find((t) => t.id === 'T12') as { percentComplete?: number };
      t12.percentComplete = 50;
    });
    expect(d.schedule?.slip).toBe(10);
    expect(dashboard(behind, AS_OF, FAST).schedule?.slip).toBe(15);
  });

  it('rolls the summaries up: Build 87.5% complete by duration ((4 × 20 + 40 × 0.625) / 120)', () => {
    expect(d.schedule?.summaries).toEqual([
      {
        id: 'S-BUILD',
        name: 'Build',
        start: '2026-07-20',
        finish: '2026-12-04',
        totalFloat: -3,
        percentComplete: 87.5,
      },
      {
        id: 'S-LAUNCH',
        name: 'Launch',
        start: '2026-12-07',
        finish: '2026-12-30',
        totalFloat: -3,
        percentComplete: 0,
      },
    ]);
  });

  it('prices the plan at EUR 412,760 before risk: 82,000 fixed plus the assignments (hand-summed)', () => {
    // e.g. T12: 40 days × (720 + 720 + 0.8 × 760 + 640) = 107,520.
    expect(d.dateAndCost?.baseCost.toString()).toBe('412760');
  });

  it('shows P80 date and P80 cost from one run, the same in the dashboard and the report', () => {
    const dc = d.dateAndCost;
    expect(dc).not.toBeNull();
    expect(dc?.percent).toBe(80);
    expect(dc?.trials).toBe(FAST.trials);
    expect(r.forecast.dateAndCost).toEqual(dc);
    expect((dc?.p50Finish as string) <= (dc?.finish as string)).toBe(true);
    expect(dc?.cost).toBeGreaterThan(412760);
    expect(dc?.jointShare).toBeGreaterThan(0);
    expect(dc?.jointShare).toBeLessThanOrEqual(0.8);
    // The drivers are risks linked to tasks, or moving the finish itself.
    for (const x of dc?.drivers ?? []) expect(x.finishDays > 0 || x.cost > 0).toBe(true);
    expect(d.dateAndCost).toEqual(dashboard(sampleProject, AS_OF, FAST).dateAndCost);
    const sentence = r.summary.highlights.find((h) => h.startsWith('With its risks'));
    expect(sentence).toContain(`finishes by ${dc?.finish}`);
    expect(sentence).toContain(`in 80% of ${FAST.trials} simulated futures`);
  });

  it("reads each person's sprint capacity from teamCapacity: Li's day off leaves 9 of 10 days", () => {
    const li = d.team.find((p) => p.id === 'p-li');
    expect(li).toMatchObject({ availableDays: 9, daysOff: 1, capacity: 7.2, overAllocated: [] });
    const tom = d.team.find((p) => p.id === 'p-tom');
    expect(tom).toMatchObject({ availableDays: 8, daysOff: 0, capacity: 6.4 });
  });

  it('lists the days a person is over-allocated in the running sprint (resourceLoad)', () => {
    const busy = variant((p) => {
      const t16 = p.plan.find((t) => t.id === 'T16') as { assignments?: unknown };
      t16.assignments = [{ resource: 'p-ines', units: 1 }];
    });
    // The penetration test (16–27 November) on top of Inês's full day on T12.
    const ines = dashboard(busy, AS_OF, FAST).team.find((p) => p.id === 'p-ines');
    expect(ines?.overAllocated).toHaveLength(10);
    expect(ines?.overAllocated[0]).toBe('2026-11-16');
  });

  it('rejects an assignment to an unknown resource and a risk on an unknown task, with paths', () => {
    const unknownResource = variant((p) => {
      const t07 = p.plan[6] as { assignments?: unknown };
      t07.assignments = [{ resource: 'nobody', units: 1 }];
    });
    expect(catchError(() => dashboard(unknownResource, AS_OF, FAST))?.path.slice(0, 3)).toEqual([
      'project',
      'plan',
      6,
    ]);
    const unknownTask = variant((p) => {
      (p.risks[0] as unknown as { tasks?: string[] }).tasks = ['T99'];
    });
    expect(catchError(() => dashboard(unknownTask, AS_OF, FAST))?.path.slice(0, 3)).toEqual([
      'project',
      'risks',
      0,
    ]);
    const json = JSON.parse(JSON.stringify(sampleProject));
    json.plan[6].assignments = [{ resource: 'nobody', units: 1 }];
    json.risks[0].tasks = ['T99'];
    const parsed = safeParseProject(json);
    const paths = parsed.success
      ? []
      : (parsed.error.details?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(['plan.6.assignments.0.resource', 'risks.0.tasks.0']);
  });
});
