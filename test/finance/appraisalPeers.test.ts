/**
 * Regression tests for the known failures of the npm peers (`financial`
 * 0.2.4 and `@formulajs/formulajs` 4.6.1). Each test first shows the peer's
 * wrong answer, then popm's right one, so a peer fix or a popm regression
 * both show up here.
 */
import * as formulajs from '@formulajs/formulajs';
import * as financial from 'financial';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { irr } from '../../src/finance/irr.js';
import { mirr } from '../../src/finance/mirr.js';
import { npv } from '../../src/finance/npv.js';
import { xirr } from '../../src/finance/xirr.js';
import { catchError } from '../helpers/freeze.js';

describe('peer failures popm must not repeat', () => {
  it('financial.irr returns Infinity for a negative IRR; popm returns the root -62.98%', () => {
    const flows = [-100, 10, 10];
    expect(financial.irr(flows)).toBe(Number.POSITIVE_INFINITY);
    const r = irr(flows) as Decimal;
    // -100 + 10v + 10v² = 0 at v = (-10 + √4100) / 20
    expect(r.toNumber()).toBeCloseTo(20 / (Math.sqrt(4100) - 10) - 1, 14);
    expect(npv(r, flows).abs().lt(1e-9)).toBe(true);
  });

  it('financial.irr returns a rate below -100% (-135.8%); popm returns the root -44.17%', () => {
    const flows = [-100, 20, 20];
    expect(financial.irr(flows)).toBeLessThan(-1);
    const r = irr(flows) as Decimal;
    expect(r.gt(-1)).toBe(true);
    // -100 + 20v + 20v² = 0 at v = (-20 + √8400) / 40
    expect(r.toNumber()).toBeCloseTo(40 / (Math.sqrt(8400) - 20) - 1, 14);
  });

  it('formulajs IRR returns 1000, a non-root; popm returns 99999', () => {
    const flows = [-1, 100000];
    expect(formulajs.IRR(flows)).toBe(1000);
    // NPV at 1000 (100,000%) is far from zero
    expect(npv(1000, flows).toNumber()).toBeGreaterThan(98);
    expect(irr(flows)?.toNumber()).toBeCloseTo(99999, 6);
  });

  it('formulajs MIRR is wrong when a negative flow is not first; popm follows Excel (52.97%)', () => {
    const flows = [100, -200, 300];
    // Excel: (100·1.12² + 300) / (200 / 1.1) = 2.33992, ^(1/2) - 1 = 0.529680
    const excel = Math.sqrt((100 * 1.12 ** 2 + 300) / (200 / 1.1)) - 1;
    expect(Math.abs((formulajs.MIRR(flows, 0.1, 0.12) as number) - excel)).toBeGreaterThan(0.05);
    expect(mirr(flows, 0.1, 0.12)?.toNumber()).toBeCloseTo(excel, 14);
  });

  it('formulajs XIRR returns NaN for a rate near -65%; popm returns it', () => {
    const amounts = [-10000, 3500];
    const dates = ['2008-01-01', '2009-01-01'];
    expect(formulajs.XIRR(amounts, dates)).toBeNaN();
    const r = xirr([
      { date: '2008-01-01', amount: -10000 },
      { date: '2009-01-01', amount: 3500 },
    ]) as Decimal;
    expect(r.toNumber()).toBeCloseTo(0.35 ** (365 / 366) - 1, 13);
  });

  it('formulajs XIRR accepts a date before the first; popm throws INVALID_DATE', () => {
    const amounts = [-10000, 2750, 9000];
    const dates = ['2008-01-01', '2007-03-01', '2009-01-01'];
    expect(Number.isFinite(formulajs.XIRR(amounts, dates))).toBe(true);
    const e = catchError(() =>
      xirr(amounts.map((amount, i) => ({ date: dates[i] as string, amount }))),
    );
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['flows', 1, 'date']);
  });

  it('with no root financial.irr gives -Infinity and formulajs IRR a non-root (0.4085); popm returns null', () => {
    const flows = [1, -1.5, 1];
    expect(Number.isFinite(financial.irr(flows))).toBe(false);
    const wrong = formulajs.IRR(flows) as number;
    expect(npv(wrong, flows).abs().toNumber()).toBeGreaterThan(0.1);
    expect(irr(flows)).toBeNull();
  });

  it('agrees with both peers where they are right (Excel IRR example, 8.66%)', () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    const mine = irr(flows)?.toNumber();
    expect(mine).toBeCloseTo(financial.irr(flows), 8);
    expect(mine).toBeCloseTo(formulajs.IRR(flows) as number, 8);
    expect(npv(0.1, flows).toNumber()).toBeCloseTo(financial.npv(0.1, flows), 9);
    expect(npv(new Decimal('0.1'), flows, { firstFlowAt: 1 }).toNumber()).toBeCloseTo(
      formulajs.NPV(0.1, ...flows) as number,
      9,
    );
  });
});
