/**
 * The thresholds the assessments use. Every one has a documented default;
 * pass only the ones you want to change.
 */
export interface AssessOptions {
  /** How many open backlog items count as "the top" (default `10`). */
  readonly backlogTop?: number | undefined;
  /** Share of the top items that must carry an estimate (default `0.8`). */
  readonly minEstimatedShare?: number | undefined;
  /** Share of the top items that must be ready or in progress (default `0.5`). */
  readonly minReadyShare?: number | undefined;
  /** An open item larger than this is oversized and should be split (default `13` points). */
  readonly maxItemEstimate?: number | undefined;
  /** An open item untouched for more days than this is stale (default `120`). */
  readonly staleAfterDays?: number | undefined;
  /** Forecast cost at completion may exceed the budget by this share before it needs attention (default `0.05`). */
  readonly budgetTolerance?: number | undefined;
  /** CPI or SPI below this is amber (default `0.95`). */
  readonly indexAmber?: number | undefined;
  /** CPI or SPI below this is red (default `0.9`). */
  readonly indexRed?: number | undefined;
  /** Say/do ratio of the last three sprints below this needs attention (default `0.8`). */
  readonly minSayDo?: number | undefined;
  /** A finish slip of more working days than this is amber (default `5`). */
  readonly slipAmberDays?: number | undefined;
  /** A finish slip of more working days than this is red (default `15`). */
  readonly slipRedDays?: number | undefined;
  /** Days since the last sprint review after which progress explanations are overdue (default `21`). */
  readonly maxDaysSinceReview?: number | undefined;
  /** Items in progress per person above this are too many (default `2`). */
  readonly wipPerPerson?: number | undefined;
  /** Assigned work in the running sprint above this share of a person's capacity is overload (default `1`). */
  readonly maxLoad?: number | undefined;
  /** An engagement gap of this many levels or more needs attention (default `2`). */
  readonly engagementGapLevels?: number | undefined;
  /** Trials of the Monte Carlo forecasts and the risk simulation (default `2000`). */
  readonly trials?: number | undefined;
  /** Seed of the Monte Carlo forecasts and the risk simulation (default: the project id). */
  readonly seed?: number | string | undefined;
}

/**
 * The default thresholds of {@link AssessOptions}.
 *
 * @example
 * DEFAULT_ASSESS_OPTIONS.minSayDo; //=> 0.8
 */
export const DEFAULT_ASSESS_OPTIONS: Readonly<
  Record<Exclude<keyof AssessOptions, 'seed'>, number>
> = Object.freeze({
  backlogTop: 10,
  minEstimatedShare: 0.8,
  minReadyShare: 0.5,
  maxItemEstimate: 13,
  staleAfterDays: 120,
  budgetTolerance: 0.05,
  indexAmber: 0.95,
  indexRed: 0.9,
  minSayDo: 0.8,
  slipAmberDays: 5,
  slipRedDays: 15,
  maxDaysSinceReview: 21,
  wipPerPerson: 2,
  maxLoad: 1,
  engagementGapLevels: 2,
  trials: 2000,
});
