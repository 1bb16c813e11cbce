import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSIBILITIES } from '../../src/roles/catalogue.js';
import {
  createRaci,
  RACI_LETTERS,
  type RaciInput,
  type RaciLetter,
} from '../../src/roles/createRaci.js';
import { defaultRaci } from '../../src/roles/defaultRaci.js';
import { RACI_RULES, validateRaci } from '../../src/roles/validateRaci.js';
import { expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const rules = (input: RaciInput) => validateRaci(frozen(input)).findings.map((f) => f.rule);

// Paths start at the parameter's name (issue 12): createRaci(input) reports input.assignments…
const expectInputError = (fn: () => unknown, code: string, path: readonly (string | number)[]) =>
  expectPopmError(fn, code, ['input', ...path]);

describe('createRaci', () => {
  it('normalises cells to distinct letters in display order (doc example)', () => {
    const m = createRaci(
      frozen({
        activities: ['order-backlog'],
        people: ['ana', 'team'],
        assignments: { 'order-backlog': { ana: ['A', 'R'], team: 'C' } },
      }),
    );
    expect(m.assignments['order-backlog']?.ana).toEqual(['R', 'A']);
    expect(m).toEqual({
      variant: 'RACI',
      activities: [{ id: 'order-backlog' }],
      people: [{ id: 'ana' }, { id: 'team' }],
      assignments: { 'order-backlog': { ana: ['R', 'A'], team: ['C'] } },
    });
    expect(isDeepFrozen(m)).toBe(true);
  });

  it('keeps titles, names and roles, and removes duplicate letters', () => {
    const m = createRaci({
      activities: [{ id: 'a', title: 'Approve' }],
      people: [{ id: 'p', name: 'Pat', role: 'Sponsor' }],
      assignments: { a: { p: ['I', 'I', 'C'] } },
      variant: 'RASCI',
    });
    expect(m.activities).toEqual([{ id: 'a', title: 'Approve' }]);
    expect(m.people).toEqual([{ id: 'p', name: 'Pat', role: 'Sponsor' }]);
    expect(m.assignments.a?.p).toEqual(['C', 'I']);
    expect(m.variant).toBe('RASCI');
  });

  it('allows S (Support) only in RASCI', () => {
    expect(RACI_LETTERS.RASCI).toEqual(['R', 'A', 'S', 'C', 'I']);
    expect(
      createRaci({
        activities: ['a'],
        people: ['p'],
        assignments: { a: { p: 'S' } },
        variant: 'RASCI',
      }).assignments.a?.p,
    ).toEqual(['S']);
    expectInputError(
      () => createRaci({ activities: ['a'], people: ['p'], assignments: { a: { p: 'S' } } }),
      'INVALID_ARGUMENT',
      ['assignments', 'a', 'p'],
    );
  });

  it('rejects each malformed input with the right code and path', () => {
    const ok: RaciInput = { activities: ['a'], people: ['p'], assignments: { a: { p: 'R' } } };
    expectInputError(() => createRaci(null as never), 'INVALID_ARGUMENT', []);
    expectInputError(() => createRaci({ ...ok, variant: 'RAPID' as never }), 'INVALID_ARGUMENT', [
      'variant',
    ]);
    expectInputError(() => createRaci({ ...ok, activities: 'a' as never }), 'INVALID_ARGUMENT', [
      'activities',
    ]);
    expectInputError(() => createRaci({ ...ok, activities: [''] }), 'INVALID_ARGUMENT', [
      'activities',
      0,
    ]);
    expectInputError(() => createRaci({ ...ok, activities: [7 as never] }), 'INVALID_ARGUMENT', [
      'activities',
      0,
    ]);
    expectInputError(() => createRaci({ ...ok, activities: [{ id: '' }] }), 'INVALID_ARGUMENT', [
      'activities',
      0,
      'id',
    ]);
    expectInputError(
      () => createRaci({ ...ok, activities: [{ id: 'a', title: 3 as never }] }),
      'INVALID_ARGUMENT',
      ['activities', 0, 'title'],
    );
    expectInputError(
      () => createRaci({ ...ok, people: [{ id: 'p', role: '' }] }),
      'INVALID_ARGUMENT',
      ['people', 0, 'role'],
    );
    expectInputError(() => createRaci({ ...ok, activities: ['a', { id: 'a' }] }), 'DUPLICATE_ID', [
      'activities',
      1,
      'id',
    ]);
    expectInputError(() => createRaci({ ...ok, people: ['p', 'p'] }), 'DUPLICATE_ID', [
      'people',
      1,
      'id',
    ]);
    expectInputError(() => createRaci({ ...ok, assignments: [] as never }), 'INVALID_ARGUMENT', [
      'assignments',
    ]);
    expectInputError(
      () => createRaci({ ...ok, assignments: { a: 'R' as never } }),
      'INVALID_ARGUMENT',
      ['assignments', 'a'],
    );
    expectInputError(
      () => createRaci({ ...ok, assignments: { a: { p: [] } } }),
      'INVALID_ARGUMENT',
      ['assignments', 'a', 'p'],
    );
    expectInputError(
      () => createRaci({ ...ok, assignments: { a: { p: 'r' as never } } }),
      'INVALID_ARGUMENT',
      ['assignments', 'a', 'p'],
    );
    expectInputError(
      () => createRaci({ ...ok, assignments: { a: { p: ['R', 'X' as never] } } }),
      'INVALID_ARGUMENT',
      ['assignments', 'a', 'p', 1],
    );
  });
});

describe('validateRaci', () => {
  it('flags two Accountables and no Responsible (doc example)', () => {
    const v = validateRaci({
      activities: ['approve-budget'],
      people: ['ana', 'ben'],
      assignments: { 'approve-budget': { ana: 'A', ben: 'A' } },
    });
    expect(v.ok).toBe(false);
    expect(v.findings.map((f) => f.rule)).toEqual([
      'exactly-one-accountable',
      'at-least-one-responsible',
    ]);
    expect(v.findings[0]).toMatchObject({
      severity: 'error',
      activity: 'approve-budget',
      people: ['ana', 'ben'],
    });
  });

  it('enforces the golden rule of RACI, "only one person can be Accountable for each task" (Gray, Brown & Macanufo, Gamestorming 2010)', () => {
    expect(
      rules({ activities: ['t'], people: ['a', 'r'], assignments: { t: { a: 'A', r: 'R' } } }),
    ).toEqual([]);
    expect(
      rules({ activities: ['t'], people: ['a', 'r'], assignments: { t: { r: 'R' } } }),
    ).toEqual(['exactly-one-accountable', 'person-without-role']);
    const none = validateRaci({ activities: ['t'], people: ['r'], assignments: { t: { r: 'R' } } });
    expect(none.findings[0]?.message).toBe('t: nobody is Accountable; exactly one person must be');
    expect(none.findings[0]?.people).toEqual([]);
  });

  it('requires at least one Responsible and lets the Accountable also be Responsible (Wikipedia: Responsibility assignment matrix)', () => {
    expect(
      rules({ activities: ['t'], people: ['a'], assignments: { t: { a: ['A', 'R'] } } }),
    ).toEqual([]);
    expect(
      rules({ activities: ['t'], people: ['a', 'c'], assignments: { t: { a: 'A', c: 'C' } } }),
    ).toEqual(['at-least-one-responsible']);
  });

  it('an activity with no assignments at all breaks both rules', () => {
    expect(rules({ activities: ['t'], people: ['a'], assignments: {} })).toEqual([
      'exactly-one-accountable',
      'at-least-one-responsible',
      'person-without-role',
    ]);
  });

  it('warns about more than one letter per person per activity, except A with R', () => {
    const v = validateRaci({
      activities: ['t'],
      people: ['a', 'b'],
      assignments: { t: { a: ['A', 'R'], b: ['C', 'I'] } },
    });
    expect(v.ok).toBe(true);
    expect(v.findings).toEqual([
      {
        rule: 'one-letter-per-person',
        severity: 'warning',
        activity: 't',
        person: 'b',
        message: 't: b holds C+I; give one letter per person (only A with R may combine)',
      },
    ]);
    expect(
      rules({ activities: ['t'], people: ['a'], assignments: { t: { a: ['A', 'R', 'I'] } } }),
    ).toEqual(['one-letter-per-person']);
  });

  it('reports unknown people and unknown activities as errors', () => {
    const v = validateRaci({
      activities: ['t'],
      people: ['a'],
      assignments: { t: { a: ['A', 'R'], ghost: 'C' }, old: { a: 'A' } },
    });
    expect(v.ok).toBe(false);
    expect(v.findings.map((f) => [f.rule, f.activity, f.person])).toEqual([
      ['unknown-person', 't', 'ghost'],
      ['unknown-activity', 'old', undefined],
    ]);
  });

  it('counts an unknown Accountable towards the golden rule', () => {
    expect(
      rules({
        activities: ['t'],
        people: ['a'],
        assignments: { t: { a: ['A', 'R'], ghost: 'A' } },
      }),
    ).toEqual(['exactly-one-accountable', 'unknown-person']);
  });

  it('warns about a person with no role at all', () => {
    const v = validateRaci({
      activities: ['t'],
      people: ['a', 'idle'],
      assignments: { t: { a: ['A', 'R'] } },
    });
    expect(v.findings).toEqual([
      {
        rule: 'person-without-role',
        severity: 'warning',
        person: 'idle',
        message: 'idle: holds no letter on any activity',
      },
    ]);
    expect(v.ok).toBe(true);
  });

  it('warns about a person Accountable for more than the allowed share', () => {
    const acts = ['a1', 'a2', 'a3', 'a4'];
    const input: RaciInput = {
      activities: acts,
      people: ['boss', 'dev'],
      assignments: Object.fromEntries(
        acts.map((a, i) => [a, i < 3 ? { boss: 'A', dev: 'R' } : { dev: ['A', 'R'], boss: 'I' }]),
      ),
    };
    const v = validateRaci(input);
    expect(v.findings.map((f) => [f.rule, f.person])).toEqual([['overloaded-person', 'boss']]);
    expect(v.findings[0]?.message).toBe(
      'boss: Accountable for 3 of 4 activities (75%), more than 50%',
    );
    expect(v.load).toEqual([
      { person: 'boss', accountable: 3, responsible: 0, involved: 4, accountableShare: 0.75 },
      { person: 'dev', accountable: 1, responsible: 4, involved: 4, accountableShare: 0.25 },
    ]);
    expect(validateRaci(input, { maxAccountableShare: 0.75 }).findings).toEqual([]);
    expect(validateRaci(input, { minActivitiesForOverload: 5 }).findings).toEqual([]);
  });

  it('does not judge overload in matrices smaller than minActivitiesForOverload (default 4)', () => {
    expect(
      rules({
        activities: ['t', 'u'],
        people: ['a'],
        assignments: { t: { a: ['A', 'R'] }, u: { a: ['A', 'R'] } },
      }),
    ).toEqual([]);
  });

  it('has zero-share load for an empty matrix', () => {
    const v = validateRaci({ activities: [], people: ['a'], assignments: {} });
    expect(v.load).toEqual([
      { person: 'a', accountable: 0, responsible: 0, involved: 0, accountableShare: 0 },
    ]);
  });

  it('rejects bad options with the right code and path', () => {
    const m = { activities: [], people: [], assignments: {} };
    expectPopmError(() => validateRaci(m, { maxAccountableShare: 1.5 }), 'OUT_OF_RANGE', [
      'options',
      'maxAccountableShare',
    ]);
    expectPopmError(() => validateRaci(m, { maxAccountableShare: Number.NaN }), 'INVALID_NUMBER', [
      'options',
      'maxAccountableShare',
    ]);
    expectPopmError(() => validateRaci(m, { minActivitiesForOverload: 1.5 }), 'OUT_OF_RANGE', [
      'options',
      'minActivitiesForOverload',
    ]);
    expectPopmError(() => validateRaci(m, null as never), 'INVALID_ARGUMENT', ['options']);
    expectPopmError(() => validateRaci({ ...m, people: ['x', 'x'] }), 'DUPLICATE_ID', [
      'matrix',
      'people',
      1,
      'id',
    ]);
  });

  it('treats ids such as constructor and __proto__ as plain data', () => {
    const input = JSON.parse(
      '{"activities":["constructor","t"],"people":["__proto__","toString"],"assignments":{"constructor":{"__proto__":["A","R"]},"t":{"toString":["A","R"],"__proto__":"I"}}}',
    ) as RaciInput;
    const m = createRaci(input);
    expect(Object.keys(m.assignments.constructor ?? {})).toEqual(['__proto__']);
    const v = validateRaci(input);
    expect(v.findings).toEqual([]);
    expect(v.load.map((l) => [l.person, l.involved])).toEqual([
      ['__proto__', 2],
      ['toString', 1],
    ]);
    expect(
      validateRaci(
        defaultRaci({ productOwner: 'constructor', projectManager: '__proto__', team: 'valueOf' }),
      ).findings,
    ).toEqual([]);
  });

  it('lists its rules', () => {
    expect(RACI_RULES).toHaveLength(7);
  });

  const letter = fc.constantFrom<RaciLetter>('R', 'A', 'C', 'I');
  const matrixArb = fc
    .record({
      nA: fc.integer({ min: 0, max: 6 }),
      nP: fc.integer({ min: 0, max: 5 }),
    })
    .chain(({ nA, nP }) => {
      const activities = Array.from({ length: nA }, (_, i) => `a${i}`);
      const people = Array.from({ length: nP }, (_, i) => `p${i}`);
      const cell = fc.option(
        fc.oneof(letter, fc.uniqueArray(letter, { minLength: 1, maxLength: 3 })),
        { nil: undefined },
      );
      return fc
        .array(fc.array(cell, { minLength: nP, maxLength: nP }), { minLength: nA, maxLength: nA })
        .map((rows) => {
          const assignments: Record<string, Record<string, RaciLetter | RaciLetter[]>> = {};
          rows.forEach((row, i) => {
            const r: Record<string, RaciLetter | RaciLetter[]> = {};
            row.forEach((c, j) => {
              if (c !== undefined) r[`p${j}`] = c;
            });
            assignments[`a${i}`] = r;
          });
          return { activities, people, assignments } as RaciInput;
        });
    });

  it('property: the golden-rule finding appears exactly for activities without exactly one A; inputs untouched, output frozen, deterministic', () => {
    fc.assert(
      fc.property(matrixArb, (raw) => {
        const input = frozen(raw);
        const before = structuredClone(input);
        const v = validateRaci(input);
        expect(input).toEqual(before);
        expect(isDeepFrozen(v)).toBe(true);
        expect(validateRaci(input)).toEqual(v);
        const m = createRaci(input);
        expect(isDeepFrozen(m)).toBe(true);
        expect(createRaci(input)).toEqual(m);
        expect(input).toEqual(before);
        for (const a of m.activities) {
          const row = m.assignments[a.id] ?? {};
          const as = Object.values(row).filter((l) => l.includes('A')).length;
          const rs = Object.values(row).filter((l) => l.includes('R')).length;
          const has = (rule: string) =>
            v.findings.some((f) => f.rule === rule && f.activity === a.id);
          expect(has('exactly-one-accountable')).toBe(as !== 1);
          expect(has('at-least-one-responsible')).toBe(rs === 0);
        }
        expect(v.ok).toBe(v.findings.every((f) => f.severity === 'warning'));
        const totalA = v.load.reduce((s, l) => s + l.accountable, 0);
        const expectedA = m.activities.reduce(
          (s, a) =>
            s + Object.values(m.assignments[a.id] ?? {}).filter((l) => l.includes('A')).length,
          0,
        );
        expect(totalA).toBe(expectedA);
      }),
      { numRuns: 200 },
    );
  });
});

describe('defaultRaci', () => {
  it('gives the owning role A and R on each of the ten responsibilities (doc example)', () => {
    const m = defaultRaci({ productOwner: 'ana', projectManager: 'ben', team: 'devs' });
    expect(m.assignments['po.backlog']).toEqual({ ana: ['R', 'A'], ben: ['I'], devs: ['C'] });
    expect(validateRaci(m).findings).toEqual([]);
    expect(m.activities.map((a) => a.id)).toEqual(RESPONSIBILITIES.map((r) => r.id));
    expect(m.activities[0]).toEqual({ id: 'po.funding', title: 'Provide resources and funds' });
    for (const r of RESPONSIBILITIES) {
      const owner = r.role === 'product-owner' ? 'ana' : 'ben';
      expect(m.assignments[r.id]?.[owner]).toEqual(['R', 'A']);
    }
    expect(isDeepFrozen(m)).toBe(true);
  });

  it('passes validateRaci with no findings, with or without team and sponsor', () => {
    const inputs = [
      { productOwner: 'po', projectManager: 'pm' },
      { productOwner: 'po', projectManager: 'pm', sponsor: 'cfo' },
      { productOwner: 'po', projectManager: 'pm', team: ['d1', 'd2', 'd3'], sponsor: 'cfo' },
    ];
    for (const input of inputs) {
      const v = validateRaci(defaultRaci(frozen(input)));
      expect(v.findings).toEqual([]);
      expect(v.ok).toBe(true);
    }
    const m = defaultRaci({
      productOwner: 'po',
      projectManager: 'pm',
      team: ['d1', 'd2'],
      sponsor: 'cfo',
    });
    expect(m.people).toEqual([
      { id: 'po', role: 'Product Owner' },
      { id: 'pm', role: 'Project Manager' },
      { id: 'd1', role: 'Team' },
      { id: 'd2', role: 'Team' },
      { id: 'cfo', role: 'Sponsor' },
    ]);
    expect(m.assignments['pm.admin']).toEqual({ po: ['I'], pm: ['R', 'A'], d1: ['I'], d2: ['I'] });
  });

  it('lets the stronger column win when one person holds two, which validateRaci then reports as overload', () => {
    const m = defaultRaci({ productOwner: 'kim', projectManager: 'kim', team: ['kim', 'dev'] });
    expect(m.people).toEqual([
      { id: 'kim', role: 'Product Owner, Project Manager, Team' },
      { id: 'dev', role: 'Team' },
    ]);
    for (const r of RESPONSIBILITIES) expect(m.assignments[r.id]?.kim).toEqual(['R', 'A']);
    const v = validateRaci(m);
    expect(v.ok).toBe(true);
    expect(v.findings.map((f) => [f.rule, f.person])).toEqual([['overloaded-person', 'kim']]);
  });

  it('rejects bad holders with INVALID_ARGUMENT and the path', () => {
    expectPopmError(() => defaultRaci(null as never), 'INVALID_ARGUMENT', ['input']);
    expectPopmError(
      () => defaultRaci({ productOwner: '', projectManager: 'b' }),
      'INVALID_ARGUMENT',
      ['input', 'productOwner'],
    );
    expectPopmError(() => defaultRaci({ productOwner: 'a' } as never), 'INVALID_ARGUMENT', [
      'input',
      'projectManager',
    ]);
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: 'b', team: 3 as never }),
      'INVALID_ARGUMENT',
      ['input', 'team'],
    );
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: 'b', team: '' }),
      'INVALID_ARGUMENT',
      ['input', 'team'],
    );
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: 'b', team: ['x', ''] }),
      'INVALID_ARGUMENT',
      ['input', 'team', 1],
    );
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: 'b', sponsor: 1 as never }),
      'INVALID_ARGUMENT',
      ['input', 'sponsor'],
    );
  });

  it('property: any distinct people give a matrix validateRaci passes with no findings', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 7 }),
        fc.boolean(),
        (ids, withSponsor) => {
          const [po, pm, ...rest] = ids as [string, string, ...string[]];
          const sponsor = withSponsor && rest.length > 0 ? rest[rest.length - 1] : undefined;
          const team = sponsor === undefined ? rest : rest.slice(0, -1);
          const input =
            sponsor === undefined
              ? { productOwner: po, projectManager: pm, team }
              : { productOwner: po, projectManager: pm, team, sponsor };
          const m = defaultRaci(frozen(input));
          expect(validateRaci(m).findings).toEqual([]);
          expect(defaultRaci(input)).toEqual(m);
        },
      ),
      { numRuns: 150 },
    );
  });
});
