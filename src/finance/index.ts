/**
 * Finance for both roles: investment appraisal (NPV, IRR, MIRR, XNPV, XIRR,
 * annuities, ROI, payback), total cost of ownership, budget tracking, earned
 * value and the business case.
 *
 * @packageDocumentation
 */
// appraisal:start
export type { PaymentTiming } from './annuity.js';
export { fv, nper, pmt, pv } from './annuity.js';
export type { IrrOptions } from './irr.js';
export { irr, irrAll } from './irr.js';
export { mirr } from './mirr.js';
export type { NpvOptions } from './npv.js';
export { npv } from './npv.js';
export { discountedPaybackPeriod, paybackPeriod } from './payback.js';
export { profitabilityIndex } from './profitability-index.js';
export { annualisedRoi, roi } from './roi.js';
export type { XirrOptions } from './xirr.js';
export { xirr } from './xirr.js';
export type { DatedCashFlow } from './xnpv.js';
export { xnpv } from './xnpv.js';
