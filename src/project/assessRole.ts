import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { requireOneOf } from '../core/internal/validate.js';
import { ROLE_IDS, type RoleId } from '../roles/index.js';
import { roleFromFacts } from './internal/assessRole.js';
import { computeFacts } from './internal/facts.js';
import type { AssessOptions } from './options.js';
import type { ResponsibilityAssessment, ResponsibilityStatus } from './responsibilities.js';
import type { Project } from './types.js';

/** How one role is doing: each of its responsibilities assessed. */
export interface RoleAssessment {
  /** The role. */
  readonly role: RoleId;
  /** Who holds it (from `project.roles`), with the name from `project.people` when listed. */
  readonly holder: { readonly id: string; readonly name: string | null };
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** How many responsibilities have each status. */
  readonly counts: Readonly<Record<ResponsibilityStatus, number>>;
  /** Each responsibility of the role, in catalogue order. */
  readonly responsibilities: readonly ResponsibilityAssessment[];
}

/**
 * Assesses how one role's responsibilities are being carried out in a
 * project on a date. Each responsibility of the role (the ids in
 * `RESPONSIBILITIES`: `po.funding`, `po.value`, `po.backlog`,
 * `po.stakeholders`, `po.progress` for the Product Owner; `pm.business-case`,
 * `pm.plans`, `pm.progress`, `pm.risks`, `pm.admin` for the Project Manager)
 * gets a status (`ok | attention | missing | not-applicable`), evidence
 * sentences with the figures behind it, and recommended actions. The
 * thresholds are {@link AssessOptions} (defaults in
 * {@link DEFAULT_ASSESS_OPTIONS}). Monte Carlo figures are seeded with the
 * project id unless `options.seed` is given, so the same project and date
 * always give the same assessment.
 *
 * @param project - the Project document
 * @param role - `'product-owner'` or `'project-manager'`
 * @param asOf - the assessment date
 * @param options - thresholds (see {@link AssessOptions})
 * @returns the role's assessment, frozen
 * @throws PopmError `INVALID_ARGUMENT` for an unknown role or a malformed project;
 *   `INVALID_DATE` for a bad `asOf`; `OUT_OF_RANGE` / `INVALID_NUMBER` for a bad
 *   threshold; and the domain errors of the project's parts, with the project path
 * @example
 * const po = assessRole(sampleProject, 'product-owner', '2026-11-20');
 * po.responsibilities.map((r) => r.id);
 * //=> ['po.funding', 'po.value', 'po.backlog', 'po.stakeholders', 'po.progress']
 * po.responsibilities[3].status; //=> 'attention'
 * po.responsibilities[3].evidence[0];
 * //=> '1 manage-closely stakeholder was not invited to the last review (Priya Shah; RV-8 on 2026-11-13).'
 */
export function assessRole(
  project: Project,
  role: RoleId,
  asOf: IsoDate,
  options?: AssessOptions,
): RoleAssessment {
  requireOneOf(role, ROLE_IDS, ['role']);
  return deepFreeze(roleFromFacts(computeFacts(project, asOf, options), role));
}
