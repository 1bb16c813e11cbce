import type { IsoDate } from '../core/dates.js';
import type { Numeric } from '../core/numbers.js';

/** Whether a risk would hurt (`'threat'`) or help (`'opportunity'`) the objectives. */
export type RiskKind = 'threat' | 'opportunity';

/**
 * Where a risk stands. Only `'open'` and `'monitoring'` risks are *active*:
 * they count in exposure, heat maps, reviews and simulations. An `'occurred'`
 * risk has become an issue, an `'escalated'` one is owned above the project
 * (PMBOK 6th ed. §11.5: escalated risks are no longer monitored by the
 * project team), and a `'closed'` one is history.
 */
export type RiskStatus = 'open' | 'monitoring' | 'occurred' | 'closed' | 'escalated';

/** The risk-management vocabulary whose response strategies a register accepts. */
export type RiskFramework = 'PMI' | 'PRINCE2';

/**
 * A response strategy. PMI (PMBOK 6th ed. §11.5.2): threats avoid, mitigate,
 * transfer, accept, escalate; opportunities exploit, enhance, share, accept,
 * escalate. PRINCE2 (2017): threats avoid, reduce, fallback, transfer, accept,
 * share; opportunities exploit, enhance, reject, share.
 */
export type RiskStrategy =
  | 'avoid'
  | 'mitigate'
  | 'reduce'
  | 'fallback'
  | 'transfer'
  | 'accept'
  | 'share'
  | 'escalate'
  | 'exploit'
  | 'enhance'
  | 'reject';

/** A three-point estimate: lowest, most likely and highest value. */
export interface RiskThreePoint<T> {
  /** The lowest (optimistic) value. */
  readonly min: T;
  /** The most likely value, `min <= mostLikely <= max`. */
  readonly mostLikely: T;
  /** The highest (pessimistic) value. */
  readonly max: T;
}

/**
 * The money a risk moves if it occurs: a magnitude `>= 0` (the sign comes
 * from the kind), fixed or as a three-point estimate.
 */
export type CostImpact = Numeric | RiskThreePoint<Numeric>;

/** The working days a risk moves if it occurs: `>= 0`, fixed or three-point. */
export type ScheduleImpact = number | RiskThreePoint<number>;

/** The planned response to a risk. */
export interface RiskResponse {
  /** The strategy, valid for the risk's kind (and the register's framework). */
  readonly strategy: RiskStrategy;
  /** The actions that carry the strategy out. */
  readonly actions?: readonly string[] | undefined;
  /** What the response costs (money `>= 0`); counted in the exposure's `responseCost`. */
  readonly cost?: Numeric | undefined;
}

/**
 * The assessment after the response (residual risk). A field left out falls
 * back to the inherent value: no response has changed it.
 */
export interface ResidualAssessment {
  /** Residual probability, 0..1. */
  readonly probability?: number | undefined;
  /** Residual impact level on the matrix scale, 1..size. */
  readonly impact?: number | undefined;
  /** Residual cost impact (magnitude `>= 0`, fixed or three-point). */
  readonly costImpact?: CostImpact | undefined;
  /** Residual schedule impact in days (`>= 0`, fixed or three-point). */
  readonly scheduleImpactDays?: ScheduleImpact | undefined;
}

/**
 * One entry of a risk register (PRINCE2 Risk Register / PMBOK risk register).
 * Only `id`, `title` and `kind` are required; a risk with no probability or no
 * impact is recorded but cannot be scored or priced (functions report it).
 */
export interface Risk {
  /** Unique within the register. */
  readonly id: string;
  /** A short name. */
  readonly title: string;
  /** Threat or opportunity. */
  readonly kind: RiskKind;
  /** The cause: the situation that gives rise to the risk (PRINCE2 risk description). */
  readonly cause?: string | undefined;
  /** The event: the uncertain thing that may happen. */
  readonly event?: string | undefined;
  /** The effect on objectives if it happens. */
  readonly effect?: string | undefined;
  /** A grouping such as `'technical'` or `'commercial'` (a risk breakdown structure node). */
  readonly category?: string | undefined;
  /** The risk owner: who answers for managing it. */
  readonly owner?: string | undefined;
  /** The risk actionee: who carries out the response actions (PRINCE2). */
  readonly actionee?: string | undefined;
  /** When the risk was raised. */
  readonly raisedOn?: IsoDate | undefined;
  /** When it may occur: an `IsoDate` or a label such as `'this stage'` (PRINCE2 proximity). */
  readonly proximity?: string | undefined;
  /** Inherent probability of occurrence, 0..1. */
  readonly probability?: number | undefined;
  /** Inherent impact level on the matrix scale, an integer 1..size. */
  readonly impact?: number | undefined;
  /** Inherent cost impact: a magnitude `>= 0`, fixed or three-point. */
  readonly costImpact?: CostImpact | undefined;
  /** Inherent schedule impact in days: `>= 0`, fixed or three-point. */
  readonly scheduleImpactDays?: ScheduleImpact | undefined;
  /**
   * Ids of the plan tasks the risk delays if it occurs: its schedule impact is
   * added to each of their durations (read by `simulateProject`).
   */
  readonly tasks?: readonly string[] | undefined;
  /** The planned response. */
  readonly response?: RiskResponse | undefined;
  /** The assessment after the response. */
  readonly residual?: ResidualAssessment | undefined;
  /** Where the risk stands; `'open'` when left out. */
  readonly status?: RiskStatus | undefined;
  /** The date of the next review. */
  readonly reviewBy?: IsoDate | undefined;
  /** When it was closed (set by `closeRisk`). */
  readonly closedOn?: IsoDate | undefined;
  /** Why it was closed (set by `closeRisk`). */
  readonly closureReason?: string | undefined;
  /** When it was escalated (set by `escalateRisk`). */
  readonly escalatedOn?: IsoDate | undefined;
  /** To whom it was escalated (set by `escalateRisk`). */
  readonly escalatedTo?: string | undefined;
  /** When it occurred (set by `recordOccurrence`). */
  readonly occurredOn?: IsoDate | undefined;
  /** What it actually cost or earned when it occurred (magnitude `>= 0`). */
  readonly actualCost?: Numeric | undefined;
  /** The schedule days it actually moved when it occurred (`>= 0`). */
  readonly actualScheduleDays?: number | undefined;
  /** Free notes. */
  readonly notes?: string | undefined;
  /** Your own data (a JSON object), carried through to results untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}
