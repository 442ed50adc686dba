/** Test helpers of the charts: parse an SVG, find its elements, and the checks every chart must pass. */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { ROOT } from '../helpers.js';

/** An element of a parsed SVG, with the classes of its ancestors. */
export interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  /** Text content (own text nodes). */
  readonly text: string;
  /** Classes of the enclosing `<g>` elements, outermost first. */
  readonly within: readonly string[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseAttributeValue: false, parseTagValue: false, trimValues: false });

type Raw = Record<string, unknown>;

function convert(raw: Raw, within: readonly string[]): Node | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const attrs = (raw[':@'] ?? {}) as Record<string, string>;
  const kids = (raw[name] ?? []) as Raw[];
  const inner = name === 'g' && attrs.class !== undefined ? [...within, attrs.class] : within;
  const children = kids.map((k) => convert(k, inner)).filter((n): n is Node => n !== undefined);
  const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('');
  return { name, attrs, children, text, within };
}

/** Parses an SVG document (after checking it is well-formed XML). */
export function parseSvg(svg: string): Node {
  const valid = XMLValidator.validate(svg);
  expect(valid, typeof valid === 'object' ? JSON.stringify(valid.err) : '').toBe(true);
  const raw = parser.parse(svg) as Raw[];
  const root = raw.map((r) => convert(r, [])).find((n) => n !== undefined);
  expect(root?.name).toBe('svg');
  return root!;
}

/** Every element of the tree, depth first. */
export function all(node: Node): Node[] {
  return [node, ...node.children.flatMap(all)];
}

/** The elements named `name` inside a `<g class="…">` with the given class (anywhere above). */
export function inGroup(root: Node, group: string, name?: string): Node[] {
  return all(root).filter((n) => n.within.some((c) => c.split(' ').includes(group)) && (name === undefined || n.name === name));
}

/** The text of an element and its descendants. */
export function textOf(node: Node): string {
  return node.text + node.children.filter((c) => c.name !== 'title').map(textOf).join('');
}

/**
 * The checks every chart passes: well-formed XML; `role="img"` naming its `<title>` and `<desc>`
 * (both present, not empty); width, height and viewBox agree; no attribute holding NaN,
 * Infinity, undefined or null. Returns the parsed tree.
 */
export function checkChart(svg: string): Node {
  const root = parseSvg(svg);
  expect(root.attrs.role).toBe('img');
  const [titleId, descId] = (root.attrs['aria-labelledby'] ?? '').split(' ');
  const title = root.children.find((c) => c.name === 'title');
  const desc = root.children.find((c) => c.name === 'desc');
  expect(title?.attrs.id).toBe(titleId);
  expect(desc?.attrs.id).toBe(descId);
  expect(title!.text.trim().length).toBeGreaterThan(0);
  expect(desc!.text.trim().length).toBeGreaterThan(10);
  expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
  for (const n of all(root))
    for (const [k, v] of Object.entries(n.attrs)) expect(v, `${n.name}@${k}`).not.toMatch(/NaN|Infinity|undefined|null/);
  for (const n of all(root)) expect(n.text, n.name).not.toMatch(/\bNaN\b|\bundefined\b/);
  return root;
}

/** The title and description of a chart. */
export function titleAndDesc(root: Node): { title: string; desc: string } {
  return { title: root.children.find((c) => c.name === 'title')!.text, desc: root.children.find((c) => c.name === 'desc')!.text };
}

let sample: Portfolio | undefined;
/** The sample portfolio, parsed once. */
export function samplePortfolio(): Portfolio {
  sample ??= parsePortfolio(JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')));
  return sample;
}

/** Whether a string holds Chinese characters. */
export const hasHan = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);
