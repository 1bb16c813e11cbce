import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagementGaps } from '../../src/stakeholders/engagementGaps.js';
import { ENGAGEMENT_LEVELS } from '../../src/stakeholders/stakeholder.js';
import { expectPopmError, frozen, isDeepFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb, sh } from './fixtures.js';

describe('engagementGaps', () => {
  it('matches the doc example', () => {
    expect(
      engagementGaps([
        {
          id: 'cfo',
          name: 'CFO',
          power: 5,
          interest: 2,
          engagement: { current: 'neutral', desired: 'supportive' },
        },
        {
          id: 'ops',
          name: 'Operations',
          power: 3,
          interest: 5,
          engagement: { current: 'resistant', desired: 'supportive' },
        },
      ]).map((g) => [g.id, g.gap]),
    ).toEqual([
      ['ops', 2],
      ['cfo', 1],
    ]);
  });

  it('uses the five PMBOK Guide engagement levels in order: unaware, resistant, neutral, supportive, leading', () => {
    expect(ENGAGEMENT_LEVELS).toEqual(['unaware', 'resistant', 'neutral', 'supportive', 'leading']);
    expect(ENGAGEMENT_LEVELS.indexOf('supportive')).toBe(3);
  });

  it('lists every C ≠ D gap of the Stakeholder Engagement Assessment Matrix (PMBOK Guide), largest first, then by power', () => {
    const gaps = engagementGaps(frozen(REGISTER));
    expect(gaps.map((g) => [g.id, g.current, g.desired, g.gap, g.direction])).toEqual([
      ['ops', 'resistant', 'leading', 3, 'raise'],
      ['it', 'unaware', 'neutral', 2, 'raise'],
      ['cfo', 'neutral', 'supportive', 1, 'raise'],
      ['sales', 'leading', 'supportive', -1, 'lower'],
    ]);
    expect(gaps[0]).toEqual({
      id: 'ops',
      name: 'Head of Operations',
      current: 'resistant',
      desired: 'leading',
      gap: 3,
      direction: 'raise',
      power: 4,
      interest: 5,
    });
    expect(isDeepFrozen(gaps)).toBe(true);
  });

  it('breaks ties by power, then interest, then id', () => {
    const e = { current: 'neutral', desired: 'supportive' } as const;
    const gaps = engagementGaps([
      sh('b', { power: 2, interest: 2, engagement: e }),
      sh('a', { power: 2, interest: 2, engagement: e }),
      sh('c', { power: 2, interest: 4, engagement: e }),
      sh('d', { power: 5, interest: 1, engagement: e }),
    ]);
    expect(gaps.map((g) => g.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('returns [] when everyone is where they should be', () => {
    expect(engagementGaps([sh('a'), sh('b')])).toEqual([]);
    expect(engagementGaps([])).toEqual([]);
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => engagementGaps(null as never), 'INVALID_ARGUMENT', ['register']);
    expectPopmError(() => engagementGaps([sh('a'), null as never]), 'INVALID_ARGUMENT', [
      'register',
      1,
    ]);
    expectPopmError(
      () => engagementGaps([sh('a', { engagement: undefined as never })]),
      'INVALID_ARGUMENT',
      ['register', 0, 'engagement'],
    );
    expectPopmError(
      () =>
        engagementGaps([
          sh('a', { engagement: { current: 'hostile' as never, desired: 'neutral' } }),
        ]),
      'INVALID_ARGUMENT',
      ['register', 0, 'engagement', 'current'],
    );
    expectPopmError(
      () =>
        engagementGaps([
          sh('a', { engagement: { current: 'neutral', desired: 'Leading' as never } }),
        ]),
      'INVALID_ARGUMENT',
      ['register', 0, 'engagement', 'desired'],
    );
    expectPopmError(() => engagementGaps([sh('a', { interest: 0 })]), 'OUT_OF_RANGE', [
      'register',
      0,
      'interest',
    ]);
  });

  it('property: one row per misaligned stakeholder, gap = index(desired) − index(current), sorted by |gap| then power', () => {
    fc.assert(
      fc.property(registerArb, (raw) => {
        const register = frozen(raw);
        const gaps = engagementGaps(register);
        expect(register).toEqual(raw);
        expect(isDeepFrozen(gaps)).toBe(true);
        expect(engagementGaps(register)).toEqual(gaps);
        expect(gaps.length).toBe(
          register.filter((s) => s.engagement.current !== s.engagement.desired).length,
        );
        for (const g of gaps) {
          expect(g.gap).toBe(
            ENGAGEMENT_LEVELS.indexOf(g.desired) - ENGAGEMENT_LEVELS.indexOf(g.current),
          );
          expect(g.gap).not.toBe(0);
          expect(g.direction).toBe(g.gap > 0 ? 'raise' : 'lower');
        }
        for (let i = 1; i < gaps.length; i++) {
          const a = gaps[i - 1] as (typeof gaps)[number];
          const b = gaps[i] as (typeof gaps)[number];
          expect(
            Math.abs(a.gap) > Math.abs(b.gap) ||
              (Math.abs(a.gap) === Math.abs(b.gap) && a.power >= b.power),
          ).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
