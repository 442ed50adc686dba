import type { Organization } from '../model/organization.js';
import { indexById, show } from './internal/guards.js';
import { CODE_NAMES, compatible, IssueList, isName, q } from './internal/raci-checks.js';
import { RACI_CODES, type RaciCode, type RaciIssue, type RaciMatrix } from './raci.js';

/**
 * Checks a RACI matrix against an organization and returns every issue found; an empty array
 * means the matrix is sound.
 *
 * It reports, each with its path into the matrix (`['activities', i]`, `['people', j]`,
 * `['cells', i]`, `['cells', i, j]`, `['cells', i, j, k]`):
 * fields that are not arrays and names or letters that are invalid (`invalid_value`); a shape
 * that does not match (`inconsistent_value`); repeated activities (`duplicate_activity`) and
 * people (`duplicate_id`); people not in the organization (`unknown_reference`); activities
 * without exactly one Accountable (`missing_accountable`, `multiple_accountable`) or without a
 * Responsible (`missing_responsible`); and cells with incompatible letters (`conflicting_roles`).
 * Accountable together with Responsible in one cell is accepted: the accountable person may also
 * do the work. Never throws, whatever the input; runs in O(activities × people).
 *
 * @param organization - the organization whose people the columns must name
 * @param matrix - the matrix to check, e.g. from {@link buildRaci} or read from a file
 * @returns a new array of issues, in matrix order (empty when valid)
 * @example
 * ```ts
 * const issues = validateRaci(org, { activities: ['kick-off'], people: ['ana'], cells: [[['C']]] });
 * issues.map((i) => i.code); // ['missing_accountable', 'missing_responsible']
 * ```
 */
export function validateRaci(organization: Organization, matrix: RaciMatrix): RaciIssue[] {
  const issues = new IssueList();
  if (typeof matrix !== 'object' || matrix === null || Array.isArray(matrix)) {
    issues.add('invalid_value', [], `expected a RACI matrix object, got ${show(matrix)}`);
    return issues.issues;
  }
  const m = matrix as Partial<Record<keyof RaciMatrix, unknown>>;
  for (const key of ['activities', 'people', 'cells'] as const) {
    if (!Array.isArray(m[key])) issues.add('invalid_value', [key], `expected ${key} to be an array, got ${show(m[key])}`);
  }
  if (!Array.isArray(m.activities) || !Array.isArray(m.people) || !Array.isArray(m.cells)) return issues.issues;
  const activities: readonly unknown[] = m.activities;
  const columns: readonly unknown[] = m.people;
  const cells: readonly unknown[] = m.cells;
  const org = typeof organization === 'object' && organization !== null ? organization : undefined;
  const people = indexById(org?.people);

  const activityAt = new Map<string, number>();
  activities.forEach((a, i) => {
    if (!isName(a)) issues.add('invalid_value', ['activities', i], `expected an activity name (a non-blank string), got ${show(a)}`);
    else if (activityAt.has(a)) issues.add('duplicate_activity', ['activities', i], `activity ${q(a)} is already listed at index ${activityAt.get(a)}`);
    else activityAt.set(a, i);
  });
  const personAt = new Map<string, number>();
  columns.forEach((p, j) => {
    if (!isName(p)) issues.add('invalid_value', ['people', j], `expected a person id (a non-empty string), got ${show(p)}`);
    else if (personAt.has(p)) issues.add('duplicate_id', ['people', j], `person ${q(p)} is already a column at index ${personAt.get(p)}`);
    else {
      personAt.set(p, j);
      if (!people.has(p)) issues.add('unknown_reference', ['people', j], `unknown person ${q(p)}: not in the organization`);
    }
  });
  if (cells.length !== activities.length) {
    issues.add('inconsistent_value', ['cells'], `cells has ${cells.length} rows but there are ${activities.length} activities`);
  }

  const rowCount = Math.min(cells.length, activities.length);
  for (let i = 0; i < rowCount; i++) {
    const name = isName(activities[i]) ? (activities[i] as string) : `#${i}`;
    const row = cells[i];
    if (!Array.isArray(row)) {
      issues.add('invalid_value', ['cells', i], `expected row ${i} (activity ${q(name)}) to be an array of cells, got ${show(row)}`);
      continue;
    }
    if (row.length !== columns.length) {
      issues.add('inconsistent_value', ['cells', i], `row ${i} (activity ${q(name)}) has ${row.length} cells but there are ${columns.length} people`);
    }
    let accountable = 0;
    let responsible = 0;
    const width = Math.min(row.length, columns.length);
    for (let j = 0; j < width; j++) {
      const cell: unknown = row[j];
      if (!Array.isArray(cell)) {
        issues.add('invalid_value', ['cells', i, j], `expected a cell (an array of R, A, C, I), got ${show(cell)}`);
        continue;
      }
      const held = new Set<RaciCode>();
      cell.forEach((c: unknown, k) => {
        if (typeof c !== 'string' || !(RACI_CODES as readonly string[]).includes(c)) {
          issues.add('invalid_value', ['cells', i, j, k], `expected one of R, A, C, I, got ${show(c)}`);
        } else if (held.has(c as RaciCode)) {
          issues.add('invalid_value', ['cells', i, j, k], `letter ${c} is repeated in the cell`);
        } else {
          held.add(c as RaciCode);
        }
      });
      const who = isName(columns[j]) ? q(columns[j] as string) : `#${j}`;
      if (!compatible(held)) {
        const names = RACI_CODES.filter((c) => held.has(c)).map((c) => CODE_NAMES[c]).join(' and ');
        issues.add(
          'conflicting_roles',
          ['cells', i, j],
          `person ${who} is ${names} for activity ${q(name)}; give one letter per person (only Accountable may also be Responsible)`,
        );
      }
      if (held.has('A')) accountable++;
      if (held.has('R')) responsible++;
    }
    if (accountable === 0) issues.add('missing_accountable', ['cells', i], `activity ${q(name)} has no Accountable person; exactly one is required`);
    else if (accountable > 1) issues.add('multiple_accountable', ['cells', i], `activity ${q(name)} has ${accountable} Accountable people; exactly one is required`);
    if (responsible === 0) issues.add('missing_responsible', ['cells', i], `activity ${q(name)} has no Responsible person; at least one is required`);
  }
  return issues.issues;
}
