/** The shared validation pipeline behind every parse function. Private to pmo-kit. */
import type { z } from 'zod';
import { PmoError, PmoValidationError, type ValidationIssue } from '../errors.js';
import { MODELS, type ModelName } from './models.js';
import { PMO_CODE } from './primitives.js';
import { describeContext, IssueSink } from './semantic.js';
import { fastShape } from './fastShape.js';
import { rememberResolvedLinks } from '../internal/resolvedLinks.js';
import { unknownKeyIssues } from './unknownKeys.js';

/** The result of a `safeParse…` function. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: PmoValidationError };

function fromZod(issue: z.core.$ZodIssue, input: unknown, root: z.ZodType): ValidationIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // The path names the field; no context, so the line reads `path: unknown field; did you mean …`.
  if (issue.code === 'unrecognized_keys') return unknownKeyIssues(root, path, issue.keys);
  const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  const pmoCode = params?.[PMO_CODE];
  const code = typeof pmoCode === 'string' ? pmoCode : issue.code;
  const context = describeContext(input, path);
  return [{ code, path, message: context !== undefined ? `${issue.message} (in ${context})` : issue.message }];
}

/**
 * Validates `input` as the model `name`: shape (zod) and beyond-shape checks, all reported
 * together. `owned`: the caller owns `input` and never uses it again (it has just parsed it), so
 * the output may share parts of it instead of copies (see fastShape.ts; parseOwned.ts).
 */
export function validateModel<T>(fn: string, name: ModelName, input: unknown, owned = false): SafeParseResult<T> {
  const entry = MODELS.get(name)!;
  try {
    const sink = new IssueSink();
    entry.check?.(sink, input);
    // Portfolios and projects: the fast path of the shape check (fastShape.ts) when the input is valid, zod's own issues when not.
    const fast = name === 'portfolio' || name === 'project' ? fastShape(entry.schema, name, input, owned) : undefined;
    const shape = fast !== undefined ? ({ success: true, data: fast.data } as const) : entry.schema.safeParse(input);
    const issues = [...(shape.success ? [] : shape.error.issues.flatMap((i) => fromZod(i, input, entry.schema))), ...sink.issues];
    if (issues.length > 0) return { success: false, error: new PmoValidationError(fn, entry.label, issues) };
    if (sink.resolved.size > 0) rememberLinks(name, input, shape.data, sink);
    return { success: true, data: shape.data as T };
  } catch (err) {
    if (err instanceof PmoError) throw err;
    throw new PmoError('INVALID_ARGUMENT', `${fn}: could not read the input: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
}

/**
 * Hands what validation resolved in each project's links to the schedule engine, keyed by the
 * validated project (src/internal/resolvedLinks.ts); the output's projects and tasks are in the
 * input's order.
 */
function rememberLinks(name: ModelName, input: unknown, data: unknown, sink: IssueSink): void {
  const pairs: [unknown, unknown][] = [];
  if (name === 'project') pairs.push([input, data]);
  else if (name === 'portfolio') {
    const raw = (input as { projects?: unknown }).projects;
    const out = (data as { projects?: unknown }).projects;
    if (Array.isArray(raw) && Array.isArray(out)) for (let i = 0; i < raw.length; i++) pairs.push([raw[i], out[i]]);
  }
  for (const [raw, out] of pairs) {
    const links = typeof raw === 'object' && raw !== null ? sink.resolved.get(raw) : undefined;
    if (links !== undefined && typeof out === 'object' && out !== null) rememberResolvedLinks(out, links);
  }
}

/** Like {@link validateModel} but throws the validation error. */
export function parseModel<T>(fn: string, name: ModelName, input: unknown): T {
  const r = validateModel<T>(fn, name, input);
  if (!r.success) throw r.error;
  return r.data;
}
