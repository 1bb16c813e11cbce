import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  formatPath,
  isPopmError,
  PopmError,
  popmError,
  showValue,
} from '../../src/core/errors.js';
import { toNumber } from '../../src/core/numbers.js';

describe('PopmError', () => {
  it('carries code, path, message and frozen details', () => {
    const e = new PopmError('CYCLE', ['items', 2], 'no dependency loop', 'a loop', {
      cycle: ['a', 'b'],
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PopmError');
    expect(e.code).toBe('CYCLE');
    expect(e.path).toEqual(['items', 2]);
    expect(Object.isFrozen(e.path)).toBe(true);
    expect(e.expected).toBe('no dependency loop');
    expect(e.received).toBe('"a loop"');
    expect(e.message).toBe('items[2]: expected no dependency loop, got "a loop"');
    expect(e.details).toEqual({ cycle: ['a', 'b'] });
    expect(Object.isFrozen(e.details?.cycle)).toBe(true);
    expect(Object.isFrozen(e.details)).toBe(true);
  });

  it('serialises to JSON with its code and path', () => {
    const e = popmError('OUT_OF_RANGE', ['duration'], '> 0', 0);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'PopmError',
      code: 'OUT_OF_RANGE',
      path: ['duration'],
      expected: '> 0',
      received: '0',
      message: 'duration: expected > 0, got 0',
    });
    const withDetails = new PopmError('CYCLE', [], 'x', 'y', { cycle: ['a'] }).toJSON();
    expect(withDetails.details).toEqual({ cycle: ['a'] });
  });

  it('builds the message as <path>: expected <rule>, got <value> (the issue example)', () => {
    const e = popmError('OUT_OF_RANGE', ['items', 3, 'estimate'], 'a finite number >= 0', -2);
    expect(e.message).toBe('items[3].estimate: expected a finite number >= 0, got -2');
  });

  it('toNumber error names the input path', () => {
    try {
      toNumber('abc', ['items', 3, 'estimate']);
      expect.unreachable();
    } catch (e) {
      expect(isPopmError(e)).toBe(true);
      if (isPopmError(e)) {
        expect(e.code).toBe('INVALID_NUMBER');
        expect(e.path).toEqual(['items', 3, 'estimate']);
        expect(e.message).toBe('items[3].estimate: expected a finite number, got "abc"');
      }
    }
  });
});

describe('isPopmError', () => {
  it('recognises PopmErrors, also from another bundle copy', () => {
    expect(isPopmError(new PopmError('CYCLE', [], 'loop'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'PopmError', code: 'CYCLE', path: [] });
    expect(isPopmError(foreign)).toBe(true);
    expect(isPopmError(new Error('x'))).toBe(false);
    expect(isPopmError({ name: 'PopmError', code: 'CYCLE', path: [] })).toBe(false);
    expect(isPopmError(null)).toBe(false);
  });
});

describe('formatPath and showValue', () => {
  it('formats paths', () => {
    expect(formatPath([])).toBe('input');
    expect(formatPath([0])).toBe('[0]');
    expect(formatPath(['a', 'b', 1, 'c'])).toBe('a.b[1].c');
  });
  it('shows values briefly', () => {
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue(Number.NaN)).toBe('NaN');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue(null)).toBe('null');
    expect(showValue(true)).toBe('true');
    expect(showValue([1, 2])).toBe('an array of 2');
    expect(showValue({ a: 1 })).toBe('an object');
    expect(showValue(() => 1)).toBe('a function');
    expect(showValue(Symbol('s'))).toBe('a symbol');
    expect(showValue(10n)).toBe('10n');
    expect(showValue('x'.repeat(100))).toHaveLength(60);
  });
  it('lists the thirteen codes of DESIGN.md §4', () => {
    expect(ERROR_CODES).toHaveLength(13);
    expect(new Set(ERROR_CODES).size).toBe(13);
  });
});
