import type { Numeric } from '../core/numbers.js';

/**
 * The kinds of option a business case compares (PRINCE2): doing nothing (the
 * baseline every other option is measured against), the least that would
 * do, and a fuller response.
 *
 * @example
 * BUSINESS_CASE_OPTION_KINDS[0]; //=> 'do-nothing'
 */
export const BUSINESS_CASE_OPTION_KINDS = Object.freeze([
  'do-nothing',
  'do-minimum',
  'do-something',
] as const);

/** One of {@link BUSINESS_CASE_OPTION_KINDS}. */
export type BusinessCaseOptionKind = (typeof BUSINESS_CASE_OPTION_KINDS)[number];

/**
 * The largest horizon a business case may have (periods after period 0).
 *
 * @example
 * MAX_BUSINESS_CASE_HORIZON; //=> 1000
 */
export const MAX_BUSINESS_CASE_HORIZON = 1000;

/** A named stream of amounts, one per period, period 0 first. */
export interface CashFlowLine {
  /** The line's name, unique within its series (it names a sensitivity variable). */
  readonly label: string;
  /** Amounts >= 0 per period, period 0 first; shorter than the horizon is padded with 0. */
  readonly amounts: readonly Numeric[];
  /** Your own data, carried untouched (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Costs, benefits or dis-benefits: either one amount per period (period 0
 * first) or named lines. Amounts are >= 0 (and at most 1e290, so discounting
 * in float64 cannot overflow); the series says their sign.
 */
export type CashFlowSeries = readonly Numeric[] | readonly CashFlowLine[];

/** One option of a business case. */
export interface BusinessCaseOption {
  /** Unique id. */
  readonly id: string;
  /** Name, for people. */
  readonly name: string;
  /** do-nothing (exactly one, the baseline), do-minimum or do-something. */
  readonly kind: BusinessCaseOptionKind;
  /** What the option does. */
  readonly description?: string | undefined;
  /** Money spent, >= 0 per period. */
  readonly costs: CashFlowSeries;
  /** Money gained or saved, >= 0 per period. */
  readonly benefits: CashFlowSeries;
  /** Measurable negative outcomes (PRINCE2 dis-benefits), >= 0 per period. */
  readonly disBenefits?: CashFlowSeries | undefined;
  /** Must equal the case's currency when given. */
  readonly currency?: string | undefined;
  /** Your own data, carried untouched to the option's appraisal. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A business case: why, the options, and the terms they are appraised on. */
export interface BusinessCase {
  /** A title, for people. */
  readonly title?: string | undefined;
  /** The reasons for the project, at least one. */
  readonly reasons: readonly string[];
  /** The options: exactly one do-nothing and at least one other. */
  readonly options: readonly BusinessCaseOption[];
  /** Discount rate per period, > -1 (`0.08` = 8 %). */
  readonly discountRate: Numeric;
  /** Periods after period 0, an integer 1..{@link MAX_BUSINESS_CASE_HORIZON}. */
  readonly horizon: number;
  /** Ids of the major risks (in the risk register), each once. */
  readonly risks?: readonly string[] | undefined;
  /** The currency of every amount. */
  readonly currency: string;
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}
