/** @internal Reading the risk cost simulation the project layer shows. */

/** @internal The `p`th percentile of a simulated distribution, or `fallback` when not requested. */
export function percentileOf(
  dist: { readonly percentiles: Readonly<Record<number, number>> },
  p: number,
  fallback: number,
): number {
  return dist.percentiles[p] ?? fallback;
}

/** @internal The simulated P80 residual risk cost (the mean when P80 was not requested). */
export function p80Of(sim: {
  readonly cost: { readonly percentiles: Readonly<Record<number, number>>; readonly mean: number };
}): number {
  return percentileOf(sim.cost, 80, sim.cost.mean);
}
