import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import {
  parseStakeholders,
  StakeholderRegisterSchema,
  StakeholderSchema,
  safeParseStakeholders,
} from '../../src/schemas/stakeholders.js';
import { frozen, isDeepFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb } from '../stakeholders/fixtures.js';

function issuesOf(json: unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    parseStakeholders(json);
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return (
        (e.details as { issues: unknown }).issues as { path: (string | number)[]; code: string }[]
      ).map((i) => ({
        path: i.path,
        code: i.code,
      }));
    throw e;
  }
  throw new Error('expected a SCHEMA error');
}

describe('parseStakeholders', () => {
  it('matches the doc examples', () => {
    expect(
      parseStakeholders([
        {
          id: 'cfo',
          name: 'CFO',
          power: 5,
          interest: 2,
          legitimacy: true,
          urgency: false,
          engagement: { current: 'neutral', desired: 'supportive' },
          communication: { channel: 'meeting', everyDays: 30 },
        },
      ])[0]?.power,
    ).toBe(5);
    expect(safeParseStakeholders([{ id: 'x' }]).success).toBe(false);
    expect(z.safeParse(StakeholderSchema, { id: 'cfo' }).success).toBe(false);
    expect(z.safeParse(StakeholderRegisterSchema, []).success).toBe(true);
  });

  it('round-trips the fixture register through JSON, frozen, without explicit undefined keys', () => {
    const parsed = parseStakeholders(JSON.parse(JSON.stringify(REGISTER)));
    expect(parsed).toEqual(REGISTER);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(Object.keys(parsed[0] ?? {})).not.toContain('inviteToReviews');
  });

  it('drops unknown keys and explicit undefined optional keys', () => {
    const [s] = parseStakeholders([{ ...REGISTER[0], colour: 'blue', organisation: undefined }]);
    expect(s).toEqual(REGISTER[0]);
    expect(Object.keys(s ?? {})).not.toContain('organisation');
  });

  it('reports every problem with its path in one SCHEMA error', () => {
    const bad = [
      { ...REGISTER[0], power: 6, engagement: { current: 'hostile', desired: 'neutral' } },
      {
        ...REGISTER[1],
        id: 'cfo',
        lastContactedOn: '2026-02-30',
        communication: { channel: 'x', everyDays: 0.5 },
      },
    ];
    const issues = issuesOf(bad);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        [0, 'power'],
        [0, 'engagement', 'current'],
        [1, 'communication', 'everyDays'],
        [1, 'lastContactedOn'],
      ]),
    );
    expect(issuesOf([REGISTER[0], { ...REGISTER[1], id: 'cfo' }])).toEqual([
      { path: [1, 'id'], code: 'custom' },
    ]);
    expect(issuesOf({})).toEqual([{ path: [], code: 'invalid_type' }]);
    expect(issuesOf([{ ...REGISTER[0], legitimacy: 'yes' }])).toEqual([
      { path: [0, 'legitimacy'], code: 'invalid_type' },
    ]);
  });

  it('returns the error from safeParseStakeholders instead of throwing', () => {
    const r = safeParseStakeholders([{ ...REGISTER[0], interest: 0 }]);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('SCHEMA');
      expect(r.error.path).toEqual([0, 'interest']);
    }
    const ok = safeParseStakeholders(REGISTER);
    expect(ok.success && ok.data).toEqual(REGISTER);
  });

  it('property: every generated register parses back to itself and the input is untouched', () => {
    fc.assert(
      fc.property(registerArb, (raw) => {
        const input = frozen(raw);
        expect(parseStakeholders(input)).toEqual(raw);
        expect(input).toEqual(raw);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseStakeholders: the next contact must be a nameable date (added in review)', () => {
  it('reports an everyDays whose next contact falls after 9999-12-31 at [i, communication, everyDays]', () => {
    const far = { ...REGISTER[0], communication: { channel: 'meeting', everyDays: 3_000_000 } };
    expect(issuesOf([REGISTER[1], far])).toEqual([
      { path: [1, 'communication', 'everyDays'], code: 'custom' },
    ]);
    // Never contacted: no date to add to, so any whole number of days is fine.
    const never = { ...far, lastContactedOn: undefined };
    expect(parseStakeholders([never])[0]?.communication.everyDays).toBe(3_000_000);
    // The last nameable day is fine.
    const edge = {
      ...REGISTER[0],
      lastContactedOn: '9999-12-30',
      communication: { channel: 'meeting', everyDays: 1 },
    };
    expect(parseStakeholders([edge])[0]?.lastContactedOn).toBe('9999-12-30');
  });
});
