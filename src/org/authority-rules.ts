import type { AuthorityAction, OrganizationStructure, Role } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { ControlLevel, LocalizedText } from './types.js';

/** Every structure. */
const ALL: readonly OrganizationStructure[] = [
  'functional',
  'weak-matrix',
  'balanced-matrix',
  'strong-matrix',
  'projectized',
  'composite',
];
/** Where the functional manager holds the authority (PMBOK: functional manager controls the budget). */
const FUNCTIONAL_CONTROL: readonly OrganizationStructure[] = ['functional', 'weak-matrix'];
/** Mixed authority: the balanced matrix, and the composite organization, which pmo-kit treats like it. */
const MIXED: readonly OrganizationStructure[] = ['balanced-matrix', 'composite'];
/** Where the project manager holds the authority (PMBOK: project manager controls the budget). */
const PROJECT_CONTROL: readonly OrganizationStructure[] = ['strong-matrix', 'projectized'];

/**
 * The actions each role may take by virtue of the role, and in which organization structures.
 * An action missing from a role's entry is never given by that role. `pmo-lead` has no entry of
 * its own: a PMO lead's authority is the PMO's (see {@link PMO_DEFAULT_AUTHORITY}).
 *
 * Derived from the PMBOK Guide's influence of organization structures on projects: in
 * functional and weak matrix organizations the functional manager controls resources and the
 * budget; in a balanced matrix control is mixed (both the functional and the project manager
 * hold it); in strong matrix and projectized organizations the project manager does. The sponsor
 * holds the decisions above the project in every structure. A `composite` organization is
 * decided like a balanced matrix (mixed). Moving a shared resource between projects is never a
 * single project manager's decision: it belongs to the resource owners (functional managers where
 * they control resources, resource managers wherever shared pools exist) and, in a projectized
 * organization, to the sponsor.
 *
 * | action                     | project manager        | functional manager       | resource manager          | sponsor |
 * | -------------------------- | ---------------------- | ------------------------ | ------------------------- | ------- |
 * | `reassign-shared-resource` | —                      | F, W, B, C               | F, W, B, S, C             | P       |
 * | `assign-project-resources` | B, S, P, C             | F, W, B, C               | F, W, B, C                | —       |
 * | `approve-project-budget`   | B, S, P, C             | F, W, B, C               | —                         | all     |
 * | `change-project-scope`     | S, P                   | F, W                     | —                         | all     |
 * | `approve-schedule-change`  | B, S, P, C             | F, W                     | —                         | all     |
 * | `select-project`           | —                      | —                        | —                         | all     |
 * | `cancel-project`           | —                      | —                        | —                         | all     |
 * | `set-standards`            | —                      | —                        | —                         | —       |
 * | `require-compliance`       | —                      | —                        | —                         | —       |
 * | `audit-project`            | —                      | —                        | —                         | all     |
 * | `manage-project-directly`  | B, S, P, C             | F, W                     | —                         | —       |
 * | `accept-risk`              | S, P                   | F, W                     | —                         | all     |
 *
 * (F functional, W weak matrix, B balanced matrix, S strong matrix, P projectized, C composite.
 * `team-member` and `pmo-lead` give nothing by role.)
 *
 * @example
 * ```ts
 * ROLE_AUTHORITY['project-manager']['approve-project-budget']; // ['balanced-matrix', 'composite', 'strong-matrix', 'projectized']
 * ```
 */
export const ROLE_AUTHORITY: {
  readonly [R in Role]: { readonly [A in AuthorityAction]?: readonly OrganizationStructure[] };
} = deepFreeze({
  'pmo-lead': {},
  'project-manager': {
    'assign-project-resources': [...MIXED, ...PROJECT_CONTROL],
    'approve-project-budget': [...MIXED, ...PROJECT_CONTROL],
    'change-project-scope': [...PROJECT_CONTROL],
    'approve-schedule-change': [...MIXED, ...PROJECT_CONTROL],
    'manage-project-directly': [...MIXED, ...PROJECT_CONTROL],
    'accept-risk': [...PROJECT_CONTROL],
  },
  'functional-manager': {
    'reassign-shared-resource': [...FUNCTIONAL_CONTROL, ...MIXED],
    'assign-project-resources': [...FUNCTIONAL_CONTROL, ...MIXED],
    'approve-project-budget': [...FUNCTIONAL_CONTROL, ...MIXED],
    'change-project-scope': [...FUNCTIONAL_CONTROL],
    'approve-schedule-change': [...FUNCTIONAL_CONTROL],
    'manage-project-directly': [...FUNCTIONAL_CONTROL],
    'accept-risk': [...FUNCTIONAL_CONTROL],
  },
  'resource-manager': {
    'reassign-shared-resource': [...FUNCTIONAL_CONTROL, ...MIXED, 'strong-matrix'],
    'assign-project-resources': [...FUNCTIONAL_CONTROL, ...MIXED],
  },
  sponsor: {
    'reassign-shared-resource': ['projectized'],
    'approve-project-budget': [...ALL],
    'change-project-scope': [...ALL],
    'approve-schedule-change': [...ALL],
    'select-project': [...ALL],
    'cancel-project': [...ALL],
    'audit-project': [...ALL],
    'accept-risk': [...ALL],
  },
  'team-member': {},
});

/**
 * The actions a PMO may take by default at each control level; the PMO type sets the level
 * (supportive `low`, controlling `moderate`, directive `high`) unless `pmo.authority.level`
 * overrides it. Each level includes the one below.
 *
 * - `low`: `set-standards` — a supportive PMO publishes standards and templates but cannot impose them.
 * - `moderate`: adds `require-compliance` and `audit-project` — a controlling PMO enforces.
 * - `high`: adds `manage-project-directly`, `assign-project-resources`, `reassign-shared-resource`,
 *   `approve-schedule-change`, `change-project-scope` and `accept-risk` — a directive PMO manages
 *   projects. Selecting, cancelling and funding projects stay with the sponsor unless granted
 *   through `pmo.authority.grants`.
 *
 * @example
 * ```ts
 * PMO_DEFAULT_AUTHORITY.moderate; // ['set-standards', 'require-compliance', 'audit-project']
 * ```
 */
export const PMO_DEFAULT_AUTHORITY: { readonly [L in ControlLevel]: readonly AuthorityAction[] } = deepFreeze({
  low: ['set-standards'],
  moderate: ['set-standards', 'require-compliance', 'audit-project'],
  high: [
    'set-standards',
    'require-compliance',
    'audit-project',
    'manage-project-directly',
    'assign-project-resources',
    'reassign-shared-resource',
    'approve-schedule-change',
    'change-project-scope',
    'accept-risk',
  ],
});

/**
 * Who holds decision authority in each organization structure, as {@link checkAuthority} states
 * it in the basis of every decision.
 *
 * @example
 * ```ts
 * STRUCTURE_AUTHORITY_NOTES['weak-matrix'].en; // 'In a weak matrix organization the functional manager controls …'
 * ```
 */
export const STRUCTURE_AUTHORITY_NOTES: { readonly [S in OrganizationStructure]: LocalizedText } = deepFreeze({
  functional: {
    en: 'In a functional organization the functional manager controls resources and the project budget; the project manager, if there is one, has little or no authority.',
    zh: '在职能型组织中,职能经理控制资源和项目预算;项目经理(如有)的职权很少或没有。',
  },
  'weak-matrix': {
    en: "In a weak matrix organization the functional manager controls resources and the project budget; the project manager's authority is low (a coordinator or expediter).",
    zh: '在弱矩阵型组织中,职能经理控制资源和项目预算;项目经理职权低(充当协调员或联络员)。',
  },
  'balanced-matrix': {
    en: 'In a balanced matrix organization authority is mixed: the functional manager and the project manager share control of resources and the budget.',
    zh: '在平衡矩阵型组织中,职权是混合的:职能经理和项目经理共同控制资源和预算。',
  },
  'strong-matrix': {
    en: "In a strong matrix organization the project manager controls the project's resources and budget with moderate to high authority; resource managers still run the shared resource pools.",
    zh: '在强矩阵型组织中,项目经理以中等到高的职权控制项目的资源和预算;共享资源池仍由资源经理管理。',
  },
  projectized: {
    en: "In a projectized organization the project manager controls the project's resources and budget with high to almost total authority; moving people between projects is decided above the projects, by the sponsor or a directive PMO.",
    zh: '在项目型组织中,项目经理以高到几乎全权的职权控制项目的资源和预算;在项目之间调动人员由项目之上的发起人或指令型PMO决定。',
  },
  composite: {
    en: 'A composite organization mixes structures, so role authority is decided as in a balanced matrix: the functional manager and the project manager share control of resources and the budget.',
    zh: '复合型组织混合了多种结构,因此按平衡矩阵的方式判定角色职权:职能经理和项目经理共同控制资源和预算。',
  },
});
