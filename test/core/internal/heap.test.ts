import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapPop, heapPush } from '../../../src/core/internal/heap.js';

describe('heap (a min-heap of indexes keyed by an array)', () => {
  it('pops indexes in ascending key order', () => {
    const key = [5, 1, 4, 2, 3];
    const heap: number[] = [];
    for (let i = 0; i < key.length; i++) heapPush(heap, i, key);
    const out: number[] = [];
    while (heap.length > 0) out.push(heapPop(heap, key));
    expect(out).toEqual([1, 3, 4, 2, 0]);
  });

  it('is a priority queue: any push/pop sequence pops the smallest key present', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 120 }),
        (keys, ops) => {
          const heap: number[] = [];
          const present = new Set<number>();
          let next = 0;
          for (const push of ops) {
            if ((push || heap.length === 0) && next < keys.length) {
              heapPush(heap, next, keys);
              present.add(next++);
            } else if (heap.length > 0) {
              const min = Math.min(...[...present].map((i) => keys[i] as number));
              const got = heapPop(heap, keys);
              expect(keys[got]).toBe(min);
              present.delete(got);
            }
          }
          expect(heap.length).toBe(present.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
