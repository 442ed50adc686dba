import { scaleLinear, scaleSqrt } from 'd3-scale';
import { maxOf } from '../internal/bulk.js';
import { chartTitle, formatNumber, legend, valueAxisLeft, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
import type { ChartOptions } from './types.js';

/**
 * A project of {@link portfolioBubbleChart}: its value, cost and risk as plain numbers (e.g.
 * `expectedValue`, `budget` and the expected cost of its open threats).
 *
 * @example
 * ```ts
 * const b: PortfolioBubble = { id: 'wms', name: 'WMS upgrade', value: 950000, cost: 335000, risk: 27950 };
 * ```
 */
export interface PortfolioBubble {
  /** Project id. */
  readonly id: string;
  /** Name shown next to the bubble. Default: the id. */
  readonly name?: string;
  /** Its value (vertical axis), >= 0. */
  readonly value: number;
  /** Its cost (horizontal axis), >= 0. */
  readonly cost: number;
  /** Its risk (bubble area), >= 0. */
  readonly risk: number;
  /** Whether it is selected. Default `false` (see {@link PortfolioBubbleChartOptions.selected}). */
  readonly selected?: boolean;
}

/** Options of {@link portfolioBubbleChart}. */
export interface PortfolioBubbleChartOptions extends ChartOptions {
  /**
   * Ids of the selected projects, e.g. `(await selectProjects(portfolio, { budget })).selected`:
   * when given, it decides which bubbles are marked, instead of each bubble's `selected`.
   */
  readonly selected?: readonly string[];
  /** Currency of value and cost, for the axis titles. Default: none. */
  readonly currency?: string;
  /** What the bubble area measures, for the legend. Default: "risk exposure". */
  readonly riskLabel?: string;
}

const L = {
  en: {
    title: 'Portfolio: value, cost and risk',
    value: (c: string | undefined) => (c === undefined ? 'value' : `value (${c})`),
    cost: (c: string | undefined) => (c === undefined ? 'cost' : `cost (${c})`),
    risk: 'risk exposure',
    selected: 'selected',
    notSelected: 'not selected',
    area: (r: string) => `bubble area: ${r}`,
    breakEven: 'value = cost',
    empty: 'No projects to draw.',
    desc: (n: number, s: number, risk: string) => `Bubble chart of ${n} project${n === 1 ? '' : 's'}: cost across, value up, ${risk} as the bubble's area; ${s} selected (dark, solid outline, ✓), the others light with a dashed outline.`,
  },
  zh: {
    title: '项目组合：价值、成本与风险',
    value: (c: string | undefined) => (c === undefined ? '价值' : `价值（${c}）`),
    cost: (c: string | undefined) => (c === undefined ? '成本' : `成本（${c}）`),
    risk: '风险敞口',
    selected: '已选中',
    notSelected: '未选中',
    area: (r: string) => `气泡面积：${r}`,
    breakEven: '价值 = 成本',
    empty: '没有可绘制的项目。',
    desc: (n: number, s: number, risk: string) => `气泡图：${n} 个项目，横轴为成本，纵轴为价值，气泡面积为${risk}；已选中 ${s} 个（深色、实线边框、✓），其余为浅色虚线边框。`,
  },
} as const;

const FN = 'portfolioBubbleChart';

/**
 * Draws projects as bubbles, as an SVG string: cost across, value up, risk as the bubble's area
 * (a square-root scale, so that area is proportional), the selected projects dark with a solid
 * outline and a ✓ before their name, the others light with a dashed outline, and a dashed
 * "value = cost" diagonal. Pure and deterministic. O(n).
 *
 * @param projects - the projects as plain numbers; never mutated
 * @param options - `selected` ids, `currency`, `riskLabel`, size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a missing or negative number, a duplicate id,
 *   or a malformed option
 * @example
 * ```ts
 * const svg = portfolioBubbleChart(
 *   portfolio.projects.map((p) => ({ id: p.id, name: p.name, value: p.expectedValue ?? 0, cost: p.budget ?? 0, risk: 0 })),
 *   { selected: ['wms', 'dp'], currency: 'EUR' },
 * );
 * ```
 */
export function portfolioBubbleChart(projects: readonly PortfolioBubble[], options?: PortfolioBubbleChartOptions): string {
  const o = readChartOptions(FN, options, 760);
  const t = L[o.lang];
  const raw = o.raw as PortfolioBubbleChartOptions;
  const ids = new Set<string>();
  checkArray(FN, 'projects', projects).forEach((p, i) => {
    const x = checkObject(FN, `projects[${i}]`, p);
    const id = checkString(FN, `projects[${i}].id`, x.id);
    if (ids.has(id)) bad(FN, `projects[${i}].id`, 'must be unique', id);
    ids.add(id);
    for (const k of ['value', 'cost', 'risk'] as const) checkNumber(FN, `projects[${i}].${k}`, x[k], 0);
    if (x.name !== undefined) checkString(FN, `projects[${i}].name`, x.name);
  });
  const selectedIds = raw.selected === undefined ? undefined : new Set(checkArray(FN, 'options.selected', raw.selected).map((s, i) => checkString(FN, `options.selected[${i}]`, s)));
  const currency = raw.currency === undefined ? undefined : checkString(FN, 'options.currency', raw.currency);
  const riskLabel = raw.riskLabel === undefined ? t.risk : checkString(FN, 'options.riskLabel', raw.riskLabel);
  const isSelected = (p: PortfolioBubble): boolean => (selectedIds !== undefined ? selectedIds.has(p.id) : p.selected === true);

  const W = o.width;
  const H = o.height ?? Math.round(W * 0.66);
  const title = o.title ?? t.title;
  const head = chartTitle(title, 12, W - 24);
  if (projects.length === 0)
    return svgDocument({ kind: 'bubble', width: W, height: Math.max(90, o.height ?? 90), title, description: o.description ?? t.empty, lang: o.lang, body: [head.svg, text(12, 60, t.empty, { fill: C.muted })] });
  const items: LegendItem[] = [
    { label: t.selected, swatch: { kind: 'circle', fill: C.normalDark, stroke: C.ink } },
    { label: t.notSelected, swatch: { kind: 'circle', fill: '#ffffff', stroke: C.muted } },
    { label: t.breakEven, swatch: { kind: 'line', stroke: C.axis, width: 1, dash: '4 4' } },
    { label: t.area(riskLabel), swatch: { kind: 'circle', fill: C.shade, stroke: C.axis } },
  ];
  const probe = legend(items, 12, 0, W - 24);
  const x0 = 90;
  const x1 = W - 24;
  const y0 = head.height + 14;
  const y1 = H - 44 - probe.height;
  if (y1 - y0 < 60) bad(FN, 'options.height', 'is too small for the chart', H);
  const maxR = Math.max(8, Math.min(x1 - x0, y1 - y0) / 9);
  const r = scaleSqrt().domain([0, Math.max(1e-9, maxOf(projects, (p) => p.risk))]).range([4, maxR]);
  const x = scaleLinear().domain([0, Math.max(1, maxOf(projects, (p) => p.cost)) * 1.12]).nice(6).range([x0 + maxR * 0.4, x1]);
  const y = scaleLinear().domain([0, Math.max(1, maxOf(projects, (p) => p.value)) * 1.12]).nice(6).range([y1, y0]);

  const body: string[] = [head.svg, valueAxisLeft(y, x0, { gridTo: x1, ticks: 6, title: t.value(currency) })];
  const xt: string[] = [el('line', { x1: x0, x2: x1, y1: y1, y2: y1, stroke: C.axis })];
  for (const v of x.ticks(6)) xt.push(el('line', { x1: x(v), x2: x(v), y1: y1, y2: y1 + 4, stroke: C.axis }), text(x(v), y1 + 16, formatNumber(v), { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  xt.push(text((x0 + x1) / 2, y1 + 32, t.cost(currency), { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  body.push(g({ class: 'axis axis-x' }, xt));
  // value = cost, clipped to the plot.
  const d = Math.min(x.domain()[1]!, y.domain()[1]!);
  body.push(el('line', { x1: x(0), y1: y(0), x2: x(d), y2: y(d), stroke: C.axis, 'stroke-width': 1, 'stroke-dasharray': '4 4' }));
  // Largest bubbles first, so that small ones stay visible on top.
  const order = [...projects].sort((a, b) => b.risk - a.risk || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const marks: string[] = [];
  for (const p of order) {
    const sel = isSelected(p);
    const cx = x(p.cost);
    const cy = y(p.value);
    const rr = r(p.risk);
    const name = p.name ?? p.id;
    marks.push(
      g({ class: sel ? 'bubble selected' : 'bubble' }, [
        el(
          'circle',
          { cx, cy, r: rr, fill: sel ? C.normalDark : '#ffffff', 'fill-opacity': sel ? 0.78 : 0.85, stroke: sel ? C.ink : C.muted, 'stroke-width': sel ? 2 : 1.4, 'stroke-dasharray': sel ? undefined : '4 3' },
          el('title', {}, esc(`${name}: ${t.value(currency)} ${formatNumber(p.value)}, ${t.cost(currency)} ${formatNumber(p.cost)}, ${riskLabel} ${formatNumber(p.risk)}${sel ? `, ${t.selected}` : ''}`)),
        ),
      ]),
    );
  }
  // Labels: beside, then above or below their bubble, where they overlap no label placed before.
  const labels: string[] = [];
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const bubbleBoxes = projects.map((p) => ({ id: p.id, x0: x(p.cost) - r(p.risk), x1: x(p.cost) + r(p.risk), y0: y(p.value) - r(p.risk), y1: y(p.value) + r(p.risk) }));
  for (const p of [...projects].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const sel = isSelected(p);
    const name = `${sel ? '✓ ' : ''}${p.name ?? p.id}`;
    const shown = fitText(name, 260, 11, sel);
    const w = textWidth(shown, 11, sel);
    const cx = x(p.cost);
    const cy = y(p.value);
    const rr = r(p.risk);
    const candidates = [
      { x: cx + rr + 4, y: cy + 4 },
      { x: cx - rr - 4 - w, y: cy + 4 },
      { x: cx - w / 2, y: cy - rr - 5 },
      { x: cx - w / 2, y: cy + rr + 13 },
      { x: cx + rr * 0.72 + 2, y: cy - rr * 0.72 - 2 },
      { x: cx + rr * 0.72 + 2, y: cy + rr * 0.72 + 11 },
      { x: cx - rr * 0.72 - 2 - w, y: cy - rr * 0.72 - 2 },
      { x: cx - rr * 0.72 - 2 - w, y: cy + rr * 0.72 + 11 },
    ];
    const box = (c: { x: number; y: number }) => ({ x0: c.x, x1: c.x + w, y0: c.y - 11, y1: c.y + 3 });
    const fits = (c: { x: number; y: number }): boolean => {
      const b = box(c);
      const hits = (q: { x0: number; x1: number; y0: number; y1: number }): boolean => b.x0 < q.x1 && q.x0 < b.x1 && b.y0 < q.y1 && q.y0 < b.y1;
      return b.x0 >= 2 && b.x1 <= W - 2 && b.y0 >= y0 - 4 && !placed.some(hits) && !bubbleBoxes.some((q) => q.id !== p.id && hits(q));
    };
    const at = candidates.find(fits) ?? candidates.find((c) => box(c).x0 >= 2 && box(c).x1 <= W - 2) ?? candidates[0]!;
    placed.push(box(at));
    labels.push(text(at.x, at.y, shown, { 'font-size': 11, 'font-weight': sel ? 'bold' : undefined, fill: C.ink }, name));
  }
  body.push(g({ class: 'bubbles' }, marks), g({ class: 'labels' }, labels));
  const leg = legend(items, 12, y1 + 42, W - 24);
  body.push(leg.svg);
  const description = o.description ?? t.desc(projects.length, projects.filter(isSelected).length, riskLabel);
  return svgDocument({ kind: 'bubble', width: W, height: Math.max(H, y1 + 42 + leg.height + 6), title, description, lang: o.lang, body });
}
