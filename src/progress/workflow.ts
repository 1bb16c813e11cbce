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
