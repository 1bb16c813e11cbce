import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  list,
  plural,
} from '../../src/project/internal/format.js';
import { resolveOptions } from '../../src/project/internal/resolveOptions.js';
import { DEFAULT_ASSESS_OPTIONS } from '../../src/project/options.js';

describe('format helpers', () => {
  it('formats money with thousands separators and drops .00', () => {
    expect(formatMoney(new Decimal('1234567.891'))).toBe('1,234,567.89');
    expect(formatMoney(new Decimal('-620000'), 'EUR')).toBe('EUR -620,000');
    expect(formatMoney(0.5)).toBe('0.50');
    expect(formatMoney(new Decimal('-0.001'))).toBe('0');
  });
  it('formats numbers, percentages and ratios', () => {
    expect(formatNumber(29)).toBe('29');
    expect(formatNumber(3.16227, 1)).toBe('3.2');
    expect(formatNumber(-0.01, 1)).toBe('0');
    expect(formatPercent(0.587)).toBe('58.7%');
    expect(formatRatio(0.9195)).toBe('0.92');
  });
  it('words counts and lists', () => {
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(list(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});

describe('assess options', () => {
  it('documents its defaults', () => {
    expect(DEFAULT_ASSESS_OPTIONS.minSayDo).toBe(0.8);
    expect(resolveOptions(undefined)).toEqual({ ...DEFAULT_ASSESS_OPTIONS, seed: undefined });
    expect(resolveOptions({ backlogTop: 5, seed: 'x' })).toMatchObject({
      backlogTop: 5,
      seed: 'x',
      minSayDo: 0.8,
    });
  });
});
