/**
 * Text width without a browser: an estimate per character, a little generous, so that labels
 * laid out with it do not overlap in common sans-serif fonts. Private to pmo-kit/viz.
 */

/** Whether a code point is a wide (CJK, full-width) character. */
function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Width of one character in ems. */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (wide(cp)) return 1;
  if (/[iljtf.,:;'|!·]/.test(ch)) return 0.34;
  if (ch === ' ') return 0.32;
  if (/[mwMW@%]/.test(ch)) return 0.92;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.61;
}

/** Estimated width in pixels of `s` at `fontSize` (bold adds 6 %). */
export function textWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** `s`, cut with an ellipsis so that it fits in `width` pixels. */
export function fitText(s: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(s, fontSize, bold) <= width) return s;
  const chars = [...s];
  const ell = textWidth('…', fontSize, bold);
  let w = 0;
  let n = 0;
  for (const ch of chars) {
    const cw = textWidth(ch, fontSize, bold);
    if (w + cw + ell > width) break;
    w += cw;
    n++;
  }
  return n === 0 ? '' : `${chars.slice(0, n).join('').trimEnd()}…`;
}
