/** @internal Reading the risk cost simulation the project layer shows. */

/** A distribution's percentiles, as a record keyed by percentile or as `{ p, value }` rows. */
type Percentiles =
  | Readonly<Record<number, number>>
  | readonly { readonly p: number; readonly value: number }[];

/** @internal The `p`th percentile of a simulated distribution, or `fallback` when not requested. */
export function percentileOf(
  dist: { readonly percentiles: Percentiles },
  p: number,
  fallback: number,
): number {
  const ps = dist.percentiles;
  if (Array.isArray(ps))
    return (
      (ps as readonly { p: number; value: number }[]).find((x) => x.p === p)?.value ?? fallback
    );
  return (ps as Readonly<Record<number, number>>)[p] ?? fallback;
}

/** @internal The simulated P80 residual risk cost (the mean when P80 was not requested). */
export function p80Of(sim: {
  readonly cost: { readonly percentiles: Percentiles; readonly mean: number };
}): number {
  return percentileOf(sim.cost, 80, sim.cost.mean);
}
