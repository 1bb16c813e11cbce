import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity, readMeta } from '../core/internal/readObject.js';
import { requireOneOf, requireString } from '../core/validate.js';
import { readList } from './internal.js';

/** Where a workflow state sits: not started, started and not finished, or finished. */
export type StateCategory = 'todo' | 'in-progress' | 'done';

/**
 * What happens to cycle time when an item leaves a done state and comes back
 * into progress: `'restart'` starts it again on the day of the reopen;
 * `'continue'` (the default) keeps the first start, so the cycle time runs
 * from the first start to the final finish.
 */
export type ReopenPolicy = 'restart' | 'continue';

/** One column of the team's board. */
export interface WorkflowState {
  /** The state's name, as the tracker exports it (`'In Review'`); unique. */
  readonly name: string;
  /** Its category; categories must run todo → in-progress → done in the list. */
  readonly category: StateCategory;
  /**
   * Whether work happens in it (`true`) or the item waits (a queue such as
   * "Ready for review"). Only in-progress states may be active; default
   * `true` for an in-progress state, `false` otherwise.
   */
  readonly active?: boolean | undefined;
  /** Your own data (a JSON object), carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A team's workflow: its states in process order, and the reopen policy.
 * Every flow function that takes a workflow uses only it to decide when an
 * item started (it entered an in-progress or done state), finished (it
 * entered a done state and stayed there) and was work in progress.
 */
export interface Workflow {
  /**
   * The states in process order; at least one of each category. An item is
   * in the first state from its `createdOn` until its first transition.
   */
  readonly states: readonly WorkflowState[];
  /** Cycle time after a reopen (default `'continue'`). */
  readonly reopen?: ReopenPolicy | undefined;
}

/** @internal A validated workflow. */
export interface CheckedWorkflow {
  readonly states: readonly WorkflowState[];
  readonly reopen: ReopenPolicy;
  readonly index: ReadonlyMap<string, number>;
  readonly category: readonly StateCategory[];
  readonly active: readonly boolean[];
  /** The first state of each category (the state an item without transitions is shown in). */
  readonly firstOf: Readonly<Record<StateCategory, number>>;
}

const CATEGORIES: readonly StateCategory[] = ['todo', 'in-progress', 'done'];
const RANK: Readonly<Record<StateCategory, number>> = { todo: 0, 'in-progress': 1, done: 2 };

/** @internal Validates a {@link Workflow} at `path`. */
export function checkWorkflow(value: unknown, path: PopmPath): CheckedWorkflow {
  const rec = readEntity(value, path, ['states', 'reopen'], 'a Workflow object');
  const reopen =
    rec.reopen === undefined
      ? 'continue'
      : requireOneOf<ReopenPolicy>(rec.reopen, ['restart', 'continue'], [...path, 'reopen']);
  const list = readList(rec.states, [...path, 'states'], 'an array of workflow states');
  const index = new Map<string, number>();
  const category: StateCategory[] = [];
  const active: boolean[] = [];
  const states: WorkflowState[] = [];
  const firstOf: Record<StateCategory, number> = { todo: -1, 'in-progress': -1, done: -1 };
  let rank = 0;
  list.forEach((s, i) => {
    const at = [...path, 'states', i];
    const st = readEntity(s, at, ['name', 'category', 'active', 'meta'], 'a workflow state');
    const name = requireString(st.name, [...at, 'name']);
    if (index.has(name))
      throw popmError('INVALID_ARGUMENT', [...at, 'name'], 'a unique state name', name);
    const cat = requireOneOf(st.category, CATEGORIES, [...at, 'category']);
    if (RANK[cat] < rank)
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'category'],
        'categories in process order (todo, then in-progress, then done)',
        cat,
      );
    rank = RANK[cat];
    if (st.active !== undefined && typeof st.active !== 'boolean')
      throw popmError('INVALID_ARGUMENT', [...at, 'active'], 'a boolean', st.active);
    if (st.active === true && cat !== 'in-progress')
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'active'],
        'active only on an in-progress state',
        st.active,
      );
    const isActive = cat === 'in-progress' && st.active !== false;
    const out: { -readonly [K in keyof WorkflowState]: WorkflowState[K] } = {
      name,
      category: cat,
      active: isActive,
    };
    const meta = readMeta(st.meta, [...at, 'meta']);
    if (meta !== undefined) out.meta = meta;
    if (firstOf[cat] === -1) firstOf[cat] = i;
    index.set(name, i);
    category.push(cat);
    active.push(isActive);
    states.push(out);
  });
  if (firstOf.todo === -1 || firstOf['in-progress'] === -1 || firstOf.done === -1)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'states'],
      'at least one todo, one in-progress and one done state',
      list,
    );
  return { states, reopen, index, category, active, firstOf };
}
