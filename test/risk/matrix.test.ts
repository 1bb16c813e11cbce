import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { checkMatrix } from '../../src/risk/internal/matrix.js';
import {
  costLevel,
  createRiskMatrix,
  defaultMatrix,
  NPSA_RATING_BANDS,
  probabilityLevel,
  ratingOfScore,
} from '../../src/risk/matrix.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const THREE_BANDS = [
  { name: 'Green', minScore: 1 },
  { name: 'Amber', minScore: 3 },
  { name: 'Red', minScore: 6 },
];

describe('defaultMatrix', () => {
  it('is 5×5 with PMBOK level names and NPSA 2008 rating bands (doc example)', () => {
    expect(defaultMatrix.size).toBe(5);
    expect(defaultMatrix.ratingBands.map((b) => `${b.name} ≥ ${b.minScore}`)).toEqual([
      'Low ≥ 1',
      'Moderate ≥ 4',
      'High ≥ 8',
      'Extreme ≥ 15',
    ]);
    expect(NPSA_RATING_BANDS.map((b) => b.minScore)).toEqual([1, 4, 8, 15]);
    expect(defaultMatrix.probabilityBands.map((b) => b.upTo)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(defaultMatrix.impactLabels).toEqual([
      'Very low',
      'Low',
      'Moderate',
      'High',
      'Very high',
    ]);
    expect(defaultMatrix.costBands).toBeUndefined();
    expect(isDeepFrozen(defaultMatrix)).toBe(true);
  });

  it('rates every score of the NPSA model matrix: 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme', () => {
    const expected: Record<number, string> = {
      1: 'Low',
      2: 'Low',
      3: 'Low',
      4: 'Moderate',
      5: 'Moderate',
      6: 'Moderate',
      8: 'High',
      9: 'High',
      10: 'High',
      12: 'High',
      15: 'Extreme',
      16: 'Extreme',
      20: 'Extreme',
      25: 'Extreme',
    };
    for (let p = 1; p <= 5; p++)
      for (let i = 1; i <= 5; i++) expect(ratingOfScore(p * i)).toBe(expected[p * i]);
  });

  it('puts each rating boundary on the right side (3|4, 6|7|8, 14|15, 25)', () => {
    expect(ratingOfScore(3)).toBe('Low');
    expect(ratingOfScore(4)).toBe('Moderate');
    expect(ratingOfScore(7)).toBe('Moderate'); // not a product of levels, but inside 4..7
    expect(ratingOfScore(8)).toBe('High');
    expect(ratingOfScore(14)).toBe('High');
    expect(ratingOfScore(15)).toBe('Extreme');
    expect(ratingOfScore(25)).toBe('Extreme');
  });

  it('maps probabilities to levels at every band edge (upper edge inclusive)', () => {
    const cases: [number, number][] = [
      [0, 1],
      [0.2, 1],
      [0.2000001, 2],
      [0.4, 2],
      [0.4000001, 3],
      [0.6, 3],
      [0.6000001, 4],
      [0.8, 4],
      [0.8000001, 5],
      [1, 5],
    ];
    for (const [p, level] of cases) expect(probabilityLevel(p)).toBe(level);
    expect(probabilityLevel(0.21)).toBe(2);
  });

  it('rejects probabilities outside 0..1 and scores outside 1..size²', () => {
    expect(catchError(() => probabilityLevel(1.01))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['probability'],
    });
    expect(catchError(() => probabilityLevel(-0.01)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => probabilityLevel(Number.NaN)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => ratingOfScore(0))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['score'],
    });
    expect(catchError(() => ratingOfScore(26)).code).toBe('OUT_OF_RANGE');
  });
});

describe('createRiskMatrix', () => {
  it('builds a 3×3 matrix with equal probability bands (doc example)', () => {
    const m = createRiskMatrix({ size: 3, ratingBands: THREE_BANDS });
    expect(m.probabilityBands.map((b) => b.upTo)).toEqual([1 / 3, 2 / 3, 1]);
    expect(m.impactLabels).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(ratingOfScore(2, m)).toBe('Green');
    expect(ratingOfScore(3, m)).toBe('Amber');
    expect(ratingOfScore(5, m)).toBe('Amber');
    expect(ratingOfScore(6, m)).toBe('Red');
    expect(ratingOfScore(9, m)).toBe('Red');
    expect(isDeepFrozen(m)).toBe(true);
  });

  it('builds a 10×10 matrix with custom bands and cost bands', () => {
    const m = createRiskMatrix({
      size: 10,
      ratingBands: [
        { name: 'Low', minScore: 1 },
        { name: 'High', minScore: 50 },
      ],
      costBands: Array.from({ length: 10 }, (_, i) => ({ level: i + 1, from: i * 1000 })),
    });
    expect(ratingOfScore(49, m)).toBe('Low');
    expect(ratingOfScore(50, m)).toBe('High');
    expect(ratingOfScore(100, m)).toBe('High');
    expect(costLevel(0, m)).toBe(1);
    expect(costLevel(999.99, m)).toBe(1);
    expect(costLevel(1000, m)).toBe(2);
    expect(costLevel('9000', m)).toBe(10);
    expect(costLevel(1e9, m)).toBe(10);
  });

  it('maps cost magnitudes through cost bands (doc example)', () => {
    const m = createRiskMatrix({
      costBands: [0, 10000, 50000, 100000, 500000].map((from, i) => ({ level: i + 1, from })),
    });
    expect(costLevel(75000, m)).toBe(3);
    expect(costLevel(75000, defaultMatrix)).toBeNull();
    expect(costLevel(50000, m)).toBe(3);
    expect(costLevel(49999.99, m)).toBe(2);
    expect(catchError(() => costLevel(-1, m))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['cost'],
    });
    expect(catchError(() => costLevel('x', m)).code).toBe('INVALID_NUMBER');
  });

  it('does not mutate its input', () => {
    const input = deepFreezeInput({ size: 3, ratingBands: THREE_BANDS.map((b) => ({ ...b })) });
    expect(createRiskMatrix(input).ratingBands).toEqual(THREE_BANDS);
  });

  it('freezes the whole matrix, Decimal cost bands included, without freezing the caller’s Decimals', () => {
    const froms = [0, 10, 20, 30, 40].map((v) => new Decimal(v));
    const m = createRiskMatrix({ costBands: froms.map((from, i) => ({ level: i + 1, from })) });
    expect(isDeepFrozen(m)).toBe(true);
    expect(froms.some((d) => Object.isFrozen(d))).toBe(false);
    expect(costLevel(25, m)).toBe(3);
  });

  it('rejects every broken rule with the right code and path', () => {
    const cases: [() => unknown, string, (string | number)[]][] = [
      [() => createRiskMatrix({ size: 2, ratingBands: THREE_BANDS }), 'OUT_OF_RANGE', ['size']],
      [() => createRiskMatrix({ size: 11, ratingBands: THREE_BANDS }), 'OUT_OF_RANGE', ['size']],
      [() => createRiskMatrix({ size: 3.5, ratingBands: THREE_BANDS }), 'OUT_OF_RANGE', ['size']],
      [() => createRiskMatrix({ size: 4 }), 'INVALID_ARGUMENT', ['ratingBands']],
      [() => createRiskMatrix({ ratingBands: [] }), 'EMPTY_INPUT', ['ratingBands']],
      [
        () => createRiskMatrix({ ratingBands: [{ name: 'A', minScore: 2 }] }),
        'OUT_OF_RANGE',
        ['ratingBands', 0, 'minScore'],
      ],
      [
        () =>
          createRiskMatrix({
            ratingBands: [
              { name: 'A', minScore: 1 },
              { name: 'B', minScore: 1 },
            ],
          }),
        'OUT_OF_RANGE',
        ['ratingBands', 1, 'minScore'],
      ],
      [
        () =>
          createRiskMatrix({
            ratingBands: [
              { name: 'A', minScore: 1 },
              { name: 'B', minScore: 26 },
            ],
          }),
        'OUT_OF_RANGE',
        ['ratingBands', 1, 'minScore'],
      ],
      [
        () =>
          createRiskMatrix({
            ratingBands: [
              { name: 'A', minScore: 1 },
              { name: 'A', minScore: 5 },
            ],
          }),
        'INVALID_ARGUMENT',
        ['ratingBands', 1, 'name'],
      ],
      [
        () => createRiskMatrix({ ratingBands: [{ name: '', minScore: 1 }] }),
        'INVALID_ARGUMENT',
        ['ratingBands', 0, 'name'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            probabilityBands: [
              { level: 1, upTo: 0.5, label: 'a' },
              { level: 2, upTo: 0.4, label: 'b' },
              { level: 3, upTo: 1, label: 'c' },
            ],
          }),
        'OUT_OF_RANGE',
        ['probabilityBands', 1, 'upTo'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            probabilityBands: [
              { level: 1, upTo: 0.3, label: 'a' },
              { level: 2, upTo: 0.6, label: 'b' },
              { level: 3, upTo: 0.9, label: 'c' },
            ],
          }),
        'OUT_OF_RANGE',
        ['probabilityBands', 2, 'upTo'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            probabilityBands: [
              { level: 1, upTo: 0.3, label: 'a' },
              { level: 3, upTo: 0.6, label: 'b' },
              { level: 2, upTo: 1, label: 'c' },
            ],
          }),
        'OUT_OF_RANGE',
        ['probabilityBands', 1, 'level'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            probabilityBands: [{ level: 1, upTo: 1, label: 'a' }],
          }),
        'INVALID_ARGUMENT',
        ['probabilityBands'],
      ],
      [
        () => createRiskMatrix({ size: 3, ratingBands: THREE_BANDS, impactLabels: ['a', 'b'] }),
        'INVALID_ARGUMENT',
        ['impactLabels'],
      ],
      [
        () => createRiskMatrix({ size: 3, ratingBands: THREE_BANDS, impactLabels: ['a', 'b', ''] }),
        'INVALID_ARGUMENT',
        ['impactLabels', 2],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            costBands: [
              { level: 1, from: 10 },
              { level: 2, from: 20 },
              { level: 3, from: 30 },
            ],
          }),
        'OUT_OF_RANGE',
        ['costBands', 0, 'from'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            costBands: [
              { level: 1, from: 0 },
              { level: 2, from: 20 },
              { level: 3, from: 20 },
            ],
          }),
        'OUT_OF_RANGE',
        ['costBands', 2, 'from'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            costBands: [{ level: 1, from: 0 }],
          }),
        'INVALID_ARGUMENT',
        ['costBands'],
      ],
      [
        () =>
          createRiskMatrix({
            size: 3,
            ratingBands: THREE_BANDS,
            costBands: [
              { level: 1, from: 0 },
              { level: 2, from: 'abc' },
              { level: 3, from: 30 },
            ],
          }),
        'INVALID_NUMBER',
        ['costBands', 1, 'from'],
      ],
    ];
    // Paths start at the parameter's name (issue 12): options.size, options.ratingBands[0]…
    for (const [fn, code, path] of cases)
      expect(catchError(fn)).toMatchObject({ code, path: ['options', ...path] });
    expect(catchError(() => createRiskMatrix(null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options'],
    });
    expect(catchError(() => createRiskMatrix({ sise: 5 } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'sise'],
      details: { suggestion: 'size' },
    });
    expect(
      catchError(() => createRiskMatrix({ ratingBands: [{ name: 'A', minscore: 1 }] } as never)),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'ratingBands', 0, 'minscore'],
      details: { suggestion: 'minScore' },
    });
  });

  it('re-validates hand-built matrices and passes built ones through', () => {
    expect(checkMatrix(defaultMatrix)).toBe(defaultMatrix);
    const handBuilt = JSON.parse(JSON.stringify(defaultMatrix));
    expect(checkMatrix(handBuilt)).toEqual(defaultMatrix);
    expect(catchError(() => checkMatrix(42))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix'],
    });
    const noBands = { ...handBuilt, ratingBands: undefined };
    expect(catchError(() => checkMatrix(noBands))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix', 'ratingBands'],
    });
    expect(catchError(() => checkMatrix({ ...handBuilt, size: 12 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['matrix', 'size'],
    });
  });

  it('property: every score 1..size² gets the band whose range holds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10 }),
        fc.uniqueArray(fc.integer({ min: 2, max: 100 }), { maxLength: 5 }),
        (size, cuts) => {
          const mins = [1, ...cuts.filter((c) => c <= size * size).sort((a, b) => a - b)];
          const m = createRiskMatrix({
            size,
            ratingBands: mins.map((minScore, i) => ({ name: `B${i}`, minScore })),
          });
          for (let s = 1; s <= size * size; s++) {
            const k = mins.filter((x) => x <= s).length - 1;
            expect(ratingOfScore(s, m)).toBe(`B${k}`);
          }
          for (let p = 0; p <= 1; p += 0.05) {
            const level = probabilityLevel(p, m);
            expect(level).toBeGreaterThanOrEqual(1);
            expect(level).toBeLessThanOrEqual(size);
            expect(p <= level / size + 1e-12).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
