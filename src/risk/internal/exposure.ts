/** Exposure of a set of rated risks, and its roll-ups by a key. Private to pmo-kit/risk. */
import type { GroupExposure, RatedRisk, RiskExposure } from '../types.js';

interface Acc {
  risks: number;
  threats: number;
  opportunities: number;
  high: number;
  medium: number;
  low: number;
  unrated: number;
  threatEmv: number;
  opportunityEmv: number;
  threatDays: number;
  opportunityDays: number;
}

const empty = (): Acc => ({ risks: 0, threats: 0, opportunities: 0, high: 0, medium: 0, low: 0, unrated: 0, threatEmv: 0, opportunityEmv: 0, threatDays: 0, opportunityDays: 0 });

function add(acc: Acc, r: RatedRisk): void {
  acc.risks++;
  if (r.kind === 'threat') {
    acc.threats++;
    acc.threatEmv -= r.emv;
    acc.threatDays -= r.expectedDays;
  } else {
    acc.opportunities++;
    acc.opportunityEmv += r.emv;
    acc.opportunityDays += r.expectedDays;
  }
  acc[r.current.rating ?? 'unrated']++;
}

function done(acc: Acc): RiskExposure {
  const z = (x: number) => (x === 0 ? 0 : x); // no -0 in results
  return {
    ...acc,
    threatEmv: z(acc.threatEmv),
    opportunityEmv: z(acc.opportunityEmv),
    netEmv: z(acc.opportunityEmv - acc.threatEmv),
    threatDays: z(acc.threatDays),
    opportunityDays: z(acc.opportunityDays),
  };
}

/** The exposure of the active risks among `risks`. O(n). */
export function exposureOf(risks: readonly RatedRisk[]): RiskExposure {
  const acc = empty();
  for (const r of risks) if (r.active) add(acc, r);
  return done(acc);
}

/**
 * The exposure of the active risks grouped by `key` (`null` for risks without one): largest
 * threat EMV first, then largest expected threat days, most risks, then key (`null` last). O(n log n).
 */
export function exposureBy(risks: readonly RatedRisk[], key: (r: RatedRisk) => string | null): GroupExposure[] {
  const groups = new Map<string | null, Acc>();
  for (const r of risks) {
    if (!r.active) continue;
    const k = key(r);
    let acc = groups.get(k);
    if (acc === undefined) groups.set(k, (acc = empty()));
    add(acc, r);
  }
  const out: GroupExposure[] = [...groups].map(([k, acc]) => ({ key: k, ...done(acc) }));
  return out.sort(
    (a, b) =>
      b.threatEmv - a.threatEmv ||
      b.threatDays - a.threatDays ||
      b.risks - a.risks ||
      (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
