/**
 * @internal Helpers shared by the backlog operations: item validation,
 * dependency checks and error re-rooting.
 */
import { assertIsoDate } from '../core/dates.js';
import { isPopmError, type PopmPath, popmError, withPathPrefix } from '../core/errors.js';
import {
  findCycle,
  indexById,
  requireArray,
  requireNumber,
  requireObject,
  requireOneOf,
  requireString,
} from '../core/validate.js';
import { cd3 } from './cd3.js';
import { ice } from './ice.js';
import { KANO_CATEGORIES } from './kano.js';
import { rice } from './rice.js';
import type { Backlog, BacklogItem } from './types.js';
import { ITEM_KINDS, ITEM_STATUSES, MOSCOW_CATEGORIES } from './types.js';
import { valueEffort } from './valueEffort.js';
import { wsjf } from './wsjf.js';

/** @internal Re-throws a PopmError with `prefix` put before its path (message rebuilt). */
export function reroot(error: unknown, prefix: PopmPath): unknown {
  return withPathPrefix(error, prefix);
}

/** @internal Runs `fn`; a PopmError it throws gets `prefix` before its path. */
export function at<T>(prefix: PopmPath, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw reroot(e, prefix);
  }
}

/**
 * @internal An options argument as a record: `{}` when left out, else it must
 * be a plain object (`INVALID_ARGUMENT` at `path`), never silently ignored.
 */
export function optionsRecord(
  options: unknown,
  path: PopmPath = ['options'],
): Record<string, unknown> {
  return options === undefined ? {} : requireObject(options, path, 'an options object');
}

/** @internal True for `done` and `wont-do`. */
export function isClosed(item: BacklogItem): boolean {
  return item.status === 'done' || item.status === 'wont-do';
}

/** @internal Checks the shape of a backlog argument. */
export function requireBacklog(backlog: unknown, path: PopmPath = ['backlog']): Backlog {
  const b = requireObject(backlog, path, 'a backlog ({ items })');
  requireArray(b.items, [...path, 'items']);
  return b as unknown as Backlog;
}

function stringList(value: unknown, path: PopmPath, what: string): readonly string[] {
  const list = requireArray(value, path);
  const seen = new Set<string>();
  list.forEach((v, j) => {
    const s = requireString(v, [...path, j], what);
    if (seen.has(s)) throw popmError('DUPLICATE_ID', [...path, j], 'no repeats', s);
    seen.add(s);
  });
  return Object.freeze([...(list as readonly string[])]);
}

function copyKeys<T>(value: unknown, keys: readonly string[]): T {
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  return Object.freeze(out) as T;
}

/**
 * @internal Validates one item and returns a fresh frozen {@link BacklogItem}
 * holding only the known fields, defaults filled in. Does not check that
 * dependencies exist (the backlog does that).
 */
export function normaliseItem(input: unknown, path: PopmPath): BacklogItem {
  const r = requireObject(input, path, 'a backlog item');
  const id = requireString(r.id, [...path, 'id'], 'a non-empty string id');
  const out: Record<string, unknown> = {
    id,
    title: requireString(r.title, [...path, 'title'], 'a non-empty title'),
  };
  if (r.kind !== undefined) out.kind = requireOneOf(r.kind, ITEM_KINDS, [...path, 'kind']);
  out.status =
    r.status === undefined ? 'todo' : requireOneOf(r.status, ITEM_STATUSES, [...path, 'status']);
  if (r.estimate !== undefined)
    out.estimate = requireNumber(r.estimate, [...path, 'estimate'], { min: 0 });
  const dependsOn =
    r.dependsOn === undefined
      ? Object.freeze([] as string[])
      : stringList(r.dependsOn, [...path, 'dependsOn'], 'a non-empty string id');
  const self = dependsOn.indexOf(id);
  if (self >= 0)
    throw popmError('CYCLE', [...path, 'dependsOn', self], 'no dependency on itself', id, {
      cycle: [id],
    });
  out.dependsOn = dependsOn;
  out.tags =
    r.tags === undefined
      ? Object.freeze([] as string[])
      : stringList(r.tags, [...path, 'tags'], 'a non-empty string tag');
  if (r.createdOn !== undefined) out.createdOn = assertIsoDate(r.createdOn, [...path, 'createdOn']);
  if (r.wsjf !== undefined) {
    at([...path, 'wsjf'], () => wsjf(r.wsjf as never));
    out.wsjf = copyKeys(r.wsjf, ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize']);
  }
  if (r.rice !== undefined) {
    at([...path, 'rice'], () => rice(r.rice as never));
    out.rice = copyKeys(r.rice, ['reach', 'impact', 'confidence', 'effort']);
  }
  if (r.ice !== undefined) {
    at([...path, 'ice'], () => ice(r.ice as never));
    out.ice = copyKeys(r.ice, ['impact', 'confidence', 'ease']);
  }
  if (r.cd3 !== undefined) {
    at([...path, 'cd3'], () => cd3(r.cd3 as never));
    out.cd3 = copyKeys(r.cd3, ['costOfDelay', 'duration']);
  }
  if (r.moscow !== undefined)
    out.moscow = requireOneOf(r.moscow, MOSCOW_CATEGORIES, [...path, 'moscow']);
  if (r.kano !== undefined) out.kano = requireOneOf(r.kano, KANO_CATEGORIES, [...path, 'kano']);
  if (r.valueEffort !== undefined) {
    at([...path, 'valueEffort'], () => valueEffort(r.valueEffort as never));
    out.valueEffort = copyKeys(r.valueEffort, ['value', 'effort']);
  }
  if (r.criteria !== undefined) {
    const c = requireObject(r.criteria, [...path, 'criteria']);
    const copy: Record<string, number> = {};
    for (const k of Object.keys(c)) copy[k] = requireNumber(c[k], [...path, 'criteria', k]);
    out.criteria = Object.freeze(copy);
  }
  return Object.freeze(out) as unknown as BacklogItem;
}

/**
 * @internal Checks ids are unique, every dependency exists and there is no
 * dependency loop. Returns id → index.
 */
export function checkGraph(items: readonly BacklogItem[], path: PopmPath): Map<string, number> {
  const index = indexById(items, path);
  let anyDeps = false;
  items.forEach((item, i) => {
    item.dependsOn.forEach((dep, j) => {
      anyDeps = true;
      if (!index.has(dep))
        throw popmError(
          'NOT_FOUND',
          [...path, i, 'dependsOn', j],
          'the id of an item in the backlog',
          dep,
          {
            id: item.id,
            dependsOn: dep,
          },
        );
    });
  });
  if (anyDeps) {
    const ids = items.map((it) => it.id);
    const cycle = findCycle(ids, (id) => (items[index.get(id) as number] as BacklogItem).dependsOn);
    if (cycle !== null) {
      const first = index.get(cycle[0] as string) as number;
      throw popmError(
        'CYCLE',
        [...path, first, 'dependsOn'],
        'no dependency loop',
        [...cycle, cycle[0]].join(' -> '),
        {
          cycle,
        },
      );
    }
  }
  return index;
}

/** @internal Finds an item's index by id, or throws NOT_FOUND at `path`. */
export function indexOfId(backlog: Backlog, id: unknown, path: PopmPath): number {
  const key = requireString(id, path, 'a non-empty string id');
  const items = backlog.items;
  for (let i = 0; i < items.length; i++) if ((items[i] as BacklogItem).id === key) return i;
  throw popmError('NOT_FOUND', path, 'the id of an item in the backlog', key);
}
