import { castDraft, produce } from 'immer';
import { assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Numeric } from '../core/numbers.js';
import {
  indexById,
  requireArray,
  requireNumber,
  requireObject,
  requireOneOf,
  requireString,
} from '../core/validate.js';
import { checkRisk, copyData, FRAMEWORKS, isActive } from './check.js';
import { checkMatrix, defaultMatrix, type RiskMatrix } from './matrix.js';
import type { Risk, RiskFramework } from './types.js';

/**
 * A risk register: every risk ever raised (closed ones stay, as history), the
 * matrix that scores them, and optionally the framework whose response
 * strategies it accepts.
 */
export interface RiskRegister {
  /** Every risk, in the order raised; ids are unique. */
  readonly risks: readonly Risk[];
  /** The probability–impact matrix the register scores on. */
  readonly matrix: RiskMatrix;
  /** `'PMI'` or `'PRINCE2'`: only that framework's strategies are accepted; both when left out. */
  readonly framework?: RiskFramework;
}

/** Options of {@link createRiskRegister}. */
export interface RiskRegisterOptions {
  /** The matrix (default {@link defaultMatrix}). */
  readonly matrix?: RiskMatrix;
  /** Restrict response strategies to one framework. */
  readonly framework?: RiskFramework;
}

/**
 * Changes for {@link updateRisk}: any field but `id`; `null` removes an
 * optional field (e.g. `{ reviewBy: null }`).
 */
export type RiskPatch = { readonly [K in Exclude<keyof Risk, 'id'>]?: Risk[K] | null };

/** Details for {@link closeRisk}. */
export interface CloseRiskInput {
  /** The closing date (not before `raisedOn`). */
  readonly on: IsoDate;
  /** Why it is closed, e.g. `'passed its proximity'`. */
  readonly reason: string;
}

/** Details for {@link escalateRisk}. */
export interface EscalateRiskInput {
  /** The escalation date (not before `raisedOn`). */
  readonly on: IsoDate;
  /** Who now owns it, e.g. `'programme board'`. */
  readonly to: string;
}

/** Details for {@link recordOccurrence}. */
export interface RecordOccurrenceInput {
  /** When it occurred (not before `raisedOn`). */
  readonly on: IsoDate;
  /** What it actually cost (threat) or earned (opportunity), a magnitude `>= 0`. */
  readonly actualCost?: Numeric;
  /** The schedule days it actually moved, `>= 0`. */
  readonly actualScheduleDays?: number;
}

// Registers built here are valid and frozen; others are checked on every use.
const VALID = new WeakSet<object>();

function seal(register: RiskRegister): RiskRegister {
  deepFreeze(register);
  VALID.add(register);
  return register;
}

/**
 * @internal Validates a register that may come from JSON or be hand-built.
 */
export function checkRegister(register: unknown, path: PopmPath = ['register']): RiskRegister {
  if (typeof register === 'object' && register !== null && VALID.has(register))
    return register as RiskRegister;
  const rec = requireObject(register, path, 'a risk register');
  const matrix =
    rec.matrix === undefined ? defaultMatrix : checkMatrix(rec.matrix, [...path, 'matrix']);
  const framework =
    rec.framework === undefined
      ? undefined
      : requireOneOf(rec.framework, FRAMEWORKS, [...path, 'framework']);
  const risks = requireArray(rec.risks, [...path, 'risks']);
  indexById(risks, [...path, 'risks']);
  risks.forEach((r, i) => {
    checkRisk(r, [...path, 'risks', i], matrix, framework);
  });
  // Later steps read `matrix`: hand them the validated one (the default when left out).
  // The risks are copied: results share (and freeze) them, and the caller's
  // objects must stay as they were.
  const out: { risks: readonly Risk[]; matrix: RiskMatrix; framework?: RiskFramework } = {
    risks: risks.map((r) => copyData(r as Risk)),
    matrix,
  };
  if (framework !== undefined) out.framework = framework;
  return out;
}

/**
 * Builds a validated, frozen risk register from a plain array of risks. The
 * risks are copied (the caller's objects are never frozen or changed).
 *
 * @param risks - the risks, ids unique
 * @param options - `matrix` (default {@link defaultMatrix}) and `framework`
 * @returns the register
 * @throws PopmError `DUPLICATE_ID` for a repeated id; `OUT_OF_RANGE` for a
 *   probability outside 0..1, an impact level outside 1..size, a negative
 *   cost or a three-point estimate out of order; `INVALID_ARGUMENT` for a
 *   strategy not valid for the kind (e.g. a threat to "exploit") or the
 *   framework, a missing id or title, an unknown kind or status;
 *   `INVALID_DATE` for a bad date; `INVALID_NUMBER` for a bad amount
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.3, impact: 4 },
 * ]);
 * register.risks.length; //=> 1
 * register.matrix === defaultMatrix; //=> true
 */
export function createRiskRegister(
  risks: readonly Risk[],
  options: RiskRegisterOptions = {},
): RiskRegister {
  const opts = requireObject(options, ['options']);
  const matrix =
    opts.matrix === undefined ? defaultMatrix : checkMatrix(opts.matrix, ['options', 'matrix']);
  const framework =
    opts.framework === undefined
      ? undefined
      : requireOneOf(opts.framework, FRAMEWORKS, ['options', 'framework']);
  const list = requireArray(risks, ['risks']);
  indexById(list, ['risks']);
  const copies = list.map((r, i) => copyData(checkRisk(r, ['risks', i], matrix, framework)));
  const register: { risks: readonly Risk[]; matrix: RiskMatrix; framework?: RiskFramework } = {
    risks: copies,
    matrix,
  };
  if (framework !== undefined) register.framework = framework;
  return seal(register);
}

function findIndex(register: RiskRegister, id: unknown): number {
  const key = requireString(id, ['id'], 'a risk id');
  const i = register.risks.findIndex((r) => r.id === key);
  if (i < 0) throw popmError('NOT_FOUND', ['id'], 'the id of a risk in the register', id);
  return i;
}

// immer freezes what it drafts but not class instances such as Decimal, and
// deepFreeze stops at a frozen root, so new risks are frozen before they go in.
function replaceAt(register: RiskRegister, index: number, risk: Risk): RiskRegister {
  deepFreeze(risk);
  return seal(
    produce(register, (draft) => {
      draft.risks[index] = castDraft(risk);
    }),
  );
}

function checkEventDate(on: unknown, risk: Risk): IsoDate {
  const date = assertIsoDate(on, ['input', 'on']);
  if (risk.raisedOn !== undefined && compareDates(date, risk.raisedOn) < 0)
    throw popmError(
      'INVALID_DATE',
      ['input', 'on'],
      `a date on or after raisedOn (${risk.raisedOn})`,
      on,
    );
  return date;
}

/**
 * Adds a risk at the end of the register.
 *
 * @param register - the register
 * @param risk - the new risk
 * @returns a new register (the old one is unchanged; existing risks are shared)
 * @throws PopmError `DUPLICATE_ID` when the id is taken; any rule of
 *   {@link createRiskRegister} at `['risk', …]`
 * @example
 * const r = addRisk(createRiskRegister([]), { id: 'R1', title: 'Key person leaves', kind: 'threat' });
 * r.risks.map((x) => x.id); //=> ['R1']
 */
export function addRisk(register: RiskRegister, risk: Risk): RiskRegister {
  const reg = checkRegister(register);
  const valid = checkRisk(risk, ['risk'], reg.matrix, reg.framework);
  if (reg.risks.some((r) => r.id === valid.id))
    throw popmError('DUPLICATE_ID', ['risk', 'id'], 'a unique id', valid.id);
  const copy = deepFreeze(copyData(valid));
  return seal(
    produce(reg, (draft) => {
      draft.risks.push(castDraft(copy));
    }),
  );
}

/**
 * Changes fields of one risk; `null` removes an optional field. The merged
 * risk is validated as a whole.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param patch - the fields to set (not `id`)
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` for a
 *   patch that changes `id`; any rule of {@link createRiskRegister} at `['patch', …]`
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Key person leaves', kind: 'threat' }]);
 * const r1 = updateRisk(r0, 'R1', { probability: 0.2, owner: 'PM' });
 * r1.risks[0].probability; //=> 0.2
 * r0.risks[0].probability; //=> undefined
 * updateRisk(r1, 'R1', { owner: null }).risks[0].owner; //=> undefined
 */
export function updateRisk(register: RiskRegister, id: string, patch: RiskPatch): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const changes = requireObject(patch, ['patch']);
  if (changes.id !== undefined && changes.id !== id)
    throw popmError('INVALID_ARGUMENT', ['patch', 'id'], `the same id (${id}) or none`, changes.id);
  const merged: Record<string, unknown> = { ...(reg.risks[index] as Risk) };
  for (const [key, value] of Object.entries(copyData(changes))) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return replaceAt(reg, index, checkRisk(merged, ['patch'], reg.matrix, reg.framework));
}

/**
 * Closes a risk: it leaves exposure, heat maps and reviews, and stays in the
 * register as history with `closedOn` and `closureReason`.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `on` (date) and `reason`
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   already closed or `reason` is empty; `INVALID_DATE` for a bad date or one before `raisedOn`
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Key person leaves', kind: 'threat' }]);
 * const r1 = closeRisk(r0, 'R1', { on: '2026-03-01', reason: 'contract signed' });
 * r1.risks[0].status; //=> 'closed'
 */
export function closeRisk(register: RiskRegister, id: string, input: CloseRiskInput): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const risk = reg.risks[index] as Risk;
  const rec = requireObject(input, ['input']);
  if (risk.status === 'closed')
    throw popmError('INVALID_ARGUMENT', ['id'], 'a risk that is not closed', id);
  const on = checkEventDate(rec.on, risk);
  const reason = requireString(rec.reason, ['input', 'reason']);
  return replaceAt(reg, index, { ...risk, status: 'closed', closedOn: on, closureReason: reason });
}

/**
 * Escalates an active risk to someone above the project (PMBOK's
 * "escalate"); it then leaves the project's exposure.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `on` (date) and `to` (the new owner)
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   not open or monitoring, or `to` is empty; `INVALID_DATE` for a bad date
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Regulation changes', kind: 'threat' }]);
 * const r1 = escalateRisk(r0, 'R1', { on: '2026-03-01', to: 'programme board' });
 * r1.risks[0].escalatedTo; //=> 'programme board'
 */
export function escalateRisk(
  register: RiskRegister,
  id: string,
  input: EscalateRiskInput,
): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const risk = reg.risks[index] as Risk;
  const rec = requireObject(input, ['input']);
  if (!isActive(risk))
    throw popmError('INVALID_ARGUMENT', ['id'], 'an open or monitoring risk', id, {
      status: risk.status,
    });
  const on = checkEventDate(rec.on, risk);
  const to = requireString(rec.to, ['input', 'to']);
  return replaceAt(reg, index, { ...risk, status: 'escalated', escalatedOn: on, escalatedTo: to });
}

/**
 * Records that a risk occurred (it has become an issue), with what it
 * actually cost and how many days it moved.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `on`, optional `actualCost` and `actualScheduleDays`
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   closed or already occurred; `INVALID_DATE` for a bad date; `OUT_OF_RANGE`
 *   for a negative actual cost or days; `INVALID_NUMBER` for a bad amount
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Storm', kind: 'threat', probability: 0.25, costImpact: 80000 }]);
 * const r1 = recordOccurrence(r0, 'R1', { on: '2026-02-10', actualCost: 65000 });
 * r1.risks[0].status; //=> 'occurred'
 */
export function recordOccurrence(
  register: RiskRegister,
  id: string,
  input: RecordOccurrenceInput,
): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const risk = reg.risks[index] as Risk;
  const rec = requireObject(input, ['input']);
  if (risk.status === 'closed' || risk.status === 'occurred')
    throw popmError('INVALID_ARGUMENT', ['id'], 'a risk that is not closed or occurred', id, {
      status: risk.status,
    });
  const on = checkEventDate(rec.on, risk);
  const next: { -readonly [K in keyof Risk]: Risk[K] } = {
    ...risk,
    status: 'occurred',
    occurredOn: on,
  };
  if (rec.actualCost !== undefined) next.actualCost = copyData(rec.actualCost as Numeric);
  if (rec.actualScheduleDays !== undefined)
    next.actualScheduleDays = requireNumber(
      rec.actualScheduleDays,
      ['input', 'actualScheduleDays'],
      {
        min: 0,
      },
    );
  checkRisk(next, ['input'], reg.matrix, reg.framework);
  return replaceAt(reg, index, next);
}
