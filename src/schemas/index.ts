/**
 * zod schemas and parse functions for popm's documents. This is the only
 * entry point that imports zod.
 *
 * @packageDocumentation
 */
export type { SafeParseResult, SchemaIssue } from './common.js';
