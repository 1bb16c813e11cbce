import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity } from '../core/internal/readObject.js';
import { requireString } from '../core/internal/validate.js';
import { RESPONSIBILITIES, type ResponsibilityId } from './catalogue.js';
import type { RaciActivity, RaciLetter, RaciMatrix, RaciPerson } from './createRaci.js';
import { readList } from './internal/readList.js';

/** Input of {@link defaultRaci}: person ids. */
export interface DefaultRaciInput {
  /** The Product Owner's person id. */
  readonly productOwner: string;
  /** The Project Manager's person id. */
  readonly projectManager: string;
  /** The delivery team: one id for the team as a whole, or each member's id. */
  readonly team?: string | readonly string[] | undefined;
  /** The sponsor's person id. */
  readonly sponsor?: string | undefined;
}

type Column = 'owner' | 'other' | 'team' | 'sponsor';

const INPUT_KEYS = ['productOwner', 'projectManager', 'team', 'sponsor'] as const;

// Letters per responsibility: the role that owns it is Accountable and Responsible.
const LETTERS: Readonly<
  Record<ResponsibilityId, Readonly<Record<Exclude<Column, 'owner'>, RaciLetter | null>>>
> = {
  'po.funding': { other: 'C', team: 'I', sponsor: 'C' },
  'po.value': { other: 'C', team: 'I', sponsor: 'I' },
  'po.backlog': { other: 'I', team: 'C', sponsor: 'I' },
  'po.stakeholders': { other: 'C', team: 'I', sponsor: 'C' },
  'po.progress': { other: 'C', team: 'C', sponsor: 'I' },
  'pm.business-case': { other: 'C', team: 'I', sponsor: 'C' },
  'pm.plans': { other: 'C', team: 'C', sponsor: 'I' },
  'pm.progress': { other: 'I', team: 'C', sponsor: 'I' },
  'pm.risks': { other: 'C', team: 'C', sponsor: 'I' },
  'pm.admin': { other: 'I', team: 'I', sponsor: null },
};

/**
 * The RACI matrix for the ten responsibilities of the two roles: the role
 * that holds a responsibility is Accountable and Responsible for it; the
 * other role, the team and the sponsor are Consulted or Informed. It passes
 * {@link validateRaci} with no findings when the people are distinct.
 *
 * When one person holds several columns (say the same person is Product
 * Owner and Project Manager, which {@link checkRoleAssignment} reports),
 * the stronger column wins on each activity: owner, then the other role,
 * then the team, then the sponsor. Such a matrix then shows an
 * `overloaded-person` warning.
 *
 * @param input - the person ids of the two roles, the team and the sponsor
 * @returns the matrix (variant `'RACI'`), frozen
 * @throws PopmError `INVALID_ARGUMENT` when a role holder is not a non-empty
 *   string or `team` is neither a string nor an array of strings;
 *   `DUPLICATE_ID` when `team` names one member twice. Paths start at
 *   `input` (`input.team[1]`); a misspelled key (`productowner`) names the
 *   right one
 * @example
 * const m = defaultRaci({ productOwner: 'ana', projectManager: 'ben', team: 'devs' });
 * m.assignments['po.backlog']; //=> { ana: ['R', 'A'], ben: ['I'], devs: ['C'] }
 * validateRaci(m).findings; //=> []
 */
export function defaultRaci(input: DefaultRaciInput): RaciMatrix {
  const rec = readEntity(
    input,
    ['input'],
    INPUT_KEYS,
    'an object { productOwner, projectManager }',
  );
  const po = requireString(rec.productOwner, ['input', 'productOwner']);
  const pm = requireString(rec.projectManager, ['input', 'projectManager']);
  const team = readTeam(rec.team);
  const sponsor =
    rec.sponsor === undefined ? undefined : requireString(rec.sponsor, ['input', 'sponsor']);

  const people: RaciPerson[] = [];
  const addPerson = (id: string, role: string) => {
    const existing = people.findIndex((p) => p.id === id);
    if (existing < 0) people.push({ id, role });
    else {
      const p = people[existing] as RaciPerson;
      people[existing] = { id, role: `${p.role as string}, ${role}` };
    }
  };
  addPerson(po, 'Product Owner');
  addPerson(pm, 'Project Manager');
  for (const t of team) addPerson(t, 'Team');
  if (sponsor !== undefined) addPerson(sponsor, 'Sponsor');

  const activities: RaciActivity[] = RESPONSIBILITIES.map((r) => ({ id: r.id, title: r.title }));
  const assignments: Record<string, Record<string, RaciLetter[]>> = {};
  for (const r of RESPONSIBILITIES) {
    assignments[r.id] = assignmentRow(r, po, pm, team, sponsor, people);
  }
  return deepFreeze({ variant: 'RACI' as const, activities, people, assignments });
}

/** The `team` holders: one id, a list of distinct ids, or none. */
function readTeam(value: unknown): string[] {
  if (typeof value === 'string') return [requireString(value, ['input', 'team'])];
  if (value === undefined) return [];
  const team = readList(value, ['input', 'team'], 'a person id or an array of person ids').map(
    (t, i) => requireString(t, ['input', 'team', i]),
  );
  const first = new Map<string, number>();
  team.forEach((t, i) => {
    const j = first.get(t);
    if (j !== undefined)
      throw popmError('DUPLICATE_ID', ['input', 'team', i], 'each team member once', t, {
        id: t,
        firstIndex: j,
      });
    first.set(t, i);
  });
  return team;
}

/** One responsibility's row: its owner R+A, the others their default letter. */
function assignmentRow(
  r: (typeof RESPONSIBILITIES)[number],
  po: string,
  pm: string,
  team: readonly string[],
  sponsor: string | undefined,
  people: readonly RaciPerson[],
): Record<string, RaciLetter[]> {
  const owner = r.role === 'product-owner' ? po : pm;
  const other = r.role === 'product-owner' ? pm : po;
  const spec = LETTERS[r.id];
  const row = new Map<string, RaciLetter[]>();
  const give = (person: string, letter: RaciLetter | null) => {
    if (letter !== null && !row.has(person)) row.set(person, [letter]);
  };
  row.set(owner, ['R', 'A']);
  give(other, spec.other);
  for (const t of team) give(t, spec.team);
  if (sponsor !== undefined) give(sponsor, spec.sponsor);
  // Column order, so the matrix reads the same whatever the ids are.
  const ordered: [string, RaciLetter[]][] = [];
  for (const p of people) {
    const letters = row.get(p.id);
    if (letters !== undefined) ordered.push([p.id, letters]);
  }
  return Object.fromEntries(ordered);
}
