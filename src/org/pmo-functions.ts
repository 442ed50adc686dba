import type { PmoFunction } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * Label and description of one PMO function.
 *
 * @example
 * ```ts
 * const info: PmoFunctionInfo = PMO_FUNCTION_INFO['risk-management'];
 * info.label.zh; // '风险管理'
 * ```
 */
export interface PmoFunctionInfo {
  /** The function's id. */
  readonly id: PmoFunction;
  /** Short name, e.g. `{ en: 'Resource allocation', zh: '资源分配' }`. */
  readonly label: LocalizedText;
  /** What the PMO does under this function. */
  readonly description: LocalizedText;
  /**
   * Where the wording comes from: `article` for the twelve responsibilities of the source article
   * on PMOs in functional, matrix and projectized organizations; `pmbok` for the three services
   * that distinguish the PMBOK Guide's PMO types.
   */
  readonly source: 'article' | 'pmbok';
}

/**
 * Every PMO function with its label and description in English and Chinese. The Chinese labels
 * and the first twelve descriptions follow the source article's wording (方法和标准, 培训和支持,
 * 资源管理, 绩效监控, 资源分配, 制定规范, 项目整合, 绩效评估, 项目管理方法, 项目选择和管理,
 * 经验总结, 风险管理); the last three describe the PMBOK Guide's supportive, controlling and
 * directive PMO services.
 *
 * @example
 * ```ts
 * PMO_FUNCTION_INFO['project-integration'].label; // { en: 'Project integration', zh: '项目整合' }
 * ```
 */
export const PMO_FUNCTION_INFO: { readonly [F in PmoFunction]: PmoFunctionInfo } = deepFreeze({
  'methods-and-standards': {
    id: 'methods-and-standards',
    label: { en: 'Methods and standards', zh: '方法和标准' },
    description: {
      en: 'Define project management methods and standards so that projects across the whole organization follow consistent processes and norms.',
      zh: '制定项目管理方法和标准,确保项目在整个组织中遵循一致的流程和规范。',
    },
    source: 'article',
  },
  'training-and-support': {
    id: 'training-and-support',
    label: { en: 'Training and support', zh: '培训和支持' },
    description: {
      en: "Provide project management training and support to raise the project management capability of the organization's members.",
      zh: '提供项目管理培训和支持,提升组织成员的项目管理能力。',
    },
    source: 'article',
  },
  'resource-management': {
    id: 'resource-management',
    label: { en: 'Resource management', zh: '资源管理' },
    description: {
      en: 'Coordinate and optimize the allocation and use of project resources so that projects deliver on time.',
      zh: '协调和优化项目资源的分配和利用,确保项目能够按时交付。',
    },
    source: 'article',
  },
  'performance-monitoring': {
    id: 'performance-monitoring',
    label: { en: 'Performance monitoring', zh: '绩效监控' },
    description: {
      en: 'Track and assess project performance, and provide reports and decision support.',
      zh: '跟踪和评估项目的绩效,提供报告和决策支持。',
    },
    source: 'article',
  },
  'resource-allocation': {
    id: 'resource-allocation',
    label: { en: 'Resource allocation', zh: '资源分配' },
    description: {
      en: 'Coordinate and optimize the allocation of resources between projects, so that resources are used sensibly and in balance.',
      zh: '协调和优化资源在不同项目之间的分配,确保资源的合理利用和平衡。',
    },
    source: 'article',
  },
  'standards-and-best-practices': {
    id: 'standards-and-best-practices',
    label: { en: 'Standards and best practices', zh: '制定规范' },
    description: {
      en: 'Define and promote project management norms and best practices to foster collaboration across departments.',
      zh: '制定和推广项目管理规范和最佳实践,促进跨部门的协同工作。',
    },
    source: 'article',
  },
  'project-integration': {
    id: 'project-integration',
    label: { en: 'Project integration', zh: '项目整合' },
    description: {
      en: 'Coordinate the dependencies between projects and resolve conflicts among them, keeping project objectives aligned and execution coordinated.',
      zh: '协调多个项目之间的依赖关系和冲突解决,确保项目目标的一致性和协同执行。',
    },
    source: 'article',
  },
  'performance-evaluation': {
    id: 'performance-evaluation',
    label: { en: 'Performance evaluation', zh: '绩效评估' },
    description: {
      en: 'Evaluate project performance and results, providing data to support decisions.',
      zh: '评估项目的绩效和成果,为决策提供数据支持。',
    },
    source: 'article',
  },
  methodology: {
    id: 'methodology',
    label: { en: 'Project management methodology', zh: '项目管理方法' },
    description: {
      en: 'Define and maintain project management methods and processes suited to a project-based organization.',
      zh: '制定和维护适合项目型组织的项目管理方法和流程。',
    },
    source: 'article',
  },
  'project-selection': {
    id: 'project-selection',
    label: { en: 'Project selection and management', zh: '项目选择和管理' },
    description: {
      en: 'Assist in selecting, planning and executing projects so that they deliver on time and achieve their intended objectives.',
      zh: '协助项目选择、规划和执行,确保项目能够按时交付和实现预期目标。',
    },
    source: 'article',
  },
  'lessons-learned': {
    id: 'lessons-learned',
    label: { en: 'Lessons learned', zh: '经验总结' },
    description: {
      en: 'Capture and share lessons learned and best practices from projects, and provide a project management knowledge base and guidance.',
      zh: '总结和分享项目的经验教训和最佳实践,提供项目管理知识库和指导。',
    },
    source: 'article',
  },
  'risk-management': {
    id: 'risk-management',
    label: { en: 'Risk management', zh: '风险管理' },
    description: {
      en: 'Identify and manage project risks to ensure successful delivery and achievement of objectives.',
      zh: '识别和管理项目风险,确保项目的成功交付和目标达成。',
    },
    source: 'article',
  },
  'templates-and-tools': {
    id: 'templates-and-tools',
    label: { en: 'Templates and tools', zh: '模板和工具' },
    description: {
      en: 'Supply templates, forms and tools, best practices and access to information from other projects, acting as a repository of project knowledge: the consultative service that defines a supportive PMO.',
      zh: '提供模板、表格和工具、最佳实践以及来自其他项目的信息,充当项目知识资源库:这是支持型PMO标志性的顾问式服务。',
    },
    source: 'pmbok',
  },
  'governance-and-compliance': {
    id: 'governance-and-compliance',
    label: { en: 'Governance and compliance', zh: '治理与合规' },
    description: {
      en: 'Require projects to comply: adopt the project management framework or methodology, use the specified templates, forms and tools, and conform to the governance framework. This is the service that defines a controlling PMO.',
      zh: '要求项目服从:采用项目管理框架或方法论,使用规定的模板、表格和工具,并遵从治理框架。这是控制型PMO的标志性服务。',
    },
    source: 'pmbok',
  },
  'direct-project-management': {
    id: 'direct-project-management',
    label: { en: 'Direct project management', zh: '直接管理项目' },
    description: {
      en: 'Take control of projects by managing them directly: project managers are assigned by and report to the PMO. This is the service that defines a directive PMO.',
      zh: '通过直接管理项目来控制项目:项目经理由PMO委派并向PMO汇报。这是指令型PMO的标志性服务。',
    },
    source: 'pmbok',
  },
});
