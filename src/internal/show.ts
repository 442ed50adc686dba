/** Private helpers for error messages, shared by every module of pmo-kit. */

/** A short, safe rendering of any value for an error message (never throws). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'symbol') return value.toString();
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/** Quotes an id for a message. */
export const q = (id: string): string => JSON.stringify(id);

/** The JSON text of a small value (an array of numbers, say) for an error message, cut to 80 characters; {@link show} when it has none (never throws). */
export function showJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (typeof text !== 'string') return show(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return show(value);
  }
}
