import { scaleLinear } from 'd3-scale';
import { chartTitle, formatNumber, legend, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
import type { ChartOptions, Sensitivity } from './types.js';

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions extends ChartOptions {
  /** Draw at most this many bars, the largest effects (1 … 100). Default `12`. */
  readonly maxBars?: number;
  /** What the values measure, for the axis title. Default: "effect on the finish". */
  readonly valueLabel?: string;
}

const L = {
  en: {
    title: 'Sensitivity (tornado)',
    value: 'effect on the finish',
    positive: 'lengthens the finish',
    negative: 'shortens the finish',
    empty: 'No sensitivities to draw.',
    desc: (n: number, shown: number, top: string) => `Tornado chart of ${n} input${n === 1 ? '' : 's'}${shown < n ? ` (the ${shown} largest)` : ''}, largest effect on top: positive to the right (dark), negative to the left (light, outlined)${top}.`,
    topWord: (label: string, v: string) => `; largest: ${label} (${v})`,
  },
  zh: {
    title: '敏感性分析（龙卷风图）',
    value: '对完成时间的影响',
    positive: '推迟完成',
    negative: '提前完成',
    empty: '没有可绘制的敏感性数据。',
    desc: (n: number, shown: number, top: string) => `龙卷风图：${n} 个输入${shown < n ? `（显示影响最大的 ${shown} 个）` : ''}，影响最大者在上：正值向右（深色），负值向左（浅色带边框）${top}。`,
    topWord: (label: string, v: string) => `；影响最大：${label}（${v}）`,
  },
} as const;

const FN = 'tornadoChart';

/**
 * Draws sensitivities as a tornado chart, as an SVG string: one horizontal bar per input, sorted
 * by the size of its effect (largest on top; ties keep the input order), positive effects to the
 * right of zero in a dark fill, negative ones to the left in a light fill with an outline, each
 * labeled with its value. Works on plain data (`[{ label, value }]`, e.g. the correlation of each
 * task's duration with the finish). Pure and deterministic. O(n log n).
 *
 * @param sensitivities - the inputs and their effects; never mutated
 * @param options - `maxBars`, `valueLabel`, size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a missing label, a value that is not finite,
 *   or a malformed option
 * @example
 * ```ts
 * const svg = tornadoChart([
 *   { label: 'ERP interfaces', value: 0.62 },
 *   { label: 'Data migration', value: 0.41 },
 *   { label: 'Vendor onboarding', value: -0.08 },
 * ]);
 * ```
 */
export function tornadoChart(sensitivities: readonly Sensitivity[], options?: TornadoChartOptions): string {
  const o = readChartOptions(FN, options, 760);
  const t = L[o.lang];
  const raw = o.raw as TornadoChartOptions;
  const items = checkArray(FN, 'sensitivities', sensitivities).map((s, i) => {
    const x = checkObject(FN, `sensitivities[${i}]`, s);
    return { label: checkString(FN, `sensitivities[${i}].label`, x.label), value: checkNumber(FN, `sensitivities[${i}].value`, x.value), i };
  });
  const maxBars = raw.maxBars === undefined ? 12 : checkNumber(FN, 'options.maxBars', raw.maxBars, 1);
  if (!Number.isInteger(maxBars) || maxBars > 100) bad(FN, 'options.maxBars', 'must be an integer from 1 to 100', maxBars);
  const valueLabel = raw.valueLabel === undefined ? t.value : checkString(FN, 'options.valueLabel', raw.valueLabel);
  const bars = [...items].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.i - b.i).slice(0, maxBars);

  const W = o.width;
  const title = o.title ?? t.title;
  const head = chartTitle(title, 12, W - 24);
  if (bars.length === 0)
    return svgDocument({ kind: 'tornado', width: W, height: Math.max(90, o.height ?? 90), title, description: o.description ?? t.empty, lang: o.lang, body: [head.svg, text(12, 60, t.empty, { fill: C.muted })] });
  const legendItems: LegendItem[] = [
    { label: t.positive, swatch: { kind: 'rect', fill: C.normalDark, stroke: C.ink } },
    { label: t.negative, swatch: { kind: 'rect', fill: C.normal, stroke: C.normalDark } },
  ];
  const probe = legend(legendItems, 12, 0, W - 24);
  const labelW = Math.min(W * 0.36, Math.max(...bars.map((b) => textWidth(b.label, 11))) + 10);
  const x0 = 12 + labelW;
  const x1 = W - 16;
  const y0 = head.height + 6;
  const rowH = o.height === undefined ? 26 : Math.max(12, (o.height - y0 - 44 - probe.height) / bars.length);
  const y1 = y0 + rowH * bars.length;
  const m = Math.max(1e-12, ...bars.map((b) => Math.abs(b.value)));
  const x = scaleLinear().domain([-m, m]).nice(6).range([x0 + 44, x1 - 44]);

  const body: string[] = [head.svg];
  const axis: string[] = [];
  for (const v of x.ticks(6)) {
    axis.push(el('line', { x1: x(v), x2: x(v), y1: y0, y2: y1, stroke: v === 0 ? C.ink : C.grid, 'stroke-width': v === 0 ? 1.2 : 1 }));
    axis.push(text(x(v), y1 + 14, formatNumber(v), { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  }
  axis.push(text((x(x.domain()[0]!) + x(x.domain()[1]!)) / 2, y1 + 30, valueLabel, { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  body.push(g({ class: 'axis' }, axis));
  const marks: string[] = [];
  bars.forEach((b, k) => {
    const y = y0 + k * rowH;
    const bh = Math.min(18, rowH * 0.68);
    const by = y + (rowH - bh) / 2;
    const a = x(Math.min(0, b.value));
    const e = x(Math.max(0, b.value));
    const pos = b.value >= 0;
    marks.push(
      text(12 + labelW - 8, y + rowH / 2 + 4, fitText(b.label, labelW - 10, 11), { 'text-anchor': 'end', 'font-size': 11, fill: C.ink }, b.label),
      el('rect', { x: a, y: by, width: Math.max(0.5, e - a), height: bh, fill: pos ? C.normalDark : C.normal, stroke: pos ? C.ink : C.normalDark, 'stroke-width': 0.8 }, el('title', {}, esc(`${b.label}: ${formatNumber(b.value, 3)}`))),
      text(pos ? e + 4 : a - 4, y + rowH / 2 + 4, formatNumber(b.value, 2), { 'text-anchor': pos ? 'start' : 'end', 'font-size': 10.5, fill: C.ink }),
    );
  });
  body.push(g({ class: 'bars' }, marks));
  const leg = legend(legendItems, 12, y1 + 40, W - 24);
  body.push(leg.svg);
  const H = Math.max(o.height ?? 0, y1 + 40 + leg.height + 6);
  const description = o.description ?? t.desc(items.length, bars.length, t.topWord(bars[0]!.label, formatNumber(bars[0]!.value, 2)));
  return svgDocument({ kind: 'tornado', width: W, height: H, title, description, lang: o.lang, body });
}
