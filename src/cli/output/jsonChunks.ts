/**
 * JSON written as a stream of chunks: the bytes of `JSON.stringify(value, null, 2)` plus a
 * newline, without ever holding them in one string. An answer of a million tasks is longer than
 * the longest string V8 holds (2^29 - 24 characters), and one string that long also costs its
 * size again in memory and one more copy when it is written out.
 */

/** Characters gathered before a chunk is handed on (about 256 KiB of ASCII). */
export const JSON_CHUNK_SIZE = 1 << 18;

/**
 * Gathers small pieces of text and hands them on in chunks of at least `size` characters (the
 * last one may be shorter), in order.
 *
 * @example
 * ```ts
 * const w = new ChunkWriter((chunk) => process.stdout.write(chunk));
 * w.write('{'); w.write('}\n'); w.end();
 * ```
 */
export class ChunkWriter {
  private buffer = '';

  constructor(
    private readonly emit: (chunk: string) => void,
    private readonly size = JSON_CHUNK_SIZE,
  ) {}

  /** Appends `text`; hands on the gathered text once it reaches the chunk size. */
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= this.size) {
      const chunk = this.buffer;
      this.buffer = '';
      this.emit(chunk);
    }
  }

  /** Hands on what is left. */
  end(): void {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    this.emit(chunk);
  }
}

const PADS: string[] = [''];

/** `2 * depth` spaces: the indentation of a value `depth` levels deep. */
function pad(depth: number): string {
  while (PADS.length <= depth) PADS.push(`${PADS[PADS.length - 1]!}  `);
  return PADS[depth]!;
}

/** Size (about characters) below which a value is written by `JSON.stringify` as one piece. */
const PIECE_SIZE = 1 << 14;

/**
 * Whether `value` is small enough to be written as one piece: its size (strings count their
 * length, other values 8) is under `pieceSize`. Stops at that size: O(min(size, pieceSize)).
 */
function isSmall(value: object, pieceSize: number): boolean {
  let budget = pieceSize;
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const v = todo.pop();
    budget -= typeof v === 'string' ? v.length + 2 : 8;
    if (budget < 0) return false;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) todo.push(v[i]);
    else for (const k of Object.keys(v)) todo.push(k, (v as Record<string, unknown>)[k]);
    if (todo.length > budget) return false;
  }
  return true;
}

/** The value JSON.stringify serializes for `value` under `key`: its `toJSON(key)` when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => unknown).call(value, key);
  }
  return value;
}

/** Whether JSON.stringify leaves a property with this value out (and writes `null` for such an element). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** An object or array that is walked (not a boxed primitive, which JSON.stringify writes as its primitive). */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt);
}

/**
 * Writes `value` (already passed through its `toJSON`) at `depth`: a small value with
 * `JSON.stringify` as one piece (re-indented: JSON text holds no newline but its layout, so every
 * newline gets the depth's indentation), a larger one field by field or element by element (and
 * so one that `JSON.stringify` finds too long, should a `toJSON` make it so).
 */
function writeValue(w: ChunkWriter, value: unknown, depth: number, stack: object[], pieceSize: number): void {
  if (!isContainer(value)) {
    w.write(JSON.stringify(value) as string);
    return;
  }
  // A value whose toJSON returned an object with a toJSON of its own: JSON.stringify calls only the first.
  const hasToJSON = typeof (value as { toJSON?: unknown }).toJSON === 'function';
  if (!hasToJSON && isSmall(value, pieceSize)) {
    let text: string | undefined;
    try {
      text = JSON.stringify(value, null, 2);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
    if (text !== undefined) {
      w.write(depth === 0 ? text : text.replaceAll('\n', `\n${pad(depth)}`));
      return;
    }
  }
  if (stack.includes(value)) throw new TypeError('Converting circular structure to JSON');
  stack.push(value);
  if (Array.isArray(value)) {
    if (value.length === 0) w.write('[]');
    else {
      const inner = `\n${pad(depth + 1)}`;
      for (let i = 0; i < value.length; i++) {
        w.write(i === 0 ? `[${inner}` : `,${inner}`);
        const v = jsonValue(value[i], String(i));
        if (isSkipped(v)) w.write('null');
        else writeValue(w, v, depth + 1, stack, pieceSize);
      }
      w.write(`\n${pad(depth)}]`);
    }
  } else {
    const inner = `\n${pad(depth + 1)}`;
    let first = true;
    for (const key of Object.keys(value)) {
      const v = jsonValue((value as Record<string, unknown>)[key], key);
      if (isSkipped(v)) continue;
      w.write(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `);
      first = false;
      writeValue(w, v, depth + 1, stack, pieceSize);
    }
    w.write(first ? '{}' : `\n${pad(depth)}}`);
  }
  stack.pop();
}

/**
 * Writes `value` as `pmo … --json` prints it, `JSON.stringify(value, null, 2)` and a newline, to
 * `w` in pieces: the result is byte for byte that string, for any JSON-like value (plain objects,
 * arrays, strings, numbers, booleans, `null`, and objects with a `toJSON` such as dates). Large
 * objects and arrays (e.g. the `tasks` array) are walked and their small members (e.g. one task)
 * written by `JSON.stringify`, so no string grows with the answer. O(size of the output).
 *
 * @param pieceSize - values smaller than this (about characters) are written as one piece; for tests.
 * @throws TypeError on a cycle or a bigint, as `JSON.stringify` does.
 * @example
 * ```ts
 * const w = new ChunkWriter((chunk) => io.out(chunk));
 * writeJson(w, { tasks: [{ id: 'a' }] });
 * w.end();
 * ```
 */
export function writeJson(w: ChunkWriter, value: unknown, pieceSize = PIECE_SIZE): void {
  const v = jsonValue(value, '');
  if (isSkipped(v)) w.write(`${JSON.stringify(v) as string | undefined}`);
  else writeValue(w, v, 0, [], pieceSize);
  w.write('\n');
}

/**
 * Writes `value`, the property `key` of a value being written by hand, to `w` as it would appear
 * `depth` levels deep in the output of {@link writeJson} (an undefined value as `null`, as in an
 * array).
 */
export function writeJsonAt(w: ChunkWriter, value: unknown, depth: number, key = ''): void {
  const v = jsonValue(value, key);
  if (isSkipped(v)) w.write('null');
  else writeValue(w, v, depth, [], PIECE_SIZE);
}
