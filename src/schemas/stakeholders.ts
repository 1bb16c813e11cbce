/**
 * zod schemas and parse functions for the stakeholder register.
 */
import * as z from 'zod/mini';
import { isIsoDate, toEpochDay } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { ENGAGEMENT_LEVELS, type Stakeholder } from '../stakeholders/stakeholder.js';
import {
  entity,
  idSchema,
  isoDateSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
} from './internal/common.js';

const score = z.number().check(
  z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' }),
  z.gte(1, 'expected a score from 1 to 5'),
  z.lte(5, 'expected a score from 1 to 5'),
);

const LAST_DAY = toEpochDay('9999-12-31');

const level = z.enum(
  ENGAGEMENT_LEVELS as unknown as ['unaware', 'resistant', 'neutral', 'supportive', 'leading'],
);

/**
 * One stakeholder: `id`, `name`, optional `organisation`, `power` and
 * `interest` (1–5), `legitimacy` and `urgency` (booleans), `engagement`
 * `{ current, desired }`, `communication` `{ channel, everyDays }`, optional
 * `lastContactedOn` (`YYYY-MM-DD`; the next contact, `lastContactedOn +
 * everyDays`, must fall on or before 9999-12-31) and `inviteToReviews`.
 * and `meta`. A key close to a known one is an issue; other unknown keys are
 * ignored.
 *
 * @example
 * z.safeParse(StakeholderSchema, { id: 'cfo' }).success; //=> false
 */
export const StakeholderSchema = entity({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  organisation: z.optional(z.string().check(z.minLength(1))),
  power: score,
  interest: score,
  legitimacy: z.boolean(),
  urgency: z.boolean(),
  engagement: part({ current: level, desired: level }),
  communication: part({
    channel: z.string().check(z.minLength(1)),
    everyDays: z.int().check(z.gte(1, 'expected a whole number of days >= 1')),
  }),
  lastContactedOn: z.optional(isoDateSchema),
  inviteToReviews: z.optional(z.boolean()),
}).check(
  // The next contact must be a date popm can name, or communicationsDue would reject the register.
  z.superRefine((st, ctx) => {
    if (st.lastContactedOn === undefined || !isIsoDate(st.lastContactedOn)) return;
    if (toEpochDay(st.lastContactedOn) + st.communication.everyDays > LAST_DAY)
      ctx.issues.push({
        code: 'custom',
        message: 'expected an interval whose next contact falls on or before 9999-12-31',
        path: ['communication', 'everyDays'],
        input: st.communication.everyDays,
      });
  }),
);

/**
 * A stakeholder register: an array of {@link StakeholderSchema} with unique ids.
 *
 * @example
 * z.safeParse(StakeholderRegisterSchema, []).success; //=> true
 */
export const StakeholderRegisterSchema = z.array(StakeholderSchema).check(
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.issues.push({
          code: 'custom',
          message: `expected a unique id, got ${JSON.stringify(s.id)} again`,
          path: [i, 'id'],
          input: s.id,
        });
      seen.add(s.id);
    });
  }),
);

// zod's optional keys are `T | undefined`; the schema never produces an explicit undefined.
function drop<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

const STAKEHOLDERS = {
  what: 'stakeholders',
  schema: StakeholderRegisterSchema,
  build: (list: unknown) =>
    deepFreeze((list as Record<string, unknown>[]).map((s) => drop(s) as unknown as Stakeholder)),
};

/**
 * Parses and validates a stakeholder register from JSON data.
 *
 * @param json - the parsed JSON (an array of stakeholders)
 * @returns the register, deep-frozen
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseStakeholders([
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 2, legitimacy: true, urgency: false,
 *     engagement: { current: 'neutral', desired: 'supportive' },
 *     communication: { channel: 'meeting', everyDays: 30 } },
 * ])[0].power; //=> 5
 */
export function parseStakeholders(json: unknown): readonly Stakeholder[] {
  return orThrow(safeParseStakeholders(json));
}

/**
 * Like {@link parseStakeholders}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON (an array of stakeholders)
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseStakeholders([{ id: 'x' }]).success; //=> false
 */
export function safeParseStakeholders(json: unknown): SafeParseResult<readonly Stakeholder[]> {
  return runParser<readonly Stakeholder[]>(STAKEHOLDERS, json);
}
