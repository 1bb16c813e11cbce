import { deepFreeze } from '../core/freeze.js';

/** The two roles popm is named for. */
export type RoleId = 'product-owner' | 'project-manager';

/**
 * Every {@link RoleId}, Product Owner first.
 *
 * @example
 * ROLE_IDS; //=> ['product-owner', 'project-manager']
 */
export const ROLE_IDS: readonly RoleId[] = Object.freeze([
  'product-owner',
  'project-manager',
] as const);

/** The stable ids of the ten responsibilities in {@link RESPONSIBILITIES}. */
export type ResponsibilityId =
  | 'po.funding'
  | 'po.value'
  | 'po.backlog'
  | 'po.stakeholders'
  | 'po.progress'
  | 'pm.business-case'
  | 'pm.plans'
  | 'pm.progress'
  | 'pm.risks'
  | 'pm.admin';

/** One of the two roles, as data. */
export interface Role {
  /** Stable id. */
  readonly id: RoleId;
  /** The role's name as people write it. */
  readonly title: string;
  /** One line: why the role exists. */
  readonly purpose: string;
  /** What the role looks at. */
  readonly focus: string;
  /** How far ahead, and for how long, the role looks. */
  readonly horizon: string;
  /** The ids of the role's responsibilities, in catalogue order. */
  readonly responsibilities: readonly ResponsibilityId[];
}

/** One responsibility of one role, with the popm functions that support it. */
export interface Responsibility {
  /** Stable id, `po.*` for the Product Owner, `pm.*` for the Project Manager. */
  readonly id: ResponsibilityId;
  /** The role that holds it. */
  readonly role: RoleId;
  /** Short title. */
  readonly title: string;
  /** One or two sentences on what the responsibility means in practice. */
  readonly description: string;
  /** Names of the functions exported from `popm` that support it. */
  readonly functions: readonly string[];
  /** Words and phrases `whoIsResponsible` matches free text against. */
  readonly keywords: readonly string[];
}

/** A quality both roles need, or the aim they share. */
export interface SharedQuality {
  /** Stable id. */
  readonly id: 'communication' | 'leadership' | 'organisation' | 'shared-aim';
  /** Short title. */
  readonly title: string;
  /** What it means for each role. */
  readonly description: string;
}

/**
 * The ten responsibilities, Product Owner's five first, each naming the popm
 * functions that support it.
 *
 * @example
 * RESPONSIBILITIES.length; //=> 10
 * RESPONSIBILITIES[2].id; //=> 'po.backlog'
 * RESPONSIBILITIES[2].functions.includes('wsjf'); //=> true
 */
export const RESPONSIBILITIES: readonly Responsibility[] = deepFreeze([
  {
    id: 'po.funding',
    role: 'product-owner',
    title: 'Provide resources and funds',
    description:
      'Secure the money, people and time the product needs, and decide which options are worth funding.',
    functions: ['appraiseOptions', 'budgetStatus', 'totalCostOfOwnership'],
    keywords: [
      'fund',
      'funding',
      'resource',
      'money',
      'finance',
      'invest',
      'investment',
      'sponsor',
      'headcount',
      'provide resources',
      'budget allocation',
    ],
  },
  {
    id: 'po.value',
    role: 'product-owner',
    title: 'Monitor ROI, budget and total cost of ownership',
    description:
      "Watch the return on investment, the spend against budget and the product's total cost of ownership, so the product keeps earning its keep.",
    functions: ['roi', 'npv', 'irr', 'totalCostOfOwnership', 'compareTco', 'budgetStatus'],
    keywords: [
      'roi',
      'return on investment',
      'value',
      'tco',
      'total cost of ownership',
      'cost of ownership',
      'budget',
      'spend',
      'benefit',
      'npv',
      'irr',
      'return',
    ],
  },
  {
    id: 'po.backlog',
    role: 'product-owner',
    title: 'Express and order backlog items',
    description:
      'Write backlog items clearly and keep them in the order that maximises value; refine them with the team.',
    functions: ['createBacklog', 'prioritise', 'wsjf', 'rice', 'selectForSprint', 'backlogHealth'],
    keywords: [
      'backlog',
      'order',
      'prioritise',
      'priority',
      'user story',
      'story',
      'item',
      'wsjf',
      'rice',
      'refine',
      'refinement',
      'requirement',
      'feature',
      'epic',
      'acceptance criteria',
      'sprint planning',
      'sprint goal',
      'scope',
    ],
  },
  {
    id: 'po.stakeholders',
    role: 'product-owner',
    title: 'Manage stakeholders and invite them to sprint reviews',
    description:
      'Know who holds power and interest in the product, close engagement gaps, keep in touch, and invite the right people to each sprint review.',
    functions: [
      'stakeholderMap',
      'powerInterestQuadrant',
      'salience',
      'engagementGaps',
      'communicationsDue',
      'sprintReviewInvitees',
    ],
    keywords: [
      'stakeholder',
      'sprint review',
      'invite',
      'invitation',
      'customer',
      'engage',
      'engagement',
      'feedback',
      'demo',
      'power interest',
      'salience',
    ],
  },
  {
    id: 'po.progress',
    role: 'product-owner',
    title: 'Explain progress to stakeholders and plan the next targets',
    description:
      'Tell stakeholders where the product stands against its goals and forecasts, and set the next targets.',
    functions: ['burnup', 'forecastHowMany', 'forecastWhen', 'forecastBacklog', 'progressReport'],
    keywords: [
      'explain progress',
      'product goal',
      'roadmap',
      'release',
      'target',
      'goal',
      'forecast',
      'vision',
      'next',
      'progress',
      'report',
    ],
  },
  {
    id: 'pm.business-case',
    role: 'project-manager',
    title: 'Create and manage the business case',
    description:
      'Set out the reasons, options, costs, benefits and risks that justify the project, and keep the case current.',
    functions: ['appraiseOptions', 'sensitivity', 'scenarios', 'npv', 'irr'],
    keywords: [
      'business case',
      'option',
      'appraisal',
      'appraise',
      'justification',
      'justify',
      'sensitivity',
      'scenario',
      'do nothing',
      'cost benefit',
      'payback',
    ],
  },
  {
    id: 'pm.plans',
    role: 'project-manager',
    title: 'Manage project plans',
    description:
      'Build and keep the schedule: tasks, dependencies, the critical path, estimates and the baseline.',
    functions: ['criticalPath', 'pertAnalysis', 'scheduleDates', 'baselineVariance'],
    keywords: [
      'plan',
      'schedule',
      'critical path',
      'task',
      'milestone',
      'gantt',
      'dependency',
      'baseline',
      'pert',
      'timeline',
      'deadline',
      'estimate',
      'change control',
      'change request',
    ],
  },
  {
    id: 'pm.progress',
    role: 'project-manager',
    title: 'Track and measure team progress',
    description:
      "Measure the team's delivery against the plan: velocity, burndown, flow and earned value.",
    functions: ['velocity', 'sayDoRatio', 'burndown', 'flowMetrics', 'earnedValue'],
    keywords: [
      'track',
      'measure',
      'velocity',
      'burndown',
      'burn down',
      'progress',
      'earned value',
      'performance',
      'throughput',
      'cycle time',
      'status',
      'status report',
      'say do',
    ],
  },
  {
    id: 'pm.risks',
    role: 'project-manager',
    title: 'Identify and monitor risks',
    description:
      'Keep the risk register: identify threats and opportunities, rate them, plan responses and review them on time.',
    functions: [
      'createRiskRegister',
      'riskExposure',
      'heatMap',
      'simulateRiskCost',
      'risksDueForReview',
      'topRisks',
    ],
    keywords: [
      'risk',
      'issue',
      'threat',
      'opportunity',
      'mitigation',
      'mitigate',
      'contingency',
      'register',
      'heat map',
      'exposure',
      'risk log',
      'raid log',
    ],
  },
  {
    id: 'pm.admin',
    role: 'project-manager',
    title: "Deliver administrative services, product support and the team's daily performance",
    description:
      "Run the project's administration and support, and look after the team's day-to-day work: load, work in progress and ageing items.",
    functions: ['workItemAge', 'flowMetrics', 'dashboard', 'validateRaci', 'checkRoleAssignment'],
    keywords: [
      'admin',
      'administration',
      'administrative',
      'support',
      'daily',
      'day to day',
      'team',
      'meeting',
      'timesheet',
      'stand up',
      'standup',
      'workload',
      'raci',
      'logistics',
      'work in progress',
    ],
  },
] satisfies Responsibility[]);

/**
 * The two roles. The purposes are the wording of popm's issue: the Product
 * Owner owns the product vision and the customer experience and maximises the
 * product's value; the Project Manager owns day-to-day delivery and is
 * responsible for the team completing the work within its deadlines.
 *
 * @example
 * ROLES['product-owner'].title; //=> 'Product Owner'
 * ROLES['project-manager'].responsibilities.length; //=> 5
 */
export const ROLES: Readonly<Record<RoleId, Role>> = deepFreeze({
  'product-owner': {
    id: 'product-owner',
    title: 'Product Owner',
    purpose:
      "Owns the product vision and the customer experience and maximises the product's value.",
    focus:
      'The product: what to build and why, for whom, and in what order (value, customers, the backlog).',
    horizon: "The product's whole life, across releases and beyond any one project.",
    responsibilities: ['po.funding', 'po.value', 'po.backlog', 'po.stakeholders', 'po.progress'],
  },
  'project-manager': {
    id: 'project-manager',
    title: 'Project Manager',
    purpose:
      'Owns day-to-day delivery and is responsible for the team completing the work within its deadlines.',
    focus:
      "The project: how and when the work gets done (plans, schedule, budget, risks and the team's daily work).",
    horizon: 'The project, from its business case to its closure.',
    responsibilities: ['pm.business-case', 'pm.plans', 'pm.progress', 'pm.risks', 'pm.admin'],
  },
} satisfies Record<RoleId, Role>);

/**
 * What the two roles share: communication, leadership, organisation, and the
 * aim of a good customer experience and effective delivery.
 *
 * @example
 * SHARED_QUALITIES.map((q) => q.id);
 * //=> ['communication', 'leadership', 'organisation', 'shared-aim']
 */
export const SHARED_QUALITIES: readonly SharedQuality[] = deepFreeze([
  {
    id: 'communication',
    title: 'Communication',
    description:
      'Both explain, listen and negotiate all day: the Product Owner with customers and stakeholders about value, the Project Manager with the team and sponsors about delivery.',
  },
  {
    id: 'leadership',
    title: 'Leadership',
    description:
      'Both lead without owning the people: the Product Owner through the vision and the order of the backlog, the Project Manager through the plan and by removing obstacles.',
  },
  {
    id: 'organisation',
    title: 'Organisation',
    description:
      'Both keep many threads in order: a backlog, a budget and stakeholders on one side; a plan, risks and administration on the other.',
  },
  {
    id: 'shared-aim',
    title: 'Customer experience and effective delivery',
    description:
      'Both aim at the same result: a product customers value, delivered effectively. The Product Owner guards the value, the Project Manager the delivery.',
  },
] satisfies SharedQuality[]);
