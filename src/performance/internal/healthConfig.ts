/** The indicators of project health, their defaults, and the reading of healthScore's options. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { PROJECT_STATUSES } from '../../model/project.js';
import { RISK_STATUSES } from '../../model/risk.js';
import type { LocalizedText } from '../../org/types.js';
import type { HealthArea, HealthIndicator, HealthScoreOptions } from '../healthTypes.js';
import { readChoice } from './options.js';

/** What pmo-kit knows about an indicator, with its default weight and thresholds. */
export interface IndicatorDefinition {
  readonly indicator: HealthIndicator;
  readonly area: HealthArea;
  readonly label: LocalizedText;
  readonly weight: number;
  readonly good: number;
  readonly bad: number;
}

/** The indicators in their order, with their defaults (docs/scoring.md tables them). */
export const INDICATORS: readonly IndicatorDefinition[] = [
  { indicator: 'spi-t', area: 'schedule', label: { en: 'Schedule performance SPI(t)', zh: '进度绩效 SPI(t)' }, weight: 25, good: 1, bad: 0.75 },
  { indicator: 'float-erosion', area: 'schedule', label: { en: 'Float erosion', zh: '浮动时间消耗' }, weight: 10, good: 0, bad: 1 },
  { indicator: 'cpi', area: 'cost', label: { en: 'Cost performance CPI', zh: '成本绩效 CPI' }, weight: 20, good: 1, bad: 0.8 },
  { indicator: 'vac', area: 'cost', label: { en: 'Variance at completion VAC/BAC', zh: '完工偏差 VAC/BAC' }, weight: 10, good: 0, bad: -0.15 },
  { indicator: 'risk-exposure', area: 'risk', label: { en: 'Risk exposure / BAC', zh: '风险敞口/BAC' }, weight: 15, good: 0.05, bad: 0.3 },
  { indicator: 'overallocation', area: 'resources', label: { en: 'Resource over-allocation', zh: '资源过度分配' }, weight: 10, good: 0, bad: 0.25 },
  { indicator: 'scope-change', area: 'scope', label: { en: 'Scope change %', zh: '范围变更 %' }, weight: 5, good: 5, bad: 25 },
  { indicator: 'quality', area: 'quality', label: { en: 'Quality checks passed %', zh: '质量检查通过率 %' }, weight: 5, good: 95, bad: 75 },
];

/** An indicator's settings after the options: `null` when switched off. */
export type IndicatorSettings = { readonly weight: number; readonly good: number; readonly bad: number } | null;

/** The options of healthScore, read and checked. */
export interface HealthConfig {
  readonly settings: ReadonlyMap<HealthIndicator, IndicatorSettings>;
  readonly green: number;
  readonly amber: number;
  readonly rollUp: 'budget' | 'priority' | 'equal';
  readonly statuses: ReadonlySet<string>;
  readonly riskStatuses: ReadonlySet<string>;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function bad(fn: string, what: string, value: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what}, got ${show(value)}`);
}

/** Reads a list of allowed strings (a set), or the fallback. */
function readSet(fn: string, name: string, value: unknown, allowed: readonly string[], fallback: readonly string[]): ReadonlySet<string> {
  if (value === undefined) return new Set(fallback);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !allowed.includes(v)))
    bad(fn, `options.${name} must be an array of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  return new Set(value as string[]);
}

/** Reads the indicator settings, ratings, roll-up and statuses of the options. */
export function readHealthConfig(fn: string, o: Readonly<Record<string, unknown>>): HealthConfig {
  const given = o.indicators;
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given))) bad(fn, 'options.indicators must be an object', given);
  const raw = (given ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(raw))
    if (!INDICATORS.some((d) => d.indicator === k)) bad(fn, `options.indicators names unknown indicator ${JSON.stringify(k)}; the indicators: ${INDICATORS.map((d) => d.indicator).join(', ')}`, k);
  const settings = new Map<HealthIndicator, IndicatorSettings>();
  for (const d of INDICATORS) {
    const s = Object.hasOwn(raw, d.indicator) ? raw[d.indicator] : undefined;
    if (s === false) {
      settings.set(d.indicator, null);
      continue;
    }
    if (s !== undefined && (typeof s !== 'object' || s === null || Array.isArray(s))) bad(fn, `options.indicators["${d.indicator}"] must be an object or false`, s);
    const x = (s ?? {}) as Record<string, unknown>;
    const weight = x.weight ?? d.weight;
    const good = x.good ?? d.good;
    const worst = x.bad ?? d.bad;
    if (!finite(weight) || weight < 0 || weight > 1e6) bad(fn, `options.indicators["${d.indicator}"].weight must be a number from 0 to 1e6`, weight);
    if (!finite(good) || Math.abs(good) > 1e6) bad(fn, `options.indicators["${d.indicator}"].good must be a number from -1e6 to 1e6`, good);
    if (!finite(worst) || Math.abs(worst) > 1e6) bad(fn, `options.indicators["${d.indicator}"].bad must be a number from -1e6 to 1e6`, worst);
    if (good === worst) bad(fn, `options.indicators["${d.indicator}"]: good and bad must differ`, good);
    settings.set(d.indicator, { weight, good, bad: worst });
  }
  const ratings = o.ratings;
  if (ratings !== undefined && (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings))) bad(fn, 'options.ratings must be an object', ratings);
  const r = (ratings ?? {}) as Record<string, unknown>;
  const green = r.green ?? 75;
  const amber = r.amber ?? 50;
  if (!finite(green) || green < 0 || green > 100) bad(fn, 'options.ratings.green must be a number from 0 to 100', green);
  if (!finite(amber) || amber < 0 || amber > green) bad(fn, `options.ratings.amber must be a number from 0 to green (${green})`, amber);
  return {
    settings,
    green,
    amber,
    rollUp: readChoice(fn, 'rollUp', o.rollUp, ['budget', 'priority', 'equal'] as const, 'budget'),
    statuses: readSet(fn, 'statuses', o.statuses, PROJECT_STATUSES, ['active', 'on-hold']),
    riskStatuses: readSet(fn, 'activeRiskStatuses', o.activeRiskStatuses, RISK_STATUSES, ['open', 'monitoring']),
  };
}
