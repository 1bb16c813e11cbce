/**
 * popm/risk
 *
 * @packageDocumentation
 */
export {};
