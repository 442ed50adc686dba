/** The words of `pmo demo` in English and Chinese, and the writer its sections print with. Private to the CLI. */
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';

/** The demo's labels. */
export const T = {
  title: { en: 'pmo-kit demo: the embedded sample portfolio', zh: 'pmo-kit 演示：内置示例项目组合' },
  organization: { en: 'Organization', zh: '组织' },
  structure: { en: 'Structure', zh: '组织结构' },
  characteristics: { en: 'Projects in this structure', zh: '该结构下的项目特征' },
  pmo: { en: 'PMO', zh: '项目管理办公室（PMO）' },
  lead: { en: 'Lead', zh: '负责人' },
  offers: { en: 'Functions offered', zh: '提供的职能' },
  responsibilities: { en: 'PMO responsibilities in this structure', zh: '该组织结构下PMO的职责' },
  goal: { en: 'Goal', zh: '目标' },
  versus: { en: 'PMO versus project manager', zh: 'PMO和项目经理的区别' },
  projects: { en: 'Projects', zh: '项目' },
  schedule: { en: 'Schedule (all projects scheduled together)', zh: '进度计划（所有项目统一排程）' },
  portfolioSpan: { en: 'Portfolio', zh: '项目组合' },
  workingDays: { en: 'working days, calendar', zh: '个工作日，日历' },
  criticalPath: { en: 'Critical path', zh: '关键路径' },
  criticalPaths: { en: 'Critical paths', zh: '关键路径' },
  noCriticalPath: { en: 'none', zh: '无' },
  criticalDeps: { en: 'Critical cross-project dependencies (ranked)', zh: '关键跨项目依赖（已排序）' },
  floatNote: {
    en: 'float: working days the predecessor can slip before its successor moves; driving: float <= 0',
    zh: '浮动时间：前置任务可延误而不推迟其后续任务的工作日数；驱动：浮动时间 <= 0',
  },
  colFinish: { en: 'finish', zh: '完成' },
  colDays: { en: 'working days', zh: '工作日' },
  colDeadline: { en: 'deadline', zh: '截止日期' },
  colCritical: { en: 'critical', zh: '关键' },
  colRank: { en: '#', zh: '#' },
  colDependency: { en: 'dependency', zh: '依赖关系' },
  colFloat: { en: 'float', zh: '浮动时间' },
  colDriving: { en: 'driving', zh: '驱动' },
  colOnPath: { en: 'on critical path', zh: '在关键路径上' },
  colPushes: { en: 'pushes', zh: '影响下游项目' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  resources: { en: 'Shared resources', zh: '共享资源' },
  risks: { en: 'Risk register', zh: '风险登记册' },
  earnedValue: { en: 'Earned value at each project’s latest status date', zh: '各项目最新状态日期的挣值' },
  colStatusDate: { en: 'status date', zh: '状态日期' },
  colPlanFinish: { en: 'planned finish', zh: '计划完成' },
  colForecastFinish: { en: 'forecast finish', zh: '预测完成' },
  colVariance: { en: 'variance', zh: '偏差' },
  evNote: {
    en: 'EAC = BAC/CPI; planned finish from the baseline (else the schedule without progress); forecast finish = plan start + IEAC(t) working days (earned schedule)',
    zh: 'EAC = BAC/CPI；计划完成取自基准（无基准时取不含进度的进度计划）；预测完成 = 计划开始 + IEAC(t) 个工作日（挣得进度）',
  },
  leveling: { en: 'Resource leveling across projects (shared pool)', zh: '跨项目资源平衡（共享资源池）' },
  allocation: { en: 'Allocation of the shared pool, next three months', zh: '共享资源池分配（未来三个月）' },
  window: { en: 'Window (after the status date)', zh: '计划窗口（状态日期之后）' },
  colProject: { en: 'project', zh: '项目' },
  colPeople: { en: 'who (skill, hours)', zh: '人员（技能，小时）' },
  unmetPerSkill: { en: 'Unmet demand per skill', zh: '各技能未满足的需求' },
  none: { en: 'none', zh: '无' },
  bottleneck: { en: 'Bottleneck skill', zh: '瓶颈技能' },
  perHour: { en: 'one more hour is worth', zh: '每多一小时的价值' },
  thenPrices: { en: 'then', zh: '其次' },
  objective: { en: 'Value of the plan', zh: '方案价值' },
  proven: { en: 'proven optimal', zh: '已证明最优' },
  notProven: { en: 'not proven optimal', zh: '未证明最优' },
  analyses: { en: 'Analyses for this PMO', zh: '该PMO应运行的分析' },
  available: { en: 'available', zh: '可用' },
  planned: { en: 'planned', zh: '计划中' },
  partial: { en: 'partly available', zh: '部分可用' },
  colId: { en: 'id', zh: '编号' },
  colName: { en: 'name', zh: '名称' },
  colStart: { en: 'start', zh: '开始' },
  colTasks: { en: 'tasks', zh: '任务数' },
  colMilestones: { en: 'milestones', zh: '里程碑' },
  colBudget: { en: 'budget', zh: '预算' },
  colPriority: { en: 'priority', zh: '优先级' },
  colManager: { en: 'manager', zh: '项目经理' },
  threats: { en: 'threats', zh: '威胁' },
  opportunities: { en: 'opportunities', zh: '机会' },
  open: { en: 'open', zh: '未关闭' },
  topThreats: { en: 'Top threats (rating, score on the 5×5 matrix)', zh: '最主要的威胁（等级，5×5矩阵得分）' },
  emv: { en: 'Expected monetary value of the open risks', zh: '未关闭风险的预期货币价值' },
  net: { en: 'net', zh: '净值' },
  low: { en: 'low', zh: '低' },
  medium: { en: 'medium', zh: '中' },
  high: { en: 'high', zh: '高' },
  unrated: { en: 'unrated', zh: '未评级' },
  people: { en: 'people', zh: '人' },
  units: { en: 'units', zh: '部门' },
  reportWritten: { en: 'Report of the sample (open it in a browser)', zh: '示例报告（请用浏览器打开）' },
  health: { en: 'Project health at the status date', zh: '状态日期的项目健康度' },
  kpis: { en: 'Portfolio KPIs', zh: '项目组合关键绩效指标' },
  kpiNote: { en: 'Definitions of the KPIs: pmo kpis examples/data/sample-portfolio.json', zh: '各指标的定义:pmo kpis examples/data/sample-portfolio.json --lang zh' },
  governance: { en: 'Governance check', zh: '治理合规检查' },
  maturity: { en: 'PMO maturity and next steps', zh: 'PMO成熟度与下一步' },
} satisfies Record<string, LocalizedText>;

/** A key of the demo's labels. */
export type DemoKey = keyof typeof T;

/** What every section of the demo prints with: the language, the lines so far, its labels and headings. */
export interface DemoWriter {
  readonly lang: Lang;
  /** The lines printed so far. */
  readonly out: string[];
  /** A label of the demo in the language. */
  readonly t: (key: DemoKey) => string;
  /** A localized text in the language. */
  readonly l: (text: LocalizedText) => string;
  /** A blank line, the heading, and a rule as wide as the heading (two columns per Chinese character, at most 72). */
  readonly heading: (text: string) => void;
}

/** A writer in `lang`, with no line yet. */
export function demoWriter(lang: Lang): DemoWriter {
  const out: string[] = [];
  return {
    lang,
    out,
    t: (key) => localize(T[key], lang),
    l: (text) => localize(text, lang),
    heading: (text) => {
      out.push('', text, '-'.repeat(Math.min(72, [...text].length * (lang === 'zh' ? 2 : 1))));
    },
  };
}

/** An amount as the demo prints it: `1,250,000 EUR`; `-` when undefined. */
export function demoMoney(currency: string | undefined): (n: number | undefined) => string {
  return (n) => (n === undefined ? '-' : `${n.toLocaleString('en-US')}${currency !== undefined ? ` ${currency}` : ''}`);
}
