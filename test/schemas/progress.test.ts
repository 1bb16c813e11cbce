import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import { velocity } from '../../src/progress/velocity.js';
import {
  parseSprint,
  parseSprintEvents,
  parseSprints,
  parseWorkItem,
  parseWorkItems,
  SprintEventSchema,
  SprintSchema,
  SprintsSchema,
  StateTransitionSchema,
  safeParseSprints,
  safeParseWorkItems,
  WorkItemSchema,
  WorkItemsSchema,
} from '../../src/schemas/progress.js';
import { catchError } from '../helpers/freeze.js';

function issuesOf(fn: () => unknown): { path: (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return (e.details?.issues ?? []) as unknown as {
        path: (string | number)[];
        message: string;
      }[];
    throw e;
  }
  throw new Error('expected a SCHEMA error');
}

const SPRINT = { id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 18 };

describe('progress schemas', () => {
  it('give the TSDoc examples', () => {
    expect(z.safeParse(SprintSchema, { ...SPRINT, end: '2026-02-27' }).success).toBe(false);
    expect(z.safeParse(SprintsSchema, []).success).toBe(true);
    expect(
      z.safeParse(SprintEventSchema, { on: '2026-03-03', kind: 'added', amount: -2 }).success,
    ).toBe(false);
    expect(z.safeParse(StateTransitionSchema, { state: 'Done', on: '2026-03-03' }).success).toBe(
      true,
    );
    expect(
      z.safeParse(WorkItemSchema, {
        id: 'a',
        createdOn: '2026-03-01',
        startedOn: '2026-03-05',
        finishedOn: '2026-03-04',
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(WorkItemsSchema, [
        { id: 'a', createdOn: '2026-03-01' },
        { id: 'a', createdOn: '2026-03-01' },
      ]).success,
    ).toBe(false);
    expect(parseSprint(SPRINT).completed).toBe(18);
    expect(
      issuesOf(() => parseSprints([{ ...SPRINT, committed: -1, completed: 1 }]))[0]?.path,
    ).toEqual([0, 'committed']);
    expect(safeParseSprints('nope').success).toBe(false);
    expect(parseSprintEvents([{ on: '2026-03-03', kind: 'completed', amount: 3 }]).length).toBe(1);
    expect(parseWorkItem({ id: 'a', createdOn: '2026-03-01', assignee: 'p1' }).assignee).toBe('p1');
    expect(
      issuesOf(() =>
        parseWorkItems([{ id: 'a', createdOn: '2026-03-01', finishedOn: '2026-02-01' }]),
      )[0]?.path,
    ).toEqual([0, 'finishedOn']);
    expect(safeParseWorkItems([{ id: 'a', createdOn: '2026-03-01' }]).success).toBe(true);
  });

  it('report every problem with its path in one SCHEMA error', () => {
    const issues = issuesOf(() =>
      parseSprints([
        { ...SPRINT, start: '2026-02-30' },
        { ...SPRINT, id: 's2', completed: 3, completedFromAdded: 4 },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      [0, 'start'],
      [1, 'completedFromAdded'],
    ]);
    // Cross-item rules run once every item is well formed (zod skips list checks otherwise).
    expect(issuesOf(() => parseSprints([SPRINT, { ...SPRINT }]))[0]?.path).toEqual([1, 'id']);
    const w = issuesOf(() =>
      parseWorkItems([
        {
          id: 'a',
          createdOn: '2026-03-05',
          startedOn: '2026-03-01',
          transitions: [
            { state: 'x', on: '2026-03-01' },
            { state: 'y', on: '2026-03-06' },
          ],
        },
        { id: 'b', createdOn: '2026-03-05', finishedOn: '2026-03-04' },
        { id: 'c', createdOn: '2026-03-05', type: '' },
      ]),
    );
    expect(w.map((i) => JSON.stringify(i.path)).sort()).toEqual(
      ['[0,"startedOn"]', '[0,"transitions",0,"on"]', '[1,"finishedOn"]', '[2,"type"]'].sort(),
    );
    expect(
      issuesOf(() =>
        parseWorkItems([
          { id: 'a', createdOn: '2026-03-05', startedOn: '2026-03-06', finishedOn: '2026-03-05' },
        ]),
      )[0]?.message,
    ).toMatch(/on or after startedOn/);
    expect(
      issuesOf(() =>
        parseWorkItems([
          { id: 'a', createdOn: '2026-03-05' },
          { id: 'a', createdOn: '2026-03-05' },
        ]),
      )[0]?.path,
    ).toEqual([1, 'id']);
    expect(
      issuesOf(() => parseSprintEvents([{ on: '2026-03-03', kind: 'burned', amount: 1 }]))[0]?.path,
    ).toEqual([0, 'kind']);
    expect(issuesOf(() => parseSprint({ ...SPRINT, removed: Number.NaN }))[0]?.path).toEqual([
      'removed',
    ]);
    expect(
      issuesOf(() =>
        parseWorkItem({
          id: 'a',
          createdOn: '2026-03-05',
          transitions: [{ state: '', on: '2026-03-06' }],
        }),
      )[0]?.path,
    ).toEqual(['transitions', 0, 'state']);
  });

  it('accept a signed re-estimate and drop unknown keys; outputs are frozen', () => {
    const events = parseSprintEvents([
      { on: '2026-03-03', kind: 'reestimated', amount: -2, extra: 1 },
    ]);
    expect(events[0]).toEqual({ on: '2026-03-03', kind: 'reestimated', amount: -2 });
    expect(Object.isFrozen(events[0])).toBe(true);
    const r = safeParseWorkItems([
      { id: 'a', createdOn: '2026-03-01', transitions: [{ state: 'todo', on: '2026-03-01' }] },
    ]);
    expect(r.success && Object.isFrozen(r.data[0]?.transitions?.[0])).toBe(true);
  });

  it('property: what parseSprints accepts, velocity accepts', () => {
    const sprint = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      start: fc.constant('2026-03-02'),
      end: fc.constantFrom('2026-03-01', '2026-03-13'),
      committed: fc.integer({ min: -2, max: 20 }),
      completed: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(sprint, { minLength: 1, maxLength: 5 }), (list) => {
        const parsed = safeParseSprints(list);
        if (parsed.success) expect(velocity(parsed.data).count).toBe(Math.min(6, list.length));
        else
          expect(catchError(() => velocity(list)).code).toMatch(/INVALID|OUT_OF_RANGE|DUPLICATE/);
      }),
      { numRuns: 150 },
    );
  });

  it('property: what parseWorkItems accepts, flowMetrics accepts, and the other way round', () => {
    const day = fc.constantFrom('2026-03-01', '2026-03-03', '2026-03-05', '2026-02-30');
    const item = fc.record(
      { id: fc.constantFrom('a', 'b', 'c'), createdOn: day, startedOn: day, finishedOn: day },
      { requiredKeys: ['id', 'createdOn'] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), (list) => {
        const parsed = safeParseWorkItems(list);
        const run = () => flowMetrics(list, { from: '2026-03-01', to: '2026-03-06' });
        if (parsed.success) expect(run().days).toBe(6);
        else expect(catchError(run).code).toMatch(/INVALID_DATE|DUPLICATE_ID/);
      }),
      { numRuns: 150 },
    );
  });
});
