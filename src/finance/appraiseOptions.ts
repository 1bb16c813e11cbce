import { deepFreeze } from '../core/freeze.js';
import type { Decimal } from '../core/numbers.js';
import type { BusinessCase, BusinessCaseOptionKind } from './businessCase.js';
import { appraiseRead } from './internal/appraiseRead.js';
import { readBusinessCase } from './internal/readBusinessCase.js';

/** An option's figures measured against the do-nothing baseline. */
export interface IncrementalAppraisal {
  /** `option flows − do-nothing flows` per period. */
  readonly netFlows: readonly Decimal[];
  /** NPV of the increment (= option NPV − do-nothing NPV). */
  readonly npv: Decimal;
  /** IRR of the increment; `null` where it has none. */
  readonly irr: Decimal | null;
  /** Payback of the increment in periods, counted as for {@link OptionAppraisal.payback}; `null` when never. */
  readonly payback: number | null;
  /** Discounted payback of the increment; `null` when never. */
  readonly discountedPayback: number | null;
}

/** One option's appraisal. Money is `Decimal`; fractions are 0..1 (0.25 = 25 %). */
export interface OptionAppraisal {
  /** The option's id. */
  readonly optionId: string;
  /** The option's name. */
  readonly name: string;
  /** The option's kind. */
  readonly kind: BusinessCaseOptionKind;
  /** 1 for the highest NPV; ties go to the lower PV of costs, then input order. */
  readonly rank: number;
  /** `benefits − costs − disBenefits` per period, period 0 first (exact). */
  readonly netFlows: readonly Decimal[];
  /** Nominal sum of the costs. */
  readonly totalCosts: Decimal;
  /** Nominal sum of the benefits. */
  readonly totalBenefits: Decimal;
  /** Nominal sum of the dis-benefits. */
  readonly totalDisBenefits: Decimal;
  /** Present value of the costs. */
  readonly pvCosts: Decimal;
  /** Present value of the benefits. */
  readonly pvBenefits: Decimal;
  /** Present value of the dis-benefits. */
  readonly pvDisBenefits: Decimal;
  /** Net present value, first flow at t = 0. */
  readonly npv: Decimal;
  /** `irr` of the net flows; `null` where the flows have none. */
  readonly irr: Decimal | null;
  /** `roi`: `(benefits − disBenefits − costs) / costs`, nominal; `null` when costs are 0. */
  readonly roi: Decimal | null;
  /** `npv / pvCosts`; `null` when the PV of costs is 0. */
  readonly discountedRoi: Decimal | null;
  /**
   * Payback in periods (interpolated, as `paybackPeriod`), counted from the
   * first period whose net flow is not 0: flows `0, −100, 200` pay back at
   * 1.5. `null` when the cumulative flow never recovers — as for an option
   * that only costs money — or when every flow is 0.
   */
  readonly payback: number | null;
  /** Discounted payback in periods, counted as `payback`; `null` when never. */
  readonly discountedPayback: number | null;
  /**
   * `profitabilityIndex` of the net flows: `PV(later flows) /
   * −investment`, where the investment is the first net flow that is not 0
   * (usually flow 0; for flows `0, −100, 200` it is the −100 of period 1).
   * `null` when that first flow is not an outlay, or when every flow is 0.
   */
  readonly profitabilityIndex: Decimal | null;
  /** `(pvBenefits − pvDisBenefits) / pvCosts`; `null` when the PV of costs is 0. */
  readonly benefitCostRatio: Decimal | null;
  /** Against do-nothing; `null` for do-nothing itself. */
  readonly increment: IncrementalAppraisal | null;
  /** The option's own `meta`, carried through untouched (absent when the option had none). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The option to choose and why. */
export interface Recommendation {
  /**
   * The recommended option's id: the option with the highest NPV when its
   * NPV over do-nothing is positive, else do-nothing. An increment within
   * 1e-12 of the size of its flows (float64 noise of a break-even option)
   * counts as 0, so it does not win.
   */
  readonly optionId: string;
  /** One sentence a board can read. */
  readonly reason: string;
}

/** The result of {@link appraiseOptions}. */
export interface OptionsAppraisal {
  /** The case's currency. */
  readonly currency: string;
  /** The discount rate used. */
  readonly discountRate: Decimal;
  /** The horizon used. */
  readonly horizon: number;
  /** The do-nothing option's id. */
  readonly baselineId: string;
  /** Every option, best (highest NPV) first. */
  readonly options: readonly OptionAppraisal[];
  /** The recommended option with its reason. */
  readonly recommended: Recommendation;
}

/**
 * Appraises every option of a business case: NPV (first flow at t = 0), IRR
 * (or `null`), ROI, payback, discounted payback, profitability index and
 * benefit-cost ratio, and each option's increment over do-nothing; ranks them
 * by NPV and recommends the option that adds the most value over doing
 * nothing — or doing nothing when none does.
 *
 * @param businessCase - the case (exactly one do-nothing option)
 * @returns the ranked appraisal and the recommendation, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a malformed case, a missing or second
 *   do-nothing option, an unknown kind, or a `title` or `description` that is not a string; `EMPTY_INPUT` for no reasons or no option
 *   besides do-nothing; `DUPLICATE_ID` for a repeated option id, line label or risk id;
 *   `INVALID_NUMBER` for a bad amount or a rate beyond float64 (such as `'1e999'`);
 *   `OUT_OF_RANGE` for a negative amount or one above 1e290, a series
 *   longer than the horizon, a horizon outside 1..1000 or a rate <= -1;
 *   `CURRENCY_MISMATCH` for an option in another currency
 * @example
 * const r = appraiseOptions({
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * });
 * r.options[0]?.npv.toFixed(2); //=> '14.05'
 * r.options[0]?.irr?.toFixed(4); //=> '0.2000'
 * r.recommended.optionId; //=> 'tool'
 */
export function appraiseOptions(businessCase: BusinessCase): OptionsAppraisal {
  return deepFreeze(appraiseRead(readBusinessCase(businessCase)));
}
