// Private to pmo-kit/org: the checks behind buildRaci and validateRaci.
import type { Person } from '../../model/organization.js';
import type { RaciCode, RaciIssue, RaciIssueCode } from '../raci.js';
import { show } from './guards.js';

/** Collects issues in the order they are found. */
export class IssueList {
  readonly issues: RaciIssue[] = [];
  add(code: RaciIssueCode, path: readonly (string | number)[], message: string): void {
    this.issues.push({ code, path: [...path], message });
  }
}

/** Full names of the letters, for messages. */
export const CODE_NAMES: { readonly [C in RaciCode]: string } = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** Whether a set of letters held by one person for one activity is acceptable (at most one letter, or A with R). */
export function compatible(codes: ReadonlySet<RaciCode>): boolean {
  return codes.size <= 1 || (codes.size === 2 && codes.has('A') && codes.has('R'));
}

/** Whether `value` is a usable name or id: a string that is not blank. */
export function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Quotes a user-supplied string for a message. */
export function q(value: string): string {
  return JSON.stringify(value);
}

/** The letters given so far to each person for one activity. */
export type ActivityRoles = Map<string, Set<RaciCode>>;

/**
 * Checks one person reference of an assignment and records the letter: reports unknown people,
 * a person listed twice for the same letter, and incompatible letters.
 */
export function checkPersonRef(
  issues: IssueList,
  people: ReadonlyMap<string, Person>,
  roles: ActivityRoles,
  value: unknown,
  code: RaciCode,
  path: readonly (string | number)[],
  activity: string,
): void {
  if (!isName(value)) {
    issues.add('invalid_value', path, `expected a person id (a non-empty string), got ${show(value)}`);
    return;
  }
  if (!people.has(value)) {
    issues.add('unknown_reference', path, `unknown person ${q(value)} (${CODE_NAMES[code]} for activity ${q(activity)})`);
    return;
  }
  const held = roles.get(value) ?? new Set<RaciCode>();
  if (held.has(code)) {
    issues.add('duplicate_id', path, `person ${q(value)} is listed twice as ${CODE_NAMES[code]} for activity ${q(activity)}`);
    return;
  }
  const next = new Set(held).add(code);
  if (!compatible(next)) {
    const before = [...held].map((c) => CODE_NAMES[c]).join(' and ');
    issues.add(
      'conflicting_roles',
      path,
      `person ${q(value)} is both ${before} and ${CODE_NAMES[code]} for activity ${q(activity)}; give one letter per person (only Accountable may also be Responsible)`,
    );
    return;
  }
  roles.set(value, next);
}
