import { addDays, assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { readProperty, safeCopy } from '../core/internal/readObject.js';
import {
  requireArray,
  requireNumber,
  requireObject,
  requireString,
} from '../core/internal/validate.js';
import { toDecimal } from '../core/numbers.js';
import type { EarnedValueSnapshot } from '../finance/earnedValue.js';
import type { PlanBaseline } from '../plan/baselineVariance.js';
import { type CriticalPathResult, criticalPath } from '../plan/criticalPath.js';
import type { ScheduleDatesResult } from '../plan/scheduleDates.js';
import { type BurndownResult, burndown } from '../progress/burndown.js';
import { type BurnupResult, burnup } from '../progress/burnup.js';
import { type CumulativeFlowResult, cumulativeFlow } from '../progress/cumulativeFlow.js';
import type { Sprint } from '../progress/sprint.js';
import { type HeatMap, heatMap } from '../risk/heatMap.js';
import { readSections } from './internal/readSections.js';
import { rooted } from './internal/rooted.js';
import type { Project, ProjectWorkItem } from './types.js';

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
  // Every section read and checked as the dashboard reads it, then the fields this file copies.
  const sections = readSections(project, asOf);
  const doc = checkCopied(sections.project);
  // The work items dated by the workflow as of asOf, as every project figure reads them.
  const work = doc.workItems;
  const sprints = [...doc.sprints].sort((a, b) => compareDates(a.start, b.start));
  const { schedule, dating, register } = sections;
  return deepFreeze({
    ...sprintFigures(doc, sprints, work, asOf),
    velocity: { sprints: closedSprints(sprints, asOf) },
    cumulativeFlow: flowFigure(work, asOf),
    heatMap: register === null ? null : heatMap(register),
    schedule,
    criticalPath:
      schedule === null
        ? null
        : rooted(['project', 'plan'], 1, () => criticalPath(doc.plan, dating)),
    baseline: baselineFigure(doc.baseline),
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

/** The current sprint's burndown and burnup (the sprint that holds `asOf`, else the latest started). */
function sprintFigures(
  doc: Project,
  sprints: readonly Sprint[],
  work: readonly ProjectWorkItem[],
  asOf: IsoDate,
): Pick<ReportFigures, 'burndown' | 'burnup'> {
  const started = sprints.filter((s) => compareDates(s.start, asOf) <= 0);
  const current =
    started.find((s) => compareDates(asOf, s.end) <= 0) ?? started[started.length - 1];
  if (current === undefined) return { burndown: null, burnup: null };
  const calendar = doc.calendar;
  const cal = calendar === undefined ? {} : { calendar };
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
  // A sprint's error names the sprint in the document, as the dashboard's burndown does.
  const root = <T>(fn: () => T): T =>
    rooted(['project', 'sprints', doc.sprints.indexOf(current)], Number.POSITIVE_INFINITY, fn);
  return {
    burndown: root(() => burndown(sprint, events, { asOf, ...cal })),
    burnup: root(() => burnup(sprint, events, { asOf, ...cal })),
  };
}

/** Cumulative flow of the work items over the 60 days up to `asOf`; `null` without work items. */
function flowFigure(work: readonly ProjectWorkItem[], asOf: IsoDate): CumulativeFlowResult | null {
  if (work.length === 0) return null;
  const items = work.map((w) => ({
    id: w.id,
    createdOn: w.createdOn,
    ...(w.startedOn === undefined ? {} : { startedOn: w.startedOn }),
    ...(w.finishedOn === undefined ? {} : { finishedOn: w.finishedOn }),
  }));
  return rooted(['project', 'workItems'], 1, () =>
    cumulativeFlow(items, {
      from: addDays(asOf, -59),
      to: asOf,
      states: ['To do', 'In progress', 'Done'],
    }),
  );
}

/** Fresh copies of the sprints that ended before `asOf`: the result is frozen, the caller's rows never are. */
function closedSprints(sprints: readonly Sprint[], asOf: IsoDate): Sprint[] {
  return sprints
    .filter((s) => compareDates(s.end, asOf) < 0)
    .map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      committed: s.committed,
      completed: s.completed,
    }));
}

/** A fresh copy of the baseline's dates; `null` without one. */
function baselineFigure(baseline: Project['baseline']): PlanBaseline | null {
  if (baseline === undefined) return null;
  return {
    ...(baseline.start === undefined ? {} : { start: baseline.start }),
    finish: baseline.finish,
    tasks: baseline.tasks.map((t) => ({
      id: t.id,
      start: t.start,
      finish: t.finish,
      ...(t.milestone === true ? { milestone: true } : {}),
    })),
  };
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
