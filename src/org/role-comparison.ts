import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The roles {@link compareRoles} compares: the PMO and the project manager.
 *
 * @example
 * ```ts
 * const side: ComparedRole = 'pmo';
 * ```
 */
export type ComparedRole = 'pmo' | 'project-manager';

/**
 * An axis on which the source article contrasts the PMO and the project manager: `goals`
 * (目标不同), `resources` (控制资源) and `managed-objects` (管理对象).
 *
 * @example
 * ```ts
 * const axis: RoleAxis = 'resources';
 * ```
 */
export type RoleAxis = 'goals' | 'resources' | 'managed-objects';

/**
 * A text for each of the two compared roles.
 *
 * @example
 * ```ts
 * const names: RoleSides = ROLE_COMPARISON.roles;
 * names['project-manager'].zh; // '项目经理'
 * ```
 */
export interface RoleSides {
  /** The PMO's text. */
  readonly pmo: LocalizedText;
  /** The project manager's text. */
  readonly 'project-manager': LocalizedText;
}

/**
 * One axis of the PMO / project manager comparison, with each role's side.
 *
 * @example
 * ```ts
 * const axis: RoleAxisKnowledge = ROLE_COMPARISON.axes[0]!;
 * axis.sides.pmo.zh; // '具有特殊授权的组织机构,…'
 * ```
 */
export interface RoleAxisKnowledge {
  /** The axis id. */
  readonly axis: RoleAxis;
  /** Name of the axis, e.g. `{ en: 'Different goals', zh: '目标不同' }`. */
  readonly label: LocalizedText;
  /** What the axis is about. */
  readonly note: LocalizedText;
  /** Each role's side on this axis. */
  readonly sides: RoleSides;
}

/**
 * The shape of {@link ROLE_COMPARISON}.
 *
 * @example
 * ```ts
 * const k: RoleComparisonKnowledge = ROLE_COMPARISON;
 * ```
 */
export interface RoleComparisonKnowledge {
  /** The names of the two roles. */
  readonly roles: RoleSides;
  /** The three axes, in the article's order. */
  readonly axes: readonly RoleAxisKnowledge[];
  /** What the two roles have in common. */
  readonly common: LocalizedText;
  /** How they differ, in one sentence. */
  readonly differences: LocalizedText;
}

/**
 * The knowledge behind {@link compareRoles}: labels of the two roles, the three axes with each
 * role's side, and what the roles have in common, from the source article.
 *
 * @example
 * ```ts
 * ROLE_COMPARISON.axes[1].label.zh; // '控制资源'
 * ```
 */
export const ROLE_COMPARISON: RoleComparisonKnowledge = deepFreeze({
  roles: {
    pmo: { en: 'PMO (Project Management Office)', zh: 'PMO(项目管理办公室)' },
    'project-manager': { en: 'Project manager', zh: '项目经理' },
  },
  axes: [
    {
      axis: 'goals',
      label: { en: 'Different goals', zh: '目标不同' },
      note: {
        en: "Goals start from the customer's requirements; different requirements make different goals.",
        zh: '目标的前提是客户的需求,需求不同,所以目标也就不同。',
      },
      sides: {
        'project-manager': {
          en: "Delivers the project's specific outcome objectives within the project's constraints; the project manager focuses on the project's goals.",
          zh: '在项目的各种约束条件下,完成特定的项目成果性目标;项目经理关注项目目标。',
        },
        pmo: {
          en: 'A body with special authority whose goals include the organization-level view: it watches scope changes across large programs and helps achieve business objectives.',
          zh: '具有特殊授权的组织机构,其工作目标包含组织级的观点;PMO关注大型项目的范围变化,促成商业目标实现。',
        },
      },
    },
    {
      axis: 'resources',
      label: { en: 'Control of resources', zh: '控制资源' },
      note: {
        en: 'Both control resources, at different scopes: one project, or all projects.',
        zh: '二者都控制资源,但范围不同:一个项目,或所有项目。',
      },
      sides: {
        'project-manager': {
          en: "Allocates and controls the project's own resources so as to better achieve the project's objectives.",
          zh: '对项目资源做合理调配和控制,目的是为了更好地实现项目目标。',
        },
        pmo: {
          en: 'Optimizes the use of the shared organizational resources across all projects.',
          zh: '对所有项目之间的共享组织资源进行优化利用。',
        },
      },
    },
    {
      axis: 'managed-objects',
      label: { en: 'What is managed', zh: '管理对象' },
      note: {
        en: 'The project manager manages one project in breadth; the PMO manages what all projects share.',
        zh: '项目经理全面管理一个项目;PMO管理所有项目共有的内容。',
      },
      sides: {
        'project-manager': {
          en: "Manages a broad range: all of the project's constraints, including scope, schedule, cost and quality.",
          zh: '管理的内容很广,需要管理项目的所有制约因素,包括范围、进度、成本和质量等。',
        },
        pmo: {
          en: 'From the enterprise level, manages methodology, standards, overall risk, metrics and the dependencies between projects.',
          zh: '站在企业的高度,对方法论、标准、整体的风险、测量指标和项目之间的依赖关系进行管理。',
        },
      },
    },
  ],
  common: {
    en: 'Both revolve around projects and are ultimately accountable for them.',
    zh: '都是围绕项目展开,对项目最终负责。',
  },
  differences: {
    en: 'They differ mainly in their goals, the scope of what they control, and what they manage.',
    zh: '不同之处主要在于二者的目标、控制范围和管理对象。',
  },
});
