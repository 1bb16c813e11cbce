/**
 * @internal The work item's schema parts shared by `popm/schemas`' progress
 * and Project documents: its fields, its date rules and the state
 * transition, with the small issue helpers they use.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../../core/dates.js';
import { idSchema, isoDateSchema, part } from './common.js';

/** @internal A non-empty name. */
export const name = z.string().check(z.minLength(1, 'expected a non-empty string'));

/** @internal A custom issue at `path`. */
export function issue(path: readonly (string | number)[], message: string, input: unknown) {
  return { code: 'custom' as const, message, path: [...path], input };
}

/** @internal Dates a and b both valid and b before a. */
export function before(a: unknown, b: unknown): boolean {
  return isIsoDate(a) && isIsoDate(b) && b < a;
}

/**
 * A workflow state change `{ state, on }`.
 *
 * @example
 * z.safeParse(StateTransitionSchema, { state: 'Done', on: '2026-03-03' }).success; //=> true
 */
export const StateTransitionSchema = part({ state: name, on: isoDateSchema });

/** @internal The fields of a work item (the Project's work items add to them). */
export const workItemShape = {
  id: idSchema,
  createdOn: isoDateSchema,
  startedOn: z.optional(isoDateSchema),
  finishedOn: z.optional(isoDateSchema),
  type: z.optional(name),
  assignee: z.optional(idSchema),
  transitions: z.optional(z.array(StateTransitionSchema)),
};

type WorkItemDates = {
  createdOn: string;
  startedOn?: string | undefined;
  finishedOn?: string | undefined;
  transitions?: readonly { on: string }[] | undefined;
};

/** @internal The date rules of a work item. */
export const workItemRules = z.superRefine((w: WorkItemDates, ctx) => {
  if (before(w.createdOn, w.startedOn))
    ctx.issues.push(
      issue(
        ['startedOn'],
        `expected a date on or after createdOn ${w.createdOn}, got ${w.startedOn}`,
        w.startedOn,
      ),
    );
  if (before(w.startedOn, w.finishedOn))
    ctx.issues.push(
      issue(
        ['finishedOn'],
        `expected a date on or after startedOn ${w.startedOn}, got ${w.finishedOn}`,
        w.finishedOn,
      ),
    );
  else if (before(w.createdOn, w.finishedOn))
    ctx.issues.push(
      issue(
        ['finishedOn'],
        `expected a date on or after createdOn ${w.createdOn}, got ${w.finishedOn}`,
        w.finishedOn,
      ),
    );
  (w.transitions ?? []).forEach((t, i) => {
    if (before(w.createdOn, t.on))
      ctx.issues.push(
        issue(
          ['transitions', i, 'on'],
          `expected a date on or after createdOn ${w.createdOn}, got ${t.on}`,
          t.on,
        ),
      );
  });
});
