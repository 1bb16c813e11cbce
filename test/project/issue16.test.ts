import { describe, expect, it } from 'vitest';
import { earnedValue } from '../../src/finance/index.js';
import { assessProject } from '../../src/project/assessProject.js';
import { assessRole } from '../../src/project/assessRole.js';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { renderReportMarkdown, renderReportText } from '../../src/project/renderReport.js';
import type { Project } from '../../src/project/types.js';
import type { ResponsibilityId } from '../../src/roles/index.js';
import { AS_OF, FAST, variant } from './helpers.js';

function assess(p: Project, id: ResponsibilityId) {
  const role = id.startsWith('po.') ? 'product-owner' : 'project-manager';
  const a = assessRole(p, role, AS_OF, FAST);
  const r = a.responsibilities.find((x) => x.id === id);
  if (r === undefined) throw new Error(id);
  return r;
}

const OVER_BAC = { asOf: '2026-11-15', bac: 590000, pv: 400000, ev: 350000, ac: 600000 };

describe('issue 16 #1: a negative TCPI is never shown as a target', () => {
  const p = variant((d) => {
    (d.earnedValue as unknown[]).push(OVER_BAC);
  });

  it('says the BAC is out of reach and quotes the TCPI against the EAC, (BAC − EV) / (EAC − AC)', () => {
    const r = assess(p, 'pm.progress');
    const text = [...r.evidence, ...r.actions].join(' ');
    expect(text).not.toMatch(/TCPI of -/);
    expect(text).not.toMatch(/needed to finish on budget/);
    const ev = earnedValue(OVER_BAC);
    const eac = ev.eac.cpi as NonNullable<typeof ev.eac.cpi>;
    const tcpiEac = (590000 - 350000) / (eac.toNumber() - 600000);
    expect(text).toContain('the budget at completion of EUR 590,000 is out of reach');
    expect(text).toContain(`needs a TCPI of ${tcpiEac.toFixed(2)}`);
  });

  it('gives the dashboard no TCPI against the BAC, and the TCPI against the EAC', () => {
    const e = dashboard(p, AS_OF, FAST).earnedValue;
    if (e === null || e.eac === null) throw new Error('expected an EAC');
    expect(e.bacReachable).toBe(false);
    expect(e.tcpi).toBeNull();
    const eac = e.eac.toNumber();
    expect(e.tcpiEac?.toNumber()).toBeCloseTo((590000 - 350000) / (eac - 600000), 10);
  });

  it('keeps the TCPI against the BAC while the budget can still be met', () => {
    const e = dashboard(
      variant(() => {}),
      AS_OF,
      FAST,
    ).earnedValue;
    expect(e?.bacReachable).toBe(true);
    expect(e?.tcpi?.toNumber()).toBeGreaterThan(0);
  });
});

describe('issue 16 #2: an unanswered opportunity does not turn the risk area red', () => {
  it('rates threats for the red rule and notes a missed opportunity', () => {
    const p = variant((d) => {
      const risks = d.risks as unknown as Record<string, unknown>[];
      // Only the new opportunity lacks a response: the sample's unanswered threat gets one.
      for (const r of risks)
        if (r.response === undefined) r.response = { strategy: 'accept', actions: [] };
      risks.push({
        id: 'R-99',
        title: 'A partner offers to co-fund the portal',
        kind: 'opportunity',
        owner: 'p-ravi',
        raisedOn: '2026-11-01',
        probability: 0.9,
        impact: 5,
        costImpact: 50000,
        status: 'open',
        reviewBy: '2026-12-31',
      });
    });
    const risk = assessProject(p, AS_OF, FAST).areas.risk;
    expect(risk.rag).not.toBe('red');
    expect(risk.reasons.some((r) => r.includes('without a response: R-99'))).toBe(false);
    expect(risk.reasons).toContain('Missed opportunity: R-99 rated Extreme without a response.');
  });
});

describe('issue 16 #5: contingency is compared with the remaining reserve, not the original line', () => {
  const p = variant((d) => {
    const budget = d.budget as unknown as { actuals: Record<string, unknown>[] };
    budget.actuals.push({ date: '2026-11-10', amount: '44000', category: 'contingency' });
  });

  it('in assessProject', () => {
    const reasons = assessProject(p, AS_OF, FAST).areas.risk.reasons.join(' ');
    expect(reasons).toContain('EUR 1,000 left of the contingency of EUR 45,000');
  });
  it('in the dashboard', () => {
    const c = dashboard(p, AS_OF, FAST).risks.contingency;
    expect(c?.reserve?.toString()).toBe('45000');
    expect(c?.reserveRemaining?.toString()).toBe('1000');
  });
  it('in the PM risk responsibility', () => {
    const r = assess(p, 'pm.risks');
    expect(r.evidence.join(' ')).toContain(
      'against EUR 1,000 left of the contingency of EUR 45,000',
    );
  });
});

describe('issue 16 #7: a critical path that is not a path', () => {
  const p = variant(() => {});
  const d = dashboard(p, AS_OF, FAST);

  it('reports each critical path as a real chain of links', () => {
    const paths = d.schedule?.criticalPaths ?? [];
    expect(paths.length).toBe(2);
    const deps = new Map(p.plan.map((t) => [t.id, t.dependsOn ?? []]));
    for (const path of paths)
      for (let i = 1; i < path.length; i++) {
        const links = deps.get(path[i] as string) ?? [];
        const ids = links.map((l) => (typeof l === 'string' ? l : (l as { id: string }).id));
        expect(ids).toContain(path[i - 1]);
      }
  });
  it('names the list of critical tasks as such', () => {
    expect(d.schedule?.criticalTasks).toContain('T23');
    expect(d.schedule?.criticalTasks).toContain('T24');
    const sentence = assess(p, 'pm.plans').evidence.find((e) => e.includes('critical'));
    expect(sentence).toMatch(
      /^2 critical paths: T12 → .* → T25; T12 → .* → T25 \(critical tasks: /,
    );
    expect(sentence).not.toContain('T22 → T24 → T23');
  });
});

describe('issue 16: forecast wording resolves whole sprints on the real sprint calendar', () => {
  const d = dashboard(
    variant(() => {}),
    AS_OF,
    FAST,
  );
  const report = progressReport(
    variant(() => {}),
    AS_OF,
    FAST,
  );

  it('never says "85% sure by" a date', () => {
    const all = `${renderReportMarkdown(report)}${renderReportText(report)}`;
    expect(all).not.toContain('85% sure');
    expect(report.summary.highlights).toContain(
      'G-1 "Release 1.0: self-service portal generally available" is forecast in sprint 11, ending 2026-12-25; all trials, against 2027-01-29: on track.',
    );
  });
  it('dates each forecast sprint on the cadence of the recorded sprints (S9 ends 2026-11-27)', () => {
    expect(d.forecast.firstSprint).toEqual({ sprint: 9, end: '2026-11-27' });
    for (const t of [...d.forecast.targets, d.forecast.backlog]) {
      const end = t.p85 as string;
      const days = (Date.parse(end) - Date.parse('2026-11-27')) / 86_400_000;
      expect(days % 14).toBe(0);
      expect(t.p85Sprint).toBe(9 + days / 14);
      expect(new Date(end).getUTCDay()).toBe(5); // a Friday, the sprints' last working day
    }
  });
});

describe('issue 16: the schedule area uses SPI(t) from earnedSchedule where the snapshots allow', () => {
  it('rates the sample by SPI(t)', () => {
    const d = dashboard(
      variant(() => {}),
      AS_OF,
      FAST,
    );
    expect(d.schedule?.scheduleIndex?.kind).toBe('spi(t)');
    expect(
      assessProject(
        variant(() => {}),
        AS_OF,
        FAST,
      ).areas.schedule.reasons,
    ).toContain('SPI(t) 0.93.');
  });
  it('catches a late project whose cost-based SPI has drifted to 1', () => {
    const p = variant((d) => {
      (d.earnedValue as unknown[]).push({
        asOf: '2026-11-15',
        bac: 590000,
        pv: 590000,
        ev: 585000,
        ac: 600000,
      });
      (d.earnedValue as unknown as { asOf: string; pv: unknown }[]).forEach((s) => {
        if (s.asOf === '2026-10-31') s.pv = '590000'; // planned to finish by the end of October
      });
    });
    const a = assessProject(p, AS_OF, FAST).areas.schedule;
    const spi = 585000 / 590000;
    expect(spi).toBeGreaterThan(0.99);
    // ES = 121 + (585000 − 255000) / (590000 − 255000) × 31 days; AT = 167 days from 2026-06-01
    const spiT = (121 + ((585000 - 255000) / (590000 - 255000)) * 31) / 167;
    expect(a.reasons).toContain(`SPI(t) ${spiT.toFixed(2)}.`);
    expect(a.rag).toBe('amber');
  });
  it('falls back to SPI when EV is beyond the latest planned value', () => {
    const p = variant((d) => {
      (d.earnedValue as unknown[]).push({
        asOf: '2026-11-15',
        bac: 590000,
        pv: 400000,
        ev: 420000,
        ac: 430000,
      });
    });
    expect(dashboard(p, AS_OF, FAST).schedule?.scheduleIndex?.kind).toBe('spi');
  });
});

describe('issue 16: the PO value verdict keeps NPV and overspend apart', () => {
  it('does not subtract an undiscounted overspend from an NPV', () => {
    const p = variant((d) => {
      (d.budget as unknown as { total: string }).total = '380000';
      const lines = (d.budget as unknown as { lines: { amount: string }[] }).lines;
      if (lines !== undefined) for (const l of lines) l.amount = String(Number(l.amount) / 2);
    });
    const text = assess(p, 'po.value').evidence.join(' ');
    expect(text).not.toContain('cuts that NPV');
    expect(text).toMatch(
      /forecast overspend of EUR [\d,]+ \(at completion, undiscounted\) is not in the NPV of EUR 371,193/,
    );
  });
  it('does not say "does not pay back" of a negative NPV', () => {
    const p = variant((d) => {
      const bc = d.businessCase as unknown as {
        options: { id: string; benefits: { amounts: number[] }[] }[];
      };
      for (const o of bc.options) for (const b of o.benefits) b.amounts = b.amounts.map(() => 0);
    });
    const r = assess(p, 'po.value');
    const text = r.evidence.join(' ');
    expect(text).not.toContain('does not pay back');
    expect(text).toMatch(/The recommended option's NPV is negative: EUR -[\d,]+\./);
  });
});
