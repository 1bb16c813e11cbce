import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { isDecimal } from '../../src/core/numbers.js';
import { assessProject } from '../../src/project/assessProject.js';
import { dashboard } from '../../src/project/dashboard.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, baselineOfCurrentPlan, EMPTY_PROJECT, FAST, variant } from './helpers.js';

const STATUSES = ['ok', 'attention', 'missing', 'not-applicable'];

describe('dashboard on the sample', () => {
  const d = dashboard(sampleProject, AS_OF);

  it('matches its TSDoc example', () => {
    expect(d.velocity?.mean).toBe(29);
    expect(d.schedule?.slip).toBe(10);
    expect(d.earnedValue?.cpi?.toFixed(2)).toBe('0.92');
    expect(JSON.parse(JSON.stringify(d)).budget.total).toBe('620000');
  });

  it('shows every headline figure', () => {
    // velocity and say/do trend
    expect(d.velocity?.sprints.map((s) => s.id)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
    ]);
    expect(d.velocity?.sayDo).toBeCloseTo(93 / 101, 12); // S6–S8: (31 + 34 + 28) / (32 + 36 + 33)
    // current sprint burndown: 30 committed + 2 added − 12 done by Friday of week one
    expect(d.burndown).toMatchObject({
      sprintId: 'S9',
      committed: 30,
      added: 2,
      remaining: 20,
      ideal: 15,
    });
    expect(d.burndown?.days).toHaveLength(5);
    // release forecast
    expect(d.forecast.targets.map((t) => t.id)).toEqual(['G-1', 'G-2']);
    for (const t of d.forecast.targets) {
      expect(t.p50).not.toBeNull();
      expect((t.p50 as string) <= (t.p85 as string)).toBe(true);
    }
    expect(d.forecast.assumedEstimate).toBe(5);
    expect(d.forecast.backlog).toMatchObject({ openItems: 17, remaining: 141 });
    expect((d.forecast.backlog.p85 as string) >= (d.forecast.targets[1]?.p85 as string)).toBe(true);
    // flow
    expect(d.flow?.cycleTime).toMatchObject({ p50: 3, p85: 7 });
    // W-41's history: in review from 10 November, back in progress on the 16th.
    expect(d.flow?.aging[0]).toEqual({
      id: 'W-41',
      age: 18,
      assignee: 'p-tom',
      passed: 95,
      state: 'In Progress',
      statePassed: 95,
    });
    // budget and EVM
    expect(d.budget?.spent.toString()).toBe('364000');
    expect(d.budget?.runOutDate).toBe('2027-03-22');
    expect(d.earnedValue?.cv.toString()).toBe('-26000');
    // business case
    expect(d.businessCase?.recommended).toBe('new-portal');
    expect(d.businessCase?.options).toHaveLength(3);
    // critical path
    expect(d.schedule?.finish).toBe('2027-01-29');
    expect(d.schedule?.baselineFinish).toBe('2027-01-15');
    // Tasks done by the status date are not critical (MS Project): the paths start at T12.
    expect(d.schedule?.criticalPaths.map((p) => p[0])).toEqual(['T12', 'T12']);
    expect(d.schedule?.criticalTasks[0]).toBe('T12');
    // risks
    expect(d.risks.open).toBe(11);
    expect(d.risks.top).toHaveLength(5);
    expect(d.risks.top[0]?.id).toBe('R-11');
    expect(d.risks.exposure?.threatCost.toFixed(0)).toBe('96833');
    expect(d.risks.contingency?.reserve?.toString()).toBe('45000');
    expect(d.risks.heatMap?.size).toBe(5);
    expect(d.risks.reviewsOverdue.map((r) => r.id)).toEqual(['R-05', 'R-07', 'R-01']);
    // stakeholders
    expect(d.stakeholders.grid.find((q) => q.quadrant === 'manage-closely')?.ids).toEqual([
      'S-01',
      'S-03',
      'S-04',
    ]);
    expect(d.stakeholders.lastReview).toMatchObject({ id: 'RV-8', notInvited: ['S-03'] });
    expect(d.stakeholders.engagementGaps[0]?.gap).toBe(2);
    // team
    expect(d.team.find((p) => p.id === 'p-tom')).toMatchObject({
      capacity: 6.4,
      assigned: 9,
      wip: 3,
      aged: ['W-41'],
    });
    // roles
    expect(d.roles.productOwner.responsibilities).toHaveLength(5);
    expect(d.roles.projectManager.responsibilities).toHaveLength(5);
  });

  it('agrees with assessProject', () => {
    const a = assessProject(sampleProject, AS_OF);
    expect(d.overall).toBe(a.overall);
    expect(d.areas).toEqual(a.areas);
    expect(d.roles.productOwner).toEqual(a.productOwner);
  });

  it('is frozen and JSON-serialisable, money as strings', () => {
    expect(isDeepFrozen(d)).toBe(true);
    const json = JSON.parse(JSON.stringify(d));
    expect(typeof json.budget.forecastAtCompletion).toBe('string');
    expect(typeof json.earnedValue.cpi).toBe('string');
    expect(typeof json.businessCase.options[0].npv).toBe('string');
    expect(isDecimal(d.budget?.total)).toBe(true);
    // nothing is lost: no functions, no undefined, no non-finite numbers
    const walk = (v: unknown): void => {
      expect(typeof v).not.toBe('function');
      expect(v).not.toBeUndefined();
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      if (v !== null && typeof v === 'object' && !isDecimal(v))
        for (const x of Object.values(v)) walk(x);
    };
    walk(d);
  });

  it('is deterministic for the same asOf', () => {
    expect(JSON.stringify(dashboard(sampleProject, AS_OF))).toBe(JSON.stringify(d));
  });

  it('changes with the seed only in the simulated figures', () => {
    const other = dashboard(sampleProject, AS_OF, { seed: 7 });
    expect(other.velocity).toEqual(d.velocity);
    expect(other.budget).toEqual(d.budget);
    expect(other.risks.contingency?.p80).not.toBe(d.risks.contingency?.p80);
  });
});

describe('dashboard on other projects', () => {
  it('returns nulls, not errors, for a project with nothing but people', () => {
    const empty = EMPTY_PROJECT;
    const d = dashboard(empty, '2026-02-01');
    expect(d.velocity).toBeNull();
    expect(d.burndown).toBeNull();
    expect(d.flow).toBeNull();
    expect(d.budget).toBeNull();
    expect(d.earnedValue).toBeNull();
    expect(d.businessCase).toBeNull();
    expect(d.schedule).toBeNull();
    expect(d.risks).toMatchObject({
      open: 0,
      top: [],
      exposure: null,
      contingency: null,
      heatMap: null,
    });
    expect(d.stakeholders).toEqual({
      grid: [],
      engagementGaps: [],
      communicationsDue: [],
      lastReview: null,
    });
    expect(d.forecast.targets).toEqual([]);
    const statuses = [
      ...d.roles.productOwner.responsibilities,
      ...d.roles.projectManager.responsibilities,
    ].map((r) => r.status);
    expect(statuses.filter((s) => s === 'missing').length).toBeGreaterThanOrEqual(8);
    expect(d.overall).toBe('red');
  });

  it('reports slip 0 when the plan is its own baseline', () => {
    const p = variant((d) => {
      d.baseline = baselineOfCurrentPlan(d as unknown as Project);
    });
    expect(dashboard(p, AS_OF, FAST).schedule?.slip).toBe(0);
  });
});

describe('dashboard properties', () => {
  it('never throws on any date from before the start to after the end, and stays frozen and deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 330 }), (offset) => {
        const asOf = addDays(sampleProject.start, offset);
        const a = dashboard(sampleProject, asOf, FAST);
        expect(isDeepFrozen(a)).toBe(true);
        expect(JSON.stringify(dashboard(sampleProject, asOf, FAST))).toBe(JSON.stringify(a));
        for (const r of [
          ...a.roles.productOwner.responsibilities,
          ...a.roles.projectManager.responsibilities,
        ])
          expect(STATUSES).toContain(r.status);
        expect(['red', 'amber', 'green']).toContain(a.overall);
      }),
      { numRuns: 12 },
    );
  });
});

describe('dashboard errors', () => {
  it('rejects a bad asOf and a malformed project', () => {
    expect(catchError(() => dashboard(sampleProject, 'today')).code).toBe('INVALID_DATE');
    expect(
      catchError(() => dashboard({ ...sampleProject, roles: {} } as unknown as Project, AS_OF))
        .path,
    ).toEqual(['project', 'roles', 'productOwner']);
  });
  it('reports bad parts with their project path', () => {
    const badSprint = variant((d) => {
      (d.sprints[2] as unknown as { committed: number }).committed = -1;
    });
    expect(catchError(() => dashboard(badSprint, AS_OF, FAST)).path).toEqual([
      'project',
      'sprints',
      2,
      'committed',
    ]);
    const badBudget = variant((d) => {
      (d.budget as unknown as { actuals: { amount: string }[] }).actuals[2] = {
        ...(d.budget as unknown as { actuals: { amount: string }[] }).actuals[2],
        amount: 'x',
      } as { amount: string };
    });
    expect(catchError(() => dashboard(badBudget, AS_OF, FAST)).path).toEqual([
      'project',
      'budget',
      'actuals',
      2,
      'amount',
    ]);
    const badWork = variant((d) => {
      (d.workItems[3] as unknown as { finishedOn: string }).finishedOn = '2026-01-01';
    });
    expect(catchError(() => dashboard(badWork, AS_OF, FAST)).path).toEqual([
      'project',
      'workItems',
      3,
      'finishedOn',
    ]);
    const badStakeholder = variant((d) => {
      (d.stakeholders[2] as unknown as { power: number }).power = 9;
    });
    expect(catchError(() => dashboard(badStakeholder, AS_OF, FAST)).path).toEqual([
      'project',
      'stakeholders',
      2,
      'power',
    ]);
    const badCalendar = variant((d) => {
      d.calendar = { weekend: [9], holidays: [] };
    });
    expect(catchError(() => dashboard(badCalendar, AS_OF, FAST)).path).toEqual([
      'project',
      'calendar',
      'weekend',
      0,
    ]);
  });
});
