import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import { defaultRaci } from '../../src/roles/defaultRaci.js';
import { validateRaci } from '../../src/roles/validateRaci.js';
import { parseRaci, RaciInputSchema, safeParseRaci } from '../../src/schemas/roles.js';
import { frozen, isDeepFrozen } from '../roles/helpers.js';

function issuesOf(json: unknown): (string | number)[][] {
  try {
    parseRaci(json);
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return ((e.details as { issues: unknown }).issues as { path: (string | number)[] }[]).map(
        (i) => i.path,
      );
    throw e;
  }
  throw new Error('expected a SCHEMA error');
}

describe('parseRaci', () => {
  it('matches the doc examples', () => {
    expect(
      parseRaci({ activities: ['a'], people: ['p'], assignments: { a: { p: ['A', 'R'] } } })
        .assignments.a?.p,
    ).toEqual(['R', 'A']);
    expect(
      safeParseRaci({ activities: ['a'], people: ['p'], assignments: { a: { p: 'X' } } }).success,
    ).toBe(false);
    expect(
      z.safeParse(RaciInputSchema, { activities: [], people: [], assignments: {} }).success,
    ).toBe(true);
  });

  it('round-trips defaultRaci through JSON', () => {
    const m = defaultRaci({
      productOwner: 'ana',
      projectManager: 'ben',
      team: ['d1'],
      sponsor: 'cfo',
    });
    const parsed = parseRaci(frozen(JSON.parse(JSON.stringify(m))));
    expect(parsed).toEqual(m);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(validateRaci(parsed).findings).toEqual([]);
  });

  it('keeps titles and names without adding undefined keys', () => {
    const m = parseRaci({
      activities: [{ id: 'a', title: 'Approve' }, 'b'],
      people: [{ id: 'p' }],
      assignments: {},
      variant: 'RASCI',
    });
    expect(m.activities).toEqual([{ id: 'a', title: 'Approve' }, { id: 'b' }]);
    expect(Object.keys(m.people[0] ?? {})).toEqual(['id']);
    expect(m.variant).toBe('RASCI');
  });

  it('reports every problem with its path in one SCHEMA error', () => {
    expect(
      issuesOf({
        activities: ['a', 'a', { id: 'b' }, { id: 'b' }],
        people: ['p', ''],
        assignments: { a: { p: ['R', 'S'], q: 'S' }, b: { p: [] } },
      }),
    ).toEqual(
      expect.arrayContaining([
        ['people', 1],
        ['assignments', 'b', 'p'],
        ['activities', 1],
        ['activities', 3, 'id'],
      ]),
    );
    expect(
      issuesOf({ activities: ['a'], people: ['p'], assignments: { a: { p: ['R', 'S'], q: 'S' } } }),
    ).toEqual([
      ['assignments', 'a', 'p', 1],
      ['assignments', 'a', 'q'],
    ]);
    expect(issuesOf({ activities: [], people: ['p', { id: 'p' }], assignments: {} })).toEqual([
      ['people', 1, 'id'],
    ]);
    expect(issuesOf({ activities: [], people: [], assignments: {}, variant: 'RAPID' })).toEqual([
      ['variant'],
    ]);
    expect(issuesOf(null)).toEqual([[]]);
  });

  it('accepts S in RASCI', () => {
    expect(
      parseRaci({
        activities: ['a'],
        people: ['p'],
        assignments: { a: { p: 'S' } },
        variant: 'RASCI',
      }).assignments.a?.p,
    ).toEqual(['S']);
  });

  it('returns the error from safeParseRaci instead of throwing', () => {
    const r = safeParseRaci({ activities: 'a' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('SCHEMA');
  });
});
