import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import {
  communicationsDue,
  engagementGaps,
  powerInterestQuadrant,
  reviewCoverage,
  type Stakeholder,
  salience,
  sprintReviewInvitees,
  stakeholderMap,
} from '../../src/stakeholders/index.js';
import { STAKEHOLDER_KEYS } from '../../src/stakeholders/internal/check.js';
import { deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { sh } from './fixtures.js';

function caught(fn: () => unknown): { code: string; path: unknown; details?: unknown } {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e)) return e as never;
    throw e;
  }
  throw new Error('expected a PopmError');
}

const OPS = sh('ops', {
  power: 5,
  interest: 5,
  engagement: { current: 'resistant', desired: 'supportive' },
  meta: { crm: 'C-42', tags: ['vip'] },
});
const IT = sh('it', { power: 2, interest: 2 });

// Every register function, with the register in the first argument.
const CALLS: [string, (register: readonly Stakeholder[]) => unknown][] = [
  ['stakeholderMap', (r) => stakeholderMap(r)],
  ['engagementGaps', (r) => engagementGaps(r)],
  ['communicationsDue', (r) => communicationsDue(r, '2026-03-01')],
  ['sprintReviewInvitees', (r) => sprintReviewInvitees(r)],
  ['reviewCoverage', (r) => reviewCoverage(r, { invited: ['ops'], attended: ['ops'] })],
];

describe('stakeholders: entities, options, meta (issue 12)', () => {
  it.each(CALLS)(
    '%s: a misspelled stakeholder key is rejected with the suggestion, at register[i].key',
    (_, call) => {
      const bad = [IT, { ...OPS, powr: 5 }] as never;
      expect(caught(() => call(bad))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: ['register', 1, 'powr'],
        details: { suggestion: 'power' },
      });
    },
  );

  it.each(CALLS)('%s: an unrelated key of the app’s own is ignored', (_, call) => {
    expect(call([IT, { ...OPS, color: 'red', ownerId: 3 } as never])).toEqual(call([IT, OPS]));
  });

  it('nested plans and engagement are entities too; single-stakeholder functions read the same way', () => {
    const plan = { ...OPS, communication: { channel: 'email', everydays: 7 } } as never;
    expect(caught(() => communicationsDue([plan], '2026-03-01'))).toMatchObject({
      path: ['register', 0, 'communication', 'everydays'],
      details: { suggestion: 'everyDays' },
    });
    const eng = { ...OPS, engagement: { curent: 'neutral', desired: 'leading' } } as never;
    expect(caught(() => engagementGaps([eng]))).toMatchObject({
      path: ['register', 0, 'engagement', 'curent'],
      details: { suggestion: 'current' },
    });
    expect(caught(() => powerInterestQuadrant({ power: 5, intrest: 4 } as never))).toMatchObject({
      path: ['stakeholder', 'intrest'],
      details: { suggestion: 'interest' },
    });
    expect(
      caught(() => salience({ power: 5, legitimacy: true, urgency: true, urgancy: true } as never)),
    ).toMatchObject({ path: ['stakeholder', 'urgancy'], details: { suggestion: 'urgency' } });
    expect(
      caught(() => reviewCoverage([OPS], { invited: [], attendend: [] } as never)),
    ).toMatchObject({ path: ['review', 'attendend'], details: { suggestion: 'attended' } });
  });

  it('options are strict: an unknown option is INVALID_ARGUMENT at that key', () => {
    const cases: [() => unknown, string][] = [
      [() => stakeholderMap([OPS], { treshold: 3 } as never), 'treshold'],
      [() => powerInterestQuadrant(OPS, { color: 1 } as never), 'color'],
      [() => salience(OPS, { powerTreshold: 3 } as never), 'powerTreshold'],
      [() => communicationsDue([OPS], '2026-03-01', { withinDay: 3 } as never), 'withinDay'],
      [() => sprintReviewInvitees([OPS], { inclde: [] } as never), 'inclde'],
      [() => reviewCoverage([OPS], { invited: [], attended: [] }, { color: 1 } as never), 'color'],
    ];
    for (const [call, key] of cases)
      expect(caught(call)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', key] });
    expect(
      caught(() => stakeholderMap([OPS], { labels: { 'manage-closly': 'Key' } } as never)),
    ).toMatchObject({
      path: ['options', 'labels', 'manage-closly'],
      details: { suggestion: 'manage-closely' },
    });
  });

  it('carries meta into every row about the stakeholder, deep-copied and frozen', () => {
    const register = deepFreezeInput([IT, OPS]);
    const meta = OPS.meta;
    const entry = stakeholderMap(register).quadrants[0]?.stakeholders[0];
    expect(entry).toEqual({ id: 'ops', name: 'OPS', power: 5, interest: 5, meta });
    expect(engagementGaps(register)[0]?.meta).toEqual(meta);
    expect(communicationsDue(register, '2026-03-01').find((d) => d.id === 'ops')?.meta).toEqual(
      meta,
    );
    expect(sprintReviewInvitees(register)[0]?.meta).toEqual(meta);
    // Without meta, no key at all.
    expect(
      'meta' in (communicationsDue(register, '2026-03-01').find((d) => d.id === 'it') ?? {}),
    ).toBe(false);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(caught(() => engagementGaps([{ ...OPS, meta: loop }]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register', 0, 'meta', 'self'],
    });
  });
});

describe('stakeholders: hostile input (issue 21)', () => {
  const json = () =>
    JSON.parse(
      '[{"id":"ops","name":"Ops","power":5,"interest":5,"legitimacy":true,"urgency":true,' +
        '"engagement":{"current":"neutral","desired":"leading","__proto__":{"x":1}},' +
        '"communication":{"channel":"email","everyDays":7},"__proto__":{"isAdmin":true}}]',
    ) as Stakeholder[];

  it.each(CALLS)('%s: a JSON "__proto__" key never reaches a result', (_, call) => {
    const out = call(json());
    expect(JSON.stringify(out)).not.toContain('isAdmin');
    expect(isDeepFrozen(out)).toBe(true);
  });

  it.each(CALLS)('%s: a throwing getter or Proxy is a PopmError, never a TypeError', (_, call) => {
    const getter = Object.defineProperty({ ...OPS }, 'interest', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(caught(() => call([getter as never]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register', 0, 'interest'],
    });
    const list = new Proxy([OPS], {
      get(target, key) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key);
      },
    });
    expect(caught(() => call(list))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register'],
    });
  });

  it('never freezes the caller’s objects', () => {
    const mine = [{ ...OPS, meta: { tags: ['a'] } }];
    for (const [, call] of CALLS) call(mine);
    expect(
      Object.isFrozen(mine) || Object.isFrozen(mine[0]) || Object.isFrozen(mine[0]?.meta),
    ).toBe(false);
  });
});

describe('stakeholders: a generated sweep of misspelled keys (issue 12)', () => {
  // The last two letters swapped, or the upper case of a short key.
  const typoOf = (key: string): string => {
    if (key.length < 4) return key.toUpperCase();
    const n = key.length;
    const i = key[n - 1] === key[n - 2] ? n - 3 : n - 2;
    return key.slice(0, i) + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2);
  };
  it.each(STAKEHOLDER_KEYS.map((k) => [k, typoOf(k)]))(
    'stakeholder key %s misspelled as %s is rejected by every register function',
    (key, typo) => {
      for (const [, call] of CALLS)
        expect(caught(() => call([{ ...OPS, [typo]: 1 } as never]))).toMatchObject({
          code: 'INVALID_ARGUMENT',
          path: ['register', 0, typo],
          details: { suggestion: key },
        });
    },
  );
});
