import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { assessProject } from '../../src/project/assessProject.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { createRiskMatrix } from '../../src/risk/index.js';
import { isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, baselineOfCurrentPlan, FAST, variant } from './helpers.js';

describe('assessProject', () => {
  it('matches its TSDoc example', () => {
    const a = assessProject(sampleProject, '2026-11-20');
    expect(a.overall).toBe('amber');
    expect(a.areas.cost).toEqual({
      rag: 'amber',
      reasons: ['Money runs out on 2027-03-22 at the current burn.', 'CPI 0.92.'],
    });
  });

  it('rates the five areas of the sample', () => {
    const a = assessProject(sampleProject, AS_OF, FAST);
    expect(Object.keys(a.areas)).toEqual(['scope', 'schedule', 'cost', 'risk', 'stakeholders']);
    expect(a.areas.scope.rag).toBe('green');
    expect(a.areas.schedule).toEqual({
      rag: 'amber',
      reasons: [
        'Finish 10 working days behind the baseline.',
        'T22 misses its deadline by 3 working days.',
        'SPI(t) 0.93.',
      ],
    });
    expect(a.areas.stakeholders.reasons[0]).toBe('Not invited to the last review: Priya Shah.');
    expect(a.productOwner.role).toBe('product-owner');
    expect(a.projectManager.role).toBe('project-manager');
    expect(isDeepFrozen(a)).toBe(true);
  });

  it('rates a missed deadline amber with its reason, even on the baseline (negative float)', () => {
    const late = variant((d) => {
      d.baseline = baselineOfCurrentPlan(d as unknown as Project);
      d.earnedValue = [];
    });
    const conflicts = criticalPath(late.plan, {
      start: late.start,
      ...(late.statusDate ? { statusDate: late.statusDate } : {}),
      ...(late.calendar ? { calendar: late.calendar } : {}),
    }).conflicts;
    expect(conflicts).toEqual([{ taskId: 'T22', kind: 'deadline', by: 3 }]);
    expect(assessProject(late, AS_OF, FAST).areas.schedule).toEqual({
      rag: 'amber',
      reasons: [
        'Finish 0 working days from the baseline.',
        'T22 misses its deadline by 3 working days.',
      ],
    });
  });

  it('takes the worst area as overall', () => {
    const red = variant((d) => {
      const ev = d.earnedValue as unknown as { ac: string }[];
      (ev[3] as { ac: string }).ac = '380000';
    });
    const a = assessProject(red, AS_OF, FAST);
    expect(a.areas.cost.rag).toBe('red');
    expect(a.areas.cost.reasons).toContain('CPI 0.78.');
    expect(a.overall).toBe('red');
  });

  it('rates schedule red beyond slipRedDays and green on the baseline', () => {
    expect(
      assessProject(sampleProject, AS_OF, { ...FAST, slipRedDays: 9, slipAmberDays: 5 }).areas
        .schedule.rag,
    ).toBe('red');
    const onPlan = variant((d) => {
      d.baseline = baselineOfCurrentPlan(d as unknown as Project);
      d.earnedValue = [];
      for (const t of d.plan as unknown as { deadline?: string }[]) delete t.deadline;
    });
    expect(assessProject(onPlan, AS_OF, FAST).areas.schedule).toEqual({
      rag: 'green',
      reasons: ['Finish 0 working days from the baseline.'],
    });
    const noPlan = variant((d) => {
      d.plan = [];
      d.earnedValue = [];
    });
    expect(assessProject(noPlan, AS_OF, FAST).areas.schedule).toEqual({
      rag: 'amber',
      reasons: ['No plan.'],
    });
  });

  it('rates scope red when a target is more likely late than not', () => {
    const p = variant((d) => {
      (d.targets[0] as unknown as { due: string }).due = '2026-12-01';
    });
    const a = assessProject(p, AS_OF, FAST);
    expect(a.areas.scope.rag).toBe('red');
    expect(a.areas.scope.reasons[0]).toBe(
      'G-1 is more likely late than not: in sprint 11, ending 2026-12-25; all trials, after the due date 2026-12-01.',
    );
  });

  it('rates cost red for an overrun and amber without a budget', () => {
    const overrun = variant((d) => {
      const b = d.budget as unknown as { total: string; lines?: unknown };
      b.total = '380000';
      delete b.lines;
      d.earnedValue = [];
    });
    expect(assessProject(overrun, AS_OF, FAST).areas.cost.reasons[0]).toBe(
      'Spending and commitments exceed the budget by EUR 8,000.',
    );
    const over = variant((d) => {
      const b = d.budget as unknown as { total: string; lines?: unknown };
      b.total = '560000';
      delete b.lines;
      d.earnedValue = [];
    });
    expect(assessProject(over, AS_OF, FAST).areas.cost).toEqual({
      rag: 'red',
      reasons: ['Forecast 14.2% over budget.'],
    });
    const slightly = variant((d) => {
      const b = d.budget as unknown as { total: string; lines?: unknown };
      b.total = '600000';
      delete b.lines;
      d.earnedValue = [];
    });
    expect(assessProject(slightly, AS_OF, FAST).areas.cost.rag).toBe('amber');
    const none = variant((d) => {
      delete d.budget;
      d.earnedValue = [];
    });
    expect(assessProject(none, AS_OF, FAST).areas.cost).toEqual({
      rag: 'amber',
      reasons: ['No budget.'],
    });
  });

  it('rates risk red for an extreme risk without response and amber for an empty register', () => {
    const p = variant((d) => {
      const r = d.risks[10] as unknown as { probability: number };
      r.probability = 0.9;
    });
    const a = assessProject(p, AS_OF, FAST);
    expect(a.areas.risk.rag).toBe('red');
    expect(a.areas.risk.reasons[0]).toBe('Extreme threats without a response: R-11.');
    const none = variant((d) => {
      d.risks = [];
    });
    expect(assessProject(none, AS_OF, FAST).areas.risk).toEqual({
      rag: 'amber',
      reasons: ['The risk register is empty.'],
    });
  });

  it("uses the matrix's own top band", () => {
    const p = variant((d) => {
      d.riskMatrix = createRiskMatrix({
        ratingBands: [
          { name: 'Minor', minScore: 1 },
          { name: 'Major', minScore: 8 },
          { name: 'Critical', minScore: 10 },
        ],
      });
    });
    const a = assessProject(p, AS_OF, FAST);
    expect(a.areas.risk.reasons[0]).toBe('Critical threats without a response: R-11.');
    const risks = a.projectManager.responsibilities.find((r) => r.id === 'pm.risks');
    expect(risks?.evidence).toContain(
      '11 open risks (9 threats, 2 opportunities); 6 rated Major or Critical.',
    );
  });

  it('rates stakeholders red when a manage-closely stakeholder resists', () => {
    const p = variant((d) => {
      const s = d.stakeholders[2] as unknown as { engagement: { current: string } };
      s.engagement.current = 'resistant';
    });
    expect(assessProject(p, AS_OF, FAST).areas.stakeholders.reasons[0]).toBe(
      'Manage-closely stakeholders resist the project: Priya Shah.',
    );
    const none = variant((d) => {
      d.stakeholders = [];
      d.reviews = [];
    });
    expect(assessProject(none, AS_OF, FAST).areas.stakeholders.rag).toBe('amber');
  });
});
