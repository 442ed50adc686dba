/** The text of `pmo health` (and the demo's health lines): each project's score, rating and drivers. */
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import type { HealthIndicator, HealthRating, HealthScoreResult, HealthTrend } from '../../performance/healthTypes.js';
import { table } from '../format.js';

/** Short column headers of the indicators. */
const HEADERS: { readonly [I in HealthIndicator]: LocalizedText } = {
  'spi-t': { en: 'SPI(t)', zh: 'SPI(t)' },
  'float-erosion': { en: 'float used', zh: '浮动消耗' },
  cpi: { en: 'CPI', zh: 'CPI' },
  vac: { en: 'VAC/BAC', zh: 'VAC/BAC' },
  'risk-exposure': { en: 'risk/BAC', zh: '风险/BAC' },
  overallocation: { en: 'over-alloc.', zh: '过度分配' },
  'scope-change': { en: 'scope chg', zh: '范围变更' },
  quality: { en: 'quality', zh: '质量' },
};

const INDICATOR_ORDER = Object.keys(HEADERS) as HealthIndicator[];

const RATING: { readonly [R in HealthRating]: LocalizedText } = {
  green: { en: 'green', zh: '绿' },
  amber: { en: 'amber', zh: '黄' },
  red: { en: 'red', zh: '红' },
};

const T = {
  id: { en: 'id', zh: '编号' },
  score: { en: 'score', zh: '得分' },
  rating: { en: 'rating', zh: '等级' },
  trend: { en: 'trend', zh: '趋势' },
  portfolio: { en: 'portfolio', zh: '项目组合' },
  rollUp: { en: 'roll-up by', zh: '汇总权重' },
  budget: { en: 'budget', zh: '预算' },
  priority: { en: 'priority', zh: '优先级' },
  equal: { en: 'equal weights', zh: '等权' },
  cell: {
    en: 'each cell: the indicator’s value (points it adds to the score; the points sum to the score); - = absent (pmo health --json says why)',
    zh: '每格:指标值(其为得分贡献的分数,各项之和即得分);- 表示缺失(原因见 pmo health --json)',
  },
  unscored: { en: 'not scored', zh: '未评分' },
  lowers: { en: 'What lowers each score most (value, points earned/possible):', zh: '对各项目得分影响最大的因素(指标值,得分/满分):' },
} satisfies Record<string, LocalizedText>;

/** An indicator's value as printed: ratios with 2 decimals, shares and percents as %. */
export function indicatorValue(indicator: HealthIndicator, value: number): string {
  switch (indicator) {
    case 'spi-t':
    case 'cpi':
    case 'float-erosion':
      return value.toFixed(2);
    case 'vac':
    case 'risk-exposure':
    case 'overallocation':
      return `${(value * 100).toFixed(1)}%`;
    case 'scope-change':
    case 'quality':
      return `${Math.round(value * 10) / 10}%`;
  }
}

/** A rating in the language. */
export function ratingText(rating: HealthRating, lang: Lang): string {
  return localize(RATING[rating], lang);
}

/** A trend in a few words: `-22 (SPI(t) -16.3)`. */
function trendText(t: HealthTrend | null, lang: Lang): string {
  if (t === null) return '-';
  const top = t.movers[0];
  const change = t.change > 0 ? `+${t.change}` : String(t.change);
  return top === undefined ? change : `${change} (${localize(HEADERS[top.indicator], lang)} ${top.change > 0 ? '+' : ''}${top.change})`;
}

/** The health table: one row per scored project and one for the portfolio, then a note. */
export function healthLines(h: HealthScoreResult, lang: Lang): string[] {
  const l = (t: LocalizedText) => localize(t, lang);
  const used = INDICATOR_ORDER.filter((i) => h.projects.some((p) => p.drivers.some((d) => d.indicator === i)));
  const withTrend = h.projects.some((p) => p.trend !== null) || h.portfolio.trend !== null;
  const header = [l(T.id), l(T.score), l(T.rating), ...used.map((i) => l(HEADERS[i])), ...(withTrend ? [l(T.trend)] : [])];
  const rows = h.projects.map((p) => [
    p.id,
    String(p.score),
    ratingText(p.rating, lang),
    ...used.map((i) => {
      const d = p.drivers.find((x) => x.indicator === i);
      return d === undefined ? '-' : `${indicatorValue(i, d.value)} (${d.contribution})`;
    }),
    ...(withTrend ? [trendText(p.trend, lang)] : []),
  ]);
  const rollUp = l(T[h.portfolio.rollUp]);
  rows.push([
    l(T.portfolio),
    h.portfolio.score === null ? '-' : String(h.portfolio.score),
    h.portfolio.rating === null ? '-' : ratingText(h.portfolio.rating, lang),
    ...used.map(() => ''),
    ...(withTrend ? [trendText(h.portfolio.trend, lang)] : []),
  ]);
  const out = table(header, rows, { align: ['left', 'right', 'left', ...used.map(() => 'right' as const), ...(withTrend ? ['left' as const] : [])] });
  out.push(`${l(T.portfolio)}: ${l(T.rollUp)} ${rollUp}; ${l(T.cell)}`);
  for (const u of h.unscored) out.push(`${l(T.unscored)}: ${u.id} (${u.reason})`);
  return out;
}

/** For each project, the three drivers that lower its score most: value and points earned / possible. */
export function driverLines(h: HealthScoreResult, lang: Lang): string[] {
  const out = [localize(T.lowers, lang)];
  for (const p of h.projects) {
    const drivers = [...p.drivers].filter((d) => d.shortfall > 0).sort((a, b) => b.shortfall - a.shortfall || (a.indicator < b.indicator ? -1 : 1));
    const text = drivers.slice(0, 3).map((d) => `${localize(HEADERS[d.indicator], lang)} ${indicatorValue(d.indicator, d.value)} (${d.contribution}/${Math.round(d.weight * 100)})`);
    out.push(`  ${p.id}: ${text.length === 0 ? '-' : text.join(', ')}`);
  }
  return out;
}
