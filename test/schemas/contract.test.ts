/**
 * The parsers' share of the 1.0 contracts (issues 12 and 21): every parse
 * has a safeParse that never throws, every message is worded, near-miss keys
 * are issues with a suggestion, `meta` is carried, and hostile input (junk
 * numbers, cycles, Proxies, throwing getters, `__proto__` keys) is a SCHEMA
 * issue, never a crash or a polluted prototype.
 */
import { describe, expect, it } from 'vitest';
import { isPopmError, type SchemaIssue } from '../../src/core/errors.js';
import { sampleProject } from '../../src/project/sample.js';
import * as schemas from '../../src/schemas/index.js';
import { isDeepFrozen } from '../helpers/freeze.js';

type Parse = (json: unknown) => unknown;
type SafeParse = (
  json: unknown,
) => { success: true; data: unknown } | { success: false; error: unknown };

const api = schemas as unknown as Record<string, unknown>;
const parseNames = Object.keys(api).filter((k) => /^parse[A-Z]/.test(k));

// A valid document for every parser (the key list is the point of the sweep below).
const valid: Record<string, () => unknown> = {
  parseBacklog: () => [
    {
      id: 'a',
      title: 'A',
      estimate: 3,
      wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3, jobSize: 5 },
    },
    { id: 'b', title: 'B', dependsOn: ['a'] },
  ],
  parseBudget: () => ({
    currency: 'EUR',
    total: 100,
    start: '2026-01-01',
    end: '2026-12-31',
    lines: [{ category: 'staff', amount: 60 }],
  }),
  parseBusinessCase: () => ({
    reasons: ['Why'],
    currency: 'EUR',
    discountRate: 0.08,
    horizon: 3,
    options: [
      { id: 'n', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
      { id: 'a', name: 'A', kind: 'do-something', costs: [100], benefits: [0, 80, 80] },
    ],
  }),
  parseEarnedValueSnapshot: () => ({ asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 45 }),
  parseEarnedValueSnapshots: () => [
    { asOf: '2026-01-31', bac: 100, pv: 10, ev: 8, ac: 9 },
    { asOf: '2026-02-28', bac: 100, pv: 20, ev: 18, ac: 21 },
  ],
  parseTcoInput: () => ({
    horizon: 3,
    costs: [{ id: 'a', label: 'A', category: 'other', amount: 10, recurrence: 'per-period' }],
  }),
  parsePlan: () => [
    { id: 'A', duration: 3 },
    {
      id: 'B',
      duration: 2,
      dependsOn: ['A'],
      estimate: { optimistic: 1, mostLikely: 2, pessimistic: 4 },
    },
  ],
  parsePlanBaseline: () => ({
    finish: '2026-12-04',
    tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04' }],
  }),
  parseSprint: () => ({
    id: 's1',
    start: '2026-03-02',
    end: '2026-03-13',
    committed: 20,
    completed: 18,
  }),
  parseSprints: () => [
    { id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 18 },
  ],
  parseSprintEvents: () => [{ on: '2026-03-03', kind: 'completed', amount: 3 }],
  parseWorkItem: () => ({ id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02' }),
  parseWorkItems: () => [{ id: 'a', createdOn: '2026-03-01', finishedOn: '2026-03-04' }],
  parseProject: () => JSON.parse(JSON.stringify(sampleProject)),
  parseRiskMatrix: () => ({
    size: 3,
    probabilityBands: [
      { level: 1, upTo: 0.3, label: 'Low' },
      { level: 2, upTo: 0.6, label: 'Medium' },
      { level: 3, upTo: 1, label: 'High' },
    ],
    impactLabels: ['Minor', 'Moderate', 'Major'],
    ratingBands: [
      { name: 'Green', minScore: 1 },
      { name: 'Red', minScore: 6 },
    ],
  }),
  parseRiskRegister: () => [
    {
      id: 'W',
      title: 'Bad weather',
      kind: 'threat',
      probability: 0.25,
      impact: 3,
      costImpact: '80000',
    },
  ],
  parseRaci: () => ({ activities: ['a'], people: ['p'], assignments: { a: { p: ['A', 'R'] } } }),
  parseStakeholders: () => [
    {
      id: 'cfo',
      name: 'CFO',
      power: 5,
      interest: 2,
      legitimacy: true,
      urgency: false,
      engagement: { current: 'neutral', desired: 'supportive' },
      communication: { channel: 'meeting', everyDays: 30 },
    },
  ],
};

function issuesOf(result: unknown): readonly SchemaIssue[] {
  const r = result as { success: boolean; error?: unknown };
  expect(r.success).toBe(false);
  expect(isPopmError(r.error)).toBe(true);
  const e = r.error as { code: string; details?: { issues?: readonly SchemaIssue[] } };
  expect(e.code).toBe('SCHEMA');
  return e.details?.issues ?? [];
}

function safeOf(name: string): SafeParse {
  return api[`safe${name[0]?.toUpperCase()}${name.slice(1)}`] as SafeParse;
}

describe('issue 12: every parse has a safeParse, and valid documents parse', () => {
  it('lists 18 parsers, each with a seed document and a safeParse twin', () => {
    expect(parseNames.length).toBe(18);
    expect(Object.keys(valid).sort()).toEqual([...parseNames].sort());
    for (const name of parseNames) expect(typeof safeOf(name), name).toBe('function');
  });

  it.each(parseNames)('%s accepts its seed document, frozen, the same as safeParse', (name) => {
    const data = (api[name] as Parse)(valid[name]?.());
    expect(isDeepFrozen(data), name).toBe(true);
    const safe = safeOf(name)(valid[name]?.());
    expect(safe.success).toBe(true);
    if (safe.success) expect(safe.data).toEqual(data);
  });
});

describe('issue 12: worded messages, near-miss keys, meta', () => {
  it('never says "Invalid input"', () => {
    const junk = [null, 5, 'x', [], {}, [{}], [null], { a: 1 }, [[1]], [{ id: 1 }]];
    for (const name of parseNames)
      for (const doc of junk) {
        const r = safeOf(name)(doc);
        if (r.success) continue;
        for (const issue of issuesOf(r)) {
          expect(issue.message, `${name}(${JSON.stringify(doc)})`).not.toMatch(/Invalid input/);
          expect(issue.message, `${name}(${JSON.stringify(doc)})`).toMatch(
            /^(expected |unknown key)/,
          );
        }
      }
  });

  it('says expected a finite number >= 0, got -2', () => {
    const issues = issuesOf(schemas.safeParseBacklog([{ id: 'a', title: 'A', estimate: -2 }]));
    expect(issues).toEqual([
      {
        path: [0, 'estimate'],
        code: 'too_small',
        message: 'expected a finite number >= 0, got -2',
      },
    ]);
  });

  it("reports risks[0].probabilty in a Project as unknown key; did you mean 'probability'?", () => {
    const doc = valid.parseProject?.() as { risks: Record<string, unknown>[] };
    const risk = doc.risks[0] as Record<string, unknown>;
    risk.probabilty = risk.probability;
    delete risk.probability;
    const issues = issuesOf(schemas.safeParseProject(doc));
    expect(issues).toEqual([
      {
        path: ['risks', 0, 'probabilty'],
        code: 'unknown_key',
        message: "unknown key; did you mean 'probability'?",
      },
    ]);
  });

  it('ignores an unrelated key and round-trips meta through parseProject', () => {
    const doc = valid.parseProject?.() as Record<string, unknown> & {
      risks: Record<string, unknown>[];
      backlog: Record<string, unknown>[];
    };
    doc.meta = { source: 'jira', n: 1 };
    (doc.roles as Record<string, unknown>).meta = { board: 'steering' };
    (doc.risks[0] as Record<string, unknown>).meta = { ticket: 'R-9' };
    (doc.backlog[0] as Record<string, unknown>).meta = { rank: [1, 2] };
    (doc.backlog[0] as Record<string, unknown>).color = 'red';
    const p = schemas.parseProject(doc) as unknown as Record<string, unknown> & {
      risks: Record<string, unknown>[];
      backlog: Record<string, unknown>[];
    };
    expect(p.meta).toEqual({ source: 'jira', n: 1 });
    expect((p.roles as Record<string, unknown>).meta).toEqual({ board: 'steering' });
    expect(p.risks[0]?.meta).toEqual({ ticket: 'R-9' });
    expect(p.backlog[0]?.meta).toEqual({ rank: [1, 2] });
    expect('color' in (p.backlog[0] as object)).toBe(false);
    expect(schemas.parseProject(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('rejects a meta that is not a JSON object', () => {
    const issues = issuesOf(schemas.safeParsePlan([{ id: 'A', duration: 1, meta: [1] }]));
    expect(issues.map((i) => i.path)).toEqual([[0, 'meta']]);
  });
});

describe('issue 21: hostile input to parsers', () => {
  it('issue 21: parseRiskRegister reports a junk numeric string "45000x" as SCHEMA, not INVALID_NUMBER', () => {
    const doc = [{ id: 'r', title: 'R', kind: 'threat', costImpact: '45000x' }];
    expect(() => schemas.parseRiskRegister(doc)).toThrow(
      expect.objectContaining({ code: 'SCHEMA' }),
    );
    expect(issuesOf(schemas.safeParseRiskRegister(doc))).toEqual([
      {
        path: [0, 'costImpact'],
        code: 'invalid_format',
        message: 'expected a numeric string, got "45000x"',
      },
    ]);
  });

  it('issue 21: parseProject reports a junk numeric string "45000x" as SCHEMA, and safeParseProject returns it', () => {
    const doc = valid.parseProject?.() as { risks: Record<string, unknown>[] };
    (doc.risks[0] as Record<string, unknown>).costImpact = '45000x';
    expect(() => schemas.parseProject(doc)).toThrow(expect.objectContaining({ code: 'SCHEMA' }));
    const issues = issuesOf(schemas.safeParseProject(doc));
    expect(issues.map((i) => i.path)).toEqual([['risks', 0, 'costImpact']]);
  });

  it('issue 21: safeParse*(...).error is frozen and projectJsonSchema() is deep-frozen', () => {
    for (const name of parseNames) {
      const r = safeOf(name)(Symbol('x'));
      expect(r.success).toBe(false);
      if (!r.success) expect(Object.isFrozen(r.error), name).toBe(true);
      expect(Object.isFrozen(r), name).toBe(true);
    }
    expect(isDeepFrozen(schemas.projectJsonSchema())).toBe(true);
  });

  const cyclic = (): unknown => {
    const a: Record<string, unknown> = { id: 'a', title: 'A', duration: 1 };
    a.self = a;
    return [a];
  };
  const proxy = () =>
    new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
  const getter = () => [
    Object.defineProperty({ id: 'a' }, 'title', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  ];
  const revoked = () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  };
  const hostile: [string, () => unknown][] = [
    ['a cycle', cyclic],
    ['a Proxy whose traps throw', proxy],
    ['a throwing getter', getter],
    ['a revoked Proxy', revoked],
    ['a class instance', () => new Date(0)],
    ['a BigInt', () => [{ id: 'a', title: 'A', estimate: 1n, duration: 1n }]],
    ['NaN and Infinity', () => [{ id: 'a', title: 'A', estimate: Number.NaN, duration: Infinity }]],
    ['a hole', () => Object.assign(new Array(2), { 1: { id: 'a' } })],
    ['a function', () => () => 1],
    ['deep nesting', () => JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`)],
  ];

  it.each(hostile)(
    'issue 21: safeParse* never throws on %s, and parse* throws only SCHEMA',
    (_, make) => {
      for (const name of parseNames) {
        const r = safeOf(name)(make());
        if (!r.success) expect((r.error as { code: string }).code, name).toBe('SCHEMA');
        try {
          (api[name] as Parse)(make());
        } catch (e) {
          expect(isPopmError(e) && e.code === 'SCHEMA', `${name}: ${String(e)}`).toBe(true);
        }
      }
    },
  );

  it('issue 21: a JSON __proto__ key never becomes a prototype of parsed data', () => {
    const doc = JSON.parse(
      '[{"id":"r","title":"R","kind":"threat","probability":0.2,"costImpact":100,"impact":3,"__proto__":{"isAdmin":true}}]',
    );
    const reg = schemas.parseRiskRegister(doc);
    expect((reg.risks[0] as unknown as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(reg.risks[0])).toBe(Object.prototype);
    const plan = schemas.parsePlan(JSON.parse('[{"id":"A","duration":1,"__proto__":{"x":1}}]'));
    expect((plan[0] as unknown as { x?: unknown }).x).toBeUndefined();
    expect(({} as { isAdmin?: unknown; x?: unknown }).isAdmin).toBeUndefined();
  });

  it('issue 21: parsers never touch their input', () => {
    for (const name of parseNames) {
      const doc = valid[name]?.();
      const before = JSON.stringify(doc);
      (api[name] as Parse)(doc);
      expect(JSON.stringify(doc), name).toBe(before);
      expect(Object.isFrozen(doc), name).toBe(false);
    }
  });
});
