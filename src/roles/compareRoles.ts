import { deepFreeze } from '../core/freeze.js';
import { RESPONSIBILITIES, ROLES, type RoleId } from './catalogue.js';

/** One row of the side-by-side table from {@link compareRoles}. */
export interface RoleComparisonRow {
  /** What is compared, e.g. `'Purpose'`. */
  readonly aspect: string;
  /** The Product Owner's side. */
  readonly productOwner: string;
  /** The Project Manager's side. */
  readonly projectManager: string;
}

function titlesOf(role: RoleId): string {
  return RESPONSIBILITIES.filter((r) => r.role === role)
    .map((r) => r.title)
    .join('; ');
}

function functionsOf(role: RoleId): string {
  const names: string[] = [];
  for (const r of RESPONSIBILITIES) {
    if (r.role !== role) continue;
    for (const f of r.functions) if (!names.includes(f)) names.push(f);
  }
  return names.join(', ');
}

let table: readonly RoleComparisonRow[] | undefined;

/**
 * The side-by-side table that explains how the Product Owner and the Project
 * Manager differ: purpose, focus, horizon, the question each answers, what
 * each owns, how each measures success, their main artefacts, whom they face,
 * their responsibilities and the popm functions that serve them.
 *
 * @returns the rows, frozen (the same array on every call)
 * @example
 * compareRoles()[0];
 * //=> { aspect: 'Purpose',
 * //     productOwner: "Owns the product vision and the customer experience and maximises the product's value.",
 * //     projectManager: 'Owns day-to-day delivery and is responsible for the team completing the work within its deadlines.' }
 */
export function compareRoles(): readonly RoleComparisonRow[] {
  if (table !== undefined) return table;
  const po = ROLES['product-owner'];
  const pm = ROLES['project-manager'];
  table = deepFreeze([
    { aspect: 'Purpose', productOwner: po.purpose, projectManager: pm.purpose },
    { aspect: 'Focus', productOwner: po.focus, projectManager: pm.focus },
    { aspect: 'Horizon', productOwner: po.horizon, projectManager: pm.horizon },
    {
      aspect: 'Question answered',
      productOwner: 'Are we building the right thing, in the right order?',
      projectManager: 'Are we building it on time, on budget and under control?',
    },
    {
      aspect: 'Owns',
      productOwner: 'The vision, the product backlog and its order, the return on investment.',
      projectManager: 'The business case, the plan, the risk register and the delivery process.',
    },
    {
      aspect: 'Measures of success',
      productOwner: 'Value delivered: ROI, total cost of ownership, customer outcomes.',
      // Not velocity: it is a planning aid, and a target on it only inflates estimates.
      projectManager:
        'Delivery: schedule and cost performance (SPI, CPI), predictable forecasts, risks under control.',
    },
    {
      aspect: 'Key artefacts',
      productOwner: 'Product backlog, product goal, roadmap, stakeholder map.',
      projectManager: 'Business case, schedule, budget, risk register, RACI, status reports.',
    },
    {
      aspect: 'Faces',
      productOwner: 'Customers, users and the stakeholders who fund and use the product.',
      projectManager: 'The team, the sponsor and the organisation that supplies the work.',
    },
    {
      aspect: 'Responsibilities',
      productOwner: titlesOf('product-owner'),
      projectManager: titlesOf('project-manager'),
    },
    {
      aspect: 'popm functions',
      productOwner: functionsOf('product-owner'),
      projectManager: functionsOf('project-manager'),
    },
  ]);
  return table;
}
