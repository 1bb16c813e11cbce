import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../src/project/sample.js';
import { RESPONSIBILITIES } from '../../src/roles/catalogue.js';
import { parseProject } from '../../src/schemas/project.js';

// The Project schema lists the responsibility ids itself (importing the roles
// catalogue would add 2 kB to every parseProject bundle), so this keeps the two
// from drifting apart.
describe('Project schema and the roles catalogue', () => {
  it('accepts notApplicable for every responsibility in the catalogue, and nothing else', () => {
    const doc = JSON.parse(JSON.stringify(sampleProject));
    doc.notApplicable = Object.fromEntries(RESPONSIBILITIES.map((r) => [r.id, 'not this project']));
    expect(Object.keys(parseProject(doc).notApplicable ?? {})).toEqual(
      RESPONSIBILITIES.map((r) => r.id),
    );
    doc.notApplicable = { 'po.unknown': 'x' };
    expect(() => parseProject(doc)).toThrow(/notApplicable/);
  });
});

// The parsers and the plain functions read the same entities: a field renamed
// in a domain must be renamed in its schema too (else the parser would drop it
// or call the new name a misspelling).
import { ITEM_KEYS } from '../../src/backlog/internal/readItem.js';
import { TASK_KEYS } from '../../src/plan/internal/readTasks.js';
import { WORK_ITEM_KEYS } from '../../src/progress/internal/checkWorkItem.js';
import { SPRINT_KEYS } from '../../src/progress/internal/sprintKeys.js';
import { RISK_KEYS } from '../../src/risk/internal/check.js';
import {
  BacklogItemSchema,
  RiskSchema,
  SprintSchema,
  StakeholderSchema,
  TaskSchema,
  WorkItemSchema,
} from '../../src/schemas/index.js';
import { STAKEHOLDER_KEYS } from '../../src/stakeholders/internal/check.js';

function shapeKeys(schema: unknown): string[] {
  const def = (schema as { _zod: { def: { shape?: object } } })._zod.def;
  return Object.keys(def.shape ?? {}).sort();
}

describe('entity schemas and the domain readers', () => {
  it.each([
    ['backlog item', BacklogItemSchema, ITEM_KEYS],
    ['task', TaskSchema, TASK_KEYS],
    ['sprint', SprintSchema, SPRINT_KEYS],
    ['work item', WorkItemSchema, WORK_ITEM_KEYS],
    ['risk', RiskSchema, RISK_KEYS],
    ['stakeholder', StakeholderSchema, STAKEHOLDER_KEYS],
  ] as const)('%s: the schema knows exactly the keys the domain reads', (_, schema, keys) => {
    expect(shapeKeys(schema)).toEqual([...keys].sort());
  });
});
