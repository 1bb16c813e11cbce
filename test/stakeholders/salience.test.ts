import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SALIENCE_CLASSES, salience } from '../../src/stakeholders/salience.js';
import { expectPopmError, frozen, isDeepFrozen } from '../roles/helpers.js';

const MAW = 'Mitchell, Agle & Wood (1997), Academy of Management Review 22(4) 853-886';

describe('salience', () => {
  it('matches the doc examples', () => {
    expect(salience({ power: 5, legitimacy: true, urgency: true })).toBe('definitive');
    expect(salience({ power: 5, legitimacy: false, urgency: true })).toBe('dangerous');
    expect(salience({ power: 2, legitimacy: true, urgency: false })).toBe('discretionary');
  });

  it.each([
    [true, false, false, 'dormant', 'latent'],
    [false, true, false, 'discretionary', 'latent'],
    [false, false, true, 'demanding', 'latent'],
    [true, true, false, 'dominant', 'expectant'],
    [true, false, true, 'dangerous', 'expectant'],
    [false, true, true, 'dependent', 'expectant'],
    [true, true, true, 'definitive', 'definitive'],
    [false, false, false, 'non-stakeholder', 'non-stakeholder'],
  ])(`${MAW}: power=%s legitimacy=%s urgency=%s is %s (%s)`, (p, l, u, cls, group) => {
    expect(salience(frozen({ power: p ? 5 : 1, legitimacy: l, urgency: u }))).toBe(cls);
    expect(SALIENCE_CLASSES.find((c) => c.class === cls)).toEqual({
      class: cls,
      group,
      power: p,
      legitimacy: l,
      urgency: u,
    });
  });

  it('has eight distinct classes, one per combination of the three attributes, frozen', () => {
    expect(SALIENCE_CLASSES).toHaveLength(8);
    expect(new Set(SALIENCE_CLASSES.map((c) => `${c.power}${c.legitimacy}${c.urgency}`)).size).toBe(
      8,
    );
    expect(SALIENCE_CLASSES.find((c) => c.class === 'dangerous')).toEqual({
      class: 'dangerous',
      group: 'expectant',
      power: true,
      legitimacy: false,
      urgency: true,
    });
    expect(isDeepFrozen(SALIENCE_CLASSES)).toBe(true);
  });

  it('holds the power attribute from the threshold (default 4)', () => {
    expect(salience({ power: 4, legitimacy: false, urgency: false })).toBe('dormant');
    expect(salience({ power: 3, legitimacy: false, urgency: false })).toBe('non-stakeholder');
    expect(salience({ power: 3, legitimacy: false, urgency: false }, { powerThreshold: 3 })).toBe(
      'dormant',
    );
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => salience(null as never), 'INVALID_ARGUMENT', ['stakeholder']);
    expectPopmError(() => salience({ power: 6, legitimacy: true, urgency: true }), 'OUT_OF_RANGE', [
      'stakeholder',
      'power',
    ]);
    expectPopmError(
      () => salience({ power: 'x' as never, legitimacy: true, urgency: true }),
      'INVALID_NUMBER',
      ['stakeholder', 'power'],
    );
    expectPopmError(
      () => salience({ power: 3, legitimacy: 'yes' as never, urgency: true }),
      'INVALID_ARGUMENT',
      ['stakeholder', 'legitimacy'],
    );
    expectPopmError(() => salience({ power: 3, legitimacy: true } as never), 'INVALID_ARGUMENT', [
      'stakeholder',
      'urgency',
    ]);
    expectPopmError(
      () => salience({ power: 3, legitimacy: true, urgency: true }, { powerThreshold: 1 }),
      'OUT_OF_RANGE',
      ['options', 'powerThreshold'],
    );
    expectPopmError(
      () => salience({ power: 3, legitimacy: true, urgency: true }, 3 as never),
      'INVALID_ARGUMENT',
      ['options'],
    );
  });

  it('property: the group counts the attributes held (latent 1, expectant 2, definitive 3)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.boolean(),
        (power, legitimacy, urgency) => {
          const cls = salience({ power, legitimacy, urgency });
          const info = SALIENCE_CLASSES.find((c) => c.class === cls);
          const n = Number(power >= 4) + Number(legitimacy) + Number(urgency);
          expect(info?.group).toBe(['non-stakeholder', 'latent', 'expectant', 'definitive'][n]);
          expect(info?.power).toBe(power >= 4);
          expect(info?.legitimacy).toBe(legitimacy);
          expect(info?.urgency).toBe(urgency);
        },
      ),
      { numRuns: 100 },
    );
  });
});
