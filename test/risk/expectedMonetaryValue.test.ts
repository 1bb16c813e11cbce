import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { expectedMonetaryValue } from '../../src/risk/expectedMonetaryValue.js';
import { createRiskRegister } from '../../src/risk/register.js';
import { riskExposure } from '../../src/risk/riskExposure.js';
import type { Risk } from '../../src/risk/types.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { LABOUR, MATERIAL, WEATHER } from './fixtures.js';

const emv = (r: Risk, residual = false) => expectedMonetaryValue(r, { residual })?.toString();
const threat = (p: number, c: NonNullable<Risk['costImpact']>): Risk => ({
  id: 'T',
  title: 't',
  kind: 'threat',
  probability: p,
  costImpact: c,
});
const opportunity = (p: number, c: NonNullable<Risk['costImpact']>): Risk => ({
  ...threat(p, c),
  kind: 'opportunity',
});

describe('expectedMonetaryValue', () => {
  it('matches the issue’s published example: weather −20,000, material +10,000, labour −7,500; total −17,500', () => {
    expect(emv(WEATHER)).toBe('-20000');
    expect(emv(MATERIAL)).toBe('10000');
    expect(emv(LABOUR)).toBe('-7500');
    const e = riskExposure(createRiskRegister([WEATHER, MATERIAL, LABOUR]));
    // Money at risk: the cost fields are positive for threats, the PMI EMV is their negation.
    expect([e.threatCost, e.opportunitySaving, e.netCost].map(String)).toEqual([
      '27500',
      '10000',
      '17500',
    ]);
    expect(e.emv.toString()).toBe('-17500');
  });

  it('matches PRINCE2 (Managing Successful Projects with PRINCE2, 2009, Risk theme, “Expected value”): £160,000 at 25% = £40,000', () => {
    expect(emv(threat(0.25, 160000))).toBe('-40000');
  });

  it('matches the PMI-RMP study guide (open-exam-prep.com, 5.2 EMV): 30% × −$50,000 = −$15,000; 40% × $20,000 = $8,000; 10% × −$200,000 = −$20,000', () => {
    expect(emv(threat(0.3, 50000))).toBe('-15000');
    expect(emv(opportunity(0.4, 20000))).toBe('8000');
    expect(emv(threat(0.1, 200000))).toBe('-20000');
  });

  it('matches Whizlabs “Project Management Mathematics – Part 4”: A 3,750, B −800, C −1,000, D 1,000; total EMV 2,950', () => {
    const risks: Risk[] = [
      { ...opportunity(0.25, 15000), id: 'A' },
      { ...threat(0.4, 2000), id: 'B' },
      { ...threat(0.1, 10000), id: 'C' },
      { ...opportunity(0.05, 20000), id: 'D' },
    ];
    expect(risks.map((r) => emv(r))).toEqual(['3750', '-800', '-1000', '1000']);
    const e = riskExposure(createRiskRegister(risks));
    expect(e.emv.toString()).toBe('2950');
    expect(e.netCost.toString()).toBe('-2950');
  });

  it('is exact where float64 is not: 0.1 × 3 and 0.07 × 100', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(emv(opportunity(0.1, 3))).toBe('0.3');
    expect(0.07 * 100).not.toBe(7);
    expect(emv(opportunity(0.07, 100))).toBe('7');
  });

  it('prices a three-point cost at its triangular mean (min + mostLikely + max) / 3', () => {
    expect(emv(threat(0.5, { min: 1000, mostLikely: 2000, max: 6000 }))).toBe('-1500');
    // A third does not terminate: the one place a 34-digit Decimal rounds.
    expect(emv(opportunity(1, { min: '0', mostLikely: '0', max: '1' }))).toBe(
      `0.${'3'.repeat(34)}`,
    );
    expect(new Decimal(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(34)}`);
  });

  it('prices the residual assessment, falling back to inherent values', () => {
    const r: Risk = {
      ...WEATHER,
      residual: { probability: 0.1 },
    };
    expect(emv(r, true)).toBe('-8000');
    expect(emv({ ...r, residual: { costImpact: 40000 } }, true)).toBe('-10000');
    expect(emv(WEATHER, true)).toBe('-20000');
  });

  it('returns null for an unpriced risk', () => {
    expect(
      expectedMonetaryValue({ id: 'X', title: 'x', kind: 'threat', probability: 0.5 }),
    ).toBeNull();
    expect(
      expectedMonetaryValue({ id: 'X', title: 'x', kind: 'threat', costImpact: 5 }),
    ).toBeNull();
  });

  it('shows the doc examples', () => {
    expect(
      expectedMonetaryValue({
        id: 'W',
        title: 'Bad weather',
        kind: 'threat',
        probability: 0.25,
        costImpact: 80000,
      })?.toString(),
    ).toBe('-20000');
    expect(
      expectedMonetaryValue({
        id: 'M',
        title: 'Cheaper material',
        kind: 'opportunity',
        probability: 0.1,
        costImpact: '100000',
      })?.toString(),
    ).toBe('10000');
  });

  it('rejects bad input with the right code and path', () => {
    expect(catchError(() => expectedMonetaryValue(threat(1.5, 10)))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['risk', 'probability'],
    });
    expect(catchError(() => expectedMonetaryValue(threat(0.5, -10)))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['risk', 'costImpact'],
    });
    expect(catchError(() => expectedMonetaryValue(threat(0.5, 'ten')))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['risk', 'costImpact'],
    });
    expect(
      catchError(() => expectedMonetaryValue(threat(0.5, 1), { residual: 1 as never })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'residual'] });
    expect(catchError(() => expectedMonetaryValue(threat(0.5, 1), 3 as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options'],
    });
  });

  it('property: sign follows the kind, |EMV| = p × mean, input untouched, result frozen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.boolean(),
        (pc, cents, isThreat) => {
          const p = pc / 100;
          const cost = (cents / 100).toFixed(2);
          const risk = deepFreezeInput(isThreat ? threat(p, cost) : opportunity(p, cost));
          const value = expectedMonetaryValue(risk) as Decimal;
          expect(Object.isFrozen(value)).toBe(true);
          expect(value.abs().eq(new Decimal(cost).times(pc).dividedBy(100))).toBe(true);
          if (!value.isZero()) expect(value.isNegative()).toBe(isThreat);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns a Decimal frozen all the way down', () => {
    const emv = expectedMonetaryValue(WEATHER);
    expect(emv?.toString()).toBe('-20000');
    expect(isDeepFrozen(emv)).toBe(true);
  });
});
