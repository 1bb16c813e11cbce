import { describe, expect, it } from 'vitest';
import { isDecimal } from '../../src/core/numbers.js';
import { assessProject } from '../../src/project/assessProject.js';
import { assessRole } from '../../src/project/assessRole.js';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { sampleProject } from '../../src/project/sample.js';
import { AS_OF, EMPTY_PROJECT, FAST } from './helpers.js';

/** What JSON.stringify should write: each Decimal as its string, nothing else changed. */
function expectedJson(value: unknown, path = 'result'): unknown {
  if (isDecimal(value)) return value.toJSON();
  if (typeof value === 'function') throw new Error(`${path} holds a function`);
  if (value === undefined) throw new Error(`${path} is undefined (JSON would drop it)`);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`${path} is ${value} (JSON would write null)`);
  if (Array.isArray(value)) return value.map((v, i) => expectedJson(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = expectedJson(v, `${path}.${k}`);
    return out;
  }
  return value;
}

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('project results survive a JSON round trip (issue 13)', () => {
  const results = {
    dashboard: dashboard(sampleProject, AS_OF, FAST),
    progressReport: progressReport(sampleProject, AS_OF, FAST),
    assessProject: assessProject(sampleProject, AS_OF, FAST),
    assessRole: assessRole(sampleProject, 'project-manager', AS_OF, FAST),
    emptyDashboard: dashboard(EMPTY_PROJECT, AS_OF, FAST),
    emptyReport: progressReport(EMPTY_PROJECT, AS_OF, FAST),
  };

  for (const [name, result] of Object.entries(results))
    it(`${name}: JSON.parse(JSON.stringify(r)) equals r with each Decimal as its string`, () => {
      expect(roundTrip(result)).toEqual(expectedJson(result, name));
    });

  it('writes money as strings and keeps numbers as numbers', () => {
    const json = roundTrip(results.dashboard) as {
      budget: { total: unknown; timeElapsedRatio: unknown };
      earnedValue: { cpi: unknown };
    };
    expect(json.budget.total).toBe('620000');
    expect(typeof json.budget.timeElapsedRatio).toBe('number');
    expect(typeof json.earnedValue.cpi).toBe('string');
  });

  it('carries meta through to the dashboard (issue 12)', () => {
    const meta = { board: 'B-7', tags: ['portal'] };
    const d = dashboard(
      {
        ...sampleProject,
        meta,
        people: sampleProject.people.map((p, i) =>
          i === 2 ? { ...p, meta: { colour: 'teal' } } : p,
        ),
        targets: sampleProject.targets.map((t, i) =>
          i === 0 ? { ...t, meta: { epic: 'E-1' } } : t,
        ),
      },
      AS_OF,
      FAST,
    );
    expect(d.meta).toEqual(meta);
    expect(d.meta).not.toBe(meta);
    expect(Object.isFrozen(d.meta)).toBe(true);
    expect(d.team.find((p) => p.id === sampleProject.people[2]?.id)?.meta).toEqual({
      colour: 'teal',
    });
    expect(d.forecast.targets.find((t) => t.id === sampleProject.targets[0]?.id)?.meta).toEqual({
      epic: 'E-1',
    });
    expect(roundTrip(d)).toEqual(expectedJson(d));
    const r = progressReport({ ...sampleProject, meta }, AS_OF, FAST);
    expect(r.meta).toEqual(meta);
    expect(r.nextTargets.targets.length).toBeGreaterThan(0);
  });
});
