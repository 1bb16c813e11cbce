/** @internal The sprint-review invitation rules, resolved and applied to a checked register. */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import { requireNumber, requireString } from '../../core/internal/validate.js';
import { POWER_INTEREST_QUADRANTS, type PowerInterestQuadrant } from '../quadrants.js';
import type { InviteReason, SprintReviewInvitee } from '../sprintReviewInvitees.js';
import {
  type CheckedStakeholder,
  checkBoolean,
  checkScores,
  metaOf,
  REGISTER_PATH,
} from './check.js';
import { gridSettings, quadrantOf } from './grid.js';
import { readList } from './readList.js';

const INVITE_KEYS = [
  'threshold',
  'powerThreshold',
  'interestThreshold',
  'highInterest',
  'definitive',
  'include',
  'exclude',
] as const;

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
  readList(value, path).forEach((id, k) => {
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
  const o = readOptions(options, path, INVITE_KEYS);
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
  list: readonly CheckedStakeholder[],
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
    const reasons = reasonsFor(s, i, { power, interest, quadrant }, flag, included, settings);
    // Rows are frozen as built (reasons hold only primitives), so no deep walk is needed later.
    if (reasons.length === 0) return;
    const row: { -readonly [K in keyof SprintReviewInvitee]: SprintReviewInvitee[K] } = {
      id: s.id,
      name: s.name,
      quadrant,
      power,
      interest,
      reasons: Object.freeze(reasons.map((r) => Object.freeze(r))),
    };
    const meta = metaOf(s, REGISTER_PATH, i);
    if (meta !== undefined) row.meta = meta as SprintReviewInvitee['meta'];
    out.push(Object.freeze(row));
  });
  return out.sort(
    (a, b) =>
      RANK[a.quadrant] - RANK[b.quadrant] ||
      b.power - a.power ||
      b.interest - a.interest ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Why one stakeholder is invited, in the order the reasons are shown. */
function reasonsFor(
  s: CheckedStakeholder,
  i: number,
  at: { power: number; interest: number; quadrant: PowerInterestQuadrant },
  flag: boolean | undefined,
  included: boolean,
  settings: InviteSettings,
): InviteReason[] {
  const { power, interest, quadrant } = at;
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
  return reasons;
}
