import { describe, expect, it } from 'vitest';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { renderReportMarkdown, renderReportText } from '../../src/project/renderReport.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { parseProject } from '../../src/schemas/project.js';
import { isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, FAST, variant } from './helpers.js';

// Projects with parts missing or odd: every output must still be complete,
// frozen and serialisable, and the report must still render every section.
const VARIANTS: readonly (readonly [string, Project, string])[] = [
  ['between sprints', sampleProject, '2026-11-14'],
  ['before the start', sampleProject, '2026-05-15'],
  ['after the end', sampleProject, '2027-06-30'],
  [
    'without money',
    variant((d) => {
      delete d.budget;
      delete d.businessCase;
      d.earnedValue = [];
    }),
    AS_OF,
  ],
  [
    'without plan baseline and calendar',
    variant((d) => {
      delete d.baseline;
      delete d.calendar;
    }),
    AS_OF,
  ],
  [
    'with only unestimated open items',
    variant((d) => {
      for (const i of d.backlog as unknown as { status: string; estimate?: number }[])
        if (i.status !== 'done') delete i.estimate;
    }),
    AS_OF,
  ],
  [
    'with a zero budget and unpriced risks',
    variant((d) => {
      const b = d.budget as unknown as {
        total: string;
        lines?: unknown;
        actuals?: unknown;
        commitments?: unknown;
      };
      b.total = '0';
      delete b.lines;
      delete b.actuals;
      delete b.commitments;
      for (const r of d.risks as unknown as { costImpact?: unknown; residual?: unknown }[]) {
        delete r.costImpact;
        delete r.residual;
      }
    }),
    AS_OF,
  ],
  [
    'with everything closed',
    variant((d) => {
      for (const i of d.backlog as unknown as { status: string }[]) i.status = 'done';
      for (const r of d.risks as unknown as { status: string }[]) r.status = 'closed';
      d.decisions = [];
    }),
    AS_OF,
  ],
];

describe('dashboard and report on unusual projects', () => {
  it.each(VARIANTS)('%s', (_name, project, asOf) => {
    const d = dashboard(project, asOf, FAST);
    expect(isDeepFrozen(d)).toBe(true);
    const json = JSON.parse(JSON.stringify(d));
    expect(json.asOf).toBe(asOf);
    const r = progressReport(project, asOf, FAST);
    const md = renderReportMarkdown(r);
    for (const h of [
      'Summary',
      'Done since',
      'Forecast',
      'Budget and value',
      'Risks and issues',
      'Decisions needed',
      'Next targets',
    ])
      expect(md).toContain(`## ${h}`);
    expect(renderReportText(r).length).toBeGreaterThan(200);
  });

  it('reads backlog items with defaults, as createBacklog does', () => {
    const p = variant((d) => {
      d.backlog = d.backlog.map((i) =>
        i.status === 'todo' && (i.dependsOn ?? []).length === 0
          ? {
              id: i.id,
              title: i.title,
              ...(i.estimate === undefined ? {} : { estimate: i.estimate }),
            }
          : i,
      );
    });
    const parsed = parseProject(JSON.parse(JSON.stringify(p)));
    expect(parsed.backlog.find((i) => i.id === 'B-34')).toEqual({
      id: 'B-34',
      title: 'Mobile app deep links',
      estimate: 5,
    });
    expect(
      dashboard(parsed, AS_OF, FAST).roles.productOwner.responsibilities[2]?.evidence,
    ).toContain(
      '3 open items have no WSJF inputs (B-34, B-35 and B-36), so they cannot be ranked.',
    );
  });

  it('has no burndown between sprints', () => {
    const d = dashboard(sampleProject, '2026-11-14', FAST);
    expect(d.burndown).toBeNull();
    expect(progressReport(sampleProject, '2026-11-14', FAST).forecast.sprint).toBeNull();
  });

  it('says how unestimated items are forecast', () => {
    const p = VARIANTS[5]?.[1] as Project;
    const d = dashboard(p, AS_OF, FAST);
    expect(d.forecast.assumedEstimate).toBeNull();
    expect(d.forecast.targets.every((t) => t.p50 === null)).toBe(true);
  });

  it('has no forecast overrun decision when nothing is spent', () => {
    const p = VARIANTS[6]?.[1] as Project;
    const r = progressReport(p, AS_OF, FAST);
    expect(r.decisionsNeeded.map((x) => x.source)).not.toContain('budget');
    expect(r.risksAndIssues.contingencyP80).toBeNull();
  });
});
