import type { PmoFunction } from '../model/organization.js';
import type { HillArea, PmoService } from '../model/maturity.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The groups Hobbs and Aubry's factor analysis found among the PMO functions, and `other` for the
 * functions outside them.
 *
 * @example
 * ```ts
 * const g: HobbsAubryGroup = PMO_SERVICE_CATALOG['coordinate-projects'].group; // 'multi-project-management'
 * ```
 */
export type HobbsAubryGroup =
  | 'monitoring-and-controlling'
  | 'competencies-and-methodologies'
  | 'multi-project-management'
  | 'strategic-management'
  | 'organizational-learning'
  | 'other';

/**
 * What pmo-kit knows about one function of the PMO service catalog.
 *
 * @example
 * ```ts
 * const s: PmoServiceInfo = PMO_SERVICE_CATALOG['report-status'];
 * s.pmoFunctions; // ['performance-monitoring']
 * ```
 */
export interface PmoServiceInfo {
  /** The function's id. */
  readonly id: PmoService;
  /** Its name, e.g. `{ en: 'Report project status to upper management', zh: '向高层管理者报告项目状态' }`. */
  readonly label: LocalizedText;
  /** Its group in Hobbs and Aubry's factor analysis. */
  readonly group: HobbsAubryGroup;
  /** Gerald Hill's functional area it belongs to. */
  readonly hillArea: HillArea;
  /**
   * The functions of the pmo-kit knowledge model ({@link PMO_FUNCTION_INFO}) it is part of, and so
   * the analyses that support it ({@link PMO_FUNCTION_ANALYSES}); empty when pmo-kit has none.
   */
  readonly pmoFunctions: readonly PmoFunction[];
  /**
   * True for the five functions the survey's respondents ranked most important: report project
   * status to upper management, monitor and control project performance, develop and implement a
   * standard methodology, implement and operate a project information system, develop
   * competencies (including training).
   */
  readonly topRanked: boolean;
}

/**
 * Every function of the PMO service catalog, in the order of {@link PMO_SERVICES}.
 *
 * The catalog is the list of 27 PMO functions of Hobbs and Aubry's PMI-commissioned survey of
 * 500 PMOs (Hobbs & Aubry, *The Project Management Office (PMO): A Quest for Understanding*, PMI
 * 2010; *Project Management Journal* 38(1), 2007), named here in our own words, with the groups
 * their factor analysis found. Gerald Hill's five functional areas (*The Complete Project
 * Management Office Handbook*) group them a second way, and each maps onto the functions of the
 * pmo-kit knowledge model, which the source article on PMOs gives per organization structure, so
 * that the maturity of a function leads to the analyses that support it. The PMO Maturity Cube
 * (Pinto, Cota and Levin, PMI 2010) rates the maturity of each function a PMO's stakeholders
 * need: {@link assessMaturity}.
 *
 * @example
 * ```ts
 * Object.values(PMO_SERVICE_CATALOG).filter((s) => s.topRanked).map((s) => s.id);
 * // ['report-status', 'monitor-performance', 'information-system', 'standard-methodology', 'develop-competencies']
 * ```
 */
export const PMO_SERVICE_CATALOG: { readonly [S in PmoService]: PmoServiceInfo } = deepFreeze({
  'report-status': {
    id: 'report-status',
    label: { en: 'Report project status to upper management', zh: '向高层管理者报告项目状态' },
    group: 'monitoring-and-controlling',
    hillArea: 'infrastructure-management',
    pmoFunctions: ['performance-monitoring'],
    topRanked: true,
  },
  'monitor-performance': {
    id: 'monitor-performance',
    label: { en: 'Monitor and control project performance', zh: '监控项目绩效' },
    group: 'monitoring-and-controlling',
    hillArea: 'practice-management',
    pmoFunctions: ['performance-monitoring', 'performance-evaluation'],
    topRanked: true,
  },
  'information-system': {
    id: 'information-system',
    label: { en: 'Implement and operate a project information system', zh: '建设和运行项目信息系统' },
    group: 'monitoring-and-controlling',
    hillArea: 'practice-management',
    pmoFunctions: ['templates-and-tools'],
    topRanked: true,
  },
  scoreboard: {
    id: 'scoreboard',
    label: { en: 'Develop and maintain a project scoreboard', zh: '建立和维护项目计分板' },
    group: 'monitoring-and-controlling',
    hillArea: 'practice-management',
    pmoFunctions: ['performance-evaluation'],
    topRanked: false,
  },
  'standard-methodology': {
    id: 'standard-methodology',
    label: { en: 'Develop and implement a standard methodology', zh: '制定和推行标准方法论' },
    group: 'competencies-and-methodologies',
    hillArea: 'practice-management',
    pmoFunctions: ['methods-and-standards', 'methodology'],
    topRanked: true,
  },
  'promote-pm': {
    id: 'promote-pm',
    label: { en: 'Promote project management within the organization', zh: '在组织内推广项目管理' },
    group: 'competencies-and-methodologies',
    hillArea: 'infrastructure-management',
    pmoFunctions: ['standards-and-best-practices'],
    topRanked: false,
  },
  'develop-competencies': {
    id: 'develop-competencies',
    label: { en: 'Develop the competencies of personnel, including training', zh: '发展人员能力(含培训)' },
    group: 'competencies-and-methodologies',
    hillArea: 'resource-integration',
    pmoFunctions: ['training-and-support'],
    topRanked: true,
  },
  mentoring: {
    id: 'mentoring',
    label: { en: 'Mentor project managers', zh: '辅导项目经理' },
    group: 'competencies-and-methodologies',
    hillArea: 'technical-support',
    pmoFunctions: ['training-and-support'],
    topRanked: false,
  },
  'provide-tools': {
    id: 'provide-tools',
    label: { en: 'Provide a set of tools without an effort to standardize', zh: '提供工具集(不强制标准化)' },
    group: 'competencies-and-methodologies',
    hillArea: 'practice-management',
    pmoFunctions: ['templates-and-tools'],
    topRanked: false,
  },
  'coordinate-projects': {
    id: 'coordinate-projects',
    label: { en: 'Coordinate between projects', zh: '协调项目之间的关系' },
    group: 'multi-project-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['project-integration'],
    topRanked: false,
  },
  'select-projects': {
    id: 'select-projects',
    label: { en: 'Identify, select and prioritize new projects', zh: '识别、选择新项目并排定优先级' },
    group: 'multi-project-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['project-selection'],
    topRanked: false,
  },
  'manage-portfolios': {
    id: 'manage-portfolios',
    label: { en: 'Manage one or more portfolios', zh: '管理一个或多个项目组合' },
    group: 'multi-project-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['project-selection', 'resource-allocation'],
    topRanked: false,
  },
  'manage-programs': {
    id: 'manage-programs',
    label: { en: 'Manage one or more programs', zh: '管理一个或多个项目集' },
    group: 'multi-project-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['project-integration', 'direct-project-management'],
    topRanked: false,
  },
  'allocate-resources': {
    id: 'allocate-resources',
    label: { en: 'Allocate resources between projects', zh: '在项目之间分配资源' },
    group: 'multi-project-management',
    hillArea: 'resource-integration',
    pmoFunctions: ['resource-allocation', 'resource-management'],
    topRanked: false,
  },
  'advise-management': {
    id: 'advise-management',
    label: { en: 'Advise upper management', zh: '为高层管理者提供建议' },
    group: 'strategic-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['performance-evaluation'],
    topRanked: false,
  },
  'strategic-planning': {
    id: 'strategic-planning',
    label: { en: 'Take part in strategic planning', zh: '参与战略规划' },
    group: 'strategic-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['project-selection'],
    topRanked: false,
  },
  'benefits-management': {
    id: 'benefits-management',
    label: { en: 'Manage benefits', zh: '管理收益' },
    group: 'strategic-management',
    hillArea: 'business-alignment',
    pmoFunctions: ['performance-evaluation', 'project-selection'],
    topRanked: false,
  },
  'environmental-scanning': {
    id: 'environmental-scanning',
    label: { en: 'Network and scan the environment', zh: '建立外部联系并扫描环境' },
    group: 'strategic-management',
    hillArea: 'practice-management',
    pmoFunctions: ['standards-and-best-practices'],
    topRanked: false,
  },
  'monitor-pmo': {
    id: 'monitor-pmo',
    label: { en: 'Monitor and control the performance of the PMO', zh: '监控PMO自身的绩效' },
    group: 'organizational-learning',
    hillArea: 'infrastructure-management',
    pmoFunctions: ['performance-evaluation'],
    topRanked: false,
  },
  'documentation-archives': {
    id: 'documentation-archives',
    label: { en: 'Manage archives of project documentation', zh: '管理项目文档档案' },
    group: 'organizational-learning',
    hillArea: 'practice-management',
    pmoFunctions: ['lessons-learned', 'templates-and-tools'],
    topRanked: false,
  },
  'audit-projects': {
    id: 'audit-projects',
    label: { en: 'Audit projects', zh: '审计项目' },
    group: 'organizational-learning',
    hillArea: 'technical-support',
    pmoFunctions: ['governance-and-compliance'],
    topRanked: false,
  },
  'post-project-reviews': {
    id: 'post-project-reviews',
    label: { en: 'Conduct post-project reviews', zh: '开展项目后评审' },
    group: 'organizational-learning',
    hillArea: 'practice-management',
    pmoFunctions: ['lessons-learned'],
    topRanked: false,
  },
  'lessons-database': {
    id: 'lessons-database',
    label: { en: 'Implement and manage a database of lessons learned', zh: '建立和管理经验教训数据库' },
    group: 'organizational-learning',
    hillArea: 'practice-management',
    pmoFunctions: ['lessons-learned'],
    topRanked: false,
  },
  'risk-database': {
    id: 'risk-database',
    label: { en: 'Implement and manage a risk database', zh: '建立和管理风险数据库' },
    group: 'organizational-learning',
    hillArea: 'practice-management',
    pmoFunctions: ['risk-management'],
    topRanked: false,
  },
  'specialized-tasks': {
    id: 'specialized-tasks',
    label: { en: 'Carry out specialized tasks for project managers', zh: '为项目经理执行专项任务' },
    group: 'other',
    hillArea: 'technical-support',
    pmoFunctions: ['direct-project-management'],
    topRanked: false,
  },
  'customer-interfaces': {
    id: 'customer-interfaces',
    label: { en: 'Manage customer interfaces', zh: '管理与客户的接口' },
    group: 'other',
    hillArea: 'business-alignment',
    pmoFunctions: [],
    topRanked: false,
  },
  'recruit-project-managers': {
    id: 'recruit-project-managers',
    label: { en: 'Recruit, select and evaluate project managers', zh: '招聘、选拔和评估项目经理' },
    group: 'other',
    hillArea: 'resource-integration',
    pmoFunctions: [],
    topRanked: false,
  },
});

/**
 * Gerald Hill's five PMO functional areas, with what each covers.
 *
 * @example
 * ```ts
 * HILL_AREA_INFO['resource-integration'].label.zh; // '资源整合'
 * ```
 */
export const HILL_AREA_INFO: { readonly [A in HillArea]: { readonly id: A; readonly label: LocalizedText; readonly description: LocalizedText } } = deepFreeze({
  'practice-management': {
    id: 'practice-management',
    label: { en: 'Practice management', zh: '实践管理' },
    description: {
      en: 'Methodology, tools, standards and metrics, and project knowledge.',
      zh: '方法论、工具、标准与度量,以及项目知识管理。',
    },
  },
  'infrastructure-management': {
    id: 'infrastructure-management',
    label: { en: 'Infrastructure management', zh: '基础设施管理' },
    description: {
      en: 'Governance, assessment, organization and structure, and the facilities projects work with.',
      zh: '治理、评估、组织与结构,以及项目所需的设施。',
    },
  },
  'resource-integration': {
    id: 'resource-integration',
    label: { en: 'Resource integration', zh: '资源整合' },
    description: {
      en: 'Resource management, training and education, career development and team development.',
      zh: '资源管理、培训与教育、职业发展和团队建设。',
    },
  },
  'technical-support': {
    id: 'technical-support',
    label: { en: 'Technical support', zh: '技术支持' },
    description: {
      en: 'Mentoring, planning support, project audits and the recovery of troubled projects.',
      zh: '辅导、计划支持、项目审计以及问题项目的恢复。',
    },
  },
  'business-alignment': {
    id: 'business-alignment',
    label: { en: 'Business alignment', zh: '业务对齐' },
    description: {
      en: 'Portfolio management, customer and vendor relationships, and business performance.',
      zh: '项目组合管理、客户与供应商关系以及业务绩效。',
    },
  },
});
