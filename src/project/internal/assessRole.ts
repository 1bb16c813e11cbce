/** @internal A role's assessment from the computed facts (the builder of `assessRole`). */
import { ROLES, type RoleId } from '../../roles/index.js';
import type { RoleAssessment } from '../assessRole.js';
import type { ResponsibilityStatus } from '../responsibilities.js';
import type { Facts } from './facts.js';
import { assessResponsibility } from './responsibilities.js';

/** @internal Builds a role assessment from computed facts. */
export function roleFromFacts(f: Facts, role: RoleId): RoleAssessment {
  const responsibilities = ROLES[role].responsibilities.map((id) => assessResponsibility(f, id));
  const counts: Record<ResponsibilityStatus, number> = {
    ok: 0,
    attention: 0,
    missing: 0,
    'not-applicable': 0,
  };
  for (const r of responsibilities) counts[r.status]++;
  const holderId =
    role === 'product-owner' ? f.project.roles.productOwner : f.project.roles.projectManager;
  return {
    role,
    holder: { id: holderId, name: f.people.get(holderId)?.name ?? null },
    asOf: f.asOf,
    counts,
    responsibilities,
  };
}
