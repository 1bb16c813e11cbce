import type { PopmPath } from '../core/errors.js';
import { popmError } from '../core/errors.js';
import { requireArray, requireNumber, requireObject, requireString } from '../core/validate.js';
import {
  gridSettings,
  POWER_INTEREST_QUADRANTS,
  type PowerInterestQuadrant,
  quadrantOf,
} from './powerInterestQuadrant.js';
import {
  checkBoolean,
  checkRegister,
  checkScores,
  REGISTER_PATH,
  type Stakeholder,
} from './stakeholder.js';

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
}

/** Options of {@link sprintReviewInvitees}. */
export interface SprintReviewInviteesOptions {
  /** The grid threshold for power and interest; default 4 (see `powerInterestQuadrant`). */
  readonly threshold?: number;
  /** Overrides `threshold` for power. */
  readonly powerThreshold?: number;
  /** Overrides `threshold` for interest. */
  readonly interestThreshold?: number;
  /** Keep-informed stakeholders with interest at or above this are invited; default 5. */
  readonly highInterest?: number;
  /**
   * Also invite definitive stakeholders (power at or above the power
   * threshold, `legitimacy` and `urgency` both `true`) whatever their interest:
   * a powerful stakeholder with an urgent, legitimate claim should see the
   * increment even when the grid says "keep satisfied". Default `false`; when
   * `true`, every stakeholder needs boolean `legitimacy` and `urgency`.
   */
  readonly definitive?: boolean;
  /** Ids to invite whatever their quadrant (wins over `inviteToReviews: false`). */
  readonly include?: readonly string[];
  /** Ids never to invite (wins over everything). */
  readonly exclude?: readonly string[];
}

/**
 * What {@link sprintReviewInvitees} reads of a stakeholder: `legitimacy` and
 * `urgency` only with the option `definitive: true`.
 */
export type InviteeStakeholder = Pick<
  Stakeholder,
  'id' | 'name' | 'power' | 'interest' | 'inviteToReviews'
> &
  Partial<Pick<Stakeholder, 'legitimacy' | 'urgency'>>;

/** @internal Resolved invitation rules. */
export interface InviteSettings {
  readonly grid: ReturnType<typeof gridSettings>;
  readonly highInterest: number;
  readonly definitive: boolean;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
}

function idSet(value: unknown, path: PopmPath, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (value === undefined) return out;
  requireArray(value, path).forEach((id, k) => {
    const s = requireString(id, [...path, k], 'a stakeholder id');
    if (!known.has(s))
      throw popmError('NOT_FOUND', [...path, k], 'the id of a stakeholder in the register', s);
    out.add(s);
  });
  return out;
}

/** @internal Validates the options against a register. */
export function inviteSettings(
  options: unknown,
  known: ReadonlySet<string>,
  path: PopmPath = ['options'],
): InviteSettings {
  const o = requireObject(options, path);
  const grid = gridSettings(
    {
      threshold: o.threshold,
      powerThreshold: o.powerThreshold,
      interestThreshold: o.interestThreshold,
    },
    path,
  );
  const highInterest =
    o.highInterest === undefined
      ? 5
      : requireNumber(o.highInterest, [...path, 'highInterest'], { min: 1, max: 5 });
  const definitive =
    o.definitive === undefined ? false : checkBoolean(o.definitive, [...path, 'definitive']);
  return {
    grid,
    highInterest,
    definitive,
    include: idSet(o.include, [...path, 'include'], known),
    exclude: idSet(o.exclude, [...path, 'exclude'], known),
  };
}

const RANK: Readonly<Record<PowerInterestQuadrant, number>> = Object.fromEntries(
  POWER_INTEREST_QUADRANTS.map((q, k) => [q, k]),
) as Record<PowerInterestQuadrant, number>;

/** @internal The invitees of a checked register, each row frozen; the array is not. */
export function invitees(
  list: readonly InviteeStakeholder[],
  settings: InviteSettings,
): SprintReviewInvitee[] {
  const out: SprintReviewInvitee[] = [];
  list.forEach((s, i) => {
    const { power, interest } = checkScores(s, REGISTER_PATH, i);
    const flag =
      s.inviteToReviews === undefined || typeof s.inviteToReviews === 'boolean'
        ? s.inviteToReviews
        : checkBoolean(s.inviteToReviews, ['register', i, 'inviteToReviews']);
    const quadrant = quadrantOf(power, interest, settings.grid);
    if (settings.exclude.has(s.id)) return;
    const included = settings.include.has(s.id);
    if (flag === false && !included) return;
    const reasons: InviteReason[] = [];
    if (quadrant === 'manage-closely')
      reasons.push({
        code: 'manage-closely',
        text: `Manage closely: power ${power} and interest ${interest} are both high`,
      });
    if (quadrant === 'keep-informed' && interest >= settings.highInterest)
      reasons.push({
        code: 'highly-interested',
        text: `Keep informed with interest ${interest} (at least ${settings.highInterest})`,
      });
    if (settings.definitive) {
      const legitimate = checkBoolean(s.legitimacy, ['register', i, 'legitimacy']);
      const urgent = checkBoolean(s.urgency, ['register', i, 'urgency']);
      if (power >= settings.grid.power && legitimate && urgent)
        reasons.push({
          code: 'definitive',
          text: `Definitive stakeholder: power ${power} with a legitimate and urgent claim`,
        });
    }
    if (flag === true)
      reasons.push({ code: 'flagged', text: 'Flagged to attend every sprint review' });
    if (included) reasons.push({ code: 'included', text: 'Invited by name for this review' });
    // Rows are frozen as built (reasons hold only primitives), so no deep walk is needed later.
    if (reasons.length > 0)
      out.push(
        Object.freeze({
          id: s.id,
          name: s.name,
          quadrant,
          power,
          interest,
          reasons: Object.freeze(reasons.map((r) => Object.freeze(r))),
        }),
      );
  });
  return out.sort(
    (a, b) =>
      RANK[a.quadrant] - RANK[b.quadrant] ||
      b.power - a.power ||
      b.interest - a.interest ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

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
  options: SprintReviewInviteesOptions = {},
): readonly SprintReviewInvitee[] {
  const list = checkRegister(register);
  const settings = inviteSettings(options, new Set(list.map((s) => s.id)));
  return Object.freeze(invitees(list, settings));
}
