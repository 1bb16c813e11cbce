import { describe, expect, it } from 'vitest';
import { readDating } from '../../../src/plan/internal/readDating.js';
import { expectPopm } from '../helpers.js';

describe('readDating', () => {
  it('no start: no dating, and a calendar without a start is INVALID_ARGUMENT at options.start', () => {
    expect(readDating(undefined, undefined)).toBeUndefined();
    expectPopm(() => readDating(undefined, { weekend: [0, 6], holidays: [] }), 'INVALID_ARGUMENT', [
      'options',
      'start',
    ]);
  });

  it('work begins on the first working day on or after the start (Saturday 2026-12-05 → Monday)', () => {
    const days = readDating('2026-12-05', undefined);
    expect(days?.at(0)).toBe('2026-12-07');
    expect(days?.at(5)).toBe('2026-12-14');
    expect(readDating('2026-12-05', { weekend: [], holidays: [] })?.at(0)).toBe('2026-12-05');
  });

  it('a bad start is INVALID_DATE at options.start', () => {
    expectPopm(() => readDating('2026-02-30', undefined), 'INVALID_DATE', ['options', 'start']);
  });
});
