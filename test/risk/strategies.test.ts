import { describe, expect, it } from 'vitest';
import { isValidStrategy, RESPONSE_STRATEGIES, strategiesFor } from '../../src/risk/strategies.js';
import { isDeepFrozen } from '../helpers/freeze.js';

describe('response strategies', () => {
  it('lists PMBOK 6th ed. §11.5.2.4–5 strategies for PMI', () => {
    expect(RESPONSE_STRATEGIES.PMI.threat).toEqual([
      'avoid',
      'mitigate',
      'transfer',
      'accept',
      'escalate',
    ]);
    expect(RESPONSE_STRATEGIES.PMI.opportunity).toEqual([
      'exploit',
      'enhance',
      'share',
      'accept',
      'escalate',
    ]);
  });

  it('lists the PRINCE2 (2017) risk response types', () => {
    expect(RESPONSE_STRATEGIES.PRINCE2.threat).toEqual([
      'avoid',
      'reduce',
      'fallback',
      'transfer',
      'accept',
      'share',
    ]);
    expect(RESPONSE_STRATEGIES.PRINCE2.opportunity).toEqual([
      'exploit',
      'enhance',
      'reject',
      'share',
    ]);
    expect(isDeepFrozen(RESPONSE_STRATEGIES)).toBe(true);
  });

  it('combines both frameworks without duplicates when none is named (doc example)', () => {
    expect(strategiesFor('threat', 'PMI')).toEqual([
      'avoid',
      'mitigate',
      'transfer',
      'accept',
      'escalate',
    ]);
    expect(strategiesFor('opportunity')).toEqual([
      'exploit',
      'enhance',
      'share',
      'accept',
      'escalate',
      'reject',
    ]);
    expect(strategiesFor('threat')).toEqual([
      'avoid',
      'mitigate',
      'transfer',
      'accept',
      'escalate',
      'reduce',
      'fallback',
      'share',
    ]);
    expect(Object.isFrozen(strategiesFor('threat'))).toBe(true);
  });

  it('checks a strategy against kind and framework (doc example)', () => {
    expect(isValidStrategy('exploit', 'threat')).toBe(false);
    expect(isValidStrategy('fallback', 'threat', 'PRINCE2')).toBe(true);
    expect(isValidStrategy('mitigate', 'threat', 'PRINCE2')).toBe(false);
    expect(isValidStrategy('escalate', 'opportunity', 'PRINCE2')).toBe(false);
    expect(isValidStrategy('reject', 'opportunity', 'PMI')).toBe(false);
    expect(isValidStrategy('avoid', 'opportunity')).toBe(false);
  });
});
