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
