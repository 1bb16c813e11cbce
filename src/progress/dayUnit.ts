/**
 * What a duration counts: every calendar day (`'calendar-days'`, the default)
 * or the working days of a calendar (`'working-days'`, when a `calendar` is
 * given). Every duration result states its unit, and a throughput history
 * carries it, so a forecast never mixes the two.
 */
export type DayUnit = 'calendar-days' | 'working-days';
