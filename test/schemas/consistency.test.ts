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
