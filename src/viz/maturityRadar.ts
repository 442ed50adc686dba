import { curveLinearClosed, lineRadial } from 'd3-shape';
import { chartTitle, formatNumber, legend, marker, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkNumber, checkObject, checkString, readChartOptions } from './internal/check.js';
import { C } from './internal/palette.js';
import { el, esc, g, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
import type { ChartOptions, MaturityAxis } from './types.js';

/** Options of {@link maturityRadar}. */
export interface MaturityRadarOptions extends ChartOptions {
  /** The highest level (the outer ring), an integer from 1 to 10. Default `5`. */
  readonly maxLevel?: number;
}

const L = {
  en: {
    title: 'PMO maturity',
    level: 'assessed level',
    target: 'target level',
    desc: (n: number, max: number, avg: string, gaps: string) => `Radar of ${n} PMO functions on a scale of 0 to ${max}: assessed levels as a solid filled shape with circles, targets as a dashed outline with squares; average level ${avg}${gaps}.`,
    gapWord: (list: string) => `; largest gaps to target: ${list}`,
  },
  zh: {
    title: 'PMO 成熟度',
    level: '评估等级',
    target: '目标等级',
    desc: (n: number, max: number, avg: string, gaps: string) => `雷达图：${n} 项 PMO 职能，等级 0 至 ${max}：评估等级为实线填充（圆点），目标等级为虚线（方块）；平均等级 ${avg}${gaps}。`,
    gapWord: (list: string) => `；与目标差距最大：${list}`,
  },
} as const;

const FN = 'maturityRadar';

/** Splits a label into at most two lines of `width` pixels. */
function twoLines(s: string, width: number): string[] {
  if (textWidth(s, 11) <= width) return [s];
  const words = s.split(/(?<=\s)|(?=[\u2e80-\ua4cf])/);
  let first = '';
  let i = 0;
  for (; i < words.length; i++) {
    if (first !== '' && textWidth(first + words[i]!, 11) > width) break;
    first += words[i]!;
  }
  const rest = words.slice(i).join('').trim();
  return rest === '' ? [fitText(first.trim(), width, 11)] : [fitText(first.trim(), width, 11), fitText(rest, width, 11)];
}

/**
 * Draws a maturity assessment as a radar chart, as an SVG string: one spoke per axis (clockwise
 * from the top, in input order), rings at each level, the assessed levels as a filled shape with
 * a solid outline and circles, and the targets (where set) as a dashed outline with squares.
 * Works on plain data (`[{ axis, level, target? }]`). Pure and deterministic. O(n).
 *
 * @param axes - at least 3 axes with their levels; never mutated
 * @param options - `maxLevel` (default 5), size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for fewer than 3 axes, a level or target outside
 *   0 … `maxLevel`, or a malformed option
 * @example
 * ```ts
 * const svg = maturityRadar([
 *   { axis: 'Standards & methods', level: 3, target: 4 },
 *   { axis: 'Resource management', level: 2, target: 4 },
 *   { axis: 'Reporting', level: 4 },
 * ]);
 * ```
 */
export function maturityRadar(axes: readonly MaturityAxis[], options?: MaturityRadarOptions): string {
  const o = readChartOptions(FN, options, 640);
  const t = L[o.lang];
  const raw = o.raw as MaturityRadarOptions;
  const max = raw.maxLevel === undefined ? 5 : checkNumber(FN, 'options.maxLevel', raw.maxLevel, 1);
  if (!Number.isInteger(max) || max > 10) bad(FN, 'options.maxLevel', 'must be an integer from 1 to 10', max);
  const list = checkArray(FN, 'axes', axes).map((a, i) => {
    const x = checkObject(FN, `axes[${i}]`, a);
    const level = checkNumber(FN, `axes[${i}].level`, x.level, 0);
    if (level > max) bad(FN, `axes[${i}].level`, `must be at most maxLevel (${max})`, level);
    const target = x.target === undefined ? undefined : checkNumber(FN, `axes[${i}].target`, x.target, 0);
    if (target !== undefined && target > max) bad(FN, `axes[${i}].target`, `must be at most maxLevel (${max})`, target);
    return { axis: checkString(FN, `axes[${i}].axis`, x.axis), level, target };
  });
  if (list.length < 3) bad(FN, 'axes', 'must hold at least 3 axes (a radar of fewer has no area)', list.length);

  const W = o.width;
  const title = o.title ?? t.title;
  const head = chartTitle(title, 12, W - 24);
  const hasTarget = list.some((a) => a.target !== undefined);
  const items: LegendItem[] = [{ label: t.level, swatch: { kind: 'circle', fill: C.normalDark } }, ...(hasTarget ? [{ label: t.target, swatch: { kind: 'square', fill: '#ffffff', stroke: C.critical } } as LegendItem] : [])];
  const probe = legend(items, 12, 0, W - 24);
  const H = o.height ?? Math.round(W * 0.86);
  const labelRoom = Math.min(130, W * 0.22);
  const R = Math.min((W - 2 * labelRoom - 24) / 2, (H - head.height - probe.height - 60) / 2);
  if (R < 40) bad(FN, 'options.width', 'is too small for the radar', W);
  const cx = W / 2;
  const cy = head.height + 24 + R;
  const n = list.length;
  const angle = (i: number): number => (2 * Math.PI * i) / n;
  const px = (i: number, v: number): number => cx + Math.sin(angle(i)) * (R * v) / max;
  const py = (i: number, v: number): number => cy - Math.cos(angle(i)) * (R * v) / max;

  const body: string[] = [head.svg];
  const grid: string[] = [];
  for (let k = 1; k <= max; k++) {
    const ring = Array.from({ length: n }, (_, i) => `${formatPt(px(i, k))},${formatPt(py(i, k))}`).join(' ');
    grid.push(el('polygon', { points: ring, fill: 'none', stroke: k === max ? C.axis : C.grid, 'stroke-width': 1 }));
    grid.push(text(cx + 3, cy - (R * k) / max - 2, String(k), { 'font-size': 9.5, fill: C.muted }));
  }
  list.forEach((a, i) => {
    grid.push(el('line', { x1: cx, y1: cy, x2: px(i, max), y2: py(i, max), stroke: C.grid }));
    const lx = cx + Math.sin(angle(i)) * (R + 10);
    const ly = cy - Math.cos(angle(i)) * (R + 10);
    const s = Math.sin(angle(i));
    const anchor = Math.abs(s) < 0.2 ? 'middle' : s > 0 ? 'start' : 'end';
    const lines = twoLines(a.axis, labelRoom - 8);
    const c = Math.cos(angle(i));
    const base = ly + (c > 0.2 ? -4 - (lines.length - 1) * 12 : c < -0.2 ? 12 : 4 - ((lines.length - 1) * 12) / 2);
    lines.forEach((l, k) => grid.push(text(lx, base + k * 12, l, { 'text-anchor': anchor, 'font-size': 11, fill: C.ink }, a.axis)));
  });
  body.push(g({ class: 'grid' }, grid));

  const radial = lineRadial<{ v: number; i: number }>()
    .angle((d) => angle(d.i))
    .radius((d) => (R * d.v) / max)
    .curve(curveLinearClosed)
    .digits(2);
  const shape = radial(list.map((a, i) => ({ v: a.level, i }))) ?? '';
  body.push(
    el('path', { d: shape, transform: `translate(${formatPt(cx)} ${formatPt(cy)})`, fill: C.normalDark, 'fill-opacity': 0.22, stroke: C.normalDark, 'stroke-width': 2.2 }, el('title', {}, esc(`${t.level}: ${list.map((a) => `${a.axis} ${formatNumber(a.level)}`).join(', ')}`))),
  );
  if (hasTarget) {
    // The target outline joins the axes that have one (axes without a target sit on their level).
    const target = radial(list.map((a, i) => ({ v: a.target ?? a.level, i }))) ?? '';
    body.push(el('path', { d: target, transform: `translate(${formatPt(cx)} ${formatPt(cy)})`, fill: 'none', stroke: C.critical, 'stroke-width': 1.8, 'stroke-dasharray': '6 3' }));
  }
  const marks: string[] = [];
  list.forEach((a, i) => {
    marks.push(marker('circle', px(i, a.level), py(i, a.level), 3.5, { fill: C.normalDark, stroke: '#ffffff', 'stroke-width': 1 }, el('title', {}, esc(`${a.axis}: ${formatNumber(a.level)}${a.target === undefined ? '' : ` / ${formatNumber(a.target)}`}`))));
    if (a.target !== undefined) marks.push(marker('square', px(i, a.target), py(i, a.target), 3, { fill: '#ffffff', stroke: C.critical, 'stroke-width': 1.5 }));
  });
  body.push(g({ class: 'marks' }, marks));
  const leg = legend(items, 12, cy + R + 40, W - 24);
  body.push(leg.svg);
  const avg = list.reduce((s, a) => s + a.level, 0) / n;
  const gaps = list
    .filter((a) => a.target !== undefined && a.target > a.level)
    .sort((a, b) => b.target! - b.level - (a.target! - a.level))
    .slice(0, 3)
    .map((a) => `${a.axis} (${formatNumber(a.level)} → ${formatNumber(a.target!)})`);
  const description = o.description ?? t.desc(n, max, formatNumber(avg, 1), gaps.length > 0 ? t.gapWord(gaps.join(', ')) : '');
  return svgDocument({ kind: 'radar', width: W, height: Math.max(H, cy + R + 40 + leg.height + 6), title, description, lang: o.lang, body });
}

const formatPt = (n: number): string => String(Math.round(n * 100) / 100);
