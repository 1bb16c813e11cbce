import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerInterestQuadrant } from '../../src/stakeholders/powerInterestQuadrant.js';
import { reviewCoverage } from '../../src/stakeholders/reviewCoverage.js';
import { sprintReviewInvitees } from '../../src/stakeholders/sprintReviewInvitees.js';
import { expectPopmError, frozen, isDeepFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb, sh } from './fixtures.js';

describe('sprintReviewInvitees', () => {
  it('matches the doc example', () => {
    expect(
      sprintReviewInvitees([
        { id: 'ops', name: 'Operations', power: 4, interest: 5 },
        { id: 'users', name: 'User panel', power: 2, interest: 5 },
        { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
      ]).map((i) => [i.id, i.reasons[0]?.code]),
    ).toEqual([
      ['ops', 'manage-closely'],
      ['users', 'highly-interested'],
    ]);
  });

  it('invites the key stakeholders the Scrum Guide (2020) has the Scrum Team present its results to: manage-closely, highly interested keep-informed, and the flagged', () => {
    const inv = sprintReviewInvitees(frozen(REGISTER));
    // sales is manage-closely but opted out (inviteToReviews: false); legal is flagged.
    expect(inv.map((i) => [i.id, i.quadrant, i.reasons.map((r) => r.code)])).toEqual([
      ['ops', 'manage-closely', ['manage-closely']],
      ['users', 'keep-informed', ['highly-interested']],
      ['legal', 'monitor', ['flagged']],
    ]);
    expect(inv[0]).toEqual({
      id: 'ops',
      name: 'Head of Operations',
      quadrant: 'manage-closely',
      power: 4,
      interest: 5,
      reasons: [
        { code: 'manage-closely', text: 'Manage closely: power 4 and interest 5 are both high' },
      ],
    });
    expect(inv[1]?.reasons[0]?.text).toBe('Keep informed with interest 5 (at least 5)');
    expect(inv[2]?.reasons[0]?.text).toBe('Flagged to attend every sprint review');
    expect(isDeepFrozen(inv)).toBe(true);
  });

  it('lets include win over an opt-out and exclude win over everything', () => {
    const inv = sprintReviewInvitees(REGISTER, { include: ['sales', 'cfo'], exclude: ['ops'] });
    expect(inv.map((i) => [i.id, i.reasons.map((r) => r.code)])).toEqual([
      ['sales', ['manage-closely', 'included']],
      ['cfo', ['included']],
      ['users', ['highly-interested']],
      ['legal', ['flagged']],
    ]);
  });

  it('honours highInterest and thresholds', () => {
    const r = [sh('a', { power: 2, interest: 4 }), sh('b', { power: 3, interest: 3 })];
    expect(sprintReviewInvitees(r)).toEqual([]);
    expect(sprintReviewInvitees(r, { highInterest: 4 }).map((i) => i.id)).toEqual(['a']);
    // With threshold 3, b becomes manage-closely; a is keep-informed with interest 4 < 5.
    expect(sprintReviewInvitees(r, { threshold: 3 }).map((i) => [i.id, i.quadrant])).toEqual([
      ['b', 'manage-closely'],
    ]);
    expect(
      sprintReviewInvitees(r, { powerThreshold: 2, interestThreshold: 4 }).map((i) => i.id),
    ).toEqual(['a']);
  });

  it('orders by quadrant, then power, interest and id', () => {
    const r = [
      sh('k2', { power: 1, interest: 5 }),
      sh('m2', { power: 4, interest: 4 }),
      sh('m1', { power: 4, interest: 4 }),
      sh('m0', { power: 5, interest: 4 }),
    ];
    expect(sprintReviewInvitees(r).map((i) => i.id)).toEqual(['m0', 'm1', 'm2', 'k2']);
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => sprintReviewInvitees(REGISTER, { include: ['nobody'] }), 'NOT_FOUND', [
      'options',
      'include',
      0,
    ]);
    expectPopmError(
      () => sprintReviewInvitees(REGISTER, { exclude: ['ops', ''] }),
      'INVALID_ARGUMENT',
      ['options', 'exclude', 1],
    );
    expectPopmError(
      () => sprintReviewInvitees(REGISTER, { include: 'ops' as never }),
      'INVALID_ARGUMENT',
      ['options', 'include'],
    );
    expectPopmError(() => sprintReviewInvitees(REGISTER, { highInterest: 0 }), 'OUT_OF_RANGE', [
      'options',
      'highInterest',
    ]);
    expectPopmError(() => sprintReviewInvitees(REGISTER, { threshold: 9 }), 'OUT_OF_RANGE', [
      'options',
      'threshold',
    ]);
    expectPopmError(
      () => sprintReviewInvitees([sh('a', { inviteToReviews: 'yes' as never })]),
      'INVALID_ARGUMENT',
      ['register', 0, 'inviteToReviews'],
    );
    expectPopmError(() => sprintReviewInvitees([sh('a'), sh('a')]), 'DUPLICATE_ID', [
      'register',
      1,
      'id',
    ]);
  });

  it('property: every manage-closely stakeholder not opted out is invited, every invitee has a reason; untouched, frozen, deterministic', () => {
    fc.assert(
      fc.property(registerArb, (raw) => {
        const register = frozen(raw);
        const inv = sprintReviewInvitees(register);
        expect(register).toEqual(raw);
        expect(isDeepFrozen(inv)).toBe(true);
        expect(sprintReviewInvitees(register)).toEqual(inv);
        const ids = new Set(inv.map((i) => i.id));
        for (const s of register) {
          const q = powerInterestQuadrant(s);
          const expected =
            s.inviteToReviews === true ||
            (s.inviteToReviews !== false &&
              (q === 'manage-closely' || (q === 'keep-informed' && s.interest >= 5)));
          expect(ids.has(s.id)).toBe(expected);
        }
        for (const i of inv) expect(i.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('reviewCoverage', () => {
  const register = [
    { id: 'ops', name: 'Operations', power: 4, interest: 5 },
    { id: 'cfo', name: 'CFO', power: 5, interest: 5 },
    { id: 'it', name: 'IT', power: 2, interest: 2 },
  ];

  it('matches the doc example', () => {
    const c = reviewCoverage(register, { invited: ['ops', 'it'], attended: ['ops'] });
    expect(c.notInvited.map((i) => i.id)).toEqual(['cfo']);
    expect(c.attendanceShare).toBe(0.5);
  });

  it('reports every gap between who should come, who was invited and who came', () => {
    const c = reviewCoverage(
      frozen(register),
      frozen({ invited: ['ops', 'it'], attended: ['it', 'cfo'] }),
    );
    expect(c.expected.map((i) => i.id)).toEqual(['cfo', 'ops']);
    expect(c.notInvited.map((i) => i.id)).toEqual(['cfo']);
    expect(c.expectedAbsent.map((i) => i.id)).toEqual(['ops']);
    expect(c.invitedAbsent).toEqual(['ops']);
    expect(c.uninvitedAttendees).toEqual(['cfo']);
    expect(c.attendanceShare).toBe(0.5);
    expect(c.invitedShare).toBe(0.5);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('accepts the attendance list as attending too', () => {
    const c = reviewCoverage(register, { invited: ['ops', 'it'], attending: ['ops'] });
    expect(c.attendanceShare).toBe(0.5);
    expect(c.invitedAbsent).toEqual(['it']);
  });

  it('gives null rates when nobody was invited or expected', () => {
    const c = reviewCoverage([{ id: 'it', name: 'IT', power: 1, interest: 1 }], {
      invited: [],
      attended: [],
    });
    expect(c.attendanceShare).toBeNull();
    expect(c.invitedShare).toBeNull();
    expect(c.expected).toEqual([]);
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => reviewCoverage(register, null as never), 'INVALID_ARGUMENT', ['review']);
    expectPopmError(
      () => reviewCoverage(register, { invited: ['ghost'], attended: [] }),
      'NOT_FOUND',
      ['review', 'invited', 0],
    );
    expectPopmError(
      () => reviewCoverage(register, { invited: [], attended: ['ops', 'ops'] }),
      'DUPLICATE_ID',
      ['review', 'attended', 1],
    );
    expectPopmError(
      () => reviewCoverage(register, { invited: [3 as never], attended: [] }),
      'INVALID_ARGUMENT',
      ['review', 'invited', 0],
    );
    expectPopmError(() => reviewCoverage(register, { invited: [] } as never), 'INVALID_ARGUMENT', [
      'review',
      'attended',
    ]);
    expectPopmError(
      () => reviewCoverage(register, { invited: [], attended: [] }, { exclude: ['x'] }),
      'NOT_FOUND',
      ['options', 'exclude', 0],
    );
  });
});
