/**
 * Machine-readable error codes used by {@link PmoError}.
 *
 * - `VALIDATION`: input failed validation ({@link PmoValidationError} carries every issue).
 * - `CYCLE`: a dependency network contains a cycle.
 * - `INVALID_ARGUMENT`: a function was called with an argument outside its contract.
 * - `UNKNOWN_ID`: an id given to a function does not exist in the data.
 * - `PARSE`: a file could not be read in the stated format.
 * - `DEADLINE`: hard deadlines could not be met ({@link DeadlineError} lists them).
 * - `INFEASIBLE`: the constraints of an optimization admit no solution (the message says why).
 * - `UNAVAILABLE`: a component loaded on demand (the MIP solver, npm package `highs`) could not be
 *   loaded in this environment.
 */
export type PmoErrorCode =
  | 'VALIDATION'
  | 'CYCLE'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_ID'
  | 'PARSE'
  | 'DEADLINE'
  | 'INFEASIBLE'
  | 'UNAVAILABLE';

// The dual-package brand. An application can load both builds of pmo-kit (ESM through `import`,
// CJS through `require`), each with its own classes; `Symbol.for` keys are shared by both, so each
// class carries its brand (a stable name, not `name`, which minifiers may change) and each error
// the brands of its classes, which `PmoError[Symbol.hasInstance]` compares.
const CLASS_BRAND = Symbol.for('pmo-kit.error.class');
const INSTANCE_BRANDS = Symbol.for('pmo-kit.error.brands');

interface Branded {
  readonly [CLASS_BRAND]: string;
}

/**
 * Gives a pmo-kit error class its brand (also used by the error classes of other modules, such as
 * `CsvImportError` of pmo-kit/io). Not part of the public API.
 *
 * @internal
 */
export function brand(cls: object, name: string): void {
  Object.defineProperty(cls, CLASS_BRAND, { value: name });
}

/** The brands of a class and of the pmo-kit classes it extends, most derived first. */
function brandsOf(cls: object): readonly string[] {
  const brands: string[] = [];
  for (let c: object | null = cls; c !== null && c !== Error; c = Object.getPrototypeOf(c) as object | null) {
    if (Object.hasOwn(c, CLASS_BRAND)) brands.push((c as Branded)[CLASS_BRAND]);
  }
  return Object.freeze(brands);
}

/**
 * Base class of every error pmo-kit throws on purpose.
 *
 * Catch it to tell the library's deliberate errors from bugs; switch on {@link PmoError.code}
 * rather than on the message, which is meant for people.
 *
 * @example
 * ```ts
 * import { PmoError, parsePortfolio } from 'pmo-kit';
 * try {
 *   parsePortfolio(JSON.parse(text));
 * } catch (err) {
 *   if (err instanceof PmoError && err.code === 'VALIDATION') console.error(err.message);
 * }
 * ```
 */
export class PmoError extends Error {
  /** Machine-readable code; stable across versions. */
  readonly code: PmoErrorCode;

  /**
   * @param code - machine-readable code
   * @param message - a sentence for people, naming the function and the offending id
   * @param options - `cause`, as the standard `ErrorOptions` (typed here, so that the declarations
   *   need no ES2022 lib)
   */
  constructor(code: PmoErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'PmoError';
    this.code = code;
    Object.defineProperty(this, INSTANCE_BRANDS, { value: brandsOf(new.target) });
  }

  static {
    brand(this, 'PmoError');
  }

  /**
   * `instanceof` that also recognizes errors thrown by the other build of pmo-kit (the CommonJS
   * one when this class comes from the ESM one, and the reverse) or by another copy of the
   * package: every error carries the brands of its classes under a `Symbol.for` key, so
   * `err instanceof PmoValidationError` holds for a validation error from either build, and
   * subclasses still tell each other apart (a `CycleError` is not a `PmoValidationError`).
   * A subclass defined outside pmo-kit is checked by its prototype chain only. O(depth).
   *
   * @param value - any value
   * @returns whether `value` is an instance of this class, or a pmo-kit error of the same class
   * @example
   * ```ts
   * import { createRequire } from 'node:module';
   * import { PmoValidationError } from 'pmo-kit'; // the ESM build
   * const { parsePortfolio } = createRequire(import.meta.url)('pmo-kit'); // the CJS build
   * try { parsePortfolio({}); } catch (err) { console.log(err instanceof PmoValidationError); } // true
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, CLASS_BRAND) || typeof value !== 'object' || value === null) return false;
    const brands: unknown = (value as { [INSTANCE_BRANDS]?: unknown })[INSTANCE_BRANDS];
    return Array.isArray(brands) && brands.includes((this as unknown as Branded)[CLASS_BRAND]);
  }
}

/** One problem found while validating input. */
export interface ValidationIssue {
  /**
   * Machine-readable kind: zod's own codes (`invalid_type`, `invalid_format`, `too_small`,
   * `invalid_value`, …) or pmo-kit's (`unknown_key`, `invalid_date`, `duplicate_id`,
   * `unknown_reference`, `self_dependency`, `self_reference`, `duplicate_dependency`, `cycle`,
   * `summary_link_to_subtask`, `summary_constraint`, `no_working_days`, `negative_duration`,
   * `invalid_range`, `inconsistent_value`, `missing_value`). docs/portfolio-format.md lists them with examples.
   */
  readonly code: string;
  /** Location in the input as keys and indices, e.g. `['projects', 2, 'dependencies', 5, 'to']`. */
  readonly path: readonly (string | number)[];
  /** Human-readable description naming the offending id where there is one. */
  readonly message: string;
}

/**
 * Formats an issue path in the JavaScript accessor style used in messages:
 * `projects[2].dependencies[5].to`. Keys that are not plain identifiers are quoted
 * (`skills["C++"]`); the empty path is `(root)`.
 *
 * @param path - keys and indices from the root of the input
 * @returns the formatted path
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `path` is not an array of strings and numbers
 * @example
 * ```ts
 * formatPath(['projects', 2, 'dependencies', 5, 'to']); // 'projects[2].dependencies[5].to'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw new PmoError('INVALID_ARGUMENT', `formatPath: expected an array of strings and numbers, got ${typeof path}`);
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path as readonly unknown[]) {
    if (typeof part !== 'string' && typeof part !== 'number') throw new PmoError('INVALID_ARGUMENT', `formatPath: expected an array of strings and numbers, got an element of type ${typeof part}`);
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Thrown when input fails validation. Carries every issue found, each with its path, not only
 * the first.
 *
 * @example
 * ```ts
 * import { PmoValidationError, parsePortfolio } from 'pmo-kit';
 * try {
 *   parsePortfolio(data);
 * } catch (err) {
 *   if (err instanceof PmoValidationError) {
 *     for (const issue of err.issues) console.log(err.formatIssue(issue));
 *   }
 * }
 * ```
 */
export class PmoValidationError extends PmoError {
  /** Every issue found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param fn - name of the function that validated (used in the message)
   * @param what - what was validated, e.g. `portfolio`
   * @param issues - every issue found (at least one)
   */
  constructor(fn: string, what: string, issues: readonly ValidationIssue[]) {
    const head = `${fn}: invalid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    const lines = issues.slice(0, 50).map((i) => `  - ${formatPath(i.path)}: ${i.message} [${i.code}]`);
    if (issues.length > 50) lines.push(`  … and ${issues.length - 50} more`);
    super('VALIDATION', [head, ...lines].join('\n'));
    this.name = 'PmoValidationError';
    this.issues = issues;
  }

  static {
    brand(this, 'PmoValidationError');
  }

  /**
   * Formats one issue as `path: message [code]`.
   *
   * @param issue - an issue of this error
   * @returns one line of text
   * @example
   * ```ts
   * err.formatIssue(err.issues[0]!); // 'projects[0].tasks[1].duration: duration must not be negative (got -2) [negative_duration]'
   * ```
   */
  formatIssue(issue: ValidationIssue): string {
    return `${formatPath(issue.path)}: ${issue.message} [${issue.code}]`;
  }
}

/**
 * Thrown when a dependency network has a cycle. {@link CycleError.cycle} lists the ids on the
 * cycle in link order; the first id is repeated at the end (`['a', 'b', 'c', 'a']`).
 *
 * @example
 * ```ts
 * if (err instanceof CycleError) console.log(err.cycle.join(' -> '));
 * ```
 */
export class CycleError extends PmoError {
  /** The ids on the cycle in link order, closed (first id repeated at the end). */
  readonly cycle: readonly string[];

  /**
   * @param fn - name of the function that found the cycle
   * @param cycle - the closed cycle
   */
  constructor(fn: string, cycle: readonly string[]) {
    super('CYCLE', `${fn}: dependency cycle: ${cycle.map((id) => JSON.stringify(id)).join(' -> ')}`);
    this.name = 'CycleError';
    this.cycle = cycle;
  }

  static {
    brand(this, 'CycleError');
  }
}

/** One deadline a {@link DeadlineError} reports. */
export interface MissedDeadline {
  /** The activity (for `levelResources`, the task key `projectId/taskId`). */
  readonly id: string;
  /** What sets the deadline, e.g. `deadline 2026-03-31` or `FNLT 2026-03-31` (`''` when unknown). */
  readonly source: string;
  /** The deadline: the latest finish allowed (an exclusive finish offset). */
  readonly deadline: number;
  /** The earliest finish the links and release dates allow, without resource limits. */
  readonly earliestFinish: number;
  /** Its finish in the best schedule found (`earliestFinish` when no search was run). */
  readonly finish: number;
  /**
   * `true` when no schedule can meet it (`earliestFinish > deadline`); `false` when the search
   * did not find a schedule meeting it within its budget (one may exist).
   */
  readonly provable: boolean;
}

/**
 * Thrown by the resource schedulers when deadlines are hard (`deadlines: 'hard'`) and some are
 * not met. {@link DeadlineError.missed} lists them and tells the deadlines no schedule can meet
 * (earlier than the critical path allows) from those the search missed within its budget.
 *
 * @example
 * ```ts
 * try {
 *   levelResources(portfolio, { deadlines: 'hard' });
 * } catch (err) {
 *   if (err instanceof DeadlineError) for (const m of err.missed) console.log(m.id, m.provable);
 * }
 * ```
 */
export class DeadlineError extends PmoError {
  /** The deadlines not met, in activity order. */
  readonly missed: readonly MissedDeadline[];

  /**
   * @param message - the full message (naming the function and the deadlines)
   * @param missed - the deadlines not met
   */
  constructor(message: string, missed: readonly MissedDeadline[]) {
    super('DEADLINE', message);
    this.name = 'DeadlineError';
    this.missed = missed;
  }

  static {
    brand(this, 'DeadlineError');
  }
}
