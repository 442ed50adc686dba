import { parsePortfolio } from '../../model/parse.js';
import type { Portfolio } from '../../model/portfolio.js';
import { compareRoles } from '../../org/compareRoles.js';
import { describePmoType } from '../../org/describePmoType.js';
import { describeStructure } from '../../org/describeStructure.js';
import { STRUCTURE_CHARACTERISTIC_LABELS } from '../../org/structures.js';
import { localize } from '../../org/localize.js';
import { pmoAnalyses } from '../../org/pmoAnalyses.js';
import { pmoResponsibilities } from '../../org/pmoResponsibilities.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import { criticalDependencies } from '../../schedule/analysis/criticalDependencies.js';
import { PMO_FUNCTION_INFO } from '../../org/pmo-functions.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { LANG_FLAG, booleanFlag, parseLang, stringFlag } from '../flags.js';
import { CliExit } from '../io.js';
import type { EarnedValueAnalysisResult } from '../../performance/analysisTypes.js';
import { pmoReport } from '../../viz/report/pmoReport.js';
import { DEFAULT_REPORT_DIR, writeReport } from './report.js';
import { table } from '../format.js';
import { readSample } from '../sample.js';
import { levelResources } from '../../resources/levelResources.js';
import { levelingReport } from '../output/levelingReport.js';
import { overallocations } from '../../resources/overallocations.js';
import { allocateResourcesSync } from '../../portfolio/allocateResourcesSync.js';
import type { AllocateResourcesResult } from '../../portfolio/allocationTypes.js';
import { earnedValueAnalysis } from '../../performance/earnedValueAnalysis.js';
import { healthScore } from '../../performance/healthScore.js';
import { portfolioKpis } from '../../performance/portfolioKpis.js';
import { checkGovernance } from '../../performance/checkGovernance.js';
import { assessMaturity } from '../../org/assessMaturity.js';
import { resourceLoading } from '../../resources/resourceLoading.js';
import { fixed, money, signed } from '../output/evmTables.js';
import { forecastLines } from '../output/forecastLines.js';
import { driverLines, healthLines } from '../output/healthText.js';
import { kpiLines } from '../output/kpiText.js';
import { governanceLines } from '../output/governanceText.js';
import { maturityLines } from '../output/maturityText.js';
import { heatMapReport } from '../output/riskHeatMap.js';
import { analyzeRisks } from '../../risk/analyzeRisks.js';
import { threatExposure } from '../riskExposure.js';

/** Schedules the demo's leveling may generate (seeded, deterministic). */
const DEMO_SCHEDULES = 1000;

const T = {
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

/** `--report DIR` (default `pmo-report`) or `--no-report` (`null`); both at once exit 2. */
function readReportDir(ctx: CommandContext): string | null {
  const dir = stringFlag(ctx, 'report');
  if (booleanFlag(ctx, 'no-report')) {
    if (dir !== undefined) throw new CliExit(2, 'pmo demo: give --report DIR or --no-report, not both');
    return null;
  }
  if (dir === '') throw new CliExit(2, 'pmo demo: --report must name a folder, got ""');
  return dir ?? DEFAULT_REPORT_DIR;
}

/** `pmo demo [--lang en|zh] [--report DIR | --no-report]`: a readable summary of the embedded sample portfolio, and its report. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'a tour of the embedded sample portfolio: organization, PMO, schedule, critical dependencies, leveling, earned value, risks, health, KPIs, governance, maturity; and its HTML report',
  usage: '[--lang en|zh] [--report DIR | --no-report]',
  positionals: { min: 0, max: 0, what: 'arguments' },
  flags: {
    lang: LANG_FLAG,
    report: { type: 'string', value: 'DIR', description: `write the HTML report of the sample into DIR/report.html (default ${DEFAULT_REPORT_DIR})` },
    'no-report': { type: 'boolean', description: 'print the tour only; write no report' },
  },
  examples: [
    { command: 'pmo demo', description: 'the tour in English, and pmo-report/report.html' },
    { command: 'pmo demo --lang zh --report /tmp/pmo', description: 'the tour and the report in Chinese, the report in /tmp/pmo' },
    { command: 'pmo demo --no-report', description: 'the tour alone' },
  ],
  notes: [
    'The sample is examples/data/sample-portfolio.json; leveling uses 1000 schedules and seed 1.',
    'After the tour the demo writes the PMO report of the sample (as pmo report does) and prints its path.',
  ],
  run: (ctx: CommandContext): number => runDemo(ctx, parseLang(ctx), readReportDir(ctx)),
};

function runDemo(ctx: CommandContext, lang: Lang, reportDir: string | null): number {
  const t = (key: keyof typeof T) => localize(T[key], lang);
  const l = (text: LocalizedText) => localize(text, lang);
  const out: string[] = [];
  const heading = (text: string) => out.push('', text, '-'.repeat(Math.min(72, [...text].length * (lang === 'zh' ? 2 : 1))));

  const portfolio = parsePortfolio(readSample(ctx.io, 'demo'));
  const org = portfolio.organization!;
  const people = new Map(org.people.map((p) => [p.id, p]));
  const personName = (id: string | undefined) => (id === undefined ? '-' : (people.get(id)?.name ?? id));

  out.push(t('title'), `${portfolio.name} (${portfolio.id})`);

  heading(t('organization'));
  const structure = describeStructure(org.structure);
  out.push(`${org.name}: ${org.people.length} ${t('people')}, ${org.units.length} ${t('units')}`);
  out.push(`${t('structure')}: ${l(structure.label)}. ${l(structure.description)}`);
  out.push(`${t('characteristics')}:`);
  for (const [key, c] of Object.entries(structure.characteristics) as [keyof typeof structure.characteristics, { text: LocalizedText }][])
    out.push(`  - ${l(STRUCTURE_CHARACTERISTIC_LABELS[key])}: ${l(c.text)}`);

  if (org.pmo !== undefined) {
    const pmo = org.pmo;
    const type = describePmoType(pmo.type);
    heading(`${t('pmo')}: ${pmo.name}`);
    out.push(`${l(type.label)} (${l(type.control)}). ${l(type.description)}`);
    out.push(`${t('lead')}: ${personName(pmo.leadId)}`);
    out.push(`${t('offers')}: ${pmo.functions.map((f) => l(PMO_FUNCTION_INFO[f].label)).join(', ')}`);

    heading(`${t('responsibilities')} (${l(structure.label)}, ${l(type.label)})`);
    for (const r of pmoResponsibilities(org.structure, pmo.type)) {
      out.push(`- ${l(r.label)}: ${l(r.description)}`);
      if (r.practice !== undefined) out.push(`    ${l(r.practice)}`);
    }
    out.push(`${t('goal')}: ${l(structure.pmoGoal)}`);
  }

  heading(t('versus'));
  const cmp = compareRoles('pmo', 'project-manager');
  for (const axis of cmp.axes) {
    out.push(`${l(axis.label)}:`);
    out.push(`  ${l(cmp.left.label)}: ${l(axis.left)}`);
    out.push(`  ${l(cmp.right.label)}: ${l(axis.right)}`);
  }
  out.push(l(cmp.common));

  heading(t('projects'));
  const money = (n: number | undefined) => (n === undefined ? '-' : `${n.toLocaleString('en-US')}${portfolio.currency !== undefined ? ` ${portfolio.currency}` : ''}`);
  out.push(
    ...table(
      [t('colId'), t('colName'), t('colStart'), t('colTasks'), t('colMilestones'), t('colBudget'), t('colPriority'), t('colManager')],
      portfolio.projects.map((p) => [
        p.id,
        p.name,
        p.start,
        String(p.tasks.length),
        String(p.tasks.filter((x) => x.milestone).length),
        money(p.budget),
        p.priority === undefined ? '-' : String(p.priority),
        personName(p.managerId),
      ]),
      { align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'] },
    ),
  );

  // The schedule engine and the integration analyses compute; the demo only prints.
  const schedule = schedulePortfolio(portfolio, { progress: 'plan' });
  const yesNo = (b: boolean) => t(b ? 'yes' : 'no');
  heading(t('schedule'));
  const deadlines = new Map(portfolio.projects.map((p) => [p.id, p.deadline]));
  out.push(
    ...table(
      [t('colId'), t('colStart'), t('colFinish'), t('colDays'), t('colDeadline'), t('colCritical')],
      schedule.projects.map((p) => [p.id, p.startDate, p.finishDate, String(p.duration), deadlines.get(p.id) ?? '-', p.critical ? '*' : '']),
      { align: ['left', 'left', 'left', 'right', 'left', 'left'] },
    ),
  );
  out.push(`${t('portfolioSpan')}: ${schedule.startDate} – ${schedule.finishDate}, ${schedule.duration} ${t('workingDays')} ${schedule.calendarId}`);

  heading(schedule.criticalPaths.length > 1 ? `${t('criticalPaths')} (${schedule.criticalPaths.length})` : t('criticalPath'));
  const byKey = new Map(schedule.tasks.map((x) => [x.key, x]));
  if (schedule.criticalPaths.length === 0) out.push(t('noCriticalPath'));
  schedule.criticalPaths.forEach((path, i) => {
    // Task names, each run of tasks of one project introduced by its id: "[tel] A → B → [wms] C".
    let project = '';
    const steps = path.map((key) => {
      const task = byKey.get(key)!;
      const step = task.projectId === project ? task.name : `[${task.projectId}] ${task.name}`;
      project = task.projectId;
      return step;
    });
    out.push(...wrap(`${i + 1}. `, steps, ' → ', 100));
  });

  heading(t('criticalDeps'));
  const lagText = (lag: number) => (lag !== 0 ? ` ${lag > 0 ? '+' : ''}${lag}d` : '');
  out.push(
    ...table(
      [t('colRank'), t('colDependency'), t('colFloat'), t('colDriving'), t('colOnPath'), t('colPushes')],
      criticalDependencies(portfolio, { schedule }).map((d, i) => [
        String(i + 1),
        `${d.fromProject}/${d.from} -> ${d.toProject}/${d.to} (${d.type}${lagText(d.lag)})`,
        String(d.float),
        yesNo(d.driving),
        yesNo(d.critical),
        d.downstreamProjects.join(', '),
      ]),
      { align: ['right', 'left', 'right', 'left', 'left', 'left'] },
    ),
  );
  out.push(t('floatNote'));

  heading(t('resources'));
  out.push(
    `${portfolio.resources.length} resources in ${portfolio.pools.length} pools: ` +
      portfolio.pools.map((p) => `${p.name} (${p.resourceIds.length})`).join(', '),
  );

  heading(t('leveling'));
  // One early schedule for the whole tour: the leveling runs on its calendar and is compared with it.
  const leveled = levelResources(portfolio, { schedules: DEMO_SCHEDULES, seed: 1, schedule });
  // The early schedule's over-allocations (by day): the leveling report's "before", the health scores' and the report's.
  const earlyOverallocations = overallocations(portfolio, schedule);
  const over = { before: earlyOverallocations, after: overallocations(portfolio, leveled) };
  out.push(...levelingReport(portfolio, leveled, schedule, lang, over));

  heading(t('allocation'));
  const allocation = allocateResourcesSync(portfolio, { schedule });
  out.push(...allocationLines(allocation, portfolio.projects.map((p) => p.id), t, money));

  heading(t('earnedValue'));
  // One earned value analysis for the tour: the earned value table, the health scores and the KPIs.
  const eva = earnedValueAnalysis(portfolio);
  out.push(...earnedValueLines(portfolio, eva, lang));
  out.push(...forecastLines(portfolio, eva.statusDate, lang, schedule));

  heading(t('risks'));
  const threats = portfolio.risks.filter((r) => r.kind === 'threat');
  const open = portfolio.risks.filter((r) => r.status === 'open' || r.status === 'monitoring');
  out.push(`${portfolio.risks.length}: ${threats.length} ${t('threats')}, ${portfolio.risks.length - threats.length} ${t('opportunities')}; ${open.length} ${t('open')}`);
  const risks = analyzeRisks(portfolio, { top: 3 });
  const rated = new Map(risks.risks.map((r) => [r.id, r]));
  const e = risks.exposure.portfolio;
  out.push(`${t('topThreats')}: ${risks.top.threats.map((id) => `${id} (${t(rated.get(id)!.current.rating ?? 'unrated')}, ${rated.get(id)!.current.score ?? '-'})`).join(', ')}`);
  out.push(`${t('emv')}: ${t('threats')} ${money(-e.threatEmv)}, ${t('opportunities')} +${money(e.opportunityEmv)}, ${t('net')} ${money(e.netEmv)}`);
  out.push(...heatMapReport(risks.heatMap, lang));

  heading(`${t('health')} ${eva.statusDate}`);
  const health = healthScore(portfolio, { earnedValue: eva, overallocations: earlyOverallocations, riskExposure: threatExposure(risks) });
  out.push(...healthLines(health, lang), ...driverLines(health, lang));

  heading(t('kpis'));
  out.push(...kpiLines(portfolioKpis(portfolio, { earnedValue: eva, health, resourceLoading: resourceLoading(portfolio, schedule, { by: 'week' }) }), lang), t('kpiNote'));

  heading(t('governance'));
  out.push(...governanceLines(checkGovernance(portfolio, { statusDate: eva.statusDate }), lang));

  if (portfolio.maturityAssessment !== undefined) {
    heading(t('maturity'));
    out.push(...maturityLines(assessMaturity(portfolio.maturityAssessment, { organization: org }), lang));
  }

  heading(t('analyses'));
  const report = pmoAnalyses(org);
  for (const f of report.functions) {
    out.push(`- ${l(f.label)} [${t(f.status)}]`);
    for (const a of f.analyses) out.push(`    ${a.status === 'available' ? '✓' : '·'} ${a.functionName} (${a.module}): ${l(a.label)}`);
  }
  out.push('', `${report.available.length} ${t('available')}, ${report.planned.length} ${t('planned')}`);

  ctx.io.out(`${out.join('\n')}\n`);

  // The report of the same analyses (nothing is computed twice), after the summary.
  if (reportDir !== null) {
    const pmo = pmoReport(portfolio, { lang, schedule, leveled, overallocations: over, allocation, earnedValue: eva, risks });
    const written = writeReport(ctx.io, 'demo', reportDir, 'html', pmo);
    ctx.io.out(`\n${t('reportWritten')}: ${written.files[0]!}\n`);
  }
  return 0;
}

/** The demo's allocation section: the plan per project, unmet demand per skill, the bottleneck skill. */
function allocationLines(
  r: AllocateResourcesResult,
  projectOrder: readonly string[],
  t: (key: keyof typeof T) => string,
  money: (n: number | undefined) => string,
): string[] {
  const out = [`${t('window')}: ${r.window!.from} – ${r.window!.to}`, `${t('objective')}: ${money(Math.round(r.objective))} (${t(r.optimal ? 'proven' : 'notProven')})`];
  const byProject = new Map<string, string[]>(projectOrder.map((id) => [id, []]));
  for (const a of r.assignments) {
    let list = byProject.get(a.projectId);
    if (list === undefined) byProject.set(a.projectId, (list = []));
    list.push(`${a.personId} (${a.skill}, ${Math.round(a.hours)} h)`);
  }
  out.push(...table([t('colProject'), t('colPeople')], [...byProject].filter(([, list]) => list.length > 0).map(([id, list]) => [id, list.join(', ')])));
  const unmet = new Map<string, number>();
  for (const u of r.unmet) unmet.set(u.skill, (unmet.get(u.skill) ?? 0) + u.hours);
  out.push(`${t('unmetPerSkill')}: ${unmet.size === 0 ? t('none') : [...unmet].map(([s, h]) => `${s} ${Math.round(h)} h`).join(', ')}`);
  const prices = Object.entries(r.shadowPrices ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const others = prices.slice(1, 4).map(([s, v]) => `${s} ${money(v)}`);
  out.push(
    r.bottleneck === null || r.bottleneck === undefined
      ? `${t('bottleneck')}: ${t('none')}`
      : `${t('bottleneck')}: ${r.bottleneck} (${t('perHour')} ${money(prices[0]![1])}${others.length > 0 ? `; ${t('thenPrices')} ${others.join(', ')}` : ''})`,
  );
  return out;
}

/** Each project at its latest status date (its latest status report, else the portfolio's latest date), and the total. */
function earnedValueLines(portfolio: Portfolio, all: EarnedValueAnalysisResult, lang: Lang): string[] {
  const t = (key: keyof typeof T) => localize(T[key], lang);
  const latest = (id: string) => portfolio.statusReports.filter((r) => r.projectId === id).reduce<string | undefined>((m, r) => (m === undefined || r.date > m ? r.date : m), undefined);
  // One analysis when every project's latest status date is the portfolio's (as in the sample).
  const rows = all.projects.map((x) => {
    const date = latest(x.projectId);
    const own = date === undefined || date === all.statusDate ? x : earnedValueAnalysis(portfolio, { projectId: x.projectId, statusDate: date }).projects[0]!;
    return { id: own.projectId, date: own.dataDate, m: own.measures, s: own.schedule };
  });
  if (all.portfolio !== null) rows.push({ id: localize(T.portfolioSpan, lang).toLowerCase(), date: all.statusDate, m: all.portfolio.measures, s: all.portfolio.schedule });
  return [
    ...table(
      [t('colId'), t('colStatusDate'), 'SPI', 'CPI', 'SPI(t)', `EAC${portfolio.currency !== undefined ? ` (${portfolio.currency})` : ''}`, t('colPlanFinish'), t('colForecastFinish'), t('colVariance')],
      rows.map((r) => [r.id, r.date, fixed(r.m.spi), fixed(r.m.cpi), fixed(r.s?.spit ?? null), money(r.m.eacTypical), r.s?.plannedFinishDate ?? '-', r.s?.forecastFinishDate ?? '-', signed(r.s?.finishVariance ?? null)]),
      { align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'right'] },
    ),
    t('evNote'),
  ];
}

/** Joins items with a separator into lines of at most `width` columns (items are never split). */
function wrap(first: string, items: readonly string[], sep: string, width: number): string[] {
  const indent = ' '.repeat(first.length);
  const lines: string[] = [];
  let line = first;
  items.forEach((item, i) => {
    const piece = i === 0 ? item : `${sep}${item}`;
    if (i > 0 && [...line].length + [...piece].length > width) {
      lines.push(line);
      line = `${indent}${piece.trimStart()}`;
    } else line += piece;
  });
  lines.push(line);
  return lines;
}
