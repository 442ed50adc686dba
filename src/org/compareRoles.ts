import { PmoError } from '../errors.js';
import { show } from './internal/guards.js';
import { ROLE_COMPARISON, type ComparedRole, type RoleAxis } from './role-comparison.js';
import type { LocalizedText } from './types.js';

/**
 * One axis of a {@link CompareRolesResult}: how the left and the right role differ on it.
 *
 * @example
 * ```ts
 * const goals: RoleComparisonAxis = compareRoles('pmo', 'project-manager').axes[0]!;
 * goals.label.zh; // '目标不同'
 * ```
 */
export interface RoleComparisonAxis {
  /** The axis id. */
  readonly axis: RoleAxis;
  /** Name of the axis, e.g. `{ en: 'Control of resources', zh: '控制资源' }`. */
  readonly label: LocalizedText;
  /** What the axis is about. */
  readonly note: LocalizedText;
  /** The left role on this axis. */
  readonly left: LocalizedText;
  /** The right role on this axis. */
  readonly right: LocalizedText;
}

/**
 * A side of a {@link CompareRolesResult}.
 *
 * @example
 * ```ts
 * compareRoles('pmo', 'project-manager').left; // { role: 'pmo', label: { en: 'PMO (Project Management Office)', zh: 'PMO(项目管理办公室)' } }
 * ```
 */
export interface ComparedSide {
  /** The role on this side. */
  readonly role: ComparedRole;
  /** The role's name. */
  readonly label: LocalizedText;
}

/**
 * The PMO and the project manager compared side by side on the source article's three axes.
 *
 * @example
 * ```ts
 * const c: CompareRolesResult = compareRoles('project-manager', 'pmo');
 * c.left.role; // 'project-manager'
 * ```
 */
export interface CompareRolesResult {
  /** The first role asked for. */
  readonly left: ComparedSide;
  /** The second role asked for. */
  readonly right: ComparedSide;
  /** Goals (目标不同), resources (控制资源), what is managed (管理对象), in that order. */
  readonly axes: readonly RoleComparisonAxis[];
  /** What the two roles have in common. */
  readonly common: LocalizedText;
  /** The differences in one sentence. */
  readonly differences: LocalizedText;
}

const COMPARED: readonly ComparedRole[] = ['pmo', 'project-manager'];

/**
 * Compares the PMO and the project manager on the source article's three axes: goals (the
 * project's objectives under its constraints vs. an organization-level view and business
 * objectives), resources (the project's own vs. shared resources across all projects) and what is
 * managed (scope, schedule, cost and quality of one project vs. methodology, standards, overall
 * risk, metrics and inter-project dependencies), plus what they have in common.
 *
 * The order of the arguments chooses the sides: `compareRoles('project-manager', 'pmo')` puts
 * the project manager on the left.
 *
 * @param left - `'pmo'` or `'project-manager'`
 * @param right - the other one
 * @returns a new comparison object
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for any pair other than the PMO and the
 *   project manager (including the same role twice)
 * @example
 * ```ts
 * const c = compareRoles('pmo', 'project-manager');
 * for (const axis of c.axes) console.log(axis.label.zh, '|', axis.left.zh, '|', axis.right.zh);
 * ```
 */
export function compareRoles(left: ComparedRole, right: ComparedRole): CompareRolesResult {
  const ok =
    typeof left === 'string' &&
    typeof right === 'string' &&
    COMPARED.includes(left) &&
    COMPARED.includes(right) &&
    left !== right;
  if (!ok) {
    throw new PmoError(
      'INVALID_ARGUMENT',
      `compareRoles: cannot compare ${show(left)} with ${show(right)}; expected "pmo" and "project-manager" (in either order)`,
    );
  }
  return {
    left: { role: left, label: ROLE_COMPARISON.roles[left] },
    right: { role: right, label: ROLE_COMPARISON.roles[right] },
    axes: ROLE_COMPARISON.axes.map((a) => ({
      axis: a.axis,
      label: a.label,
      note: a.note,
      left: a.sides[left],
      right: a.sides[right],
    })),
    common: ROLE_COMPARISON.common,
    differences: ROLE_COMPARISON.differences,
  };
}

/** @deprecated Use {@link CompareRolesResult}: the former name. */
export type RoleComparison = CompareRolesResult;
