import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKeyDesc } from '../../../src/core/internal/countingSort.js';

describe('orderByKeyDesc (a stable counting sort by float key)', () => {
  it('orders by descending key, equal keys in their given order, −0 equal to 0', () => {
    const keys = new Float64Array([1, 3, -0, 3, 0, Number.NEGATIVE_INFINITY, 2]);
    const out = orderByKeyDesc(Int32Array.from([0, 1, 2, 3, 4, 5, 6]), keys);
    expect([...out]).toEqual([1, 3, 6, 0, 2, 4, 5]);
    expect([...orderByKeyDesc(new Int32Array(0), keys)]).toEqual([]);
  });

  it('equals a stable comparison sort on any keys and any subset of indexes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(0, -0, 1, 2, 3, 5, 8, Number.NEGATIVE_INFINITY),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          { maxLength: 200 },
        ),
        fc.infiniteStream(fc.boolean()),
        (values, take) => {
          const keys = Float64Array.from(values);
          const it = take[Symbol.iterator]();
          const indexes = Int32Array.from(
            values.map((_, i) => i).filter(() => it.next().value === true),
          );
          const expected = [...indexes].sort((a, b) =>
            (keys[b] as number) + 0 === (keys[a] as number) + 0
              ? 0
              : (keys[b] as number) > (keys[a] as number)
                ? 1
                : -1,
          );
          expect([...orderByKeyDesc(indexes, keys)]).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
