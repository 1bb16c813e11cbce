/**
 * @internal Reading what {@link finishProject} needs from a run's context
 * and merged outcomes. A context may come from a part posted between
 * workers, so every field is checked (paths under `parts[0].context`).
 */

import type { IsoDate } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
  type SimulationSettings,
  sortedCopy,
} from '../../core/internal/simulationParts.js';
import { percentileOfAny, percentileOfSorted } from '../../core/internal/statsKernels.js';
import {
  requireArray,
  requireNumber,
  requireOneOf,
  requireString,
} from '../../core/internal/validate.js';
import { type Decimal, toDecimal } from '../../core/numbers.js';
import { dateOfDuration, type PlanDating, readPlanDating } from '../../plan/internal/pertDates.js';
import type { SimulatedTask } from '../../plan/simulateSchedule.js';
import type { ProjectFinish, RiskDriver, SimulateProjectResult } from '../simulateProject.js';

/** @internal The checked context and outcomes of a run. */
export interface ProjectContext {
  readonly ids: string[];
  readonly distribution: 'triangular' | 'beta-pert';
  readonly bins: number;
  readonly residual: boolean;
  readonly confidencePercent: number;
  readonly baseCost: Decimal;
  readonly risks: string[];
  readonly riskTasks: string[][];
  readonly skipped: string[];
  readonly dating: PlanDating | undefined;
  /** Each trial's finish and cost, in trial order. */
  readonly finish: Float64Array;
  readonly cost: Float64Array;
  readonly critical: readonly number[];
  readonly occurred: readonly number[];
  /** Each task's mean duration over the trials. */
  readonly meanDuration: number[];
}

const CONTEXT: PopmPath = ['parts', 0, 'context'];

function strings(value: unknown, key: string, path: PopmPath = [...CONTEXT, key]): string[] {
  return requireArray<unknown>(value, path, 'ids').map((id, i) => requireString(id, [...path, i]));
}

function numbers(
  value: unknown,
  key: string,
  bounds: Parameters<typeof requireNumber>[2],
): number[] {
  const path = [...CONTEXT, key];
  return requireArray<unknown>(value, path, 'numbers').map((v, i) =>
    requireNumber(v, [...path, i], bounds),
  );
}

/** The dating a dated call put in its context. */
function readDating(value: unknown): PlanDating | undefined {
  if (value === undefined) return undefined;
  const path = [...CONTEXT, 'dating'];
  const d = readOptions(value, path, ['start', 'calendar'] as const);
  const dating = readPlanDating(d.start, d.calendar, path);
  if (dating === undefined)
    throw popmError('INVALID_DATE', [...path, 'start'], 'a YYYY-MM-DD calendar date', d.start);
  return dating;
}

/** Fails unless every list has the length the context says. */
function checkShapes(lengths: readonly (readonly [number, number])[]): void {
  for (const [have, want] of lengths)
    if (have !== want)
      throw popmError('INVALID_ARGUMENT', ['parts'], 'parts of one simulateProject call', have);
}

/** Reads and checks a run's context (`rec`) against its merged outcomes. */
function readProjectContext(rec: Record<string, unknown>, input: FinishInput): ProjectContext {
  const ids = strings(rec.ids, 'ids');
  const durations = numbers(rec.durations, 'durations', { min: 0 });
  const variable = numbers(rec.variable, 'variable', {
    min: 0,
    max: ids.length - 1,
    integer: true,
  });
  const risks = strings(rec.risks, 'risks');
  const riskTasks = requireArray<unknown>(rec.riskTasks, [...CONTEXT, 'riskTasks'], 'task ids').map(
    (t, r) => strings(t, 'riskTasks', [...CONTEXT, 'riskTasks', r]),
  );
  const { sums, counts } = input.merged;
  const duration = sums.duration ?? [];
  const finish = Float64Array.from(sums.finish ?? []);
  const cost = Float64Array.from(sums.cost ?? []);
  const critical = counts.critical ?? [];
  const occurred = counts.occurred ?? [];
  checkShapes([
    [durations.length, ids.length],
    [duration.length, variable.length],
    [critical.length, ids.length],
    [riskTasks.length, risks.length],
    [occurred.length, risks.length],
    [finish.length, input.trials],
    [cost.length, input.trials],
    [(input.merged.outcomes.finishWithout ?? []).length, risks.length],
    [(input.merged.outcomes.costWithout ?? []).length, risks.length],
  ]);
  const meanDuration = durations.slice();
  variable.forEach((i, k) => {
    meanDuration[i] = (duration[k] as number) / input.trials;
  });
  if (typeof rec.residual !== 'boolean')
    throw popmError('INVALID_ARGUMENT', [...CONTEXT, 'residual'], 'a boolean', rec.residual);
  return {
    ids,
    distribution: requireOneOf(rec.distribution, ['triangular', 'beta-pert'] as const, [
      ...CONTEXT,
      'distribution',
    ]),
    bins: requireNumber(rec.bins, [...CONTEXT, 'bins'], { integer: true, min: 1, max: 1000 }),
    residual: rec.residual,
    confidencePercent: requireNumber(rec.confidencePercent, [...CONTEXT, 'confidencePercent'], {
      minExclusive: 0,
      max: 100,
    }),
    baseCost: toDecimal(requireString(rec.baseCost, [...CONTEXT, 'baseCost']), [
      ...CONTEXT,
      'baseCost',
    ]),
    risks,
    riskTasks,
    skipped: strings(rec.skipped, 'skipped'),
    dating: readDating(rec.dating),
    finish,
    cost,
    critical,
    occurred,
    meanDuration,
  };
}

/** The finish distribution, dated given a dating. */
function finishDistribution(
  sorted: Float64Array,
  settings: SimulationSettings,
  bins: number,
  dating: PlanDating | undefined,
): ProjectFinish<number> {
  const dist = distributionOf(sorted, settings, { bins });
  if (dating === undefined) return dist;
  const at = ['options', 'start'];
  const dates: Record<number, IsoDate> = {};
  for (const [p, d] of Object.entries(dist.percentiles))
    dates[Number(p)] = dateOfDuration(dating, d, at);
  return {
    ...dist,
    histogram: dist.histogram.map((row) => ({
      ...row,
      date: dateOfDuration(dating, row.value, at),
    })),
    dates,
  };
}

/** Tornado order: finish contribution, then cost, descending; then register order. */
function byContribution(a: RiskDriver & { at: number }, b: RiskDriver & { at: number }): number {
  return b.finishDays - a.finishDays || b.cost - a.cost || a.at - b.at;
}

/** @internal Builds {@link simulateProject}'s result from every trial (also used by mergeSimulations). */
export function finishProject(input: FinishInput): SimulateProjectResult<number> {
  const { rec, settings } = readContext(input, ['parts', 0]);
  const c = readProjectContext(rec, input);
  const method = settings.method;
  const finishes = sortedCopy(c.finish);
  const costs = sortedCopy(c.cost);
  const p = c.confidencePercent;
  const finishAt = percentileOfSorted(finishes, p, method);
  const costAt = percentileOfSorted(costs, p, method);
  let both = 0;
  for (let t = 0; t < input.trials; t++)
    if ((c.finish[t] as number) <= finishAt && (c.cost[t] as number) <= costAt) both++;
  const finishWithout = outcomesOf(input, 'finishWithout', ['parts', 0]);
  const costWithout = outcomesOf(input, 'costWithout', ['parts', 0]);
  const tornado = c.risks
    .map((id, r) => ({
      id,
      tasks: c.riskTasks[r] as string[],
      occurredShare: (c.occurred[r] as number) / input.trials,
      finishDays: finishAt - percentileOfAny(finishWithout[r] as Float64Array, p, method),
      cost: costAt - percentileOfAny(costWithout[r] as Float64Array, p, method),
      at: r,
    }))
    .sort(byContribution)
    .map(({ at: _, ...driver }): RiskDriver => driver);
  const dating = c.dating;
  return {
    trials: input.trials,
    seed: input.seed,
    method,
    distribution: c.distribution,
    residual: c.residual,
    ...(dating === undefined ? {} : { start: dating.json.start }),
    finish: finishDistribution(finishes, settings, c.bins, dating),
    cost: distributionOf(costs, settings, { bins: c.bins }),
    baseCost: c.baseCost,
    joint: {
      percent: p,
      finish: finishAt,
      ...(dating === undefined
        ? {}
        : { finishDate: dateOfDuration(dating, finishAt, ['options', 'start']) }),
      cost: costAt,
      share: both / input.trials,
    },
    tasks: c.ids.map(
      (id, i): SimulatedTask => ({
        id,
        criticalityIndex: (c.critical[i] as number) / input.trials,
        meanDuration: c.meanDuration[i] as number,
      }),
    ),
    tornado,
    skipped: c.skipped,
  };
}
