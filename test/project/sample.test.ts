import { describe, expect, it } from 'vitest';
import { assessProject } from '../../src/project/assessProject.js';
import { sampleProject } from '../../src/project/sample.js';
import { parseProject } from '../../src/schemas/project.js';
import { isDeepFrozen } from '../helpers/freeze.js';

describe('sampleProject', () => {
  it('matches its TSDoc example', () => {
    expect(sampleProject.backlog.length).toBe(40);
    expect(assessProject(sampleProject, '2026-11-20').areas.cost.rag).toBe('amber');
  });

  it('has the sizes the issue asks for', () => {
    expect(sampleProject.backlog).toHaveLength(40);
    expect(sampleProject.backlog.filter((i) => i.wsjf !== undefined).length).toBeGreaterThanOrEqual(
      35,
    );
    expect(
      sampleProject.backlog.filter((i) => (i.dependsOn ?? []).length > 0).length,
    ).toBeGreaterThanOrEqual(20);
    const asOf = '2026-11-20';
    expect(sampleProject.sprints.filter((s) => s.end < asOf)).toHaveLength(8);
    expect(sampleProject.sprints.filter((s) => s.start <= asOf && asOf <= s.end)).toHaveLength(1);
    expect(sampleProject.workItems).toHaveLength(60);
    // 25 tasks and 2 summary tasks (issue 18), in the plan and its baseline.
    expect(sampleProject.plan).toHaveLength(27);
    expect(sampleProject.plan.filter((t) => t.duration === undefined)).toHaveLength(2);
    expect(sampleProject.baseline?.tasks).toHaveLength(27);
    // Issues 18/19: a status date with actuals, a deadline, resources, costs, linked risks.
    expect(sampleProject.statusDate).toBe('2026-11-13');
    expect(sampleProject.plan.filter((t) => t.actualFinish !== undefined)).toHaveLength(14);
    expect(sampleProject.plan.filter((t) => t.deadline !== undefined)).toHaveLength(1);
    expect(sampleProject.resources).toHaveLength(6);
    expect(sampleProject.plan.filter((t) => t.assignments !== undefined).length).toBeGreaterThan(5);
    expect(sampleProject.risks.filter((r) => (r.tasks ?? []).length > 0)).toHaveLength(5);
    expect(sampleProject.budget?.actuals?.length).toBeGreaterThan(5);
    expect(sampleProject.businessCase?.options).toHaveLength(3);
    expect(sampleProject.risks).toHaveLength(12);
    expect(sampleProject.stakeholders).toHaveLength(10);
    expect(sampleProject.raci?.activities).toHaveLength(10);
    expect(sampleProject.reviews).toHaveLength(2);
  });

  it('is frozen', () => {
    expect(isDeepFrozen(sampleProject)).toBe(true);
  });

  it('parses and round-trips through JSON', () => {
    const json = JSON.parse(JSON.stringify(sampleProject));
    const parsed = parseProject(json);
    expect(parsed).toEqual(sampleProject);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(json);
  });
});
