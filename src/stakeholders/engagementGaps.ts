import {
  checkEngagement,
  checkRegister,
  checkScores,
  metaOf,
  REGISTER_PATH,
} from './internal/check.js';
import { ENGAGEMENT_LEVELS, type EngagementLevel, type Stakeholder } from './stakeholder.js';

/** One stakeholder whose current engagement differs from the desired one. */
export interface EngagementGap {
  /** The stakeholder's id. */
  readonly id: string;
  /** The stakeholder's name. */
  readonly name: string;
  /** Current level ("C"). */
  readonly current: EngagementLevel;
  /** Desired level ("D"). */
  readonly desired: EngagementLevel;
  /** Steps from current to desired on the five-level scale: positive to raise, negative to lower. */
  readonly gap: number;
  /** `'raise'` when engagement must grow, `'lower'` when it should calm down. */
  readonly direction: 'raise' | 'lower';
  /** Power, 1–5. */
  readonly power: number;
  /** Interest, 1–5. */
  readonly interest: number;
  /** The stakeholder's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The gaps of the Stakeholder Engagement Assessment Matrix (PMBOK Guide):
 * every stakeholder whose current engagement ("C") is not the desired one
 * ("D"), largest gap first (in steps on unaware, resistant, neutral,
 * supportive, leading), then by power, interest and id. Aligned
 * stakeholders are left out; an empty array means none.
 *
 * @param register - the stakeholders (unique ids)
 * @returns the gaps, frozen
 * @throws PopmError `INVALID_ARGUMENT` for a malformed register or an unknown
 *   level, `DUPLICATE_ID` for a repeated id, `INVALID_NUMBER` / `OUT_OF_RANGE`
 *   for a bad score
 * @example
 * engagementGaps([
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 2, engagement: { current: 'neutral', desired: 'supportive' } },
 *   { id: 'ops', name: 'Operations', power: 3, interest: 5, engagement: { current: 'resistant', desired: 'supportive' } },
 * ]).map((g) => [g.id, g.gap]);
 * //=> [['ops', 2], ['cfo', 1]]
 */
export function engagementGaps(
  register: readonly (Pick<Stakeholder, 'id' | 'name' | 'power' | 'interest' | 'engagement'> &
    Partial<Pick<Stakeholder, 'meta'>>)[],
): readonly EngagementGap[] {
  const list = checkRegister(register);
  const gaps: EngagementGap[] = [];
  list.forEach((s, i) => {
    const { power, interest } = checkScores(s, REGISTER_PATH, i);
    const { current, desired } = checkEngagement(s, REGISTER_PATH, i);
    if (current === desired) return;
    const row: { -readonly [K in keyof EngagementGap]: EngagementGap[K] } = {
      id: s.id,
      name: s.name,
      current: ENGAGEMENT_LEVELS[current] as EngagementLevel,
      desired: ENGAGEMENT_LEVELS[desired] as EngagementLevel,
      gap: desired - current,
      direction: desired > current ? 'raise' : 'lower',
      power,
      interest,
    };
    const meta = metaOf(s, REGISTER_PATH, i);
    if (meta !== undefined) row.meta = meta as EngagementGap['meta'];
    gaps.push(row);
  });
  gaps.sort(
    (a, b) =>
      Math.abs(b.gap) - Math.abs(a.gap) ||
      b.power - a.power ||
      b.interest - a.interest ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Rows hold only primitives, so freezing each row freezes the result deeply.
  for (const g of gaps) Object.freeze(g);
  return Object.freeze(gaps);
}
