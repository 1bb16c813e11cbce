/** Every TSDoc @example of the cash-flow appraisal functions, run and checked. */
import { describe, expect, it } from 'vitest';
import * as annuity from '../../src/finance/annuity.js';
import * as irr from '../../src/finance/irr.js';
import * as mirr from '../../src/finance/mirr.js';
import * as npv from '../../src/finance/npv.js';
import * as payback from '../../src/finance/payback.js';
import * as pi from '../../src/finance/profitability-index.js';
import * as roi from '../../src/finance/roi.js';
import * as xirr from '../../src/finance/xirr.js';
import * as xnpv from '../../src/finance/xnpv.js';
import { examplesOf, runExample } from '../progress/doctest.js';

const PUBLIC = {
  fv: annuity.fv,
  nper: annuity.nper,
  pmt: annuity.pmt,
  pv: annuity.pv,
  irr: irr.irr,
  irrAll: irr.irrAll,
  mirr: mirr.mirr,
  npv: npv.npv,
  paybackPeriod: payback.paybackPeriod,
  discountedPaybackPeriod: payback.discountedPaybackPeriod,
  profitabilityIndex: pi.profitabilityIndex,
  roi: roi.roi,
  annualisedRoi: roi.annualisedRoi,
  xirr: xirr.xirr,
  xnpv: xnpv.xnpv,
};

const files = [
  'annuity',
  'irr',
  'mirr',
  'npv',
  'payback',
  'profitability-index',
  'roi',
  'xirr',
  'xnpv',
].map((f) => `src/finance/${f}.ts`);
const examples = files.flatMap((file) => examplesOf(file).map((ex) => ({ file, ex })));

describe('appraisal: every TSDoc @example shows true results', () => {
  it('finds a checked example for every public appraisal function', () => {
    const named = new Set(examples.map(({ ex }) => ex.name.replace(/ #\d+$/, '')));
    for (const name of Object.keys(PUBLIC)) expect(named, name).toContain(name);
  });

  it.each(examples.map(({ file, ex }) => [`${file} ${ex.name}`, ex] as const))('%s', (_, ex) => {
    expect(runExample(ex, PUBLIC)).toBeGreaterThan(0);
  });
});
