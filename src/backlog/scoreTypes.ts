/**
 * The inputs and results of the backlog's scoring methods, and the score
 * breakdowns of {@link prioritise}: types only, imported by the scorers, the
 * item types and `prioritise` alike, so that none of them imports another for
 * its types (no import cycles).
 */

/**
 * What every score carries: the number that orders items. Each method's result
 * ({@link WsjfResult}, {@link RiceResult}…) extends it with the figures that
 * produced the score.
 */
export interface ScoreBreakdown {
  /** Higher comes first. */
  readonly score: number;
}

/** Inputs of {@link wsjf}, each a relative estimate (SAFe uses 1, 2, 3, 5, 8, 13, 20). */
export interface WsjfInput {
  /** User-business value, `>= 0`. */
  readonly businessValue: number;
  /** Time criticality, `>= 0`. */
  readonly timeCriticality: number;
  /** Risk reduction and/or opportunity enablement value, `>= 0`. */
  readonly riskReduction: number;
  /** Job size (the proxy for duration), `> 0`. */
  readonly jobSize: number;
}

/** Result of {@link wsjf}: the score and the figures that produced it. */
export interface WsjfResult extends ScoreBreakdown {
  /** Cost of delay divided by job size. */
  readonly score: number;
  /** businessValue + timeCriticality + riskReduction. */
  readonly costOfDelay: number;
  /** The user-business value used. */
  readonly businessValue: number;
  /** The time criticality used. */
  readonly timeCriticality: number;
  /** The risk reduction / opportunity enablement used. */
  readonly riskReduction: number;
  /** The job size used. */
  readonly jobSize: number;
}

/** Intercom's named impact levels. */
export type RiceImpact = 'massive' | 'high' | 'medium' | 'low' | 'minimal';

/** Intercom's named confidence levels. */
export type RiceConfidence = 'high' | 'medium' | 'low';

/** Inputs of {@link rice}. */
export interface RiceInput {
  /** People or events per time period (e.g. customers per quarter), `>= 0`. */
  readonly reach: number;
  /** Impact per person: a number `>= 0` or a named level ({@link RICE_IMPACT}). */
  readonly impact: number | RiceImpact;
  /** Confidence as a fraction 0..1 (0.8, not 80) or a named level ({@link RICE_CONFIDENCE}). */
  readonly confidence: number | RiceConfidence;
  /** Person-months (or any consistent unit), `> 0`. */
  readonly effort: number;
}

/** Result of {@link rice}: the score and the figures that produced it. */
export interface RiceResult extends ScoreBreakdown {
  /** reach × impact × confidence / effort. */
  readonly score: number;
  /** The reach used. */
  readonly reach: number;
  /** The impact used, as a number. */
  readonly impact: number;
  /** The confidence used, as a fraction. */
  readonly confidence: number;
  /** The effort used. */
  readonly effort: number;
}

/** How {@link ice} combines its three scores. */
export type IceMode = 'product' | 'average';

/** Inputs of {@link ice}: three scores on a 0..10 scale (usually 1..10). */
export interface IceInput {
  /** How much the idea moves the goal metric, 0..10. */
  readonly impact: number;
  /** How sure we are of the impact, 0..10. */
  readonly confidence: number;
  /** How easy it is to do (the inverse of effort), 0..10. */
  readonly ease: number;
}

/** Options of {@link ice}. */
export interface IceOptions {
  /** `'product'` (I × C × E, default) or `'average'` ((I + C + E) / 3). */
  readonly mode?: IceMode | undefined;
}

/** Result of {@link ice}: the score and the figures that produced it. */
export interface IceResult extends ScoreBreakdown {
  /** I × C × E, or (I + C + E) / 3. */
  readonly score: number;
  /** The impact used. */
  readonly impact: number;
  /** The confidence used. */
  readonly confidence: number;
  /** The ease used. */
  readonly ease: number;
  /** How the three were combined. */
  readonly mode: IceMode;
}

/** Inputs of {@link cd3}. */
export interface Cd3Input {
  /** Cost of delay per unit of time (money or value points per week), `>= 0`. */
  readonly costOfDelay: number;
  /** Duration in the same unit of time; must be > 0. */
  readonly duration: number;
}

/** Result of {@link cd3}: the score and the figures that produced it. */
export interface Cd3Result extends ScoreBreakdown {
  /** Cost of delay divided by duration. */
  readonly score: number;
  /** The cost of delay used. */
  readonly costOfDelay: number;
  /** The duration used. */
  readonly duration: number;
}

/** A quadrant of the value/effort matrix. */
export type ValueEffortQuadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

/** Inputs of {@link valueEffort}. */
export interface ValueEffortInput {
  /** Value on your scale (e.g. 1..10), `>= 0`. */
  readonly value: number;
  /** Effort on your scale (e.g. 1..10), `>= 0`. */
  readonly effort: number;
}

/** Where the matrix splits; a figure strictly above its threshold is "high". */
export interface ValueEffortThresholds {
  /** Value above this is high value; default 5 (a 1..10 scale split 1–5 / 6–10). */
  readonly value?: number | undefined;
  /** Effort above this is high effort; default 5. */
  readonly effort?: number | undefined;
}

/** Result of {@link valueEffort}. */
export interface ValueEffortResult extends ScoreBreakdown {
  /** The quadrant's rank, {@link VALUE_EFFORT_RANK}: quick-win 4 … money-pit 1. */
  readonly score: number;
  /** The quadrant. */
  readonly quadrant: ValueEffortQuadrant;
  /** The value used. */
  readonly value: number;
  /** The effort used. */
  readonly effort: number;
  /** value / effort, or `null` when effort is 0 (or the quotient overflows). */
  readonly ratio: number | null;
  /** The value threshold used. */
  readonly valueThreshold: number;
  /** The effort threshold used. */
  readonly effortThreshold: number;
}

/** One criterion's part of a {@link weightedScore}. */
export interface WeightedContribution {
  /** The criterion's name. */
  readonly criterion: string;
  /** The item's value for it. */
  readonly value: number;
  /** The criterion's weight, `>= 0`. */
  readonly weight: number;
  /** value × weight. */
  readonly contribution: number;
}

/** Result of {@link weightedScore}. */
export interface WeightedScoreResult extends ScoreBreakdown {
  /** Σ value × weight over the weighted criteria. */
  readonly score: number;
  /** Σ weight. */
  readonly totalWeight: number;
  /**
   * score / totalWeight: the weighted mean of the values (it lies between
   * the smallest and the largest weighted value), or `null` when every
   * weight is 0.
   */
  readonly weightedMean: number | null;
  /** Each criterion's part, in the order of `weights`. */
  readonly contributions: readonly WeightedContribution[];
}

/** A DSDM MoSCoW category: Must, Should, Could, Won't have this time. */
export type MoscowCategory = 'must' | 'should' | 'could' | 'wont';

/** Result of {@link moscowScore}. */
export interface MoscowScoreResult extends ScoreBreakdown {
  /** {@link MOSCOW_SCORES} of the category. */
  readonly score: number;
  /** The category. */
  readonly category: MoscowCategory;
}

/** A Kano category. */
export type KanoCategory =
  | 'attractive'
  | 'one-dimensional'
  | 'must-be'
  | 'indifferent'
  | 'reverse'
  | 'questionable';

/** A built-in prioritisation method; each reads the item field of the same name. */
export type PrioritisationMethod =
  | 'wsjf'
  | 'rice'
  | 'ice'
  | 'cd3'
  | 'moscow'
  | 'value-effort'
  | 'weighted';

/** A {@link prioritise} breakdown by WSJF: {@link WsjfResult} and the method. */
export interface WsjfBreakdown extends WsjfResult {
  /** The method that produced the score. */
  readonly method: 'wsjf';
}

/** A {@link prioritise} breakdown by RICE: {@link RiceResult} and the method. */
export interface RiceBreakdown extends RiceResult {
  /** The method that produced the score. */
  readonly method: 'rice';
}

/** A {@link prioritise} breakdown by ICE: {@link IceResult} and the method. */
export interface IceBreakdown extends IceResult {
  /** The method that produced the score. */
  readonly method: 'ice';
}

/** A {@link prioritise} breakdown by CD3: {@link Cd3Result} and the method. */
export interface Cd3Breakdown extends Cd3Result {
  /** The method that produced the score. */
  readonly method: 'cd3';
}

/** A {@link prioritise} breakdown by MoSCoW: {@link MoscowScoreResult} and the method. */
export interface MoscowBreakdown extends MoscowScoreResult {
  /** The method that produced the score. */
  readonly method: 'moscow';
}

/** A {@link prioritise} breakdown by value/effort: {@link ValueEffortResult} and the method. */
export interface ValueEffortBreakdown extends ValueEffortResult {
  /** The method that produced the score. */
  readonly method: 'value-effort';
}

/** A {@link prioritise} breakdown by weighted scorecard: {@link WeightedScoreResult} and the method. */
export interface WeightedBreakdown extends WeightedScoreResult {
  /** The method that produced the score. */
  readonly method: 'weighted';
}

/**
 * A {@link prioritise} breakdown from a {@link ScoreFunction}: its score, and
 * every other field the function returned, copied as JSON data into `extra`.
 */
export interface CustomBreakdown extends ScoreBreakdown {
  /** The method that produced the score. */
  readonly method: 'custom';
  /** The function's other fields (a deep, frozen JSON copy). */
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * The figures behind a score in a {@link PrioritiseResult}: a union
 * discriminated by `method`, so that after `if (b.method === 'wsjf')` the
 * WSJF fields (`b.costOfDelay`…) are typed.
 */
export type PriorityBreakdown =
  | WsjfBreakdown
  | RiceBreakdown
  | IceBreakdown
  | Cd3Breakdown
  | MoscowBreakdown
  | ValueEffortBreakdown
  | WeightedBreakdown
  | CustomBreakdown;

/** Each method's breakdown, by method name (`'custom'` for a {@link ScoreFunction}). */
export interface BreakdownByMethod {
  /** WSJF. */
  readonly wsjf: WsjfBreakdown;
  /** RICE. */
  readonly rice: RiceBreakdown;
  /** ICE. */
  readonly ice: IceBreakdown;
  /** CD3. */
  readonly cd3: Cd3Breakdown;
  /** MoSCoW. */
  readonly moscow: MoscowBreakdown;
  /** Value/effort. */
  readonly 'value-effort': ValueEffortBreakdown;
  /** Weighted scorecard. */
  readonly weighted: WeightedBreakdown;
  /** A custom function. */
  readonly custom: CustomBreakdown;
}

/**
 * The breakdown type of one method, or of a union of methods (a lookup, so a
 * result typed for one method fits the general type).
 */
export type BreakdownOf<M extends PrioritisationMethod | 'custom'> = BreakdownByMethod[M];
