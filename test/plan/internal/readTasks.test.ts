import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../../src/core/errors.js';
import { criticalPath } from '../../../src/plan/criticalPath.js';
import type { Task } from '../../../src/plan/types.js';

const START = '2026-11-30';

/** The result, or the error's code, path and message. */
function outcome(tasks: readonly unknown[]): unknown {
  try {
    return criticalPath(tasks as Task[], { start: START });
  } catch (e) {
    if (!isPopmError(e)) throw e;
    return { code: e.code, path: e.path, message: e.message };
  }
}

/**
 * The same rows with a null prototype: the task reader's fast path refuses
 * them, so every row goes through the full entity reader (the reference).
 */
function viaFullReader(rows: readonly Record<string, unknown>[]): unknown[] {
  return rows.map((r) => Object.assign(Object.create(null) as object, r));
}

// Optional fields a row may carry, so rows come in many layouts; `bad`
// adds, rarely, a wrong value, a misspelled key or an unknown key.
const good = {
  name: fc.constantFrom('Design', 'Build'),
  meta: fc.constantFrom({ owner: 'li' }, { owner: 'jo' }),
  estimate: fc.constant({ optimistic: 1, mostLikely: 2, pessimistic: 4 }),
  constraint: fc.constantFrom(
    { type: 'start-no-earlier-than', date: '2026-12-02' },
    { type: 'must-finish-on', date: '2026-12-10' },
    { startNoEarlierThan: 2 },
  ),
  deadline: fc.constant('2026-12-20'),
  assignee: fc.constant('li'),
};
const bad = fc.constantFrom(
  { name: 7 },
  { constraint: { type: 'sometime', date: '2026-12-02' } },
  { deadline: '2026-02-30' },
  { durration: 3 },
);

const rows = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.array(
    fc.record(
      {
        duration: fc.integer({ min: 0, max: 5 }),
        preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
        linkAsObject: fc.boolean(),
        bad: fc.oneof({ arbitrary: fc.constant(null), weight: 40 }, { arbitrary: bad, weight: 1 }),
        ...good,
      },
      { requiredKeys: ['duration', 'preds', 'linkAsObject', 'bad'] },
    ),
    { minLength: n, maxLength: n },
  ),
);

function plan(
  generated: readonly {
    duration: number;
    preds: number[];
    linkAsObject: boolean;
    bad: Record<string, unknown> | null;
    [key: string]: unknown;
  }[],
): Record<string, unknown>[] {
  return generated.map(({ duration, preds, linkAsObject, bad: wrong, ...extra }, i) => {
    const deps = preds
      .filter((p) => p < i)
      .map((p) => (linkAsObject ? { id: `t${p}`, type: 'SS', lag: 1 } : `t${p}`));
    return {
      id: `t${i}`,
      duration,
      ...(deps.length > 0 ? { dependsOn: deps } : {}),
      ...extra,
      ...(wrong ?? {}),
    };
  });
}

describe('readTasks (pass 1): the fast path agrees with the full entity reader', () => {
  it('property: rows of many layouts (the reader switches to walking keys after four) read as the full reader reads them: same result, or the same error', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const tasks = plan(generated);
        expect(outcome(tasks)).toEqual(outcome(viaFullReader(tasks)));
      }),
      { numRuns: 400 },
    );
  });

  it('property: a plan of two layouts (read by name throughout) reads as the full reader reads it', () => {
    const uniform = fc.array(
      fc.record({ duration: fc.integer({ min: 0, max: 5 }), pred: fc.boolean() }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(uniform, (generated) => {
        const tasks = generated.map((g, i) => ({
          id: `t${i}`,
          duration: g.duration,
          ...(g.pred && i > 0 ? { dependsOn: [`t${i - 1}`] } : {}),
        }));
        expect(outcome(tasks)).toEqual(outcome(viaFullReader(tasks)));
      }),
      { numRuns: 200 },
    );
  });

  it('a misspelled key after the switch to walking keys is still refused with its suggestion', () => {
    const layouts: Record<string, unknown>[] = [
      { id: 'a', duration: 1 },
      { id: 'b', duration: 1, name: 'B' },
      { id: 'c', duration: 1, meta: {} },
      { id: 'd', duration: 1, dependsOn: ['a'] },
      { id: 'e', duration: 1, name: 'E', dependsOn: ['a'] },
      { id: 'f', duration: 1, estimate: { optimistic: 1, mostLikely: 1, pessimistic: 2 } },
      { id: 'g', durration: 1 },
    ];
    expect(outcome(layouts)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['tasks', 6, 'durration'],
    });
    expect(outcome(layouts)).toEqual(outcome(viaFullReader(layouts)));
  });
});
