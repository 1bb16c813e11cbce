/**
 * popm/project
 *
 * @packageDocumentation
 */
export {};
