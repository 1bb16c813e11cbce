/**
 * popm/roles: the Product Owner and the Project Manager as data, their ten
 * responsibilities with the popm functions that support each, RACI matrices
 * and role-assignment checks.
 *
 * @packageDocumentation
 * @module popm/roles
 */
export type { Responsibility, ResponsibilityId, Role, RoleId, SharedQuality } from './catalogue.js';
export { RESPONSIBILITIES, ROLE_IDS, ROLES, SHARED_QUALITIES } from './catalogue.js';
export type {
  RoleAssignmentCheck,
  RoleAssignmentFinding,
  RoleAssignmentInput,
  RoleAssignmentRule,
} from './checkRoleAssignment.js';
export { checkRoleAssignment, SAME_PERSON_REASON } from './checkRoleAssignment.js';
export type { RoleComparisonRow } from './compareRoles.js';
export { compareRoles } from './compareRoles.js';
export type {
  RaciActivity,
  RaciCell,
  RaciInput,
  RaciLetter,
  RaciMatrix,
  RaciPerson,
  RaciVariant,
} from './createRaci.js';
export { createRaci, RACI_LETTERS } from './createRaci.js';
export type { DefaultRaciInput } from './defaultRaci.js';
export { defaultRaci } from './defaultRaci.js';
export { responsibilitiesOf } from './responsibilitiesOf.js';
export type {
  RaciFinding,
  RaciLoad,
  RaciRule,
  RaciValidation,
  ValidateRaciOptions,
} from './validateRaci.js';
export { assertRaci, RACI_RULES, validateRaci } from './validateRaci.js';
export type {
  ResponsibilityMatch,
  ResponsibilityMatchKind,
  WhoIsResponsibleResult,
} from './whoIsResponsible.js';
export { whoIsResponsible } from './whoIsResponsible.js';
