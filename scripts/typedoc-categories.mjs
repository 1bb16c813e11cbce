// A local typedoc plugin: files each export of the API site under a category
// that follows the responsibilities of its domain (Appraisal, Cost and
// budget, Earned value…), from the source file it is defined in, so the
// sources need no `@category` tags. An explicit `@category` tag wins.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** [domain folder, file-name pattern, category], first match wins. */
const RULES = [
  ['finance', /earnedValue|earnedSchedule/, 'Earned value'],
  ['finance', /totalCostOfOwnership|compareTco|budgetStatus|moneyChecks/, 'Cost and budget'],
  ['finance', /appraiseOptions|businessCase|sensitivity|scenarios/, 'Business case'],
  ['finance', /./, 'Appraisal'],
  ['backlog', /wsjf|rice|ice|cd3|valueEffort|kano|weightedScore|moscow|scoreTypes/, 'Scoring'],
  ['backlog', /prioritise|selectForSprint/, 'Ordering and sprint selection'],
  ['backlog', /backlogHealth/, 'Backlog health'],
  ['backlog', /./, 'The backlog'],
  ['progress', /forecast|monteCarlo|likelihood|releaseBurnup/, 'Forecasts'],
  ['progress', /velocity|sayDo|burndown|burnup|sprint|teamCapacity/, 'Sprints'],
  ['progress', /./, 'Flow'],
  ['risk', /simulateRiskCost|expectedMonetaryValue|riskExposure/, 'Money at risk'],
  ['risk', /matrix|riskScore|heatMap/, 'Ratings'],
  ['risk', /monitoring|riskTrend|strategies|status/, 'Monitoring and responses'],
  ['risk', /./, 'The register'],
  [
    'plan',
    /resource|levelResources|plannedValueCurve|earnedValueSeries|teamCapacity/,
    'Resources and cost',
  ],
  [
    'plan',
    /pert|simulateSchedule|probabilityOfCompletion|durationForProbability|dateForProbability/,
    'Estimates and schedule risk',
  ],
  ['plan', /baseline|milestoneTrend|rollUp/, 'Baselines and progress'],
  ['plan', /./, 'Schedule'],
  ['stakeholders', /./, 'Stakeholders'],
  ['roles', /Raci|raci/, 'RACI'],
  ['roles', /./, 'The two roles'],
  ['project', /simulateProject|mergeSimulations/, 'Simulations'],
  ['project', /sample/, 'Sample project'],
  ['project', /renderReport|progressReport|reportFigures/, 'Progress report'],
  ['project', /dashboard/, 'Dashboard'],
  ['project', /assess|responsibilit/, 'Role assessments'],
  ['project', /./, 'The Project document'],
  ['charts', /renderReportHtml/, 'HTML report'],
  ['charts', /./, 'Charts'],
  ['schemas', /project/, 'The Project document'],
  ['schemas', /./, 'Domain documents'],
  ['core', /errors/, 'Errors'],
  ['core', /dates|calendar/, 'Dates and calendars'],
  ['core', /random|stats|simulation/, 'Random numbers and statistics'],
  ['core', /./, 'Numbers and money'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.SomeExport)) {
        const file = reflection.sources?.[0]?.fileName ?? '';
        const m = /src\/([a-z]+)\/(?:internal\/)?([^/]+)\.ts$/.exec(file);
        if (m === null) continue;
        const rule = RULES.find(([dir, pattern]) => dir === m[1] && pattern.test(m[2]));
        if (rule === undefined) continue;
        reflection.comment ??= new Comment();
        if (reflection.comment.blockTags.some((t) => t.tag === '@category')) continue;
        reflection.comment.blockTags.push(
          new CommentTag('@category', [{ kind: 'text', text: rule[2] }]),
        );
      }
    },
    200,
  );
}
