import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoleAssignment } from '../../src/roles/checkRoleAssignment.js';
import { createRaci, type RaciInput } from '../../src/roles/createRaci.js';
import { defaultRaci } from '../../src/roles/defaultRaci.js';
import { responsibilitiesOf } from '../../src/roles/responsibilitiesOf.js';
import { validateRaci } from '../../src/roles/validateRaci.js';
import { whoIsResponsible } from '../../src/roles/whoIsResponsible.js';
import { expectPopmError, frozen, isDeepFrozen, loudOrFrozen } from './helpers.js';

type Call = (...args: never[]) => unknown;

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, Number.NaN, '', 'r', ['A', 'A'], [], {}, [null], { id: 5 }),
);

// A RACI input with one part replaced by junk, so the checks past the top level run too.
const brokenRaci = fc
  .tuple(
    fc.constantFrom('activities', 'people', 'assignments', 'variant', 'cell', 'row', 'entry'),
    junk,
  )
  .map(([part, value]) => {
    const base: Record<string, unknown> = {
      activities: ['a', { id: 'b', title: 'B' }],
      people: ['p', { id: 'q', name: 'Q', role: 'Team' }],
      assignments: { a: { p: ['A', 'R'] }, b: { q: 'A', p: 'R' } },
    };
    if (part === 'cell') base.assignments = { a: { p: value }, b: { q: 'A' } };
    else if (part === 'row') base.assignments = { a: value };
    else if (part === 'entry') base.people = ['p', value];
    else base[part] = value;
    return base;
  });

const FUNCTIONS: readonly [string, Call, (a: unknown, b: unknown) => unknown[]][] = [
  ['createRaci', createRaci as Call, (a) => [a]],
  ['validateRaci', validateRaci as Call, (a, b) => [a, b]],
  ['defaultRaci', defaultRaci as Call, (a) => [a]],
  ['checkRoleAssignment', checkRoleAssignment as Call, (a) => [a]],
  ['responsibilitiesOf', responsibilitiesOf as Call, (a) => [a]],
  ['whoIsResponsible', whoIsResponsible as Call, (a) => [a]],
];

describe('every roles function is loud on bad input', () => {
  it.each(FUNCTIONS)(
    '%s: junk arguments give a PopmError (never a TypeError or an unfrozen result)',
    (_, fn, args) => {
      fc.assert(
        fc.property(junk, junk, (a, b) => loudOrFrozen(() => fn(...(args(a, b) as never[])))),
        { numRuns: 150 },
      );
    },
  );

  it('createRaci and validateRaci: a matrix with one junk part gives a PopmError or a frozen result', () => {
    fc.assert(
      fc.property(brokenRaci, junk, (m, options) => {
        loudOrFrozen(() => createRaci(m as never));
        loudOrFrozen(() => validateRaci(m as never));
        loudOrFrozen(() => validateRaci(m as never, options as never));
      }),
      { numRuns: 200 },
    );
  });

  it('defaultRaci and checkRoleAssignment: one junk holder gives a PopmError or a frozen result', () => {
    const key = fc.constantFrom('productOwner', 'projectManager', 'team', 'sponsor', 'people');
    fc.assert(
      fc.property(key, junk, (k, value) => {
        const input = { productOwner: 'ana', projectManager: 'ben', [k]: value };
        loudOrFrozen(() => defaultRaci(input as never));
        loudOrFrozen(() => checkRoleAssignment(input as never));
      }),
      { numRuns: 200 },
    );
  });
});

describe('rules added in review', () => {
  it('validateRaci: an unknown activity row that names unknown people reports them too', () => {
    const v = validateRaci(
      frozen({
        activities: ['t'],
        people: ['a'],
        assignments: { t: { a: ['A', 'R'] }, old: { a: 'A', ghost: 'R' } },
      }),
    );
    expect(v.findings.map((f) => [f.rule, f.activity, f.person])).toEqual([
      ['unknown-activity', 'old', undefined],
      ['unknown-person', 'old', 'ghost'],
    ]);
    // A stray row never counts towards anyone's load.
    expect(v.load).toEqual([
      { person: 'a', accountable: 1, responsible: 1, involved: 1, accountableShare: 1 },
    ]);
  });

  it('defaultRaci: a team member listed twice is DUPLICATE_ID at team[i]', () => {
    expectPopmError(
      () => defaultRaci({ productOwner: 'a', projectManager: 'b', team: ['t', 'u', 't'] }),
      'DUPLICATE_ID',
      ['input', 'team', 2],
    );
    // A role holder who is also in the team is not a duplicate: the columns merge.
    const m = defaultRaci({ productOwner: 'a', projectManager: 'b', team: ['a', 't'] });
    expect(m.people).toEqual([
      { id: 'a', role: 'Product Owner, Team' },
      { id: 'b', role: 'Project Manager' },
      { id: 't', role: 'Team' },
    ]);
  });

  it('validateRaci accepts its own createRaci output and the raw input alike', () => {
    const input: RaciInput = frozen({
      activities: ['x', 'y'],
      people: ['p', 'q'],
      assignments: { x: { p: ['R', 'A'] }, y: { q: 'A' } },
      variant: 'RASCI' as const,
    });
    expect(validateRaci(createRaci(input))).toEqual(validateRaci(input));
  });
});

describe('validateRaci option accountableImpliesResponsible (the "implied R" convention, Wikipedia: Responsibility assignment matrix)', () => {
  const signOff: RaciInput = frozen({
    activities: ['sign-off', 'build'],
    people: ['ana', 'ben'],
    assignments: { 'sign-off': { ana: 'A' }, build: { ana: 'A', ben: 'R' } },
  });

  it('matches the doc example', () => {
    expect(
      validateRaci(
        { activities: ['sign-off'], people: ['ana'], assignments: { 'sign-off': { ana: 'A' } } },
        { accountableImpliesResponsible: true },
      ).ok,
    ).toBe(true);
  });

  it('is off by default: a lone A without R is an at-least-one-responsible error', () => {
    const v = validateRaci(signOff);
    expect(v.findings.map((f) => [f.rule, f.activity])).toEqual([
      ['at-least-one-responsible', 'sign-off'],
    ]);
    expect(v.load[0]).toMatchObject({ person: 'ana', accountable: 2, responsible: 0 });
  });

  it('when on, a lone A counts as R on rows without an R, and only there', () => {
    const v = validateRaci(signOff, frozen({ accountableImpliesResponsible: true }));
    expect(v.findings).toEqual([]);
    expect(v.load.map((l) => [l.person, l.accountable, l.responsible])).toEqual([
      ['ana', 2, 1],
      ['ben', 0, 1],
    ]);
  });

  it('when on, still needs exactly one A to imply anything', () => {
    const v = validateRaci(
      { activities: ['x'], people: ['a', 'b'], assignments: { x: { a: 'A', b: 'A' } } },
      { accountableImpliesResponsible: true },
    );
    expect(v.findings.map((f) => f.rule)).toEqual([
      'exactly-one-accountable',
      'at-least-one-responsible',
    ]);
  });

  it('rejects a non-boolean flag with INVALID_ARGUMENT at its path', () => {
    expectPopmError(
      () => validateRaci(signOff, { accountableImpliesResponsible: 'yes' as never }),
      'INVALID_ARGUMENT',
      ['options', 'accountableImpliesResponsible'],
    );
  });
});

describe('freezing and determinism of the remaining roles functions', () => {
  const id = fc.constantFrom('ana', 'ben', 'cy', 'dee', 'eve');

  it('property: defaultRaci leaves its input untouched, returns a deep-frozen matrix, and answers the same twice', () => {
    fc.assert(
      fc.property(
        id,
        id,
        fc.uniqueArray(id, { maxLength: 3 }),
        fc.option(id, { nil: undefined }),
        (po, pm, team, sponsor) => {
          const raw =
            sponsor === undefined
              ? { productOwner: po, projectManager: pm, team }
              : { productOwner: po, projectManager: pm, team, sponsor };
          const input = frozen(raw);
          const m = defaultRaci(input);
          expect(input).toEqual(raw);
          expect(isDeepFrozen(m)).toBe(true);
          expect(defaultRaci(input)).toEqual(m);
          // Whoever holds the columns, each responsibility has exactly one A, and it is its role's holder.
          const v = validateRaci(m);
          expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(m.assignments['po.backlog']?.[po]).toEqual(['R', 'A']);
          expect(m.assignments['pm.plans']?.[pm]).toEqual(['R', 'A']);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: checkRoleAssignment reports exactly the holders missing from people as unknown-person', () => {
    fc.assert(
      fc.property(
        fc.option(id, { nil: null }),
        fc.option(id, { nil: null }),
        fc.uniqueArray(id, { maxLength: 5 }),
        (po, pm, ids) => {
          const raw = { productOwner: po, projectManager: pm, people: ids.map((x) => ({ id: x })) };
          const input = frozen(raw);
          const c = checkRoleAssignment(input);
          expect(input).toEqual(raw);
          expect(isDeepFrozen(c)).toBe(true);
          expect(checkRoleAssignment(input)).toEqual(c);
          const unknown = c.findings
            .filter((f) => f.rule === 'unknown-person')
            .map((f) => f.person);
          expect(unknown).toEqual([po, pm].filter((h) => h !== null && !ids.includes(h)));
        },
      ),
      { numRuns: 100 },
    );
  });
});
