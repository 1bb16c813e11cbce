/**
 * The quadrants of the power/interest grid and its default threshold: a leaf
 * module, so the grid's rule (internal) and its public function share them
 * without an import cycle.
 */
/**
 * A quadrant of Mendelow's power/interest grid (Mendelow 1991):
 * - `manage-closely`: high power, high interest (the "key players");
 * - `keep-satisfied`: high power, low interest;
 * - `keep-informed`: low power, high interest;
 * - `monitor`: low power, low interest ("minimal effort").
 */
export type PowerInterestQuadrant =
  | 'manage-closely'
  | 'keep-satisfied'
  | 'keep-informed'
  | 'monitor';

/**
 * The four quadrants, in grid order: high power first, high interest first.
 *
 * @example
 * POWER_INTEREST_QUADRANTS; //=> ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor']
 */
export const POWER_INTEREST_QUADRANTS: readonly PowerInterestQuadrant[] = Object.freeze([
  'manage-closely',
  'keep-satisfied',
  'keep-informed',
  'monitor',
] as const);

/**
 * The default score (on 1–5) from which power or interest counts as high:
 * 4, so 4 and 5 are high and the midpoint 3 is low.
 *
 * @example
 * DEFAULT_GRID_THRESHOLD; //=> 4
 */
export const DEFAULT_GRID_THRESHOLD = 4;
