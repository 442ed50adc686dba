/** Unknown fields as validation issues, with a "did you mean" suggestion. Private to pmo-kit. */
import { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { closestName } from '../internal/closestName.js';

type Segment = string | number;

/** The schema inside optional, default, nullable, readonly and pipe (its input side) wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType !== undefined) s = def.innerType;
    else if (s instanceof z.ZodPipe && def.in !== undefined) s = def.in;
    else return s;
  }
}

/** The known keys of the object schema at `path` under `root`, or `undefined` when there is none. O(path length). */
export function knownKeysAt(root: z.ZodType, path: readonly Segment[]): readonly string[] | undefined {
  let s = unwrap(root);
  for (const seg of path) {
    if (s instanceof z.ZodObject && typeof seg === 'string' && Object.hasOwn(s.shape, seg)) s = unwrap(s.shape[seg] as z.ZodType);
    else if (s instanceof z.ZodArray && typeof seg === 'number') s = unwrap(s.element as z.ZodType);
    else return undefined;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

/** The message of an unknown field among the `known` keys of its object. */
export function unknownKeyMessage(key: string, known: readonly string[] | undefined): string {
  const near = known === undefined ? undefined : closestName(key, known.filter((k) => k !== 'extensions'));
  if (near !== undefined) return `unknown field; did you mean ${JSON.stringify(near)}?`;
  if (known?.includes('extensions')) return 'unknown field; put data of your own in "extensions"';
  return 'unknown field';
}

/**
 * One `unknown_key` issue per key of a zod `unrecognized_keys` issue (which lists them together
 * at the object's path), each at the key's own path. The known keys are looked up only here, on
 * actual unknown keys, so validation stays O(size) on valid input.
 */
export function unknownKeyIssues(root: z.ZodType, path: readonly Segment[], keys: readonly string[]): ValidationIssue[] {
  const known = knownKeysAt(root, path);
  return keys.map((key) => ({ code: 'unknown_key', path: [...path, key], message: unknownKeyMessage(key, known) }));
}
