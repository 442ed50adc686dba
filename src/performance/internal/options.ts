/** Option readers of pmo-kit/performance. Private. */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';

/** The options object itself: undefined or a plain object. */
export function readOptions(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  return options as Record<string, unknown>;
}

/** One of the allowed strings. */
export function readChoice<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}`);
  return value as T;
}

/** A `YYYY-MM-DD` day as a day number, or `undefined` when not given. */
export function readDate(fn: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const d = typeof value === 'string' ? dayNumber(value) : undefined;
  if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be an existing day as YYYY-MM-DD, got ${show(value)}`);
  return d;
}
