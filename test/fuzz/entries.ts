/**
 * Every public function of pmo-kit with valid arguments: the fuzz suite mutates them (one to three
 * changes anywhere in the argument list, options included), the purity test freezes them. A
 * function exported by the package must be here or in {@link NOT_FUZZED}, with the reason: the
 * suite fails otherwise, so that a new function gets fuzzed.
 */
import * as api from '../../src/index.js';
import * as calendarEntry from '../../src/calendar/index.js';
import * as ioEntry from '../../src/io/index.js';
import * as modelEntry from '../../src/model/index.js';
import * as orgEntry from '../../src/org/index.js';
import * as performanceEntry from '../../src/performance/index.js';
import * as portfolioEntry from '../../src/portfolio/index.js';
import * as resourcesEntry from '../../src/resources/index.js';
import * as riskEntry from '../../src/risk/index.js';
import * as riskNodeEntry from '../../src/risk/node/index.js';
import * as scheduleEntry from '../../src/schedule/index.js';
import * as vizEntry from '../../src/viz/index.js';
import type { RaciAssignment } from '../../src/org/index.js';
import {
  ALLOCATION,
  CPM_NETWORK,
  CSV_FILES,
  MINIMAL,
  MINIMAL_SCHEDULE,
  MSPDI_TEXT,
  PRIORITIZATION,
  PSPLIB,
  PSPLIB_TEXT,
  RCMP,
  RCMP_TEXT,
  RCPSP,
  SAMPLE,
  SAMPLE_EV,
  SAMPLE_LOADING,
  SAMPLE_RISKS,
  SAMPLE_SCHEDULE,
  SELECTION,
} from './inputs.js';

/** A public function and valid arguments for it. */
export interface Entry {
  /** Fresh valid arguments (a new copy each call: the fuzzer changes them in place). */
  readonly args: () => unknown[];
  /** Calls the function. */
  readonly call: (args: unknown[]) => unknown;
  /** Base number of fuzz runs (default 40); slow functions take fewer. */
  readonly runs?: number;
}

const c = <T>(v: T): T => structuredClone(v);
const f = (fn: (...a: never[]) => unknown) => (args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args);

const ASSIGNMENTS: RaciAssignment[] = [
  { activity: 'approve baseline', responsible: ['p-schmidt'], accountable: 'p-ana', consulted: ['p-hansen'] },
  { activity: 'status report', responsible: ['p-schmidt'], accountable: 'p-schmidt' },
];
const CALENDAR = { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'], exceptions: [{ date: '2026-12-26', working: true }] };
const GRAPH = () => api.dependencyGraph(c(MINIMAL));
const key = api.taskKey('p1', 'a');
/** The planned durations of MINIMAL's compiled network, as a plain array (a typed array cannot be deep-frozen). */
const MINIMAL_DURATIONS = (): number[] => Array.from(api.compileSchedule(MINIMAL).durations);
/** Compiles, runs with the given durations and converts offsets: every method a caller reaches with its own values. */
const compileAndRun = (a: unknown[]): unknown => {
  const net = api.compileSchedule(a[0] as never, a[1] as never);
  const critical = new Uint8Array(net.taskCount);
  const finish = net.run(a[2] as never, { critical, totalFloat: new Float64Array(net.taskCount) });
  return [finish, net.finishDate(finish), net.startDate(a[3] as never), net.finishOffset(a[4] as never), [...critical]];
};
const MODEL_INPUTS: Record<string, () => unknown> = {
  Portfolio: () => c(SAMPLE),
  Project: () => c(SAMPLE.projects[0]),
  Organization: () => c(SAMPLE.organization),
  RiskRegister: () => ({ risks: c(SAMPLE.risks) }),
  Risk: () => c(SAMPLE.risks[0]),
  Calendar: () => c(CALENDAR),
  Resource: () => c(SAMPLE.resources[0]),
  ResourcePool: () => c(SAMPLE.pools[0]),
  Program: () => c(SAMPLE.programs[0]),
  StatusReport: () => c(SAMPLE.statusReports[0]),
  Baseline: () => c(SAMPLE.baselines[0]),
  AllocationProblem: () => c(ALLOCATION),
  SelectionProblem: () => c(SELECTION),
  PrioritizationProblem: () => c(PRIORITIZATION),
  Lesson: () => c(SAMPLE.lessons![0]),
  MaturityAssessment: () => c(SAMPLE.maturityAssessment),
};

const parsers: Record<string, Entry> = {};
for (const [model, input] of Object.entries(MODEL_INPUTS)) {
  for (const name of [`parse${model}`, `safeParse${model}`]) {
    const fn = (api as unknown as Record<string, (x: unknown) => unknown>)[name]!;
    parsers[name] = { args: () => [input()], call: (a) => fn(a[0]), runs: model === 'Portfolio' ? 30 : 40 };
  }
}

/** The fuzzed functions. */
export const ENTRIES: Record<string, Entry> = {
  ...parsers,
  toJsonSchema: { args: () => ['portfolio'], call: f(api.toJsonSchema) },
  formatPath: { args: () => [['projects', 0, 'tasks', 'a b']], call: f(api.formatPath) },
  // org
  localize: { args: () => [{ en: 'x', zh: '十' }, 'zh'], call: f(api.localize) },
  describeStructure: { args: () => ['weak-matrix'], call: f(api.describeStructure) },
  describePmoType: { args: () => ['controlling'], call: f(api.describePmoType) },
  pmoResponsibilities: { args: () => ['balanced-matrix', 'directive'], call: f(api.pmoResponsibilities) },
  compareRoles: { args: () => ['pmo', 'project-manager'], call: f(api.compareRoles) },
  checkAuthority: { args: () => [c(SAMPLE.organization), 'p-ana', 'approve-schedule-change'], call: f(api.checkAuthority) },
  buildRaci: { args: () => [c(SAMPLE.organization), c(ASSIGNMENTS), { people: 'all' }], call: f(api.buildRaci) },
  validateRaci: { args: () => [c(SAMPLE.organization), api.buildRaci(SAMPLE.organization!, ASSIGNMENTS)], call: f(api.validateRaci) },
  pmoAnalyses: { args: () => [c(SAMPLE.organization)], call: f(api.pmoAnalyses) },
  assessMaturity: { args: () => [c(SAMPLE.maturityAssessment), { organization: c(SAMPLE.organization), target: 4 }], call: f(api.assessMaturity) },
  // calendar
  compileCalendar: { args: () => [c(CALENDAR)], call: f(api.compileCalendar) },
  isWorkingDay: { args: () => [c(CALENDAR), '2026-03-02'], call: f(api.isWorkingDay) },
  addWorkingDays: { args: () => [c(CALENDAR), '2026-03-02', 12], call: f(api.addWorkingDays) },
  workingDaysBetween: { args: () => [c(CALENDAR), '2026-03-02', '2026-12-31'], call: f(api.workingDaysBetween) },
  nextWorkingDay: { args: () => [c(CALENDAR), '2026-12-25'], call: f(api.nextWorkingDay) },
  previousWorkingDay: { args: () => [c(CALENDAR), '2026-12-27'], call: f(api.previousWorkingDay) },
  workingDayOffset: { args: () => [c(CALENDAR), '2026-03-02', '2026-04-30'], call: f(api.workingDayOffset) },
  dateAtWorkingDayOffset: { args: () => [c(CALENDAR), '2026-03-02', -7], call: f(api.dateAtWorkingDayOffset) },
  // schedule
  schedule: { args: () => [c(SAMPLE.projects[0]), { calendars: c(SAMPLE.calendars), maxCriticalPaths: 3 }], call: f(api.schedule) },
  schedulePortfolio: { args: () => [c(SAMPLE), { nearCriticalThreshold: 2 }], call: f(api.schedulePortfolio) },
  scheduleColumns: { args: () => [c(SAMPLE_SCHEDULE)], call: f(api.scheduleColumns) },
  cpm: { args: () => [c(CPM_NETWORK), { maxCriticalPaths: 2 }], call: f(api.cpm) },
  cpmArrays: { args: () => [{ duration: [2, 3, 0], from: [0, 1], to: [1, 2], type: [1, 0], lag: [1, 0] }, { criticalThreshold: 0 }], call: f(api.cpmArrays) },
  taskKey: { args: () => ['p1', 'a/b'], call: f(api.taskKey) },
  parseTaskKey: { args: () => [key], call: f(api.parseTaskKey) },
  dependencyGraph: { args: () => [c(SAMPLE)], call: f(api.dependencyGraph) },
  downstreamTasks: { args: () => [GRAPH(), key], call: f(api.downstreamTasks) },
  upstreamTasks: { args: () => [GRAPH(), api.taskKey('p2', 'a')], call: f(api.upstreamTasks) },
  findCycle: { args: () => [GRAPH()], call: f(api.findCycle) },
  criticalDependencies: { args: () => [c(SAMPLE), { limit: 5 }], call: f(api.criticalDependencies) },
  impactOfDelay: { args: () => [c(MINIMAL), { projectId: 'p1', taskId: 'a', days: 3 }, { mode: 'start' }], call: f(api.impactOfDelay) },
  singlePointsOfFailure: { args: () => [c(MINIMAL), { minProjects: 1, days: 2 }], call: f(api.singlePointsOfFailure) },
  compileSchedule: { args: () => [c(MINIMAL), { criticalThreshold: 1, lateFinish: 'project' }, MINIMAL_DURATIONS(), 2, '2026-02-02'], call: compileAndRun },
  projectDependencyRanking: { args: () => [c(SAMPLE)], call: f(api.projectDependencyRanking) },
  // resources
  solveRcpsp: { args: () => [c(RCPSP), { schedules: 30, seed: 1 }], call: f(api.solveRcpsp) },
  generateSchedule: { args: () => [c(RCPSP), { scheme: 'parallel', justify: true }], call: f(api.generateSchedule) },
  verifySchedule: { args: () => [c(RCPSP), [0, 2, 6, 6]], call: f(api.verifySchedule) },
  resourceCapacity: { args: () => [c(MINIMAL), '2026-01-05', '2026-03-01', { calendarId: 'std' }], call: f(api.resourceCapacity) },
  resourceLoading: { args: () => [c(MINIMAL), c(MINIMAL_SCHEDULE), { by: 'week' }], call: f(api.resourceLoading) },
  overallocations: { args: () => [c(MINIMAL), c(MINIMAL_SCHEDULE), { by: 'day' }], call: f(api.overallocations) },
  levelResources: { args: () => [c(MINIMAL), { schedules: 20, seed: 3 }], call: f(api.levelResources), runs: 25 },
  // portfolio
  allocateResourcesSync: { args: () => [c(ALLOCATION)], call: f(api.allocateResourcesSync) },
  allocateResources: { args: () => [c(ALLOCATION), { timeLimit: 2 }], call: f(api.allocateResources), runs: 10 },
  selectProjects: { args: () => [c(SELECTION), { timeLimit: 2 }], call: f(api.selectProjects), runs: 10 },
  efficientFrontier: { args: () => [c(SELECTION), { min: 0, max: 120, step: 40, timeLimit: 2 }], call: f(api.efficientFrontier), runs: 6 },
  prioritizeProjects: { args: () => [c(PRIORITIZATION)], call: f(api.prioritizeProjects) },
  ahpWeights: { args: () => [[[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]], call: f(api.ahpWeights) },
  npv: { args: () => [0.08, [-100, 30, 40, 50, 60]], call: f(api.npv) },
  irr: { args: () => [[-100, 30, 40, 50, 60]], call: f(api.irr) },
  discountedPayback: { args: () => [0.08, [-100, 30, 40, 50, 60]], call: f(api.discountedPayback) },
  strategicAlignment: { args: () => [c(SAMPLE), { selected: ['wms'] }], call: f(api.strategicAlignment) },
  // performance
  earnedValue: { args: () => [{ bac: 100, pv: 50, ev: 40, ac: 45 }], call: f(api.earnedValue) },
  earnedSchedule: { args: () => [{ pvCumulative: [10, 25, 50, 80, 100], ev: 40, actualTime: 4 }], call: f(api.earnedSchedule) },
  earnedValueAnalysis: { args: () => [c(SAMPLE), { by: 'week' }], call: f(api.earnedValueAnalysis), runs: 25 },
  healthScore: { args: () => [c(SAMPLE), { previousStatusDate: '2026-03-31' }], call: f(api.healthScore), runs: 25 },
  portfolioKpis: { args: () => [c(SAMPLE)], call: f(api.portfolioKpis), runs: 25 },
  checkGovernance: { args: () => [c(SAMPLE), { pmoType: 'directive' }], call: f(api.checkGovernance) },
  lessonsFor: { args: () => [c(SAMPLE), 'tel', { limit: 3 }], call: f(api.lessonsFor) },
  searchLessons: { args: () => [c(SAMPLE.lessons!), { tags: ['vendor'], text: 'test' }], call: f(api.searchLessons) },
  // risk
  analyzeRisks: { args: () => [c(SAMPLE), { today: '2026-04-30', top: 3 }], call: f(api.analyzeRisks) },
  compareRiskRegisters: { args: () => [c(SAMPLE), { risks: c(SAMPLE.risks.slice(1)) }], call: f(api.compareRiskRegisters) },
  rateRisk: { args: () => [{ probability: 0.3, impact: { days: 10, cost: 5000 } }, { budget: 100000 }], call: f(api.rateRisk) },
  simulateRisk: {
    args: () => [c(SAMPLE), { iterations: 30, seed: 7, distribution: 'triangular', date: '2026-12-18', confidence: 0.8, bins: 5, criticalThreshold: 0.5 }],
    call: f(api.simulateRisk),
    runs: 20,
  },
  riskMatrix: { args: () => [{ probabilityEdges: [0.1, 0.3, 0.5, 0.7] }], call: f(api.riskMatrix) },
  // io
  readMspdi: { args: () => [MSPDI_TEXT], call: f(api.readMspdi), runs: 25 },
  readMspdiDetails: { args: () => [MSPDI_TEXT], call: f(api.readMspdiDetails), runs: 25 },
  writeMspdi: { args: () => [c(SAMPLE), { projectId: 'wms', minutesPerDay: 420 }], call: f(api.writeMspdi) },
  readPsplib: { args: () => [PSPLIB_TEXT, { name: 'tiny' }], call: f(api.readPsplib) },
  psplibToPortfolio: { args: () => [c(PSPLIB), { startDate: '2026-01-05' }], call: f(api.psplibToPortfolio) },
  psplibToRcpsp: { args: () => [c(PSPLIB)], call: f(api.psplibToRcpsp) },
  readRcmp: { args: () => [RCMP_TEXT], call: f(api.readRcmp) },
  rcmpToPortfolio: { args: () => [c(RCMP)], call: f(api.rcmpToPortfolio) },
  rcmpToRcpsp: { args: () => [c(RCMP)], call: f(api.rcmpToRcpsp) },
  detectFormat: { args: () => [PSPLIB_TEXT], call: f(api.detectFormat) },
  readCsv: { args: () => [c(CSV_FILES), { dateFormat: 'iso' }], call: f(api.readCsv), runs: 25 },
  readCsvDetails: { args: () => [c(CSV_FILES)], call: f(api.readCsvDetails), runs: 25 },
  csvIssueLocation: { args: () => [{ file: 'tasks.csv', line: 3, column: 'Duration', code: 'x', message: 'bad' }], call: f(api.csvIssueLocation) },
  toMermaidFlowchart: { args: () => [c(MINIMAL), c(MINIMAL_SCHEDULE), { direction: 'TB' }], call: f(api.toMermaidFlowchart) },
  toMermaidGantt: { args: () => [c(MINIMAL.projects[0]), c(MINIMAL_SCHEDULE), { title: 'T' }], call: f(api.toMermaidGantt) },
  toDot: { args: () => [c(MINIMAL), c(MINIMAL_SCHEDULE)], call: f(api.toDot) },
  // viz
  ganttChart: { args: () => [c(MINIMAL_SCHEDULE), { portfolio: c(MINIMAL) }], call: f(api.ganttChart), runs: 25 },
  networkChart: { args: () => [c(MINIMAL), c(MINIMAL_SCHEDULE)], call: f(api.networkChart), runs: 25 },
  resourceLoadChart: { args: () => [c(SAMPLE_LOADING), SAMPLE_LOADING.resources[0]!.id], call: f(api.resourceLoadChart), runs: 25 },
  earnedValueChart: { args: () => [c(SAMPLE_EV), { projectId: 'wms' }], call: f(api.earnedValueChart), runs: 25 },
  portfolioBubbleChart: { args: () => [[{ id: 'wms', name: 'WMS', value: 950000, cost: 335000, risk: 28000 }, { id: 'crm', value: 300000, cost: 250000, risk: 0 }], { selected: ['wms'] }], call: f(api.portfolioBubbleChart) },
  riskHeatMap: { args: () => [c(SAMPLE_RISKS.heatMap), { kind: 'opportunities' }], call: f(api.riskHeatMap) },
  finishHistogram: { args: () => [{ bins: [{ from: 100, to: 105, count: 120 }, { from: 105, to: 110, count: 610 }], percentiles: [{ p: 50, value: 105.9 }], deadline: 110, planned: 101 }], call: f(api.finishHistogram) },
  tornadoChart: { args: () => [[{ label: 'Vendor', value: -0.08 }, { label: 'ERP', value: 0.62 }], { maxBars: 5 }], call: f(api.tornadoChart) },
  maturityRadar: { args: () => [[{ axis: 'Standards', level: 3, target: 4 }, { axis: 'Resources', level: 2 }, { axis: 'Reporting', level: 4 }], { maxLevel: 5 }], call: f(api.maturityRadar) },
  pmoReport: { args: () => [c(MINIMAL), { leveling: { schedules: 20 } }], call: f(api.pmoReport), runs: 12 },
  reportHtml: { args: () => [api.pmoReport(MINIMAL, { leveling: { schedules: 20 } })], call: f(api.reportHtml), runs: 15 },
  reportMarkdown: { args: () => [api.pmoReport(MINIMAL, { leveling: { schedules: 20 } })], call: f(api.reportMarkdown), runs: 15 },
};

/** Exported functions the suite does not fuzz, and why. */
export const NOT_FUZZED: Record<string, string> = {
  PmoError: 'an error class: constructed by the library',
  PmoValidationError: 'an error class: constructed by the library',
  CycleError: 'an error class: constructed by the library',
  DeadlineError: 'an error class: constructed by the library',
  CsvImportError: 'an error class: constructed by the library',
  simulateRiskParallel:
    'pmo-kit/risk/node: simulateRisk (fuzzed) on worker threads; it checks the portfolio and options with the same code (simPlan) before any worker starts, and starting workers for hundreds of fuzz runs would dominate the suite (test/risk covers it)',
  WorkingCalendar: 'a class built by compileCalendar (fuzzed), its constructor takes compiled tables',
};

/** The entry points of the package (package.json `exports`): the root and each subpath. */
export const ENTRY_POINTS: Record<string, object> = {
  'pmo-kit': api,
  'pmo-kit/model': modelEntry,
  'pmo-kit/org': orgEntry,
  'pmo-kit/calendar': calendarEntry,
  'pmo-kit/schedule': scheduleEntry,
  'pmo-kit/resources': resourcesEntry,
  'pmo-kit/portfolio': portfolioEntry,
  'pmo-kit/performance': performanceEntry,
  'pmo-kit/risk': riskEntry,
  'pmo-kit/risk/node': riskNodeEntry,
  'pmo-kit/io': ioEntry,
  'pmo-kit/viz': vizEntry,
};

/** The names of every function (and class) an entry point of the package exports; each one must be the root's too (but those of the Node-only `pmo-kit/risk/node`). */
export function exportedFunctions(): string[] {
  const names = new Set<string>();
  for (const [entry, mod] of Object.entries(ENTRY_POINTS))
    for (const [k, v] of Object.entries(mod))
      if (typeof v === 'function') {
        // pmo-kit/risk/node (Node only, worker threads) is deliberately not in the root entry.
        if (entry !== 'pmo-kit/risk/node' && (api as Record<string, unknown>)[k] !== v) throw new Error(`${entry} exports ${k}, which the root entry does not export as the same function: fuzz it separately`);
        names.add(k);
      }
  return [...names].sort();
}
