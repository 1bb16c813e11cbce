/**
 * @internal Reads the Project document with core's entity reader: the
 * document and the sections the project layer owns (people, roles, targets,
 * reviews, decisions and the project fields of work items) reject a key
 * close to a known one, ignore other unknown keys and carry `meta`. The
 * domain sections (backlog, sprints, plan, budget…) are read by their
 * domain functions, whose errors are re-rooted under `project`.
 */

import { toEpochDay } from '../../core/dates.js';
import type { PopmPath } from '../../core/errors.js';
import { popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import {
  requireArray,
  requireNumber,
  requireObject,
  requireString,
} from '../../core/internal/validate.js';
import type { EarnedValueSnapshot } from '../../finance/index.js';
import type { Sprint } from '../../progress/index.js';
import type {
  Decision,
  Person,
  Project,
  ProjectRoles,
  ProjectWorkItem,
  SprintReview,
  Target,
} from '../types.js';

const PROJECT_KEYS = [
  'id',
  'name',
  'currency',
  'start',
  'calendar',
  'people',
  'roles',
  'raci',
  'backlog',
  'sprints',
  'workItems',
  'workflow',
  'statusHistory',
  'plan',
  'statusDate',
  'resources',
  'baseline',
  'budget',
  'businessCase',
  'earnedValue',
  'risks',
  'riskMatrix',
  'stakeholders',
  'reviews',
  'targets',
  'decisions',
  'notApplicable',
  'meta',
] as const;

const ARRAY_KEYS = [
  'people',
  'backlog',
  'sprints',
  'workItems',
  'plan',
  'earnedValue',
  'risks',
  'stakeholders',
  'reviews',
  'targets',
] as const;

const PERSON_KEYS = [
  'id',
  'name',
  'title',
  'capacity',
  'availability',
  'calendar',
  'meta',
] as const;
const ROLE_KEYS = ['productOwner', 'projectManager', 'sponsor', 'meta'] as const;
const REVIEW_KEYS = ['id', 'sprint', 'on', 'invited', 'attended', 'decisions', 'meta'] as const;
const TARGET_KEYS = ['id', 'title', 'due', 'items', 'meta'] as const;
const DECISION_KEYS = ['id', 'title', 'needBy', 'decider', 'decidedOn', 'outcome', 'meta'] as const;
// The work item keys of the progress domain and the three the project adds.
const WORK_KEYS = [
  'id',
  'createdOn',
  'startedOn',
  'finishedOn',
  'type',
  'assignee',
  'transitions',
  'meta',
  'estimate',
  'sprint',
  'backlogItem',
] as const;

// An earned-value snapshot as `earnedValue` reads it, with the date it was taken.
const SNAPSHOT_KEYS = ['bac', 'pv', 'ev', 'ac', 'etc', 'asOf', 'meta'] as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function optionalString(value: unknown, path: PopmPath): string | undefined {
  return value === undefined ? undefined : requireString(value, path);
}

function optionalDate(value: unknown, path: PopmPath): string | undefined {
  if (value === undefined) return undefined;
  toEpochDay(value, path);
  return value as string;
}

function stringList(value: unknown, path: PopmPath): readonly string[] {
  const list = requireArray(value, path, 'an array of ids');
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) out.push(requireString(list[i], [...path, i], 'an id'));
  return Object.freeze(out);
}

/** Copies the defined entries of `fields` into a fresh object. */
function defined<T>(fields: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as T;
}

function readPerson(value: unknown, path: PopmPath): Person {
  const p = readEntity(value, path, PERSON_KEYS, 'a person');
  return defined<Person>({
    id: requireString(p.id, [...path, 'id']),
    name: requireString(p.name, [...path, 'name']),
    title: optionalString(p.title, [...path, 'title']),
    capacity: requireNumber(p.capacity, [...path, 'capacity'], { min: 0 }),
    availability: requireNumber(p.availability, [...path, 'availability'], { min: 0, max: 1 }),
    calendar: p.calendar,
    meta: readMeta(p.meta, [...path, 'meta']),
  });
}

function readRoles(value: unknown, path: PopmPath): ProjectRoles {
  const r = readEntity(value, path, ROLE_KEYS, 'the role holders');
  return defined<ProjectRoles>({
    productOwner: requireString(r.productOwner, [...path, 'productOwner'], 'a person id'),
    projectManager: requireString(r.projectManager, [...path, 'projectManager'], 'a person id'),
    sponsor: optionalString(r.sponsor, [...path, 'sponsor']),
    meta: readMeta(r.meta, [...path, 'meta']),
  });
}

function readReview(value: unknown, path: PopmPath): SprintReview {
  const r = readEntity(value, path, REVIEW_KEYS, 'a sprint review');
  return defined<SprintReview>({
    id: requireString(r.id, [...path, 'id']),
    sprint: requireString(r.sprint, [...path, 'sprint'], 'a sprint id'),
    on: requireDate(r.on, [...path, 'on']),
    invited: stringList(r.invited, [...path, 'invited']),
    attended: stringList(r.attended, [...path, 'attended']),
    decisions:
      r.decisions === undefined ? undefined : stringList(r.decisions, [...path, 'decisions']),
    meta: readMeta(r.meta, [...path, 'meta']),
  });
}

function requireDate(value: unknown, path: PopmPath): string {
  toEpochDay(value, path);
  return value as string;
}

function readTarget(value: unknown, path: PopmPath): Target {
  const t = readEntity(value, path, TARGET_KEYS, 'a target');
  return defined<Target>({
    id: requireString(t.id, [...path, 'id']),
    title: requireString(t.title, [...path, 'title']),
    due: requireDate(t.due, [...path, 'due']),
    items: stringList(t.items, [...path, 'items']),
    meta: readMeta(t.meta, [...path, 'meta']),
  });
}

function readDecision(value: unknown, path: PopmPath): Decision {
  const d = readEntity(value, path, DECISION_KEYS, 'a decision');
  return defined<Decision>({
    id: requireString(d.id, [...path, 'id']),
    title: requireString(d.title, [...path, 'title']),
    needBy: requireDate(d.needBy, [...path, 'needBy']),
    decider: optionalString(d.decider, [...path, 'decider']),
    decidedOn: optionalDate(d.decidedOn, [...path, 'decidedOn']),
    outcome: optionalString(d.outcome, [...path, 'outcome']),
    meta: readMeta(d.meta, [...path, 'meta']),
  });
}

const SPRINT_KEYS = [
  'id',
  'start',
  'end',
  'committed',
  'completed',
  'added',
  'removed',
  'completedFromAdded',
  'meta',
] as const;

/** A safe copy of a sprint with its dates checked (the sprints are sorted by date). */
function readSprint(value: unknown, path: PopmPath): Sprint {
  const e = readEntity(value, path, SPRINT_KEYS, 'a sprint');
  requireDate(e.start, [...path, 'start']);
  requireDate(e.end, [...path, 'end']);
  return e as unknown as Sprint;
}

/** A safe copy of a snapshot with its date checked (the snapshots are sorted by date). */
function readSnapshot(value: unknown, path: PopmPath): EarnedValueSnapshot {
  const e = readEntity(value, path, SNAPSHOT_KEYS, 'an earned-value snapshot');
  requireDate(e.asOf, [...path, 'asOf']);
  return e as unknown as EarnedValueSnapshot;
}

/** Checks the project fields of a work item and its dates; the progress functions check the rest. */
function checkWorkItem(value: unknown, path: PopmPath): ProjectWorkItem {
  const w = readEntity(value, path, WORK_KEYS, 'a work item');
  // Compared with the figures' date before any progress function reads them.
  requireDate(w.createdOn, [...path, 'createdOn']);
  optionalDate(w.startedOn, [...path, 'startedOn']);
  optionalDate(w.finishedOn, [...path, 'finishedOn']);
  if (w.estimate !== undefined) requireNumber(w.estimate, [...path, 'estimate'], { min: 0 });
  optionalString(w.sprint, [...path, 'sprint']);
  optionalString(w.backlogItem, [...path, 'backlogItem']);
  return value as ProjectWorkItem;
}

function readList<T>(
  value: unknown,
  path: PopmPath,
  what: string,
  read: (item: unknown, path: PopmPath) => T,
): readonly T[] {
  const list = requireArray(value, path, what);
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(read(list[i], [...path, i]));
  return out;
}

/**
 * @internal Reads a Project document into a fresh object of its known keys,
 * the project-owned sections copied and checked (paths from `project`).
 */
export function readProject(value: unknown): Project {
  const path = ['project'];
  const p = readEntity(value, path, PROJECT_KEYS, 'a Project document');
  requireString(p.id, [...path, 'id']);
  // Copied into every result: strings, never an object the result would freeze.
  requireString(p.name, [...path, 'name']);
  requireString(p.currency, [...path, 'currency']);
  for (const key of ARRAY_KEYS) requireArray(p[key], [...path, key], `an array of ${key}`);
  if (p.decisions !== undefined)
    requireArray(p.decisions, [...path, 'decisions'], 'an array of decisions');
  (p.stakeholders as unknown[]).forEach((x, i) => {
    requireObject(x, [...path, 'stakeholders', i], 'a stakeholder');
  });
  if (p.statusDate !== undefined) toEpochDay(p.statusDate, [...path, 'statusDate']);
  if (p.resources !== undefined)
    requireArray(p.resources, [...path, 'resources'], 'an array of resources');
  if (p.statusHistory !== undefined) {
    requireArray(p.statusHistory, [...path, 'statusHistory'], 'an array of status histories');
    if (p.workflow === undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, 'workflow'],
        'a workflow (statusHistory is read by it)',
        undefined,
      );
  }
  if (p.roles === undefined)
    throw popmError('INVALID_ARGUMENT', [...path, 'roles'], 'the role holders', undefined);
  const out: Mutable<Project> & Record<string, unknown> = { ...(p as unknown as Project) };
  out.people = readList(p.people, [...path, 'people'], 'an array of people', readPerson);
  out.roles = readRoles(p.roles, [...path, 'roles']);
  out.reviews = readList(p.reviews, [...path, 'reviews'], 'an array of reviews', readReview);
  out.targets = readList(p.targets, [...path, 'targets'], 'an array of targets', readTarget);
  readList(p.workItems, [...path, 'workItems'], 'an array of work items', checkWorkItem);
  // Sorted by date before velocity reads them: safe copies with their dates checked.
  out.sprints = readList(p.sprints, [...path, 'sprints'], 'an array of sprints', readSprint);
  out.earnedValue = readList(p.earnedValue, [...path, 'earnedValue'], 'an array', readSnapshot);
  if (p.decisions !== undefined)
    out.decisions = readList(p.decisions, [...path, 'decisions'], 'an array', readDecision);
  const meta = readMeta(p.meta, [...path, 'meta']);
  if (meta === undefined) delete out.meta;
  else out.meta = meta;
  return out;
}
