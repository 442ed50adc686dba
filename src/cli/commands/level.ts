import { basename } from 'node:path';
import { PmoError, formatPath } from '../../errors.js';
import { detectFormat } from '../../io/detectFormat.js';
import { readMspdi } from '../../io/readMspdi.js';
import { readPsplib } from '../../io/readPsplib.js';
import { readRcmp } from '../../io/readRcmp.js';
import type { Portfolio } from '../../model/portfolio.js';
import { safeParsePortfolio } from '../../model/parse.js';
import { levelResources } from '../../resources/levelResources.js';
import { overallocations } from '../../resources/overallocations.js';
import { psplibToRcpsp } from '../../resources/psplibToRcpsp.js';
import { rcmpToRcpsp } from '../../resources/rcmpToRcpsp.js';
import { solveRcpsp } from '../../resources/solveRcpsp.js';
import type { LevelingResult } from '../../resources/levelingTypes.js';
import type { RcpspInstance, RcpspObjective } from '../../resources/types.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import { table } from '../format.js';
import { CliExit, parseJsonInput, readInput, type CliIo } from '../io.js';

/** Formats `pmo level` reads. */
export const LEVEL_FORMATS = ['auto', 'portfolio', 'psplib', 'rcmp'] as const;

/** Options of `pmo level`. */
export interface LevelCommandOptions {
  readonly format: (typeof LEVEL_FORMATS)[number];
  readonly schedules: number;
  readonly seed: number;
  readonly objective: RcpspObjective;
  readonly json: boolean;
}

/** One project of the `--json` output (the CLI contract: exactly these keys). */
interface LevelJsonProject {
  id: string;
  release: number;
  finish: number;
  criticalPathDuration: number;
  delay: number;
}

/** The `--json` output (the CLI contract: exactly these keys). */
interface LevelJson {
  makespan: number;
  lowerBound: number;
  schedules: number;
  starts: Record<string, number>;
  projects: LevelJsonProject[];
}

/** Parses the value of `--schedules` (an integer >= 1). */
export function parseSchedulesOption(value: string | undefined): number {
  if (value === undefined) return 5000;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 1e9)
    throw new CliExit(2, `pmo level: --schedules must be an integer from 1 to 1000000000, got "${value}"`);
  return n;
}

/** Parses the value of `--seed` (an integer). */
export function parseSeedOption(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new CliExit(2, `pmo level: --seed must be an integer, got "${value}"`);
  return n;
}

/** Parses the value of `--objective`. */
export function parseObjectiveOption(value: string | undefined): RcpspObjective {
  if (value === undefined) return 'makespan';
  if (value === 'makespan' || value === 'delay') return value;
  throw new CliExit(2, `pmo level: --objective must be makespan or delay, got "${value}"`);
}

/**
 * `pmo level <file> [--format auto|portfolio|psplib|rcmp] [--schedules N] [--seed S]
 * [--objective makespan|delay] [--json]`: resource leveling (RCPSP) of a portfolio JSON file, a
 * PSPLIB `.sm` file or an MPLIB `.rcmp` file. Exit 0 on success, 2 on a bad file or usage.
 */
export function levelCommand(io: CliIo, file: string, options: LevelCommandOptions): number {
  const name = file === '-' ? 'standard input' : file;
  const text = readInput(io, file);
  const format = options.format === 'auto' ? detectFormat(text) : options.format;
  const solveOptions = { schedules: options.schedules, seed: options.seed, objective: options.objective };
  try {
    switch (format) {
      case 'psplib':
        return single(io, name, psplibToRcpsp(readPsplib(text, { name })), 'PSPLIB instance', options);
      case 'rcmp':
        return single(io, name, rcmpToRcpsp(readRcmp(text, { name })), 'multi-project instance', options);
      case 'portfolio':
      case 'mspdi': {
        const portfolio = format === 'mspdi' ? readMspdi(text) : readPortfolio(text, file, name);
        return portfolioLevel(io, name, portfolio, options, solveOptions);
      }
      default:
        throw new CliExit(
          2,
          `pmo level: cannot tell the format of ${name}: expected a portfolio JSON, a PSPLIB .sm or an MPLIB .rcmp file; use --format portfolio|psplib|rcmp`,
        );
    }
  } catch (err) {
    if (err instanceof PmoError) throw new CliExit(2, `pmo level: ${name}: ${err.message}`);
    throw err;
  }
}

function readPortfolio(text: string, file: string, name: string): Portfolio {
  const r = safeParsePortfolio(parseJsonInput(text, file));
  if (r.success) return r.data;
  const issues = r.error.issues;
  const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more (run "pmo validate" for all)`);
  throw new CliExit(2, [`pmo level: ${name} is not a valid portfolio: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, ...lines].join('\n'));
}

/** PSPLIB and MPLIB: solve the instance as it is. */
function single(io: CliIo, name: string, instance: RcpspInstance, what: string, options: LevelCommandOptions): number {
  const s = solveRcpsp(instance, { schedules: options.schedules, seed: options.seed, objective: options.objective });
  const starts: Record<string, number> = {};
  instance.activities.forEach((a, i) => {
    starts[a.id] = s.starts[i]!;
  });
  const result: LevelJson = {
    makespan: s.makespan,
    lowerBound: s.lowerBound,
    schedules: s.schedules,
    starts,
    projects: s.projects.map((p) => ({ id: p.id, release: p.release, finish: p.finish, criticalPathDuration: p.criticalPathDuration, delay: p.delay })),
  };
  if (options.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${basename(name)}: ${what}, ${instance.activities.length} activities, ${instance.resources?.length ?? 0} resources, ${s.projects.length} project${s.projects.length === 1 ? '' : 's'}`,
    `leveled with ${s.schedules} schedules (seed ${options.seed}, objective ${options.objective})`,
    `makespan ${s.makespan} periods (lower bound ${s.lowerBound}, critical path ${s.criticalPathLength}); average project delay ${round(s.averageDelay)}`,
    '',
    ...table(
      ['project', 'release', 'finish', 'CP duration', 'delay'],
      s.projects.map((p) => [p.id, String(p.release), String(p.finish), String(p.criticalPathDuration), String(p.delay)]),
      { align: ['left', 'right', 'right', 'right', 'right'] },
    ),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

/** Portfolio: level, then compare over-allocations before and after. */
function portfolioLevel(io: CliIo, name: string, portfolio: Portfolio, options: LevelCommandOptions, solveOptions: { schedules: number; seed: number; objective: RcpspObjective }): number {
  const leveled = levelResources(portfolio, solveOptions);
  for (const w of leveled.warnings) io.err(`pmo level: ${name}: warning: ${w}\n`);
  if (options.json) {
    const starts: Record<string, number> = {};
    for (const t of leveled.tasks) starts[t.key] = t.start;
    const result: LevelJson = {
      makespan: leveled.makespan,
      lowerBound: leveled.lowerBound,
      schedules: leveled.schedules,
      starts,
      projects: leveled.projects.map((p) => ({ id: p.id, release: p.release, finish: p.finish, criticalPathDuration: p.criticalPathDuration, delay: p.delay })),
    };
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const head = `${basename(name)}: portfolio "${portfolio.name}", ${portfolio.projects.length} projects, ${leveled.instance.activities.length} tasks leveled on calendar ${leveled.calendarId}${leveled.unionAxis ? ' and the task calendars (offsets count the days any of them works)' : ''}`;
  io.out(`${[head, ...levelingReport(portfolio, leveled, 'en')].join('\n')}\n`);
  return 0;
}

const LABELS = {
  en: {
    with: (n: number, seed: number, objective: string) => `leveled with ${n} schedules (seed ${seed}, objective ${objective})`,
    finish: (f: string, u: string, m: number, s: string, lb: number, cp: number, d: string, union: boolean) =>
      `finish ${f} (unleveled ${u}); ${m} ${union ? 'days (working days of any task calendar)' : 'working days'} from ${s} (lower bound ${lb}, critical path ${cp}); average project delay ${d} days`,
    late: (n: number) => `; deadlines missed by ${n} task-days in total`,
    cols: ['project', 'start', 'unleveled finish', 'leveled finish', 'CP duration', 'delay', 'deadline'],
    lateMark: ' (late)',
    none: 'no resource is over-allocated, before or after leveling',
    over: 'over-allocated working days per resource:',
    overCols: ['resource', 'before', 'after'],
  },
  zh: {
    with: (n: number, seed: number, objective: string) => `资源平衡：生成 ${n} 个进度方案（种子 ${seed}，目标 ${objective === 'delay' ? '平均项目延误' : '总工期'}）`,
    finish: (f: string, u: string, m: number, s: string, lb: number, cp: number, d: string, union: boolean) =>
      `完成 ${f}（平衡前 ${u}）；自 ${s} 起 ${m} ${union ? '天（任一任务日历的工作日）' : '个工作日'}（下界 ${lb}，关键路径 ${cp}）；平均项目延误 ${d} ${union ? '天' : '个工作日'}`,
    late: (n: number) => `；截止日期共超出 ${n} 个任务工作日`,
    cols: ['项目', '开始', '平衡前完成', '平衡后完成', '关键路径工期', '延误', '截止日期'],
    lateMark: '（逾期）',
    none: '资源平衡前后均无资源过度分配',
    over: '各资源过度分配的工作日数：',
    overCols: ['资源', '平衡前', '平衡后'],
  },
} as const;

/**
 * The readable report of a leveled portfolio (for `pmo level` and `pmo demo`): schedules used,
 * finish and lower bound, each project's unleveled and leveled finish with its delay, and the
 * over-allocated working days of each resource before (early schedule) and after leveling.
 */
export function levelingReport(portfolio: Portfolio, leveled: LevelingResult, lang: 'en' | 'zh' = 'en'): string[] {
  const L = LABELS[lang];
  const cpm = schedulePortfolio(portfolio, { calendarId: leveled.calendarId });
  const before = overallocations(portfolio, cpm).filter((o) => o.kind === 'resource');
  const after = overallocations(portfolio, leveled).filter((o) => o.kind === 'resource');
  const days = (list: typeof before, id: string): number => list.filter((o) => o.id === id).reduce((n, o) => n + o.days, 0);
  const people = [...new Set([...before, ...after].map((o) => o.id))];
  const cpmFinish = new Map(cpm.projects.map((p) => [p.id, p.finish] as const));
  return [
    L.with(leveled.schedules, leveled.seed, leveled.objective),
    L.finish(leveled.finish, cpm.finish, leveled.makespan, leveled.start, leveled.lowerBound, leveled.criticalPathLength, round(leveled.averageDelay), leveled.unionAxis) +
      (leveled.lateness > 0 ? L.late(leveled.lateness) : ''),
    '',
    ...table(
      L.cols,
      leveled.projects.map((p) => [
        p.id,
        p.startDate,
        cpmFinish.get(p.id) ?? '',
        p.finishDate,
        String(p.criticalPathDuration),
        String(p.delay),
        p.deadline === undefined ? '' : `${p.deadline}${p.late ? L.lateMark : ''}`,
      ]),
      { align: ['left', 'left', 'left', 'left', 'right', 'right', 'left'] },
    ),
    '',
    people.length === 0 ? L.none : L.over,
    ...(people.length === 0 ? [] : table(L.overCols, people.map((id) => [id, String(days(before, id)), String(days(after, id))]), { align: ['left', 'right', 'right'] })),
  ];
}

const round = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));
