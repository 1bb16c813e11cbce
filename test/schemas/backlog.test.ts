import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { isPopmError } from '../../src/core/errors.js';
import {
  BacklogItemSchema,
  BacklogSchema,
  parseBacklog,
  safeParseBacklog,
} from '../../src/schemas/backlog.js';
import { frozen, isDeepFrozen } from '../backlog/helpers.js';

function issuesOf(json: unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    parseBacklog(json);
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return (
        (e.details?.issues as { path: (string | number)[]; code: string }[] | undefined) ?? []
      ).map((i) => ({
        path: i.path,
        code: i.code,
      }));
    throw e;
  }
  throw new Error('expected a SCHEMA error');
}

describe('backlog schemas', () => {
  it('parses a document into the same frozen backlog createBacklog builds (the TSDoc example)', () => {
    const json = frozen([
      {
        id: 'a',
        title: 'A',
        estimate: 3,
        wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3, jobSize: 5 },
      },
      {
        id: 'b',
        title: 'B',
        dependsOn: ['a'],
        rice: { reach: 10, impact: 'high', confidence: 0.5, effort: 1 },
        createdOn: '2026-03-01',
      },
    ]);
    const b = parseBacklog(json);
    expect(b).toEqual(createBacklog(json as never));
    expect(b.items[0]?.status).toBe('todo');
    expect(parseBacklog([{ id: 'a', title: 'A' }]).items[0]?.status).toBe('todo');
    expect(isDeepFrozen(b)).toBe(true);
  });

  it('lists every problem with its path in one SCHEMA error', () => {
    expect(issuesOf([{ id: 'a' }, { id: 'a', title: 'A', estimate: -2 }])).toEqual([
      { path: [0, 'title'], code: 'invalid_type' },
      { path: [1, 'estimate'], code: 'too_small' },
      { path: [1, 'id'], code: 'reference' },
    ]);
    expect(
      issuesOf([
        {
          id: 'a',
          title: 'A',
          createdOn: '2026-02-30',
          moscow: 'may',
          rice: { reach: 1, impact: 'huge', confidence: 2, effort: 0 },
        },
      ]).map((i) => i.path),
    ).toEqual([
      [0, 'createdOn'],
      [0, 'rice', 'impact'],
      [0, 'rice', 'confidence'],
      [0, 'rice', 'effort'],
      [0, 'moscow'],
    ]);
    expect(issuesOf('nope')).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('reports duplicate ids, unknown, repeated and self dependencies, and loops as reference issues', () => {
    expect(issuesOf([{ id: 'a', title: 'A', dependsOn: ['zz', 'a', 'a'] }])).toEqual([
      { path: [0, 'dependsOn', 0], code: 'reference' },
      { path: [0, 'dependsOn', 1], code: 'reference' },
      { path: [0, 'dependsOn', 2], code: 'reference' },
      { path: [0, 'dependsOn', 2], code: 'reference' },
    ]);
    expect(
      issuesOf([
        { id: 'a', title: 'A', dependsOn: ['b'] },
        { id: 'b', title: 'B', dependsOn: ['a'] },
      ]),
    ).toEqual([{ path: [0, 'dependsOn'], code: 'reference' }]);
  });

  it('issue 12: parseBacklog takes the array createBacklog takes, so parseBacklog([]) is an empty backlog', () => {
    expect(parseBacklog([]).items).toEqual([]);
    expect(issuesOf({ items: [] })).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('issue 12: a misspelled item key is a SCHEMA issue with a suggestion; other unknown keys are ignored; meta is kept', () => {
    try {
      parseBacklog([{ id: 'a', title: 'A', estimat: 3 }]);
      expect.unreachable();
    } catch (e) {
      if (!isPopmError(e)) throw e;
      expect(e.details?.issues).toEqual([
        {
          path: [0, 'estimat'],
          code: 'unknown_key',
          message: "unknown key; did you mean 'estimate'?",
        },
      ]);
    }
    const b = parseBacklog([
      { id: 'a', title: 'A', estimate: 3, color: 'red', meta: { jira: 'X-1' } },
    ]);
    expect(b).toEqual(
      createBacklog([{ id: 'a', title: 'A', estimate: 3, meta: { jira: 'X-1' } }] as never),
    );
    expect(b.items[0]?.meta).toEqual({ jira: 'X-1' });
  });

  it('safeParseBacklog returns the outcome instead of throwing (the TSDoc example)', () => {
    const bad = safeParseBacklog([{ id: 'a', title: 'A', dependsOn: ['zz'] }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('SCHEMA');
    const good = safeParseBacklog([]);
    expect(good.success && good.data.items).toEqual([]);
  });

  it('exposes the item and backlog schemas (the TSDoc examples)', () => {
    expect(z.safeParse(BacklogItemSchema, { id: 'a', title: 'A', estimate: -1 }).success).toBe(
      false,
    );
    expect(
      z.safeParse(BacklogItemSchema, { id: 'a', title: 'A', estimate: Number.POSITIVE_INFINITY })
        .success,
    ).toBe(false);
    expect(z.safeParse(BacklogSchema, []).success).toBe(true);
  });
});
