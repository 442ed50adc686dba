import type { AuthorityAction, Role } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * Label and description of a governance role.
 *
 * @example
 * ```ts
 * const info: RoleInfo = ROLE_INFO['functional-manager'];
 * info.label.zh; // '职能经理'
 * ```
 */
export interface RoleInfo {
  /** The role's id. */
  readonly id: Role;
  /** Short name, e.g. `{ en: 'project manager', zh: '项目经理' }` (lower case, to fit in sentences). */
  readonly label: LocalizedText;
  /** What a person in this role is responsible for. */
  readonly description: LocalizedText;
}

/**
 * Every governance role with its label and description in English and Chinese.
 *
 * @example
 * ```ts
 * ROLE_INFO.sponsor.label.en; // 'sponsor'
 * ```
 */
export const ROLE_INFO: { readonly [R in Role]: RoleInfo } = deepFreeze({
  'pmo-lead': {
    id: 'pmo-lead',
    label: { en: 'PMO lead', zh: 'PMO负责人' },
    description: {
      en: "Leads the Project Management Office; what they may decide follows from the PMO's type and the authority the organization gives it.",
      zh: '领导项目管理办公室;其决策权取决于PMO的类型以及组织授予PMO的职权。',
    },
  },
  'project-manager': {
    id: 'project-manager',
    label: { en: 'project manager', zh: '项目经理' },
    description: {
      en: "Leads the team that delivers a project's objectives within its constraints of scope, schedule, cost and quality; authority ranges from little (functional organization) to almost total (projectized organization).",
      zh: '带领团队在范围、进度、成本和质量等约束条件下实现项目目标;其职权从很少(职能型组织)到几乎全权(项目型组织)不等。',
    },
  },
  sponsor: {
    id: 'sponsor',
    label: { en: 'sponsor', zh: '项目发起人' },
    description: {
      en: 'Provides the resources and support for the project, owns its business case and makes the decisions above the project manager: selection, budget, scope changes, cancellation.',
      zh: '为项目提供资源和支持,拥有项目的商业论证,并做出超出项目经理权限的决策:立项、预算、范围变更和终止。',
    },
  },
  'functional-manager': {
    id: 'functional-manager',
    label: { en: 'functional manager', zh: '职能经理' },
    description: {
      en: 'Manages a department and its people; controls resources and budget in functional and weak matrix organizations and shares that control in a balanced matrix.',
      zh: '管理一个部门及其人员;在职能型和弱矩阵型组织中控制资源和预算,在平衡矩阵型组织中与项目经理共同控制。',
    },
  },
  'resource-manager': {
    id: 'resource-manager',
    label: { en: 'resource manager', zh: '资源经理' },
    description: {
      en: 'Manages a pool of shared resources: capacity, assignments and moves of people between projects.',
      zh: '管理共享资源池:能力、分派以及人员在项目之间的调动。',
    },
  },
  'team-member': {
    id: 'team-member',
    label: { en: 'team member', zh: '团队成员' },
    description: {
      en: 'Carries out project work; holds no decision authority over projects by role.',
      zh: '执行项目工作;凭角色不拥有对项目的决策权。',
    },
  },
});

/**
 * Label of a governance action, written to complete "may …" (e.g. "may reassign a shared resource
 * between projects") and "有权…".
 *
 * @example
 * ```ts
 * const info: AuthorityActionInfo = AUTHORITY_ACTION_INFO['accept-risk'];
 * info.label.zh; // '接受项目风险'
 * ```
 */
export interface AuthorityActionInfo {
  /** The action's id. */
  readonly id: AuthorityAction;
  /** The action as a verb phrase, e.g. `{ en: 'approve the project budget', zh: '批准项目预算' }`. */
  readonly label: LocalizedText;
}

/**
 * Every governance action decided by {@link checkAuthority}, with its label in English and
 * Chinese.
 *
 * @example
 * ```ts
 * AUTHORITY_ACTION_INFO['reassign-shared-resource'].label.en; // 'reassign a shared resource between projects'
 * ```
 */
export const AUTHORITY_ACTION_INFO: { readonly [A in AuthorityAction]: AuthorityActionInfo } = deepFreeze({
  'reassign-shared-resource': {
    id: 'reassign-shared-resource',
    label: { en: 'reassign a shared resource between projects', zh: '在项目之间重新调配共享资源' },
  },
  'assign-project-resources': {
    id: 'assign-project-resources',
    label: { en: "assign resources to the project's work", zh: '为项目工作分派资源' },
  },
  'approve-project-budget': {
    id: 'approve-project-budget',
    label: { en: 'approve the project budget', zh: '批准项目预算' },
  },
  'change-project-scope': {
    id: 'change-project-scope',
    label: { en: 'change the project scope', zh: '变更项目范围' },
  },
  'approve-schedule-change': {
    id: 'approve-schedule-change',
    label: { en: 'approve a schedule change', zh: '批准进度变更' },
  },
  'select-project': {
    id: 'select-project',
    label: { en: 'select a project for the portfolio', zh: '选择项目并立项' },
  },
  'cancel-project': {
    id: 'cancel-project',
    label: { en: 'cancel a project', zh: '终止项目' },
  },
  'set-standards': {
    id: 'set-standards',
    label: { en: 'set project management standards', zh: '制定项目管理标准' },
  },
  'require-compliance': {
    id: 'require-compliance',
    label: { en: 'require projects to comply with the standards', zh: '要求项目遵从标准' },
  },
  'audit-project': {
    id: 'audit-project',
    label: { en: 'audit a project', zh: '审计项目' },
  },
  'manage-project-directly': {
    id: 'manage-project-directly',
    label: { en: 'manage a project directly', zh: '直接管理项目' },
  },
  'accept-risk': {
    id: 'accept-risk',
    label: { en: 'accept a project risk', zh: '接受项目风险' },
  },
});
