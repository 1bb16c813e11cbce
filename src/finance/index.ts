/**
 * Finance for both roles: investment appraisal (NPV, IRR, MIRR, XNPV, XIRR,
 * annuities, ROI, payback), total cost of ownership, budget tracking, earned
 * value and the business case.
 *
 * @packageDocumentation
 */
// appraisal:start
// appraisal:end
// tco-budget-evm-business-case:start
// tco-budget-evm-business-case:end
export {};
