import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/numbers.js';
import type {
  Dashboard,
  DashboardJson,
  ProgressReport,
  ProgressReportJson,
} from '../../src/project/index.js';
import { dashboard, progressReport, sampleProject } from '../../src/project/index.js';

describe('the JSON types of the project results (issue 13)', () => {
  it('types a parsed dashboard as DashboardJson: Decimals as strings, the rest unchanged', () => {
    const json: DashboardJson = JSON.parse(JSON.stringify(dashboard(sampleProject, '2026-11-20')));
    expectTypeOf(json.id).toEqualTypeOf<string>();
    expectTypeOf(json.asOf).toEqualTypeOf<string>();
    expectTypeOf(json.budget).toEqualTypeOf<DashboardJson['budget']>();
    expectTypeOf<NonNullable<DashboardJson['budget']>['total']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<DashboardJson['budget']>['spentRatio']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<
      NonNullable<DashboardJson['budget']>['timeElapsedRatio']
    >().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<DashboardJson['earnedValue']>['tcpi']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<NonNullable<DashboardJson['velocity']>['mean']>().toEqualTypeOf<number>();
    expectTypeOf<DashboardJson['risks']['top'][number]['emv']>().toEqualTypeOf<string | null>();
    expectTypeOf<DashboardJson['overall']>().toEqualTypeOf<'red' | 'amber' | 'green'>();
    expectTypeOf<NonNullable<DashboardJson['schedule']>['criticalPaths']>().toEqualTypeOf<
      readonly (readonly string[])[]
    >();
  });

  it('types a parsed progress report as ProgressReportJson', () => {
    const json: ProgressReportJson = JSON.parse(
      JSON.stringify(progressReport(sampleProject, '2026-11-20')),
    );
    expectTypeOf(json.projectName).toEqualTypeOf<string>();
    expectTypeOf<
      NonNullable<ProgressReportJson['budgetAndValue']['recommended']>['npv']
    >().toEqualTypeOf<string>();
    expectTypeOf<ProgressReportJson['doneSinceLastReview']['points']>().toEqualTypeOf<number>();
  });

  it('does not let a Dashboard pass for its JSON (a Decimal is not a string)', () => {
    expectTypeOf<NonNullable<Dashboard['budget']>['total']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Dashboard>().not.toEqualTypeOf<DashboardJson>();
    expectTypeOf<ProgressReport>().not.toEqualTypeOf<ProgressReportJson>();
  });
});
