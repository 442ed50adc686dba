/** The summary of a Monte Carlo simulation as text lines, for `pmo simulate` and `pmo demo`. */
import type { Lang } from '../../org/types.js';
import type { SimulateRiskResult, SimulatedTask } from '../../risk/simulationTypes.js';
import { pushAll } from '../../internal/bulk.js';
import { table } from '../format.js';

const LABELS = {
  en: {
    runs: (n: number, seed: number, dist: string) => `${n.toLocaleString('en-US')} iterations, seed ${seed}, ${dist} durations`,
    deterministic: 'deterministic finish',
    finish: (p: string) => `${p} finish`,
    days: 'working days',
    vs: (d: string) => `${d} vs the plan`,
    mean: (m: string, sd: string) => `mean ${m}, standard deviation ${sd} working days`,
    contingency: (c: string, d: string) => `contingency at ${c}: ${d} working days`,
    pert: (m: string, sd: string) => `analytic PERT on the deterministic critical path: mean ${m}, standard deviation ${sd} (no merge bias)`,
    probability: (date: string, p: string, pert: string) => `P(finish by ${date}) = ${p} (PERT: ${pert})`,
    drivers: 'Top drivers (Spearman sensitivity of the finish to the task duration)',
    critical: 'Most often critical',
    colTask: 'task',
    colCriticality: 'criticality',
    colSensitivity: 'sensitivity',
    colMean: 'mean days',
    cost: (p50: string, p80: string, det: string) => `cost P50 ${p50}, P80 ${p80} (plan ${det})`,
    title: 'Monte Carlo schedule risk (simulateRisk: estimates and risk events)',
  },
  zh: {
    runs: (n: number, seed: number, dist: string) => `${n.toLocaleString('en-US')} 次迭代，种子 ${seed}，工期分布 ${dist}`,
    deterministic: '确定性完工',
    finish: (p: string) => `${p} 完工`,
    days: '工作日',
    vs: (d: string) => `较计划 ${d}`,
    mean: (m: string, sd: string) => `均值 ${m}，标准差 ${sd} 个工作日`,
    contingency: (c: string, d: string) => `${c} 置信度所需进度储备：${d} 个工作日`,
    pert: (m: string, sd: string) => `确定性关键路径上的 PERT 解析解：均值 ${m}，标准差 ${sd}（未计合并偏差）`,
    probability: (date: string, p: string, pert: string) => `${date} 前完工的概率 = ${p}（PERT：${pert}）`,
    drivers: '主要驱动任务（完工对任务工期的 Spearman 敏感度）',
    critical: '最常处于关键路径',
    colTask: '任务',
    colCriticality: '关键度',
    colSensitivity: '敏感度',
    colMean: '平均工期',
    cost: (p50: string, p80: string, det: string) => `成本 P50 ${p50}，P80 ${p80}（计划 ${det}）`,
    title: '蒙特卡洛进度风险（simulateRisk：三点估算与风险事件）',
  },
} as const;

/** Options of {@link simulationLines}. */
export interface SimulationLinesOptions {
  readonly lang?: Lang;
  /** How many drivers to list (by criticality, then sensitivity). Default 5. */
  readonly top?: number;
  /** Currency of the cost line; no cost line when `null`. Default: a cost line without currency. */
  readonly currency?: string | null;
}

const one = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);
const signedDays = (x: number): string => `${x >= 0 ? '+' : ''}${one(x)}`;
const percent = (x: number): string => `${Math.round(x * 1000) / 10} %`;

/**
 * The P50 and P80 finish against the deterministic one, the contingency, the PERT answer, the
 * probability of the date (when asked), the cost percentiles, the tasks most often critical and
 * the top drivers by sensitivity.
 */
export function simulationLines(r: SimulateRiskResult, options: SimulationLinesOptions = {}): string[] {
  const L = LABELS[options.lang ?? 'en'];
  const f = r.finish;
  const out = [
    L.runs(r.iterations, r.seed, r.distribution),
    `${L.deterministic}: ${r.deterministicFinishDate} (${one(r.deterministicDuration)} ${L.days})`,
    `${L.finish('P50')}: ${f.dates.p50} (${one(f.percentiles.p50)}, ${L.vs(signedDays(f.percentiles.p50 - r.deterministicDuration))})`,
    `${L.finish('P80')}: ${f.dates.p80} (${one(f.percentiles.p80)}, ${L.vs(signedDays(f.percentiles.p80 - r.deterministicDuration))})`,
    L.mean(one(f.mean), one(f.stdDev)),
    L.contingency(`P${Math.round(r.contingency.confidence * 100)}`, one(r.contingency.days)),
  ];
  if (r.pert !== null) out.push(L.pert(one(r.pert.mean), one(r.pert.stdDev)));
  if (r.probabilityOfDate !== null) out.push(L.probability(r.probabilityOfDate.date, percent(r.probabilityOfDate.probability), r.pert?.probability == null ? '-' : percent(r.pert.probability)));
  if (r.cost !== null && options.currency !== null) {
    const money = (x: number) => `${Math.round(x).toLocaleString('en-US')}${options.currency === undefined ? '' : ` ${options.currency}`}`;
    out.push(L.cost(money(r.cost.percentiles.p50), money(r.cost.percentiles.p80), money(r.cost.deterministic)));
  }
  const top = options.top ?? 5;
  const critical = mostCritical(r.tasks, top);
  if (critical.length > 0) out.push(`${L.critical}: ${critical.map((t) => `${t.id} ${percent(t.criticality)}`).join(', ')}`);
  const drivers = topDrivers(r.tasks, top);
  if (drivers.length > 0) {
    out.push(`${L.drivers}:`);
    pushAll(
      out,
      table(
        [L.colTask, L.colCriticality, L.colSensitivity, L.colMean],
        drivers.map((t) => [t.id, percent(t.criticality), t.sensitivity.toFixed(2), one(t.meanDuration)]),
        { align: ['left', 'right', 'right', 'right'] },
      ),
    );
  }
  return out;
}

const byId = (a: SimulatedTask, b: SimulatedTask): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The `top` tasks by sensitivity (the tornado's order: largest |sensitivity| first, then id); tasks without sensitivity are left out. */
export function topDrivers(tasks: readonly SimulatedTask[], top: number): SimulatedTask[] {
  return tasks
    .filter((t) => t.sensitivity !== 0)
    .sort((a, b) => Math.abs(b.sensitivity) - Math.abs(a.sensitivity) || byId(a, b))
    .slice(0, top);
}

/** The `top` tasks by criticality index (then id); tasks never critical are left out. */
export function mostCritical(tasks: readonly SimulatedTask[], top: number): SimulatedTask[] {
  return tasks
    .filter((t) => t.criticality > 0)
    .sort((a, b) => b.criticality - a.criticality || byId(a, b))
    .slice(0, top);
}

/** The demo's section: a blank line, a title (underlined as the demo's headings), and {@link simulationLines} with the three top drivers. */
export function demoSimulationLines(r: SimulateRiskResult, lang: Lang, currency: string | undefined): string[] {
  const title = LABELS[lang].title;
  return ['', title, '-'.repeat(Math.min(72, [...title].length * (lang === 'zh' ? 2 : 1))), ...simulationLines(r, { lang, top: 3, currency: currency ?? null })];
}
