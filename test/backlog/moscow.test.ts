import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { moscowCheck } from '../../src/backlog/moscowCheck.js';
import { MOSCOW_SCORES, moscowScore } from '../../src/backlog/moscowScore.js';
import type { MoscowCategory } from '../../src/backlog/scoreTypes.js';
import { expectPopmError, isDeepFrozen } from './helpers.js';

describe('moscowCheck', () => {
  it('applies the DSDM handbook guideline: Must Have effort no more than 60% (60% passes)', () => {
    const b = createBacklog([
      { id: 'a', title: 'Log in', moscow: 'must', estimate: 6 },
      { id: 'b', title: 'Remember me', moscow: 'should', estimate: 2 },
      { id: 'c', title: 'Dark mode', moscow: 'could', estimate: 2 },
    ]);
    const r = moscowCheck(b);
    expect(r.mustShare).toBe(0.6);
    expect(r.ok).toBe(true);
    expect(r.categories.could.share).toBe(0.2); // DSDM: a pool of Could Haves around 20%
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('fails the DSDM 60% guideline at 61% Must effort', () => {
    const b = createBacklog([
      { id: 'a', title: 'A', moscow: 'must', estimate: 61 },
      { id: 'b', title: 'B', moscow: 'should', estimate: 19 },
      { id: 'c', title: 'C', moscow: 'could', estimate: 20 },
    ]);
    const r = moscowCheck(b);
    expect(r.mustShare).toBe(0.61);
    expect(r.ok).toBe(false);
    expect(moscowCheck(b, { maxMustShare: 0.7 }).ok).toBe(true);
  });

  it("keeps Won't Have effort out of the plan, ignores won't-do items, lists unestimated and uncategorised", () => {
    const b = createBacklog([
      { id: 'a', title: 'A', moscow: 'must', estimate: 3 },
      { id: 'b', title: 'B', moscow: 'wont', estimate: 40 },
      { id: 'c', title: 'C', moscow: 'should', estimate: 0 },
      { id: 'd', title: 'D' },
      { id: 'e', title: 'E', moscow: 'must', estimate: 50, status: 'wont-do' },
      { id: 'f', title: 'F', moscow: 'could', estimate: 1, status: 'done' },
      { id: 'g', title: 'G', moscow: 'wont' },
    ]);
    const r = moscowCheck(b);
    expect(r.plannedEffort).toBe(4);
    expect(r.categories.wont).toEqual({ effort: 40, count: 2, unestimated: 1, share: 10 });
    expect(r.categories.should).toEqual({ effort: 0, count: 1, unestimated: 0, share: 0 });
    expect(r.mustShare).toBe(0.75);
    expect(r.ok).toBe(false);
    expect(r.unestimated).toEqual(['g']);
    expect(r.uncategorised).toEqual(['d']);
  });

  it('issue 16 regression: unestimated Must items make the Must share unknown (null), not 0% "within guideline"', () => {
    const b = createBacklog([
      { id: 'm', title: 'Must, not yet sized', moscow: 'must' },
      { id: 's', title: 'Should', moscow: 'should', estimate: 5 },
    ]);
    const r = moscowCheck(b);
    expect(r.mustShare).toBeNull();
    expect(r.plannedEffort).toBeNull();
    expect(r.categories.must).toEqual({ effort: 0, count: 1, unestimated: 1, share: null });
    expect(r.ok).toBeNull();
    expect(r.unestimated).toEqual(['m']);
  });

  it('still decides the verdict when the known estimates settle it', () => {
    // Unestimated Should/Could can only lower the Must share: 0.5 known is within 0.6.
    const lower = moscowCheck(
      createBacklog([
        { id: 'm', title: 'M', moscow: 'must', estimate: 5 },
        { id: 's', title: 'S', moscow: 'should', estimate: 5 },
        { id: 'c', title: 'C', moscow: 'could' },
      ]),
    );
    expect(lower).toMatchObject({ mustShare: null, ok: true });
    // Unestimated Must can only raise it: 0.8 known is over 0.6 already.
    const higher = moscowCheck(
      createBacklog([
        { id: 'm', title: 'M', moscow: 'must', estimate: 8 },
        { id: 'm2', title: 'M2', moscow: 'must' },
        { id: 's', title: 'S', moscow: 'should', estimate: 2 },
      ]),
    );
    expect(higher).toMatchObject({ mustShare: null, ok: false });
  });

  it('reports null shares and passes when nothing is planned', () => {
    const r = moscowCheck(createBacklog([{ id: 'a', title: 'A' }]));
    expect(r.mustShare).toBeNull();
    expect(r.ok).toBe(true);
  });

  it('shares of must, should and could add up to 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            m: fc.constantFrom<MoscowCategory>('must', 'should', 'could', 'wont'),
            e: fc.integer({ min: 0, max: 20 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const b = createBacklog(
            rows.map((r, i) => ({ id: `i${i}`, title: 't', moscow: r.m, estimate: r.e })),
          );
          const r = moscowCheck(b);
          if (r.plannedEffort !== null && r.plannedEffort > 0) {
            const total =
              (r.categories.must.share as number) +
              (r.categories.should.share as number) +
              (r.categories.could.share as number);
            expect(total).toBeCloseTo(1, 12);
            expect(r.ok).toBe((r.mustShare as number) <= 0.6);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects a limit outside 0..1 and a malformed backlog', () => {
    const b = createBacklog([]);
    expectPopmError(() => moscowCheck(b, { maxMustShare: 60 }), 'OUT_OF_RANGE', [
      'options',
      'maxMustShare',
    ]);
    expectPopmError(() => moscowCheck(b, { mustLimit: 0.6 } as never), 'INVALID_ARGUMENT', [
      'options',
      'mustLimit',
    ]);
    expectPopmError(() => moscowCheck({} as never), 'INVALID_ARGUMENT', ['backlog', 'items']);
    expectPopmError(() => moscowCheck(null as never), 'INVALID_ARGUMENT', ['backlog']);
  });
});

describe('moscowScore', () => {
  it('orders must 3 > should 2 > could 1 > wont 0', () => {
    expect(moscowScore('should')).toEqual({ score: 2, category: 'should' });
    expect(MOSCOW_SCORES).toEqual({ must: 3, should: 2, could: 1, wont: 0 });
    expectPopmError(() => moscowScore('may' as never), 'INVALID_ARGUMENT', ['category']);
  });
});
