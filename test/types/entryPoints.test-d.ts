/**
 * One type test per entry point (issue 12): the public types match what the
 * runtime accepts and returns. Domain files hold the detailed type tests;
 * this file pins one contract per entry point.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as charts from '../../src/charts/index.js';
import type * as finance from '../../src/finance/index.js';
import type * as popm from '../../src/index.js';
import type * as plan from '../../src/plan/index.js';
import type * as schemas from '../../src/schemas/index.js';

describe('popm/finance', () => {
  it('returns null, typed so, where no answer exists (the null rule)', () => {
    expectTypeOf<ReturnType<typeof finance.irr>>().toEqualTypeOf<popm.Decimal | null>();
    expectTypeOf<ReturnType<typeof finance.roi>>().toEqualTypeOf<popm.Decimal | null>();
    expectTypeOf<ReturnType<typeof finance.npv>>().toEqualTypeOf<popm.Decimal>();
  });
});

describe('popm/plan', () => {
  it('accepts undefined in every optional task property (exactOptionalPropertyTypes)', () => {
    const row: { readonly d: number | undefined } = { d: undefined };
    expectTypeOf({
      id: 'A',
      duration: 3,
      name: undefined,
      dependsOn: undefined,
      meta: undefined,
    }).toExtend<plan.Task>();
    expectTypeOf<plan.Task['name']>().toEqualTypeOf<string | undefined>();
    void row;
  });
});

describe('popm/charts', () => {
  it('every chart returns a string and takes the shared options', () => {
    expectTypeOf<ReturnType<typeof charts.burndownChart>>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<typeof charts.ganttChart>>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<typeof charts.renderReportHtml>>().toEqualTypeOf<string>();
    expectTypeOf<charts.ChartOptions>().toEqualTypeOf<{
      readonly width?: number | undefined;
      readonly height?: number | undefined;
      readonly title?: string | undefined;
      readonly locale?: string | undefined;
      readonly currency?: string | undefined;
    }>();
  });
});

describe('popm/schemas', () => {
  it('every parser has a safe twin returning a typed result', () => {
    expectTypeOf<ReturnType<typeof schemas.safeParseProject>>().toEqualTypeOf<
      schemas.SafeParseResult<popm.Project>
    >();
    expectTypeOf<ReturnType<typeof schemas.safeParseBacklog>>().toExtend<
      schemas.SafeParseResult<unknown>
    >();
    expectTypeOf<ReturnType<typeof schemas.safeParsePlan>>().toExtend<
      schemas.SafeParseResult<unknown>
    >();
  });
});

describe('popm', () => {
  it('the error carries typed details', () => {
    expectTypeOf<NonNullable<popm.PopmError['details']>['issues']>().toEqualTypeOf<
      readonly popm.SchemaIssue[] | undefined
    >();
  });
});
