import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import { workItemsFromHistory } from '../../src/progress/workItemsFromHistory.js';
import { StatusHistorySchema, WorkflowSchema } from '../../src/schemas/progress.js';

const STATES = [
  { name: 'To Do', category: 'todo' },
  { name: 'Doing', category: 'in-progress' },
  { name: 'Review', category: 'in-progress', active: false },
  { name: 'Done', category: 'done' },
];

function paths(schema: z.ZodMiniType, value: unknown): string[] {
  const r = z.safeParse(schema, value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('WorkflowSchema and StatusHistorySchema', () => {
  it('give the TSDoc examples', () => {
    expect(
      z.safeParse(WorkflowSchema, { states: STATES.slice(0, 2).concat(STATES[3] as never) })
        .success,
    ).toBe(true);
    expect(
      z.safeParse(WorkflowSchema, {
        states: [
          { name: 'Done', category: 'done' },
          { name: 'To Do', category: 'todo' },
        ],
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(StatusHistorySchema, {
        id: 'a',
        transitions: [{ state: 'Doing', on: '2026-03-03' }],
      }).success,
    ).toBe(true);
    expect(z.safeParse(StatusHistorySchema, { id: 'a', transitions: [] }).success).toBe(false);
  });

  it('report each broken workflow rule at its path', () => {
    expect(
      paths(WorkflowSchema, {
        states: [
          { name: 'To Do', category: 'todo', active: true },
          { name: 'To Do', category: 'in-progress' },
          { name: 'Doing', category: 'todo' },
        ],
        reopen: 'restart',
      }),
    ).toEqual(['states.0.active', 'states.1.name', 'states.2.category', 'states']);
    expect(paths(WorkflowSchema, { states: STATES, reopen: 'again' })).toEqual(['reopen']);
    expect(paths(WorkflowSchema, { states: STATES, reopn: 'restart' })).toEqual(['reopn']);
  });

  it('report a move before createdOn, and a misspelled key', () => {
    const early = {
      id: 'a',
      createdOn: '2026-03-05',
      transitions: [{ state: 'Doing', on: '2026-03-04' }],
    };
    expect(paths(StatusHistorySchema, early)).toEqual(['transitions.0.on']);
    expect(
      paths(StatusHistorySchema, {
        id: 'a',
        createdOn: '2026-03-05',
        transitions: [],
        asignee: 'p',
      }),
    ).toEqual(['asignee']);
  });

  it('property: a workflow the schema accepts, workItemsFromHistory accepts, and the other way round', () => {
    const state = fc.record(
      {
        name: fc.constantFrom('A', 'B', 'C', 'D'),
        category: fc.constantFrom('todo', 'in-progress', 'done'),
        active: fc.boolean(),
      },
      { requiredKeys: ['name', 'category'] },
    );
    fc.assert(
      fc.property(fc.array(state, { maxLength: 5 }), (states) => {
        const workflow = { states };
        const schemaOk = z.safeParse(WorkflowSchema, workflow).success;
        let domainOk = true;
        try {
          workItemsFromHistory([], workflow as never);
        } catch (e) {
          if (!isPopmError(e)) throw e;
          domainOk = false;
        }
        expect(schemaOk).toBe(domainOk);
      }),
      { numRuns: 300 },
    );
  });
});
