import { describe, expect, it } from 'vitest';
import { readCriticalPathOptions } from '../../../src/plan/internal/criticalPathOptions.js';
import { expectPopm } from '../helpers.js';

describe('readCriticalPathOptions', () => {
  it('defaults: at most 100 paths, the tolerance left to the schedule', () => {
    expect(readCriticalPathOptions(undefined)).toEqual({
      maxPaths: 100,
      tolerance: undefined,
      rec: {},
    });
    expect(readCriticalPathOptions({ maxPaths: 3, tolerance: 0 })).toMatchObject({
      maxPaths: 3,
      tolerance: 0,
    });
  });

  it('maxPaths is an integer >= 1 and tolerance a number >= 0 (paths under options)', () => {
    expectPopm(() => readCriticalPathOptions({ maxPaths: 0 }), 'OUT_OF_RANGE', [
      'options',
      'maxPaths',
    ]);
    expectPopm(() => readCriticalPathOptions({ maxPaths: 1.5 }), 'OUT_OF_RANGE', [
      'options',
      'maxPaths',
    ]);
    expectPopm(() => readCriticalPathOptions({ tolerance: -1 }), 'OUT_OF_RANGE', [
      'options',
      'tolerance',
    ]);
  });

  it('is strict: another key is INVALID_ARGUMENT unless the caller allows it, and then it is returned in rec', () => {
    expectPopm(() => readCriticalPathOptions({ start: '2026-01-05' }), 'INVALID_ARGUMENT', [
      'options',
      'start',
    ]);
    expect(readCriticalPathOptions({ start: '2026-01-05' }, ['start']).rec).toEqual({
      start: '2026-01-05',
    });
  });
});
