import type { IsoDate } from '../core/dates.js';

/**
 * A level of the Stakeholder Engagement Assessment Matrix (PMBOK Guide),
 * lowest first: unaware, resistant, neutral, supportive, leading.
 */
export type EngagementLevel = 'unaware' | 'resistant' | 'neutral' | 'supportive' | 'leading';

/**
 * The five engagement levels in the PMBOK Guide's order. The scale is
 * ordinal: the gap between two levels is a count of steps, not a measure.
 *
 * @example
 * ENGAGEMENT_LEVELS.indexOf('supportive'); //=> 3
 */
export const ENGAGEMENT_LEVELS: readonly EngagementLevel[] = Object.freeze([
  'unaware',
  'resistant',
  'neutral',
  'supportive',
  'leading',
] as const);

/** Where a stakeholder's engagement is and where the project needs it. */
export interface StakeholderEngagement {
  /** The level now ("C" in the PMBOK matrix). */
  readonly current: EngagementLevel;
  /** The level the project needs ("D" in the PMBOK matrix). */
  readonly desired: EngagementLevel;
}

/** How, and how often, to contact a stakeholder. */
export interface CommunicationPlan {
  /** The channel, e.g. `'email'`, `'meeting'`, `'newsletter'`. */
  readonly channel: string;
  /** Contact at least every this many calendar days (an integer >= 1). */
  readonly everyDays: number;
}

/** A person or group with a stake in the product or project. */
export interface Stakeholder {
  /** Unique id within the register. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** The organisation or department they belong to. */
  readonly organisation?: string | undefined;
  /** Power over the product or project, 1 (none) to 5 (decisive). */
  readonly power: number;
  /** Interest in the product or project, 1 (none) to 5 (intense). */
  readonly interest: number;
  /** Whether their claim is legitimate (Mitchell, Agle and Wood's legitimacy). */
  readonly legitimacy: boolean;
  /** Whether their claim is urgent: time-sensitive and critical to them. */
  readonly urgency: boolean;
  /** Current and desired engagement. */
  readonly engagement: StakeholderEngagement;
  /** How and how often to keep in touch. */
  readonly communication: CommunicationPlan;
  /** The last time they were contacted; absent when never. */
  readonly lastContactedOn?: IsoDate | undefined;
  /**
   * `true` invites them to every sprint review whatever their quadrant;
   * `false` leaves them out even when their quadrant would invite them.
   */
  readonly inviteToReviews?: boolean | undefined;
  /** Your own data (a JSON object), carried through to results untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}
