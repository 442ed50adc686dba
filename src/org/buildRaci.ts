import { PmoError, PmoValidationError } from '../errors.js';
import type { Organization } from '../model/organization.js';
import { expectObject, indexById, show } from './internal/guards.js';
import { checkPersonRef, IssueList, isName, q, type ActivityRoles } from './internal/raci-checks.js';
import { RACI_CODES, type BuildRaciOptions, type RaciAssignment, type RaciCode, type RaciMatrix } from './raci.js';

/**
 * Builds a RACI matrix (activities × people, cells of R/A/C/I letters) from a list of
 * assignments, after checking them all.
 *
 * Rules, each reported with its path into `assignments`:
 * every assignment is an object with a non-blank `activity` (`invalid_value`), unique across the
 * list, compared exactly (`duplicate_activity`); exactly one `accountable` (`missing_accountable`,
 * or `multiple_accountable` when an array of several is passed from JavaScript); at least one
 * `responsible` (`missing_responsible`); every id names a person of the organization
 * (`unknown_reference`), once per letter (`duplicate_id`); and one letter per person and
 * activity (`conflicting_roles`) — except that the accountable person may also be responsible,
 * which is common for small activities and keeps accountability in one place. Duplicate ids in
 * `organization.people` resolve to the first person. Runs in O(people + references).
 *
 * The rows follow the order of `assignments`; the columns follow `organization.people` (see
 * {@link BuildRaciOptions}); each cell lists its letters in `R A C I` order. The result passes
 * {@link validateRaci} with no issues.
 *
 * @param organization - the organization whose people are referenced
 * @param assignments - who is responsible, accountable, consulted and informed for each activity
 * @param options - which people become columns; defaults to `{ people: 'involved' }`
 * @returns a new matrix
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue, when any assignment is invalid
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `assignments` is not an array or
 *   `options.people` is not `involved` or `all`
 * @example
 * ```ts
 * const m = buildRaci(org, [
 *   { activity: 'approve baseline', responsible: ['ana'], accountable: 'bo', informed: ['cy'] },
 *   { activity: 'status report', responsible: ['ana'], accountable: 'ana', consulted: ['cy'] },
 * ]);
 * m.people; // ['ana', 'bo', 'cy']
 * m.cells[1]; // [['R', 'A'], [], ['C']]
 * ```
 */
export function buildRaci(
  organization: Organization,
  assignments: readonly RaciAssignment[],
  options: BuildRaciOptions = {},
): RaciMatrix {
  const fn = 'buildRaci';
  expectObject(fn, 'the organization', organization);
  if (!Array.isArray(assignments)) {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected assignments to be an array, got ${show(assignments)}`);
  }
  const columns = options.people ?? 'involved';
  if (columns !== 'involved' && columns !== 'all') {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: unknown options.people ${show(columns)}; expected "involved" or "all"`);
  }
  const people = indexById(organization.people);
  const issues = new IssueList();
  const seen = new Map<string, number>();
  const rows: { readonly activity: string; readonly roles: ActivityRoles }[] = [];

  (assignments as readonly unknown[]).forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.add('invalid_value', [i], `expected an assignment object, got ${show(raw)}`);
      return;
    }
    const a = raw as Partial<Record<keyof RaciAssignment, unknown>>;
    const activity = isName(a.activity) ? a.activity : `#${i}`;
    if (!isName(a.activity)) {
      issues.add('invalid_value', [i, 'activity'], `expected an activity name (a non-blank string), got ${show(a.activity)}`);
    } else if (seen.has(a.activity)) {
      issues.add('duplicate_activity', [i, 'activity'], `activity ${q(a.activity)} is already listed at index ${seen.get(a.activity)}`);
    } else {
      seen.set(a.activity, i);
    }
    const roles: ActivityRoles = new Map();
    const ref = (value: unknown, code: RaciCode, path: readonly (string | number)[]): void =>
      checkPersonRef(issues, people, roles, value, code, path, activity);

    const acc = a.accountable;
    if (Array.isArray(acc)) {
      if (acc.length === 0) issues.add('missing_accountable', [i, 'accountable'], `activity ${q(activity)} has no Accountable person; exactly one is required`);
      else if (acc.length > 1) issues.add('multiple_accountable', [i, 'accountable'], `activity ${q(activity)} has ${acc.length} Accountable people; exactly one is required`);
      else ref(acc[0], 'A', [i, 'accountable', 0]);
    } else if (acc === undefined || acc === null || acc === '') {
      issues.add('missing_accountable', [i, 'accountable'], `activity ${q(activity)} has no Accountable person; exactly one is required`);
    } else {
      ref(acc, 'A', [i, 'accountable']);
    }

    const resp = a.responsible;
    if (resp === undefined || resp === null || (Array.isArray(resp) && resp.length === 0)) {
      issues.add('missing_responsible', [i, 'responsible'], `activity ${q(activity)} has no Responsible person; at least one is required`);
    } else if (!Array.isArray(resp)) {
      issues.add('invalid_value', [i, 'responsible'], `expected an array of person ids, got ${show(resp)}`);
    } else {
      resp.forEach((id: unknown, k) => ref(id, 'R', [i, 'responsible', k]));
    }

    for (const [key, code] of [['consulted', 'C'], ['informed', 'I']] as const) {
      const list = a[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        issues.add('invalid_value', [i, key], `expected an array of person ids, got ${show(list)}`);
        continue;
      }
      list.forEach((id: unknown, k) => ref(id, code, [i, key, k]));
    }
    rows.push({ activity, roles });
  });

  if (issues.issues.length > 0) throw new PmoValidationError(fn, 'RACI assignments', issues.issues);

  const involved = new Set<string>();
  for (const row of rows) for (const id of row.roles.keys()) involved.add(id);
  const columnIds = [...people.keys()].filter((id) => columns === 'all' || involved.has(id));
  return {
    activities: rows.map((r) => r.activity),
    people: columnIds,
    cells: rows.map((r) =>
      columnIds.map((id) => {
        const held = r.roles.get(id);
        return held === undefined ? [] : RACI_CODES.filter((c) => held.has(c));
      }),
    ),
  };
}
