import { readReport } from './internal/readReport.js';
import { reportBlocks } from './internal/reportBlocks.js';
import type { ProgressReport, ProgressReportJson } from './progressReport.js';

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
 * @param report - a {@link progressReport} result, or its JSON form ({@link ProgressReportJson}, money as strings)
 * @returns the Markdown text, ending with a newline
 * @throws PopmError `INVALID_ARGUMENT` / `INVALID_NUMBER` / `INVALID_DATE` for a
 *   malformed or hand-built report, at the wrong field's path from `report`
 * @example
 * const md = renderReportMarkdown(progressReport(sampleProject, '2026-11-20'));
 * md.split('\n')[0]; //=> '# Progress report: Customer self-service portal'
 * md.includes('## Decisions needed'); //=> true
 */
export function renderReportMarkdown(report: ProgressReport | ProgressReportJson): string {
  const r = readReport(report);
  const lines: string[] = [`# ${title(r)}`, '', `As of ${r.asOf}.`];
  for (const b of reportBlocks(r)) {
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
 * @param report - a {@link progressReport} result, or its JSON form ({@link ProgressReportJson}, money as strings)
 * @returns the text, ending with a newline
 * @throws PopmError as {@link renderReportMarkdown}
 * @example
 * const text = renderReportText(progressReport(sampleProject, '2026-11-20'));
 * text.split('\n').slice(0, 2);
 * //=> ['PROGRESS REPORT: CUSTOMER SELF-SERVICE PORTAL', 'As of 2026-11-20.']
 */
export function renderReportText(report: ProgressReport | ProgressReportJson): string {
  const r = readReport(report);
  const lines: string[] = [title(r).toUpperCase(), `As of ${r.asOf}.`];
  for (const b of reportBlocks(r)) {
    if (b.kind === 'heading') lines.push('', b.text, '='.repeat(b.text.length));
    else if (b.kind === 'para') lines.push(b.text);
    else if (b.kind === 'bullets') for (const item of b.items) lines.push(`* ${item}`);
    else lines.push(...wrapTable(b.header, b.rows));
  }
  return `${lines.join('\n')}\n`;
}
