/** What allocateResources and allocateResourcesSync share: reading the input, the result. Private. */
import { PmoError } from '../../errors.js';
import { isObject } from '../../internal/guards.js';
import { show } from '../../internal/show.js';
import type { AllocationProblem } from '../../model/allocation.js';
import { safeParseAllocationProblem } from '../../model/parse-optimization.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { AllocateResourcesOptions, AllocationAssignment, AllocateResourcesResult, UnmetDemand } from '../allocationTypes.js';
import { limitedGroups } from './allocationMip.js';
import { denseAllocation, type DenseAllocation } from './denseAllocation.js';
import { marginalValues } from './marginalValues.js';
import { portfolioAllocation, type PortfolioAllocation } from './portfolioAllocation.js';
import { clean } from './numbers.js';
import { solveTransportation } from './transportation.js';
import { isPortfolio, validPortfolio } from './isPortfolio.js';
import { readWindow } from './window.js';

/** An allocation input, read and made dense. */
export interface PreparedAllocation {
  readonly dense: DenseAllocation;
  readonly portfolio: PortfolioAllocation | undefined;
  /** Whether the options make it a MIP (a minimum chunk, or someone who could work on more projects than allowed). */
  readonly needsMip: boolean;
  readonly timeLimit: number;
  readonly mipGap: number;
}

const OPTION_KEYS = new Set(['from', 'to', 'value', 'schedule', 'maxProjectsPerPerson', 'minChunk', 'integerHours', 'timeLimit', 'mipGap']);

/** Reads the input (an allocation problem or a portfolio) and the options. */
export function prepareAllocation(fn: string, input: AllocationProblem | Portfolio, options: AllocateResourcesOptions | undefined): PreparedAllocation {
  const o = readOptions(fn, options);
  let problem: AllocationProblem;
  let fromPortfolio: PortfolioAllocation | undefined;
  if (isPortfolio(input, ['people', 'demands', 'options'])) {
    const portfolio = validPortfolio(input);
    fromPortfolio = portfolioAllocation(fn, portfolio, readWindow(fn, portfolio, o.from, o.to), o.value, o.schedule);
    problem = fromPortfolio.problem;
  } else {
    if (o.from !== undefined || o.to !== undefined || o.value !== undefined || o.schedule !== undefined)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.from, options.to, options.value and options.schedule apply to portfolios only`);
    const r = safeParseAllocationProblem(input);
    if (!r.success) throw r.error;
    problem = r.data;
  }
  const merged = {
    ...problem.options,
    ...(o.maxProjectsPerPerson !== undefined ? { maxProjectsPerPerson: o.maxProjectsPerPerson } : {}),
    ...(o.minChunk !== undefined ? { minChunk: o.minChunk } : {}),
    ...(o.integerHours !== undefined ? { integerHours: o.integerHours } : {}),
  };
  const dense = denseAllocation({ ...problem, options: merged });
  // a project limit matters only for people who could otherwise work on more projects
  const needsMip = (merged.minChunk ?? 0) > 0 || limitedGroups(dense).length > 0;
  return { dense, portfolio: fromPortfolio, needsMip, timeLimit: o.timeLimit ?? 60, mipGap: o.mipGap ?? 0 };
}

function readOptions(fn: string, options: unknown): AllocateResourcesOptions {
  if (options === undefined) return {};
  if (!isObject(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) throw new PmoError('INVALID_ARGUMENT', `${fn}: unknown option ${JSON.stringify(key)}`);
  const o = options as Record<string, unknown>;
  const count = (key: string) => {
    const v = o[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${key} must be an integer >= 0, got ${show(v)}`);
  };
  const nonNegative = (key: string, positive = false) => {
    const v = o[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0)))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${key} must be a ${positive ? 'positive' : 'non-negative'} finite number, got ${show(v)}`);
  };
  count('maxProjectsPerPerson');
  nonNegative('minChunk');
  nonNegative('timeLimit', true);
  nonNegative('mipGap');
  if (o.integerHours !== undefined && typeof o.integerHours !== 'boolean')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.integerHours must be a boolean, got ${show(o.integerHours)}`);
  if (o.value !== undefined && o.value !== 'expectedValue' && o.value !== 'priority')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.value must be "expectedValue" or "priority", got ${show(o.value)}`);
  if (o.schedule !== undefined && !(isObject(o.schedule) && Array.isArray(o.schedule.tasks)))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.schedule must be a schedulePortfolio result, got ${show(o.schedule)}`);
  return options as AllocateResourcesOptions;
}

/** Solves the continuous (or whole-hours) problem exactly, with shadow prices. */
export function continuousAllocation(prep: PreparedAllocation): AllocateResourcesResult {
  const sol = solveTransportation(prep.dense);
  const prices = marginalValues(prep.dense, sol.x, sol.pi);
  const skills = prep.dense.skills;
  let bottleneck: string | null = null;
  let best = 0;
  [...skills.keys()]
    .sort((a, b) => (skills[a]! < skills[b]! ? -1 : skills[a]! > skills[b]! ? 1 : 0))
    .forEach((s) => {
      if (prices[s]! > best) {
        best = prices[s]!;
        bottleneck = skills[s]!;
      }
    });
  const gapOk = sol.bound - sol.objective <= 1e-9 * Math.max(1, Math.abs(sol.objective));
  return resultOf(prep, sol.x, {
    method: 'transportation',
    optimal: gapOk,
    bound: Math.max(sol.bound, sol.objective),
    shadowPrices: Object.fromEntries(skills.map((s, i) => [s, clean(prices[i]!)])),
    bottleneck,
  });
}

/** The public result of a plan given by its hours per edge. */
export function resultOf(
  prep: PreparedAllocation,
  x: Float64Array,
  meta: {
    readonly method: 'transportation' | 'mip';
    readonly optimal: boolean;
    readonly bound: number | undefined;
    readonly shadowPrices?: Record<string, number>;
    readonly bottleneck?: string | null;
  },
): AllocateResourcesResult {
  const d = prep.dense;
  const P = d.personIds.length;
  const D = d.demandIds.length;
  const used = new Float64Array(P);
  const served = new Float64Array(D);
  const assignments: AllocationAssignment[] = [];
  let objective = 0;
  for (let e = 0; e < x.length; e++) {
    const h = x[e]!;
    if (h <= 0) continue;
    const p = d.edgePerson[e]!;
    const k = d.edgeDemand[e]!;
    used[p] = used[p]! + h;
    served[k] = served[k]! + h;
    objective += d.margin[e]! * h;
    assignments.push({ personId: d.personIds[p]!, demandId: d.demandIds[k]!, projectId: d.projectIds[d.demandProject[k]!]!, skill: d.skills[d.demandSkill[k]!]!, hours: clean(h) });
  }
  const unmet: UnmetDemand[] = [];
  for (let k = 0; k < D; k++) {
    const left = d.hoursGiven[k]! - served[k]!;
    if (left <= 1e-9 * Math.max(1, d.hoursGiven[k]!)) continue;
    unmet.push({
      demandId: d.demandIds[k]!,
      projectId: d.projectIds[d.demandProject[k]!]!,
      skill: d.skills[d.demandSkill[k]!]!,
      hours: clean(left),
      reason: d.noEdge[k] ?? 'capacity',
    });
  }
  const utilization = Object.fromEntries(d.personIds.map((id, p) => [id, d.capacityGiven[p]! > 0 ? clean(used[p]! / d.capacityGiven[p]!) : 0]));
  const bound = meta.bound !== undefined && Number.isFinite(meta.bound) ? meta.bound : undefined;
  const pf = prep.portfolio;
  return {
    objective: clean(objective),
    optimal: meta.optimal,
    ...(bound !== undefined ? { bound: clean(bound), gap: clean(Math.max(0, bound - objective) / Math.max(1, Math.abs(objective))) } : {}),
    method: meta.method,
    assignments,
    unmet,
    utilization,
    ...(meta.shadowPrices !== undefined ? { shadowPrices: meta.shadowPrices, bottleneck: meta.bottleneck ?? null } : {}),
    ...(pf !== undefined
      ? {
          window: { from: pf.window.from, to: pf.window.to },
          value: pf.value,
          capacity: Object.fromEntries(d.personIds.map((id, p) => [id, clean(d.capacityGiven[p]!)])),
          committed: Object.fromEntries(Object.entries(pf.committed).map(([id, h]) => [id, clean(h)])),
        }
      : {}),
  };
}
