/**
 * The colors of the charts. Every pair of things a chart tells apart by color also differs in
 * lightness (so that a grayscale print keeps them apart; a test checks the luminance gaps), and
 * the charts add a second cue: dash patterns, shapes or labels. Private to pmo-kit/viz.
 */
export const C = {
  /** Text and strong lines. */
  ink: '#1f1f1f',
  /** Secondary text. */
  muted: '#595959',
  /** Axis lines and ticks. */
  axis: '#8c8c8c',
  /** Grid lines. */
  grid: '#e6e6e6',
  /** Shading of non-working days and alternate rows. */
  shade: '#f0f0f0',
  /** Critical tasks and links, over-capacity, threats: dark red. */
  critical: '#b2182b',
  /** Light fill behind critical network nodes. */
  criticalLight: '#fbd5cc',
  /** Ordinary bars: light blue. */
  normal: '#92c5de',
  /** Outline of ordinary bars: dark blue. */
  normalDark: '#2166ac',
  /** Float and secondary bars: mid gray. */
  float: '#8c8c8c',
  /** Baseline bars: light gray. */
  baseline: '#cccccc',
  /** Cross-project links: dark blue. */
  cross: '#2166ac',
  /** Second series (e.g. EV): dark green. */
  green: '#1b7837',
  /** Third series (e.g. AC): orange, lighter than red and green. */
  orange: '#e08214',
  /** Project clusters' fills, alternating. */
  clusters: ['#f7f7f7', '#eef3f8'],
  /** Heat map zones, lightest to darkest (luminance falls monotonically). */
  heat: ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'],
} as const;

/** Relative luminance (WCAG) of a `#rrggbb` color, from 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const ch = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(0) + 0.7152 * ch(1) + 0.0722 * ch(2);
}

/** Black or white, whichever reads better on `hex`. */
export function textOn(hex: string): string {
  return luminance(hex) > 0.35 ? C.ink : '#ffffff';
}
