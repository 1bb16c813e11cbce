/**
 * popm/backlog
 *
 * @packageDocumentation
 */
export {};
