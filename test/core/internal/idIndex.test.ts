import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addId, createIdIndex, findId, hashId } from '../../../src/core/internal/idIndex.js';

describe('the flat id index', () => {
  it('inserts new ids, reports a repeated one with its first index, finds and misses', () => {
    const ids: string[] = [];
    const index = createIdIndex(3);
    for (const [i, id] of ['a', 'b', 'c'].entries()) {
      expect(addId(index, ids, id, i)).toBe(-1);
      ids[i] = id;
    }
    expect(addId(index, ids, 'b', 3)).toBe(1);
    expect(findId(index, ids, 'c')).toBe(2);
    expect(findId(index, ids, 'zz')).toBe(-1);
  });

  it('is a 32-bit hash, the same for the same string', () => {
    expect(hashId('task-1')).toBe(hashId('task-1'));
    expect(Number.isInteger(hashId(''))).toBe(true);
    expect(hashId('a')).not.toBe(hashId('b'));
  });

  it('agrees with a Map on random ids, including colliding probes at full load', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }),
        fc.array(fc.string({ maxLength: 4 })),
        (input, probes) => {
          const ids: string[] = [];
          const index = createIdIndex(input.length);
          const map = new Map<string, number>();
          for (const id of input) {
            const before = addId(index, ids, id, ids.length);
            expect(before).toBe(map.get(id) ?? -1);
            if (before === -1) {
              map.set(id, ids.length);
              ids.push(id);
            }
          }
          for (const p of [...input, ...probes])
            expect(findId(index, ids, p)).toBe(map.get(p) ?? -1);
        },
      ),
    );
  });
});
