import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CalendarLike } from '../calendar/compileCalendar.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { dateAtWorkingDayOffset } from '../calendar/dateAtWorkingDayOffset.js';
import { STANDARD_CALENDAR } from '../calendar/standardCalendar.js';
import { maxOf, minOf } from '../internal/bulk.js';
import { chartTitle, formatNumber, legend, valueAxisLeft, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkDate, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { textWidth } from './internal/textWidth.js';
import { dayStart } from './internal/dates.js';
import { dateFormatter } from './internal/timeFormat.js';
import type { ChartOptions, FinishDistribution } from './types.js';

/** Options of {@link finishHistogram}. */
export interface FinishHistogramOptions extends ChartOptions {
  /** Calendar of the working days counted from the distribution's `startDate`. Default: the standard calendar (Monday to Friday). */
  readonly calendar?: CalendarLike;
}

const L = {
  en: {
    title: 'Monte Carlo: finish',
    runs: 'runs',
    cumulative: 'cumulative %',
    unit: 'working days',
    finish: (u: string) => `finish (${u})`,
    finishDate: 'finish date',
    deadline: 'deadline',
    planned: 'plan',
    bins: 'runs per bin',
    desc: (runs: number, from: string, to: string, marks: string) => `Histogram of ${formatNumber(runs)} simulated finishes from ${from} to ${to}, with the cumulative share as a dotted line${marks}.`,
  },
  zh: {
    title: '蒙特卡洛模拟：完成时间',
    runs: '次数',
    cumulative: '累计 %',
    unit: '工作日',
    finish: (u: string) => `完成（${u}）`,
    finishDate: '完成日期',
    deadline: '截止日期',
    planned: '计划',
    bins: '每组次数',
    desc: (runs: number, from: string, to: string, marks: string) => `直方图：${formatNumber(runs)} 次模拟的完成时间，自 ${from} 至 ${to}，点线为累计占比${marks}。`,
  },
} as const;

const FN = 'finishHistogram';

/** Line styles of the percentile markers: P50 dashed, P80 dash-dot, others dotted. */
const dashOf = (p: number): string => (p === 50 ? '6 3' : p === 80 ? '10 3 2 3' : '2 2');

/**
 * Draws the finishes of a Monte Carlo simulation as a histogram, as an SVG string: one bar per
 * bin, the cumulative share of runs as a dotted line (right axis, 0–100 %), vertical markers at
 * the percentiles (P50 dashed, P80 dash-dot, others dotted, each labeled with its value), and the
 * deadline (solid dark red) and the deterministic plan (solid gray) when given. With the
 * distribution's `startDate`, values are finish offsets in working days of `options.calendar`
 * and are labeled with the working day each falls in (offset `ceil(v) - 1`, as schedules date a
 * finish). Works on plain data ({@link FinishDistribution}). Pure and deterministic. O(b) for b bins.
 *
 * @param distribution - the bins, percentiles and markers; never mutated
 * @param options - calendar, size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for no bins, bins out of order or overlapping, a
 *   negative count, a percentile outside (0, 100), or a malformed option
 * @example
 * ```ts
 * const svg = finishHistogram({
 *   bins: [{ from: 100, to: 105, count: 120 }, { from: 105, to: 110, count: 610 }, { from: 110, to: 115, count: 270 }],
 *   percentiles: [{ p: 50, value: 107.9 }, { p: 80, value: 110.6 }],
 *   deadline: 110,
 *   startDate: '2026-01-12',
 * });
 * ```
 */
export function finishHistogram(distribution: FinishDistribution, options?: FinishHistogramOptions): string {
  const o = readChartOptions(FN, options, 760);
  const t = L[o.lang];
  const raw = o.raw as FinishHistogramOptions;
  const d = checkObject(FN, 'distribution', distribution);
  const bins = checkArray(FN, 'distribution.bins', d.bins).map((b, i) => {
    const x = checkObject(FN, `distribution.bins[${i}]`, b);
    const from = checkNumber(FN, `distribution.bins[${i}].from`, x.from);
    const to = checkNumber(FN, `distribution.bins[${i}].to`, x.to);
    if (!(to > from)) bad(FN, `distribution.bins[${i}].to`, `must be greater than its from (${from})`, to);
    return { from, to, count: checkNumber(FN, `distribution.bins[${i}].count`, x.count, 0) };
  });
  if (bins.length === 0) bad(FN, 'distribution.bins', 'must hold at least one bin', d.bins);
  bins.forEach((b, i) => {
    if (i > 0 && b.from < bins[i - 1]!.to) bad(FN, `distribution.bins[${i}].from`, `must not be before the previous bin's end (${bins[i - 1]!.to})`, b.from);
  });
  const percentiles = d.percentiles === undefined ? [] : checkArray(FN, 'distribution.percentiles', d.percentiles).map((p, i) => {
    const x = checkObject(FN, `distribution.percentiles[${i}]`, p);
    const pp = checkNumber(FN, `distribution.percentiles[${i}].p`, x.p);
    if (!(pp > 0 && pp < 100)) bad(FN, `distribution.percentiles[${i}].p`, 'must be between 0 and 100', pp);
    return { p: pp, value: checkNumber(FN, `distribution.percentiles[${i}].value`, x.value) };
  });
  const deadline = d.deadline === undefined ? undefined : checkNumber(FN, 'distribution.deadline', d.deadline);
  const planned = d.planned === undefined ? undefined : checkNumber(FN, 'distribution.planned', d.planned);
  const unit = d.unit === undefined ? t.unit : checkString(FN, 'distribution.unit', d.unit);
  const startDate = d.startDate === undefined ? undefined : checkDate(FN, 'distribution.startDate', d.startDate);
  const cal = startDate === undefined ? undefined : compileCalendar(raw.calendar ?? STANDARD_CALENDAR);
  const label = (v: number): string => (cal === undefined || startDate === undefined ? formatNumber(v, 1) : dateAtWorkingDayOffset(cal, startDate, Math.max(0, Math.ceil(v - 1e-9) - 1)));

  const W = o.width;
  const H = o.height ?? 380;
  const title = o.title ?? t.title;
  const head = chartTitle(title, 12, W - 24);
  const items: LegendItem[] = [
    { label: t.bins, swatch: { kind: 'rect', fill: C.normal, stroke: C.normalDark } },
    { label: t.cumulative, swatch: { kind: 'line', stroke: C.ink, width: 1.5, dash: '1 3' } },
    ...percentiles.map((p): LegendItem => ({ label: `P${formatNumber(p.p)}`, swatch: { kind: 'line', stroke: C.normalDark, width: 1.8, dash: dashOf(p.p) } })),
    ...(deadline === undefined ? [] : [{ label: t.deadline, swatch: { kind: 'line', stroke: C.critical, width: 2 } } as LegendItem]),
    ...(planned === undefined ? [] : [{ label: t.planned, swatch: { kind: 'line', stroke: C.muted, width: 1.5 } } as LegendItem]),
  ];
  const probe = legend(items, 12, 0, W - 24);
  const x0 = 64;
  const x1 = W - 56;
  const y0 = head.height + 30;
  const y1 = H - 50 - probe.height;
  if (y1 - y0 < 60) bad(FN, 'options.height', 'is too small for the chart', H);
  const lo = Math.min(bins[0]!.from, minOf(percentiles, (p) => p.value), deadline ?? Infinity, planned ?? Infinity);
  const hi = Math.max(bins[bins.length - 1]!.to, maxOf(percentiles, (p) => p.value), deadline ?? -Infinity, planned ?? -Infinity);
  const pad = (hi - lo) * 0.03;
  const x = scaleLinear().domain([lo - pad, hi + pad]).range([x0, x1]);
  const total = bins.reduce((s, b) => s + b.count, 0);
  const y = scaleLinear().domain([0, Math.max(1, maxOf(bins, (b) => b.count))]).nice(5).range([y1, y0]);
  const yc = scaleLinear().domain([0, 100]).range([y1, y0]);

  const body: string[] = [head.svg, valueAxisLeft(y, x0, { gridTo: x1, ticks: 5, title: t.runs })];
  // Right axis: cumulative %.
  const right: string[] = [el('line', { x1: x1, x2: x1, y1: y0, y2: y1, stroke: C.axis })];
  for (const v of [0, 25, 50, 75, 100]) right.push(text(x1 + 6, yc(v) + 4, `${v} %`, { 'font-size': 11, fill: C.muted }));
  body.push(g({ class: 'axis axis-right' }, right));
  // Bottom axis: values or dates.
  const bottom: string[] = [el('line', { x1: x0, x2: x1, y1: y1, y2: y1, stroke: C.axis })];
  // Ticks as dense as their labels allow (dates in the short form, e.g. "Jun 4").
  const short = dateFormatter(o.lang, 'day');
  const tickLabel = (v: number): string => (cal === undefined || startDate === undefined ? label(v) : short(dayStart(label(v))));
  let ticks = x.ticks(Math.max(2, Math.floor((x1 - x0) / 60)));
  while (ticks.length > 2 && maxOf(ticks, (v) => textWidth(tickLabel(v), 11)) + 10 > (x1 - x0) / ticks.length) {
    // d3 takes the count as a hint: on a wide domain it may keep giving as many ticks (the loop
    // never ended on a bin from -6e200, found by the fuzz suite); then keep the two ends.
    const fewer = x.ticks(Math.max(2, Math.floor(ticks.length * 0.6)));
    ticks = fewer.length < ticks.length ? fewer : [ticks[0]!, ticks[ticks.length - 1]!];
  }
  for (const v of ticks) bottom.push(el('line', { x1: x(v), x2: x(v), y1: y1, y2: y1 + 4, stroke: C.axis }), text(x(v), y1 + 16, tickLabel(v), { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  bottom.push(text((x0 + x1) / 2, y1 + 32, cal === undefined ? t.finish(unit) : t.finishDate, { 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  body.push(g({ class: 'axis axis-x' }, bottom));

  const bars = bins.map((b) =>
    el('rect', { x: x(b.from) + 0.5, y: y(b.count), width: Math.max(0.5, x(b.to) - x(b.from) - 1), height: y1 - y(b.count), fill: C.normal, stroke: C.normalDark, 'stroke-width': 0.5 }, el('title', {}, esc(`${label(b.from)} – ${label(b.to)}: ${formatNumber(b.count)}`))),
  );
  body.push(g({ class: 'bins' }, bars));
  let acc = 0;
  const pts: [number, number][] = [[x(bins[0]!.from), yc(0)]];
  for (const b of bins) {
    acc += b.count;
    pts.push([x(b.to), yc(total === 0 ? 0 : (100 * acc) / total)]);
  }
  body.push(el('path', { d: line().digits(2)(pts) ?? '', fill: 'none', stroke: C.ink, 'stroke-width': 1.5, 'stroke-dasharray': '1 3', 'stroke-linecap': 'round' }));

  // Markers, labels staggered so that close ones do not overlap.
  const marks: string[] = [];
  const lanes: number[] = [];
  const vline = (v: number, color: string, width: number, dash: string | undefined, caption: string): void => {
    const xv = x(v);
    const w = textWidth(caption, 10.5) + 6;
    let lane = 0;
    while (lanes[lane] !== undefined && lanes[lane]! > xv - w / 2) lane++;
    lanes[lane] = xv + w / 2;
    const anchor = xv + w / 2 > W - 4 ? 'end' : xv - w / 2 < 4 ? 'start' : 'middle';
    marks.push(el('line', { x1: xv, x2: xv, y1: y0 - 4, y2: y1, stroke: color, 'stroke-width': width, 'stroke-dasharray': dash }), text(xv, y0 - 8 - lane * 13, caption, { 'text-anchor': anchor, 'font-size': 10.5, 'font-weight': 'bold', fill: color }));
  };
  if (planned !== undefined) vline(planned, C.muted, 1.5, undefined, `${t.planned} ${label(planned)}`);
  for (const p of percentiles) vline(p.value, C.normalDark, 1.8, dashOf(p.p), `P${formatNumber(p.p)} ${label(p.value)}`);
  if (deadline !== undefined) vline(deadline, C.critical, 2, undefined, `${t.deadline} ${label(deadline)}`);
  body.push(g({ class: 'markers' }, marks));
  const leg = legend(items, 12, y1 + 42, W - 24);
  body.push(leg.svg);
  const markText = [...percentiles.map((p) => `P${formatNumber(p.p)} ${label(p.value)}`), ...(deadline === undefined ? [] : [`${t.deadline} ${label(deadline)}`])].join(', ');
  const description = o.description ?? t.desc(total, label(bins[0]!.from), label(bins[bins.length - 1]!.to), markText === '' ? '' : `; ${markText}`);
  return svgDocument({ kind: 'histogram', width: W, height: Math.max(H, y1 + 42 + leg.height + 6), title, description, lang: o.lang, body });
}
