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

/**
 * Whether a file or folder of the shared reference data exists. When it does not, prints which
 * one, so that the tests needing it are skipped with a message, not silently (use with
 * `it.skipIf(!present(path))`).
 */
export function present(path: string): boolean {
  const ok = existsSync(path);
  if (!ok) console.warn(`[tests] skipped: reference data ${path} is absent (see ../shared/data/README.md)`);
  return ok;
}
