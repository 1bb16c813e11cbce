/**
 * popm: pure, immutable calculations for the Product Owner and the Project
 * Manager. This barrel re-exports every domain; only `popm/schemas` pulls in zod.
 * Each domain's own `index.ts` lists its exports by name, and TypeScript
 * rejects a name exported by two domains, so nothing is shadowed silently.
 *
 * @packageDocumentation
 * @module popm
 */

export * from './backlog/index.js';
export * from './charts/index.js';
export * from './core/index.js';
export * from './finance/index.js';
export * from './plan/index.js';
export * from './progress/index.js';
export * from './project/index.js';
export * from './risk/index.js';
export * from './roles/index.js';
export * from './stakeholders/index.js';
