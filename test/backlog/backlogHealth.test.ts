import { describe, expect, it } from 'vitest';
import { backlogHealth } from '../../src/backlog/backlogHealth.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { expectPopmError, isDeepFrozen } from './helpers.js';

describe('backlogHealth', () => {
  it('checks the top, oversized, stale, missing inputs and dependency order (the TSDoc example)', () => {
    const b = createBacklog([
      { id: 'a', title: 'A', status: 'ready', estimate: 3, createdOn: '2026-01-05' },
      { id: 'b', title: 'B', estimate: 21, dependsOn: ['c'] },
      { id: 'c', title: 'C' },
    ]);
    const h = backlogHealth(b, { top: 2, asOf: '2026-06-01', method: 'wsjf' });
    expect(h).toEqual({
      openItems: 3,
      top: ['a', 'b'],
      estimatedShare: 1,
      readyShare: 0.5,
      estimatedAndReadyShare: 0.5,
      oversized: ['b'],
      stale: ['a'],
      missingInputs: ['a', 'b', 'c'],
      dependencyProblems: [{ id: 'b', dependsOn: 'c', problem: 'out-of-order' }],
    });
    expect(isDeepFrozen(h)).toBe(true);
  });

  it('skips closed items in the top, reports won’t-do and done-before-dependency problems', () => {
    const b = createBacklog([
      { id: 'd', title: 'D', status: 'done', dependsOn: ['x'] },
      { id: 'x', title: 'X', status: 'in-progress', estimate: 2 },
      { id: 'w', title: 'W', status: 'wont-do' },
      { id: 'y', title: 'Y', dependsOn: ['w', 'd'] },
      { id: 'z', title: 'Z', status: 'wont-do', dependsOn: ['y'] },
    ]);
    const h = backlogHealth(b);
    expect(h.openItems).toBe(2);
    expect(h.top).toEqual(['x', 'y']);
    expect(h.readyShare).toBe(0.5);
    expect(h.estimatedShare).toBe(0.5);
    expect(h.stale).toEqual([]);
    expect(h.missingInputs).toEqual([]);
    expect(h.dependencyProblems).toEqual([
      { id: 'd', dependsOn: 'x', problem: 'done-before-dependency' },
      { id: 'y', dependsOn: 'w', problem: 'depends-on-wont-do' },
    ]);
  });

  it('uses staleAfterDays and oversizedAbove, and checks weighted criteria', () => {
    const b = createBacklog([
      { id: 'a', title: 'A', estimate: 8, createdOn: '2026-05-01', criteria: { v: 1 } },
      { id: 'b', title: 'B', estimate: 5, createdOn: '2026-05-25', criteria: { v: 1, r: 2 } },
    ]);
    const h = backlogHealth(b, {
      asOf: '2026-06-01',
      staleAfterDays: 30,
      oversizedAbove: 5,
      method: 'weighted',
      weights: { v: 1, r: 1 },
    });
    expect(h.stale).toEqual(['a']);
    expect(h.oversized).toEqual(['a']);
    expect(h.missingInputs).toEqual(['a']);
  });

  it('gives null shares for a backlog with nothing open', () => {
    const h = backlogHealth(createBacklog([{ id: 'a', title: 'A', status: 'done' }]));
    expect(h.estimatedShare).toBeNull();
    expect(h.readyShare).toBeNull();
    expect(h.estimatedAndReadyShare).toBeNull();
  });

  it('rejects bad options', () => {
    const b = createBacklog([]);
    expectPopmError(() => backlogHealth(b, { top: 0 }), 'OUT_OF_RANGE', ['options', 'top']);
    expectPopmError(() => backlogHealth(b, { staleAfterDays: -1 }), 'OUT_OF_RANGE', [
      'options',
      'staleAfterDays',
    ]);
    expectPopmError(() => backlogHealth(b, { oversizedAbove: -1 }), 'OUT_OF_RANGE', [
      'options',
      'oversizedAbove',
    ]);
    expectPopmError(() => backlogHealth(b, { asOf: '2026-13-01' }), 'INVALID_DATE', [
      'options',
      'asOf',
    ]);
    expectPopmError(() => backlogHealth(b, { method: 'kano' as never }), 'INVALID_ARGUMENT', [
      'options',
      'method',
    ]);
    expectPopmError(() => backlogHealth(7 as never), 'INVALID_ARGUMENT', ['backlog']);
  });
});
