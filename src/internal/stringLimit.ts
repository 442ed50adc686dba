/**
 * The longest string JavaScript holds, and the error of a text output that would be longer. V8
 * (Node, Chrome) holds at most 2^29 − 24 characters in one string (about 512 MiB of ASCII); going
 * past it throws `RangeError: Invalid string length`, which would surface as an internal crash.
 * The writers that return one string (MSPDI, Mermaid, DOT) check their length first, or turn that
 * RangeError into this {@link PmoError}. Private to pmo-kit.
 */
import { PmoError } from '../errors.js';

/** The longest string V8 holds on a 64-bit system: 2^29 − 24 = 536,870,888 characters. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/**
 * The `INVALID_ARGUMENT` error of an output of `length` characters (at least that many when
 * `atLeast`; `null` when unknown), longer than {@link MAX_STRING_LENGTH}: names the function, what
 * was written, the length and the limit.
 *
 * @example
 * throw tooLongError('toDot', 'the DOT text', 6e8); // "toDot: the DOT text would be 600,000,000 characters, …"
 */
export function tooLongError(fn: string, what: string, length: number | null, atLeast = false, cause?: unknown): PmoError {
  const size = length === null ? 'longer' : `${atLeast ? 'at least ' : ''}${Math.round(length).toLocaleString('en-US')} characters, longer`;
  return new PmoError(
    'INVALID_ARGUMENT',
    `${fn}: ${what} would be ${size} than the longest string JavaScript holds (${MAX_STRING_LENGTH.toLocaleString('en-US')} characters, 512 MiB): write fewer tasks (one project, or split the portfolio)`,
    cause === undefined ? undefined : { cause },
  );
}

/** Whether `err` is V8's `RangeError: Invalid string length` (a string past {@link MAX_STRING_LENGTH}). */
export function isStringLengthError(err: unknown): boolean {
  return err instanceof RangeError && /Invalid string length/.test(err.message);
}

/**
 * `lines.join('\n') + '\n'`, after checking that it fits in one string: a text longer than
 * {@link MAX_STRING_LENGTH} throws {@link tooLongError} naming `fn` and `what` instead of V8's
 * RangeError. O(total length).
 *
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when the text would be too long
 * @example
 * joinLines('toDot', 'the DOT text', ['digraph {', '}']); // 'digraph {\n}\n'
 */
export function joinLines(fn: string, what: string, lines: readonly string[]): string {
  let length = 0;
  for (const l of lines) length += l.length + 1;
  if (length > MAX_STRING_LENGTH) throw tooLongError(fn, what, length);
  return `${lines.join('\n')}\n`;
}
