import fc from 'fast-check';
import {
  ENGAGEMENT_LEVELS,
  type EngagementLevel,
  type Stakeholder,
} from '../../src/stakeholders/stakeholder.js';

/** Builds a full stakeholder with sensible defaults. */
export function sh(id: string, over: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id,
    name: id.toUpperCase(),
    power: 3,
    interest: 3,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'neutral', desired: 'neutral' },
    communication: { channel: 'email', everyDays: 14 },
    ...over,
  };
}

/** A customer-portal register. */
export const REGISTER: readonly Stakeholder[] = [
  sh('cfo', {
    name: 'Chief Financial Officer',
    power: 5,
    interest: 2,
    urgency: false,
    engagement: { current: 'neutral', desired: 'supportive' },
    communication: { channel: 'meeting', everyDays: 30 },
    lastContactedOn: '2026-01-01',
  }),
  sh('ops', {
    name: 'Head of Operations',
    power: 4,
    interest: 5,
    urgency: true,
    engagement: { current: 'resistant', desired: 'leading' },
    communication: { channel: 'meeting', everyDays: 7 },
    lastContactedOn: '2026-01-28',
  }),
  sh('users', {
    name: 'User panel',
    power: 2,
    interest: 5,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'supportive', desired: 'supportive' },
    communication: { channel: 'newsletter', everyDays: 14 },
  }),
  sh('it', {
    name: 'IT security',
    power: 4,
    interest: 3,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'unaware', desired: 'neutral' },
    lastContactedOn: '2026-01-20',
  }),
  sh('press', {
    name: 'Trade press',
    power: 1,
    interest: 2,
    legitimacy: false,
    urgency: false,
    engagement: { current: 'unaware', desired: 'unaware' },
    communication: { channel: 'press release', everyDays: 90 },
    lastContactedOn: '2025-12-01',
  }),
  sh('sales', {
    name: 'Sales director',
    power: 4,
    interest: 4,
    urgency: false,
    engagement: { current: 'leading', desired: 'supportive' },
    lastContactedOn: '2026-02-01',
    inviteToReviews: false,
  }),
  sh('legal', {
    name: 'Legal',
    power: 2,
    interest: 2,
    legitimacy: true,
    urgency: false,
    inviteToReviews: true,
    lastContactedOn: '2026-02-04',
  }),
];

const level = fc.constantFrom<EngagementLevel>(...ENGAGEMENT_LEVELS);

/** Arbitrary valid stakeholder with a given id. */
export const stakeholderArb = (id: string): fc.Arbitrary<Stakeholder> =>
  fc
    .record({
      power: fc.integer({ min: 1, max: 5 }),
      interest: fc.integer({ min: 1, max: 5 }),
      legitimacy: fc.boolean(),
      urgency: fc.boolean(),
      current: level,
      desired: level,
      everyDays: fc.integer({ min: 1, max: 60 }),
      last: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      invite: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const s: Stakeholder = {
        id,
        name: `Name ${id}`,
        power: r.power,
        interest: r.interest,
        legitimacy: r.legitimacy,
        urgency: r.urgency,
        engagement: { current: r.current, desired: r.desired },
        communication: { channel: 'email', everyDays: r.everyDays },
      };
      const withLast =
        r.last === undefined ? s : { ...s, lastContactedOn: dayBefore('2026-06-30', r.last) };
      return r.invite === undefined ? withLast : { ...withLast, inviteToReviews: r.invite };
    });

/** Arbitrary register of up to 12 stakeholders with unique ids. */
export const registerArb: fc.Arbitrary<Stakeholder[]> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stakeholderArb(`s${i}`))))
  .map((t) => [...t]);

function dayBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
