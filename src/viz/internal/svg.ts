/**
 * Writing SVG as text: escaping, number formatting, elements, and the document wrapper that
 * gives every chart its `<title>`, `<desc>`, `role="img"` and ids unique to its content.
 * Private to pmo-kit/viz.
 */

/** Escapes text for XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A number for an attribute: rounded to 2 decimals, no `-0`, no exponent. A value that is not
 * finite is a bug of the chart (the inputs are checked before), so it throws instead of writing
 * `NaN` into the picture.
 */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`pmo-kit/viz: internal error: a coordinate is ${x}`);
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** An attribute value: numbers through {@link num}, strings escaped; `undefined` leaves it out. */
export type AttrValue = string | number | undefined;

/** Writes the attributes of an element (in the order given, so output is deterministic). */
function attrs(a: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** An element with children (already SVG text), or self-closing without. */
export function el(name: string, a: Readonly<Record<string, AttrValue>> = {}, children?: string | readonly string[]): string {
  const body = children === undefined ? undefined : typeof children === 'string' ? children : children.join('');
  return body === undefined || body === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

/** A `<text>` element holding `content` (escaped). */
export function text(x: number, y: number, content: string, a: Readonly<Record<string, AttrValue>> = {}, tooltip?: string): string {
  const tip = tooltip === undefined || tooltip === content ? '' : el('title', {}, esc(tooltip));
  return `<text${attrs({ x, y, ...a })}>${tip}${esc(content)}</text>`;
}

/** A group. */
export function g(a: Readonly<Record<string, AttrValue>>, children: readonly string[]): string {
  return el('g', a, children);
}

/** A polygon through the points. */
export function polygon(points: readonly (readonly [number, number])[], a: Readonly<Record<string, AttrValue>> = {}, children?: string): string {
  return el('polygon', { points: points.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), ...a }, children);
}

/** 32-bit FNV-1a hash of a string, as 8 hex digits: ids unique to a chart's content. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Fonts of every chart: a system sans-serif, with CJK fonts for Chinese labels. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** What {@link svgDocument} wraps. */
export interface SvgDocument {
  /** Kind of chart, in ids (`gantt`, `network`, …). */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  /** Accessible name (`<title>`). */
  readonly title: string;
  /** Accessible description (`<desc>`). */
  readonly description: string;
  /** The drawing. */
  readonly body: readonly string[];
  /** Language of the text (`en` or `zh`). */
  readonly lang: string;
}

/**
 * The `<svg>` document: `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>`, a
 * white background, and ids derived from a hash of the content, so that several charts inlined
 * in one HTML page never clash and the same input always gives the same bytes.
 */
export function svgDocument(d: SvgDocument): string {
  const body = d.body.join('');
  const prefix = `pmo-${d.kind}-${hash(`${d.title}\u0000${d.description}\u0000${d.width}x${d.height}\u0000${body}`)}`;
  const open = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width: d.width,
    height: d.height,
    viewBox: `0 0 ${num(d.width)} ${num(d.height)}`,
    role: 'img',
    'aria-labelledby': `${prefix}-title ${prefix}-desc`,
    lang: d.lang === 'zh' ? 'zh-CN' : 'en',
    'font-family': FONT_FAMILY,
    'font-size': 12,
    class: `pmo-chart pmo-chart-${d.kind}`,
  }).replace(/\/>$/, '>');
  return [
    open,
    el('title', { id: `${prefix}-title` }, esc(d.title)),
    el('desc', { id: `${prefix}-desc` }, esc(d.description)),
    el('rect', { x: 0, y: 0, width: d.width, height: d.height, fill: '#ffffff' }),
    body,
    '</svg>',
  ].join('');
}
