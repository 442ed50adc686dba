/**
 * pmo-kit's custom text fields in MSPDI, within MS Project's limits. Private to pmo-kit/io.
 *
 * MS Project keeps at most 255 characters in a text field (names, custom Text1..Text30) and cuts
 * the rest when it saves. pmo-kit writes names cut to that length (the exact name goes to its
 * data) and spreads each of its own values (an id, a JSON object) over as many consecutive
 * custom text fields as it needs: the first keeps the alias ("pmo-kit id", "pmo-kit data"), the
 * next ones "pmo-kit data (2)", "pmo-kit data (3)", … The reader joins them in that order.
 */

/** The most characters (UTF-16 code units) MS Project keeps in a text field. */
export const TEXT_LIMIT = 255;

/** A custom text field: its MSPDI field id and its name. */
export interface TextField {
  readonly fieldId: number;
  readonly fieldName: string;
}

const fields = (ids: readonly number[]): TextField[] => ids.map((fieldId, i) => ({ fieldId, fieldName: `Text${i + 1}` }));

/** Task Text1..Text30 (MS Project's `PjField` ids). */
export const TASK_TEXT_FIELDS: readonly TextField[] = fields([
  188743731, 188743734, 188743737, 188743740, 188743743, 188743746, 188743747, 188743748, 188743749, 188743750, 188743997, 188743998, 188743999,
  188744000, 188744001, 188744002, 188744003, 188744004, 188744005, 188744006, 188744007, 188744008, 188744009, 188744010, 188744011, 188744012,
  188744013, 188744014, 188744015, 188744016,
]);

/** Resource Text1..Text30 (MS Project's `PjField` ids). */
export const RESOURCE_TEXT_FIELDS: readonly TextField[] = fields([
  205520904, 205520905, 205520926, 205520927, 205520928, 205520993, 205520994, 205520995, 205520996, 205520997, 205521121, 205521122, 205521123,
  205521124, 205521125, 205521126, 205521127, 205521128, 205521129, 205521130, 205521131, 205521132, 205521133, 205521134, 205521135, 205521136,
  205521137, 205521138, 205521139, 205521140,
]);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** `text` cut to at most `limit` UTF-16 code units, never inside a surrogate pair. */
export function capText(text: string, limit = TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  return text.slice(0, isHigh(text.charCodeAt(limit - 1)) ? limit - 1 : limit);
}

/**
 * `text` in pieces of at most `limit` code units that join back to it: never cut inside a
 * surrogate pair, nor next to white space (which an editor may trim), when that can be avoided.
 */
export function chunkText(text: string, limit = TEXT_LIMIT): string[] {
  const out: string[] = [];
  let at = 0;
  while (text.length - at > limit) {
    let cut = at + limit;
    for (let c = cut; c > at + limit / 2; c--)
      if (!isHigh(text.charCodeAt(c - 1)) && !isSpace(text[c - 1]) && !isSpace(text[c])) {
        cut = c;
        break;
      }
    if (isHigh(text.charCodeAt(cut - 1))) cut--;
    out.push(text.slice(at, cut));
    at = cut;
  }
  out.push(text.slice(at));
  return out;
}

/** The alias of piece `index` (0-based) of a value spread over several fields. */
export function chunkAlias(alias: string, index: number): string {
  return index === 0 ? alias : `${alias} (${index + 1})`;
}

/** The 0-based piece index an alias names for `alias`, or undefined when it is not one of its pieces. */
export function chunkIndex(alias: string, of: string): number | undefined {
  if (alias === of) return 0;
  if (!alias.startsWith(`${of} (`) || !alias.endsWith(')')) return undefined;
  const n = Number(alias.slice(of.length + 2, -1));
  return Number.isInteger(n) && n >= 2 ? n - 1 : undefined;
}
