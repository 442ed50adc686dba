/** The one reader of option objects, shared by every public function of pmo-kit. Private. */
import { PmoError } from '../errors.js';
import { isObject } from './guards.js';
import { show } from './show.js';

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The options object of a public function, as a record to read its fields from: `undefined`
 * reads as `{}`; anything but a plain object (`null`, an array, a number, …) is refused.
 *
 * @param fn - the public function's name, for the message
 * @param options - what the caller passed
 * @returns the options object itself (never copied, never mutated)
 * @throws {@link PmoError} `INVALID_ARGUMENT`: `<fn>: options must be an object, got …`
 */
export function readOptions(fn: string, options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return NONE;
  if (!isObject(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  return options;
}
