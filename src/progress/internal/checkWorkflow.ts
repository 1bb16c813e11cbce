/** @internal Reading a {@link Workflow} once into a validated, indexed form. */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireOneOf, requireString } from '../../core/internal/validate.js';
import type { ReopenPolicy, StateCategory, Workflow, WorkflowState } from '../workflow.js';
import { readList } from './shared.js';

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
