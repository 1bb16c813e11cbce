/**
 * @internal Reading a resource plan's resources and every task's
 * `assignments` and `cost` (after the task reader has checked the tasks),
 * for the resource and cost functions.
 */
import type { WorkCalendar } from '../../core/calendar.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { type CompiledCalendar, compileCalendar } from '../../core/internal/calendarEpoch.js';
import { readEntity, readProperty } from '../../core/internal/readObject.js';
import { requireArray, requireNumber } from '../../core/internal/validate.js';
import { type Decimal, toDecimal } from '../../core/numbers.js';

/** @internal A validated resource plan: resources and, per task, its assignments as indexes. */
export interface ReadResources {
  readonly resources: readonly {
    readonly id: string;
    readonly name?: string | undefined;
    readonly unitsPerDay: number;
    /** The resource's own calendar, when it has one. */
    readonly calendar?: CompiledCalendar | undefined;
    /** Cost per unit-day, when given. */
    readonly costPerDay?: Decimal | undefined;
  }[];
  /** Per task (input order): resource indexes. */
  readonly taskResources: readonly (readonly number[])[];
  /** Per task (input order): units per resource, aligned with `taskResources`. */
  readonly taskUnits: readonly (readonly number[])[];
  /** Per task (input order): its `cost` as given, not yet checked. */
  readonly taskCost: readonly unknown[];
}

/** @internal The keys of a `Resource` (also read by levelResources and teamCapacity). */
export const RESOURCE_KEYS = [
  'id',
  'name',
  'unitsPerDay',
  'costPerDay',
  'calendar',
  'meta',
] as const;
const ASSIGNMENT_KEYS = ['resource', 'units'] as const;

/**
 * @internal Reads `plan.resources` and every task's `assignments` (paths under
 * `path`, default `['plan']`). Rejects unknown resources, units `<= 0` and work
 * assigned to a resource with no capacity.
 */
export function readResources(
  plan: unknown,
  durations: ArrayLike<number>,
  path: PopmPath = ['plan'],
): ReadResources {
  const rec = readEntity(plan, path, ['tasks', 'resources'], 'a plan { tasks, resources }');
  const list = requireArray(rec.resources ?? [], [...path, 'resources']);
  const index = new Map<string, number>();
  const resources = list.map((raw, i) => readResource(raw, i, index, path));
  const tasks = requireArray(rec.tasks, [...path, 'tasks']);
  const taskResources: number[][] = [];
  const taskUnits: number[][] = [];
  const taskCost: unknown[] = [];
  tasks.forEach((raw, t) => {
    // The task reader (compileNetwork) has checked every task's keys; only
    // the two fields it leaves are read here, own and enumerable.
    const assignments = ownField(raw, 'assignments', path, t);
    const { ids, units } = readAssignments(
      assignments,
      t,
      durations[t] as number,
      index,
      resources,
      path,
    );
    taskResources.push(ids);
    taskUnits.push(units);
    taskCost.push(ownField(raw, 'cost', path, t));
  });
  return { resources, taskResources, taskUnits, taskCost };
}

/** Own enumerable field `key` of task `t` (`undefined` when absent), read safely. */
function ownField(raw: unknown, key: string, path: PopmPath, t: number): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw popmError('INVALID_ARGUMENT', [...path, 'tasks', t], 'a task object', raw);
  let own: boolean;
  try {
    own = Object.prototype.propertyIsEnumerable.call(raw, key);
  } catch {
    throw popmError('INVALID_ARGUMENT', [...path, 'tasks', t], 'a readable plain object', raw);
  }
  return own ? readProperty(raw, key, [...path, 'tasks', t]) : undefined;
}

/** Reads resource `i` and records its id in `index` (rejecting a duplicate). */
function readResource(
  raw: unknown,
  i: number,
  index: Map<string, number>,
  path: PopmPath,
): ReadResources['resources'][number] {
  const p = [...path, 'resources', i];
  const r = readEntity(raw, p, RESOURCE_KEYS, 'a resource object');
  if (typeof r.id !== 'string' || r.id.length === 0)
    throw popmError('INVALID_ARGUMENT', [...p, 'id'], 'a non-empty string id', r.id);
  const first = index.get(r.id);
  if (first !== undefined)
    throw popmError('DUPLICATE_ID', [...p, 'id'], 'a unique id', r.id, {
      id: r.id,
      firstIndex: first,
    });
  index.set(r.id, i);
  const unitsPerDay = requireNumber(r.unitsPerDay, [...p, 'unitsPerDay'], { min: 0 });
  if (r.name !== undefined && typeof r.name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...p, 'name'], 'a string', r.name);
  return {
    id: r.id,
    ...(r.name === undefined ? {} : { name: r.name as string }),
    unitsPerDay,
    ...(r.calendar === undefined
      ? {}
      : { calendar: compileCalendar(r.calendar as WorkCalendar, [...p, 'calendar']) }),
    ...(r.costPerDay === undefined
      ? {}
      : { costPerDay: readCost(r.costPerDay, [...p, 'costPerDay']) }),
  };
}

/** @internal A money amount `>= 0` at `path`. */
export function readCost(value: unknown, path: PopmPath): Decimal {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero()) throw popmError('OUT_OF_RANGE', path, 'an amount >= 0', value);
  return d.isZero() ? d.abs() : d;
}

/** Task `t`'s assignments `a` as resource indexes and units, a resource's repeats summed. */
function readAssignments(
  a: unknown,
  t: number,
  duration: number,
  index: ReadonlyMap<string, number>,
  resources: ReadResources['resources'],
  path: PopmPath,
): { ids: number[]; units: number[] } {
  const ids: number[] = [];
  const units: number[] = [];
  if (a === undefined) return { ids, units };
  const ap = [...path, 'tasks', t, 'assignments'];
  requireArray(a, ap).forEach((item, j) => {
    const x = readEntity(item, [...ap, j], ASSIGNMENT_KEYS, 'an assignment object');
    const k = typeof x.resource === 'string' ? index.get(x.resource) : undefined;
    if (k === undefined)
      throw popmError(
        'NOT_FOUND',
        [...ap, j, 'resource'],
        'the id of a resource in plan.resources',
        x.resource,
      );
    const u = requireNumber(x.units, [...ap, j, 'units'], { minExclusive: 0 });
    const res = resources[k] as { unitsPerDay: number };
    if (res.unitsPerDay === 0 && duration > 0)
      throw popmError(
        'OUT_OF_RANGE',
        [...path, 'resources', k, 'unitsPerDay'],
        'a capacity > 0 for a resource with work assigned',
        0,
      );
    const at = ids.indexOf(k);
    if (at >= 0) units[at] = (units[at] as number) + u;
    else {
      ids.push(k);
      units.push(u);
    }
  });
  return { ids, units };
}
