import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { Decimal } from '../../src/core/numbers.js';
import { isDeepFrozen } from '../helpers/freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects, arrays and Decimals and returns the same value', () => {
    const value = { a: { b: [1, { c: 2 }] }, d: new Decimal('1.5') };
    const out = deepFreeze(value);
    expect(out).toBe(value);
    expect(isDeepFrozen(out)).toBe(true);
    // A frozen Decimal still computes.
    expect(out.d.plus(1).times(2).toString()).toBe('5');
  });
  it('leaves primitives and typed arrays alone and skips frozen subtrees', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    const ta = new Float64Array([1, 2]);
    expect(deepFreeze({ ta }).ta).toBe(ta);
    const shared = Object.freeze({ x: { y: 1 } });
    deepFreeze({ shared });
    expect(Object.isFrozen(shared.x)).toBe(false);
  });
});
