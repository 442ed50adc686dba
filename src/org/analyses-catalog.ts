import type { PmoFunction } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The area of pmo-kit a library function belongs to, named like its subpath export.
 *
 * @example
 * ```ts
 * const m: AnalysisModule = 'pmo-kit/schedule';
 * ```
 */
export type AnalysisModule =
  | 'pmo-kit/model'
  | 'pmo-kit/org'
  | 'pmo-kit/schedule'
  | 'pmo-kit/resources'
  | 'pmo-kit/risk'
  | 'pmo-kit/performance'
  | 'pmo-kit/portfolio'
  | 'pmo-kit/io'
  | 'pmo-kit/viz';

/**
 * Whether a library function exists in this version (`available`) or is on the roadmap
 * (`planned`). A test checks that every `available` function is exported by the package and no
 * `planned` one is; whoever implements a planned function flips its status here.
 *
 * @example
 * ```ts
 * const s: AnalysisStatus = ANALYSES_BY_NAME.get('earnedValue')!.status;
 * ```
 */
export type AnalysisStatus = 'available' | 'planned';

/**
 * One library function a PMO can use, as listed in {@link ANALYSES}.
 *
 * @example
 * ```ts
 * const a: AnalysisInfo = ANALYSES_BY_NAME.get('checkAuthority')!;
 * a.module; // 'pmo-kit/org'
 * ```
 */
export interface AnalysisInfo {
  /** The exported name of the function, e.g. `schedulePortfolio`. */
  readonly functionName: AnalysisName;
  /** The area of the library it belongs to. */
  readonly module: AnalysisModule;
  /** What it does, in a few words. */
  readonly label: LocalizedText;
  /** Whether it exists in this version or is planned. */
  readonly status: AnalysisStatus;
}

/**
 * The name of a library function in the catalog, available or planned.
 *
 * @example
 * ```ts
 * const name: AnalysisName = 'simulateRisk';
 * ```
 */
export type AnalysisName =
  | 'parsePortfolio'
  | 'safeParsePortfolio'
  | 'parseOrganization'
  | 'safeParseOrganization'
  | 'describeStructure'
  | 'describePmoType'
  | 'pmoResponsibilities'
  | 'compareRoles'
  | 'checkAuthority'
  | 'buildRaci'
  | 'validateRaci'
  | 'pmoAnalyses'
  | 'schedule'
  | 'schedulePortfolio'
  | 'criticalDependencies'
  | 'impactOfDelay'
  | 'singlePointsOfFailure'
  | 'projectDependencyRanking'
  | 'resourceLoading'
  | 'overallocations'
  | 'levelResources'
  | 'analyzeRisks'
  | 'simulateRisk'
  | 'earnedValue'
  | 'earnedSchedule'
  | 'healthScore'
  | 'portfolioKpis'
  | 'checkGovernance'
  | 'assessMaturity'
  | 'lessonsFor'
  | 'allocateResources'
  | 'selectProjects'
  | 'prioritizeProjects'
  | 'readMspdi'
  | 'readPsplib';

/** The catalog keyed by function name (every name exactly once); the single source of ANALYSES. */
const CATALOG: {
  readonly [N in AnalysisName]: { readonly module: AnalysisModule; readonly status: AnalysisStatus; readonly label: LocalizedText };
} = {
  parsePortfolio: {
    module: 'pmo-kit/model',
    status: 'available',
    label: { en: 'Parse and validate a portfolio', zh: '解析并校验项目组合数据' },
  },
  safeParsePortfolio: {
    module: 'pmo-kit/model',
    status: 'available',
    label: { en: 'Validate a portfolio without throwing', zh: '校验项目组合数据(不抛出异常)' },
  },
  parseOrganization: {
    module: 'pmo-kit/model',
    status: 'available',
    label: { en: 'Parse and validate an organization', zh: '解析并校验组织数据' },
  },
  safeParseOrganization: {
    module: 'pmo-kit/model',
    status: 'available',
    label: { en: 'Validate an organization without throwing', zh: '校验组织数据(不抛出异常)' },
  },
  describeStructure: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Describe an organization structure', zh: '说明组织结构及其中的PMO' },
  },
  describePmoType: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Describe a PMO type', zh: '说明PMO类型' },
  },
  pmoResponsibilities: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'PMO responsibilities in a structure', zh: '不同组织结构下的PMO职责' },
  },
  compareRoles: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Compare the PMO and the project manager', zh: '比较PMO与项目经理' },
  },
  checkAuthority: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Check decision authority, with reasons', zh: '检查决策权限并说明依据' },
  },
  buildRaci: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Build a RACI matrix', zh: '构建RACI责任分配矩阵' },
  },
  validateRaci: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'Validate a RACI matrix', zh: '校验RACI责任分配矩阵' },
  },
  pmoAnalyses: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'PMO capability map', zh: 'PMO能力地图' },
  },
  schedule: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Critical path schedule of a project', zh: '项目关键路径进度计算' },
  },
  schedulePortfolio: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Schedule a portfolio with inter-project dependencies', zh: '含项目间依赖的项目组合进度计算' },
  },
  criticalDependencies: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Critical dependencies between projects', zh: '项目之间的关键依赖' },
  },
  impactOfDelay: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Impact of a delay across projects', zh: '延误对各项目的影响' },
  },
  singlePointsOfFailure: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Single points of failure', zh: '单点故障识别' },
  },
  projectDependencyRanking: {
    module: 'pmo-kit/schedule',
    status: 'available',
    label: { en: 'Fan-in and fan-out ranking of projects', zh: '项目间依赖的扇入扇出排名' },
  },
  resourceLoading: {
    module: 'pmo-kit/resources',
    status: 'available',
    label: { en: 'Resource loading over time', zh: '资源负荷分析' },
  },
  overallocations: {
    module: 'pmo-kit/resources',
    status: 'available',
    label: { en: 'Overallocated resources', zh: '资源过度分配识别' },
  },
  levelResources: {
    module: 'pmo-kit/resources',
    status: 'available',
    label: { en: 'Resource leveling', zh: '资源平衡' },
  },
  analyzeRisks: {
    module: 'pmo-kit/risk',
    status: 'available',
    label: { en: 'Risk register analysis and heat map', zh: '风险登记册分析与热力图' },
  },
  simulateRisk: {
    module: 'pmo-kit/risk',
    status: 'available',
    label: { en: 'Monte Carlo risk simulation', zh: '蒙特卡洛风险模拟' },
  },
  earnedValue: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Earned value analysis', zh: '挣值分析' },
  },
  earnedSchedule: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Earned schedule analysis', zh: '挣得进度分析' },
  },
  healthScore: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Project health score', zh: '项目健康度评分' },
  },
  portfolioKpis: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Portfolio KPIs', zh: '项目组合关键绩效指标' },
  },
  checkGovernance: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Governance compliance check', zh: '治理合规检查' },
  },
  assessMaturity: {
    module: 'pmo-kit/org',
    status: 'available',
    label: { en: 'PMO maturity assessment', zh: 'PMO成熟度评估' },
  },
  lessonsFor: {
    module: 'pmo-kit/performance',
    status: 'available',
    label: { en: 'Lessons learned relevant to a project', zh: '与项目相关的经验教训' },
  },
  allocateResources: {
    module: 'pmo-kit/portfolio',
    status: 'available',
    label: { en: 'Allocate shared resources across projects', zh: '跨项目分配共享资源' },
  },
  selectProjects: {
    module: 'pmo-kit/portfolio',
    status: 'available',
    label: { en: 'Select projects under constraints', zh: '约束条件下的项目选择' },
  },
  prioritizeProjects: {
    module: 'pmo-kit/portfolio',
    status: 'available',
    label: { en: 'Prioritize projects', zh: '项目优先级排序' },
  },
  readMspdi: {
    module: 'pmo-kit/io',
    status: 'available',
    label: { en: 'Read Microsoft Project XML (MSPDI)', zh: '读取Microsoft Project XML(MSPDI)文件' },
  },
  readPsplib: {
    module: 'pmo-kit/io',
    status: 'available',
    label: { en: 'Read PSPLIB scheduling instances', zh: '读取PSPLIB调度算例' },
  },
};

/**
 * Every library function a PMO can use, available or planned, in catalog order. This is the
 * single source that the capability map ({@link pmoAnalyses}) and the honesty test read.
 *
 * @example
 * ```ts
 * ANALYSES.filter((a) => a.status === 'available').map((a) => a.functionName);
 * ```
 */
export const ANALYSES: readonly AnalysisInfo[] = deepFreeze(
  (Object.keys(CATALOG) as AnalysisName[]).map((functionName) => ({ functionName, ...CATALOG[functionName] })),
);

/**
 * {@link ANALYSES} keyed by function name.
 *
 * @example
 * ```ts
 * ANALYSES_BY_NAME.get('schedulePortfolio')?.status; // 'planned'
 * ```
 */
export const ANALYSES_BY_NAME: ReadonlyMap<AnalysisName, AnalysisInfo> = new Map(ANALYSES.map((a) => [a.functionName, a]));

/**
 * The library functions that implement each PMO function, most central first. For example,
 * project integration (项目整合: inter-project dependencies and conflicts) is served by
 * `schedulePortfolio`, `criticalDependencies`, `impactOfDelay` and `singlePointsOfFailure`;
 * resource allocation (资源分配) by `allocateResources`, `levelResources`, `resourceLoading` and
 * `overallocations`; risk management (风险管理) by `analyzeRisks` and `simulateRisk`.
 *
 * @example
 * ```ts
 * PMO_FUNCTION_ANALYSES['project-selection']; // ['selectProjects', 'prioritizeProjects', 'schedulePortfolio']
 * ```
 */
export const PMO_FUNCTION_ANALYSES: { readonly [F in PmoFunction]: readonly AnalysisName[] } = deepFreeze({
  'methods-and-standards': ['parsePortfolio', 'safeParsePortfolio', 'parseOrganization', 'buildRaci', 'validateRaci'],
  'training-and-support': ['describeStructure', 'describePmoType', 'pmoResponsibilities', 'compareRoles', 'pmoAnalyses'],
  'resource-management': ['resourceLoading', 'overallocations', 'levelResources', 'singlePointsOfFailure'],
  'performance-monitoring': ['earnedValue', 'earnedSchedule', 'healthScore'],
  'resource-allocation': ['allocateResources', 'levelResources', 'resourceLoading', 'overallocations'],
  'standards-and-best-practices': ['safeParsePortfolio', 'safeParseOrganization', 'buildRaci', 'validateRaci', 'assessMaturity'],
  'project-integration': ['schedulePortfolio', 'criticalDependencies', 'impactOfDelay', 'singlePointsOfFailure', 'projectDependencyRanking'],
  'performance-evaluation': ['earnedValue', 'earnedSchedule', 'healthScore', 'portfolioKpis'],
  methodology: ['parsePortfolio', 'schedule', 'buildRaci', 'validateRaci', 'readMspdi'],
  'project-selection': ['selectProjects', 'prioritizeProjects', 'schedulePortfolio'],
  'lessons-learned': ['lessonsFor', 'readMspdi', 'earnedValue', 'earnedSchedule'],
  'risk-management': ['analyzeRisks', 'simulateRisk', 'impactOfDelay', 'singlePointsOfFailure'],
  'templates-and-tools': ['parsePortfolio', 'parseOrganization', 'readMspdi', 'readPsplib'],
  'governance-and-compliance': ['checkGovernance', 'checkAuthority', 'buildRaci', 'validateRaci', 'safeParsePortfolio', 'healthScore'],
  'direct-project-management': ['schedule', 'levelResources', 'earnedValue', 'simulateRisk', 'checkAuthority'],
});
