/** Test helpers shared by the suites. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { PmoError } from '../src/errors.js';

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

/** The error thrown by f (fails when f does not throw). */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

/** Asserts a PmoError (never a TypeError) with this code whose message matches the pattern, or equals the string. */
export function expectPmo(f: () => unknown, code: string, message: RegExp | string): void {
  const err = thrown(f);
  expect(err).toBeInstanceOf(PmoError);
  expect(err).not.toBeInstanceOf(TypeError);
  expect((err as PmoError).code).toBe(code);
  if (typeof message === 'string') expect((err as PmoError).message).toBe(message);
  else expect((err as PmoError).message).toMatch(message);
}
