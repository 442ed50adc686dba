/**
 * `safeParsePortfolio` and `safeParseProject` for an input the caller owns: the result of its own
 * `JSON.parse`, which it never reads or hands on again (the CLI). Private to pmo-kit.
 *
 * The public parse functions return a result that shares nothing with their input (zod's copies),
 * so that a caller may go on using both. An input nobody else holds needs no copy where it is
 * already what validation outputs: these functions return the same issues and an equal result
 * (same fields, same order, same values), but its dependencies that are already as the model
 * outputs them (`from`, `to`, `type` and `lag`, in that order) are the input's own objects, not
 * copies (and when every one is, the input's list of them is the result's). On a network of
 * 600,000 links, that is 600,000 objects not allocated, copied by the garbage collector and
 * promoted.
 */
import type { Portfolio } from './portfolio.js';
import type { Project } from './project.js';
import { validateModel, type SafeParseResult } from './validate.js';

/**
 * `safeParsePortfolio(input)` for an input the caller owns and never uses again (see the module
 * comment): the same issues; an equal result that may share dependency objects with `input`.
 * O(size of the input).
 *
 * @param input - the caller's own parsed JSON, not used after this call; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }`, as `safeParsePortfolio`
 * @example
 * ```ts
 * const r = safeParseOwnedPortfolio(JSON.parse(text));
 * ```
 */
export function safeParseOwnedPortfolio(input: unknown): SafeParseResult<Portfolio> {
  return validateModel<Portfolio>('safeParsePortfolio', 'portfolio', input, true);
}

/**
 * `safeParseProject(input)` for an input the caller owns and never uses again (see the module
 * comment): the same issues; an equal result that may share dependency objects with `input`.
 * O(size of the input).
 *
 * @param input - the caller's own parsed JSON, not used after this call; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }`, as `safeParseProject`
 * @example
 * ```ts
 * const r = safeParseOwnedProject(JSON.parse(text));
 * ```
 */
export function safeParseOwnedProject(input: unknown): SafeParseResult<Project> {
  return validateModel<Project>('safeParseProject', 'project', input, true);
}
