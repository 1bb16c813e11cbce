import { describe, expect, it } from 'vitest';
import {
  findCycle,
  indexById,
  requireArray,
  requireNumber,
  requireObject,
  requireOneOf,
  requireString,
} from '../../src/core/internal/validate.js';
import { catchError } from '../helpers/freeze.js';

describe('validate helpers', () => {
  it('check shapes with INVALID_ARGUMENT', () => {
    expect(requireObject({ a: 1 }, [])).toEqual({ a: 1 });
    expect(catchError(() => requireObject([], ['x'])).code).toBe('INVALID_ARGUMENT');
    expect(catchError(() => requireArray({}, ['x'])).code).toBe('INVALID_ARGUMENT');
    expect(requireArray([1], [])).toEqual([1]);
    expect(catchError(() => requireString('', ['id'])).code).toBe('INVALID_ARGUMENT');
    expect(requireOneOf('a', ['a', 'b'], [])).toBe('a');
    expect(catchError(() => requireOneOf('c', ['a', 'b'], ['k'])).message).toBe(
      "k: expected one of 'a', 'b', got \"c\"",
    );
  });
  it('checks numbers and bounds', () => {
    expect(requireNumber(2, [], { min: 0, max: 2, integer: true })).toBe(2);
    expect(catchError(() => requireNumber('2', ['n'])).code).toBe('INVALID_NUMBER');
    expect(catchError(() => requireNumber(1.5, ['n'], { integer: true })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(catchError(() => requireNumber(-1, ['n'], { min: 0 })).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => requireNumber(3, ['n'], { max: 2 })).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => requireNumber(0, ['n'], { minExclusive: 0 })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(catchError(() => requireNumber(1, ['n'], { maxExclusive: 1 })).code).toBe(
      'OUT_OF_RANGE',
    );
  });
  it('indexes ids and reports duplicates with DUPLICATE_ID', () => {
    expect([...indexById([{ id: 'a' }, { id: 'b' }], ['items']).entries()]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    const e = catchError(() => indexById([{ id: 'a' }, { id: 'a' }], ['items']));
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['items', 1, 'id']);
    expect(catchError(() => indexById([{}], ['items'])).path).toEqual(['items', 0, 'id']);
  });
  it('finds a dependency loop with its ids, or null', () => {
    const g: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: [] };
    expect(findCycle(['d', 'a', 'b', 'c'], (id) => g[id] ?? [])).toEqual(['a', 'b', 'c']);
    expect(findCycle(['a'], () => [])).toBeNull();
    expect(findCycle(['a'], (id) => (id === 'a' ? ['a'] : []))).toEqual(['a']);
  });
});
