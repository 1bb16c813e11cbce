/**
 * popm/roles
 *
 * @packageDocumentation
 */
export {};
