import { describe, expectTypeOf, it } from 'vitest';
import type {
  CriticalPathOptions,
  CriticalPathResult,
  DependencyLink,
  PertAnalysisResult,
  PlanValidation,
  ScheduledTask,
  Task,
  ThreePointEstimate,
} from '../../src/plan/index.js';

describe('popm/plan types', () => {
  it('every optional property accepts undefined (exactOptionalPropertyTypes)', () => {
    expectTypeOf<Task['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Task['estimate']>().toEqualTypeOf<ThreePointEstimate | undefined>();
    expectTypeOf<Task['meta']>().toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
    expectTypeOf<DependencyLink['lag']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CriticalPathOptions['start']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ScheduledTask['startDate']>().toEqualTypeOf<string | undefined>();
    const row = { id: 'A', duration: 1, name: undefined as string | undefined };
    expectTypeOf(row).toExtend<Task>();
  });

  it('results say stdDev and hold no functions', () => {
    expectTypeOf<PertAnalysisResult['stdDev']>().toEqualTypeOf<number>();
    expectTypeOf<PertAnalysisResult>().not.toHaveProperty('probabilityOfCompletion');
    expectTypeOf<CriticalPathResult['tasks'][number]['meta']>().toEqualTypeOf<
      Readonly<Record<string, unknown>> | undefined
    >();
  });

  it('validatePlan is a report discriminated by ok', () => {
    const r = {} as PlanValidation;
    if (r.ok) expectTypeOf(r.summary.taskCount).toEqualTypeOf<number>();
    else expectTypeOf(r.summary).toEqualTypeOf<null>();
  });
});
