/**
 * @internal Reads and checks every section of the Project document once,
 * with the domain functions that own them, their errors re-rooted under
 * `project` (`rooted`, `underProject`): one definition of "a valid Project
 * document" for every project function. The facts (dashboard, report,
 * assessments) build on it, and so does `reportFigures`; nothing here
 * simulates, so it is cheap.
 */
import type { Backlog } from '../../backlog/index.js';
import { createBacklog } from '../../backlog/index.js';
import { type IsoDate, toEpochDay } from '../../core/dates.js';
import { type CompiledCalendar, compileCalendar } from '../../core/internal/calendarEpoch.js';
import { type BudgetStatus, budgetStatus } from '../../finance/index.js';
import { type ReadCase, readBusinessCase } from '../../finance/internal/readBusinessCase.js';
import {
  type BaselineVarianceResult,
  baselineVariance,
  type ScheduleDatesResult,
  scheduleDates,
} from '../../plan/index.js';
import { compileNetwork } from '../../plan/internal/network.js';
import { createRiskRegister, type RiskRegister } from '../../risk/index.js';
import { type RaciValidation, validateRaci } from '../../roles/index.js';
import {
  type EngagementGap,
  engagementGaps,
  type StakeholderMap,
  stakeholderMap,
} from '../../stakeholders/index.js';
import type { Project } from '../types.js';
import { workOf } from './history.js';
import { readProject } from './readProject.js';
import { rooted, underProject } from './rooted.js';
import { readPlanCosts } from './simulateProjectCost.js';

/** @internal How the plan is dated: from the project start, on its calendar, as of its status date. */
export interface PlanDating {
  readonly start: IsoDate;
  readonly calendar?: Project['calendar'] | undefined;
  readonly statusDate?: IsoDate | undefined;
}

/** @internal The document read, and each domain section as its own function reads it. */
export interface Sections {
  /** The document, its work items dated by the workflow as known on asOf. */
  readonly project: Project;
  readonly asOfDay: number;
  readonly calendar: CompiledCalendar;
  readonly backlog: Backlog;
  readonly budget: BudgetStatus | null;
  /** The business case read and checked (appraised by the cost facts, `appraiseOptions`'s way). */
  readonly businessCase: ReadCase | null;
  readonly raci: RaciValidation | null;
  /** The plan dating `scheduleDates` and `criticalPath` take. */
  readonly dating: PlanDating;
  /** The plan dated (`null` without a plan). */
  readonly schedule: ScheduleDatesResult | null;
  /** The slip from the baseline (`null` without a plan or a baseline). */
  readonly variance: BaselineVarianceResult | null;
  readonly register: RiskRegister | null;
  readonly stakeholderMap: StakeholderMap | null;
  readonly gaps: readonly EngagementGap[];
}

function datingOf(project: Project): PlanDating {
  const { calendar, statusDate } = project;
  return {
    start: project.start,
    ...(calendar === undefined ? {} : { calendar }),
    ...(statusDate === undefined ? {} : { statusDate }),
  };
}

/** The plan, its baseline and its resources (as the simulation reads them, without simulating). */
function planSections(project: Project): Pick<Sections, 'dating' | 'schedule' | 'variance'> {
  const { plan, baseline, calendar } = project;
  const dating = datingOf(project);
  if (plan.length === 0) return { dating, schedule: null, variance: null };
  const schedule = rooted(['project', 'plan'], 1, () => scheduleDates(plan, dating));
  underProject(() =>
    readPlanCosts(plan, project.resources ?? [], compileNetwork(plan, ['plan', 'tasks']), ['plan']),
  );
  const variance =
    baseline === undefined
      ? null
      : rooted(['project', 'baseline'], 1, () =>
          baselineVariance(baseline, schedule, calendar === undefined ? {} : { calendar }),
        );
  return { dating, schedule, variance };
}

function stakeholderSections(project: Project): Pick<Sections, 'stakeholderMap' | 'gaps'> {
  const all = project.stakeholders;
  if (all.length === 0) return { stakeholderMap: null, gaps: [] };
  const path = ['project', 'stakeholders'];
  // The register's own reader first: a malformed stakeholder fails there, with its path.
  return {
    stakeholderMap: rooted(path, 1, () => stakeholderMap(all)),
    gaps: rooted(path, 1, () => engagementGaps(all)),
  };
}

/**
 * @internal Reads `projectIn` (paths from `project`) and `asOf`, then every
 * domain section with its own function.
 */
export function readSections(projectIn: unknown, asOf: IsoDate): Sections {
  const read = readProject(projectIn);
  const asOfDay = toEpochDay(asOf, ['asOf']);
  // Work items dated by the workflow, as known on asOf: one definition for every figure.
  const project: Project = { ...read, workItems: workOf(read, asOf) };
  const { budget: b, businessCase: bc, raci, risks, riskMatrix: matrix } = project;
  return {
    project,
    asOfDay,
    calendar: rooted(['project', 'calendar'], 1, () => compileCalendar(project.calendar)),
    budget: b === undefined ? null : rooted(['project', 'budget'], 1, () => budgetStatus(b, asOf)),
    businessCase: bc === undefined ? null : readBusinessCase(bc, ['project', 'businessCase']),
    backlog: rooted(['project', 'backlog'], 1, () => createBacklog(project.backlog)),
    raci: raci === undefined ? null : rooted(['project', 'raci'], 1, () => validateRaci(raci)),
    ...planSections(project),
    register:
      risks.length === 0
        ? null
        : rooted(['project', 'risks'], 1, () =>
            createRiskRegister(risks, matrix === undefined ? {} : { matrix }),
          ),
    ...stakeholderSections(project),
  };
}
