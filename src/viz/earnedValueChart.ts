import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { PmoError } from '../errors.js';
import type { EarnedValueAnalysisResult, EvScheduleMeasures, EvSeries } from '../performance/analysisTypes.js';
import type { EarnedValueResult } from '../performance/types.js';
import { maxOf } from '../internal/bulk.js';
import { chartTitle, formatNumber, legend, marker, timeAxis, valueAxisLeft, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkDate, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { dayEnd, dayStart } from './internal/dates.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { textWidth } from './internal/textWidth.js';
import type { ChartOptions } from './types.js';

/** Options of {@link earnedValueChart}. */
export interface EarnedValueChartOptions extends ChartOptions {
  /** Draw this project's curves. Default: the portfolio total when the analysis has one, else its only project. */
  readonly projectId?: string;
}

const L = {
  en: {
    title: (name: string) => `Earned value: ${name}`,
    portfolio: 'portfolio',
    pv: 'PV (planned value)',
    ev: 'EV (earned value)',
    ac: 'AC (actual cost)',
    eac: 'EAC projection',
    bac: 'BAC',
    status: 'status date',
    forecast: 'forecast finish',
    amount: (c: string | null) => (c === null ? 'cumulative amount' : `cumulative ${c}`),
    desc: (name: string, date: string, pv: number, ev: number, ac: number, bac: number, eac: number | null, spi: string, cpi: string, finish: string | null) =>
      `S-curves of ${name}, cumulative, at the status date ${date}: PV ${formatNumber(pv)} (solid line, circles), EV ${formatNumber(ev)} (dashed, squares), AC ${formatNumber(ac)} (dotted, triangles); SPI ${spi}, CPI ${cpi}. BAC ${formatNumber(bac)}${eac === null ? '' : `, EAC ${formatNumber(eac)}`}${finish === null ? '' : `, forecast finish ${finish}`}.`,
  },
  zh: {
    title: (name: string) => `挣值：${name}`,
    portfolio: '项目组合',
    pv: 'PV（计划价值）',
    ev: 'EV（挣值）',
    ac: 'AC（实际成本）',
    eac: 'EAC 预测',
    bac: 'BAC',
    status: '状态日期',
    forecast: '预测完成',
    amount: (c: string | null) => (c === null ? '累计金额' : `累计金额（${c}）`),
    desc: (name: string, date: string, pv: number, ev: number, ac: number, bac: number, eac: number | null, spi: string, cpi: string, finish: string | null) =>
      `${name} 的累计 S 曲线，状态日期 ${date}：PV ${formatNumber(pv)}（实线、圆点），EV ${formatNumber(ev)}（虚线、方块），AC ${formatNumber(ac)}（点线、三角）；SPI ${spi}，CPI ${cpi}。BAC ${formatNumber(bac)}${eac === null ? '' : `，EAC ${formatNumber(eac)}`}${finish === null ? '' : `，预测完成 ${finish}`}。`,
  },
} as const;

const FN = 'earnedValueChart';

/** The curves drawn: a project's or the portfolio's. */
interface Curves {
  readonly name: string;
  readonly dataDate: string;
  readonly startDate: string;
  readonly plannedFinishDate: string;
  readonly series: EvSeries;
  readonly measures: EarnedValueResult;
  readonly schedule: EvScheduleMeasures | null;
}

function pick(a: EarnedValueAnalysisResult, projectId: string | undefined, portfolioName: string): Curves {
  if (projectId === undefined && a.portfolio !== null) {
    const p = a.portfolio;
    const starts = a.projects.map((x) => x.plan.startDate).sort();
    const finishes = a.projects.map((x) => x.plan.finishDate).sort();
    return {
      name: portfolioName,
      dataDate: a.statusDate,
      startDate: p.schedule?.startDate ?? starts[0] ?? a.periods[0]!.startDate,
      plannedFinishDate: p.schedule?.plannedFinishDate ?? finishes[finishes.length - 1] ?? a.periods[a.periods.length - 1]!.endDate,
      series: p.series,
      measures: p.measures,
      schedule: p.schedule,
    };
  }
  const project = projectId === undefined ? a.projects[0] : a.projects.find((x) => x.projectId === projectId);
  if (project === undefined)
    throw new PmoError('UNKNOWN_ID', `${FN}: the analysis has no project ${JSON.stringify(projectId)}; its projects: ${a.projects.map((x) => JSON.stringify(x.projectId)).join(', ') || 'none'}`);
  return { name: (typeof project.name === 'string' && project.name) || project.projectId, dataDate: project.dataDate, startDate: project.plan.startDate, plannedFinishDate: project.plan.finishDate, series: project.series, measures: project.measures, schedule: project.schedule };
}

/** Checks the analysis as far as the chart reads it. */
function checkAnalysis(v: unknown): EarnedValueAnalysisResult {
  const a = checkObject(FN, 'analysis', v);
  checkDate(FN, 'analysis.statusDate', a.statusDate);
  const periods = checkArray(FN, 'analysis.periods', a.periods);
  if (periods.length === 0) bad(FN, 'analysis.periods', 'must not be empty', periods);
  periods.forEach((p, i) => {
    const o = checkObject(FN, `analysis.periods[${i}]`, p);
    checkDate(FN, `analysis.periods[${i}].startDate`, o.startDate);
    checkDate(FN, `analysis.periods[${i}].endDate`, o.endDate);
  });
  checkArray(FN, 'analysis.projects', a.projects).forEach((p, i) => {
    const o = checkObject(FN, `analysis.projects[${i}]`, p);
    const plan = checkObject(FN, `analysis.projects[${i}].plan`, o.plan);
    checkDate(FN, `analysis.projects[${i}].plan.startDate`, plan.startDate);
    checkDate(FN, `analysis.projects[${i}].plan.finishDate`, plan.finishDate);
  });
  if (a.portfolio !== null) {
    const s = checkObject(FN, 'analysis.portfolio', a.portfolio).schedule;
    if (s !== null && s !== undefined) {
      const o = checkObject(FN, 'analysis.portfolio.schedule', s);
      checkDate(FN, 'analysis.portfolio.schedule.startDate', o.startDate);
      checkDate(FN, 'analysis.portfolio.schedule.plannedFinishDate', o.plannedFinishDate);
    }
  }
  return v as EarnedValueAnalysisResult;
}

/** Checks the dates and measures of the picked curves. */
function checkCurves(c: Curves): void {
  checkString(FN, 'name', c.name);
  checkDate(FN, 'dataDate', c.dataDate);
  checkDate(FN, 'plan.startDate', c.startDate);
  checkDate(FN, 'plan.finishDate', c.plannedFinishDate);
  checkObject(FN, 'series', c.series);
  const m = checkObject(FN, 'measures', c.measures);
  checkNumber(FN, 'measures.bac', m.bac);
  for (const k of ['eacTypical', 'eacAtypical', 'spi', 'cpi'] as const) if (m[k] !== null) checkNumber(FN, `measures.${k}`, m[k]);
  for (const k of ['pv', 'ev', 'ac'] as const) checkNumber(FN, `measures.${k}`, m[k]);
  if (c.schedule !== null) {
    const s = checkObject(FN, 'schedule', c.schedule);
    if (s.forecastFinishDate !== null) checkDate(FN, 'schedule.forecastFinishDate', s.forecastFinishDate);
  }
}

/** Checks that a series has one finite value (or `null`) per period. */
function checkSeries(s: EvSeries, n: number): void {
  for (const k of ['pvCumulative', 'evCumulative', 'acCumulative'] as const) {
    const arr = checkArray(FN, `series.${k}`, s[k]);
    if (arr.length !== n) bad(FN, `series.${k}`, `must have one value per period (${n})`, arr.length);
    arr.forEach((x, i) => {
      if (x !== null && (typeof x !== 'number' || !Number.isFinite(x))) bad(FN, `series.${k}[${i}]`, 'must be a finite number or null', x);
      if (k === 'pvCumulative' && x === null) bad(FN, `series.${k}[${i}]`, 'must be a number', x);
    });
  }
}

const fixed2 = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

/**
 * Draws the earned value S-curves of an analysis, as an SVG string: cumulative PV (solid line,
 * circles), EV (dashed, squares) and AC (dotted, triangles) at the end of each period (EV and AC
 * up to the data date), the BAC as a horizontal reference to the planned finish, the EAC
 * projection from the actual cost at the data date to the EAC (`BAC / CPI`) at the forecast
 * finish (earned schedule's IEAC(t), else the planned finish), and the status date. Each curve
 * is labeled at its end, so that it reads without color.
 *
 * Pure and deterministic. O(p) for p periods.
 *
 * @param analysis - `earnedValueAnalysis(portfolio, options)`; never mutated
 * @param options - `projectId` (default: the portfolio total, else the only project), size and language
 * @returns the SVG document
 * @throws {@link PmoError} `UNKNOWN_ID` for a `projectId` the analysis does not hold,
 *   `INVALID_ARGUMENT` for a malformed analysis or option
 * @example
 * ```ts
 * const svg = earnedValueChart(earnedValueAnalysis(portfolio, { by: 'week' }), { projectId: 'wms' });
 * ```
 */
export function earnedValueChart(analysis: EarnedValueAnalysisResult, options?: EarnedValueChartOptions): string {
  const o = readChartOptions(FN, options, 960);
  const t = L[o.lang];
  const raw = o.raw as EarnedValueChartOptions;
  const a = checkAnalysis(analysis);
  if (raw.projectId !== undefined && typeof raw.projectId !== 'string') bad(FN, 'options.projectId', 'must be a string', raw.projectId);
  const c = pick(a, raw.projectId, t.portfolio);
  checkCurves(c);
  checkSeries(c.series, a.periods.length);
  const m = c.measures;
  const eac = m.eacTypical ?? m.eacAtypical;
  const forecastDate = c.schedule?.forecastFinishDate ?? null;
  const eacDate = forecastDate ?? c.plannedFinishDate;

  const W = o.width;
  const H = o.height ?? 420;
  const title = o.title ?? t.title(c.name);
  const head = chartTitle(title, 12, W - 24);
  const x0 = 78;
  const x1 = W - 120;
  const y0 = head.height + 26;
  const legendItems: LegendItem[] = [
    { label: t.pv, swatch: { kind: 'line', stroke: C.normalDark, width: 2 } },
    { label: t.ev, swatch: { kind: 'line', stroke: C.green, width: 2, dash: '7 3' } },
    { label: t.ac, swatch: { kind: 'line', stroke: C.orange, width: 2.2, dash: '2 3' } },
    { label: t.eac, swatch: { kind: 'line', stroke: C.orange, width: 1.2, dash: '8 3 2 3' } },
    { label: t.status, swatch: { kind: 'line', stroke: C.ink, width: 1.2, dash: '4 3' } },
  ];
  const legendProbe = legend(legendItems, 12, 0, W - 24);
  const y1 = H - 34 - legendProbe.height;
  if (y1 - y0 < 60) bad(FN, 'options.height', 'is too small for the chart', H);

  const first = [c.startDate, a.periods[0]!.startDate].sort()[0]!;
  const last = [c.plannedFinishDate, eacDate, a.periods[a.periods.length - 1]!.endDate, c.dataDate].sort()[3]!;
  const x = scaleUtc().domain([dayStart(first), dayEnd(last)]).range([x0, x1]);
  const top = Math.max(m.bac, eac, maxOf(c.series.pvCumulative), maxOf(c.series.acCumulative, (v) => v ?? 0), 1);
  const y = scaleLinear().domain([0, top * 1.04]).nice(5).range([y1, y0]);

  const body: string[] = [head.svg];
  body.push(valueAxisLeft(y, x0, { gridTo: x1, ticks: 5, title: t.amount(a.currency) }));
  body.push(timeAxis(x, y1, { lang: o.lang, position: 'bottom', gridFrom: y0, gridTo: y1 }));

  // The points: (first period start, 0), then each period's end; EV and AC up to the data date.
  const origin: [number, number] = [x(dayStart(a.periods[0]!.startDate)), y(0)];
  const pointsOf = (values: readonly (number | null)[], upToData: boolean): [number, number][] => {
    const pts: [number, number][] = [origin];
    a.periods.forEach((p, i) => {
      const v = values[i];
      if (v === null || v === undefined) return;
      const end = upToData && p.endDate > c.dataDate ? c.dataDate : p.endDate;
      pts.push([x(dayEnd(end)), y(v)]);
    });
    return pts;
  };
  const path = line().digits(2);
  const curve = (pts: [number, number][], color: string, dash: string | undefined, width: number, shape: 'circle' | 'square' | 'triangle', label: string, labelY: number, tip: string): string => {
    const marks = pts.slice(1).map(([px, py]) => marker(shape, px, py, 3.2, { fill: color, stroke: '#ffffff', 'stroke-width': 0.8 }));
    const end = pts[pts.length - 1]!;
    return g({ class: 'curve' }, [
      el('path', { d: path(pts) ?? '', fill: 'none', stroke: color, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' }, el('title', {}, esc(tip))),
      ...marks,
      text(end[0] + 6, labelY + 4, label, { 'font-size': 11, 'font-weight': 'bold', fill: color }),
    ]);
  };
  const pv = pointsOf(c.series.pvCumulative, false);
  const ev = pointsOf(c.series.evCumulative, true);
  const ac = pointsOf(c.series.acCumulative, true);
  // EV and AC end at the data date: keep their labels 12 px apart.
  let evY = ev[ev.length - 1]![1];
  let acY = ac[ac.length - 1]![1];
  if (Math.abs(evY - acY) < 12) {
    const mid = (evY + acY) / 2;
    const up = evY <= acY ? 'ev' : 'ac';
    evY = up === 'ev' ? mid - 6 : mid + 6;
    acY = up === 'ac' ? mid - 6 : mid + 6;
  }

  // BAC reference and the EAC projection.
  const bacY = y(m.bac);
  body.push(
    g({ class: 'bac' }, [
      el('line', { x1: x0, x2: x(dayEnd(c.plannedFinishDate)), y1: bacY, y2: bacY, stroke: C.muted, 'stroke-width': 1, 'stroke-dasharray': '2 2' }),
      text(x0 + 6, bacY - 5, `${t.bac} ${formatNumber(m.bac)}`, { 'font-size': 10.5, fill: C.muted }),
    ]),
  );
  const acEnd = ac[ac.length - 1]!;
  const ex = x(dayEnd(eacDate));
  const ey = y(eac);
  body.push(
    g({ class: 'eac' }, [
      el('line', { x1: acEnd[0], y1: acEnd[1], x2: ex, y2: ey, stroke: C.orange, 'stroke-width': 1.2, 'stroke-dasharray': '8 3 2 3' }),
      marker('diamond', ex, ey, 4, { fill: '#ffffff', stroke: C.orange, 'stroke-width': 1.5 }),
      text(ex + 7, ey + (Math.abs(ey - bacY) < 14 ? (ey < bacY ? -6 : 14) : 4), `EAC ${formatNumber(eac)}`, { 'font-size': 10.5, 'font-weight': 'bold', fill: C.ink }),
    ]),
  );
  if (forecastDate !== null) {
    body.push(
      g({ class: 'forecast' }, [
        el('line', { x1: ex, x2: ex, y1: y1, y2: y1 - 8, stroke: C.ink, 'stroke-width': 1.5 }),
        text(ex, y1 - 11, `${t.forecast} ${forecastDate}`, { 'font-size': 10, 'text-anchor': textWidth(`${t.forecast} ${forecastDate}`, 10) / 2 + ex > W - 4 ? 'end' : 'middle', fill: C.ink }),
      ]),
    );
  }
  body.push(curve(pv, C.normalDark, undefined, 2, 'circle', 'PV', pv[pv.length - 1]![1], t.pv));
  body.push(curve(ac, C.orange, '2 3', 2.2, 'triangle', 'AC', acY, t.ac));
  body.push(curve(ev, C.green, '7 3', 2, 'square', 'EV', evY, t.ev));
  const sx = x(dayEnd(c.dataDate));
  body.push(
    g({ class: 'status-date' }, [
      el('line', { x1: sx, x2: sx, y1: y0 - 4, y2: y1, stroke: C.ink, 'stroke-width': 1.2, 'stroke-dasharray': '4 3' }),
      text(sx + 4, y0 + 6, `${t.status} ${c.dataDate}`, { 'font-size': 10, fill: C.ink }),
    ]),
  );
  const leg = legend(legendItems, 12, y1 + 26, W - 24);
  body.push(leg.svg);
  const description = o.description ?? t.desc(c.name, c.dataDate, m.pv, m.ev, m.ac, m.bac, eac, fixed2(m.spi), fixed2(m.cpi), forecastDate);
  return svgDocument({ kind: 'evm', width: W, height: Math.max(H, y1 + 26 + leg.height + 6), title, description, lang: o.lang, body });
}
