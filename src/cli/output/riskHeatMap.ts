/** The heat map of a register analysis as text, for `pmo risks` and `pmo demo`. */
import type { Lang } from '../../org/types.js';
import type { RiskHeatMap, RiskRating } from '../../risk/types.js';
import { table } from '../format.js';

const LETTER: Readonly<Record<RiskRating, string>> = { low: 'L', medium: 'M', high: 'H' };

/** Chinese names of the default bands; other names are printed as given. */
const ZH_BANDS: Readonly<Record<string, string>> = { 'very low': '很低', low: '低', medium: '中', high: '高', 'very high': '很高' };

const LABELS = {
  en: {
    corner: 'probability \\ impact',
    threats: 'Threats',
    opportunities: 'Opportunities',
    legend: 'each cell: its rating (L low, M medium, H high) and the number of active risks in it (· none)',
    unrated: (ids: string) => `not on the map (impact not rated): ${ids}`,
  },
  zh: {
    corner: '概率 \\ 影响',
    threats: '威胁',
    opportunities: '机会',
    legend: '每格：该格的等级（L 低，M 中，H 高）及其中未关闭风险的数量（· 表示无）',
    unrated: (ids: string) => `未列入热力图（影响无法评级）：${ids}`,
  },
} as const;

/**
 * The heat map of `kind` as a table: one row per probability band, highest first; one column per
 * impact band, lowest first; each cell its rating letter and its count.
 */
export function heatMapTable(map: RiskHeatMap, kind: 'threats' | 'opportunities', lang: Lang = 'en'): string[] {
  const band = (name: string) => (lang === 'zh' ? (ZH_BANDS[name] ?? name) : name);
  const rows = map[kind]
    .map((row, p) => [band(map.probabilityBands[p]!), ...row.map((c) => `${LETTER[c.rating]} ${c.count === 0 ? '·' : String(c.count)}`)])
    .reverse();
  return table([LABELS[lang].corner, ...map.impactBands.map(band)], rows);
}

/** Both heat maps with their titles and the legend, and the unrated risks if any. */
export function heatMapReport(map: RiskHeatMap, lang: Lang = 'en'): string[] {
  const l = LABELS[lang];
  const out = [`${l.threats}:`, ...heatMapTable(map, 'threats', lang), '', `${l.opportunities}:`, ...heatMapTable(map, 'opportunities', lang), l.legend];
  if (map.unrated.length > 0) out.push(l.unrated(map.unrated.join(', ')));
  return out;
}
