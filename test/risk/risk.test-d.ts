import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/numbers.js';
import type {
  CloseRiskInput,
  EscalateRiskInput,
  ExpectedMonetaryValueOptions,
  ExposureTotals,
  HeatMapOptions,
  RecordOccurrenceInput,
  ResidualAssessment,
  Risk,
  RiskExposure,
  RiskMatrix,
  RiskMatrixOptions,
  RiskPatch,
  RiskRegister,
  RiskRegisterOptions,
  RiskResponse,
  RiskScoreOptions,
  RiskTrendOptions,
  RiskTrendPoint,
  TopRisksOptions,
} from '../../src/risk/index.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('risk types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<Risk>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskResponse>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ResidualAssessment>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskPatch>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskRegister>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskRegisterOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskMatrix>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskMatrixOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CloseRiskInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EscalateRiskInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RecordOccurrenceInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TopRisksOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<HeatMapOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskTrendOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RiskScoreOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ExpectedMonetaryValueOptions>>().toEqualTypeOf<never>();
  });

  it('names money at risk by its sign: …Cost positive, emv PMI-signed; no threats/net fields', () => {
    expectTypeOf<ExposureTotals>().toEqualTypeOf<{
      readonly threatCost: Decimal;
      readonly opportunitySaving: Decimal;
      readonly netCost: Decimal;
      readonly emv: Decimal;
    }>();
    expectTypeOf<RiskExposure>().not.toHaveProperty('net');
    expectTypeOf<RiskTrendPoint>().toHaveProperty('netCost');
    expectTypeOf<RiskTrendPoint>().not.toHaveProperty('threats');
  });

  it('takes the event date as `date`', () => {
    expectTypeOf<CloseRiskInput>().toHaveProperty('date');
    expectTypeOf<CloseRiskInput>().not.toHaveProperty('on');
    expectTypeOf<Risk['meta']>().toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
  });
});
