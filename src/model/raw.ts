/**
 * Defensive readers of raw (unvalidated) input for the checks beyond shape, and the sink they
 * report to. Anything of the wrong type reads as absent: the shape checks report it. Private to
 * pmo-kit.
 */
import type { ValidationIssue } from '../errors.js';
import type { ResolvedLinks } from '../internal/resolvedLinks.js';

/** A path into the input. */
export type Path = (string | number)[];
/** A record of fields. */
export type Obj = Record<string, unknown>;

/** Whether `v` is a non-null, non-array object. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `v` when it is an array, else `[]`. */
export const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
/** The field `key` of `o` when it is a non-empty string. */
export const str = (o: Obj, key: string): string | undefined => {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
/** An id quoted for a message. */
export const q = (id: string): string => JSON.stringify(id);

/** Collects issues; one instance per validation run. */
export class IssueSink {
  readonly issues: ValidationIssue[] = [];
  /** What each project's links resolved to (by the raw project), when they all did: see src/internal/resolvedLinks.ts. */
  readonly resolved = new Map<object, ResolvedLinks>();
  add(code: string, path: Path, message: string): void {
    this.issues.push({ code, path, message });
  }
}
