import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { checkBoolean, readStakeholder } from './internal/check.js';
import { DEFAULT_GRID_THRESHOLD } from './quadrants.js';
import type { Stakeholder } from './stakeholder.js';

/**
 * The eight classes of Mitchell, Agle and Wood's stakeholder salience model
 * (Academy of Management Review 22(4), 1997), by the attributes held:
 * - latent (one attribute): `dormant` (power), `discretionary` (legitimacy),
 *   `demanding` (urgency);
 * - expectant (two): `dominant` (power, legitimacy), `dangerous` (power,
 *   urgency), `dependent` (legitimacy, urgency);
 * - `definitive` (all three);
 * - `non-stakeholder` (none).
 */
export type SalienceClass =
  | 'dormant'
  | 'discretionary'
  | 'demanding'
  | 'dominant'
  | 'dangerous'
  | 'dependent'
  | 'definitive'
  | 'non-stakeholder';

/** The model's groups: by how many attributes a stakeholder holds. */
export type SalienceGroup = 'latent' | 'expectant' | 'definitive' | 'non-stakeholder';

/** One class of the salience model with its attributes. */
export interface SalienceClassInfo {
  /** The class. */
  readonly class: SalienceClass;
  /** Its group. */
  readonly group: SalienceGroup;
  /** Whether the class holds power. */
  readonly power: boolean;
  /** Whether the class holds legitimacy. */
  readonly legitimacy: boolean;
  /** Whether the class holds urgency. */
  readonly urgency: boolean;
}

/**
 * The eight classes, most salient first (definitive, then the expectant
 * three, then the latent three, then non-stakeholder).
 *
 * @example
 * SALIENCE_CLASSES.find((c) => c.class === 'dangerous');
 * //=> { class: 'dangerous', group: 'expectant', power: true, legitimacy: false, urgency: true }
 */
export const SALIENCE_CLASSES: readonly SalienceClassInfo[] = deepFreeze([
  { class: 'definitive', group: 'definitive', power: true, legitimacy: true, urgency: true },
  { class: 'dominant', group: 'expectant', power: true, legitimacy: true, urgency: false },
  { class: 'dangerous', group: 'expectant', power: true, legitimacy: false, urgency: true },
  { class: 'dependent', group: 'expectant', power: false, legitimacy: true, urgency: true },
  { class: 'dormant', group: 'latent', power: true, legitimacy: false, urgency: false },
  { class: 'discretionary', group: 'latent', power: false, legitimacy: true, urgency: false },
  { class: 'demanding', group: 'latent', power: false, legitimacy: false, urgency: true },
  {
    class: 'non-stakeholder',
    group: 'non-stakeholder',
    power: false,
    legitimacy: false,
    urgency: false,
  },
] satisfies SalienceClassInfo[]);

/** Options of {@link salience}. */
export interface SalienceOptions {
  /**
   * The lowest power score (1–5) that counts as holding the power attribute;
   * default 4, the same as the power/interest grid's default threshold.
   */
  readonly powerThreshold?: number | undefined;
}

/**
 * The stakeholder's class in Mitchell, Agle and Wood's salience model, from
 * the three attributes: power (the `power` score at or above the threshold,
 * default 4), `legitimacy` and `urgency`.
 *
 * @param stakeholder - the stakeholder (`power`, `legitimacy` and `urgency` are read)
 * @param options - the power threshold
 * @returns one of the eight classes
 * @throws PopmError `INVALID_NUMBER` / `OUT_OF_RANGE` for a power score outside
 *   1–5 or a threshold outside (1, 5]; `INVALID_ARGUMENT` when `legitimacy` or
 *   `urgency` is not a boolean
 * @example
 * salience({ power: 5, legitimacy: true, urgency: true }); //=> 'definitive'
 * salience({ power: 5, legitimacy: false, urgency: true }); //=> 'dangerous'
 * salience({ power: 2, legitimacy: true, urgency: false }); //=> 'discretionary'
 */
export function salience(
  stakeholder: Pick<Stakeholder, 'power' | 'legitimacy' | 'urgency'>,
  options?: SalienceOptions,
): SalienceClass {
  const o = readOptions(options, ['options'], ['powerThreshold']);
  const threshold =
    o.powerThreshold === undefined
      ? DEFAULT_GRID_THRESHOLD
      : requireNumber(o.powerThreshold, ['options', 'powerThreshold'], { minExclusive: 1, max: 5 });
  const rec = readStakeholder(stakeholder, ['stakeholder']);
  const power = requireNumber(rec.power, ['stakeholder', 'power'], { min: 1, max: 5 });
  const p = power >= threshold;
  const l = checkBoolean(rec.legitimacy, ['stakeholder', 'legitimacy']);
  const u = checkBoolean(rec.urgency, ['stakeholder', 'urgency']);
  return (
    SALIENCE_CLASSES.find(
      (c) => c.power === p && c.legitimacy === l && c.urgency === u,
    ) as SalienceClassInfo
  ).class;
}
