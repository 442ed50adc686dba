/** Pieces of `pmo cpm --json` text shared by its writers (cpmJsonChunks.ts, cpmJsonColumns.ts). */

/**
 * A string as JSON: quoted as is when nothing in it needs escaping (the common case, and faster
 * than `JSON.stringify`), else `JSON.stringify(s)`. O(length).
 *
 * @example
 * ```ts
 * qs('a"b'); // '"a\\"b"'
 * ```
 */
export function qs(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/**
 * A number as JSON: non-finite numbers are `null`, `-0` is `0`, as `JSON.stringify` writes them.
 *
 * @example
 * ```ts
 * num(NaN); // 'null'
 * ```
 */
export const num = (x: number): string => (Number.isFinite(x) ? `${x}` : 'null');

/** Indentation before a task's fields (depth 3). */
export const F = '\n      ';
/** Indentation before a task's driving predecessors (depth 4). */
export const P = '\n        ';
