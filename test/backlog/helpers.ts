import fc from 'fast-check';
import { expect } from 'vitest';
import type { BacklogItemInput } from '../../src/backlog/types.js';
import { isPopmError, type PopmErrorCode } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';

/** True when `value` and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => isDeepFrozen(v, seen));
}

/** Asserts `fn` throws a PopmError with this code and path. */
export function expectPopmError(
  fn: () => unknown,
  code: PopmErrorCode,
  path?: readonly (string | number)[],
): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isPopmError(caught), `expected a PopmError, got ${String(caught)}`).toBe(true);
  const err = caught as { code: string; path: readonly (string | number)[]; message: string };
  expect(err.code).toBe(code);
  if (path !== undefined) expect(err.path).toEqual(path);
}

/** A deep copy, deep-frozen: inputs in tests are always frozen. */
export function frozen<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

const SCALE = [1, 2, 3, 5, 8, 13, 20];

/**
 * Arbitrary backlog inputs: unique ids, an acyclic dependency graph (an item
 * may depend only on items created before it, then the list is shuffled),
 * a mix of statuses and WSJF/RICE inputs present or missing.
 */
export const backlogItemsArb = (maxLength = 30): fc.Arbitrary<BacklogItemInput[]> =>
  fc
    .array(
      fc.record({
        status: fc.constantFrom('todo', 'ready', 'in-progress', 'done', 'wont-do', 'todo', 'ready'),
        estimate: fc.option(fc.constantFrom(...SCALE), { nil: undefined }),
        wsjf: fc.option(
          fc.record({
            businessValue: fc.constantFrom(...SCALE),
            timeCriticality: fc.constantFrom(...SCALE),
            riskReduction: fc.constantFrom(...SCALE),
            jobSize: fc.constantFrom(...SCALE),
          }),
          { nil: undefined, freq: 4 },
        ),
        deps: fc.array(fc.nat(), { maxLength: 2 }),
        key: fc.nat(),
      }),
      { maxLength },
    )
    .map((rows) => {
      const items = rows.map((r, i) => {
        const dependsOn = [...new Set(i === 0 ? [] : r.deps.map((d) => `i${d % i}`))];
        const item: Record<string, unknown> = { id: `i${i}`, title: `Item ${i}`, status: r.status };
        if (r.estimate !== undefined) item.estimate = r.estimate;
        if (r.wsjf !== undefined) item.wsjf = r.wsjf;
        if (dependsOn.length > 0) item.dependsOn = dependsOn;
        return { item: item as unknown as BacklogItemInput, key: r.key };
      });
      // Shuffle deterministically by the generated keys (stable on ties).
      return items
        .map((x, i) => ({ ...x, i }))
        .sort((a, b) => a.key - b.key || a.i - b.i)
        .map((x) => x.item);
    });
