import fc from 'fast-check';
import type { Risk, RiskStatus } from '../../src/risk/types.js';

/** The published example of issue 6: weather, material and labour. */
export const WEATHER: Risk = {
  id: 'W',
  title: 'Bad weather',
  kind: 'threat',
  probability: 0.25,
  costImpact: 80000,
};
export const MATERIAL: Risk = {
  id: 'M',
  title: 'Cheaper material',
  kind: 'opportunity',
  probability: 0.1,
  costImpact: 100000,
};
export const LABOUR: Risk = {
  id: 'L',
  title: 'Labour strike',
  kind: 'threat',
  probability: 0.05,
  costImpact: 150000,
};

const money = fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2));
// Three-point costs whose cents sum to a multiple of 3, so the triangular
// mean (and every EMV) is a finite decimal; a third is the one case where a
// 34-digit Decimal must round (see expectedMonetaryValue's docs).
const cost = fc.oneof(
  money,
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 10_000_000 }),
    )
    .map((xs) => xs.sort((a, b) => a - b))
    .map(([a, m, b]) => {
      const max = (b as number) + ((3 - (((a as number) + (m as number) + (b as number)) % 3)) % 3);
      return {
        min: ((a as number) / 100).toFixed(2),
        mostLikely: ((m as number) / 100).toFixed(2),
        max: (max / 100).toFixed(2),
      };
    }),
);
const statuses: RiskStatus[] = ['open', 'monitoring', 'occurred', 'closed', 'escalated'];

/** A risk with the given id (no response, so any kind fits any strategy rule). */
export function riskArb(id: string): fc.Arbitrary<Risk> {
  return fc
    .record(
      {
        kind: fc.constantFrom('threat' as const, 'opportunity' as const),
        probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
        impact: fc.integer({ min: 1, max: 5 }),
        costImpact: cost,
        category: fc.constantFrom('site', 'commercial', 'technical'),
        owner: fc.constantFrom('Ann', 'Bo'),
        status: fc.constantFrom(...statuses),
        residual: fc.record(
          { probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['kind'] },
    )
    .map((r) => ({ id, title: `Risk ${id}`, ...r }) as Risk);
}

/** A list of 0..12 risks with unique ids. */
export const risksArb: fc.Arbitrary<Risk[]> = fc
  .uniqueArray(fc.stringMatching(/^R[0-9]{1,3}$/), { maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map((id) => riskArb(id))))
  .map((rs) => [...rs]);
