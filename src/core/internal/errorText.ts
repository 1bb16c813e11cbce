/**
 * @internal Pieces of an error message shared by `PopmError` and the readers
 * that build one: a value already printed, and the rule of an unknown key.
 */

/** @internal A value already printed for a message (kept as is when an error is re-rooted). */
export class Shown {
  /** @param text - the printed form */
  constructor(readonly text: string) {}
}

/** @internal The `expected` text of every unknown-key error. */
export const UNKNOWN_KEY_RULE = 'a known key';
