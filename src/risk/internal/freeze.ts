/** Deep freezing of plain data. Private to pmo-kit/risk. */

/** Freezes `value` and everything it holds (objects and arrays); returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
