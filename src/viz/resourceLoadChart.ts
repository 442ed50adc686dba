import { scaleLinear } from 'd3-scale';
import { PmoError } from '../errors.js';
import type { LoadingPeriod, LoadingSeries, ResourceLoadingResult } from '../resources/resourceLoadTypes.js';
import { maxOf } from '../internal/bulk.js';
import { chartTitle, formatNumber, legend, valueAxisLeft, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { dayStart } from './internal/dates.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { textWidth } from './internal/textWidth.js';
import { dateFormatter } from './internal/timeFormat.js';
import type { ChartOptions } from './types.js';

/** Options of {@link resourceLoadChart}. */
export interface ResourceLoadChartOptions extends ChartOptions {
  /** Which series the id names. Default: the first of resource, pool, skill with that id. */
  readonly kind?: 'resource' | 'skill' | 'pool';
  /**
   * The loading of the leveled schedule (`resourceLoading(portfolio, levelResources(portfolio))`,
   * same period unit): drawn as a second panel under the first, on the same scales, so that the
   * two read as before and after leveling. Default: one panel.
   */
  readonly after?: ResourceLoadingResult;
}

const L = {
  en: {
    title: (name: string) => `Resource load: ${name}`,
    before: 'Before leveling (early schedule)',
    after: 'After leveling',
    demand: 'demand within capacity',
    over: 'demand over capacity',
    capacity: 'capacity',
    unit: { day: 'unit-days per day', week: 'unit-days per week', month: 'unit-days per month' },
    desc: (name: string, by: string, from: string, to: string, peak: number, cap: number, over: number) =>
      `Demand on ${name} per ${by} from ${from} to ${to} against its capacity (dashed line): peak ${formatNumber(peak)} unit-days against ${formatNumber(cap)}; ${over} period${over === 1 ? '' : 's'} over capacity (dark red).`,
    descAfter: (over: number) => ` After leveling: ${over} period${over === 1 ? '' : 's'} over capacity.`,
  },
  zh: {
    title: (name: string) => `资源负荷：${name}`,
    before: '资源平衡前（最早进度）',
    after: '资源平衡后',
    demand: '产能内需求',
    over: '超出产能的需求',
    capacity: '产能',
    unit: { day: '每日单位·工作日', week: '每周单位·工作日', month: '每月单位·工作日' },
    desc: (name: string, by: string, from: string, to: string, peak: number, cap: number, over: number) =>
      `${name} 自 ${from} 至 ${to} 每${by === 'day' ? '日' : by === 'week' ? '周' : '月'}的需求与产能（虚线）：峰值 ${formatNumber(peak)} 单位·工作日，产能 ${formatNumber(cap)}；超出产能的时段 ${over} 个（深红色）。`,
    descAfter: (over: number) => `资源平衡后超出产能的时段 ${over} 个。`,
  },
} as const;

const FN = 'resourceLoadChart';

/** Checks a loading result as far as the chart reads it. */
function checkLoading(where: string, v: unknown): ResourceLoadingResult {
  const o = checkObject(FN, where, v);
  if (o.by !== 'day' && o.by !== 'week' && o.by !== 'month') bad(FN, `${where}.by`, 'must be "day", "week" or "month"', o.by);
  checkArray(FN, `${where}.periods`, o.periods).forEach((p, i) => {
    const x = checkObject(FN, `${where}.periods[${i}]`, p);
    checkString(FN, `${where}.periods[${i}].key`, x.key);
    checkString(FN, `${where}.periods[${i}].startDate`, x.startDate);
  });
  for (const k of ['resources', 'skills', 'pools'] as const) checkArray(FN, `${where}.${k}`, o[k]);
  return v as ResourceLoadingResult;
}

/** The series with the id (of the kind when given). */
function findSeries(where: string, loading: ResourceLoadingResult, id: string, kind: ResourceLoadChartOptions['kind']): LoadingSeries {
  const lists = kind === 'resource' ? [loading.resources] : kind === 'pool' ? [loading.pools] : kind === 'skill' ? [loading.skills] : [loading.resources, loading.pools, loading.skills];
  for (const list of lists) {
    const s = list.find((x) => x.id === id);
    if (s !== undefined) {
      const n = loading.periods.length;
      for (const k of ['demand', 'capacity'] as const) {
        const arr = checkArray(FN, `${where} series ${JSON.stringify(id)}.${k}`, s[k]);
        if (arr.length !== n) bad(FN, `${where} series ${JSON.stringify(id)}.${k}`, `must have one value per period (${n})`, arr.length);
        arr.forEach((v, i) => checkNumber(FN, `${where} series ${JSON.stringify(id)}.${k}[${i}]`, v, 0));
      }
      return s;
    }
  }
  throw new PmoError('UNKNOWN_ID', `${FN}: ${where} has no ${kind ?? 'resource, pool or skill'} ${JSON.stringify(id)}`);
}

/**
 * Draws the load of one resource, pool or skill per period as a histogram, as an SVG string:
 * bars of the demand (light blue up to the capacity, dark red above it), the capacity as a dashed
 * step line, and with `options.after` a second panel with the leveled loading on the same
 * scales: before and after leveling, one above the other. Periods are those of the loading
 * results (`resourceLoading(…, { by })`); the two panels share the union of their periods.
 * Pure and deterministic. O(p) for p periods.
 *
 * @param loading - `resourceLoading(portfolio, schedule, options)`: the early (or only) loading; never mutated
 * @param id - the resource, pool or skill id (a skill as `skill` or `skill@level`, as in the loading)
 * @param options - `kind`, `after` (the leveled loading), size and language
 * @returns the SVG document
 * @throws {@link PmoError} `UNKNOWN_ID` when a loading has no series with the id,
 *   `INVALID_ARGUMENT` for a malformed loading or option, or loadings of different period units
 * @example
 * ```ts
 * const early = schedulePortfolio(portfolio);
 * const leveled = levelResources(portfolio, { schedule: early });
 * const svg = resourceLoadChart(resourceLoading(portfolio, early, { by: 'week' }), 'pool-it', {
 *   after: resourceLoading(portfolio, leveled, { by: 'week' }),
 * });
 * ```
 */
export function resourceLoadChart(loading: ResourceLoadingResult, id: string, options?: ResourceLoadChartOptions): string {
  const o = readChartOptions(FN, options, 960);
  const t = L[o.lang];
  const raw = o.raw as ResourceLoadChartOptions;
  if (typeof id !== 'string') bad(FN, 'id', 'must be a string', id);
  if (raw.kind !== undefined && !['resource', 'skill', 'pool'].includes(raw.kind)) bad(FN, 'options.kind', 'must be "resource", "skill" or "pool"', raw.kind);
  const panels: { label: string | undefined; loading: ResourceLoadingResult; series: LoadingSeries }[] = [];
  const before = checkLoading('loading', loading);
  panels.push({ label: raw.after === undefined ? undefined : t.before, loading: before, series: findSeries('loading', before, id, raw.kind) });
  if (raw.after !== undefined) {
    const after = checkLoading('options.after', raw.after);
    if (after.by !== before.by) bad(FN, 'options.after.by', `must be the period unit of the loading ("${before.by}")`, after.by);
    panels.push({ label: t.after, loading: after, series: findSeries('options.after', after, id, raw.kind) });
  }

  // The union of the periods, by key, in date order.
  const periods = new Map<string, LoadingPeriod>();
  for (const p of panels) for (const period of p.loading.periods) if (!periods.has(period.key)) periods.set(period.key, period);
  const axis = [...periods.values()].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const index = new Map(axis.map((p, i) => [p.key, i] as const));
  const values = panels.map((p) => {
    const demand = new Array<number>(axis.length).fill(0);
    const capacity = new Array<number | null>(axis.length).fill(null);
    p.loading.periods.forEach((period, i) => {
      const k = index.get(period.key)!;
      demand[k] = p.series.demand[i]!;
      capacity[k] = p.series.capacity[i]!;
    });
    return { demand, capacity };
  });
  const top = Math.max(1, maxOf(values, (v) => Math.max(maxOf(v.demand), maxOf(v.capacity, (c) => c ?? 0))));

  const W = o.width;
  const name = panels[0]!.series.name || id;
  const title = o.title ?? t.title(name);
  const head = chartTitle(title, 12, W - 24);
  const x0 = 52;
  const x1 = W - 16;
  const panelH = Math.max(90, Math.round(((o.height ?? (panels.length === 1 ? 300 : 480)) - head.height - 60) / panels.length) - 44);
  const band = (x1 - x0) / Math.max(1, axis.length);
  const y = scaleLinear().domain([0, top]).nice(4).range([panelH, 0]);
  const fmt = dateFormatter(o.lang, before.by === 'month' ? 'month' : 'day');
  const labelW = maxOf(axis, (p) => textWidth(fmt(dayStart(p.startDate)), 10)) + 6;
  const every = Math.max(1, Math.ceil(labelW / band));
  const body: string[] = [head.svg];
  let cursor = head.height;
  const used = new Set<string>();
  panels.forEach((p, pi) => {
    const v = values[pi]!;
    // The panel's name on the left, the unit of its values on the right (a rotated axis title would not fit short panels).
    if (p.label !== undefined) body.push(text(x0, cursor + 14, p.label, { 'font-size': 12, 'font-weight': 'bold', fill: C.ink }));
    body.push(text(x1, cursor + 14, t.unit[before.by], { 'font-size': 10.5, 'text-anchor': 'end', fill: C.muted }));
    cursor += 20;
    const py = cursor + 6;
    const Y = (n: number): number => py + y(n);
    const marks: string[] = [valueAxisLeft(y.copy().range([py + panelH, py]), x0, { gridTo: x1, ticks: 4 })];
    axis.forEach((period, i) => {
      const d = v.demand[i]!;
      const cap = v.capacity[i] ?? null;
      const bx = x0 + i * band + band * 0.12;
      const bw = band * 0.76;
      const within = cap === null ? d : Math.min(d, cap);
      const tipText = `${period.key}: ${formatNumber(d)} / ${cap === null ? '–' : formatNumber(cap)}`;
      if (within > 0) {
        used.add('demand');
        marks.push(el('rect', { x: bx, y: Y(within), width: bw, height: Y(0) - Y(within), fill: C.normal, stroke: C.normalDark, 'stroke-width': 0.5 }, el('title', {}, esc(tipText))));
      }
      if (cap !== null && d > cap + 1e-9) {
        used.add('over');
        marks.push(el('rect', { x: bx, y: Y(d), width: bw, height: Y(cap) - Y(d), fill: C.critical, stroke: C.ink, 'stroke-width': 0.5 }, el('title', {}, esc(tipText))));
      }
      if (i % every === 0) marks.push(text(x0 + i * band + band / 2, py + panelH + 14, fmt(dayStart(period.startDate)), { 'text-anchor': 'middle', 'font-size': 10, fill: C.muted }));
    });
    // Capacity: a step line over the periods the loading covers.
    let d = '';
    let prev: number | null = null;
    axis.forEach((_, i) => {
      const cap = v.capacity[i];
      if (cap === null || cap === undefined) {
        prev = null;
        return;
      }
      const xa = x0 + i * band;
      const yy = Y(cap);
      d += prev === null ? `M${r2(xa)} ${r2(yy)}` : `V${r2(yy)}`;
      d += `H${r2(xa + band)}`;
      prev = cap;
    });
    if (d !== '') {
      used.add('capacity');
      marks.push(el('path', { d, fill: 'none', stroke: C.ink, 'stroke-width': 1.8, 'stroke-dasharray': '6 3' }));
    }
    body.push(g({ class: 'panel' }, marks));
    cursor = py + panelH + 24;
  });

  const items: LegendItem[] = [];
  if (used.has('demand')) items.push({ label: t.demand, swatch: { kind: 'rect', fill: C.normal, stroke: C.normalDark } });
  if (used.has('over')) items.push({ label: t.over, swatch: { kind: 'rect', fill: C.critical, stroke: C.ink } });
  if (used.has('capacity')) items.push({ label: t.capacity, swatch: { kind: 'line', stroke: C.ink, width: 1.8, dash: '6 3' } });
  const leg = legend(items, 12, cursor, W - 24);
  body.push(leg.svg);
  const H = Math.max(o.height ?? 0, cursor + leg.height + 8);
  const over = (v: (typeof values)[number]): number => v.demand.filter((d, i) => v.capacity[i] !== null && d > v.capacity[i]! + 1e-9).length;
  const v0 = values[0]!;
  const firstDate = axis[0]?.startDate ?? '';
  const lastDate = axis[axis.length - 1]?.endDate ?? '';
  const description =
    o.description ??
    t.desc(name, before.by, firstDate, lastDate, Math.max(0, maxOf(v0.demand)), Math.max(0, maxOf(v0.capacity, (c) => c ?? 0)), over(v0)) + (values.length > 1 ? t.descAfter(over(values[1]!)) : '');
  return svgDocument({ kind: 'load', width: W, height: H, title, description, lang: o.lang, body });
}

const r2 = (n: number): string => String(Math.round(n * 100) / 100);
