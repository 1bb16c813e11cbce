import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KanoAnswer, KanoCategory } from '../../src/backlog/kano.js';
import { KANO_ANSWERS, KANO_CATEGORIES, kano, kanoSummary } from '../../src/backlog/kano.js';
import { expectPopmError, frozen, isDeepFrozen } from './helpers.js';

// The standard Kano evaluation table (Kano et al. 1984; Berger et al. 1993, "Kano's
// methods for understanding customer-defined quality"), as reprinted e.g. on
// agilesoftwaredevelopment.com "Kano questionnaires": rows = functional answer,
// columns = dysfunctional answer (like, expect, neutral, live with, dislike).
// Q questionable, A attractive (exciter), O one-dimensional (linear), M must-be,
// I indifferent, R reverse.
const PUBLISHED = ['Q A A A O', 'R I I I M', 'R I I I M', 'R I I I M', 'R R R R Q'];
const LETTER: Record<string, KanoCategory> = {
  Q: 'questionable',
  A: 'attractive',
  O: 'one-dimensional',
  M: 'must-be',
  I: 'indifferent',
  R: 'reverse',
};

describe('kano', () => {
  it('matches the Kano evaluation table (Berger et al. 1993) in all 25 cells', () => {
    KANO_ANSWERS.forEach((f, row) => {
      const cells = (PUBLISHED[row] as string).split(' ');
      KANO_ANSWERS.forEach((d, col) => {
        expect(kano(f, d), `${f} / ${d}`).toBe(LETTER[cells[col] as string]);
      });
    });
  });

  it('classifies the textbook cases: like/dislike one-dimensional, expect/dislike must-be, like/neutral attractive', () => {
    expect(kano('like', 'dislike')).toBe('one-dimensional');
    expect(kano('expect', 'dislike')).toBe('must-be');
    expect(kano('like', 'neutral')).toBe('attractive');
    expect(kano('tolerate', 'dislike')).toBe('must-be');
    expect(kano('dislike', 'like')).toBe('reverse');
    expect(kano('like', 'like')).toBe('questionable');
  });

  it('rejects unknown answers with the argument named', () => {
    expectPopmError(() => kano('love' as never, 'dislike'), 'INVALID_ARGUMENT', ['functional']);
    expectPopmError(() => kano('like', 'hate' as never), 'INVALID_ARGUMENT', ['dysfunctional']);
  });
});

const answer = fc.constantFrom<KanoAnswer>(...KANO_ANSWERS);

describe('kanoSummary', () => {
  it('counts, picks the mode and computes Berger better/worse (the TSDoc example)', () => {
    const s = kanoSummary([
      { functional: 'like', dysfunctional: 'neutral' },
      { functional: 'like', dysfunctional: 'tolerate' },
      { functional: 'expect', dysfunctional: 'dislike' },
      { functional: 'neutral', dysfunctional: 'neutral' },
    ]);
    expect(s).toEqual({
      responses: 4,
      counts: {
        'must-be': 1,
        'one-dimensional': 0,
        attractive: 2,
        indifferent: 1,
        reverse: 0,
        questionable: 0,
      },
      category: 'attractive',
      better: 0.5,
      worse: -0.25,
    });
    expect(isDeepFrozen(s)).toBe(true);
  });

  it('breaks ties by the evaluation rule M > O > A > I', () => {
    const s = kanoSummary([
      { functional: 'like', dysfunctional: 'neutral' },
      { functional: 'expect', dysfunctional: 'dislike' },
      { functional: 'like', dysfunctional: 'dislike' },
    ]);
    expect(s.category).toBe('must-be');
    const t = kanoSummary([
      { functional: 'like', dysfunctional: 'neutral' },
      { functional: 'neutral', dysfunctional: 'neutral' },
    ]);
    expect(t.category).toBe('attractive');
  });

  it('gives null coefficients when every answer is reverse or questionable', () => {
    const s = kanoSummary([{ functional: 'like', dysfunctional: 'like' }]);
    expect(s.category).toBe('questionable');
    expect(s.better).toBeNull();
    expect(s.worse).toBeNull();
  });

  it('counts add up, coefficients stay in range, input untouched, order of respondents irrelevant', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ functional: answer, dysfunctional: answer }), {
          minLength: 1,
          maxLength: 40,
        }),
        (rs) => {
          const input = frozen(rs);
          const s = kanoSummary(input);
          const total = KANO_CATEGORIES.reduce((acc, c) => acc + s.counts[c], 0);
          expect(total).toBe(rs.length);
          if (s.better !== null) {
            expect(s.better).toBeGreaterThanOrEqual(0);
            expect(s.better).toBeLessThanOrEqual(1);
            expect(s.worse as number).toBeLessThanOrEqual(0);
            expect(s.worse as number).toBeGreaterThanOrEqual(-1);
          }
          expect(kanoSummary([...rs].reverse())).toEqual(s);
          for (const c of KANO_CATEGORIES)
            expect(s.counts[c]).toBeLessThanOrEqual(s.counts[s.category]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects no responses, non-arrays and bad answers with their index', () => {
    expectPopmError(() => kanoSummary([]), 'EMPTY_INPUT', ['responses']);
    expectPopmError(() => kanoSummary('x' as never), 'INVALID_ARGUMENT', ['responses']);
    expectPopmError(() => kanoSummary([null as never]), 'INVALID_ARGUMENT', ['responses', 0]);
    expectPopmError(
      () =>
        kanoSummary([
          { functional: 'like', dysfunctional: 'dislike' },
          { functional: 'meh' as never, dysfunctional: 'like' },
        ]),
      'INVALID_ARGUMENT',
      ['responses', 1, 'functional'],
    );
    expectPopmError(
      () => kanoSummary([{ functional: 'like', dysfuntional: 'dislike' } as never]),
      'INVALID_ARGUMENT',
      ['responses', 0, 'dysfuntional'],
    );
  });
});
