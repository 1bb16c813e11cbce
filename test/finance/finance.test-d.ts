import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/numbers.js';
import {
  annualisedRoi,
  type BreakEvenOptions,
  type BreakEvenResult,
  type Budget,
  type BudgetCategoryStatus,
  type BudgetEntry,
  type BudgetLine,
  type BudgetStatus,
  type BusinessCase,
  type BusinessCaseOption,
  type CashFlowLine,
  type CompareTcoResult,
  type DatedCashFlow,
  type EacEstimates,
  type EarnedScheduleInput,
  type EarnedValueInput,
  type EarnedValueOptions,
  type EarnedValueResult,
  type IrrOptions,
  irr,
  mirr,
  type NpvOptions,
  nper,
  type OptionAppraisal,
  profitabilityIndex,
  rate,
  roi,
  type ScenarioMultipliers,
  type SensitivityOptions,
  type TcoCostLine,
  type TcoInput,
  type TcoLineTotal,
  type TcoResult,
  type XirrOptions,
  xirr,
} from '../../src/finance/index.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('finance types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<NpvOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<IrrOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<XirrOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<DatedCashFlow>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<Budget>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BudgetLine>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BudgetEntry>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BudgetCategoryStatus>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BusinessCase>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BusinessCaseOption>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CashFlowLine>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<OptionAppraisal>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EarnedValueInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EarnedValueOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EarnedValueResult>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EacEstimates>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EarnedScheduleInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TcoInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TcoCostLine>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TcoLineTotal>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TcoResult>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CompareTcoResult>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SensitivityOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BreakEvenOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BreakEvenResult>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ScenarioMultipliers>>().toEqualTypeOf<never>();
  });

  it('types the null rule: answers that may not exist are Decimal | null', () => {
    expectTypeOf(irr).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(xirr).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(mirr).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(roi).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(annualisedRoi).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(profitabilityIndex).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(nper).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf(rate).returns.toEqualTypeOf<Decimal | null>();
    expectTypeOf<OptionAppraisal['irr']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<BudgetStatus['spentRatio']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<CompareTcoResult['ranking'][number]['optionId']>().toEqualTypeOf<string>();
  });

  it('accepts undefined for an optional option (exactOptionalPropertyTypes)', () => {
    const at: 0 | 1 | undefined = undefined;
    expectTypeOf({ firstFlowAt: at }).toMatchTypeOf<NpvOptions>();
  });
});
