import {
  forecastPhraseOf,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  plural,
} from './internal/format.js';
import type { ProgressReport } from './progressReport.js';

// Both renderers draw the same blocks, so the Markdown and the plain text
// always say the same thing.
type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

const AREA_TITLES: Readonly<Record<string, string>> = {
  scope: 'Scope',
  schedule: 'Schedule',
  cost: 'Cost',
  risk: 'Risk',
  stakeholders: 'Stakeholders',
};

function blocks(r: ProgressReport): Block[] {
  const money = (d: Parameters<typeof formatMoney>[0]): string => formatMoney(d, r.currency);
  const out: Block[] = [];

  out.push({ kind: 'heading', text: 'Summary' });
  out.push({ kind: 'para', text: `Overall: ${r.summary.rag.toUpperCase()}` });
  out.push({
    kind: 'table',
    header: ['Area', 'RAG', 'Why'],
    rows: Object.entries(r.summary.areas).map(([k, a]) => [
      AREA_TITLES[k] ?? k,
      a.rag.toUpperCase(),
      a.reasons.join(' ') || '-',
    ]),
  });
  out.push({ kind: 'bullets', items: r.summary.highlights });

  const done = r.doneSinceLastReview;
  out.push({
    kind: 'heading',
    text:
      done.reviewId === null
        ? `Done since the start (${done.since})`
        : `Done since the last review (${done.reviewId}, ${done.since})`,
  });
  if (done.delivered.length === 0) out.push({ kind: 'para', text: 'Nothing finished yet.' });
  else {
    out.push({
      kind: 'bullets',
      items: done.delivered.map(
        (d) =>
          `${d.backlogItem === null ? '' : `${d.backlogItem} `}${d.title}${d.itemDone ? ' (done)' : ''}: ${formatNumber(d.points)} points (${d.workItems.join(', ')})`,
      ),
    });
    out.push({
      kind: 'para',
      text: `${plural(done.workItems, 'work item')} finished, ${formatNumber(done.points)} points.`,
    });
  }

  const fc = r.forecast;
  out.push({ kind: 'heading', text: 'Forecast' });
  const lines: string[] = [];
  if (fc.velocity !== null)
    lines.push(
      `Velocity ${formatNumber(fc.velocity)} points a sprint${fc.sayDo === null ? '' : `, say/do ${formatRatio(fc.sayDo)}`}.`,
    );
  if (fc.sprint !== null)
    lines.push(
      `Sprint ${fc.sprint.id} (ends ${fc.sprint.end}): ${formatNumber(fc.sprint.remaining)} points remain after day ${fc.sprint.day} of ${fc.sprint.workingDays} (ideal ${formatNumber(fc.sprint.ideal)}).`,
    );
  if (fc.backlog.p50 !== null)
    lines.push(
      `Whole backlog (${plural(fc.backlog.openItems, 'open item')}, ${formatNumber(fc.backlog.remaining)} points): ${forecastPhraseOf(fc.backlog)}.`,
    );
  if (fc.finish !== null)
    lines.push(
      fc.slip === null || fc.baselineFinish === null
        ? `Plan finish ${fc.finish}.`
        : `Plan finish ${fc.finish}; baseline ${fc.baselineFinish} (${fc.slip > 0 ? '+' : ''}${fc.slip} working days).`,
    );
  if (fc.assumedEstimate !== null)
    lines.push(
      `Unestimated items are counted at ${formatNumber(fc.assumedEstimate)} points (the median open estimate).`,
    );
  if (lines.length > 0) out.push({ kind: 'bullets', items: lines });
  if (fc.targets.length > 0)
    out.push({
      kind: 'table',
      header: ['Target', 'Due', 'Points left', 'P50 sprint', 'P85 sprint', 'On track'],
      rows: fc.targets.map((t) => [
        `${t.id} ${t.title}`,
        t.due,
        formatNumber(t.remaining),
        t.p50 === null ? '-' : `${t.p50Sprint} (ends ${t.p50})`,
        t.p85 === null
          ? '-'
          : `${t.p85Sprint} (ends ${t.p85})${t.p85AllTrials ? ', all trials' : ''}`,
        t.onTrack ? 'yes' : 'no',
      ]),
    });

  const bv = r.budgetAndValue;
  out.push({ kind: 'heading', text: 'Budget and value' });
  const money1: string[] = [];
  const b = bv.budget;
  if (b === null) money1.push('No budget is recorded.');
  else {
    money1.push(
      `Budget ${money(b.total)}: ${money(b.spent)} spent${b.spentRatio === null ? '' : ` (${formatPercent(b.spentRatio.toNumber())})`} at ${formatPercent(b.timeElapsedRatio)} of the period; ${money(b.committed)} committed; ${money(b.remaining)} free.`,
    );
    if (b.forecastAtCompletion !== null)
      money1.push(
        `Forecast at completion ${money(b.forecastAtCompletion.toDecimalPlaces(0))}${b.runOutDate === null ? '' : `; at the current burn the money runs out on ${b.runOutDate}`}.`,
      );
  }
  const ev = bv.earnedValue;
  if (ev !== null)
    money1.push(
      `Earned value on ${ev.asOf}: CPI ${ev.cpi === null ? 'n/a' : formatRatio(ev.cpi.toNumber())}, SPI ${ev.spi === null ? 'n/a' : formatRatio(ev.spi.toNumber())}${ev.eac === null ? '' : `, estimate at completion ${money(ev.eac.toDecimalPlaces(0))} against ${money(ev.bac)}`}.`,
    );
  const rec = bv.recommended;
  if (rec !== null)
    money1.push(
      `Business case "${rec.name}": NPV ${money(rec.npv.toDecimalPlaces(0))}${rec.roi === null ? '' : `, ROI ${formatPercent(rec.roi.toNumber())}`}, payback ${rec.payback === null ? 'never' : `${formatNumber(rec.payback)} periods`}.`,
    );
  out.push({ kind: 'bullets', items: money1 });

  const ri = r.risksAndIssues;
  out.push({ kind: 'heading', text: 'Risks and issues' });
  if (ri.risks.length === 0) out.push({ kind: 'para', text: 'No open risks.' });
  else
    out.push({
      kind: 'table',
      header: ['Risk', 'Rating', 'EMV', 'Owner'],
      rows: ri.risks.map((x) => [
        `${x.id} ${x.title}`,
        x.rating === null ? '-' : `${x.rating} (${x.score})`,
        x.emv === null ? '-' : money(x.emv.toDecimalPlaces(0)),
        x.owner ?? 'none',
      ]),
    });
  const riskLines: string[] = [];
  if (ri.exposure !== null)
    riskLines.push(
      `Expected net risk cost ${money(ri.exposure.netCost.toDecimalPlaces(0))} (${money(ri.exposure.residualNetCost.toDecimalPlaces(0))} after the planned responses).`,
    );
  if (ri.contingencyP80 !== null)
    riskLines.push(`Residual risk cost at P80: ${money(Math.round(ri.contingencyP80))}.`);
  if (riskLines.length > 0) out.push({ kind: 'bullets', items: riskLines });
  out.push({ kind: 'para', text: ri.issues.length === 0 ? 'No issues.' : 'Issues:' });
  if (ri.issues.length > 0) out.push({ kind: 'bullets', items: ri.issues });

  out.push({ kind: 'heading', text: 'Decisions needed' });
  if (r.decisionsNeeded.length === 0) out.push({ kind: 'para', text: 'None.' });
  else
    out.push({
      kind: 'table',
      header: ['Decision', 'Needed by', 'Who'],
      rows: r.decisionsNeeded.map((d) => [d.title, d.needBy ?? '-', d.decider ?? '-']),
    });

  const nt = r.nextTargets;
  out.push({ kind: 'heading', text: 'Next targets' });
  if (nt.capacity === null)
    out.push({ kind: 'para', text: 'No velocity yet, so no sprint proposal.' });
  else {
    out.push({
      kind: 'para',
      text: `Proposed for the next sprint (capacity ${formatNumber(nt.capacity)} points, ${formatNumber(nt.committed)} selected):`,
    });
    out.push({
      kind: 'bullets',
      items:
        nt.items.length === 0
          ? ['Nothing fits: refine the top of the backlog.']
          : nt.items.map((i) => `${i.id} ${i.title} (${formatNumber(i.estimate)} points)`),
    });
  }
  if (nt.targets.length > 0)
    out.push({
      kind: 'bullets',
      items: nt.targets.map(
        (t) =>
          `${t.id} ${t.title}: due ${t.due}${t.p85 === null ? '' : `, forecast ${forecastPhraseOf(t)}`}${t.onTrack ? '' : ' (at risk)'}`,
      ),
    });
  return out;
}

function title(r: ProgressReport): string {
  return `Progress report: ${r.projectName}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Renders a {@link ProgressReport} as GitHub-flavoured Markdown: a title, then
 * one `##` section each for the summary, work done since the last review,
 * forecast, budget and value, risks and issues, decisions needed and next
 * targets, with tables where the data is tabular. Pure: it returns the string.
 *
 * @param report - a {@link progressReport} result
 * @returns the Markdown text, ending with a newline
 * @example
 * const md = renderReportMarkdown(progressReport(sampleProject, '2026-11-20'));
 * md.split('\n')[0]; //=> '# Progress report: Customer self-service portal'
 * md.includes('## Decisions needed'); //=> true
 */
export function renderReportMarkdown(report: ProgressReport): string {
  const lines: string[] = [`# ${title(report)}`, '', `As of ${report.asOf}.`];
  for (const b of blocks(report)) {
    lines.push('');
    if (b.kind === 'heading') lines.push(`## ${b.text}`);
    else if (b.kind === 'para') lines.push(b.text);
    else if (b.kind === 'bullets') for (const item of b.items) lines.push(`- ${item}`);
    else {
      lines.push(`| ${b.header.map(escapeCell).join(' | ')} |`);
      lines.push(`| ${b.header.map(() => '---').join(' | ')} |`);
      for (const row of b.rows) lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function wrapTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const cut = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => cut(c, widths[i] as number).padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r))];
}

/**
 * Renders a {@link ProgressReport} as plain text for a terminal or an email:
 * the same sections as {@link renderReportMarkdown}, with underlined headings,
 * aligned columns (cells longer than 60 characters are cut with `…`) and
 * `*` bullets. Pure: it returns the string.
 *
 * @param report - a {@link progressReport} result
 * @returns the text, ending with a newline
 * @example
 * const text = renderReportText(progressReport(sampleProject, '2026-11-20'));
 * text.split('\n').slice(0, 2);
 * //=> ['PROGRESS REPORT: CUSTOMER SELF-SERVICE PORTAL', 'As of 2026-11-20.']
 */
export function renderReportText(report: ProgressReport): string {
  const lines: string[] = [title(report).toUpperCase(), `As of ${report.asOf}.`];
  for (const b of blocks(report)) {
    if (b.kind === 'heading') lines.push('', b.text, '='.repeat(b.text.length));
    else if (b.kind === 'para') lines.push(b.text);
    else if (b.kind === 'bullets') for (const item of b.items) lines.push(`* ${item}`);
    else lines.push(...wrapTable(b.header, b.rows));
  }
  return `${lines.join('\n')}\n`;
}
