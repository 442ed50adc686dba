/** Test helpers shared by the suites. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Recursively freezes a value (arrays, objects) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Deep copy through JSON (tests only). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Absolute path of the repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of the third-party reference data (../shared/data from the root). */
export const SHARED_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

/** Whether the shared reference data is present. */
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);
