/**
 * popm/plan
 *
 * @packageDocumentation
 */
export {};
