/**
 * popm/stakeholders
 *
 * @packageDocumentation
 */
export {};
