import type { ValidationIssue } from '../errors.js';

/**
 * A RACI letter: `R` Responsible (does the work), `A` Accountable (owns the result and signs it
 * off; exactly one per activity), `C` Consulted (gives input before), `I` Informed (told after).
 *
 * @example
 * ```ts
 * const code: RaciCode = 'A';
 * ```
 */
export type RaciCode = 'R' | 'A' | 'C' | 'I';

/**
 * The letters in the canonical order used in matrix cells.
 *
 * @example
 * ```ts
 * RACI_CODES.join(''); // 'RACI'
 * ```
 */
export const RACI_CODES: readonly RaciCode[] = Object.freeze(['R', 'A', 'C', 'I'] as const);

/**
 * One cell of a RACI matrix: the letters one person has for one activity, in `R A C I` order;
 * empty when the person has no part in the activity. The only combination pmo-kit accepts is
 * `['R', 'A']` (the accountable person also does the work); any other pair is a
 * `conflicting_roles` issue.
 *
 * @example
 * ```ts
 * const cell: RaciCell = ['R', 'A'];
 * ```
 */
export type RaciCell = readonly RaciCode[];

/**
 * A RACI (responsibility assignment) matrix: activities as rows, people as columns.
 * `cells[i][j]` holds the letters of person `people[j]` for activity `activities[i]`.
 *
 * @example
 * ```ts
 * const m: RaciMatrix = {
 *   activities: ['approve baseline'],
 *   people: ['ana', 'bo'],
 *   cells: [[['R'], ['A']]],
 * };
 * ```
 */
export interface RaciMatrix {
  /** Activity names, one per row, each unique. */
  readonly activities: readonly string[];
  /** Person ids, one per column, each unique and in the organization. */
  readonly people: readonly string[];
  /** The cells, `cells[activityIndex][personIndex]`. */
  readonly cells: readonly (readonly RaciCell[])[];
}

/**
 * Who is what for one activity, the input of {@link buildRaci}.
 *
 * @example
 * ```ts
 * const a: RaciAssignment = { activity: 'approve baseline', responsible: ['ana'], accountable: 'bo', informed: ['cy'] };
 * ```
 */
export interface RaciAssignment {
  /** The activity, e.g. `approve baseline`; unique across the assignments (compared exactly). */
  readonly activity: string;
  /** Ids of the people who do the work: at least one. */
  readonly responsible: readonly string[];
  /** Id of the one person who owns the result. May also be responsible. */
  readonly accountable: string;
  /** Ids of the people consulted before (two-way). */
  readonly consulted?: readonly string[];
  /** Ids of the people informed after (one-way). */
  readonly informed?: readonly string[];
}

/**
 * Machine-readable kind of a RACI issue:
 *
 * - `invalid_value`: not a string, an empty name, not an array, or a letter other than R/A/C/I
 *   (also a letter repeated in one cell).
 * - `inconsistent_value`: the matrix's shape does not match (`cells` rows vs. activities, row
 *   length vs. people).
 * - `duplicate_activity`: the same activity twice.
 * - `duplicate_id`: the same person twice in a role list or in the matrix's columns.
 * - `unknown_reference`: a person id not in the organization.
 * - `missing_accountable` / `multiple_accountable`: not exactly one Accountable for an activity.
 * - `missing_responsible`: no Responsible for an activity.
 * - `conflicting_roles`: one person with two letters for one activity, other than Accountable +
 *   Responsible (e.g. Responsible and Consulted).
 *
 * @example
 * ```ts
 * const code: RaciIssueCode = 'missing_accountable';
 * ```
 */
export type RaciIssueCode =
  | 'invalid_value'
  | 'inconsistent_value'
  | 'duplicate_activity'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'missing_accountable'
  | 'multiple_accountable'
  | 'missing_responsible'
  | 'conflicting_roles';

/**
 * A problem found in RACI assignments or in a RACI matrix.
 *
 * @example
 * ```ts
 * const issue: RaciIssue = { code: 'missing_responsible', path: ['cells', 0], message: 'activity "kick-off" has no Responsible person' };
 * ```
 */
export interface RaciIssue extends ValidationIssue {
  /** What kind of problem it is. */
  readonly code: RaciIssueCode;
}

/**
 * Options of {@link buildRaci}.
 *
 * @example
 * ```ts
 * const options: BuildRaciOptions = { people: 'all' };
 * ```
 */
export interface BuildRaciOptions {
  /**
   * Which people become columns, always in the order of `organization.people`: `involved` (the
   * default) for those named in at least one assignment, `all` for everyone in the organization.
   */
  readonly people?: 'involved' | 'all';
}
