export type { WorkCalendar } from './calendar.js';
export {
  addWorkingDays,
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './calendar.js';
export type { IsoDate } from './dates.js';
export {
  addDays,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
} from './dates.js';
export type {
  PopmErrorCode,
  PopmErrorDetails,
  PopmErrorJson,
  PopmPath,
  SchemaIssue,
} from './errors.js';
export { ERROR_CODES, isPopmError, PopmError } from './errors.js';
export { deepFreeze } from './freeze.js';
export type { Serialized } from './json.js';
export type { Numeric } from './numbers.js';
export { Decimal, isDecimal, roundMoney, toDecimal, toNumber } from './numbers.js';
export type { Random } from './random.js';
export { createRandom, sampleBetaPert, sampleTriangular } from './random.js';
export type {
  DefaultPercentile,
  Distribution,
  HistogramRow,
  OutcomeTable,
  PercentileRecord,
  Shard,
  Sharded,
  SimulationOptions,
  SimulationPart,
} from './simulation.js';
export { likelihoodAtLeast, likelihoodWithin } from './simulation.js';
export type { PercentileMethod, PercentileOptions } from './stats.js';
export {
  mean,
  median,
  normalCdf,
  normalQuantile,
  percentile,
  percentiles,
  sampleStdDev,
  sum,
} from './stats.js';
