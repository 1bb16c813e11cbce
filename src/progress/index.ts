/**
 * popm/progress
 *
 * @packageDocumentation
 */
export {};
