import { PmoError } from '../errors.js';
import { failAt, nonNegativeInt, tokenize, type Token } from './internal/text.js';

/** One activity of an RCMPSP project. */
export interface RcmpActivity {
  /** `"project:activity"`, 1-based as in the file (e.g. `"2:17"`). */
  readonly id: string;
  /** The project number (1-based). */
  readonly project: number;
  /** The activity number within its project (1-based). */
  readonly activity: number;
  /** Duration in periods. */
  readonly duration: number;
  /** Demand per shared resource, in the order of `capacities`. */
  readonly demands: readonly number[];
  /** Ids (`"project:activity"`) of the successors, possibly in other projects. */
  readonly successors: readonly string[];
}

/** One project of a multi-project instance. */
export interface RcmpProject {
  /** The project number (1-based). */
  readonly id: number;
  /** Release date: the earliest period the project may start. */
  readonly release: number;
  /** Per resource, whether the project uses it (the file's flag line). */
  readonly usesResources: readonly boolean[];
  /** The activities; the first and the last are dummies (duration 0, no demand). */
  readonly activities: readonly RcmpActivity[];
}

/** A multi-project resource-constrained instance (MPLIB `.rcmp`). */
export interface RcmpInstance {
  /** The name given in the options (usually the file name). */
  readonly name?: string;
  /** The projects, in file order (`id` 1, 2, …). */
  readonly projects: readonly RcmpProject[];
  /** Capacity (units per period) of each shared resource. */
  readonly capacities: readonly number[];
}

/** Options of {@link readRcmp}. */
export interface ReadRcmpOptions {
  /** A name for the instance (e.g. the file name), used in error messages and kept as `name`. */
  readonly name?: string;
}

const FN = 'readRcmp';

/**
 * Reads a multi-project RCPSP instance in the MPLIB `.rcmp` format: the number of projects, the
 * number of resources, their capacities; then per project the number of activities and the
 * release date, one 0/1 flag per resource, and per activity its duration, one demand per
 * resource, the number of successors and the successors as `project:activity` (1-based). Fields
 * may be separated by any blanks or tabs and blank lines may appear anywhere.
 *
 * Checks: counts agree, every successor exists and is not the activity itself, and the first and
 * last activity of each project are dummies (duration 0, no demand).
 *
 * Complexity: O(size of the text).
 *
 * @param text - the file's content; never modified
 * @param options - see {@link ReadRcmpOptions}
 * @returns a new RcmpInstance
 * @throws {@link PmoError} with code `PARSE` naming the line for a malformed file
 * @example
 * ```ts
 * const inst = readRcmp(readFileSync('MPLIB1_Set1_0.rcmp', 'utf8'));
 * inst.projects.length; // 6
 * inst.projects[0]!.activities[1]!.successors; // ['1:10', '1:9', …]
 * ```
 */
export function readRcmp(text: string, options: ReadRcmpOptions = {}): RcmpInstance {
  if (typeof text !== 'string') throw new PmoError('PARSE', `${FN}: expected the file content as a string, got ${text === null ? 'null' : typeof text}`);
  if (typeof options !== 'object' || options === null) throw new PmoError('INVALID_ARGUMENT', `${FN}: options must be an object, got ${options === null ? 'null' : typeof options}`);
  const name = typeof options.name === 'string' ? options.name : undefined;
  const { lines, tokens } = tokenize(text);
  const eof = lines.length;
  let at = 0;
  const next = (): Token | undefined => tokens[at++];
  const int = (what: string): number => nonNegativeInt(FN, name, next(), what, eof);

  const projectCount = int('the number of projects');
  const resourceCount = int('the number of resources');
  if (projectCount < 1) failAt(FN, name, tokens[0]?.line, 'an instance has at least one project');
  const capacities = Array.from({ length: resourceCount }, (_, k) => int(`the capacity of resource ${k + 1}`));

  const projects: { id: number; release: number; usesResources: boolean[]; activities: (RcmpActivity & { line: number; successorTokens: Token[] })[] }[] = [];
  for (let p = 1; p <= projectCount; p++) {
    const count = int(`the number of activities of project ${p}`);
    const release = int(`the release date of project ${p}`);
    if (count < 2) failAt(FN, name, tokens[at - 2]?.line, `project ${p} has ${count} activities; at least a dummy start and a dummy end are needed`);
    const usesResources = Array.from({ length: resourceCount }, (_, k) => {
      const t = tokens[at];
      const v = int(`the flag of resource ${k + 1} of project ${p}`);
      if (v > 1) failAt(FN, name, t?.line, `the flag of resource ${k + 1} of project ${p} must be 0 or 1, got ${v}`);
      return v === 1;
    });
    const activities: (RcmpActivity & { line: number; successorTokens: Token[] })[] = [];
    for (let a = 1; a <= count; a++) {
      const line = tokens[at]?.line ?? eof;
      const duration = int(`the duration of activity ${p}:${a}`);
      const demands = Array.from({ length: resourceCount }, (_, k) => int(`the demand of activity ${p}:${a} for resource ${k + 1}`));
      const n = int(`the number of successors of activity ${p}:${a}`);
      const successorTokens: Token[] = [];
      for (let s = 0; s < n; s++) {
        const t = next();
        if (t === undefined) failAt(FN, name, eof, `unexpected end of file: activity ${p}:${a} announces ${n} successors`);
        if (!/^\d+:\d+$/.test(t.text)) failAt(FN, name, t.line, `expected a successor of activity ${p}:${a} as project:activity, got ${JSON.stringify(t.text)}`);
        successorTokens.push(t);
      }
      activities.push({
        id: `${p}:${a}`,
        project: p,
        activity: a,
        duration,
        demands,
        successors: successorTokens.map((t) => t.text.replace(/^0+(?=\d)/, '').replace(/:0+(?=\d)/, ':')),
        line,
        successorTokens,
      });
    }
    for (const dummy of [activities[0]!, activities[activities.length - 1]!]) {
      if (dummy.duration !== 0 || dummy.demands.some((d) => d !== 0))
        failAt(FN, name, dummy.line, `activity ${dummy.id} must be a dummy (duration 0, no demand): the first and last activity of each project are dummies`);
    }
    projects.push({ id: p, release, usesResources, activities });
  }
  if (at < tokens.length) failAt(FN, name, tokens[at]!.line, `unexpected data after the last project: ${JSON.stringify(tokens[at]!.text)}`);

  const counts = projects.map((p) => p.activities.length);
  for (const p of projects)
    for (const a of p.activities)
      a.successorTokens.forEach((t, i) => {
        const [sp, sa] = t.text.split(':').map(Number) as [number, number];
        if (sp < 1 || sp > projectCount || sa < 1 || sa > counts[sp - 1]!)
          failAt(FN, name, t.line, `activity ${a.id} has successor ${t.text}, which does not exist`);
        if (a.successors[i] === a.id) failAt(FN, name, t.line, `activity ${a.id} is its own successor`);
      });

  return {
    ...(name !== undefined ? { name } : {}),
    capacities,
    projects: projects.map((p) => ({
      id: p.id,
      release: p.release,
      usesResources: p.usesResources,
      activities: p.activities.map(({ line: _l, successorTokens: _s, ...a }) => a),
    })),
  };
}

/** @deprecated Use {@link ReadRcmpOptions}: the former name. */
export type RcmpReadOptions = ReadRcmpOptions;
