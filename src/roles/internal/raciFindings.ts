/**
 * @internal The findings and loads of a normalised RACI matrix, by the rules
 * of {@link validateRaci}: per activity in row order, then the unknown
 * activities, then per person in column order.
 */
import type { RaciLetter } from '../createRaci.js';
import type { RaciFinding, RaciLoad } from '../validateRaci.js';
import type { NormalisedRaci } from './normaliseRaci.js';

/** @internal Resolved options of validateRaci. */
export interface RaciSettings {
  readonly maxShare: number;
  readonly minActivities: number;
  readonly implied: boolean;
}

type Row = ReadonlyMap<string, readonly RaciLetter[]>;

function unknownPerson(activity: string, person: string): RaciFinding {
  return {
    rule: 'unknown-person',
    severity: 'error',
    activity,
    person,
    message: `${activity}: ${person} is not one of the people in the matrix`,
  };
}

/**
 * The findings of one activity's row; returns whether its lone Accountable
 * stands for the missing Responsible (option accountableImpliesResponsible).
 */
function rowFindings(
  activity: string,
  row: Row,
  personIds: readonly string[],
  known: ReadonlySet<string>,
  implied: boolean,
  findings: RaciFinding[],
): boolean {
  const cols = rowColumns(row, personIds, known);
  const accountables: string[] = [];
  let responsible = false;
  for (const p of cols) {
    const letters = row.get(p) as readonly RaciLetter[];
    if (letters.includes('A')) accountables.push(p);
    if (letters.includes('R')) responsible = true;
  }
  if (accountables.length !== 1)
    findings.push({
      rule: 'exactly-one-accountable',
      severity: 'error',
      activity,
      people: accountables,
      message:
        accountables.length === 0
          ? `${activity}: nobody is Accountable; exactly one person must be`
          : `${activity}: ${accountables.length} people are Accountable (${accountables.join(', ')}); exactly one must be`,
    });
  const impliedR = !responsible && implied && accountables.length === 1;
  if (!responsible && !impliedR)
    findings.push({
      rule: 'at-least-one-responsible',
      severity: 'error',
      activity,
      people: [],
      message: `${activity}: nobody is Responsible; at least one person must do the work`,
    });
  letterFindings(activity, row, cols, findings);
  for (const p of cols) if (!known.has(p)) findings.push(unknownPerson(activity, p));
  return impliedR;
}

/** The row's people: known ones in column order, then unknown ones in key order. */
function rowColumns(row: Row, personIds: readonly string[], known: ReadonlySet<string>): string[] {
  const cols: string[] = [];
  for (const p of personIds) if (row.has(p)) cols.push(p);
  for (const p of row.keys()) if (!known.has(p)) cols.push(p);
  return cols;
}

/** The `one-letter-per-person` findings of one row (only A with R may combine). */
function letterFindings(
  activity: string,
  row: Row,
  cols: readonly string[],
  findings: RaciFinding[],
): void {
  for (const p of cols) {
    const letters = row.get(p) as readonly RaciLetter[];
    const isAr = letters.length === 2 && letters.includes('A') && letters.includes('R');
    if (letters.length > 1 && !isAr)
      findings.push({
        rule: 'one-letter-per-person',
        severity: 'warning',
        activity,
        person: p,
        message: `${activity}: ${p} holds ${letters.join('+')}; give one letter per person (only A with R may combine)`,
      });
  }
}

interface Tally {
  accountable: number;
  responsible: number;
  involved: number;
}

function personFindings(
  loads: readonly RaciLoad[],
  n: number,
  settings: RaciSettings,
  findings: RaciFinding[],
): void {
  const { maxShare, minActivities } = settings;
  for (const l of loads) {
    if (l.involved === 0) {
      findings.push({
        rule: 'person-without-role',
        severity: 'warning',
        person: l.person,
        message: `${l.person}: holds no letter on any activity`,
      });
    } else if (n >= minActivities && l.accountableShare > maxShare) {
      findings.push({
        rule: 'overloaded-person',
        severity: 'warning',
        person: l.person,
        message: `${l.person}: Accountable for ${l.accountable} of ${n} activities (${Math.round(l.accountableShare * 100)}%), more than ${Math.round(maxShare * 100)}%`,
      });
    }
  }
}

/** Adds one row's letters to each known person's tally. */
function countRow(tally: Map<string, Tally>, row: Row, rImplied: boolean): void {
  for (const [p, letters] of row) {
    const l = tally.get(p);
    if (l === undefined) continue;
    l.involved++;
    if (letters.includes('A')) l.accountable++;
    if (letters.includes('R') || (rImplied && letters.includes('A'))) l.responsible++;
  }
}

/** The `unknown-activity` findings, with the stray people such a row names. */
function strayRowFindings(
  rows: NormalisedRaci['rows'],
  activityIds: ReadonlySet<string>,
  known: ReadonlySet<string>,
  findings: RaciFinding[],
): void {
  for (const [activity, row] of rows) {
    if (activityIds.has(activity)) continue;
    findings.push({
      rule: 'unknown-activity',
      severity: 'error',
      activity,
      message: `${activity}: is not one of the activities in the matrix`,
    });
    // A stray row can name stray people too; report them rather than hide them behind the row.
    for (const p of row.keys()) if (!known.has(p)) findings.push(unknownPerson(activity, p));
  }
}

/** @internal */
export function raciFindings(
  m: NormalisedRaci,
  settings: RaciSettings,
): { findings: RaciFinding[]; load: RaciLoad[] } {
  const findings: RaciFinding[] = [];
  const personIds = m.people.map((p) => p.id);
  const known = new Set(personIds);
  const activityIds = new Set(m.activities.map((a) => a.id));
  const tally = new Map<string, Tally>();
  for (const id of personIds) tally.set(id, { accountable: 0, responsible: 0, involved: 0 });
  const byActivity = new Map(m.rows);
  const empty: Row = new Map();
  for (const a of m.activities) {
    const row = byActivity.get(a.id) ?? empty;
    const rImplied = rowFindings(a.id, row, personIds, known, settings.implied, findings);
    countRow(tally, row, rImplied);
  }
  strayRowFindings(m.rows, activityIds, known, findings);
  const n = m.activities.length;
  const load: RaciLoad[] = personIds.map((person) => {
    const l = tally.get(person) as Tally;
    return { person, ...l, accountableShare: n === 0 ? 0 : l.accountable / n };
  });
  personFindings(load, n, settings, findings);
  return { findings, load };
}
