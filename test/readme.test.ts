import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  assessRole,
  createBacklog,
  createRiskRegister,
  criticalPath,
  cycleTime,
  defaultRaci,
  earnedValue,
  expectedMonetaryValue,
  forecastWhen,
  irr,
  npv,
  percentile,
  powerInterestQuadrant,
  prioritise,
  rice,
  riskExposure,
  roundMoney,
  salience,
  sampleProject,
  selectForSprint,
  validateRaci,
  velocity,
  whoIsResponsible,
  xirr,
} from '../src/index.js';

// Every figure the README shows, so that the front page cannot drift.
describe('README', () => {
  it('core examples', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 85)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 85, { method: 'linear' })).toBeCloseTo(
      8.65,
      12,
    );
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(roundMoney('2.345').toString()).toBe('2.34');
  });

  it('finance: Excel help NPV, IRR and XIRR examples and an EVM example', () => {
    const flows = [-10000, 3000, 4200, 6800];
    expect(npv(0.1, flows).toFixed(2)).toBe('1307.29');
    expect(npv(0.1, flows, { firstFlowAt: 1 }).toFixed(2)).toBe('1188.44');
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])?.toFixed(4)).toBe('0.0866');
    expect(
      xirr([
        { date: '2008-01-01', amount: -10000 },
        { date: '2008-03-01', amount: 2750 },
        { date: '2008-10-30', amount: 4250 },
        { date: '2009-02-15', amount: 3250 },
        { date: '2009-04-01', amount: 2750 },
      ])?.toFixed(4),
    ).toBe('0.3734');
    const ev = earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
    expect(ev.cpi?.toFixed(3)).toBe('0.893');
    expect(ev.eac.cpi?.toString()).toBe('4480');
    expect(ev.tcpiBac?.toFixed(3)).toBe('1.250');
  });

  it('backlog: Intercom RICE, WSJF order with a dependency, sprint selection', () => {
    expect(rice({ reach: 450, impact: 'massive', confidence: 'high', effort: 2 }).score).toBe(675);
    const backlog = createBacklog([
      {
        id: 'sso',
        title: 'Single sign-on',
        status: 'ready',
        estimate: 8,
        wsjf: { businessValue: 13, timeCriticality: 8, riskReduction: 5, jobSize: 8 },
      },
      {
        id: 'audit',
        title: 'Audit log',
        status: 'todo',
        estimate: 5,
        dependsOn: ['events'],
        wsjf: { businessValue: 5, timeCriticality: 13, riskReduction: 8, jobSize: 5 },
      },
      {
        id: 'events',
        title: 'Event bus',
        status: 'todo',
        estimate: 3,
        wsjf: { businessValue: 3, timeCriticality: 2, riskReduction: 8, jobSize: 3 },
      },
      {
        id: 'theme',
        title: 'Dark theme',
        status: 'todo',
        estimate: 2,
        wsjf: { businessValue: 3, timeCriticality: 1, riskReduction: 1, jobSize: 2 },
      },
    ]);
    const { backlog: ordered } = prioritise(backlog, 'wsjf');
    expect(ordered.items.map((i) => i.id)).toEqual(['events', 'audit', 'sso', 'theme']);
    expect(selectForSprint(ordered, { capacity: 12 }).committed).toBe(8);
  });

  it('progress: velocity, cycle time and the issue’s Monte Carlo case', () => {
    expect(
      velocity([
        { id: 's1', start: '2026-01-05', end: '2026-01-16', committed: 22, completed: 18 },
        { id: 's2', start: '2026-01-19', end: '2026-01-30', committed: 24, completed: 20 },
        { id: 's3', start: '2026-02-02', end: '2026-02-13', committed: 32, completed: 24 },
        { id: 's4', start: '2026-02-16', end: '2026-02-27', committed: 26, completed: 26 },
      ]).mean,
    ).toBe(22);
    expect(
      cycleTime({
        id: 'a',
        createdOn: '2026-03-01',
        startedOn: '2026-03-02',
        finishedOn: '2026-03-06',
      }),
    ).toBe(5);
    const when = forecastWhen({
      throughput: [
        2, 0, 0, 5, 1, 3, 2, 4, 0, 0, 1, 1, 2, 4, 0, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0,
      ],
      items: 35,
      seed: 1,
    });
    expect(when.percentiles[85]).toBe(43);
  });

  it('risk: the weather/material/labour EMV example', () => {
    const register = createRiskRegister([
      { id: 'weather', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: 80000 },
      {
        id: 'material',
        title: 'Cheaper material',
        kind: 'opportunity',
        probability: 0.1,
        costImpact: 100000,
      },
      {
        id: 'labour',
        title: 'Labour strike',
        kind: 'threat',
        probability: 0.05,
        costImpact: 150000,
      },
    ]);
    expect(register.risks.map((r) => expectedMonetaryValue(r)?.toString())).toEqual([
      '-20000',
      '10000',
      '-7500',
    ]);
    expect(riskExposure(register).netCost.toString()).toBe('17500');
  });

  it('plan: critical path with floats', () => {
    const cp = criticalPath([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 8, dependsOn: ['A'] },
      { id: 'C', duration: 6, dependsOn: ['B'] },
      { id: 'D', duration: 4, dependsOn: ['A'] },
      { id: 'E', duration: 5, dependsOn: ['D'] },
    ]);
    expect(cp.duration).toBe(17);
    expect(cp.criticalPaths).toEqual([['A', 'B', 'C']]);
    expect(cp.tasks[3]).toEqual({
      id: 'D',
      duration: 4,
      es: 3,
      ef: 7,
      ls: 8,
      lf: 12,
      totalFloat: 5,
      freeFloat: 0,
      critical: false,
    });
  });

  it('stakeholders and roles', () => {
    const cfo = { id: 'cfo', name: 'CFO', power: 5, interest: 5, legitimacy: true, urgency: true };
    expect(powerInterestQuadrant(cfo)).toBe('manage-closely');
    expect(salience(cfo)).toBe('definitive');
    expect(validateRaci(defaultRaci({ productOwner: 'amira', projectManager: 'jonas' })).ok).toBe(
      true,
    );
    expect(whoIsResponsible('order the backlog').role).toBe('product-owner');
  });

  it('project: the Product Owner’s assessment of the sample', () => {
    expect(
      assessRole(sampleProject, 'product-owner', '2026-11-20').responsibilities.map(
        (r) => r.status,
      ),
    ).toEqual(['attention', 'attention', 'attention', 'attention', 'ok']);
  });
});
