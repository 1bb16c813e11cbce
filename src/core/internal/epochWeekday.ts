/** @internal The day of the week of an epoch day: 0 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
