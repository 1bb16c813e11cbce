import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoleAssignment, SAME_PERSON_REASON } from '../../src/roles/checkRoleAssignment.js';
import { expectPopmError, frozen, isDeepFrozen } from './helpers.js';

describe('checkRoleAssignment', () => {
  it('reports one person in both roles as a finding with the reason (doc example)', () => {
    const check = checkRoleAssignment({ productOwner: 'kim', projectManager: 'kim' });
    expect(check.ok).toBe(false);
    expect(check.findings).toEqual([
      { rule: 'same-person-both-roles', role: 'both', person: 'kim', reason: SAME_PERSON_REASON },
    ]);
    expect(SAME_PERSON_REASON).toContain('value and delivery');
    expect(checkRoleAssignment({ productOwner: 'ana', projectManager: 'ben' })).toEqual({
      ok: true,
      findings: [],
    });
  });

  it('reports unassigned roles (absent or null)', () => {
    expect(checkRoleAssignment({}).findings.map((f) => f.rule)).toEqual([
      'product-owner-unassigned',
      'project-manager-unassigned',
    ]);
    expect(
      checkRoleAssignment({ productOwner: 'ana', projectManager: null }).findings.map((f) => [
        f.rule,
        f.role,
      ]),
    ).toEqual([['project-manager-unassigned', 'project-manager']]);
  });

  it('checks the holders against the people when given', () => {
    const people = [{ id: 'ana' }, { id: 'ben' }];
    expect(checkRoleAssignment({ productOwner: 'ana', projectManager: 'ben', people }).ok).toBe(
      true,
    );
    const c = checkRoleAssignment(frozen({ productOwner: 'zoe', projectManager: 'zoe', people }));
    expect(c.findings.map((f) => [f.rule, f.role, f.person])).toEqual([
      ['same-person-both-roles', 'both', 'zoe'],
      ['unknown-person', 'product-owner', 'zoe'],
      ['unknown-person', 'project-manager', 'zoe'],
    ]);
    expect(c.findings[1]?.reason).toBe(
      'zoe holds the Product Owner role but is not among the people',
    );
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('rejects malformed input with the right code and path', () => {
    expectPopmError(() => checkRoleAssignment(null as never), 'INVALID_ARGUMENT', ['input']);
    expectPopmError(() => checkRoleAssignment({ productOwner: '' }), 'INVALID_ARGUMENT', [
      'input',
      'productOwner',
    ]);
    expectPopmError(() => checkRoleAssignment({ projectManager: 5 as never }), 'INVALID_ARGUMENT', [
      'input',
      'projectManager',
    ]);
    expectPopmError(() => checkRoleAssignment({ people: 'x' as never }), 'INVALID_ARGUMENT', [
      'input',
      'people',
    ]);
    expectPopmError(
      () => checkRoleAssignment({ people: [{ id: 'a' }, { id: 'a' }] }),
      'DUPLICATE_ID',
      ['input', 'people', 1, 'id'],
    );
  });

  it('property: ok exactly when two different holders are assigned; deterministic and frozen', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        (po, pm) => {
          const input = frozen({ productOwner: po, projectManager: pm });
          const c = checkRoleAssignment(input);
          expect(c.ok).toBe(po !== null && pm !== null && po !== pm);
          expect(c.findings.some((f) => f.rule === 'same-person-both-roles')).toBe(
            po !== null && po === pm,
          );
          expect(checkRoleAssignment(input)).toEqual(c);
          expect(isDeepFrozen(c)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
