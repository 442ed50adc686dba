/** Number hygiene for results. Private to pmo-kit. */

/**
 * A result number without floating-point noise: rounded to 15 significant digits (so that
 * 37.49999999999999 reads 37.5), with -0 as 0.
 */
export function clean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const r = Number(x.toPrecision(15));
  return r === 0 ? 0 : r;
}
