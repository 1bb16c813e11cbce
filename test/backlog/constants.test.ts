import { describe, expect, it } from 'vitest';
import { KANO_ANSWERS, KANO_CATEGORIES } from '../../src/backlog/kano.js';
import { MOSCOW_SCORES } from '../../src/backlog/moscowScore.js';
import { PRIORITISATION_METHODS } from '../../src/backlog/prioritise.js';
import { RICE_CONFIDENCE, RICE_IMPACT } from '../../src/backlog/rice.js';
import { ITEM_KINDS, ITEM_STATUSES, MOSCOW_CATEGORIES } from '../../src/backlog/types.js';
import { VALUE_EFFORT_RANK } from '../../src/backlog/valueEffort.js';
import { WSJF_COLUMNS, WSJF_SCALE } from '../../src/backlog/wsjf.js';

describe('backlog constants (their TSDoc examples)', () => {
  it('are frozen and hold what their docs say', () => {
    expect(ITEM_KINDS.includes('bug')).toBe(true);
    expect(ITEM_STATUSES[0]).toBe('todo');
    expect(MOSCOW_CATEGORIES.join(' > ')).toBe('must > should > could > wont');
    expect(WSJF_COLUMNS.length).toBe(4);
    expect(WSJF_SCALE.join(', ')).toBe('1, 2, 3, 5, 8, 13, 20');
    expect(RICE_IMPACT.massive).toBe(3);
    expect(RICE_CONFIDENCE.medium).toBe(0.8);
    expect(VALUE_EFFORT_RANK['quick-win']).toBe(4);
    expect(KANO_ANSWERS[0]).toBe('like');
    expect(KANO_CATEGORIES[0]).toBe('must-be');
    expect(PRIORITISATION_METHODS.includes('rice')).toBe(true);
    expect(MOSCOW_SCORES.must).toBe(3);
    for (const c of [
      ITEM_KINDS,
      ITEM_STATUSES,
      MOSCOW_CATEGORIES,
      WSJF_COLUMNS,
      WSJF_SCALE,
      RICE_IMPACT,
      RICE_CONFIDENCE,
      VALUE_EFFORT_RANK,
      KANO_ANSWERS,
      KANO_CATEGORIES,
      PRIORITISATION_METHODS,
      MOSCOW_SCORES,
    ])
      expect(Object.isFrozen(c)).toBe(true);
  });
});
