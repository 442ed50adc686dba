/** Type guards shared by the input checks. Private to pmo-kit. */

/** Whether x is a non-null, non-array object (a record of fields). */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
