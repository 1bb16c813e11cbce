import { checkScores, readStakeholder } from './internal/check.js';
import { gridSettings, quadrantOf } from './internal/grid.js';
import type { PowerInterestQuadrant } from './quadrants.js';
import type { Stakeholder } from './stakeholder.js';

export {
  DEFAULT_GRID_THRESHOLD,
  POWER_INTEREST_QUADRANTS,
  type PowerInterestQuadrant,
} from './quadrants.js';

/** Options of {@link powerInterestQuadrant} and {@link stakeholderMap}. */
export interface PowerInterestOptions<L extends string = PowerInterestQuadrant> {
  /**
   * The lowest score that counts as high, for power and interest alike;
   * default {@link DEFAULT_GRID_THRESHOLD} (4), so 4 and 5 are high and the
   * midpoint 3 is low. Must be in (1, 5].
   */
  readonly threshold?: number | undefined;
  /** Overrides `threshold` for power. */
  readonly powerThreshold?: number | undefined;
  /** Overrides `threshold` for interest. */
  readonly interestThreshold?: number | undefined;
  /**
   * Your names for the quadrants, e.g. `{ 'manage-closely': 'Key players' }`;
   * non-empty, and no two quadrants may end up with the same label.
   */
  readonly labels?: Readonly<Partial<Record<PowerInterestQuadrant, L>>> | undefined;
}

/**
 * Places a stakeholder on Mendelow's power/interest grid. Power and interest
 * are scores from 1 to 5; a score counts as high when it is at least the
 * threshold (default 4).
 *
 * @param stakeholder - the stakeholder (only `power` and `interest` are read)
 * @param options - threshold(s) and, optionally, your labels for the quadrants
 * @returns the quadrant, or your label for it
 * @throws PopmError `INVALID_NUMBER` / `OUT_OF_RANGE` for a score outside 1–5
 *   or a threshold outside (1, 5]; `INVALID_ARGUMENT` for a stakeholder that is
 *   not an object or has a misspelled key (`powr`: did you mean 'power'?), an
 *   unknown option or label key, an empty label, or a label that two
 *   quadrants would share
 * @example
 * powerInterestQuadrant({ power: 5, interest: 4 }); //=> 'manage-closely'
 * powerInterestQuadrant({ power: 5, interest: 2 }); //=> 'keep-satisfied'
 * powerInterestQuadrant({ power: 3, interest: 3 }, { threshold: 3 }); //=> 'manage-closely'
 * powerInterestQuadrant({ power: 1, interest: 5 }, { labels: { 'keep-informed': 'Show consideration' } });
 * //=> 'Show consideration'
 */
export function powerInterestQuadrant<L extends string = PowerInterestQuadrant>(
  stakeholder: Pick<Stakeholder, 'power' | 'interest'>,
  options?: PowerInterestOptions<L>,
): L | PowerInterestQuadrant {
  const g = gridSettings(options);
  const { power, interest } = checkScores(readStakeholder(stakeholder, ['stakeholder']), [
    'stakeholder',
  ]);
  return g.labels[quadrantOf(power, interest, g)] as L | PowerInterestQuadrant;
}
