/**
 * popm demo: the sample project on a fixed date.
 *
 *   npx tsx examples/demo.ts              terminal dashboard + Markdown report
 *   npx tsx examples/demo.ts --json       the dashboard as JSON
 *   npx tsx examples/demo.ts --html       the progress report as one HTML page with its charts
 *   npx tsx examples/demo.ts --date 2026-12-04
 *
 * (`npm run demo` runs the first form.) Everything printed comes from pure
 * popm functions; only this file touches the console.
 */
import {
  type Dashboard,
  dashboard,
  progressReport,
  type Rag,
  type RoleAssessment,
  renderReportHtml,
  renderReportMarkdown,
  sampleProject,
} from '../src/index.js';
import { parseProject } from '../src/schemas/project.js';

// `npm run demo | head` closes the pipe early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const asOf = dateAt >= 0 ? (args[dateAt + 1] ?? '') : '2026-11-20';

// The sample goes through JSON and the schema, as a document from disk would.
const project = parseProject(JSON.parse(JSON.stringify(sampleProject)));
const board = dashboard(project, asOf);

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(board, null, 2)}\n`);
} else if (args.includes('--html')) {
  // npm run --silent demo -- --html > report.html
  process.stdout.write(renderReportHtml(progressReport(project, asOf)));
} else {
  process.stdout.write(terminal(board));
  process.stdout.write('\n');
  process.stdout.write(renderReportMarkdown(progressReport(project, asOf)));
}

function terminal(d: Dashboard): string {
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const rag = (r: Rag): string =>
    paint(r === 'red' ? 31 : r === 'amber' ? 33 : 32, r.toUpperCase().padEnd(5));
  const bold = (s: string): string => paint(1, s);
  const money = (v: { toFixed(n: number): string } | null | undefined): string =>
    v === null || v === undefined
      ? '-'
      : `${d.currency} ${Number(v.toFixed(0)).toLocaleString('en-GB')}`;
  const ratio = (v: { toFixed(n: number): string } | null | undefined): string =>
    v === null || v === undefined ? '-' : v.toFixed(2);
  const pct = (v: number | { toNumber(): number } | null | undefined): string =>
    v === null || v === undefined
      ? '-'
      : `${((typeof v === 'number' ? v : v.toNumber()) * 100).toFixed(1)}%`;

  const out: string[] = [];
  const line = (s = ''): void => {
    out.push(s);
  };
  line(bold(`${d.name} (${d.id}) as of ${d.asOf}`));
  line(`Overall ${rag(d.overall)}`);
  for (const [area, a] of Object.entries(d.areas))
    line(`  ${area.padEnd(13)} ${rag(a.rag)} ${a.reasons.slice(0, 2).join(' ')}`);

  line();
  line(bold('Headline figures'));
  const v = d.velocity;
  if (v !== null)
    line(
      `  Velocity      ${v.mean.toFixed(1)} points/sprint (σ ${v.stdDev?.toFixed(1) ?? '-'}), say/do ${ratio(v.sayDo)}, trend ${v.sprints.map((s) => s.completed).join(' ')}`,
    );
  const b = d.burndown;
  if (b !== null)
    line(
      `  Sprint        ${b.sprintId} ${b.start}..${b.end}: ${b.remaining} of ${b.committed + b.added - b.removed} points left on day ${b.days.length} of ${b.workingDays} (ideal ${b.ideal})`,
    );
  for (const t of d.forecast.targets)
    line(
      `  Target        ${t.id} due ${t.due}: ${sprintWords(t)} ${t.onTrack ? '(on track)' : '(at risk)'}`,
    );
  const all = d.forecast.backlog;
  if (all.p50 !== null)
    line(
      `  Backlog       ${all.openItems} open items, ${all.remaining} points: ${sprintWords(all)}`,
    );
  for (const w of d.forecast.warnings) line(`  Caveat        ${w}`);
  if (d.flow?.cycleTime)
    line(
      `  Flow          cycle time P50 ${d.flow.cycleTime.p50} d, P85 ${d.flow.cycleTime.p85} d; throughput ${d.flow.throughputPerDay.toFixed(2)}/day; WIP ${d.flow.averageWip.toFixed(1)}`,
    );
  const sl = d.flow?.serviceLevel;
  const fe = d.flow?.flowEfficiency;
  if (sl?.days != null && fe?.pooled != null)
    line(
      `  Flow by board ${sl.percentile}% done within ${sl.days} d; flow efficiency ${pct(fe.pooled)}; ${(d.flow?.timeInState ?? []).map((t) => `${t.state} ${t.meanDays.toFixed(1)} d`).join(', ')}`,
    );
  if (d.budget !== null)
    line(
      `  Budget        ${money(d.budget.spent)} of ${money(d.budget.total)} spent (${pct(d.budget.spentRatio)} at ${pct(d.budget.timeElapsedRatio)} of the time); forecast ${money(d.budget.forecastAtCompletion)}; runs out ${d.budget.runOutDate ?? 'never'}`,
    );
  if (d.earnedValue !== null)
    line(
      `  Earned value  CPI ${ratio(d.earnedValue.cpi)}, SPI ${ratio(d.earnedValue.spi)}, EAC ${money(d.earnedValue.eac)}, VAC ${money(d.earnedValue.vac)} (${d.earnedValue.asOf})`,
    );
  const rec = d.businessCase?.options.find((o) => o.optionId === d.businessCase?.recommended);
  if (rec !== undefined)
    line(
      `  Business case ${rec.name}: NPV ${money(rec.npv)}, IRR ${pct(rec.irr)}, ROI ${pct(rec.roi)}, payback ${rec.payback?.toFixed(1) ?? 'never'} periods`,
    );
  if (d.schedule !== null)
    line(
      `  Plan          finish ${d.schedule.finish} (baseline ${d.schedule.baselineFinish ?? '-'}, slip ${d.schedule.slip ?? '-'} working days); ${d.schedule.criticalPaths.length} critical paths, e.g. ${d.schedule.criticalPaths[0]?.join('→') ?? '-'}`,
    );
  if (d.schedule !== null) {
    const sc = d.schedule;
    const sums = sc.summaries.map(
      (x) => `${x.name ?? x.id} ${x.percentComplete?.toFixed(0) ?? '-'}% (to ${x.finish})`,
    );
    const missed = sc.conflicts.map((c) => `${c.taskId} ${c.kind} missed by ${c.by} d`);
    line(
      `  Status        progress of ${sc.statusDate ?? '-'}; ${sums.join(', ')}; ${missed.join(', ') || 'no deadline missed'}`,
    );
  }
  const dc = d.dateAndCost;
  if (dc !== null)
    line(
      `  P${dc.percent} date/cost ${dc.finish ?? '-'} and ${money(dc.cost)} (base ${money(dc.baseCost)}; both in ${pct(dc.jointShare)} of ${dc.trials} runs); drivers ${dc.drivers.map((x) => `${x.id} +${x.finishDays.toFixed(1)} d`).join(', ')}`,
    );
  if (d.risks.exposure !== null)
    line(
      `  Risk          ${d.risks.open} open; expected net cost ${money(d.risks.exposure.netCost)}; residual P80 ${money(d.risks.contingency?.p80)} vs ${money(d.risks.contingency?.reserveRemaining)} left of the contingency`,
    );
  const grid = d.stakeholders.grid.map((q) => `${q.quadrant} ${q.ids.length}`).join(', ');
  line(
    `  Stakeholders  ${grid}; not invited last review: ${d.stakeholders.lastReview?.notInvited.join(', ') || 'none'}`,
  );
  line(
    `  Team          ${d.team.map((p) => `${p.name} ${p.load === null ? '-' : `${Math.round(p.load * 100)}%`}${p.daysOff ? ` (${p.daysOff} d off)` : ''}`).join(', ')}`,
  );

  line();
  line(bold('Top risks'));
  for (const r of d.risks.top)
    line(
      `  ${r.id.padEnd(5)} ${(r.rating ?? '-').padEnd(8)} ${String(r.score ?? '-').padStart(2)}  EMV ${money(r.emv).padStart(12)}  ${r.title}`,
    );

  for (const role of [d.roles.productOwner, d.roles.projectManager]) {
    line();
    line(bold(title(role)));
    for (const r of role.responsibilities) {
      const mark =
        r.status === 'ok'
          ? paint(32, 'ok       ')
          : r.status === 'attention'
            ? paint(33, 'attention')
            : r.status === 'missing'
              ? paint(31, 'missing  ')
              : paint(90, 'n/a      ');
      line(`  ${mark} ${r.id.padEnd(17)} ${r.title}`);
      for (const e of r.evidence.slice(0, Math.max(1, r.findings))) line(`              - ${e}`);
      for (const a of r.actions.slice(0, 2)) line(`              > ${a}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** A forecast resolved to whole sprints, in words. */
function sprintWords(f: {
  readonly p50: string | null;
  readonly p50Sprint: number | null;
  readonly p85: string | null;
  readonly p85Sprint: number | null;
  readonly p85AllTrials: boolean;
}): string {
  if (f.p85 === null) return 'no forecast';
  const p85 = `sprint ${f.p85Sprint} (ends ${f.p85})${f.p85AllTrials ? ', all trials' : ''}`;
  return f.p50Sprint === f.p85Sprint
    ? p85
    : `P50 sprint ${f.p50Sprint} (ends ${f.p50}), P85 ${p85}`;
}

function title(role: RoleAssessment): string {
  const who = role.holder.name ?? role.holder.id;
  const name = role.role === 'product-owner' ? 'Product Owner' : 'Project Manager';
  const c = role.counts;
  return `${name}: ${who} (${c.ok} ok, ${c.attention} attention, ${c.missing} missing, ${c['not-applicable']} n/a)`;
}
