/** The colors survive grayscale: what a chart tells apart by color also differs in lightness. */
import { describe, expect, it } from 'vitest';
import { C, luminance, textOn } from '../../src/viz/internal/palette.js';

describe('the palette of the charts', () => {
  it('keeps the pairs a chart tells apart by color at least 0.2 apart in luminance', () => {
    const pairs: [string, string, string][] = [
      ['critical vs ordinary bar (Gantt, load, network)', C.critical, C.normal],
      ['positive vs negative bar (tornado), selected vs not (bubbles)', C.normalDark, C.normal],
      ['critical node fill vs its outline', C.criticalLight, C.critical],
      ['baseline vs float (Gantt)', C.baseline, C.float],
      ['ordinary bar vs float (Gantt)', C.normal, C.float],
      ['non-working shade vs ordinary bar', C.shade, C.normal],
      ['progress on an ordinary bar', C.ink, C.normal],
    ];
    for (const [what, a, b] of pairs) expect(Math.abs(luminance(a) - luminance(b)), what).toBeGreaterThanOrEqual(0.2);
  });

  it('orders the heat-map zones from light to dark, each step at least 0.1 darker', () => {
    const l = C.heat.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i - 1]! - l[i]!).toBeGreaterThanOrEqual(0.1);
  });

  it('writes text dark on light fills and white on dark ones', () => {
    expect(textOn(C.heat[0])).toBe(C.ink);
    expect(textOn(C.heat[3])).toBe('#ffffff');
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
  });
});
