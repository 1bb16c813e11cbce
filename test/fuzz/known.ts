import type { FailureCategory } from './harness.js';

/**
 * Known contract failures, by function, each with the reason (and the owner
 * who is fixing it). The sweep and the CI fuzz slice skip these functions;
 * a test checks that each one still fails, so a fixed function must leave
 * this list. Details and reproductions: test/fuzz/KNOWN.md.
 */

/** Issue-12 sweep (misspelled keys, an unrelated `color` key). */
export const SWEEP_KNOWN: Readonly<Record<string, string>> = {};

/** A known fuzz failure: why, and in which categories (`'*'`: any). */
export interface KnownFuzz {
  readonly reason: string;
  readonly categories: readonly FailureCategory[] | '*';
}

/** Issue-21 fuzz (hostile leaves and objects), from `npx tsx scripts/fuzz.ts`. */
export const FUZZ_KNOWN: Readonly<Record<string, KnownFuzz>> = {};
