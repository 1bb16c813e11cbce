/**
 * The part shapes core reads simulation parts by (src/core/internal/partShapes.ts)
 * must be exactly the names each simulation really puts into its parts.
 */
import { describe, expect, it } from 'vitest';
import { PART_SHAPES } from '../../../src/core/internal/partShapes.js';
import { isPopmError, mergeSimulations } from '../../../src/index.js';
import { PUBLIC_FUNCTIONS, REGISTRY } from '../../contract/registry.js';

/** A part of `fn`'s seed call from the contract registry, with `shard` added where it is read. */
function partOf(fn: string): Record<string, unknown> {
  const args = REGISTRY[fn]?.args?.() ?? [];
  for (let i = 0; i <= args.length; i++) {
    const a = [...args];
    const shard = { index: 0, count: 2 };
    if (i === args.length) a.push({ shard });
    else if (a[i] !== null && typeof a[i] === 'object' && !Array.isArray(a[i]))
      a[i] = { ...(a[i] as object), shard };
    else continue;
    try {
      const r = PUBLIC_FUNCTIONS[fn]?.(...a) as { kind?: unknown } | undefined;
      if (r?.kind === 'popm.simulation-part') return r as Record<string, unknown>;
    } catch {
      // Not the argument that takes the shard.
    }
  }
  throw new Error(`no part from ${fn}`);
}

const keys = (v: unknown) => Object.keys(v as object).sort();

describe('PART_SHAPES', () => {
  it.each(Object.keys(PART_SHAPES))('%s: lists the names its parts carry', (fn) => {
    const part = partOf(fn);
    const shape = PART_SHAPES[fn];
    // Context keys that are left out when undefined may be missing from one call's part.
    for (const k of keys(part.context)) expect(shape?.context, k).toContain(k);
    expect(keys(part.outcomes)).toEqual([...(shape?.outcomes ?? [])].sort());
    expect(keys(part.sums)).toEqual([...(shape?.sums ?? [])].sort());
    expect(keys(part.counts)).toEqual([...(shape?.counts ?? [])].sort());
  });

  it('issue 12: mergeSimulations reports a misspelled outcome name at its part, with the name meant', () => {
    const parts = [0, 1].map(
      (index) =>
        PUBLIC_FUNCTIONS.forecastWhen?.({
          throughput: [0, 1, 2, 3],
          items: 20,
          trials: 50,
          seed: 7,
          shard: { index, count: 2 },
        }) as { outcomes: Record<string, unknown>; context: Record<string, unknown> },
    );
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    const typo = { ...b, outcomes: { perios: b.outcomes.periods } };
    let e: unknown;
    try {
      mergeSimulations([a, typo] as never);
    } catch (error) {
      e = error;
    }
    expect(isPopmError(e) && e.path).toEqual(['parts', 1, 'outcomes', 'perios']);
    expect(isPopmError(e) && e.details?.suggestion).toBe('periods');
    // The context is strict; an outcome name of the app's own is ignored.
    const color = { ...b, context: { ...b.context, color: 'red' } };
    expect(() => mergeSimulations([a, color] as never)).toThrow(/parts\[1\]\.context\.color/);
    const extra = { ...b, outcomes: { ...b.outcomes, color: 'red' } };
    expect(mergeSimulations([a, extra] as never)).toEqual(mergeSimulations([a, b] as never));
  });
});
