import { describe, expectTypeOf, it } from 'vitest';
import type { SelectForSprintOptions, SprintCapacity } from '../../../src/backlog/index.js';
import type { Decimal } from '../../../src/core/numbers.js';
import type { EarnedScheduleInput, EarnedValueSnapshot } from '../../../src/finance/index.js';
import type {
  EarnedValueRow,
  EarnedValueSeriesJson,
  PlannedValueCurveResult,
  Resource,
  TeamCapacityResult,
  TeamMember,
} from '../../../src/plan/index.js';

describe('resource and cost types', () => {
  it('teamCapacity’s result is a selectForSprint capacity; a Resource is a TeamMember', () => {
    expectTypeOf<TeamCapacityResult>().toMatchTypeOf<SprintCapacity>();
    expectTypeOf<TeamCapacityResult>().toMatchTypeOf<SelectForSprintOptions['capacity']>();
    expectTypeOf<Resource>().toMatchTypeOf<TeamMember>();
  });

  it('an earned-value row is an EarnedValueSnapshot and an EarnedScheduleInput as is', () => {
    expectTypeOf<EarnedValueRow>().toMatchTypeOf<EarnedValueSnapshot>();
    expectTypeOf<EarnedValueRow>().toMatchTypeOf<EarnedScheduleInput>();
    expectTypeOf<PlannedValueCurveResult['cumulativePv']>().toMatchTypeOf<
      EarnedScheduleInput['cumulativePv']
    >();
  });

  it('money is Decimal, and a string in the JSON form', () => {
    expectTypeOf<EarnedValueRow['ev']>().toEqualTypeOf<Decimal>();
    expectTypeOf<EarnedValueSeriesJson['rows'][number]['ev']>().toEqualTypeOf<string>();
    expectTypeOf<Resource['calendar']>().toEqualTypeOf<
      { readonly weekend: readonly number[]; readonly holidays: readonly string[] } | undefined
    >();
  });
});
