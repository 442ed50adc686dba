/**
 * The period of the leveling instance: 1/g working day, with g the smallest of 1, 2, 4 and 8 that
 * makes every duration, lag and project start offset a whole number of periods (fractional
 * working days are then exact), as long as the horizon stays within {@link MAX_PERIODS}; when
 * none fits, g is the finest that does and the values are rounded up to it, with a warning.
 * Private.
 */
import { MAX_PERIODS } from './levelingHorizon.js';

const EPS = 1e-9;
/** Periods per working day tried, finest last. */
const GRIDS = [1, 2, 4, 8] as const;

/**
 * The coarsest grid of {@link GRIDS} on which every duration, lag and project start is a whole
 * number of periods, within {@link MAX_PERIODS}; else the finest within it, with the number of
 * values it rounds up. O(n + m).
 */
export function chooseGrid(dur: Float64Array, links: readonly { lag: number }[], starts: readonly number[]): { g: number; rounded: number } {
  let horizon = 1;
  for (const x of starts) if (x > horizon) horizon = x + 1;
  for (const d of dur) horizon += d;
  for (const e of links) horizon += Math.max(0, e.lag);
  const offGrid = (g: number): number => {
    const off = (v: number): number => (Math.abs(v * g - Math.round(v * g)) > EPS * Math.max(1, Math.abs(v * g)) ? 1 : 0);
    let c = 0;
    for (const d of dur) c += off(d);
    for (const e of links) c += off(e.lag);
    for (const x of starts) c += off(x);
    return c;
  };
  let finest: number = GRIDS[0];
  for (const g of GRIDS) {
    if (g > 1 && horizon * g > MAX_PERIODS) break;
    finest = g;
    if (offGrid(g) === 0) return { g, rounded: 0 };
  }
  return { g: finest, rounded: offGrid(finest) };
}

/** The warning for `rounded` values rounded up to a grid of g periods per working day. */
export function gridWarning(g: number, rounded: number): string {
  return `${rounded} duration${rounded === 1 ? '' : 's'}, lag${rounded === 1 ? '' : 's'} or start${rounded === 1 ? '' : 's'} not on a grid of ${g === 1 ? 'whole working days' : `1/${g} working day`} ${rounded === 1 ? 'is' : 'are'} rounded up to it by leveling`;
}
