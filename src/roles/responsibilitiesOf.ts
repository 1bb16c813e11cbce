import { requireOneOf } from '../core/internal/validate.js';
import { RESPONSIBILITIES, type Responsibility, ROLE_IDS, type RoleId } from './catalogue.js';

const byRole = new Map<RoleId, readonly Responsibility[]>();

/**
 * The responsibilities of one role, in catalogue order.
 *
 * @param role - `'product-owner'` or `'project-manager'`
 * @returns the role's five responsibilities (frozen)
 * @throws PopmError `INVALID_ARGUMENT` when `role` is not a {@link RoleId}
 * @example
 * responsibilitiesOf('project-manager').map((r) => r.id);
 * //=> ['pm.business-case', 'pm.plans', 'pm.progress', 'pm.risks', 'pm.admin']
 */
export function responsibilitiesOf(role: RoleId): readonly Responsibility[] {
  const id = requireOneOf(role, ROLE_IDS, ['role']);
  let list = byRole.get(id);
  if (list === undefined) {
    list = Object.freeze(RESPONSIBILITIES.filter((r) => r.role === id));
    byRole.set(id, list);
  }
  return list;
}
