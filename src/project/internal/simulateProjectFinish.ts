/**
 * @internal Reading what {@link finishProject} needs from a run's context
 * and merged outcomes. A context may come from a part posted between
 * workers, so every field is checked (paths under `parts[0].context`).
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import { type Decimal, toDecimal } from '../../core/numbers.js';
import type { FinishInput } from '../../core/simulation.js';
import { requireArray, requireNumber, requireOneOf, requireString } from '../../core/validate.js';
import { type PlanDating, readPlanDating } from '../../plan/internal/pertDates.js';

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

/** @internal Reads and checks a run's context (`rec`) against its merged outcomes. */
export function readProjectContext(
  rec: Record<string, unknown>,
  input: FinishInput,
): ProjectContext {
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
