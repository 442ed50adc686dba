/** Readers of the option fields shared by the public functions of pmo-kit/resources. Private. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';

/** A budget of schedules: an integer >= 1. */
export function readSchedules(fn: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1e9)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.schedules must be an integer from 1 to 1e9, got ${show(value)}`);
  return value;
}

/** A seed: a finite number. */
export function readSeed(fn: string, value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.seed must be a finite number, got ${show(value)}`);
  return value;
}

/** One of the allowed strings. */
export function readChoice<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}`);
  return value as T;
}

export { show };
