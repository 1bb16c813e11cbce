import { describe, expectTypeOf, it } from 'vitest';
import type { PopmError, SchemaIssue } from '../../src/core/errors.js';
import * as schemas from '../../src/schemas/index.js';

type Parsers = {
  [K in keyof typeof schemas as K extends `parse${string}` ? K : never]: (typeof schemas)[K];
};

describe('popm/schemas types', () => {
  it('types every safeParseX as the SafeParseResult of what parseX returns', () => {
    expectTypeOf(schemas.safeParseBacklog).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseBacklog>>
    >();
    expectTypeOf(schemas.safeParseTcoInput).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseTcoInput>>
    >();
    expectTypeOf(schemas.safeParseEarnedValueSnapshot).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseEarnedValueSnapshot>>
    >();
    expectTypeOf(schemas.safeParseEarnedValueSnapshots).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseEarnedValueSnapshots>>
    >();
    expectTypeOf(schemas.safeParseSprint).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseSprint>>
    >();
    expectTypeOf(schemas.safeParseSprintEvents).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseSprintEvents>>
    >();
    expectTypeOf(schemas.safeParseWorkItem).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseWorkItem>>
    >();
    expectTypeOf(schemas.safeParseRiskMatrix).returns.toEqualTypeOf<
      schemas.SafeParseResult<ReturnType<typeof schemas.parseRiskMatrix>>
    >();
  });

  it('takes unknown JSON in every parser', () => {
    expectTypeOf<Parameters<Parsers[keyof Parsers]>>().toEqualTypeOf<[json: unknown]>();
  });

  it('narrows a safeParse result to data or a PopmError whose issues are typed', () => {
    const r = schemas.safeParsePlan([]);
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<ReturnType<typeof schemas.parsePlan>>();
    else {
      expectTypeOf(r.error).toEqualTypeOf<PopmError>();
      expectTypeOf(r.error.details?.issues).toEqualTypeOf<readonly SchemaIssue[] | undefined>();
    }
  });
});
