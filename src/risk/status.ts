import { readEntity } from '../core/internal/readObject.js';
import { requireOneOf } from '../core/internal/validate.js';
import {
  isActive,
  RESIDUAL_KEYS,
  RESPONSE_KEYS,
  RISK_KEYS,
  RISK_STATUSES,
} from './internal/check.js';
import type { Risk, RiskStatus } from './types.js';

/**
 * The statuses that count as active: in exposure, heat maps, reviews,
 * simulations and rankings. A risk without a status is `'open'`.
 *
 * @example
 * ACTIVE_RISK_STATUSES; //=> ['open', 'monitoring']
 */
export const ACTIVE_RISK_STATUSES: readonly RiskStatus[] = Object.freeze(['open', 'monitoring']);

/**
 * True when the risk is active (status `'open'`, `'monitoring'`, or none).
 *
 * @param risk - the risk
 * @returns whether it counts in exposure, heat maps and reviews
 * @throws PopmError `INVALID_ARGUMENT` when `risk` is not an object, its `status` is not one of
 *   the five statuses (at `['risk', 'status']`) or a key is misspelled (`statsu`, or
 *   `response.stratey`)
 * @example
 * isActiveRisk({ id: 'R1', title: 'Supplier late', kind: 'threat' }); //=> true
 * isActiveRisk({ id: 'R1', title: 'Supplier late', kind: 'threat', status: 'escalated' }); //=> false
 */
export function isActiveRisk(risk: Risk): boolean {
  const rec = readEntity(risk, ['risk'], RISK_KEYS, 'a risk');
  // Only the status decides, but a misspelled key anywhere in the risk is
  // still refused with its suggestion (`response.stratey`), as every risk
  // function refuses it.
  if (isObject(rec.response))
    readEntity(rec.response, ['risk', 'response'], RESPONSE_KEYS, 'a response');
  if (isObject(rec.residual))
    readEntity(rec.residual, ['risk', 'residual'], RESIDUAL_KEYS, 'a residual assessment');
  const status =
    rec.status === undefined
      ? undefined
      : requireOneOf(rec.status, RISK_STATUSES, ['risk', 'status']);
  return isActive({ status } as Risk);
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
