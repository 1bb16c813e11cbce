import { checkRegister, checkScores, metaOf, REGISTER_PATH } from './internal/check.js';
import { type GridSettings, gridSettings, quadrantOf } from './internal/grid.js';
import type { PowerInterestOptions } from './powerInterestQuadrant.js';
import { POWER_INTEREST_QUADRANTS, type PowerInterestQuadrant } from './quadrants.js';
import type { Stakeholder } from './stakeholder.js';

/** A stakeholder as placed on the grid. */
export interface StakeholderMapEntry {
  /** The stakeholder's id. */
  readonly id: string;
  /** The stakeholder's name. */
  readonly name: string;
  /** Power, 1–5. */
  readonly power: number;
  /** Interest, 1–5. */
  readonly interest: number;
  /** The stakeholder's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** One cell of the 2×2 grid. */
export interface StakeholderMapCell {
  /** The quadrant. */
  readonly quadrant: PowerInterestQuadrant;
  /** Its label (your label when given, else the quadrant id). */
  readonly label: string;
  /** Grid row: `0` is the high-power row (top), `1` the low-power row. */
  readonly row: 0 | 1;
  /** Grid column: `0` is the low-interest column (left), `1` the high-interest column. */
  readonly column: 0 | 1;
  /** The stakeholders in it: power, then interest descending, then id. */
  readonly stakeholders: readonly StakeholderMapEntry[];
}

/** The result of {@link stakeholderMap}. */
export interface StakeholderMap {
  /** The lowest power score that counted as high. */
  readonly powerThreshold: number;
  /** The lowest interest score that counted as high. */
  readonly interestThreshold: number;
  /** The four cells in quadrant order: manage-closely, keep-satisfied, keep-informed, monitor. */
  readonly quadrants: readonly StakeholderMapCell[];
  /**
   * Stakeholder id to its quadrant. Keys are inserted in register order, but
   * JavaScript lists integer-like keys (`'7'`) first: iterate the register,
   * not this object, when order matters.
   */
  readonly byId: Readonly<Record<string, PowerInterestQuadrant>>;
}

const POSITION: Readonly<Record<PowerInterestQuadrant, { row: 0 | 1; column: 0 | 1 }>> = {
  'manage-closely': { row: 0, column: 1 },
  'keep-satisfied': { row: 0, column: 0 },
  'keep-informed': { row: 1, column: 1 },
  monitor: { row: 1, column: 0 },
};

/**
 * Groups a stakeholder register into Mendelow's four quadrants for a
 * dashboard grid: power on the vertical axis (high at the top), interest on
 * the horizontal axis (high on the right). Every quadrant is present, even
 * when empty.
 *
 * @param register - the stakeholders (unique ids)
 * @param options - threshold(s) and labels, as for {@link powerInterestQuadrant}
 * @returns the four cells with their stakeholders, and each id's quadrant, frozen
 * @throws PopmError `INVALID_ARGUMENT` for a malformed register or labels (as
 *   {@link powerInterestQuadrant}), `DUPLICATE_ID` for a repeated id,
 *   `INVALID_NUMBER` / `OUT_OF_RANGE` for a bad score or threshold
 * @example
 * const map = stakeholderMap([
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
 *   { id: 'ops', name: 'Operations', power: 4, interest: 5 },
 * ]);
 * map.byId; //=> { cfo: 'keep-satisfied', ops: 'manage-closely' }
 * map.quadrants[0].stakeholders.map((s) => s.id); //=> ['ops']
 */
export function stakeholderMap<L extends string = PowerInterestQuadrant>(
  register: readonly (Pick<Stakeholder, 'id' | 'name' | 'power' | 'interest'> &
    Partial<Pick<Stakeholder, 'meta'>>)[],
  options?: PowerInterestOptions<L>,
): StakeholderMap {
  const g: GridSettings = gridSettings(options);
  const list = checkRegister(register);
  const cells = new Map<PowerInterestQuadrant, StakeholderMapEntry[]>(
    POWER_INTEREST_QUADRANTS.map((q) => [q, []]),
  );
  const byId: [string, PowerInterestQuadrant][] = [];
  list.forEach((s, i) => {
    const { power, interest } = checkScores(s, REGISTER_PATH, i);
    const q = quadrantOf(power, interest, g);
    byId.push([s.id, q]);
    // Entries hold primitives and a frozen meta, so freezing each one freezes it deeply.
    const entry: { -readonly [K in keyof StakeholderMapEntry]: StakeholderMapEntry[K] } = {
      id: s.id,
      name: s.name,
      power,
      interest,
    };
    const meta = metaOf(s, REGISTER_PATH, i);
    if (meta !== undefined) entry.meta = meta as StakeholderMapEntry['meta'];
    (cells.get(q) as StakeholderMapEntry[]).push(Object.freeze(entry));
  });
  const quadrants = POWER_INTEREST_QUADRANTS.map((quadrant) => {
    const stakeholders = (cells.get(quadrant) as StakeholderMapEntry[]).sort(
      (a, b) =>
        b.power - a.power || b.interest - a.interest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return Object.freeze({
      quadrant,
      label: g.labels[quadrant],
      ...POSITION[quadrant],
      stakeholders: Object.freeze(stakeholders),
    });
  });
  // Frozen level by level: a generic deep freeze would walk 10,000 entries again.
  return Object.freeze({
    powerThreshold: g.power,
    interestThreshold: g.interest,
    quadrants: Object.freeze(quadrants),
    byId: Object.freeze(Object.fromEntries(byId)),
  });
}
