import { addDays, assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { readProperty, safeCopy } from '../core/internal/readObject.js';
import { toDecimal } from '../core/numbers.js';
import { requireArray, requireNumber, requireObject, requireString } from '../core/validate.js';
import type { EarnedValueSnapshot } from '../finance/earnedValue.js';
import type { PlanBaseline } from '../plan/baselineVariance.js';
import { type CriticalPathResult, criticalPath } from '../plan/criticalPath.js';
import { type ScheduleDatesResult, scheduleDates } from '../plan/scheduleDates.js';
import { type BurndownResult, burndown } from '../progress/burndown.js';
import { type BurnupResult, burnup } from '../progress/burnup.js';
import { type CumulativeFlowResult, cumulativeFlow } from '../progress/cumulativeFlow.js';
import type { Sprint } from '../progress/sprint.js';
import { type HeatMap, heatMap } from '../risk/heatMap.js';
import { createRiskRegister } from '../risk/register.js';
import { workOf } from './internal/history.js';
import { readProject } from './internal/readProject.js';
import type { Project } from './types.js';

/**
 * The data behind the pictures of a progress report: each field is the popm
 * result one chart of `popm/charts` draws, or `null` where the project holds
 * no data for it.
 */
export interface ReportFigures {
  /** The current sprint's burndown (the sprint that holds `asOf`, else the latest started). */
  readonly burndown: BurndownResult | null;
  /** The same sprint's burnup, with its projection. */
  readonly burnup: BurnupResult | null;
  /** Sprints that ended by `asOf`, for the velocity chart. */
  readonly velocity: { readonly sprints: readonly Sprint[] };
  /** Cumulative flow of the work items over the 60 days up to `asOf` (`To do`, `In progress`, `Done`). */
  readonly cumulativeFlow: CumulativeFlowResult | null;
  /** The risk heat map (inherent ratings, the project's matrix). */
  readonly heatMap: HeatMap | null;
  /** The plan dated from the project's start on its calendar. */
  readonly schedule: ScheduleDatesResult | null;
  /** The plan's critical path. */
  readonly criticalPath: CriticalPathResult | null;
  /** The plan's baseline, when the project keeps one. */
  readonly baseline: PlanBaseline | null;
  /** Earned-value snapshots up to `asOf`, for the S-curve. */
  readonly earnedValue: readonly EarnedValueSnapshot[];
}

/**
 * Computes the figures a progress report draws: the current sprint's
 * burndown and burnup (from the work items finished in it), the closed
 * sprints' velocity, cumulative flow, the risk heat map, the dated plan with
 * its critical path and baseline, and the earned-value snapshots, each with
 * popm's own functions, so a chart in the report shows the same numbers as
 * the rest of popm.
 *
 * @param project - the Project document
 * @param asOf - the status date
 * @returns the figures, deep-frozen
 * @throws PopmError as the underlying functions do for a malformed project
 * @example
 * const f = reportFigures(sampleProject, '2026-11-13');
 * f.burndown?.sprintId; //=> 'S8'
 * f.velocity.sprints.length; //=> 7
 * f.schedule?.tasks.length; //=> 27 (25 tasks and 2 summaries)
 */
export function reportFigures(project: Project, asOf: IsoDate): ReportFigures {
  assertIsoDate(asOf, ['asOf']);
  // The same reader as every project function, then the fields this file copies itself.
  const doc = checkCopied(readProject(project));
  // The work items dated by the workflow as of asOf, as every project figure reads them.
  const work = workOf(doc, asOf);
  const sprints = [...doc.sprints].sort((a, b) => compareDates(a.start, b.start));
  const started = sprints.filter((s) => compareDates(s.start, asOf) <= 0);
  const current =
    started.find((s) => compareDates(asOf, s.end) <= 0) ?? started[started.length - 1];
  const calendar = doc.calendar;
  const cal = calendar === undefined ? {} : { calendar };
  let burndownResult: BurndownResult | null = null;
  let burnupResult: BurnupResult | null = null;
  if (current !== undefined) {
    const events = work
      .filter(
        (w) =>
          w.sprint === current.id &&
          w.finishedOn !== undefined &&
          compareDates(w.finishedOn, asOf) <= 0,
      )
      .map((w) => ({
        on: w.finishedOn as IsoDate,
        kind: 'completed' as const,
        amount: w.estimate ?? 0,
      }));
    const sprint = { ...current, completed: 0 };
    burndownResult = burndown(sprint, events, { asOf, ...cal });
    burnupResult = burnup(sprint, events, { asOf, ...cal });
  }
  const items = work.map((w) => ({
    id: w.id,
    createdOn: w.createdOn,
    ...(w.startedOn === undefined ? {} : { startedOn: w.startedOn }),
    ...(w.finishedOn === undefined ? {} : { finishedOn: w.finishedOn }),
  }));
  const plan = doc.plan.length === 0 ? null : doc.plan;
  // The plan as it now stands, as the dashboard schedules it: dated, from its status date.
  const statusDate = doc.statusDate;
  const dating = { start: doc.start, ...cal, ...(statusDate === undefined ? {} : { statusDate }) };
  const matrix = doc.riskMatrix;
  // Fresh copies of the caller's rows: the result is frozen, the caller's objects never are.
  const closed = sprints
    .filter((s) => compareDates(s.end, asOf) < 0)
    .map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      committed: s.committed,
      completed: s.completed,
    }));
  const baseline = doc.baseline;
  return deepFreeze({
    burndown: burndownResult,
    burnup: burnupResult,
    velocity: { sprints: closed },
    cumulativeFlow:
      items.length === 0
        ? null
        : cumulativeFlow(items, {
            from: addDays(asOf, -59),
            to: asOf,
            states: ['To do', 'In progress', 'Done'],
          }),
    heatMap:
      doc.risks.length === 0
        ? null
        : heatMap(createRiskRegister(doc.risks, matrix === undefined ? {} : { matrix })),
    schedule: plan === null ? null : scheduleDates(plan, dating),
    criticalPath: plan === null ? null : criticalPath(plan, dating),
    baseline:
      baseline === undefined
        ? null
        : {
            ...(baseline.start === undefined ? {} : { start: baseline.start }),
            finish: baseline.finish,
            tasks: baseline.tasks.map((t) => ({
              id: t.id,
              start: t.start,
              finish: t.finish,
              ...(t.milestone === true ? { milestone: true } : {}),
            })),
          },
    earnedValue: doc.earnedValue
      .filter((s) => compareDates(s.asOf, asOf) <= 0)
      .map((s) => ({
        asOf: s.asOf,
        bac: toDecimal(s.bac),
        pv: toDecimal(s.pv),
        ev: toDecimal(s.ev),
        ac: toDecimal(s.ac),
      })),
  });
}

/**
 * Checks the sprint, baseline and earned-value fields that the figures copy,
 * reading sprints and the baseline through a safe copy (holes, Proxies and
 * getters are errors with paths from `project`).
 */
function checkCopied(project: Project): Project {
  const sprints = safeCopy(project.sprints, ['project', 'sprints']) as Project['sprints'];
  sprints.forEach((s, i) => {
    const p = ['project', 'sprints', i];
    requireObject(s, p, 'a sprint');
    requireString(s.id, [...p, 'id']);
    assertIsoDate(s.start, [...p, 'start']);
    assertIsoDate(s.end, [...p, 'end']);
    requireNumber(s.committed, [...p, 'committed'], { min: 0 });
    requireNumber(s.completed, [...p, 'completed'], { min: 0 });
  });
  const ev = requireArray(project.earnedValue, ['project', 'earnedValue']);
  for (let i = 0; i < ev.length; i++) {
    const s = readProperty(ev, String(i), ['project', 'earnedValue']);
    requireObject(s, ['project', 'earnedValue', i], 'an earned-value snapshot');
    assertIsoDate(readProperty(s as object, 'asOf', ['project', 'earnedValue', i]), [
      'project',
      'earnedValue',
      i,
      'asOf',
    ]);
  }
  if (project.baseline === undefined) return { ...project, sprints };
  const bp = ['project', 'baseline'];
  const b = safeCopy(project.baseline, bp) as NonNullable<Project['baseline']>;
  requireObject(b, bp, 'a baseline');
  if (b.start !== undefined) assertIsoDate(b.start, [...bp, 'start']);
  assertIsoDate(b.finish, [...bp, 'finish']);
  requireArray(b.tasks, [...bp, 'tasks']).forEach((t, i) => {
    const tp = [...bp, 'tasks', i];
    requireObject(t, tp, 'a baseline task');
    requireString((t as { id: unknown }).id, [...tp, 'id']);
    assertIsoDate((t as { start: unknown }).start, [...tp, 'start']);
    assertIsoDate((t as { finish: unknown }).finish, [...tp, 'finish']);
  });
  return { ...project, sprints, baseline: b };
}
