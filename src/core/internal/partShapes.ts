/**
 * @internal The names each mergeable simulation puts into its parts: the
 * keys of its `context` and the names of its `outcomes`, `sums` and
 * `counts`. A part is popm's own exchange format, so `mergeSimulations`
 * reads it by these lists: a context key it does not know is refused (the
 * context is strict, like an options bag), and an outcome name close to a
 * known one (`perios`) is refused with the name it meant, at the path of
 * the part that carries it; other names are ignored. A function missing
 * here is read without the lists (its parts must still agree with each
 * other). `test/core/internal/partShapes.test.ts` checks each list against
 * the parts the function really makes.
 */

/** @internal The names one simulation's parts carry. */
export interface PartShape {
  readonly context: readonly string[];
  readonly outcomes: readonly string[];
  readonly sums: readonly string[];
  readonly counts: readonly string[];
}

const SETTINGS = ['percentiles', 'method'] as const;

/** @internal The part shapes, by the function that makes the parts. */
export const PART_SHAPES: Readonly<Record<string, PartShape>> = Object.freeze({
  forecastHowMany: {
    context: ['periods', ...SETTINGS],
    outcomes: ['totals'],
    sums: [],
    counts: [],
  },
  forecastHowManyByDate: {
    context: ['periods', 'start', 'end', 'unit', ...SETTINGS],
    outcomes: ['totals'],
    sums: [],
    counts: [],
  },
  forecastWhen: { context: ['items', ...SETTINGS], outcomes: ['periods'], sums: [], counts: [] },
  forecastWhenDate: {
    context: ['items', 'clock', ...SETTINGS],
    outcomes: ['periods'],
    sums: [],
    counts: [],
  },
  forecastBacklog: {
    context: ['unit', 'open', 'clock', ...SETTINGS],
    outcomes: ['periods'],
    sums: [],
    counts: [],
  },
  forecastFeatures: {
    context: ['features', 'wipLimit', 'clock', ...SETTINGS],
    outcomes: ['periods'],
    sums: [],
    counts: [],
  },
  simulateRiskCost: {
    context: ['bins', 'expectedCost', 'simulated', 'skipped', ...SETTINGS],
    outcomes: ['cost', 'scheduleDays'],
    sums: [],
    counts: [],
  },
  simulateSchedule: {
    context: ['ids', 'durations', 'estimated', 'distribution', 'bins', 'dating', ...SETTINGS],
    outcomes: ['duration'],
    sums: ['duration'],
    counts: ['critical'],
  },
  simulateProject: {
    context: [
      'ids',
      'durations',
      'variable',
      'distribution',
      'bins',
      'residual',
      'confidencePercent',
      'baseCost',
      'risks',
      'riskTasks',
      'skipped',
      'dating',
      ...SETTINGS,
    ],
    outcomes: ['finishWithout', 'costWithout'],
    sums: ['duration', 'finish', 'cost'],
    counts: ['critical', 'occurred'],
  },
} satisfies Record<string, PartShape>);

/** @internal The shape of `fn`'s parts, or `undefined` for a function not listed. */
export function partShapeOf(fn: string): PartShape | undefined {
  return Object.hasOwn(PART_SHAPES, fn) ? PART_SHAPES[fn] : undefined;
}
