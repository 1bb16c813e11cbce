import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communicationsDue } from '../../src/stakeholders/communicationsDue.js';
import { engagementGaps } from '../../src/stakeholders/engagementGaps.js';
import { powerInterestQuadrant } from '../../src/stakeholders/powerInterestQuadrant.js';
import { reviewCoverage } from '../../src/stakeholders/reviewCoverage.js';
import { salience } from '../../src/stakeholders/salience.js';
import { sprintReviewInvitees } from '../../src/stakeholders/sprintReviewInvitees.js';
import { stakeholderMap } from '../../src/stakeholders/stakeholderMap.js';
import { expectPopmError, frozen, isDeepFrozen, loudOrFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb, sh, stakeholderArb } from './fixtures.js';

type Call = (...args: never[]) => unknown;

// Garbage that JSON or a careless caller can hand over, including values that
// look almost right (a score as a string, a date with a time, a NaN).
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '3',
    '2026-02-05T00:00:00Z',
    [],
    {},
    [null],
    [{}],
    { power: '5', interest: 5 },
  ),
);
// A stakeholder with one field replaced by junk.
const brokenStakeholder = fc
  .tuple(
    stakeholderArb('s0'),
    fc.constantFrom(
      'id',
      'name',
      'power',
      'interest',
      'legitimacy',
      'urgency',
      'engagement',
      'communication',
      'lastContactedOn',
      'inviteToReviews',
    ),
    junk,
  )
  .map(([s, key, value]) => ({ ...s, [key]: value }));

const FUNCTIONS: readonly [string, Call, (a: unknown, b: unknown) => unknown[]][] = [
  ['powerInterestQuadrant', powerInterestQuadrant as Call, (a, b) => [a, b]],
  ['salience', salience as Call, (a, b) => [a, b]],
  ['stakeholderMap', stakeholderMap as Call, (a, b) => [[a], b]],
  ['engagementGaps', engagementGaps as Call, (a) => [[a]]],
  ['communicationsDue', communicationsDue as Call, (a, b) => [[a], '2026-06-30', b]],
  ['sprintReviewInvitees', sprintReviewInvitees as Call, (a, b) => [[a], b]],
  ['reviewCoverage', reviewCoverage as Call, (a, b) => [[a], { invited: [], attended: [] }, b]],
];

describe('every stakeholder function is loud on bad input', () => {
  it.each(FUNCTIONS)(
    '%s: junk arguments give a PopmError (never a TypeError, NaN or an unfrozen result)',
    (_, fn, args) => {
      fc.assert(
        fc.property(junk, junk, (a, b) => loudOrFrozen(() => fn(...(args(a, b) as never[])))),
        { numRuns: 150 },
      );
      fc.assert(
        fc.property(brokenStakeholder, (s) => loudOrFrozen(() => fn(...(args(s, {}) as never[])))),
        { numRuns: 150 },
      );
    },
  );

  it.each(FUNCTIONS)('%s: a junk first argument as a whole gives a PopmError', (_, fn) => {
    for (const bad of [undefined, null, 42, 'register', true]) {
      expect(() => fn(bad as never)).toThrow(expect.objectContaining({ name: 'PopmError' }));
    }
  });
});

describe('rules added in review', () => {
  it('communicationsDue: an everyDays whose next contact falls after 9999-12-31 is OUT_OF_RANGE at its own path, whatever asOf and withinDays are', () => {
    const far = [
      sh('a'),
      sh('b', {
        lastContactedOn: '2026-01-01',
        communication: { channel: 'email', everyDays: 3_000_000 },
      }),
    ];
    // Not due yet on either call, but still reported: validity must not depend on asOf.
    expectPopmError(() => communicationsDue(far, '2026-02-01'), 'OUT_OF_RANGE', [
      'register',
      1,
      'communication',
      'everyDays',
    ]);
    expectPopmError(
      () => communicationsDue(far, '2026-02-01', { withinDays: 1e12 }),
      'OUT_OF_RANGE',
      ['register', 1, 'communication', 'everyDays'],
    );
    // The last representable day itself is fine.
    const edge = [
      sh('c', { lastContactedOn: '9999-12-30', communication: { channel: 'email', everyDays: 1 } }),
    ];
    expect(communicationsDue(edge, '9999-12-31').map((d) => [d.dueOn, d.daysOverdue])).toEqual([
      ['9999-12-31', 0],
    ]);
  });

  it('communicationsDue: withinDays must be a whole number of days', () => {
    expectPopmError(
      () => communicationsDue([], '2026-02-01', { withinDays: 1.5 }),
      'OUT_OF_RANGE',
      ['options', 'withinDays'],
    );
  });

  it('reviewCoverage: a review with both attended and attending is INVALID_ARGUMENT at review.attending', () => {
    const register = [sh('a'), sh('b')];
    expectPopmError(
      () =>
        reviewCoverage(register, { invited: ['a'], attended: ['a'], attending: ['b'] } as never),
      'INVALID_ARGUMENT',
      ['review', 'attending'],
    );
  });

  it('powerInterestQuadrant and stakeholderMap: two quadrants may not share one label', () => {
    expectPopmError(
      () =>
        powerInterestQuadrant(
          { power: 1, interest: 1 },
          { labels: { monitor: 'Watch', 'keep-informed': 'Watch' } },
        ),
      'INVALID_ARGUMENT',
      ['options', 'labels', 'monitor'],
    );
    // A label equal to another quadrant's default name is just as ambiguous.
    expectPopmError(
      () => stakeholderMap(REGISTER, { labels: { monitor: 'keep-informed' } }),
      'INVALID_ARGUMENT',
      ['options', 'labels', 'monitor'],
    );
    // Relabelling every quadrant with distinct names, even swapping two, is fine.
    const swapped = stakeholderMap(frozen(REGISTER), {
      labels: { monitor: 'keep-informed', 'keep-informed': 'monitor' },
    });
    expect(swapped.quadrants.map((q) => [q.quadrant, q.label])).toEqual([
      ['manage-closely', 'manage-closely'],
      ['keep-satisfied', 'keep-satisfied'],
      ['keep-informed', 'monitor'],
      ['monitor', 'keep-informed'],
    ]);
  });

  it('powerInterestQuadrant and salience never read or change more than they need', () => {
    fc.assert(
      fc.property(stakeholderArb('x'), fc.integer({ min: 2, max: 5 }), (raw, threshold) => {
        const s = frozen(raw);
        const q = powerInterestQuadrant(s, frozen({ threshold }));
        expect(powerInterestQuadrant(s, { threshold })).toBe(q);
        expect(powerInterestQuadrant({ power: s.power, interest: s.interest }, { threshold })).toBe(
          q,
        );
        const c = salience(s, frozen({ powerThreshold: threshold }));
        expect(
          salience(
            { power: s.power, legitimacy: s.legitimacy, urgency: s.urgency },
            { powerThreshold: threshold },
          ),
        ).toBe(c);
        expect(s).toEqual(raw);
      }),
      { numRuns: 100 },
    );
  });
});

describe('reviewCoverage laws', () => {
  // A register and a review drawn from its ids: invited and attended are random subsets.
  const caseArb = registerArb.chain((register) => {
    const ids = register.map((s) => s.id);
    const subset = fc
      .subarray(ids)
      .chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }));
    return fc.record({
      register: fc.constant(register),
      invited: subset,
      attended: subset,
      highInterest: fc.integer({ min: 1, max: 5 }),
    });
  });

  it('property: expected = sprintReviewInvitees; every gap list is the set difference it names; rates are the shares; inputs untouched, output frozen, deterministic', () => {
    fc.assert(
      fc.property(caseArb, ({ register: raw, invited, attended, highInterest }) => {
        const register = frozen(raw);
        const review = frozen({ invited, attended });
        const options = frozen({ highInterest });
        const c = reviewCoverage(register, review, options);
        expect(register).toEqual(raw);
        expect(review).toEqual({ invited, attended });
        expect(isDeepFrozen(c)).toBe(true);
        expect(reviewCoverage(register, review, options)).toEqual(c);
        expect(c.expected).toEqual(sprintReviewInvitees(register, options));
        const inv = new Set(invited);
        const att = new Set(attended);
        expect(c.notInvited).toEqual(c.expected.filter((e) => !inv.has(e.id)));
        expect(c.expectedAbsent).toEqual(c.expected.filter((e) => !att.has(e.id)));
        expect(c.invitedAbsent).toEqual(invited.filter((id) => !att.has(id)));
        expect(c.uninvitedAttendees).toEqual(attended.filter((id) => !inv.has(id)));
        expect(c.attendanceShare).toBe(
          invited.length === 0 ? null : invited.filter((id) => att.has(id)).length / invited.length,
        );
        expect(c.invitedShare).toBe(
          c.expected.length === 0
            ? null
            : (c.expected.length - c.notInvited.length) / c.expected.length,
        );
        // The same review under the other name gives the same answer.
        expect(reviewCoverage(register, { invited, attending: attended }, options)).toEqual(c);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sprintReviewInvitees option definitive (Mitchell, Agle & Wood 1997: definitive = power + legitimacy + urgency)', () => {
  it('matches the doc example', () => {
    expect(
      sprintReviewInvitees(
        [{ id: 'it', name: 'IT security', power: 4, interest: 3, legitimacy: true, urgency: true }],
        { definitive: true },
      ).map((i) => [i.id, i.quadrant, i.reasons[0]?.code]),
    ).toEqual([['it', 'keep-satisfied', 'definitive']]);
  });

  it('is off by default, and when on adds the definitive stakeholders the grid leaves out, with the reason', () => {
    const register = frozen(REGISTER);
    expect(sprintReviewInvitees(register).map((i) => i.id)).toEqual(['ops', 'users', 'legal']);
    const inv = sprintReviewInvitees(register, frozen({ definitive: true }));
    // it: power 4, interest 3, legitimate and urgent -> definitive though keep-satisfied.
    // ops: manage-closely and definitive -> both reasons, in code order.
    expect(inv.map((i) => [i.id, i.reasons.map((r) => r.code)])).toEqual([
      ['ops', ['manage-closely', 'definitive']],
      ['it', ['definitive']],
      ['users', ['highly-interested']],
      ['legal', ['flagged']],
    ]);
    expect(inv[1]?.reasons[0]?.text).toBe(
      'Definitive stakeholder: power 4 with a legitimate and urgent claim',
    );
    expect(isDeepFrozen(inv)).toBe(true);
  });

  it('uses the grid power threshold for the power attribute, and respects opt-outs and exclude', () => {
    const r = [
      sh('a', { power: 3, interest: 1, legitimacy: true, urgency: true }),
      sh('b', { power: 5, interest: 1, legitimacy: true, urgency: true, inviteToReviews: false }),
      sh('c', { power: 5, interest: 1, legitimacy: true, urgency: true }),
      sh('d', { power: 5, interest: 1, legitimacy: false, urgency: true }),
    ];
    expect(sprintReviewInvitees(r, { definitive: true }).map((i) => i.id)).toEqual(['c']);
    expect(
      sprintReviewInvitees(r, { definitive: true, powerThreshold: 3 }).map((i) => i.id),
    ).toEqual(['c', 'a']);
    expect(sprintReviewInvitees(r, { definitive: true, exclude: ['c'] })).toEqual([]);
  });

  it('property: with definitive on, the invitees are those of the default rules plus exactly the definitive stakeholders not opted out', () => {
    fc.assert(
      fc.property(registerArb, (raw) => {
        const register = frozen(raw);
        const base = new Set(sprintReviewInvitees(register).map((i) => i.id));
        const withDef = sprintReviewInvitees(register, { definitive: true });
        for (const s of register) {
          const def = s.power >= 4 && s.legitimacy && s.urgency && s.inviteToReviews !== false;
          expect(withDef.some((i) => i.id === s.id)).toBe(base.has(s.id) || def);
        }
        expect(isDeepFrozen(withDef)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('with definitive on, reviewCoverage expects the definitive stakeholders too', () => {
    const c = reviewCoverage(
      REGISTER,
      { invited: ['ops', 'users', 'legal'], attended: ['ops'] },
      { definitive: true },
    );
    expect(c.notInvited.map((i) => i.id)).toEqual(['it']);
    // Expected: ops, it, users, legal; three of the four were invited.
    expect(c.invitedShare).toBe(3 / 4);
  });

  it('rejects a non-boolean option, and with it on a non-boolean legitimacy or urgency, at the path', () => {
    expectPopmError(
      () => sprintReviewInvitees(REGISTER, { definitive: 'yes' as never }),
      'INVALID_ARGUMENT',
      ['options', 'definitive'],
    );
    const noUrgency = [{ id: 'a', name: 'A', power: 5, interest: 1, legitimacy: true }];
    // Not read without the option, so the minimal shape still works.
    expect(sprintReviewInvitees(noUrgency)).toEqual([]);
    expectPopmError(
      () => sprintReviewInvitees(noUrgency, { definitive: true }),
      'INVALID_ARGUMENT',
      ['register', 0, 'urgency'],
    );
    expectPopmError(
      () =>
        sprintReviewInvitees([sh('a'), sh('b', { legitimacy: 1 as never })], { definitive: true }),
      'INVALID_ARGUMENT',
      ['register', 1, 'legitimacy'],
    );
  });
});
