/** Per-period and cumulative PV, EV, AC and indices of a curve set. Private to pmo-kit. */
import type { EvSeries } from '../analysisTypes.js';
import type { DayTile } from './periods.js';
import type { Curve } from './pieces.js';

/**
 * The series over `tiles`: cumulative values at the end of each period (EV and AC up to
 * `dataDay`, `null` for periods after it), per-period values as differences of cumulative ones
 * (so that they add up to the cumulative exactly), indices on the cumulative values (in the period
 * holding the data date, against the PV at the data date). Cumulative
 * values are kept non-decreasing against rounding noise; EV is capped at `evCap`.
 */
export function seriesOf(tiles: readonly DayTile[], pv: Curve, ev: Curve, ac: Curve, dataDay: number, evCap: number): EvSeries {
  const pvCumulative: number[] = [];
  // PV at the end of each period, cut at the data date: what the indices compare EV and AC with.
  const pvMeasured: (number | null)[] = [];
  const evCumulative: (number | null)[] = [];
  const acCumulative: (number | null)[] = [];
  let p = 0;
  let e = 0;
  let a = 0;
  for (const t of tiles) {
    p = Math.max(p, pv(t.last));
    pvCumulative.push(p);
    if (t.first > dataDay) {
      pvMeasured.push(null);
      evCumulative.push(null);
      acCumulative.push(null);
      continue;
    }
    const at = Math.min(t.last, dataDay);
    pvMeasured.push(at === t.last ? p : Math.max(0, pv(at)));
    e = Math.max(e, Math.min(ev(at), evCap));
    a = Math.max(a, ac(at));
    evCumulative.push(e);
    acCumulative.push(a);
  }
  const diff = <T extends number | null>(cum: readonly T[]): T[] => cum.map((v, j) => (v === null ? v : ((j === 0 ? v : v - (cum[j - 1] as number)) as T)));
  const ratio = (num: number | null, den: number | null): number | null => (num === null || den === null || den <= 0 ? null : num / den);
  return {
    pv: diff(pvCumulative),
    ev: diff(evCumulative),
    ac: diff(acCumulative),
    pvCumulative,
    evCumulative,
    acCumulative,
    spi: evCumulative.map((v, j) => ratio(v, pvMeasured[j]!)),
    cpi: evCumulative.map((v, j) => ratio(v, acCumulative[j]!)),
  };
}
