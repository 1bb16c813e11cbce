import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity } from '../core/internal/readObject.js';
import { requireString } from '../core/internal/validate.js';
import { readList } from './internal/readList.js';

/**
 * The rule a role-assignment finding reports:
 * - `same-person-both-roles`: one person is both Product Owner and Project Manager.
 * - `product-owner-unassigned` / `project-manager-unassigned`: nobody holds the role.
 * - `unknown-person`: the holder is not among the given `people`.
 */
export type RoleAssignmentRule =
  | 'same-person-both-roles'
  | 'product-owner-unassigned'
  | 'project-manager-unassigned'
  | 'unknown-person';

/** One finding of {@link checkRoleAssignment}. */
export interface RoleAssignmentFinding {
  /** Which rule. */
  readonly rule: RoleAssignmentRule;
  /** The role concerned, or `'both'`. */
  readonly role: 'product-owner' | 'project-manager' | 'both';
  /** The person concerned, when there is one. */
  readonly person?: string | undefined;
  /** Why it matters, for people. */
  readonly reason: string;
}

/** Input of {@link checkRoleAssignment}. */
export interface RoleAssignmentInput {
  /** The Product Owner's person id; `null` or absent when unassigned. */
  readonly productOwner?: string | null | undefined;
  /** The Project Manager's person id; `null` or absent when unassigned. */
  readonly projectManager?: string | null | undefined;
  /** When given, the holders must be among these people (by `id`; other keys are ignored). */
  readonly people?: readonly { readonly id: string }[] | undefined;
}

/** The result of {@link checkRoleAssignment}. */
export interface RoleAssignmentCheck {
  /** True when there are no findings. */
  readonly ok: boolean;
  /** The findings, in rule order. */
  readonly findings: readonly RoleAssignmentFinding[];
}

/**
 * The reason given when one person holds both roles.
 *
 * @example
 * checkRoleAssignment({ productOwner: 'kim', projectManager: 'kim' }).findings[0].reason === SAME_PERSON_REASON;
 * //=> true
 */
export const SAME_PERSON_REASON =
  'One person holds both roles, so nobody challenges the trade-off between value and delivery: ' +
  "the Product Owner maximises the product's value and may change scope, while the Project Manager " +
  'commits the team to deadlines and a budget. Held together, value and delivery pressure meet in one head, ' +
  'and either the vision or the schedule quietly gives way. Separate the roles, or make the conflict ' +
  'visible to the sponsor.';

const INPUT_KEYS = ['productOwner', 'projectManager', 'people'] as const;

/** The ids of a people list (each an entity with an `id`), unique. */
function peopleIds(value: unknown, path: PopmPath): Set<string> {
  const ids = new Map<string, number>();
  readList(value, path).forEach((p, i) => {
    const rec = readEntity(p, [...path, i], ['id'], 'a person { id }');
    const id = requireString(rec.id, [...path, i, 'id'], 'a non-empty string id');
    const first = ids.get(id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', id, {
        id,
        firstIndex: first,
      });
    ids.set(id, i);
  });
  return new Set(ids.keys());
}

/**
 * Checks who holds the two roles. One person in both roles is a finding with
 * its reason, not an error: small organisations do it, and should know the cost.
 *
 * @param input - the holders' person ids, and optionally the known people
 * @returns `{ ok, findings }`, frozen
 * @throws PopmError `INVALID_ARGUMENT` when a holder is neither a non-empty
 *   string nor `null`/absent, or `people` is malformed; `DUPLICATE_ID` for two
 *   people with one id. Paths start at `input` (`input.people[2].id`)
 * @example
 * const check = checkRoleAssignment({ productOwner: 'kim', projectManager: 'kim' });
 * check.ok; //=> false
 * check.findings[0].rule; //=> 'same-person-both-roles'
 * checkRoleAssignment({ productOwner: 'ana', projectManager: 'ben' }).ok; //=> true
 */
export function checkRoleAssignment(input: RoleAssignmentInput): RoleAssignmentCheck {
  const rec = readEntity(
    input,
    ['input'],
    INPUT_KEYS,
    'an object { productOwner, projectManager }',
  );
  const holder = (key: 'productOwner' | 'projectManager'): string | null =>
    rec[key] === undefined || rec[key] === null
      ? null
      : requireString(rec[key], ['input', key], 'a non-empty person id or null');
  const po = holder('productOwner');
  const pm = holder('projectManager');
  const known = rec.people === undefined ? null : peopleIds(rec.people, ['input', 'people']);

  const findings: RoleAssignmentFinding[] = [];
  if (po !== null && po === pm) {
    findings.push({
      rule: 'same-person-both-roles',
      role: 'both',
      person: po,
      reason: SAME_PERSON_REASON,
    });
  }
  if (po === null) {
    findings.push({
      rule: 'product-owner-unassigned',
      role: 'product-owner',
      reason:
        'Nobody owns the product: nobody orders the backlog, guards the value or speaks for the customer.',
    });
  }
  if (pm === null) {
    findings.push({
      rule: 'project-manager-unassigned',
      role: 'project-manager',
      reason: 'Nobody owns delivery: plans, risks and the business case have no keeper.',
    });
  }
  if (known !== null) findings.push(...unknownHolders(known, po, pm));
  return deepFreeze({ ok: findings.length === 0, findings });
}

/** The `unknown-person` findings: a role held by someone not among `known`. */
function unknownHolders(
  known: ReadonlySet<string>,
  po: string | null,
  pm: string | null,
): RoleAssignmentFinding[] {
  const findings: RoleAssignmentFinding[] = [];
  const holders: [string | null, 'product-owner' | 'project-manager'][] = [
    [po, 'product-owner'],
    [pm, 'project-manager'],
  ];
  for (const [id, role] of holders) {
    if (id !== null && !known.has(id)) {
      findings.push({
        rule: 'unknown-person',
        role,
        person: id,
        reason: `${id} holds the ${role === 'product-owner' ? 'Product Owner' : 'Project Manager'} role but is not among the people`,
      });
    }
  }
  return findings;
}
