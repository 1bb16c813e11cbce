import { describe, expect, it } from 'vitest';
import { progressReport } from '../../src/project/progressReport.js';
import { renderReportMarkdown, renderReportText } from '../../src/project/renderReport.js';
import { sampleProject } from '../../src/project/sample.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, EMPTY_PROJECT, FAST, variant } from './helpers.js';

const SECTIONS = [
  'Summary',
  'Done since the last review',
  'Forecast',
  'Budget and value',
  'Risks and issues',
  'Decisions needed',
  'Next targets',
];

describe('progressReport on the sample', () => {
  const r = progressReport(sampleProject, AS_OF);

  it('matches its TSDoc example', () => {
    expect(r.summary.rag).toBe('amber');
    expect(r.doneSinceLastReview.points).toBe(12);
    expect(r.nextTargets.capacity).toBe(29);
  });

  it('lists the work finished since the last review by backlog item', () => {
    expect(r.doneSinceLastReview).toMatchObject({
      since: '2026-11-13',
      reviewId: 'RV-8',
      workItems: 4,
    });
    expect(
      r.doneSinceLastReview.delivered.map((d) => [d.backlogItem, d.workItems, d.points]),
    ).toEqual([
      ['B-23', ['W-50'], 5],
      ['B-24', ['W-51'], 3],
      ['B-25', ['W-53'], 2],
      ['B-26', ['W-52'], 2],
    ]);
  });

  it('forecasts the sprint, the targets and the finish', () => {
    expect(r.forecast.sprint).toEqual({
      id: 'S9',
      end: '2026-11-27',
      remaining: 20,
      ideal: 15,
      day: 5,
      workingDays: 10,
    });
    expect(r.forecast.targets.map((t) => t.id)).toEqual(['G-1', 'G-2']);
    expect(r.forecast).toMatchObject({
      finish: '2027-01-29',
      baselineFinish: '2027-01-15',
      slip: 10,
    });
  });

  it('collects the decisions needed in date order', () => {
    expect(r.decisionsNeeded.map((d) => [d.id, d.source, d.decider])).toEqual([
      ['D-1', 'decision', 'Kate Nowak'],
      ['D-2', 'decision', 'Works council'],
      ['budget:forecast', 'budget', 'Kate Nowak'],
      ['schedule:slip', 'schedule', 'Kate Nowak'],
    ]);
  });

  it('proposes the top items that fit the next sprint', () => {
    expect(r.nextTargets.items.map((i) => i.id)).toEqual(['B-27', 'B-39', 'B-29', 'B-28']);
    expect(r.nextTargets.committed).toBe(26);
    expect(r.nextTargets.committed).toBeLessThanOrEqual(r.nextTargets.capacity as number);
  });

  it('gathers every finding of both roles as issues, and names risk owners', () => {
    expect(r.risksAndIssues.issues).toContain('1 open risk has no owner (R-08).');
    expect(r.risksAndIssues.issues).toContain('1 open item is larger than 13 points (B-40: 40).');
    expect(r.risksAndIssues.risks[0]?.owner).toBe('Li Wei');
  });

  it('is frozen and deterministic', () => {
    expect(isDeepFrozen(r)).toBe(true);
    expect(JSON.stringify(progressReport(sampleProject, AS_OF))).toBe(JSON.stringify(r));
  });
});

describe('renderReportMarkdown and renderReportText', () => {
  const r = progressReport(sampleProject, AS_OF, FAST);

  it('match their TSDoc examples', () => {
    const md = renderReportMarkdown(progressReport(sampleProject, '2026-11-20'));
    expect(md.split('\n')[0]).toBe('# Progress report: Customer self-service portal');
    expect(md.includes('## Decisions needed')).toBe(true);
    const text = renderReportText(progressReport(sampleProject, '2026-11-20'));
    expect(text.split('\n').slice(0, 2)).toEqual([
      'PROGRESS REPORT: CUSTOMER SELF-SERVICE PORTAL',
      'As of 2026-11-20.',
    ]);
  });

  it('render every section in order', () => {
    const md = renderReportMarkdown(r);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.map((h) => h.replace(/^## /, '').replace(/ \(.*\)$/, ''))).toEqual(SECTIONS);
    const text = renderReportText(r);
    let at = 0;
    for (const s of SECTIONS) {
      const i = text.indexOf(`\n${s}`, at);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
  });

  it('render tables and figures', () => {
    const md = renderReportMarkdown(r);
    expect(md).toContain('| Area | RAG | Why |');
    expect(md).toContain(
      '| Cost | AMBER | Money runs out on 2027-03-22 at the current burn. CPI 0.92. |',
    );
    expect(md).toContain('- B-23 Tariff comparison and switch: 5 points (W-50)');
    expect(md).toContain(
      '- Whole backlog (17 open items, 141 points): in sprint 13 (ending 2027-01-22) at P50, sprint 14 (ending 2027-02-05) at P85, all trials by then.',
    );
    expect(md).toContain(
      '| R-11 The penetration test finds a critical vulnerability | High (10) | EUR -15,000 | Li Wei |',
    );
    expect(md.endsWith('\n')).toBe(true);
    const text = renderReportText(r);
    expect(text).toContain('Summary\n=======');
    expect(text).toContain('* B-27 Consumption chart by month (3 points)');
    expect(text).not.toContain('|');
  });

  it('escape pipes in Markdown cells and cut long text cells', () => {
    const p = variant((d) => {
      (d.decisions as unknown as { title: string }[])[0] = {
        ...(d.decisions as unknown as { title: string }[])[0],
        title: `Choose A | B ${'x'.repeat(80)}`,
      } as { title: string };
    });
    const rr = progressReport(p, AS_OF, FAST);
    expect(renderReportMarkdown(rr)).toContain('Choose A \\| B');
    expect(renderReportText(rr)).toMatch(/Choose A \| B x+…/);
  });

  it('say so when there is nothing to report', () => {
    const empty = EMPTY_PROJECT;
    const rr = progressReport(empty, '2026-02-01');
    const md = renderReportMarkdown(rr);
    expect(md).toContain('## Done since the start (2026-01-05)');
    expect(md).toContain('Nothing finished yet.');
    expect(md).toContain('No budget is recorded.');
    expect(md).toContain('No open risks.');
    expect(md).toContain('## Decisions needed\n\nNone.');
    expect(md).toContain('No velocity yet, so no sprint proposal.');
    expect(renderReportText(rr)).toContain('Nothing finished yet.');
  });
});

describe('progressReport decisions from the figures', () => {
  it('adds escalated risks and targets at risk', () => {
    const p = variant((d) => {
      const r = d.risks[0] as unknown as { status: string; escalatedTo: string };
      r.status = 'escalated';
      r.escalatedTo = 'Programme board';
      (d.targets[0] as unknown as { due: string }).due = '2026-12-01';
    });
    const r = progressReport(p, AS_OF, FAST);
    expect(r.decisionsNeeded.map((x) => x.id)).toContain('risk:R-01');
    expect(r.decisionsNeeded.find((x) => x.id === 'risk:R-01')?.decider).toBe('Programme board');
    expect(r.decisionsNeeded.find((x) => x.id === 'target:G-1')?.decider).toBe('Amira Haddad');
  });
  it('drops decisions already taken', () => {
    const p = variant((d) => {
      (d.decisions as unknown as { decidedOn?: string }[])[0] = {
        ...(d.decisions as unknown as object[])[0],
        decidedOn: '2026-11-18',
      };
    });
    expect(progressReport(p, AS_OF, FAST).decisionsNeeded.map((x) => x.id)).not.toContain('D-1');
  });
  it('rejects a bad date', () => {
    expect(catchError(() => progressReport(sampleProject, '2026-13-01')).code).toBe('INVALID_DATE');
  });
});
