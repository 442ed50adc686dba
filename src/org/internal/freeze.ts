// Private to pmo-kit/org: freezes the knowledge tables so that no caller can change them.

/**
 * Recursively freezes a value (objects and arrays) in place and returns it. Used once, at module
 * load, on the data tables of `src/org`; never on caller input.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
