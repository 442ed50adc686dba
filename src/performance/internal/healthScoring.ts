/** From indicator values to a score, its drivers and its rating. Private to pmo-kit. */
import type { AbsentIndicator, HealthDriver, HealthIndicator, HealthRating } from '../healthTypes.js';
import { INDICATORS, type HealthConfig } from './healthConfig.js';
import type { IndicatorValue } from './healthIndicators.js';

/** The sub-score 0–100 of a value: 100 at `good` or better, 0 at `bad` or worse, linear between. */
export function subScore(value: number, good: number, bad: number): number {
  const t = (value - bad) / (good - bad);
  return 100 * Math.min(1, Math.max(0, t));
}

/** Integers that sum to `Math.round(sum of parts)`, each the floor or ceiling of its part (largest remainders, ties to the first). */
export function apportion(parts: readonly number[]): number[] {
  const total = Math.round(parts.reduce((s, p) => s + p, 0));
  const floors = parts.map((p) => Math.floor(p));
  let left = total - floors.reduce((s, f) => s + f, 0);
  const order = parts.map((p, i) => ({ i, r: p - Math.floor(p) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** The rating of a score. */
export function ratingOf(score: number, config: HealthConfig): HealthRating {
  return score >= config.green ? 'green' : score >= config.amber ? 'amber' : 'red';
}

/** A project's score: `null` when no indicator with a positive weight is present. */
export interface ScoredProject {
  readonly score: number;
  readonly rating: HealthRating;
  readonly drivers: HealthDriver[];
  readonly absent: AbsentIndicator[];
  /** Per indicator present: its weight share, sub-score and value. */
  readonly parts: ReadonlyMap<HealthIndicator, { readonly weight: number; readonly subScore: number; readonly value: number }>;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Scores the indicator values: the weighted mean of the sub-scores of the indicators present. */
export function scoreIndicators(values: ReadonlyMap<HealthIndicator, IndicatorValue>, config: HealthConfig): ScoredProject | { readonly unscored: string; readonly absent: AbsentIndicator[] } {
  const absent: AbsentIndicator[] = [];
  const present: { d: (typeof INDICATORS)[number]; value: number; weight: number; sub: number }[] = [];
  for (const d of INDICATORS) {
    const s = config.settings.get(d.indicator) ?? null;
    const v = values.get(d.indicator);
    if (s === null) absent.push({ indicator: d.indicator, reason: 'switched off' });
    else if (v === undefined) absent.push({ indicator: d.indicator, reason: 'not computed' });
    else if ('absent' in v) absent.push({ indicator: d.indicator, reason: v.absent });
    else if (s.weight === 0) absent.push({ indicator: d.indicator, reason: 'weight 0' });
    else present.push({ d, value: v.value, weight: s.weight, sub: subScore(v.value, s.good, s.bad) });
  }
  const total = present.reduce((s, p) => s + p.weight, 0);
  if (present.length === 0 || !(total > 0)) return { unscored: 'no indicator is present', absent };
  const exact = present.map((p) => (p.weight / total) * p.sub);
  const contributions = apportion(exact);
  const score = contributions.reduce((s, c) => s + c, 0);
  const drivers: HealthDriver[] = present.map((p, i) => ({
    indicator: p.d.indicator,
    area: p.d.area,
    label: p.d.label,
    value: round4(p.value),
    subScore: p.sub,
    weight: p.weight / total,
    contribution: contributions[i]!,
    points: exact[i]!,
    shortfall: (p.weight / total) * (100 - p.sub),
  }));
  return { score, rating: ratingOf(score, config), drivers, absent, parts: new Map(present.map((p) => [p.d.indicator, { weight: p.weight / total, subScore: p.sub, value: p.value }])) };
}
