// Private to pmo-kit/org: argument checks shared by the public functions.
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
export { show };


/**
 * Returns `value` typed as one of `allowed`, or throws `PmoError('INVALID_ARGUMENT')` with a
 * message naming the function, what was expected and every allowed value.
 */
export function expectOneOf<T extends string>(fn: string, what: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new PmoError(
    'INVALID_ARGUMENT',
    `${fn}: unknown ${what} ${show(value)}; expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
  );
}

/** Throws `PmoError('INVALID_ARGUMENT')` unless `value` is a non-null object. */
export function expectObject(fn: string, what: string, value: unknown): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected ${what} to be an object, got ${show(value)}`);
  }
}

/** The array itself, or an empty array for anything that is not an array (odd input). */
export function arrayOrEmpty<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Indexes items by their string `id` in a `Map` (never a plain object, so ids such as
 * `__proto__` are safe). The first item with an id wins; items without a string id are skipped.
 */
export function indexById<T extends { readonly id: string }>(items: readonly T[] | undefined | null): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of arrayOrEmpty(items)) {
    if (typeof item === 'object' && item !== null && typeof item.id === 'string' && !map.has(item.id)) {
      map.set(item.id, item);
    }
  }
  return map;
}

/** Upper-cases the first character (for sentences built from labels). */
export function upperFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first character unless the word is an acronym such as `PMO`. */
export function lowerFirst(text: string): string {
  if (text.length < 2 || text.charAt(1) === text.charAt(1).toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
