/**
 * The figures of formulajs's own test suite (test/financial.js), checked to
 * its tolerance of 1e-9. Where popm is closer to the exact root than the
 * figure, the exact value is checked too.
 */
import { describe, expect, it } from 'vitest';
import { fv, nper, pmt, pv } from '../../src/finance/annuity.js';
import { irr } from '../../src/finance/irr.js';
import { mirr } from '../../src/finance/mirr.js';
import { npv } from '../../src/finance/npv.js';
import { xirr } from '../../src/finance/xirr.js';

const close = (got: { toNumber(): number } | null, want: number, tol = 1e-9) => {
  expect(got).not.toBeNull();
  expect(Math.abs((got?.toNumber() ?? Number.NaN) - want)).toBeLessThanOrEqual(tol);
};

describe('formulajs test suite figures', () => {
  const flows = [-75000, 12000, 15000, 18000, 21000, 24000];

  it('matches formulajs tests: IRR = 0.05715142887178467 with any guess', () => {
    for (const guess of [undefined, 0.1, 0.075, 0.05])
      close(guess === undefined ? irr(flows) : irr(flows, { guess }), 0.05715142887178467);
  });

  it('matches formulajs tests: IRR of two outflows then six inflows = -0.339234190 (exact -0.3392341905190…)', () => {
    const r = irr([-9765000, -24338874, -3354506, 814300, 1595562, 1975118, 1688159, 391944]);
    close(r, -0.33923419058193316);
    // the exact root (by 40-digit arithmetic) is -0.33923419051909…; formulajs stops 6e-11 short
    close(r, -0.33923419051909, 1e-14);
  });

  it('matches formulajs tests: IRR([-4500, 3045, 2371]) = 0.1391818416… (exact root of the quadratic)', () => {
    const r = irr([-4500, 3045, 2371]);
    close(r, 0.13918184162670671);
    const v = (-3045 + Math.sqrt(3045 ** 2 + 4 * 2371 * 4500)) / (2 * 2371);
    close(r, 1 / v - 1, 1e-15);
  });

  it('matches formulajs tests: MIRR = 0.07971710360838036', () => {
    close(mirr(flows, 0.1, 0.12), 0.07971710360838036);
  });

  it('matches formulajs tests: NPV (Excel timing) = 1031.35, -68181.82, 62448.36', () => {
    close(npv(0.1, [-10000, 2000, 4000, 8000], { firstFlowAt: 1 }), 1031.3503176012546);
    close(npv(0.1, [-75000], { firstFlowAt: 1 }), -68181.81818181818);
    close(npv(0.12, [12000, 15000, 18000, 21000, 24000], { firstFlowAt: 1 }), 62448.362521940246);
  });

  it('matches formulajs tests: NPER = 90, 63.3939, 63.0170 (begin), -9.6451', () => {
    expect(nper(0, -100, -1000, 10000)?.toString()).toBe('90');
    close(nper(0.1 / 12, -100, -1000, 10000), 63.39385422740764);
    close(nper(0.1 / 12, -100, -1000, 10000, 'begin'), 63.016966422019685);
    close(nper(0.1 / 12, -100, -1000), -9.645090919837394);
  });

  it('matches formulajs tests: PMT (six cases)', () => {
    close(pmt(0.06 / 12, 18 * 12, 0, 50000), -129.0811608679973);
    close(pmt(0.1 / 12, 2 * 12, 100000, 1000000, 'begin'), -42075.45683100995);
    close(pmt(0.1 / 12, 2 * 12, 100000, 1000000), -42426.08563793503);
    close(pmt(0.1 / 12, 2 * 12, 0, 1000000), -37811.59300418336);
    close(pmt(0.1 / 12, 2 * 12, 100000), -4614.49263375167);
    close(pmt(0, 2 * 12, 100000), -4166.666666666667);
  });

  it('matches formulajs tests: PV and FV (and the exact values closer than they do)', () => {
    close(pv(0.1 / 12, 2 * 12, 1000, 10000), -29864.950264779152);
    close(pv(0.1 / 12, 2 * 12, 1000, 10000, 'begin'), -30045.54072173169);
    expect(pv(0, 2 * 12, 1000, 10000, 'begin').toString()).toBe('-34000');
    close(fv(0.06 / 12, 12, -100, -1000, 'begin'), 2301.4018303408993);
    expect(fv(0, 12, -100, -1000, 'begin').toString()).toBe('2200');
    close(fv(0.12 / 12, 12, -1000), 12682.503013196976);
    // formulajs's figure 82846.24637190053 is 1e-9 off the exact 82846.2463718995201…
    close(fv(0.11 / 12, 35, -2000, 0, 'begin'), 82846.24637190053, 2e-9);
    close(fv(0.11 / 12, 35, -2000, 0, 'begin'), 82846.24637189951, 1e-10);
  });

  it('matches formulajs tests: XIRR = 0.373362535 (to their 1e-4); all-positive flows have none (null)', () => {
    const dates = ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'];
    const amounts = [-10000, 2750, 4250, 3250, 2750];
    close(
      xirr(dates.map((date, i) => ({ date, amount: amounts[i] as number }))),
      0.373362535,
      1e-4,
    );
    expect(
      xirr(dates.map((date, i) => ({ date, amount: Math.abs(amounts[i] as number) }))),
    ).toBeNull();
  });
});
