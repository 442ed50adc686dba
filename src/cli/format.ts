/** Plain-text table formatting for the CLI. Width counts East Asian wide characters as two columns. */
import { maxOf } from '../internal/bulk.js';

function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/** Options of {@link table}. */
export interface TableOptions {
  /** Alignment per column; default left. */
  readonly align?: readonly ('left' | 'right')[];
}

/** Formats rows as an aligned text table with a header rule; returns its lines. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const widths = header.map((h, i) => Math.max(width(h), maxOf(rows, (r) => width(r[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - width(cell));
    return options.align?.[i] === 'right' ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
