/**
 * The names of {@link totalCostOfOwnership}'s input and result: a leaf module,
 * so the computation (internal/computeTco.ts) and the public function both
 * import it without a cycle.
 */
import type { Decimal, Numeric } from '../core/numbers.js';

/**
 * The cost categories a TCO line may use, in the order results list them.
 *
 * @example
 * TCO_CATEGORIES.includes('licensing'); //=> true
 */
export const TCO_CATEGORIES = Object.freeze([
  'acquisition',
  'implementation',
  'licensing',
  'infrastructure',
  'operations',
  'support',
  'staff',
  'training',
  'downtime',
  'disposal',
  'other',
] as const);

/** One of {@link TCO_CATEGORIES}. */
export type TcoCategory = (typeof TCO_CATEGORIES)[number];

/** How often a cost line is paid: once, or in every period of its range. */
export type TcoRecurrence = 'once' | 'per-period';

/**
 * Which prices a line's `amount` is in: `'lineStart'` (the default, the
 * behaviour before 1.0), the prices of the line's own start period, so
 * escalation compounds from there; `'today'`, the prices of period 0, so
 * escalation compounds from period 0 whatever period the line starts in.
 */
export type TcoPriceBase = 'today' | 'lineStart';

/**
 * The largest horizon {@link totalCostOfOwnership} accepts (periods).
 *
 * @example
 * MAX_TCO_HORIZON; //=> 1000
 */
export const MAX_TCO_HORIZON = 1000;

/**
 * One cost line. Periods are numbered `0..horizon`: period 0 is today
 * (upfront, undiscounted), periods `1..horizon` are the periods of use.
 */
export interface TcoCostLine {
  /** Unique id within the input. */
  readonly id: string;
  /** What the cost is, for people. */
  readonly label: string;
  /** One of {@link TCO_CATEGORIES}. */
  readonly category: TcoCategory;
  /**
   * The amount paid (per period for `'per-period'` lines), in the prices
   * `priceBase` names (default: the line's first period). Negative is a
   * credit, e.g. resale value at disposal.
   */
  readonly amount: Numeric;
  /** `'once'` or `'per-period'`. */
  readonly recurrence: TcoRecurrence;
  /** First period the line is paid in; default 0 for `'once'`, 1 for `'per-period'`. */
  readonly startPeriod?: number | undefined;
  /** Last period of a `'per-period'` line (inclusive); default the horizon. Not allowed on `'once'`. */
  readonly endPeriod?: number | undefined;
  /**
   * Price rise per period for `'per-period'` lines, a fraction > -1
   * (`0.03` = 3 %): `amount × (1 + escalation)^(t − startPeriod)` with the
   * default `priceBase: 'lineStart'`, `amount × (1 + escalation)^t` with
   * `'today'`. Not allowed on `'once'`.
   */
  readonly escalation?: Numeric | undefined;
  /** Which prices `amount` is in: `'lineStart'` (default) or `'today'`; see {@link TcoPriceBase}. */
  readonly priceBase?: TcoPriceBase | undefined;
  /** The line's currency; must equal the input's. */
  readonly currency?: string | undefined;
  /** Your own data, carried untouched to the line's `byLine` row. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Inputs of {@link totalCostOfOwnership}. */
export interface TcoInput {
  /** Number of periods of use after period 0, an integer 1..{@link MAX_TCO_HORIZON}. */
  readonly horizon: number;
  /** Discount rate per period, > -1; default none (present value = nominal). */
  readonly discountRate?: Numeric | undefined;
  /** The one currency of every line (lines may repeat it). */
  readonly currency?: string | undefined;
  /** The cost lines; may be empty. */
  readonly costs: readonly TcoCostLine[];
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Cost in one period. */
export interface TcoPeriod {
  /** The period, 0..horizon. */
  readonly period: number;
  /** Sum of the lines paid in this period. */
  readonly nominal: Decimal;
  /** `nominal / (1 + rate)^period`. */
  readonly discounted: Decimal;
  /** Nominal cost from period 0 through this one. */
  readonly cumulativeNominal: Decimal;
  /** Discounted cost from period 0 through this one. */
  readonly cumulativeDiscounted: Decimal;
}

/** Cost of one category over the horizon. */
export interface TcoCategoryTotal {
  /** The category. */
  readonly category: TcoCategory;
  /** Nominal total. */
  readonly total: Decimal;
  /** Present value. */
  readonly presentValue: Decimal;
  /** Fraction of the nominal TCO; `null` when the TCO is 0. */
  readonly share: Decimal | null;
}

/** Cost of one line over the horizon. */
export interface TcoLineTotal {
  /** The line's id. */
  readonly id: string;
  /** The line's label. */
  readonly label: string;
  /** The line's category. */
  readonly category: TcoCategory;
  /** Nominal total. */
  readonly total: Decimal;
  /** Present value. */
  readonly presentValue: Decimal;
  /** Nominal amount in each period 0..horizon. */
  readonly byPeriod: readonly Decimal[];
  /** The line's own `meta`, carried through untouched (absent when it had none). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link totalCostOfOwnership}. */
export interface TcoResult {
  /** The currency, when the input or a line named one. */
  readonly currency?: string | undefined;
  /** The horizon used. */
  readonly horizon: number;
  /** The discount rate used; `null` when none was given. */
  readonly discountRate: Decimal | null;
  /** Nominal total cost of ownership (exact). */
  readonly total: Decimal;
  /** Present value of the cost; equals `total` without a discount rate. */
  readonly presentValue: Decimal;
  /** Each period 0..horizon. */
  readonly byPeriod: readonly TcoPeriod[];
  /** Categories that have lines, in {@link TCO_CATEGORIES} order. */
  readonly byCategory: readonly TcoCategoryTotal[];
  /** Each line, in input order. */
  readonly byLine: readonly TcoLineTotal[];
}
