/**
 * Independent checkers, brute force and independent formulations for the portfolio optimization
 * tests. Written from the problem statement only: they share no code with src/portfolio (the LP
 * and MIP formulations are written here as CPLEX LP text and solved through HiGHS's text API,
 * not through pmo-kit's sparse model builder).
 */
import loadHighs from 'highs';
import type { AllocationProblem } from '../../src/model/allocation.js';
import type { SelectionProblem } from '../../src/model/selection.js';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;
/** HiGHS, loaded once for the tests. */
export const solver = (): Promise<Highs> => (highs ??= loadHighs());

/** mulberry32, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- allocation

/** A qualified (person, demand) pair per the rules: level in the skill >= minLevel (default 1). */
export interface Pair {
  readonly p: number;
  readonly d: number;
  readonly margin: number;
}

/** Every qualified pair, whatever its margin. */
export function qualifiedPairs(problem: AllocationProblem): Pair[] {
  const out: Pair[] = [];
  problem.people.forEach((person, p) => {
    problem.demands.forEach((demand, d) => {
      const level = Object.hasOwn(person.skills, demand.skill) ? person.skills[demand.skill]! : undefined;
      if (level !== undefined && level >= (demand.minLevel ?? 1)) out.push({ p, d, margin: demand.valuePerHour - (person.costPerHour ?? 0) });
    });
  });
  return out;
}

/** Plain numbers in LP text (no exponent notation). */
const num = (x: number) => {
  const s = x.toFixed(12).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};

/** The optimum of an LP/MIP written in CPLEX LP format (maximize), via HiGHS's text API. */
export async function solveLpText(text: string): Promise<{ status: string; objective: number; columns: Record<string, number> }> {
  const h = await solver();
  const r = h.solve(text, { output_flag: false, mip_rel_gap: 0 });
  const columns: Record<string, number> = {};
  for (const [name, col] of Object.entries(r.Columns ?? {})) columns[name] = (col as { Primal: number }).Primal;
  return { status: r.Status, objective: r.ObjectiveValue, columns };
}

/**
 * The continuous allocation as an LP in CPLEX LP text: one variable per qualified pair,
 * person capacity rows, demand rows; optionally some pairs forbidden and an extra source.
 */
export function allocationLpText(problem: AllocationProblem, opts: { forbid?: (pair: Pair) => boolean; extra?: { skill: string; hours: number } } = {}): string {
  const pairs = qualifiedPairs(problem).filter((pr) => !(opts.forbid?.(pr) ?? false));
  const terms = pairs.map((pr, i) => `${pr.margin >= 0 ? '+' : '-'} ${num(Math.abs(pr.margin))} x${i}`);
  const extra = opts.extra;
  const extraDemands = extra === undefined ? [] : problem.demands.map((d, i) => ({ d, i })).filter(({ d }) => d.skill === extra.skill);
  extraDemands.forEach(({ d, i }) => terms.push(`${d.valuePerHour >= 0 ? '+' : '-'} ${num(Math.abs(d.valuePerHour))} w${i}`));
  const lines = ['Maximize', ` obj: ${terms.length > 0 ? terms.join(' ') : '0 z'}`, 'Subject To'];
  problem.people.forEach((person, p) => {
    const mine = pairs.map((pr, i) => ({ pr, i })).filter(({ pr }) => pr.p === p);
    if (mine.length > 0) lines.push(` cp${p}: ${mine.map(({ i }) => `+ x${i}`).join(' ')} <= ${num(person.capacity)}`);
  });
  problem.demands.forEach((demand, d) => {
    const mine = pairs.map((pr, i) => ({ pr, i })).filter(({ pr }) => pr.d === d);
    const w = extraDemands.some((e) => e.i === d) ? [`+ w${d}`] : [];
    if (mine.length + w.length > 0) lines.push(` cd${d}: ${[...mine.map(({ i }) => `+ x${i}`), ...w].join(' ')} <= ${num(demand.hours)}`);
  });
  if (extraDemands.length > 0) lines.push(` cw: ${extraDemands.map(({ i }) => `+ w${i}`).join(' ')} <= ${num(extra!.hours)}`);
  if (terms.length === 0) lines.push(' cz: z <= 0');
  lines.push('End');
  return lines.join('\n');
}

/** What an allocation result is checked against. */
export interface AllocationLike {
  readonly objective: number;
  readonly assignments: readonly { readonly personId: string; readonly demandId: string; readonly projectId: string; readonly skill: string; readonly hours: number }[];
  readonly unmet: readonly { readonly demandId: string; readonly hours: number }[];
  readonly utilization: Readonly<Record<string, number>>;
}

/**
 * Checks a plan against the problem: qualification, capacities, demand hours, project limits,
 * minimum chunk, whole hours, the objective, the unmet hours and the utilization. Returns the
 * violations (empty when feasible and consistent).
 */
export function checkAllocation(problem: AllocationProblem, r: AllocationLike, tol = 1e-6): string[] {
  const errors: string[] = [];
  const people = new Map(problem.people.map((p) => [p.id, p]));
  const demands = new Map(problem.demands.map((d) => [d.id, d]));
  const used = new Map<string, number>();
  const served = new Map<string, number>();
  const projects = new Map<string, Set<string>>();
  let objective = 0;
  const o = problem.options ?? {};
  for (const a of r.assignments) {
    const p = people.get(a.personId);
    const d = demands.get(a.demandId);
    if (p === undefined || d === undefined) {
      errors.push(`unknown person or demand in ${JSON.stringify(a)}`);
      continue;
    }
    if (d.projectId !== a.projectId || d.skill !== a.skill) errors.push(`wrong project/skill in ${JSON.stringify(a)}`);
    const level = Object.hasOwn(p.skills, d.skill) ? p.skills[d.skill]! : -Infinity;
    if (level < (d.minLevel ?? 1)) errors.push(`${p.id} is not qualified for ${d.id}`);
    if (!(a.hours > 0)) errors.push(`non-positive hours in ${JSON.stringify(a)}`);
    if (o.integerHours === true && !Number.isInteger(a.hours)) errors.push(`fractional hours ${a.hours}`);
    if ((o.minChunk ?? 0) > 0 && a.hours < o.minChunk! - tol) errors.push(`chunk ${a.hours} < ${o.minChunk}`);
    used.set(p.id, (used.get(p.id) ?? 0) + a.hours);
    served.set(d.id, (served.get(d.id) ?? 0) + a.hours);
    let set = projects.get(p.id);
    if (set === undefined) projects.set(p.id, (set = new Set()));
    set.add(d.projectId);
    objective += (d.valuePerHour - (p.costPerHour ?? 0)) * a.hours;
  }
  for (const p of problem.people) {
    const u = used.get(p.id) ?? 0;
    if (u > p.capacity + tol) errors.push(`${p.id} works ${u} > capacity ${p.capacity}`);
    const limit = p.maxProjects ?? o.maxProjectsPerPerson;
    if (limit !== undefined && (projects.get(p.id)?.size ?? 0) > limit) errors.push(`${p.id} works on ${projects.get(p.id)!.size} projects > ${limit}`);
    const expected = p.capacity > 0 ? u / p.capacity : 0;
    if (Math.abs((r.utilization[p.id] ?? NaN) - expected) > 1e-9 * Math.max(1, expected)) errors.push(`utilization of ${p.id}: ${r.utilization[p.id]} != ${expected}`);
  }
  const unmet = new Map(r.unmet.map((u) => [u.demandId, u.hours]));
  for (const d of problem.demands) {
    const s = served.get(d.id) ?? 0;
    if (s > d.hours + tol) errors.push(`${d.id} gets ${s} > ${d.hours}`);
    const gap = d.hours - s;
    const listed = unmet.get(d.id) ?? 0;
    if (Math.abs(listed - gap) > 1e-6 * Math.max(1, d.hours)) errors.push(`unmet of ${d.id}: ${listed} != ${gap}`);
  }
  if (Math.abs(objective - r.objective) > 1e-6 * Math.max(1, Math.abs(objective))) errors.push(`objective ${r.objective} != recomputed ${objective}`);
  return errors;
}

/**
 * The optimum of a small allocation with whole hours, by exhaustive search over every integer
 * plan (depth-first over the qualified pairs, each from 0 to what is left), honoring project
 * limits and the minimum chunk.
 */
export function bruteForceIntegerAllocation(problem: AllocationProblem): number {
  const pairs = qualifiedPairs(problem);
  const o = problem.options ?? {};
  const capLeft = problem.people.map((p) => Math.floor(p.capacity + 1e-9));
  const hoursLeft = problem.demands.map((d) => Math.floor(d.hours + 1e-9));
  const limit = problem.people.map((p) => p.maxProjects ?? o.maxProjectsPerPerson ?? Infinity);
  const projectCount = problem.people.map(() => new Map<string, number>());
  const chunk = o.minChunk ?? 0;
  let best = 0;
  const walk = (i: number, value: number) => {
    if (i === pairs.length) {
      if (value > best) best = value;
      return;
    }
    const { p, d, margin } = pairs[i]!;
    walk(i + 1, value);
    const max = Math.min(capLeft[p]!, hoursLeft[d]!);
    const project = problem.demands[d]!.projectId;
    const counts = projectCount[p]!;
    const isNew = (counts.get(project) ?? 0) === 0;
    if (isNew && counts.size >= limit[p]!) return;
    for (let h = Math.max(1, Math.ceil(chunk - 1e-9)); h <= max; h++) {
      capLeft[p]! -= h;
      hoursLeft[d]! -= h;
      counts.set(project, (counts.get(project) ?? 0) + 1);
      walk(i + 1, value + margin * h);
      const c = counts.get(project)! - 1;
      if (c === 0) counts.delete(project);
      else counts.set(project, c);
      capLeft[p]! += h;
      hoursLeft[d]! += h;
    }
  };
  walk(0, 0);
  return best;
}

// ---------------------------------------------------------------- selection

/** Normalized view of a selection problem for the checkers. */
function view(problem: SelectionProblem, budget?: number) {
  const K = Array.isArray(problem.budget) ? problem.budget.length : 1;
  const budgets = budget !== undefined ? [budget] : Array.isArray(problem.budget) ? problem.budget : [problem.budget];
  const cost = (j: number) => {
    const c = problem.projects[j]!.cost;
    return Array.isArray(c) ? c : [c];
  };
  return { K, budgets, cost };
}

/** The constraints a selection must meet, as labels (as the library names them), for the binding checks. */
export function constraintLabels(problem: SelectionProblem): string[] {
  const { K } = view(problem);
  const labels: string[] = [];
  for (let k = 0; k < K; k++) labels.push(K === 1 ? 'budget' : `budget[${problem.periods?.[k] ?? k}]`);
  for (const key of Object.keys(problem.capacity ?? {})) labels.push(`capacity[${key}]`);
  for (const p of problem.projects) if (p.mandatory === true) labels.push(`mandatory[${p.id}]`);
  for (const p of problem.projects) for (const r of new Set(p.requires ?? [])) labels.push(`requires[${p.id}->${r}]`);
  const seen = new Set<string>();
  for (const p of problem.projects)
    for (const x of p.excludes ?? []) {
      const [a, b] = problem.projects.findIndex((q) => q.id === p.id) < problem.projects.findIndex((q) => q.id === x) ? [p.id, x] : [x, p.id];
      if (!seen.has(`${a}|${b}`)) {
        seen.add(`${a}|${b}`);
        labels.push(`excludes[${a}|${b}]`);
      }
    }
  return labels;
}

/** The violations of a selection (empty when feasible), ignoring the constraint labelled `without`. */
export function checkSelection(problem: SelectionProblem, selected: ReadonlySet<string>, opts: { budget?: number; without?: string } = {}): string[] {
  const errors: string[] = [];
  const { K, budgets, cost } = view(problem, opts.budget);
  const skip = (label: string) => label === opts.without;
  for (let k = 0; k < K; k++) {
    let sum = 0;
    problem.projects.forEach((p, j) => {
      if (selected.has(p.id)) sum += cost(j)[k]!;
    });
    const label = K === 1 ? 'budget' : `budget[${problem.periods?.[k] ?? k}]`;
    if (!skip(label) && sum > budgets[k]! + 1e-9) errors.push(`${label}: ${sum} > ${budgets[k]}`);
  }
  for (const [key, cap] of Object.entries(problem.capacity ?? {})) {
    let sum = 0;
    for (const p of problem.projects) if (selected.has(p.id)) sum += p.demand?.[key] ?? 0;
    if (!skip(`capacity[${key}]`) && sum > cap + 1e-9) errors.push(`capacity[${key}]: ${sum} > ${cap}`);
  }
  for (const p of problem.projects) {
    if (p.mandatory === true && !selected.has(p.id) && !skip(`mandatory[${p.id}]`)) errors.push(`mandatory ${p.id} not selected`);
    for (const r of p.requires ?? []) if (selected.has(p.id) && !selected.has(r) && !skip(`requires[${p.id}->${r}]`)) errors.push(`${p.id} requires ${r}`);
    for (const x of p.excludes ?? []) {
      const ia = problem.projects.findIndex((q) => q.id === p.id);
      const ib = problem.projects.findIndex((q) => q.id === x);
      const label = ia < ib ? `excludes[${p.id}|${x}]` : `excludes[${x}|${p.id}]`;
      if (selected.has(p.id) && selected.has(x) && !skip(label)) errors.push(`${p.id} excludes ${x}`);
    }
  }
  return errors;
}

/** Value of a selection. */
export function selectionValue(problem: SelectionProblem, selected: ReadonlySet<string>): number {
  return problem.projects.reduce((s, p) => s + (selected.has(p.id) ? p.value! : 0), 0);
}

/** The best value over every subset (2^n), or `null` when none is feasible. */
export function bruteForceSelection(problem: SelectionProblem, opts: { budget?: number; without?: string } = {}): number | null {
  const n = problem.projects.length;
  let best: number | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = new Set(problem.projects.filter((_, j) => (mask >> j) & 1).map((p) => p.id));
    if (checkSelection(problem, set, opts).length > 0) continue;
    const v = selectionValue(problem, set);
    if (best === null || v > best) best = v;
  }
  return best;
}

/** The selection problem as a 0/1 program in CPLEX LP text. */
export function selectionLpText(problem: SelectionProblem): string {
  const { K, budgets, cost } = view(problem);
  const v = (j: number) => `y${j}`;
  const idx = new Map(problem.projects.map((p, j) => [p.id, j]));
  const lines = ['Maximize', ` obj: ${problem.projects.map((p, j) => `${p.value! >= 0 ? '+' : '-'} ${num(Math.abs(p.value!))} ${v(j)}`).join(' ')}`, 'Subject To'];
  for (let k = 0; k < K; k++) lines.push(` b${k}: ${problem.projects.map((_, j) => `+ ${num(cost(j)[k]!)} ${v(j)}`).join(' ')} <= ${num(budgets[k]!)}`);
  Object.entries(problem.capacity ?? {}).forEach(([key, cap], c) => {
    lines.push(` c${c}: ${problem.projects.map((p, j) => `+ ${num(p.demand?.[key] ?? 0)} ${v(j)}`).join(' ')} <= ${num(cap)}`);
  });
  let r = 0;
  problem.projects.forEach((p, j) => {
    if (p.mandatory === true) lines.push(` m${j}: ${v(j)} >= 1`);
    for (const id of p.requires ?? []) lines.push(` r${r++}: ${v(j)} - ${v(idx.get(id)!)} <= 0`);
    for (const id of p.excludes ?? []) lines.push(` r${r++}: ${v(j)} + ${v(idx.get(id)!)} <= 1`);
  });
  lines.push('Binaries', ` ${problem.projects.map((_, j) => v(j)).join(' ')}`, 'End');
  return lines.join('\n');
}
