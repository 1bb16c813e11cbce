import type { PopmPath } from '../core/errors.js';
import { popmError } from '../core/errors.js';
import { isRecord, requireNumber, requireObject, requireString } from '../core/validate.js';
import { checkScores, type Stakeholder } from './stakeholder.js';

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

/** Options of {@link powerInterestQuadrant} and {@link stakeholderMap}. */
export interface PowerInterestOptions<L extends string = PowerInterestQuadrant> {
  /**
   * The lowest score that counts as high, for power and interest alike;
   * default {@link DEFAULT_GRID_THRESHOLD} (4), so 4 and 5 are high and the
   * midpoint 3 is low. Must be in (1, 5].
   */
  readonly threshold?: number;
  /** Overrides `threshold` for power. */
  readonly powerThreshold?: number;
  /** Overrides `threshold` for interest. */
  readonly interestThreshold?: number;
  /**
   * Your names for the quadrants, e.g. `{ 'manage-closely': 'Key players' }`;
   * non-empty, and no two quadrants may end up with the same label.
   */
  readonly labels?: Readonly<Partial<Record<PowerInterestQuadrant, L>>>;
}

/** @internal Resolved grid thresholds and labels. */
export interface GridSettings {
  readonly power: number;
  readonly interest: number;
  readonly labels: Readonly<Record<PowerInterestQuadrant, string>>;
}

/** @internal Validates grid options. */
export function gridSettings(options: unknown, path: PopmPath = ['options']): GridSettings {
  const o = requireObject(options, path);
  const bound = { minExclusive: 1, max: 5 };
  const base =
    o.threshold === undefined
      ? DEFAULT_GRID_THRESHOLD
      : requireNumber(o.threshold, [...path, 'threshold'], bound);
  const power =
    o.powerThreshold === undefined
      ? base
      : requireNumber(o.powerThreshold, [...path, 'powerThreshold'], bound);
  const interest =
    o.interestThreshold === undefined
      ? base
      : requireNumber(o.interestThreshold, [...path, 'interestThreshold'], bound);
  const labels: Record<PowerInterestQuadrant, string> = {
    'manage-closely': 'manage-closely',
    'keep-satisfied': 'keep-satisfied',
    'keep-informed': 'keep-informed',
    monitor: 'monitor',
  };
  if (o.labels !== undefined) {
    if (!isRecord(o.labels))
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, 'labels'],
        'an object of quadrant labels',
        o.labels,
      );
    for (const key of Object.keys(o.labels)) {
      if (!(POWER_INTEREST_QUADRANTS as readonly string[]).includes(key))
        throw popmError('INVALID_ARGUMENT', [...path, 'labels', key], 'a quadrant name', key);
      labels[key as PowerInterestQuadrant] = requireString(o.labels[key], [...path, 'labels', key]);
    }
    // Two quadrants under one label would make a returned label ambiguous.
    for (const key of Object.keys(o.labels)) {
      const label = labels[key as PowerInterestQuadrant];
      const other = POWER_INTEREST_QUADRANTS.find((q) => q !== key && labels[q] === label);
      if (other !== undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          [...path, 'labels', key],
          `a label no other quadrant uses ('${other}' is also labelled ${JSON.stringify(label)})`,
          label,
        );
    }
  }
  return { power, interest, labels };
}

/** @internal The quadrant for checked scores. */
export function quadrantOf(
  power: number,
  interest: number,
  g: GridSettings,
): PowerInterestQuadrant {
  const hp = power >= g.power;
  const hi = interest >= g.interest;
  return hp ? (hi ? 'manage-closely' : 'keep-satisfied') : hi ? 'keep-informed' : 'monitor';
}

/**
 * Places a stakeholder on Mendelow's power/interest grid. Power and interest
 * are scores from 1 to 5; a score counts as high when it is at least the
 * threshold (default 4).
 *
 * @param s - the stakeholder (only `power` and `interest` are read)
 * @param options - threshold(s) and, optionally, your labels for the quadrants
 * @returns the quadrant, or your label for it
 * @throws PopmError `INVALID_NUMBER` / `OUT_OF_RANGE` for a score outside 1–5
 *   or a threshold outside (1, 5]; `INVALID_ARGUMENT` for a stakeholder that is
 *   not an object, an unknown label key, an empty label, or a label that two
 *   quadrants would share
 * @example
 * powerInterestQuadrant({ power: 5, interest: 4 }); //=> 'manage-closely'
 * powerInterestQuadrant({ power: 5, interest: 2 }); //=> 'keep-satisfied'
 * powerInterestQuadrant({ power: 3, interest: 3 }, { threshold: 3 }); //=> 'manage-closely'
 * powerInterestQuadrant({ power: 1, interest: 5 }, { labels: { 'keep-informed': 'Show consideration' } });
 * //=> 'Show consideration'
 */
export function powerInterestQuadrant<L extends string = PowerInterestQuadrant>(
  s: Pick<Stakeholder, 'power' | 'interest'>,
  options: PowerInterestOptions<L> = {},
): L | PowerInterestQuadrant {
  const g = gridSettings(options);
  const { power, interest } = checkScores(s, ['stakeholder']);
  return g.labels[quadrantOf(power, interest, g)] as L | PowerInterestQuadrant;
}
