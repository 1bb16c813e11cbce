import type { IsoDate } from '../core/dates.js';
import type {
  Cd3Input,
  IceInput,
  KanoCategory,
  MoscowCategory,
  RiceInput,
  ValueEffortInput,
  WsjfInput,
} from './scoreTypes.js';

/** What sort of work a backlog item is. */
export type ItemKind = 'feature' | 'story' | 'bug' | 'chore' | 'spike' | 'epic';

/**
 * Where an item stands. `done` and `wont-do` items are closed: prioritisation
 * puts them last and sprint selection passes them over.
 */
export type ItemStatus = 'todo' | 'ready' | 'in-progress' | 'done' | 'wont-do';

/**
 * Every {@link ItemKind}, in a stable order.
 *
 * @example
 * ITEM_KINDS.includes('bug'); //=> true
 */
export const ITEM_KINDS: readonly ItemKind[] = Object.freeze([
  'feature',
  'story',
  'bug',
  'chore',
  'spike',
  'epic',
] as const);

/**
 * Every {@link ItemStatus}, in workflow order.
 *
 * @example
 * ITEM_STATUSES[0]; //=> 'todo'
 */
export const ITEM_STATUSES: readonly ItemStatus[] = Object.freeze([
  'todo',
  'ready',
  'in-progress',
  'done',
  'wont-do',
] as const);

/**
 * Every {@link MoscowCategory}, most important first.
 *
 * @example
 * MOSCOW_CATEGORIES.join(' > '); //=> 'must > should > could > wont'
 */
export const MOSCOW_CATEGORIES: readonly MoscowCategory[] = Object.freeze([
  'must',
  'should',
  'could',
  'wont',
] as const);

/**
 * One entry of a {@link Backlog}, as a backlog holds it: validated, with
 * defaults filled in (`status`, `dependsOn`, `tags`) and frozen.
 */
export interface BacklogItem {
  /** Unique id within the backlog. */
  readonly id: string;
  /** Short human title. */
  readonly title: string;
  /** What sort of work this is. */
  readonly kind?: ItemKind | undefined;
  /** Where the item stands. */
  readonly status: ItemStatus;
  /** Size in story points, `>= 0`; absent when not yet estimated. */
  readonly estimate?: number | undefined;
  /** Ids of the items that must be finished before this one can start. */
  readonly dependsOn: readonly string[];
  /** Free labels. */
  readonly tags: readonly string[];
  /** The day the item entered the backlog (used for staleness). */
  readonly createdOn?: IsoDate | undefined;
  /** Inputs of {@link wsjf}. */
  readonly wsjf?: WsjfInput | undefined;
  /** Inputs of {@link rice}. */
  readonly rice?: RiceInput | undefined;
  /** Inputs of {@link ice}. */
  readonly ice?: IceInput | undefined;
  /** Inputs of {@link cd3}. */
  readonly cd3?: Cd3Input | undefined;
  /** The item's MoSCoW category. */
  readonly moscow?: MoscowCategory | undefined;
  /** The item's Kano category (e.g. from {@link kanoSummary}). */
  readonly kano?: KanoCategory | undefined;
  /** Inputs of {@link valueEffort}. */
  readonly valueEffort?: ValueEffortInput | undefined;
  /** Scorecard values by criterion name, for {@link weightedScore}. */
  readonly criteria?: Readonly<Record<string, number>> | undefined;
  /** Your own data (a JSON object), carried through every operation untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * What {@link createBacklog} and {@link addItem} accept: a {@link BacklogItem}
 * whose `status` (default `'todo'`), `dependsOn` and `tags` (default `[]`)
 * may be left out.
 */
export interface BacklogItemInput {
  /** Unique id within the backlog. */
  readonly id: string;
  /** Short human title. */
  readonly title: string;
  /** What sort of work this is. */
  readonly kind?: ItemKind | undefined;
  /** Where the item stands; default `'todo'`. */
  readonly status?: ItemStatus | undefined;
  /** Size in story points, `>= 0`. */
  readonly estimate?: number | undefined;
  /** Ids of the items that must be finished first; default `[]`. */
  readonly dependsOn?: readonly string[] | undefined;
  /** Free labels; default `[]`. */
  readonly tags?: readonly string[] | undefined;
  /** The day the item entered the backlog. */
  readonly createdOn?: IsoDate | undefined;
  /** Inputs of {@link wsjf}. */
  readonly wsjf?: WsjfInput | undefined;
  /** Inputs of {@link rice}. */
  readonly rice?: RiceInput | undefined;
  /** Inputs of {@link ice}. */
  readonly ice?: IceInput | undefined;
  /** Inputs of {@link cd3}. */
  readonly cd3?: Cd3Input | undefined;
  /** The item's MoSCoW category. */
  readonly moscow?: MoscowCategory | undefined;
  /** The item's Kano category. */
  readonly kano?: KanoCategory | undefined;
  /** Inputs of {@link valueEffort}. */
  readonly valueEffort?: ValueEffortInput | undefined;
  /** Scorecard values by criterion name. */
  readonly criteria?: Readonly<Record<string, number>> | undefined;
  /** Your own data (a JSON object), carried through every operation untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * An ordered product backlog: `items[0]` is the top. Built by
 * {@link createBacklog}, changed only through the operations that return a new
 * backlog ({@link addItem}, {@link removeItem}, {@link updateItem},
 * {@link moveItem}, {@link prioritise}); unchanged items are shared. Every
 * function also accepts a backlog built by hand (`{ items: rows }`, a
 * `structuredClone` copy): it is validated like {@link createBacklog}'s input
 * and copied, never trusted, kept or frozen.
 */
export interface Backlog {
  /** The items, in backlog order (top first). */
  readonly items: readonly BacklogItem[];
}
