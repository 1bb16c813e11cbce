import type { PopmPath } from '../core/errors.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity } from '../core/internal/readObject.js';
import { requireString } from '../core/internal/validate.js';
import { checkRegister } from './internal/check.js';
import { invitees, inviteSettings } from './internal/invitees.js';
import { readList } from './internal/readList.js';
import type {
  InviteeStakeholder,
  SprintReviewInvitee,
  SprintReviewInviteesOptions,
} from './sprintReviewInvitees.js';

/**
 * Who was invited to, and who attended, one sprint review (stakeholder ids).
 * The attendance list may be named `attended` or `attending`.
 */
export type StakeholderReview =
  | {
      /** Ids of the stakeholders invited. */
      readonly invited: readonly string[];
      /** Ids of the stakeholders who attended. */
      readonly attended: readonly string[];
    }
  | {
      /** Ids of the stakeholders invited. */
      readonly invited: readonly string[];
      /** Ids of the stakeholders who attended. */
      readonly attending: readonly string[];
    };

/** The result of {@link reviewCoverage}. */
export interface ReviewCoverage {
  /** Who should have been invited (as {@link sprintReviewInvitees}). */
  readonly expected: readonly SprintReviewInvitee[];
  /** Expected invitees who were not invited, in the same order. */
  readonly notInvited: readonly SprintReviewInvitee[];
  /** Expected invitees who did not attend (invited or not), in the same order. */
  readonly expectedAbsent: readonly SprintReviewInvitee[];
  /** Invited stakeholders who did not attend, in invitation order. */
  readonly invitedAbsent: readonly string[];
  /** Attendees who had not been invited, in attendance order. */
  readonly uninvitedAttendees: readonly string[];
  /** Share (0..1) of the invited who attended; `null` when nobody was invited. */
  readonly attendanceShare: number | null;
  /** Share (0..1) of the expected invitees who were invited; `null` when nobody was expected. */
  readonly invitedShare: number | null;
}

function ids(value: unknown, path: PopmPath, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  readList(value, path).forEach((id, k) => {
    const s = requireString(id, [...path, k], 'a stakeholder id');
    if (!known.has(s))
      throw popmError('NOT_FOUND', [...path, k], 'the id of a stakeholder in the register', s);
    if (out.includes(s)) throw popmError('DUPLICATE_ID', [...path, k], 'each id once', s);
    out.push(s);
  });
  return out;
}

/**
 * Compares one sprint review's invitations and attendance with the
 * stakeholders who should have been there, so the Product Owner sees, for
 * example, that two manage-closely stakeholders were not invited.
 *
 * @param register - the stakeholders (unique ids)
 * @param review - the ids invited and the ids who attended (`attended` or `attending`)
 * @param options - the invitation rules, as for {@link sprintReviewInvitees}
 * @returns the expected invitees and every gap, frozen
 * @throws PopmError as {@link sprintReviewInvitees}; `NOT_FOUND` for a review id
 *   not in the register; `DUPLICATE_ID` for an id listed twice in one list;
 *   `INVALID_ARGUMENT` when the review gives both `attended` and `attending`
 * @example
 * const register = [
 *   { id: 'ops', name: 'Operations', power: 4, interest: 5 },
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 5 },
 *   { id: 'it', name: 'IT', power: 2, interest: 2 },
 * ];
 * const c = reviewCoverage(register, { invited: ['ops', 'it'], attended: ['ops'] });
 * c.notInvited.map((i) => i.id); //=> ['cfo']
 * c.attendanceShare; //=> 0.5
 */
export function reviewCoverage(
  register: readonly InviteeStakeholder[],
  review: StakeholderReview,
  options?: SprintReviewInviteesOptions,
): ReviewCoverage {
  const list = checkRegister(register);
  const known = new Set(list.map((s) => s.id));
  const settings = inviteSettings(options, known);
  const r = readEntity(
    review,
    ['review'],
    ['invited', 'attended', 'attending'],
    'a review { invited, attended }',
  );
  const invited = ids(r.invited, ['review', 'invited'], known);
  if (r.attended !== undefined && r.attending !== undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['review', 'attending'],
      'either attended or attending, not both',
      r.attending,
    );
  const key = r.attending !== undefined ? 'attending' : 'attended';
  const attended = ids(r[key], ['review', key], known);
  const invitedSet = new Set(invited);
  const attendedSet = new Set(attended);
  const expected = invitees(list, settings);
  const invitedAttending = invited.filter((id) => attendedSet.has(id)).length;
  return deepFreeze({
    expected,
    notInvited: expected.filter((e) => !invitedSet.has(e.id)),
    expectedAbsent: expected.filter((e) => !attendedSet.has(e.id)),
    invitedAbsent: invited.filter((id) => !attendedSet.has(id)),
    uninvitedAttendees: attended.filter((id) => !invitedSet.has(id)),
    attendanceShare: invited.length === 0 ? null : invitedAttending / invited.length,
    invitedShare:
      expected.length === 0
        ? null
        : expected.filter((e) => invitedSet.has(e.id)).length / expected.length,
  });
}
