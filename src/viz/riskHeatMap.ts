import { maxOf, pushAll } from '../internal/bulk.js';
import { chartTitle, legend, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { C, textOn } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
import type { RiskHeatMap } from '../risk/types.js';
import type { ChartOptions, HeatMapData } from './types.js';

/** Options of {@link riskHeatMap}. */
export interface RiskHeatMapOptions extends ChartOptions {
  /** For a {@link RiskHeatMap} of `analyzeRisks`: the map to draw. Default `'threats'`. */
  readonly kind?: 'threats' | 'opportunities';
}

const L = {
  en: {
    title: 'Risk heat map',
    titleOf: { threats: 'Risk heat map: threats', opportunities: 'Risk heat map: opportunities' },
    probability: 'Probability',
    impact: 'Impact',
    five: ['very low', 'low', 'medium', 'high', 'very high'],
    zones: ['low', 'moderate', 'high', 'very high'],
    ratings: { low: 'low', medium: 'medium', high: 'high' },
    more: (n: number) => `+${n} more`,
    desc: (n: number, cells: number, high: number, severe: string, top: string) =>
      `Probability × impact matrix of ${n} risk${n === 1 ? '' : 's'} in ${cells} cell${cells === 1 ? '' : 's'}: probability up, impact across, each cell with its count and risk ids, darker zones more severe; ${high} risk${high === 1 ? '' : 's'} in ${severe}${top}.`,
    severe: { data: 'the high and very high zones', rating: 'cells rated high' },
    topCell: (ids: string) => `, most severe: ${ids}`,
  },
  zh: {
    title: '风险热力图',
    titleOf: { threats: '风险热力图：威胁', opportunities: '风险热力图：机会' },
    probability: '概率',
    impact: '影响',
    five: ['很低', '低', '中', '高', '很高'],
    zones: ['低', '中等', '高', '很高'],
    ratings: { low: '低', medium: '中', high: '高' },
    more: (n: number) => `另 ${n} 个`,
    desc: (n: number, cells: number, high: number, severe: string, top: string) =>
      `概率 × 影响矩阵：${n} 个风险分布在 ${cells} 个单元格中，纵轴为概率，横轴为影响，每格显示数量和风险编号，颜色越深越严重；${severe}共 ${high} 个风险${top}。`,
    severe: { data: '高和很高区域', rating: '高等级单元格' },
    topCell: (ids: string) => `，最严重：${ids}`,
  },
} as const;

const FN = 'riskHeatMap';

/** Zone 0 … 3 of a cell from its score relative to the matrix's largest (as 4/25, 9/25, 16/25 on a 5 × 5 matrix). */
function zoneOf(p: number, i: number, P: number, I: number): number {
  const ratio = (p * i) / (P * I);
  return ratio <= 0.16 ? 0 : ratio <= 0.36 ? 1 : ratio <= 0.64 ? 2 : 3;
}

const ZONE_FILL = [C.heat[0], C.heat[1], C.heat[2], C.heat[3]] as const;
/** The fills of the three ratings of the risk module: light, mid, dark. */
const RATING_FILL = { low: C.heat[0], medium: C.heat[2], high: C.heat[3] } as const;
type Rating = keyof typeof RATING_FILL;

/** Chinese names of the risk module's default bands; other names are shown as given. */
const ZH_BANDS: Readonly<Record<string, string>> = { 'very low': '很低', low: '低', medium: '中', high: '高', 'very high': '很高' };

/** The matrix to draw, whatever its source. */
interface Grid {
  readonly P: number;
  readonly I: number;
  readonly pLabels: readonly string[];
  readonly iLabels: readonly string[];
  readonly cells: Map<string, { count: number; ids: string[] }>;
  /** Fill of the cell at probability p and impact i (1-based). */
  readonly fill: (p: number, i: number) => string;
  /** Whether the cell is in the most severe zones (for the description). */
  readonly severe: (p: number, i: number) => boolean;
  /** Which cells `severe` counts, for the description. */
  readonly severeKind: 'data' | 'rating';
  /** The legend: zone names and fills. */
  readonly legend: readonly { readonly label: string; readonly fill: string }[];
  readonly title: string | undefined;
}

/** A plain matrix ({@link HeatMapData}), checked. */
function fromData(m: Record<string, unknown>, t: (typeof L)[keyof typeof L]): Grid {
  const levels = (k: 'probabilityLevels' | 'impactLevels'): number => {
    const v = m[k] ?? 5;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 2 || v > 10) bad(FN, `matrix.${k}`, 'must be an integer from 2 to 10', v);
    return v;
  };
  const P = levels('probabilityLevels');
  const I = levels('impactLevels');
  const labels = (k: 'probabilityLabels' | 'impactLabels', n: number): string[] => {
    if (m[k] === undefined) return n === 5 ? [...t.five] : Array.from({ length: n }, (_, i) => String(i + 1));
    const arr = checkArray(FN, `matrix.${k}`, m[k]).map((s, i) => checkString(FN, `matrix.${k}[${i}]`, s));
    if (arr.length !== n) bad(FN, `matrix.${k}`, `must have one label per level (${n})`, arr.length);
    return arr;
  };
  const cells = new Map<string, { count: number; ids: string[] }>();
  checkArray(FN, 'matrix.cells', m.cells).forEach((c, n) => {
    const w = `matrix.cells[${n}]`;
    const x = checkObject(FN, w, c);
    const level = (k: 'probability' | 'impact', max: number): number => {
      const v = x[k];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) bad(FN, `${w}.${k}`, `must be an integer level from 1 to ${max}`, v);
      return v;
    };
    const p = level('probability', P);
    const i = level('impact', I);
    const ids = checkArray(FN, `${w}.ids`, x.ids).map((s, j) => checkString(FN, `${w}.ids[${j}]`, s));
    const count = x.count === undefined ? ids.length : checkNumber(FN, `${w}.count`, x.count, 0);
    const cell = cells.get(`${p},${i}`) ?? { count: 0, ids: [] };
    cell.count += count;
    pushAll(cell.ids, ids);
    cells.set(`${p},${i}`, cell);
  });
  return {
    P,
    I,
    pLabels: labels('probabilityLabels', P),
    iLabels: labels('impactLabels', I),
    cells,
    fill: (p, i) => ZONE_FILL[zoneOf(p, i, P, I)]!,
    severe: (p, i) => zoneOf(p, i, P, I) >= 2,
    severeKind: 'data',
    legend: t.zones.map((z, k) => ({ label: z, fill: ZONE_FILL[k]! })),
    title: undefined,
  };
}

/** The heat map of `analyzeRisks` (pmo-kit/risk), one of its two kinds, checked. */
function fromRiskModule(m: Record<string, unknown>, kind: 'threats' | 'opportunities', lang: 'en' | 'zh', t: (typeof L)[keyof typeof L]): Grid {
  const band = (name: string): string => (lang === 'zh' ? (ZH_BANDS[name] ?? name) : name);
  const pBands = checkArray(FN, 'heatMap.probabilityBands', m.probabilityBands).map((s, i) => checkString(FN, `heatMap.probabilityBands[${i}]`, s));
  const iBands = checkArray(FN, 'heatMap.impactBands', m.impactBands).map((s, i) => checkString(FN, `heatMap.impactBands[${i}]`, s));
  const rows = checkArray(FN, `heatMap.${kind}`, m[kind]);
  if (rows.length !== pBands.length) bad(FN, `heatMap.${kind}`, `must have one row per probability band (${pBands.length})`, rows.length);
  const ratings = new Map<string, Rating>();
  const cells = new Map<string, { count: number; ids: string[] }>();
  rows.forEach((row, p) => {
    const r = checkArray(FN, `heatMap.${kind}[${p}]`, row);
    if (r.length !== iBands.length) bad(FN, `heatMap.${kind}[${p}]`, `must have one cell per impact band (${iBands.length})`, r.length);
    r.forEach((c, i) => {
      const w = `heatMap.${kind}[${p}][${i}]`;
      const x = checkObject(FN, w, c);
      if (x.rating !== 'low' && x.rating !== 'medium' && x.rating !== 'high') bad(FN, `${w}.rating`, 'must be "low", "medium" or "high"', x.rating);
      ratings.set(`${p + 1},${i + 1}`, x.rating);
      const ids = checkArray(FN, `${w}.riskIds`, x.riskIds).map((s, j) => checkString(FN, `${w}.riskIds[${j}]`, s));
      const count = checkNumber(FN, `${w}.count`, x.count, 0);
      if (count > 0) cells.set(`${p + 1},${i + 1}`, { count, ids: [...ids] });
    });
  });
  const rating = (p: number, i: number): Rating => ratings.get(`${p},${i}`)!;
  return {
    P: pBands.length,
    I: iBands.length,
    pLabels: pBands.map(band),
    iLabels: iBands.map(band),
    cells,
    fill: (p, i) => RATING_FILL[rating(p, i)],
    severe: (p, i) => rating(p, i) === 'high',
    severeKind: 'rating',
    legend: (['low', 'medium', 'high'] as const).map((r) => ({ label: t.ratings[r], fill: RATING_FILL[r] })),
    title: t.titleOf[kind],
  };
}

/**
 * Draws a probability × impact matrix as a heat map, as an SVG string: probability up, impact
 * across, each cell shaded by its severity in a single-hue ramp whose lightness falls with it,
 * and showing its count in large type and the ids of its risks (cut with "+n more" when they do
 * not fit).
 *
 * - The heat map of the risk module, `analyzeRisks(portfolio).heatMap` ({@link RiskHeatMap},
 *   pmo-kit/risk): its bands, and each cell shaded by its rating (low, medium, high) on the
 *   register's matrix; `options.kind` picks the threats (default) or the opportunities.
 * - Or plain data ({@link HeatMapData}): levels from 1, cells with their ids; cells are shaded by
 *   zone, the product of their levels against the largest (on a 5 × 5 matrix the products up to 4,
 *   9, 16 and above: low, moderate, high, very high).
 *
 * Pure and deterministic. O(P × I + n).
 *
 * @param matrix - a heat map of `analyzeRisks`, or plain cells; never mutated
 * @param options - `kind`, size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for levels outside 1 … the matrix size (2 … 10
 *   levels), a negative count, labels that do not match the levels, rows or cells that do not
 *   match the bands, or a malformed option
 * @example
 * ```ts
 * const svg = riskHeatMap(analyzeRisks(portfolio).heatMap, { lang: 'zh' });
 * const plain = riskHeatMap({
 *   cells: [
 *     { probability: 2, impact: 4, ids: ['rk-wms-vendor', 'rk-tel-supply'] },
 *     { probability: 3, impact: 5, ids: ['rk-tel-works'] },
 *   ],
 * });
 * ```
 */
export function riskHeatMap(matrix: HeatMapData | RiskHeatMap, options?: RiskHeatMapOptions): string {
  const o = readChartOptions(FN, options, 640);
  const t = L[o.lang];
  const raw = o.raw as RiskHeatMapOptions;
  const kind = raw.kind ?? 'threats';
  if (kind !== 'threats' && kind !== 'opportunities') bad(FN, 'options.kind', 'must be "threats" or "opportunities"', kind);
  const m = checkObject(FN, 'matrix', matrix);
  const grid = Array.isArray(m.threats) ? fromRiskModule(m, kind, o.lang, t) : fromData(m, t);
  const { P, I, pLabels, iLabels } = grid;
  const W = o.width;
  const title = o.title ?? grid.title ?? t.title;
  const head = chartTitle(title, 12, W - 24);
  const labelW = Math.min(110, maxOf(pLabels, (l) => textWidth(l, 11)) + 10);
  const x0 = 34 + labelW;
  const x1 = W - 16;
  const cw = (x1 - x0) / I;
  const y0 = head.height + 8;
  const items: LegendItem[] = grid.legend.map((z) => ({ label: z.label, swatch: { kind: 'rect', fill: z.fill, stroke: C.axis } }));
  const probe = legend(items, 12, 0, W - 24);
  const H = o.height ?? Math.round(y0 + Math.min(cw * 0.72, 96) * P + 50 + probe.height);
  const y1 = H - 46 - probe.height;
  if (y1 - y0 < 20 * P) bad(FN, 'options.height', 'is too small for the matrix', H);
  const ch = (y1 - y0) / P;

  const body: string[] = [head.svg];
  const cells: string[] = [];
  for (let p = P; p >= 1; p--) {
    const y = y0 + (P - p) * ch;
    cells.push(text(x0 - 6, y + ch / 2 + 4, fitText(pLabels[p - 1]!, labelW - 4, 11), { 'text-anchor': 'end', 'font-size': 11, fill: C.muted }, pLabels[p - 1]!));
    for (let i = 1; i <= I; i++) {
      const x = x0 + (i - 1) * cw;
      const fill = grid.fill(p, i);
      const cell = grid.cells.get(`${p},${i}`);
      const parts = [el('rect', { x, y, width: cw, height: ch, fill, stroke: '#ffffff', 'stroke-width': 2 })];
      if (cell !== undefined && cell.count > 0) {
        const ink = textOn(fill);
        parts.push(text(x + cw / 2, y + Math.min(22, ch * 0.42), String(cell.count), { 'text-anchor': 'middle', 'font-size': Math.min(18, ch * 0.36), 'font-weight': 'bold', fill: ink }));
        // Ids, one a line, as many as fit; the rest as "+n more".
        const lineH = 11;
        const room = Math.floor((ch - Math.min(26, ch * 0.5)) / lineH);
        const shown = cell.ids.length <= room ? cell.ids : cell.ids.slice(0, Math.max(0, room - 1));
        shown.forEach((id, k) => parts.push(text(x + cw / 2, y + Math.min(26, ch * 0.5) + (k + 0.8) * lineH, fitText(id, cw - 6, 9), { 'text-anchor': 'middle', 'font-size': 9, fill: ink }, id)));
        if (shown.length < cell.ids.length) parts.push(text(x + cw / 2, y + Math.min(26, ch * 0.5) + (shown.length + 0.8) * lineH, t.more(cell.ids.length - shown.length), { 'text-anchor': 'middle', 'font-size': 9, fill: ink }));
        parts.push(el('title', {}, esc(`${t.probability} ${pLabels[p - 1]!}, ${t.impact} ${iLabels[i - 1]!}: ${cell.count}${cell.ids.length > 0 ? ` (${cell.ids.join(', ')})` : ''}`)));
      }
      cells.push(g({ class: `cell zone-${ZONE_FILL.indexOf(fill as (typeof ZONE_FILL)[number])}` }, parts));
    }
  }
  for (let i = 1; i <= I; i++) cells.push(text(x0 + (i - 0.5) * cw, y1 + 16, fitText(iLabels[i - 1]!, cw - 4, 11), { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }, iLabels[i - 1]!));
  cells.push(text((x0 + x1) / 2, y1 + 32, t.impact, { 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 'bold', fill: C.ink }));
  cells.push(text(0, 0, t.probability, { transform: `translate(16 ${(y0 + y1) / 2}) rotate(-90)`, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 'bold', fill: C.ink }));
  body.push(g({ class: 'matrix' }, cells));
  const leg = legend(items, x0, y1 + 42, x1 - x0);
  body.push(leg.svg);

  let total = 0;
  let high = 0;
  let worst: { score: number; ids: string[] } | undefined;
  for (const [k, cell] of grid.cells) {
    const [p, i] = k.split(',').map(Number) as [number, number];
    total += cell.count;
    if (grid.severe(p, i)) high += cell.count;
    if (cell.count > 0 && (worst === undefined || p * i > worst.score)) worst = { score: p * i, ids: cell.ids };
  }
  const description = o.description ?? t.desc(total, [...grid.cells.values()].filter((c) => c.count > 0).length, high, t.severe[grid.severeKind], worst !== undefined && worst.ids.length > 0 ? t.topCell(worst.ids.join(', ')) : '');
  return svgDocument({ kind: 'heatmap', width: W, height: Math.max(H, y1 + 42 + leg.height + 6), title, description, lang: o.lang, body });
}
