import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/roles/compareRoles.js';
import { defaultRaci } from '../../src/roles/defaultRaci.js';
import { assertRaci, validateRaci } from '../../src/roles/validateRaci.js';
import { whoIsResponsible } from '../../src/roles/whoIsResponsible.js';
import { communicationsDue } from '../../src/stakeholders/communicationsDue.js';
import { engagementGaps } from '../../src/stakeholders/engagementGaps.js';
import { reviewCoverage } from '../../src/stakeholders/reviewCoverage.js';
import { salience } from '../../src/stakeholders/salience.js';
import { sprintReviewInvitees } from '../../src/stakeholders/sprintReviewInvitees.js';
import { stakeholderMap } from '../../src/stakeholders/stakeholderMap.js';
import { REGISTER as register } from './fixtures.js';

// Every result shown in docs/guides/roles-and-stakeholders.md.
describe('docs/guides/roles-and-stakeholders.md', () => {
  it('shows true results for the comparison of the two roles', () => {
    expect(compareRoles().find((r) => r.aspect === 'Question answered')).toEqual({
      aspect: 'Question answered',
      productOwner: 'Are we building the right thing, in the right order?',
      projectManager: 'Are we building it on time, on budget and under control?',
    });
    const row = (aspect: string) => compareRoles().find((r) => r.aspect === aspect);
    // The guide's table quotes these rows; keep them in step.
    expect(row('Measures of success')?.projectManager).toBe(
      'Delivery: schedule and cost performance (SPI, CPI), predictable forecasts, risks under control.',
    );
    expect(row('Owns')?.productOwner).toBe(
      'The vision, the product backlog and its order, the return on investment.',
    );
    expect(row('Horizon')?.productOwner).toBe(
      "The product's whole life, across releases and beyond any one project.",
    );
    expect(whoIsResponsible('make coffee')).toEqual({
      activity: 'make coffee',
      matchedBy: 'none',
      role: null,
      matches: [],
    });
    expect(whoIsResponsible('review the risk log').role).toBe('project-manager');
    expect(whoIsResponsible('sprint planning').role).toBe('product-owner');
  });

  it('shows true results for roles and RACI', () => {
    expect(whoIsResponsible('Prioritizing the backlog')).toEqual({
      activity: 'Prioritizing the backlog',
      matchedBy: 'keywords',
      role: 'product-owner',
      matches: [
        {
          id: 'po.backlog',
          role: 'product-owner',
          title: 'Express and order backlog items',
          score: 2,
          matched: ['backlog', 'prioritise'],
        },
      ],
    });
    const m = defaultRaci({
      productOwner: 'ana',
      projectManager: 'ben',
      team: 'devs',
      sponsor: 'cfo',
    });
    expect(m.assignments['po.backlog']).toEqual({
      ana: ['R', 'A'],
      ben: ['I'],
      devs: ['C'],
      cfo: ['I'],
    });
    expect(m.assignments['pm.plans']).toEqual({
      ana: ['C'],
      ben: ['R', 'A'],
      devs: ['C'],
      cfo: ['I'],
    });
    expect(validateRaci(m).load[0]).toEqual({
      person: 'ana',
      accountable: 5,
      responsible: 5,
      involved: 10,
      accountableShare: 0.5,
    });
    expect(
      validateRaci({
        activities: ['approve-budget', 'ship'],
        people: ['ana', 'ben', 'eve'],
        assignments: {
          'approve-budget': { ana: 'A', ben: 'A' },
          ship: { ana: ['A', 'R'], ben: ['C', 'I'] },
        },
      }).findings.map((f) => f.message),
    ).toEqual([
      'approve-budget: 2 people are Accountable (ana, ben); exactly one must be',
      'approve-budget: nobody is Responsible; at least one person must do the work',
      'ship: ben holds C+I; give one letter per person (only A with R may combine)',
      'eve: holds no letter on any activity',
    ]);
    expect(validateRaci(m).ok).toBe(true);
    let error: unknown;
    try {
      assertRaci({ activities: ['ship'], people: ['ana'], assignments: { ship: { ana: 'C' } } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      path: ['matrix', 'assignments', 'ship'],
      details: { rule: 'exactly-one-accountable' },
    });
  });

  it('shows true results for stakeholders', () => {
    expect(salience({ power: 4, legitimacy: true, urgency: true })).toBe('definitive');
    expect(register.map((s) => [s.id, salience(s)])).toEqual([
      ['cfo', 'dominant'],
      ['ops', 'definitive'],
      ['users', 'dependent'],
      ['it', 'definitive'],
      ['press', 'non-stakeholder'],
      ['sales', 'dominant'],
      ['legal', 'discretionary'],
    ]);
    expect(
      stakeholderMap(register).quadrants.map((q) => [q.quadrant, q.stakeholders.map((s) => s.id)]),
    ).toEqual([
      ['manage-closely', ['ops', 'sales']],
      ['keep-satisfied', ['cfo', 'it']],
      ['keep-informed', ['users']],
      ['monitor', ['legal', 'press']],
    ]);
    expect(engagementGaps(register).map((g) => [g.id, g.current, g.desired, g.gap])).toEqual([
      ['ops', 'resistant', 'leading', 3],
      ['it', 'unaware', 'neutral', 2],
      ['cfo', 'neutral', 'supportive', 1],
      ['sales', 'leading', 'supportive', -1],
    ]);
    expect(
      communicationsDue(register, '2026-02-05').map((d) => [d.id, d.dueOn, d.daysOverdue]),
    ).toEqual([
      ['users', null, null],
      ['cfo', '2026-01-31', 5],
      ['it', '2026-02-03', 2],
      ['ops', '2026-02-04', 1],
    ]);
    expect(sprintReviewInvitees(register).map((i) => [i.id, i.reasons.map((r) => r.text)])).toEqual(
      [
        ['ops', ['Manage closely: power 4 and interest 5 are both high']],
        ['users', ['Keep informed with interest 5 (at least 5)']],
        ['legal', ['Flagged to attend every sprint review']],
      ],
    );
    expect(
      sprintReviewInvitees(register, { definitive: true }).map((i) => [
        i.id,
        i.reasons.map((r) => r.code),
      ]),
    ).toEqual([
      ['ops', ['manage-closely', 'definitive']],
      ['it', ['definitive']],
      ['users', ['highly-interested']],
      ['legal', ['flagged']],
    ]);
    const c = reviewCoverage(register, { invited: ['users', 'legal'], attended: ['users'] });
    expect(c.notInvited.map((i) => i.id)).toEqual(['ops']);
    expect(c.invitedAbsent).toEqual(['legal']);
    expect(c.attendanceShare).toBe(0.5);
    expect(c.invitedShare).toBe(2 / 3);
  });
});
