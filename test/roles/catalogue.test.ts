import { describe, expect, it } from 'vitest';
import { RESPONSIBILITIES, ROLE_IDS, ROLES, SHARED_QUALITIES } from '../../src/roles/catalogue.js';
import { compareRoles } from '../../src/roles/compareRoles.js';
import { responsibilitiesOf } from '../../src/roles/responsibilitiesOf.js';
import { expectPopmError, isDeepFrozen } from './helpers.js';

describe('ROLES and RESPONSIBILITIES', () => {
  it('uses the issue wording for the two purposes', () => {
    expect(ROLES['product-owner'].purpose).toBe(
      "Owns the product vision and the customer experience and maximises the product's value.",
    );
    expect(ROLES['project-manager'].purpose).toBe(
      'Owns day-to-day delivery and is responsible for the team completing the work within its deadlines.',
    );
    expect(ROLES['product-owner'].title).toBe('Product Owner');
    expect(ROLES['project-manager'].title).toBe('Project Manager');
  });

  it('covers the ten responsibilities of the issue, five per role, with stable ids in order', () => {
    expect(RESPONSIBILITIES.map((r) => r.id)).toEqual([
      'po.funding',
      'po.value',
      'po.backlog',
      'po.stakeholders',
      'po.progress',
      'pm.business-case',
      'pm.plans',
      'pm.progress',
      'pm.risks',
      'pm.admin',
    ]);
    for (const role of ROLE_IDS) {
      expect(ROLES[role].responsibilities).toEqual(
        RESPONSIBILITIES.filter((r) => r.role === role).map((r) => r.id),
      );
    }
    for (const r of RESPONSIBILITIES)
      expect(r.id.startsWith(r.role === 'product-owner' ? 'po.' : 'pm.')).toBe(true);
  });

  it('gives every responsibility a title, a description, keywords and at least one function name', () => {
    for (const r of RESPONSIBILITIES) {
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.keywords.length).toBeGreaterThan(3);
      expect(r.functions.length).toBeGreaterThan(0);
      expect(new Set(r.functions).size).toBe(r.functions.length);
      for (const f of r.functions) expect(f).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  it('names the issue titles of the responsibilities', () => {
    const title = (id: string) => RESPONSIBILITIES.find((r) => r.id === id)?.title;
    expect(title('po.funding')).toBe('Provide resources and funds');
    expect(title('po.stakeholders')).toBe('Manage stakeholders and invite them to sprint reviews');
    expect(title('pm.risks')).toBe('Identify and monitor risks');
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(ROLES)).toBe(true);
    expect(isDeepFrozen(RESPONSIBILITIES)).toBe(true);
    expect(isDeepFrozen(SHARED_QUALITIES)).toBe(true);
    expect(isDeepFrozen(ROLE_IDS)).toBe(true);
  });

  it('lists the shared qualities of the issue (doc example)', () => {
    expect(SHARED_QUALITIES.map((q) => q.id)).toEqual([
      'communication',
      'leadership',
      'organisation',
      'shared-aim',
    ]);
    expect(SHARED_QUALITIES[3]?.title).toBe('Customer experience and effective delivery');
  });

  it('matches the doc examples of the constants', () => {
    expect(RESPONSIBILITIES.length).toBe(10);
    expect(RESPONSIBILITIES[2]?.id).toBe('po.backlog');
    expect(RESPONSIBILITIES[2]?.functions.includes('wsjf')).toBe(true);
    expect(ROLES['product-owner'].title).toBe('Product Owner');
    expect(ROLES['project-manager'].responsibilities.length).toBe(5);
  });
});

describe('compareRoles', () => {
  it('starts with the purposes (doc example) and has one row per aspect', () => {
    const rows = compareRoles();
    expect(rows[0]).toEqual({
      aspect: 'Purpose',
      productOwner:
        "Owns the product vision and the customer experience and maximises the product's value.",
      projectManager:
        'Owns day-to-day delivery and is responsible for the team completing the work within its deadlines.',
    });
    expect(new Set(rows.map((r) => r.aspect)).size).toBe(rows.length);
    expect(rows.map((r) => r.aspect)).toEqual(
      expect.arrayContaining(['Purpose', 'Focus', 'Horizon', 'Responsibilities', 'popm functions']),
    );
    for (const r of rows) {
      expect(r.productOwner).not.toBe(r.projectManager);
      expect(r.productOwner.length).toBeGreaterThan(0);
    }
  });

  it('lists each role’s responsibilities and functions from the catalogue', () => {
    const row = compareRoles().find((r) => r.aspect === 'Responsibilities');
    expect(row?.productOwner).toContain('Express and order backlog items');
    expect(row?.projectManager).toContain('Manage project plans');
    const fns = compareRoles().find((r) => r.aspect === 'popm functions');
    expect(fns?.productOwner.split(', ')).toContain('sprintReviewInvitees');
    expect(fns?.projectManager.split(', ')).toContain('criticalPath');
  });

  it('is frozen and the same on every call', () => {
    expect(isDeepFrozen(compareRoles())).toBe(true);
    expect(compareRoles()).toBe(compareRoles());
  });
});

describe('responsibilitiesOf', () => {
  it('returns the project manager responsibilities in order (doc example)', () => {
    expect(responsibilitiesOf('project-manager').map((r) => r.id)).toEqual([
      'pm.business-case',
      'pm.plans',
      'pm.progress',
      'pm.risks',
      'pm.admin',
    ]);
    expect(responsibilitiesOf('product-owner').every((r) => r.role === 'product-owner')).toBe(true);
    expect(isDeepFrozen(responsibilitiesOf('product-owner'))).toBe(true);
  });

  it('rejects an unknown role with INVALID_ARGUMENT at [role]', () => {
    expectPopmError(() => responsibilitiesOf('scrum-master' as never), 'INVALID_ARGUMENT', [
      'role',
    ]);
    expectPopmError(() => responsibilitiesOf(undefined as never), 'INVALID_ARGUMENT', ['role']);
  });
});

describe('constants (doc examples)', () => {
  it('shows true values', async () => {
    const { RACI_LETTERS } = await import('../../src/roles/createRaci.js');
    const { RACI_RULES } = await import('../../src/roles/validateRaci.js');
    const { checkRoleAssignment, SAME_PERSON_REASON } = await import(
      '../../src/roles/checkRoleAssignment.js'
    );
    const { POWER_INTEREST_QUADRANTS, DEFAULT_GRID_THRESHOLD } = await import(
      '../../src/stakeholders/powerInterestQuadrant.js'
    );
    expect(ROLE_IDS).toEqual(['product-owner', 'project-manager']);
    expect(RACI_LETTERS.RASCI).toEqual(['R', 'A', 'S', 'C', 'I']);
    expect(RACI_LETTERS.RACI).toEqual(['R', 'A', 'C', 'I']);
    expect(RACI_RULES[0]).toBe('exactly-one-accountable');
    expect(
      checkRoleAssignment({ productOwner: 'kim', projectManager: 'kim' }).findings[0]?.reason,
    ).toBe(SAME_PERSON_REASON);
    expect(POWER_INTEREST_QUADRANTS).toEqual([
      'manage-closely',
      'keep-satisfied',
      'keep-informed',
      'monitor',
    ]);
    expect(DEFAULT_GRID_THRESHOLD).toBe(4);
  });
});
