/**
 * @internal The forecast section's newer blocks of the HTML progress report:
 * how far to trust the forecasts (their warnings), the plan as it stands on
 * its status date (conflicts and summary tasks), the P80 date and cost of
 * the one simulation, and flow by the project's workflow. Each block reads
 * and validates its part of `report.forecast`; a report without the part
 * (written before it existed) draws no block.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { finite, get, list, obj, str } from './read.js';
import type { ReportCtx } from './reportSections.js';
import { esc } from './svg.js';

type Path = (string | number)[];

/** A field that may be absent (an older report) or `null`. */
function optional(o: object, key: string, p: PopmPath): unknown {
  const v = get(o, key, p);
  return v === null ? undefined : v;
}

/** @internal The forecasts' warnings, as a list. */
export function warningsBlock(fc: object, fp: Path): string {
  const raw = optional(fc, 'warnings', fp);
  if (raw === undefined) return '';
  const warnings = list(fc, 'warnings', fp).map((w, i) => {
    if (typeof w !== 'string')
      throw popmError('INVALID_ARGUMENT', [...fp, 'warnings', i], 'a string', w);
    return w;
  });
  if (warnings.length === 0) return '';
  return `<p><strong>How far to trust these forecasts:</strong></p><ul class="warn">${warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
}

/** @internal The status date, the conflicts and the summary tasks. */
export function planStatusBlock(ctx: ReportCtx, fc: object, fp: Path): string {
  const out: string[] = [];
  const status = optional(fc, 'statusDate', fp);
  if (status !== undefined)
    out.push(
      `<p>The plan as it stands on its status date, ${esc(str(fc, 'statusDate', fp))}: work not done by then is scheduled after it.</p>`,
    );
  const rawConflicts = optional(fc, 'conflicts', fp);
  const conflicts =
    rawConflicts === undefined
      ? []
      : list(fc, 'conflicts', fp).map((c, i) => {
          const cp = [...fp, 'conflicts', i];
          const e = obj(c, cp);
          return {
            task: str(e, 'taskId', cp),
            kind: str(e, 'kind', cp),
            by: finite(get(e, 'by', cp), [...cp, 'by']),
          };
        });
  if (conflicts.length > 0)
    out.push(
      `<table><tr><th>Task</th><th>Missed</th><th>By (working days)</th></tr>${conflicts
        .map(
          (c) => `<tr><td>${esc(c.task)}</td><td>${esc(c.kind)}</td><td>${ctx.num(c.by)}</td></tr>`,
        )
        .join('')}</table>`,
    );
  const rawSummaries = optional(fc, 'summaries', fp);
  const summaries =
    rawSummaries === undefined
      ? []
      : list(fc, 'summaries', fp).map((s, i) => readSummary(s, [...fp, 'summaries', i]));
  if (summaries.length > 0)
    out.push(
      `<table><tr><th>Summary task</th><th>Start</th><th>Finish</th><th>Complete</th></tr>${summaries
        .map(
          (s) =>
            `<tr><td>${esc(s.name)}</td><td>${esc(s.start)}</td><td>${esc(s.finish)}</td><td>${s.percent === null ? '—' : `${ctx.num(s.percent)}%`}</td></tr>`,
        )
        .join('')}</table>`,
    );
  return out.join('\n');
}

function readSummary(
  value: unknown,
  p: Path,
): { name: string; start: string; finish: string; percent: number | null } {
  const e = obj(value, p);
  const id = str(e, 'id', p);
  const name = get(e, 'name', p, ['id', 'start', 'finish', 'totalFloat', 'percentComplete']);
  const pc = get(e, 'percentComplete', p);
  return {
    name: typeof name === 'string' && name !== '' ? name : id,
    start: str(e, 'start', p),
    finish: str(e, 'finish', p),
    percent: pc === null || pc === undefined ? null : finite(pc, [...p, 'percentComplete'], 0),
  };
}

/** @internal The P80 finish and cost of the one simulation, and its risk drivers. */
export function dateAndCostBlock(ctx: ReportCtx, fc: object, fp: Path): string {
  const raw = optional(fc, 'dateAndCost', fp);
  if (raw === undefined) return '';
  const p = [...fp, 'dateAndCost'];
  const e = obj(raw, p);
  const pct = finite(get(e, 'percent', p), [...p, 'percent'], 0);
  const finish = get(e, 'finish', p);
  const share = finite(get(e, 'jointShare', p), [...p, 'jointShare'], 0);
  const trials = finite(get(e, 'trials', p), [...p, 'trials'], 0);
  const drivers = list(e, 'drivers', p).map((d, i) => {
    const dp = [...p, 'drivers', i];
    const de = obj(d, dp);
    return {
      id: str(de, 'id', dp),
      days: finite(get(de, 'finishDays', dp), [...dp, 'finishDays']),
      cost: ctx.money(get(de, 'cost', dp), [...dp, 'cost']),
    };
  });
  const when = typeof finish === 'string' ? esc(finish) : 'no date';
  const text = `<p><strong>Date and cost risk</strong> (${ctx.num(trials)} simulated futures): P${ctx.num(pct)} finish ${when}, P${ctx.num(pct)} cost ${ctx.money(get(e, 'cost', p), [...p, 'cost'])} (before risk ${ctx.money(get(e, 'baseCost', p), [...p, 'baseCost'])}); both hold together in ${ctx.num(Math.round(share * 1000) / 10)}% of them.</p>`;
  if (drivers.length === 0) return text;
  return `${text}<table><tr><th>Risk</th><th>Adds to the P${ctx.num(pct)} finish</th><th>Adds to the P${ctx.num(pct)} cost</th></tr>${drivers
    .map(
      (d) =>
        `<tr><td>${esc(d.id)}</td><td>${ctx.num(Math.round(d.days * 10) / 10)} working days</td><td>${d.cost}</td></tr>`,
    )
    .join('')}</table>`;
}

/** @internal Service level, flow efficiency, time in state and items aged past their stage. */
export function flowBlock(ctx: ReportCtx, fc: object, fp: Path): string {
  const raw = optional(fc, 'flow', fp);
  if (raw === undefined) return '';
  const p = [...fp, 'flow'];
  const e = obj(raw, p);
  const facts: string[] = [];
  const sl = optional(e, 'serviceLevel', p);
  if (sl !== undefined) {
    const sp = [...p, 'serviceLevel'];
    const s = obj(sl, sp);
    const days = get(s, 'days', sp);
    if (typeof days === 'number')
      facts.push(
        `${ctx.num(finite(get(s, 'percentile', sp), [...sp, 'percentile'], 0))}% of items finish within ${ctx.num(days)} days (service level, ${ctx.num(finite(get(s, 'count', sp), [...sp, 'count'], 0))} items).`,
      );
  }
  const fe = optional(e, 'flowEfficiency', p);
  if (fe !== undefined) {
    const pooled = get(obj(fe, [...p, 'flowEfficiency']), 'pooled', [...p, 'flowEfficiency']);
    if (typeof pooled === 'number')
      facts.push(
        `Flow efficiency ${ctx.num(Math.round(pooled * 1000) / 10)}%: the rest of the time, work waited.`,
      );
  }
  const states = stateRows(ctx, e, p);
  const aged = list(e, 'agedByStage', p).map((a, i) => {
    const ap = [...p, 'agedByStage', i];
    const ae = obj(a, ap);
    return `${esc(str(ae, 'id', ap))} in ${esc(str(ae, 'state', ap))} (past P${ctx.num(finite(get(ae, 'statePassed', ap), [...ap, 'statePassed'], 0))})`;
  });
  if (aged.length > 0) facts.push(`Aged beyond their stage: ${aged.join(', ')}.`);
  if (facts.length === 0 && states === '') return '';
  return `<h3>Flow</h3>${facts.length > 0 ? `<p>${facts.join(' ')}</p>` : ''}${states}`;
}

const STATE_KEYS = ['state', 'category', 'active', 'meanDays', 'share'];

function stateRows(ctx: ReportCtx, e: object, p: Path): string {
  const raw = optional(e, 'timeInState', p);
  if (raw === undefined) return '';
  const rows = list(e, 'timeInState', p).map((s, i) => {
    const sp = [...p, 'timeInState', i];
    const se = obj(s, sp);
    const field = (k: string) => get(se, k, sp, STATE_KEYS);
    return {
      state: str(se, 'state', sp),
      active: field('active') === true,
      days: finite(field('meanDays'), [...sp, 'meanDays'], 0),
      share: finite(field('share'), [...sp, 'share'], 0),
    };
  });
  if (rows.length === 0) return '';
  return `<table><tr><th>State</th><th>Work or wait</th><th>Mean days per item</th><th>Share of the time</th></tr>${rows
    .map(
      (s) =>
        `<tr><td>${esc(s.state)}</td><td>${s.active ? 'work' : 'wait'}</td><td>${ctx.num(Math.round(s.days * 10) / 10)}</td><td>${ctx.num(Math.round(s.share * 1000) / 10)}%</td></tr>`,
    )
    .join('')}</table>`;
}
