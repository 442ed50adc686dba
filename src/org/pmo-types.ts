import type { AuthorityAction, PmoFunction, PmoType } from '../model/organization.js';
import { PMO_DEFAULT_AUTHORITY } from './authority-rules.js';
import { deepFreeze } from './internal/freeze.js';
import type { ControlLevel, LocalizedText } from './types.js';

/**
 * What pmo-kit knows about a PMO type (PMBOK Guide: supportive, controlling, directive).
 *
 * @example
 * ```ts
 * const profile: PmoTypeProfile = describePmoType('supportive');
 * profile.controlLevel; // 'low'
 * ```
 */
export interface PmoTypeProfile {
  /** The type's id. */
  readonly type: PmoType;
  /** Name, e.g. `{ en: 'Supportive PMO', zh: '支持型PMO' }`. */
  readonly label: LocalizedText;
  /** What this type of PMO does and how it relates to projects. */
  readonly description: LocalizedText;
  /** The degree of control it exercises over projects. */
  readonly controlLevel: ControlLevel;
  /** The degree of control in words. */
  readonly control: LocalizedText;
  /** The functions this type of PMO typically offers, its distinctive one first. */
  readonly typicalFunctions: readonly PmoFunction[];
  /** The one function that defines this type (templates and tools, governance and compliance, direct project management). */
  readonly distinctiveFunction: PmoFunction;
  /** The actions a PMO of this type may take by default (before `pmo.authority` grants and denies). */
  readonly defaultAuthority: readonly AuthorityAction[];
}

/**
 * Every PMO type with its profile, after the PMBOK Guide (6th edition, section 2.4.4.3). The
 * default authority of each type is {@link PMO_DEFAULT_AUTHORITY} at the type's control level.
 *
 * @example
 * ```ts
 * PMO_TYPE_PROFILES.directive.defaultAuthority.includes('manage-project-directly'); // true
 * ```
 */
export const PMO_TYPE_PROFILES: { readonly [T in PmoType]: PmoTypeProfile } = deepFreeze({
  supportive: {
    type: 'supportive',
    label: { en: 'Supportive PMO', zh: '支持型PMO' },
    description: {
      en: 'Plays a consultative role to projects by supplying templates, best practices, training, access to information and lessons learned from other projects. It serves as a project repository; projects decide whether to use what it offers.',
      zh: '担当顾问角色,向项目提供模板、最佳实践、培训,以及来自其他项目的信息和经验教训。它实际上是一个项目资源库,是否采用其提供的内容由项目自行决定。',
    },
    controlLevel: 'low',
    control: { en: 'Low: the PMO advises and supplies; projects decide.', zh: '低:PMO提供建议和服务,由项目自行决策。' },
    typicalFunctions: ['templates-and-tools', 'standards-and-best-practices', 'training-and-support', 'lessons-learned'],
    distinctiveFunction: 'templates-and-tools',
    defaultAuthority: PMO_DEFAULT_AUTHORITY.low,
  },
  controlling: {
    type: 'controlling',
    label: { en: 'Controlling PMO', zh: '控制型PMO' },
    description: {
      en: 'Provides support and requires compliance through various means: adoption of project management frameworks or methodologies, use of specific templates, forms and tools, and conformance to governance frameworks. Projects still manage themselves.',
      zh: '不仅为项目提供支持,还通过各种手段要求项目服从:采用项目管理框架或方法论,使用特定的模板、表格和工具,遵从治理框架。项目仍由项目自身管理。',
    },
    controlLevel: 'moderate',
    control: {
      en: 'Moderate: the PMO sets the rules and checks compliance; projects run themselves within them.',
      zh: '中等:PMO制定规则并检查合规,项目在规则内自行运作。',
    },
    typicalFunctions: [
      'governance-and-compliance',
      'methods-and-standards',
      'methodology',
      'performance-monitoring',
      'performance-evaluation',
    ],
    distinctiveFunction: 'governance-and-compliance',
    defaultAuthority: PMO_DEFAULT_AUTHORITY.moderate,
  },
  directive: {
    type: 'directive',
    label: { en: 'Directive PMO', zh: '指令型PMO' },
    description: {
      en: 'Takes control of projects by managing them directly: project managers are assigned by and report to the PMO.',
      zh: '通过直接管理项目来控制项目:项目经理由PMO委派并向PMO汇报。',
    },
    controlLevel: 'high',
    control: { en: 'High: the PMO manages the projects itself.', zh: '高:PMO直接管理项目。' },
    typicalFunctions: [
      'direct-project-management',
      'resource-allocation',
      'resource-management',
      'project-integration',
      'project-selection',
      'risk-management',
    ],
    distinctiveFunction: 'direct-project-management',
    defaultAuthority: PMO_DEFAULT_AUTHORITY.high,
  },
});
