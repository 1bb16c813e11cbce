import { describe, expect, it } from 'vitest';
import { assessRole } from '../../src/project/assessRole.js';
import type { ResponsibilityStatus } from '../../src/project/responsibilities.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import type { ResponsibilityId, RoleId } from '../../src/roles/index.js';
import { RESPONSIBILITIES, ROLES } from '../../src/roles/index.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, baselineOfCurrentPlan, FAST, variant } from './helpers.js';

function roleOf(id: ResponsibilityId): RoleId {
  return id.startsWith('po.') ? 'product-owner' : 'project-manager';
}

function assess(project: Project, id: ResponsibilityId, asOf = AS_OF) {
  const a = assessRole(project, roleOf(id), asOf, FAST);
  const r = a.responsibilities.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no ${id}`);
  return r;
}

const budgetTotal = (total: string, dropLines = false) =>
  variant((d) => {
    const b = d.budget as unknown as { total: string; lines?: unknown[] };
    b.total = total;
    if (dropLines) delete b.lines;
  });

type Case = readonly [ResponsibilityId, ResponsibilityStatus, Project, string?];

const CASES: readonly Case[] = [
  // po.funding
  ['po.funding', 'ok', budgetTotal('700000')],
  ['po.funding', 'attention', sampleProject],
  [
    'po.funding',
    'missing',
    variant((d) => {
      delete d.budget;
    }),
  ],
  [
    'po.funding',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'po.funding': 'Funded by the programme board' };
    }),
  ],
  // po.value
  [
    'po.value',
    'ok',
    variant((d) => {
      (d.budget as unknown as { total: string }).total = '700000';
      d.earnedValue = [];
    }),
  ],
  ['po.value', 'attention', sampleProject],
  [
    'po.value',
    'missing',
    variant((d) => {
      delete d.businessCase;
    }),
  ],
  [
    'po.value',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'po.value': 'Internal tool, no business case' };
    }),
  ],
  // po.backlog
  [
    'po.backlog',
    'ok',
    variant((d) => {
      d.backlog = d.backlog.filter((i) => i.id !== 'B-40');
      for (const i of d.backlog as unknown as { id: string; wsjf?: unknown }[])
        if (i.id === 'B-35' || i.id === 'B-36')
          i.wsjf = { businessValue: 3, timeCriticality: 2, riskReduction: 1, jobSize: 5 };
    }),
  ],
  ['po.backlog', 'attention', sampleProject],
  [
    'po.backlog',
    'missing',
    variant((d) => {
      d.backlog = [];
    }),
  ],
  [
    'po.backlog',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'po.backlog': 'Run by a feature team' };
    }),
  ],
  // po.stakeholders
  [
    'po.stakeholders',
    'ok',
    variant((d) => {
      (d.reviews[1] as unknown as { invited: string[] }).invited.push('S-03');
      for (const s of d.stakeholders as unknown as {
        id: string;
        engagement: { current: string; desired: string };
        lastContactedOn?: string;
      }[]) {
        if (s.id === 'S-03') {
          s.engagement.desired = 'supportive';
          s.lastContactedOn = '2026-11-19';
        }
        if (s.id === 'S-10') {
          s.engagement.current = 'neutral';
          s.lastContactedOn = '2026-11-19';
        }
        if (s.id === 'S-09') s.engagement.current = 'neutral';
      }
    }),
  ],
  ['po.stakeholders', 'attention', sampleProject],
  [
    'po.stakeholders',
    'missing',
    variant((d) => {
      d.stakeholders = [];
    }),
  ],
  [
    'po.stakeholders',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'po.stakeholders': 'Handled by the account team' };
    }),
  ],
  // po.progress
  ['po.progress', 'ok', sampleProject],
  [
    'po.progress',
    'attention',
    variant((d) => {
      (d.targets[0] as unknown as { due: string }).due = '2026-12-01';
    }),
  ],
  [
    'po.progress',
    'missing',
    variant((d) => {
      d.reviews = [];
      d.targets = [];
    }),
  ],
  ['po.progress', 'not-applicable', sampleProject, '2026-07-30'],
  // pm.business-case
  ['pm.business-case', 'ok', sampleProject],
  [
    'pm.business-case',
    'attention',
    variant((d) => {
      (d.businessCase as unknown as { risks: string[] }).risks = [];
    }),
  ],
  [
    'pm.business-case',
    'missing',
    variant((d) => {
      delete d.businessCase;
    }),
  ],
  [
    'pm.business-case',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'pm.business-case': 'Held by the programme office' };
    }),
  ],
  // pm.plans
  [
    'pm.plans',
    'ok',
    variant((d) => {
      d.baseline = baselineOfCurrentPlan(d as unknown as Project);
    }),
  ],
  ['pm.plans', 'attention', sampleProject],
  [
    'pm.plans',
    'missing',
    variant((d) => {
      d.plan = [];
    }),
  ],
  [
    'pm.plans',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'pm.plans': 'Pure Scrum team' };
    }),
  ],
  // pm.progress
  [
    'pm.progress',
    'ok',
    variant((d) => {
      d.earnedValue = [];
    }),
    '2026-11-14',
  ],
  ['pm.progress', 'attention', sampleProject],
  [
    'pm.progress',
    'missing',
    variant((d) => {
      d.sprints = [];
      d.workItems = [];
      delete d.statusHistory;
    }),
  ],
  ['pm.progress', 'not-applicable', sampleProject, '2026-06-15'],
  // pm.risks
  [
    'pm.risks',
    'ok',
    variant((d) => {
      d.risks = d.risks.filter((r) => r.id === 'R-06' || r.id === 'R-10');
    }),
  ],
  ['pm.risks', 'attention', sampleProject],
  [
    'pm.risks',
    'missing',
    variant((d) => {
      d.risks = [];
    }),
  ],
  [
    'pm.risks',
    'not-applicable',
    variant((d) => {
      d.notApplicable = { 'pm.risks': 'Programme risk register' };
    }),
  ],
  // pm.admin
  [
    'pm.admin',
    'ok',
    variant((d) => {
      for (const w of d.workItems as unknown as { id: string; finishedOn?: string }[])
        if (w.id === 'W-41') w.finishedOn = '2026-11-19';
      // Its status history would date it (still in progress): drop it.
      d.statusHistory = d.statusHistory?.filter((h) => h.id !== 'W-41');
    }),
  ],
  ['pm.admin', 'attention', sampleProject],
  [
    'pm.admin',
    'missing',
    variant((d) => {
      d.workItems = [];
      delete d.statusHistory;
    }),
  ],
  ['pm.admin', 'not-applicable', sampleProject, '2026-05-15'],
];

describe('assessRole: each status of each responsibility', () => {
  it('covers all ten responsibilities with all four statuses', () => {
    const seen = new Set(CASES.map(([id, s]) => `${id}:${s}`));
    expect(seen.size).toBe(40);
    expect(new Set(CASES.map(([id]) => id))).toEqual(new Set(RESPONSIBILITIES.map((r) => r.id)));
  });
  it.each(CASES.map((c) => [c[0], c[1], c[2], c[3]] as const))(
    '%s is %s',
    (id, status, project, asOf) => {
      const r = assess(project, id, asOf ?? AS_OF);
      expect(r.status).toBe(status);
      expect(r.evidence.length).toBeGreaterThan(0);
      if (status === 'attention' || status === 'missing') {
        expect(r.actions.length).toBeGreaterThan(0);
        expect(r.findings).toBeGreaterThan(0);
      }
      if (status === 'ok') {
        expect(r.actions).toEqual([]);
        expect(r.findings).toBe(0);
      }
      if (status === 'not-applicable') expect(r.actions).toEqual([]);
    },
  );
});

describe('assessRole on the sample', () => {
  it('assesses every responsibility of each role with figures in the evidence', () => {
    for (const role of ['product-owner', 'project-manager'] as const) {
      const a = assessRole(sampleProject, role, AS_OF, FAST);
      expect(a.responsibilities.map((r) => r.id)).toEqual(ROLES[role].responsibilities);
      for (const r of a.responsibilities) {
        expect(r.evidence.length).toBeGreaterThanOrEqual(2);
        expect(r.evidence.some((s) => /\d/.test(s))).toBe(true);
        expect(r.title).toBe(RESPONSIBILITIES.find((x) => x.id === r.id)?.title);
      }
    }
  });

  it('matches its TSDoc example', () => {
    const po = assessRole(sampleProject, 'product-owner', '2026-11-20');
    expect(po.responsibilities.map((r) => r.id)).toEqual([
      'po.funding',
      'po.value',
      'po.backlog',
      'po.stakeholders',
      'po.progress',
    ]);
    expect(po.responsibilities[3]?.status).toBe('attention');
    expect(po.responsibilities[3]?.evidence[0]).toBe(
      '1 manage-closely stakeholder was not invited to the last review (Priya Shah; RV-8 on 2026-11-13).',
    );
  });

  it('names the figures the issue asks for', () => {
    const pm = assessRole(sampleProject, 'project-manager', AS_OF, FAST);
    const po = assessRole(sampleProject, 'product-owner', AS_OF, FAST);
    const all = [...pm.responsibilities, ...po.responsibilities].flatMap((r) => r.evidence);
    expect(all).toContain('CPI 0.92 and SPI 0.93 on 2026-10-31.');
    expect(all).toContain(
      '3 risks are past the review date (R-05: 14 days, R-07: 10 days and R-01: 7 days).',
    );
    expect(all).toContain('Finish 10 working days behind the baseline (2027-01-15 → 2027-01-29).');
    expect(all).toContain("Tom O'Neill: 9 points assigned in S9 against a capacity of 6.4 (141%).");
    expect(all).toContain(
      '1 item in progress is older than the P85 cycle time of 7 days (W-41: 18 days).',
    );
  });

  it('counts the statuses and names the holder', () => {
    const a = assessRole(sampleProject, 'project-manager', AS_OF, FAST);
    expect(a.holder).toEqual({ id: 'p-jonas', name: 'Jonas Berg' });
    const total = Object.values(a.counts).reduce((s, n) => s + n, 0);
    expect(total).toBe(5);
    expect(a.counts.attention).toBe(
      a.responsibilities.filter((r) => r.status === 'attention').length,
    );
  });

  it('is frozen and deterministic', () => {
    const a = assessRole(sampleProject, 'product-owner', AS_OF, FAST);
    const b = assessRole(sampleProject, 'product-owner', AS_OF, FAST);
    expect(isDeepFrozen(a)).toBe(true);
    expect(a).toEqual(b);
  });
});

describe('assessRole thresholds', () => {
  it('raises the say/do bar with minSayDo', () => {
    const strict = assessRole(sampleProject, 'project-manager', '2026-11-14', {
      ...FAST,
      minSayDo: 0.95,
    });
    const r = strict.responsibilities.find((x) => x.id === 'pm.progress');
    expect(r?.evidence[0]).toBe('Say/do ratio 0.92 over the last 3 sprints.');
  });
  it('tolerates a larger forecast overrun with budgetTolerance', () => {
    const p = variant((d) => {
      (d.budget as unknown as { end: string }).end = '2027-03-01';
    });
    const loose = assess(p, 'po.funding');
    expect(loose.evidence.some((e) => e.startsWith('Forecast at completion'))).toBe(true);
  });
  it('flags a person in both roles', () => {
    const p = variant((d) => {
      d.roles = { productOwner: 'p-jonas', projectManager: 'p-jonas' };
    });
    const r = assess(p, 'pm.admin');
    expect(r.status).toBe('attention');
    expect(r.evidence[0]).toMatch(/^Role assignment: One person holds both roles/);
  });
  it('flags a missing RACI and a RACI without a Responsible', () => {
    expect(
      assess(
        variant((d) => {
          delete d.raci;
        }),
        'pm.admin',
      ).evidence,
    ).toContain('No RACI matrix is recorded.');
    const bad = variant((d) => {
      (d.raci as { assignments: Record<string, Record<string, unknown>> }).assignments['pm.admin'] =
        {
          'p-jonas': 'A',
        };
    });
    expect(assess(bad, 'pm.admin').evidence[0]).toMatch(/^The RACI matrix breaks 1 rule/);
  });
  it('flags an unfunded plan and an overspent budget', () => {
    const late = variant((d) => {
      (d.budget as unknown as { end: string }).end = '2027-01-15';
    });
    expect(assess(late, 'po.funding').evidence).toContain(
      'The plan finishes on 2027-01-29, after the funded period ends on 2027-01-15.',
    );
    const over = budgetTotal('380000', true);
    const r = assess(over, 'po.funding');
    expect(r.evidence[0]).toMatch(/^Forecast at completion EUR 639,630 .* over budget\.$/);
    expect(r.evidence).toContain('Spending and commitments exceed the budget by EUR 8,000.');
    const v = assess(over, 'po.value');
    expect(
      v.evidence.some((e) =>
        e.startsWith(
          'The forecast overspend of EUR 259,630 (at completion, undiscounted) is not in the NPV',
        ),
      ),
    ).toBe(true);
  });
  it('flags a review that is too long ago and a missing review', () => {
    const old = assess(sampleProject, 'po.progress', '2026-12-11');
    expect(old.status).toBe('attention');
    expect(old.evidence[0]).toBe('The last sprint review was 28 days ago (RV-8 on 2026-11-13).');
    const none = variant((d) => {
      d.reviews = [];
    });
    expect(assess(none, 'po.progress').evidence[0]).toBe(
      'No sprint review is recorded after 8 finished sprints.',
    );
    expect(assess(none, 'po.stakeholders').evidence).toContain(
      'No sprint review is recorded after 8 finished sprints.',
    );
  });
  it('flags a target set in the past only', () => {
    const p = variant((d) => {
      for (const t of d.targets as unknown as { due: string }[]) t.due = '2026-11-01';
    });
    expect(assess(p, 'po.progress').evidence).toContain('No target is set beyond today.');
  });
  it('flags a plan without a baseline', () => {
    const p = variant((d) => {
      delete d.baseline;
    });
    expect(assess(p, 'pm.plans').evidence[0]).toBe(
      'No baseline is recorded, so slippage cannot be measured.',
    );
  });
  it('flags a business case with too few options', () => {
    const p = variant((d) => {
      const bc = d.businessCase as unknown as { options: { kind: string }[] };
      bc.options = bc.options.filter((o) => o.kind !== 'do-minimum');
    });
    expect(assess(p, 'pm.business-case').evidence[0]).toBe('The case compares 2 options.');
  });
});

describe('assessRole errors', () => {
  it('rejects an unknown role', () => {
    const e = catchError(() => assessRole(sampleProject, 'scrum-master' as RoleId, AS_OF));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['role']);
  });
  it('rejects a bad asOf', () => {
    const e = catchError(() => assessRole(sampleProject, 'product-owner', '2026-02-30'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['asOf']);
  });
  it('rejects a malformed project with its path', () => {
    expect(
      catchError(() => assessRole(null as unknown as Project, 'product-owner', AS_OF)).path,
    ).toEqual(['project']);
    const e = catchError(() =>
      assessRole(
        { ...sampleProject, risks: undefined } as unknown as Project,
        'product-owner',
        AS_OF,
      ),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['project', 'risks']);
  });
  it('reports a domain error under the project path', () => {
    const p = variant((d) => {
      (d.risks[0] as unknown as { probability: number }).probability = 2;
    });
    const e = catchError(() => assessRole(p, 'project-manager', AS_OF));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.path).toEqual(['project', 'risks', 0, 'probability']);
    expect(e.message.startsWith('project.risks[0].probability: ')).toBe(true);
  });
  it('rejects bad thresholds', () => {
    expect(
      catchError(() => assessRole(sampleProject, 'product-owner', AS_OF, { minSayDo: 2 })).path,
    ).toEqual(['options', 'minSayDo']);
    expect(
      catchError(() => assessRole(sampleProject, 'product-owner', AS_OF, { trials: 5 })).code,
    ).toBe('OUT_OF_RANGE');
    expect(
      catchError(() => assessRole(sampleProject, 'product-owner', AS_OF, { indexRed: 0.99 })).path,
    ).toEqual(['options', 'indexRed']);
    expect(
      catchError(() => assessRole(sampleProject, 'product-owner', AS_OF, { slipRedDays: 1 })).path,
    ).toEqual(['options', 'slipRedDays']);
    expect(
      catchError(() =>
        assessRole(sampleProject, 'product-owner', AS_OF, { seed: Number.NaN } as never),
      ).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() => assessRole(sampleProject, 'product-owner', AS_OF, 'x' as never)).path,
    ).toEqual(['options']);
  });
});
