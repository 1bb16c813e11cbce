/** Every shown result in docs/guides/finance-appraisal.md, run and checked. */
import { describe, expect, it } from 'vitest';
import { fv, nper, pmt, pv } from '../../src/finance/annuity.js';
import { cumipmt, cumprinc, ipmt, ppmt } from '../../src/finance/ipmt.js';
import { irr, irrAll } from '../../src/finance/irr.js';
import { mirr } from '../../src/finance/mirr.js';
import { npv } from '../../src/finance/npv.js';
import { discountedPaybackPeriod, paybackPeriod } from '../../src/finance/paybackPeriod.js';
import { profitabilityIndex } from '../../src/finance/profitabilityIndex.js';
import { rate } from '../../src/finance/rate.js';
import { annualisedRoi, roi } from '../../src/finance/roi.js';
import { xirr } from '../../src/finance/xirr.js';
import { xnpv } from '../../src/finance/xnpv.js';
import { guideExample, runExample } from '../helpers/doctest.js';
import { catchError } from '../helpers/freeze.js';

const SCOPE = {
  ...{ fv, nper, pmt, pv, irr, irrAll, mirr, npv, xirr, xnpv },
  ...{ rate, ipmt, ppmt, cumipmt, cumprinc },
  ...{ discountedPaybackPeriod, paybackPeriod, profitabilityIndex, annualisedRoi, roi },
};

describe('docs/guides/finance-appraisal.md', () => {
  it('shows true results in every code block', () => {
    const guide = guideExample('docs/guides/finance-appraisal.md');
    const run = runExample(guide, SCOPE, { 'popm/finance': SCOPE });
    expect(run.checked).toBe(run.declared);
    expect(run.declared).toBe(
      guide.lines.filter((l) => /\/\/=>|\/\/ throws PopmError/.test(l)).length,
    );
  });

  it('gives the paths its "Errors, not NaN" section shows', () => {
    const flows = [-10000, 3000, 4200, 6800];
    expect(catchError(() => npv(-1, flows)).path).toEqual(['rate']);
    expect(catchError(() => npv(-1, flows)).message).toBe(
      'rate: expected a rate > -1 (above -100%), got -1',
    );
    expect(catchError(() => npv(0.1, [-100, 'abc'])).path).toEqual(['cashFlows', 1]);
    const typo = catchError(() => npv(0.1, [-100, 60, 60], { firstFlowat: 1 } as never));
    expect(typo.code).toBe('INVALID_ARGUMENT');
    expect(typo.path).toEqual(['options', 'firstFlowat']);
    expect(typo.message).toBe("options.firstFlowat: unknown key; did you mean 'firstFlowAt'?");
    const dated = [
      { date: '2008-01-01', amount: -1 },
      { date: '2007-03-01', amount: 2 },
    ];
    expect(catchError(() => xirr(dated)).path).toEqual(['flows', 1, 'date']);
  });
});
