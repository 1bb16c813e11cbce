import { checkRegister } from './internal/check.js';
import { invitees, inviteSettings } from './internal/invitees.js';
import type { PowerInterestQuadrant } from './quadrants.js';
import type { Stakeholder } from './stakeholder.js';

/**
 * Why a stakeholder is invited to the sprint review:
 * - `manage-closely`: high power and high interest (a key player);
 * - `highly-interested`: in keep-informed with interest at or above `highInterest`;
 * - `definitive`: with the option `definitive: true`, a definitive stakeholder in
 *   Mitchell, Agle and Wood's salience model (power at or above the power
 *   threshold, and a legitimate and urgent claim), whatever their interest;
 * - `flagged`: the stakeholder's `inviteToReviews` is `true`;
 * - `included`: named in the options' `include`.
 */
export type InviteReasonCode =
  | 'manage-closely'
  | 'highly-interested'
  | 'definitive'
  | 'flagged'
  | 'included';

/** One reason for an invitation. */
export interface InviteReason {
  /** Which reason. */
  readonly code: InviteReasonCode;
  /** The reason in words, with the figures. */
  readonly text: string;
}

/** A stakeholder to invite, with the reasons. */
export interface SprintReviewInvitee {
  /** The stakeholder's id. */
  readonly id: string;
  /** The stakeholder's name. */
  readonly name: string;
  /** Their quadrant on the power/interest grid. */
  readonly quadrant: PowerInterestQuadrant;
  /** Power, 1–5. */
  readonly power: number;
  /** Interest, 1–5. */
  readonly interest: number;
  /** Every reason that applies, in {@link InviteReasonCode} order. */
  readonly reasons: readonly InviteReason[];
  /** The stakeholder's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Options of {@link sprintReviewInvitees}. */
export interface SprintReviewInviteesOptions {
  /** The grid threshold for power and interest; default 4 (see `powerInterestQuadrant`). */
  readonly threshold?: number | undefined;
  /** Overrides `threshold` for power. */
  readonly powerThreshold?: number | undefined;
  /** Overrides `threshold` for interest. */
  readonly interestThreshold?: number | undefined;
  /** Keep-informed stakeholders with interest at or above this are invited; default 5. */
  readonly highInterest?: number | undefined;
  /**
   * Also invite definitive stakeholders (power at or above the power
   * threshold, `legitimacy` and `urgency` both `true`) whatever their interest:
   * a powerful stakeholder with an urgent, legitimate claim should see the
   * increment even when the grid says "keep satisfied". Default `false`; when
   * `true`, every stakeholder needs boolean `legitimacy` and `urgency`.
   */
  readonly definitive?: boolean | undefined;
  /** Ids to invite whatever their quadrant (wins over `inviteToReviews: false`). */
  readonly include?: readonly string[] | undefined;
  /** Ids never to invite (wins over everything). */
  readonly exclude?: readonly string[] | undefined;
}

/**
 * What {@link sprintReviewInvitees} reads of a stakeholder: `legitimacy` and
 * `urgency` only with the option `definitive: true`.
 */
export type InviteeStakeholder = Pick<
  Stakeholder,
  'id' | 'name' | 'power' | 'interest' | 'inviteToReviews' | 'meta'
> &
  Partial<Pick<Stakeholder, 'legitimacy' | 'urgency'>>;

/**
 * Whom the Product Owner invites to the sprint review, each with the
 * reasons: by default every manage-closely stakeholder (high power, high
 * interest) and every keep-informed stakeholder whose interest is at least
 * `highInterest` (default 5), plus anyone flagged (`inviteToReviews: true`)
 * or named in `include`, and, with `definitive: true`, every definitive
 * stakeholder (Mitchell, Agle and Wood). `inviteToReviews: false` opts a stakeholder out
 * unless `include` names them; `exclude` always wins. Ordered by quadrant
 * (manage-closely first), then power, interest and id.
 *
 * @param register - the stakeholders (unique ids)
 * @param options - grid thresholds, `highInterest`, `definitive`, `include`, `exclude`
 * @returns the invitees, frozen; `[]` when nobody qualifies
 * @throws PopmError `INVALID_ARGUMENT` for a malformed register or options
 *   (with `definitive: true`, also a `legitimacy` or `urgency` that is not a
 *   boolean), `DUPLICATE_ID` for a repeated id, `NOT_FOUND` for an
 *   `include`/`exclude` id not in the register, `INVALID_NUMBER` /
 *   `OUT_OF_RANGE` for bad scores or thresholds
 * @example
 * sprintReviewInvitees([
 *   { id: 'ops', name: 'Operations', power: 4, interest: 5 },
 *   { id: 'users', name: 'User panel', power: 2, interest: 5 },
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
 * ]).map((i) => [i.id, i.reasons[0].code]);
 * //=> [['ops', 'manage-closely'], ['users', 'highly-interested']]
 * sprintReviewInvitees(
 *   [{ id: 'it', name: 'IT security', power: 4, interest: 3, legitimacy: true, urgency: true }],
 *   { definitive: true },
 * ).map((i) => [i.id, i.quadrant, i.reasons[0].code]);
 * //=> [['it', 'keep-satisfied', 'definitive']]
 */
export function sprintReviewInvitees(
  register: readonly InviteeStakeholder[],
  options?: SprintReviewInviteesOptions,
): readonly SprintReviewInvitee[] {
  const list = checkRegister(register);
  const settings = inviteSettings(options, new Set(list.map((s) => s.id)));
  return Object.freeze(invitees(list, settings));
}
