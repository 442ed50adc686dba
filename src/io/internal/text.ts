/** Line- and token-level helpers for the plain-text benchmark formats. Private to pmo-kit/io. */
import { PmoError } from '../../errors.js';

/** A whitespace-separated token and the 1-based line it is on. */
export interface Token {
  readonly text: string;
  readonly line: number;
}

/** Splits text into lines (any line ending) and each line into tokens (blanks and tabs). */
export function tokenize(text: string): { lines: string[]; tokens: Token[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: Token[] = [];
  lines.forEach((l, i) => {
    for (const t of l.split(/[ \t\f\v]+/)) if (t !== '') tokens.push({ text: t, line: i + 1 });
  });
  return { lines, tokens };
}

/** Throws PARSE naming the function, the file (when known) and the line. */
export function failAt(fn: string, name: string | undefined, line: number | undefined, message: string): never {
  const where = [name, line !== undefined ? `line ${line}` : undefined].filter((x) => x !== undefined).join(' ');
  throw new PmoError('PARSE', `${fn}: ${where === '' ? '' : `${where}: `}${message}`);
}

/** A non-negative integer token, or a PARSE error. */
export function nonNegativeInt(fn: string, name: string | undefined, token: Token | undefined, what: string, eofLine: number): number {
  if (token === undefined) failAt(fn, name, eofLine, `unexpected end of file: expected ${what}`);
  if (!/^\+?\d+$/.test(token.text)) failAt(fn, name, token.line, `expected ${what} (a non-negative integer), got ${JSON.stringify(token.text)}`);
  const n = Number(token.text);
  if (!Number.isSafeInteger(n)) failAt(fn, name, token.line, `${what} is too large: ${token.text}`);
  return n;
}
