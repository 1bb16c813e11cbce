import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRID_THRESHOLD,
  POWER_INTEREST_QUADRANTS,
  powerInterestQuadrant,
} from '../../src/stakeholders/powerInterestQuadrant.js';
import { stakeholderMap } from '../../src/stakeholders/stakeholderMap.js';
import { expectPopmError, frozen, isDeepFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb, sh } from './fixtures.js';

describe('powerInterestQuadrant', () => {
  it('matches the doc examples', () => {
    expect(powerInterestQuadrant({ power: 5, interest: 4 })).toBe('manage-closely');
    expect(powerInterestQuadrant({ power: 5, interest: 2 })).toBe('keep-satisfied');
    expect(powerInterestQuadrant({ power: 3, interest: 3 }, { threshold: 3 })).toBe(
      'manage-closely',
    );
    expect(
      powerInterestQuadrant(
        { power: 1, interest: 5 },
        { labels: { 'keep-informed': 'Show consideration' } },
      ),
    ).toBe('Show consideration');
  });

  it("follows Mendelow's matrix (Mendelow 1991): high power + high interest = key players (manage closely), high power + low interest = keep satisfied, low power + high interest = keep informed, low + low = minimal effort (monitor)", () => {
    expect(powerInterestQuadrant({ power: 5, interest: 5 })).toBe('manage-closely');
    expect(powerInterestQuadrant({ power: 4, interest: 1 })).toBe('keep-satisfied');
    expect(powerInterestQuadrant({ power: 1, interest: 4 })).toBe('keep-informed');
    expect(powerInterestQuadrant({ power: 2, interest: 2 })).toBe('monitor');
  });

  it('counts a score as high from the threshold (default 4), so the midpoint 3 is low', () => {
    expect(DEFAULT_GRID_THRESHOLD).toBe(4);
    expect(powerInterestQuadrant({ power: 4, interest: 4 })).toBe('manage-closely');
    expect(powerInterestQuadrant({ power: 3, interest: 3 })).toBe('monitor');
    expect(powerInterestQuadrant({ power: 3.9, interest: 4 })).toBe('keep-informed');
    expect(powerInterestQuadrant({ power: 3, interest: 5 }, { powerThreshold: 3 })).toBe(
      'manage-closely',
    );
    expect(
      powerInterestQuadrant({ power: 5, interest: 3 }, { threshold: 5, interestThreshold: 3 }),
    ).toBe('manage-closely');
  });

  it('uses full custom labels', () => {
    const labels = {
      'manage-closely': 'Key players',
      'keep-satisfied': 'Keep satisfied',
      'keep-informed': 'Keep informed',
      monitor: 'Minimal effort',
    } as const;
    expect(powerInterestQuadrant({ power: 2, interest: 1 }, { labels })).toBe('Minimal effort');
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => powerInterestQuadrant(null as never), 'INVALID_ARGUMENT', [
      'stakeholder',
    ]);
    expectPopmError(() => powerInterestQuadrant({ power: 0, interest: 3 }), 'OUT_OF_RANGE', [
      'stakeholder',
      'power',
    ]);
    expectPopmError(() => powerInterestQuadrant({ power: 3, interest: 6 }), 'OUT_OF_RANGE', [
      'stakeholder',
      'interest',
    ]);
    expectPopmError(
      () => powerInterestQuadrant({ power: '3' as never, interest: 3 }),
      'INVALID_NUMBER',
      ['stakeholder', 'power'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: Number.NaN, interest: 3 }),
      'INVALID_NUMBER',
      ['stakeholder', 'power'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, { threshold: 1 }),
      'OUT_OF_RANGE',
      ['options', 'threshold'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, { powerThreshold: 6 }),
      'OUT_OF_RANGE',
      ['options', 'powerThreshold'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, { interestThreshold: 0 }),
      'OUT_OF_RANGE',
      ['options', 'interestThreshold'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, null as never),
      'INVALID_ARGUMENT',
      ['options'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, { labels: 'x' as never }),
      'INVALID_ARGUMENT',
      ['options', 'labels'],
    );
    expectPopmError(
      () =>
        powerInterestQuadrant(
          { power: 3, interest: 3 },
          { labels: { 'key-players': 'K' } as never },
        ),
      'INVALID_ARGUMENT',
      ['options', 'labels', 'key-players'],
    );
    expectPopmError(
      () => powerInterestQuadrant({ power: 3, interest: 3 }, { labels: { monitor: '' } }),
      'INVALID_ARGUMENT',
      ['options', 'labels', 'monitor'],
    );
  });

  it('property: the quadrant is monotone in power and interest', () => {
    const score = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(score, score, fc.double({ min: 1.01, max: 5, noNaN: true }), (p, i, t) => {
        const q = powerInterestQuadrant({ power: p, interest: i }, { threshold: t });
        expect(q.startsWith('manage') || q === 'keep-satisfied').toBe(p >= t);
        expect(q === 'manage-closely' || q === 'keep-informed').toBe(i >= t);
        // Raising a score never moves a stakeholder to a lower-attention quadrant.
        const up = powerInterestQuadrant({ power: 5, interest: i }, { threshold: t });
        expect(up === 'manage-closely' || up === 'keep-satisfied').toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('stakeholderMap', () => {
  it('matches the doc example', () => {
    const map = stakeholderMap([
      { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
      { id: 'ops', name: 'Operations', power: 4, interest: 5 },
    ]);
    expect(map.byId).toEqual({ cfo: 'keep-satisfied', ops: 'manage-closely' });
    expect(map.quadrants[0]?.stakeholders.map((s) => s.id)).toEqual(['ops']);
  });

  it('groups the register into the four cells with grid positions, sorted by power then interest then id', () => {
    const map = stakeholderMap(frozen(REGISTER), { labels: { 'manage-closely': 'Key players' } });
    expect(map.powerThreshold).toBe(4);
    expect(map.interestThreshold).toBe(4);
    expect(
      map.quadrants.map((q) => [
        q.quadrant,
        q.label,
        q.row,
        q.column,
        q.stakeholders.map((s) => s.id),
      ]),
    ).toEqual([
      ['manage-closely', 'Key players', 0, 1, ['ops', 'sales']],
      ['keep-satisfied', 'keep-satisfied', 0, 0, ['cfo', 'it']],
      ['keep-informed', 'keep-informed', 1, 1, ['users']],
      ['monitor', 'monitor', 1, 0, ['legal', 'press']],
    ]);
    expect(map.quadrants[0]?.stakeholders[0]).toEqual({
      id: 'ops',
      name: 'Head of Operations',
      power: 4,
      interest: 5,
    });
    expect(isDeepFrozen(map)).toBe(true);
  });

  it('keeps every quadrant for an empty register', () => {
    const map = stakeholderMap([]);
    expect(map.quadrants.map((q) => q.stakeholders.length)).toEqual([0, 0, 0, 0]);
    expect(map.byId).toEqual({});
  });

  it('rejects a malformed register with the right code and path', () => {
    expectPopmError(() => stakeholderMap('x' as never), 'INVALID_ARGUMENT', ['register']);
    expectPopmError(
      () => stakeholderMap([sh('a'), { ...sh('b'), id: 5 as never }]),
      'INVALID_ARGUMENT',
      ['register', 1, 'id'],
    );
    expectPopmError(() => stakeholderMap([sh('a'), [] as never]), 'INVALID_ARGUMENT', [
      'register',
      1,
    ]);
    expectPopmError(() => stakeholderMap([sh('a'), sh('a')]), 'DUPLICATE_ID', [
      'register',
      1,
      'id',
    ]);
    expectPopmError(() => stakeholderMap([sh('a', { name: '' })]), 'INVALID_ARGUMENT', [
      'register',
      0,
      'name',
    ]);
    expectPopmError(() => stakeholderMap([sh('a'), sh('b', { power: 9 })]), 'OUT_OF_RANGE', [
      'register',
      1,
      'power',
    ]);
    expectPopmError(() => stakeholderMap([sh('a')], { threshold: 0 }), 'OUT_OF_RANGE', [
      'options',
      'threshold',
    ]);
  });

  it('property: every stakeholder lands in exactly the quadrant powerInterestQuadrant gives; input untouched, frozen, deterministic', () => {
    fc.assert(
      fc.property(registerArb, fc.integer({ min: 2, max: 5 }), (raw, threshold) => {
        const register = frozen(raw);
        const map = stakeholderMap(register, { threshold });
        expect(register).toEqual(raw);
        expect(isDeepFrozen(map)).toBe(true);
        expect(stakeholderMap(register, { threshold })).toEqual(map);
        expect(map.quadrants.map((q) => q.quadrant)).toEqual(POWER_INTEREST_QUADRANTS);
        expect(map.quadrants.reduce((n, q) => n + q.stakeholders.length, 0)).toBe(register.length);
        for (const s of register) {
          const q = powerInterestQuadrant(s, { threshold });
          expect(map.byId[s.id]).toBe(q);
          expect(
            map.quadrants.find((c) => c.quadrant === q)?.stakeholders.some((e) => e.id === s.id),
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
