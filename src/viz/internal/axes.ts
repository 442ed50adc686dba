/** Axes, grids, number labels and legends shared by the charts. Private to pmo-kit/viz. */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { Lang } from '../../org/types.js';
import { maxOf } from '../../internal/bulk.js';
import { C } from './palette.js';
import { el, g, polygon, text, type AttrValue } from './svg.js';
import { fitText, textWidth } from './textWidth.js';
import { tickLabels } from './timeFormat.js';

/**
 * A number for a label: thousands separated (`12,500`), large values shortened (`1.25M`),
 * fractions to at most `decimals` places; `-0` reads `0`.
 */
export function formatNumber(x: number, decimals = 2): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `${trim((x / 1e9).toFixed(2))}B`;
  if (a >= 1e6) return `${trim((x / 1e6).toFixed(2))}M`;
  const fixed = trim(x.toFixed(a >= 1000 ? 0 : decimals));
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const out = frac === undefined ? grouped : `${grouped}.${frac}`;
  return out === '-0' ? '0' : out;
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A date axis at `y` (labels above it for `top`, below for `bottom`), with grid lines from `gridFrom` to `gridTo`. */
export function timeAxis(
  scale: ScaleTime<number, number>,
  y: number,
  o: { readonly lang: Lang; readonly position: 'top' | 'bottom'; readonly gridFrom: number; readonly gridTo: number; readonly minSpacing?: number },
): string {
  const [x0, x1] = scale.range() as [number, number];
  const spacing = o.minSpacing ?? 70;
  let ticks = scale.ticks(Math.max(2, Math.floor((x1 - x0) / spacing)));
  let labels = tickLabels(ticks, o.lang);
  // Fewer ticks until the labels fit side by side.
  for (let count = ticks.length; count > 2; count = Math.floor(count * 0.7)) {
    const w = maxOf(labels, (l) => textWidth(l, 11)) + 8;
    if (ticks.length < 2 || (x1 - x0) / ticks.length >= w) break;
    ticks = scale.ticks(Math.max(2, Math.floor(count * 0.7)));
    labels = tickLabels(ticks, o.lang);
  }
  const parts: string[] = [];
  const dir = o.position === 'top' ? -1 : 1;
  ticks.forEach((t, i) => {
    const x = scale(t);
    if (x < x0 - 0.5 || x > x1 + 0.5) return;
    parts.push(el('line', { x1: x, x2: x, y1: o.gridFrom, y2: o.gridTo, stroke: C.grid, 'stroke-width': 1 }));
    parts.push(el('line', { x1: x, x2: x, y1: y, y2: y + dir * 4, stroke: C.axis }));
    parts.push(text(x + 3, y + (dir < 0 ? -6 : 14), labels[i]!, { 'font-size': 11, fill: C.muted }));
  });
  parts.push(el('line', { x1: x0, x2: x1, y1: y, y2: y, stroke: C.axis }));
  return g({ class: 'axis axis-time' }, parts);
}

/** A value axis on the left at `x`, ticks over the plot width as grid lines, an optional title. */
export function valueAxisLeft(
  scale: ScaleLinear<number, number>,
  x: number,
  o: { readonly gridTo: number; readonly ticks?: number; readonly format?: (v: number) => string; readonly title?: string },
): string {
  const ticks = scale.ticks(o.ticks ?? 5);
  const f = o.format ?? ((v: number) => formatNumber(v));
  const parts: string[] = [];
  const [y0, y1] = scale.range() as [number, number];
  for (const t of ticks) {
    const y = scale(t);
    parts.push(el('line', { x1: x, x2: o.gridTo, y1: y, y2: y, stroke: t === 0 ? C.axis : C.grid }));
    parts.push(text(x - 6, y + 4, f(t), { 'text-anchor': 'end', 'font-size': 11, fill: C.muted }));
  }
  parts.push(el('line', { x1: x, x2: x, y1: y0, y2: y1, stroke: C.axis }));
  if (o.title !== undefined) {
    const ym = (y0 + y1) / 2;
    parts.push(text(0, 0, o.title, { transform: `translate(${Math.max(12, x - 64)} ${ym}) rotate(-90)`, 'text-anchor': 'middle', 'font-size': 11, fill: C.muted }));
  }
  return g({ class: 'axis axis-value' }, parts);
}

/** What a legend entry shows before its label. */
export type LegendSwatch =
  | { readonly kind: 'rect'; readonly fill: string; readonly stroke?: string; readonly dash?: string; readonly height?: number }
  | { readonly kind: 'line'; readonly stroke: string; readonly width?: number; readonly dash?: string }
  | { readonly kind: 'diamond' | 'circle' | 'square' | 'triangle'; readonly fill: string; readonly stroke?: string };

/** A legend entry. */
export interface LegendItem {
  readonly swatch: LegendSwatch;
  readonly label: string;
}

/** A marker shape centered on (x, y) with half-size r. */
export function marker(kind: 'diamond' | 'circle' | 'square' | 'triangle', x: number, y: number, r: number, a: Readonly<Record<string, AttrValue>>, children?: string): string {
  switch (kind) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, ...a }, children);
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...a }, children);
    case 'triangle':
      return polygon([[x, y - r * 1.15], [x + r * 1.15, y + r * 0.85], [x - r * 1.15, y + r * 0.85]], a, children);
    case 'diamond':
      return polygon([[x, y - r * 1.3], [x + r * 1.3, y], [x, y + r * 1.3], [x - r * 1.3, y]], a, children);
  }
}

function swatch(s: LegendSwatch, x: number, y: number): string {
  switch (s.kind) {
    case 'rect': {
      const h = s.height ?? 10;
      return el('rect', { x, y: y - h / 2, width: 18, height: h, fill: s.fill, stroke: s.stroke, 'stroke-dasharray': s.dash });
    }
    case 'line':
      return el('line', { x1: x, x2: x + 18, y1: y, y2: y, stroke: s.stroke, 'stroke-width': s.width ?? 2, 'stroke-dasharray': s.dash });
    default:
      return marker(s.kind, x + 9, y, 5, { fill: s.fill, stroke: s.stroke ?? C.ink, 'stroke-width': 1 });
  }
}

/** A legend laid out in rows from (x, y) within `width`: its SVG and its height. */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): { readonly svg: string; readonly height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y + 8;
  for (const it of items) {
    const w = 24 + textWidth(it.label, 11) + 16;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += 18;
    }
    parts.push(swatch(it.swatch, cx, cy), text(cx + 24, cy + 4, it.label, { 'font-size': 11, fill: C.ink }));
    cx += w;
  }
  return { svg: items.length === 0 ? '' : g({ class: 'legend' }, parts), height: items.length === 0 ? 0 : cy - y + 10 };
}

/** The visible title of a chart at its top-left: its SVG and the height it takes. */
export function chartTitle(title: string, x: number, width: number): { readonly svg: string; readonly height: number } {
  return { svg: text(x, 20, fitText(title, width, 14, true), { 'font-size': 14, 'font-weight': 'bold', fill: C.ink }, title), height: 30 };
}
