import { castDraft, produce } from 'immer';
import { assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireNumber, requireString } from '../core/internal/validate.js';
import type { Numeric } from '../core/numbers.js';
import { isActive, RISK_KEYS, readRisk } from './internal/check.js';
import {
  buildRegister,
  checkRegister,
  readFramework,
  readMatrix,
  readRisks,
  seal,
} from './internal/readRegister.js';
import type { RiskMatrix } from './matrix.js';
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
  readonly framework?: RiskFramework | undefined;
}

/** Options of {@link createRiskRegister}. */
export interface RiskRegisterOptions {
  /** The matrix (default {@link defaultMatrix}). */
  readonly matrix?: RiskMatrix | undefined;
  /** Restrict response strategies to one framework. */
  readonly framework?: RiskFramework | undefined;
}

/**
 * Changes for {@link updateRisk}: any field but `id`; `null` removes an
 * optional field (e.g. `{ reviewBy: null }`).
 */
export type RiskPatch = {
  readonly [K in Exclude<keyof Risk, 'id'>]?: Risk[K] | null | undefined;
};

/** Details for {@link closeRisk}. */
export interface CloseRiskInput {
  /** The closing date (not before `raisedOn`). */
  readonly date: IsoDate;
  /** Why it is closed, e.g. `'passed its proximity'`. */
  readonly reason: string;
}

/** Details for {@link escalateRisk}. */
export interface EscalateRiskInput {
  /** The escalation date (not before `raisedOn`). */
  readonly date: IsoDate;
  /** Who now owns it, e.g. `'programme board'`. */
  readonly to: string;
}

/** Details for {@link recordOccurrence}. */
export interface RecordOccurrenceInput {
  /** When it occurred (not before `raisedOn`). */
  readonly date: IsoDate;
  /** What it actually cost (threat) or earned (opportunity), a magnitude `>= 0`. */
  readonly actualCost?: Numeric | undefined;
  /** The schedule days it actually moved, `>= 0`. */
  readonly actualScheduleDays?: number | undefined;
}

/**
 * Builds a validated, frozen risk register from a plain array of risks. Each
 * risk is read into a fresh object holding its known keys only: a key close
 * to a known one (`probabilty`) is an error naming the right one, any other
 * unknown key is ignored, `meta` (your own JSON data) is carried through
 * deep-copied, and nothing of the input's prototype or getters survives. The
 * caller's objects are never frozen or changed.
 *
 * @param risks - the risks, ids unique
 * @param options - `matrix` (default {@link defaultMatrix}) and `framework`
 * @returns the register
 * @throws PopmError `DUPLICATE_ID` for a repeated id; `OUT_OF_RANGE` for a
 *   probability outside 0..1, an impact level outside 1..size, a negative
 *   cost or a three-point estimate out of order; `INVALID_ARGUMENT` for a
 *   strategy not valid for the kind (e.g. a threat to "exploit") or the
 *   framework, a missing id or title, an unknown kind or status, a
 *   misspelled key (`risks[0].probabilty: unknown key; did you mean
 *   'probability'?`), an unknown option, a `meta` that is not JSON or has a
 *   cycle, or an input whose getters throw; `INVALID_DATE` for a bad date;
 *   `INVALID_NUMBER` for a bad amount
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.3, impact: 4, meta: { jira: 'OPS-7' } },
 * ]);
 * register.risks.length; //=> 1
 * register.risks[0].meta; //=> { jira: 'OPS-7' }
 * register.matrix === defaultMatrix; //=> true
 */
export function createRiskRegister(
  risks: readonly Risk[],
  options?: RiskRegisterOptions,
): RiskRegister {
  const opts = readOptions(options, ['options'], ['matrix', 'framework']);
  const matrix = readMatrix(opts.matrix, ['options', 'matrix']);
  const framework = readFramework(opts.framework, ['options', 'framework']);
  return buildRegister(readRisks(risks, ['risks'], matrix, framework), matrix, framework);
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

function checkEventDate(date: unknown, risk: Risk): IsoDate {
  const day = assertIsoDate(date, ['input', 'date']);
  if (risk.raisedOn !== undefined && compareDates(day, risk.raisedOn) < 0)
    throw popmError(
      'INVALID_DATE',
      ['input', 'date'],
      `a date on or after raisedOn (${risk.raisedOn})`,
      date,
    );
  return day;
}

/**
 * Adds a risk at the end of the register. The risk is read as
 * {@link createRiskRegister} reads one: a fresh copy of its known keys.
 *
 * @param register - the register (popm's own, or a hand-built one, which is validated)
 * @param risk - the new risk
 * @returns a new register (the old one is unchanged; existing risks are shared)
 * @throws PopmError `DUPLICATE_ID` when the id is taken; any rule of
 *   {@link createRiskRegister} at `['risk', …]`, or at `['register', …]` for a
 *   hand-built register
 * @example
 * const r = addRisk(createRiskRegister([]), { id: 'R1', title: 'Key person leaves', kind: 'threat' });
 * r.risks.map((x) => x.id); //=> ['R1']
 */
export function addRisk(register: RiskRegister, risk: Risk): RiskRegister {
  const reg = checkRegister(register);
  const copy = deepFreeze(readRisk(risk, ['risk'], reg.matrix, reg.framework));
  if (reg.risks.some((r) => r.id === copy.id))
    throw popmError('DUPLICATE_ID', ['risk', 'id'], 'a unique id', copy.id, { id: copy.id });
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
 *   patch that changes `id`, removes a required field or has a misspelled key
 *   (`probabilty`: did you mean 'probability'?); any rule of
 *   {@link createRiskRegister} at `['patch', …]`
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
  const changes = readEntity(patch, ['patch'], RISK_KEYS, 'a patch object');
  if (changes.id !== undefined && changes.id !== id)
    throw popmError('INVALID_ARGUMENT', ['patch', 'id'], `the same id (${id}) or none`, changes.id);
  const merged: Record<string, unknown> = { ...(reg.risks[index] as Risk) };
  for (const key of Object.keys(changes) as (typeof RISK_KEYS)[number][]) {
    const value = changes[key];
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return replaceAt(reg, index, readRisk(merged, ['patch'], reg.matrix, reg.framework));
}

/**
 * Closes a risk: it leaves exposure, heat maps and reviews, and stays in the
 * register as history with `closedOn` and `closureReason`.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `date` (of the closing) and `reason`
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   already closed or `reason` is empty; `INVALID_DATE` for a bad date or one before `raisedOn`
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Key person leaves', kind: 'threat' }]);
 * const r1 = closeRisk(r0, 'R1', { date: '2026-03-01', reason: 'contract signed' });
 * r1.risks[0].status; //=> 'closed'
 * r1.risks[0].closedOn; //=> '2026-03-01'
 */
export function closeRisk(register: RiskRegister, id: string, input: CloseRiskInput): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const risk = reg.risks[index] as Risk;
  const rec = readEntity(input, ['input'], ['date', 'reason'], 'an object { date, reason }');
  if (risk.status === 'closed')
    throw popmError('INVALID_ARGUMENT', ['id'], 'a risk that is not closed', id);
  const on = checkEventDate(rec.date, risk);
  const reason = requireString(rec.reason, ['input', 'reason']);
  return replaceAt(reg, index, { ...risk, status: 'closed', closedOn: on, closureReason: reason });
}

/**
 * Escalates an active risk to someone above the project (PMBOK's
 * "escalate"); it then leaves the project's exposure.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `date` (of the escalation) and `to` (the new owner)
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   not open or monitoring, or `to` is empty; `INVALID_DATE` for a bad date
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Regulation changes', kind: 'threat' }]);
 * const r1 = escalateRisk(r0, 'R1', { date: '2026-03-01', to: 'programme board' });
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
  const rec = readEntity(input, ['input'], ['date', 'to'], 'an object { date, to }');
  if (!isActive(risk))
    throw popmError('INVALID_ARGUMENT', ['id'], 'an open or monitoring risk', id, {
      status: risk.status,
    });
  const on = checkEventDate(rec.date, risk);
  const to = requireString(rec.to, ['input', 'to']);
  return replaceAt(reg, index, { ...risk, status: 'escalated', escalatedOn: on, escalatedTo: to });
}

/**
 * Records that a risk occurred (it has become an issue), with what it
 * actually cost and how many days it moved.
 *
 * @param register - the register
 * @param id - the risk's id
 * @param input - `date` (of the occurrence), optional `actualCost` and `actualScheduleDays`
 * @returns a new register
 * @throws PopmError `NOT_FOUND` for an unknown id; `INVALID_ARGUMENT` when it is
 *   closed or already occurred; `INVALID_DATE` for a bad date; `OUT_OF_RANGE`
 *   for a negative actual cost or days; `INVALID_NUMBER` for a bad amount
 * @example
 * const r0 = createRiskRegister([{ id: 'R1', title: 'Storm', kind: 'threat', probability: 0.25, costImpact: 80000 }]);
 * const r1 = recordOccurrence(r0, 'R1', { date: '2026-02-10', actualCost: 65000 });
 * r1.risks[0].status; //=> 'occurred'
 * r1.risks[0].occurredOn; //=> '2026-02-10'
 */
export function recordOccurrence(
  register: RiskRegister,
  id: string,
  input: RecordOccurrenceInput,
): RiskRegister {
  const reg = checkRegister(register);
  const index = findIndex(reg, id);
  const risk = reg.risks[index] as Risk;
  const rec = readEntity(
    input,
    ['input'],
    ['date', 'actualCost', 'actualScheduleDays'],
    'an object { date, actualCost?, actualScheduleDays? }',
  );
  if (risk.status === 'closed' || risk.status === 'occurred')
    throw popmError('INVALID_ARGUMENT', ['id'], 'a risk that is not closed or occurred', id, {
      status: risk.status,
    });
  const on = checkEventDate(rec.date, risk);
  if (rec.actualScheduleDays !== undefined)
    requireNumber(rec.actualScheduleDays, ['input', 'actualScheduleDays'], { min: 0 });
  const next: Record<string, unknown> = { ...risk, status: 'occurred', occurredOn: on };
  if (rec.actualCost !== undefined) next.actualCost = rec.actualCost;
  if (rec.actualScheduleDays !== undefined) next.actualScheduleDays = rec.actualScheduleDays;
  return replaceAt(reg, index, readRisk(next, ['input'], reg.matrix, reg.framework));
}
