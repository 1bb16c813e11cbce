import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import {
  assertRaci,
  checkRoleAssignment,
  createRaci,
  defaultRaci,
  type RaciInput,
  validateRaci,
} from '../../src/roles/index.js';
import { expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const GOOD: RaciInput = {
  activities: ['deploy', 'plan'],
  people: ['ana', 'ben'],
  assignments: { deploy: { ana: ['A', 'R'], ben: 'C' }, plan: { ben: ['A', 'R'], ana: 'I' } },
};

function caught(fn: () => unknown): { code: string; path: unknown; details?: unknown } {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e)) return e as never;
    throw e;
  }
  throw new Error('expected a PopmError');
}

describe('roles: one verdict name and assertRaci (issue 13)', () => {
  it('validateRaci returns the report { ok, findings, load }; the old `valid` is gone', () => {
    const report = validateRaci(GOOD);
    expect(Object.keys(report)).toEqual(['ok', 'findings', 'load']);
    expect(report.ok).toBe(true);
    expect('valid' in report).toBe(false);
    expect(validateRaci({ ...GOOD, assignments: { deploy: { ana: 'C' } } }).ok).toBe(false);
  });

  it('assertRaci returns the normalised matrix when there is no error (warnings pass)', () => {
    const m = assertRaci(frozen(GOOD));
    expect(m).toEqual(createRaci(GOOD));
    expect(isDeepFrozen(m)).toBe(true);
    // one-letter-per-person is a warning: no throw.
    const warned = {
      ...GOOD,
      assignments: { ...GOOD.assignments, plan: { ben: ['A', 'R'], ana: ['C', 'I'] } },
    };
    expect(validateRaci(warned as RaciInput).findings.map((f) => f.rule)).toEqual([
      'one-letter-per-person',
    ]);
    expect(() => assertRaci(warned as RaciInput)).not.toThrow();
  });

  it('assertRaci throws a PopmError for the first error finding, at the activity, with the rule', () => {
    const twoA: RaciInput = {
      activities: ['deploy'],
      people: ['ana', 'ben'],
      assignments: { deploy: { ana: 'A', ben: 'A' } },
    };
    expect(caught(() => assertRaci(twoA))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix', 'assignments', 'deploy'],
      details: { rule: 'exactly-one-accountable' },
    });
    const stranger: RaciInput = {
      activities: ['deploy'],
      people: ['ana'],
      assignments: { deploy: { ana: ['A', 'R'], zoe: 'I' } },
    };
    expect(caught(() => assertRaci(stranger))).toMatchObject({
      code: 'NOT_FOUND',
      path: ['matrix', 'assignments', 'deploy', 'zoe'],
      details: { rule: 'unknown-person' },
    });
    const strayRow: RaciInput = {
      ...GOOD,
      assignments: { ...GOOD.assignments, ship: { ana: 'R' } },
    };
    expect(caught(() => assertRaci(strayRow))).toMatchObject({
      code: 'NOT_FOUND',
      path: ['matrix', 'assignments', 'ship'],
      details: { rule: 'unknown-activity' },
    });
  });
});

describe('roles: entities, options and paths (issue 12)', () => {
  it('paths start at the parameter: input for createRaci and defaultRaci, matrix for validateRaci', () => {
    const bad = { ...GOOD, assignments: { deploy: { ana: 'X' } } } as never;
    expectPopmError(() => createRaci(bad), 'INVALID_ARGUMENT', [
      'input',
      'assignments',
      'deploy',
      'ana',
    ]);
    expectPopmError(() => validateRaci(bad), 'INVALID_ARGUMENT', [
      'matrix',
      'assignments',
      'deploy',
      'ana',
    ]);
    expectPopmError(() => assertRaci(bad), 'INVALID_ARGUMENT', [
      'matrix',
      'assignments',
      'deploy',
      'ana',
    ]);
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: '' }),
      'INVALID_ARGUMENT',
      ['input', 'projectManager'],
    );
    expectPopmError(() => checkRoleAssignment({ productOwner: 3 as never }), 'INVALID_ARGUMENT', [
      'input',
      'productOwner',
    ]);
  });

  it('a misspelled key is rejected with the suggestion; an unrelated key is ignored', () => {
    expect(
      caught(() => createRaci({ ...GOOD, assignments: undefined, assignment: {} } as never)),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'assignment'],
      details: { suggestion: 'assignments' },
    });
    expect(
      caught(() => createRaci({ ...GOOD, people: [{ id: 'ana', nmae: 'Ana' }, 'ben'] } as never)),
    ).toMatchObject({ path: ['input', 'people', 0, 'nmae'], details: { suggestion: 'name' } });
    expect(
      caught(() => defaultRaci({ productOwner: 'a', projectManager: 'b', sponser: 'c' } as never)),
    ).toMatchObject({ path: ['input', 'sponser'], details: { suggestion: 'sponsor' } });
    expect(caught(() => checkRoleAssignment({ productowner: 'a' } as never))).toMatchObject({
      path: ['input', 'productowner'],
      details: { suggestion: 'productOwner' },
    });
    expect(createRaci({ ...GOOD, color: 'red' } as never)).toEqual(createRaci(GOOD));
    expect(validateRaci({ ...GOOD, color: 'red' } as never)).toEqual(validateRaci(GOOD));
  });

  it('options are strict: an unknown option of validateRaci is INVALID_ARGUMENT at that key', () => {
    expect(caught(() => validateRaci(GOOD, { maxAccountableShar: 0.4 } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'maxAccountableShar'],
      details: { suggestion: 'maxAccountableShare' },
    });
    expect(caught(() => validateRaci(GOOD, { color: 1 } as never)).path).toEqual([
      'options',
      'color',
    ]);
  });

  it('activities and people carry meta through createRaci, deep-copied and frozen', () => {
    const meta = { jira: 'OPS-1', tags: ['a'] };
    const m = createRaci({
      ...GOOD,
      activities: [{ id: 'deploy', meta }, 'plan'],
      people: [{ id: 'ana', meta }, 'ben'],
    });
    expect(m.activities[0]?.meta).toEqual(meta);
    expect(m.people[0]?.meta).toEqual(meta);
    expect(m.people[0]?.meta).not.toBe(meta);
    expect(Object.isFrozen(meta)).toBe(false);
    expect(isDeepFrozen(m)).toBe(true);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(
      caught(() => createRaci({ ...GOOD, activities: [{ id: 'deploy', meta: loop }, 'plan'] })),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'activities', 0, 'meta', 'self'],
    });
  });
});

describe('roles: hostile input (issue 21)', () => {
  it('a JSON "__proto__" key never becomes a prototype of a result', () => {
    const json = JSON.parse(
      '{"activities":[{"id":"deploy","__proto__":{"isAdmin":true}},"plan"],"people":["ana","ben"],' +
        '"assignments":{"deploy":{"ana":["A","R"],"ben":"C"},"plan":{"ben":["A","R"],"ana":"I"},"__proto__":{"ana":"R"}},' +
        '"__proto__":{"isAdmin":true}}',
    );
    const m = createRaci(json);
    expect((m.activities[0] as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(m.activities[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(m.assignments)).toBe(Object.prototype);
    // `__proto__` as an activity id is data: an unknown activity, reported, not a prototype.
    expect(validateRaci(json).findings.map((f) => [f.rule, f.activity])).toEqual([
      ['unknown-activity', '__proto__'],
    ]);
    const check = checkRoleAssignment(
      JSON.parse(
        '{"productOwner":"a","projectManager":"b","people":[{"id":"a"},{"id":"b"}],"__proto__":{"people":[]}}',
      ),
    );
    expect(check.ok).toBe(true);
  });

  it('throwing getters, Proxies and cycles give a PopmError, never a TypeError or RangeError', () => {
    const getter = Object.defineProperty({ ...GOOD }, 'people', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectPopmError(() => createRaci(getter as never), 'INVALID_ARGUMENT', ['input', 'people']);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expectPopmError(
      () => validateRaci({ ...GOOD, assignments: trap } as never),
      'INVALID_ARGUMENT',
      ['matrix', 'assignments'],
    );
    const cell: unknown[] = ['A'];
    cell.push(cell);
    expectPopmError(
      () => createRaci({ ...GOOD, assignments: { deploy: { ana: cell } } } as never),
      'INVALID_ARGUMENT',
      ['input', 'assignments', 'deploy', 'ana', 1],
    );
  });
});
