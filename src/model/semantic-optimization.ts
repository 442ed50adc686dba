/**
 * Beyond-shape checks of the optimization inputs (allocation, selection, prioritization): unique
 * ids, known references, consistent periods and a usable pairwise matrix. Like semantic.ts they
 * read the raw input defensively. Private to pmo-kit.
 */
import { arr, isObj, q, str, type IssueSink, type Obj, type Path } from './raw.js';
import { checkContributions, indexIds } from './semantic.js';

/** Checks an allocation problem: unique person and demand ids. */
export function checkAllocationProblem(sink: IssueSink, input: unknown): void {
  if (!isObj(input)) return;
  indexIds(sink, arr(input.people), ['people'], 'person');
  indexIds(sink, arr(input.demands), ['demands'], 'demand');
}

/** Number of periods of an amount (1 for a number), or undefined when it is neither. */
const periodsOf = (v: unknown): number | undefined => (typeof v === 'number' ? 1 : Array.isArray(v) ? v.length : undefined);

/** Checks a selection problem: ids, references, periods, what gives the value. */
export function checkSelectionProblem(sink: IssueSink, input: unknown): void {
  if (!isObj(input)) return;
  const items = arr(input.projects);
  const projects = indexIds(sink, items, ['projects'], 'project');
  const objectives = indexIds(sink, arr(input.objectives), ['objectives'], 'objective');
  const budgetPeriods = Array.isArray(input.budget) ? input.budget.length : undefined;
  if (Array.isArray(input.periods) && budgetPeriods !== undefined && input.periods.length !== budgetPeriods)
    sink.add('inconsistent_value', ['periods'], `${input.periods.length} period labels for a budget of ${budgetPeriods} periods`);
  if (Array.isArray(input.periods) && budgetPeriods === undefined)
    sink.add('inconsistent_value', ['periods'], 'period labels need a budget per period (an array)');
  const byAlignment = input.valueFrom === 'alignment';
  if (byAlignment && objectives.size === 0)
    sink.add('inconsistent_value', ['valueFrom'], 'valueFrom "alignment" needs strategic objectives');
  items.forEach((p, i) => {
    if (!isObj(p)) return;
    const at: Path = ['projects', i];
    const owner = `project ${q(str(p, 'id') ?? `#${i}`)}`;
    const n = periodsOf(p.cost);
    if (n !== undefined && n !== (budgetPeriods ?? 1))
      sink.add(
        'inconsistent_value',
        [...at, 'cost'],
        budgetPeriods === undefined
          ? `${owner} has a cost per period but the budget is one number`
          : `${owner} has ${n === 1 && !Array.isArray(p.cost) ? 'one cost' : `${n} costs`} for a budget of ${budgetPeriods} periods`,
      );
    if (!byAlignment && p.value === undefined) sink.add('missing_value', [...at, 'value'], `${owner} has no value`);
    checkContributions(sink, p, at, objectives, owner);
    for (const key of ['requires', 'excludes'] as const) checkProjectRefs(sink, p, at, key, projects, owner);
  });
}

function checkProjectRefs(sink: IssueSink, p: Obj, at: Path, key: 'requires' | 'excludes', projects: ReadonlyMap<string, Obj>, owner: string): void {
  const id = str(p, 'id');
  arr(p[key]).forEach((ref, j) => {
    if (typeof ref !== 'string' || ref === '') return;
    if (ref === id) sink.add('self_reference', [...at, key, j], `${owner} ${key === 'requires' ? 'requires' : 'excludes'} itself`);
    else if (!projects.has(ref)) sink.add('unknown_reference', [...at, key, j], `${owner} ${key} unknown project ${q(ref)}`);
  });
}

/** Checks a prioritization problem: ids, scores, the pairwise matrix, what the measures need. */
export function checkPrioritizationProblem(sink: IssueSink, input: unknown): void {
  if (!isObj(input)) return;
  const criteriaItems = arr(input.criteria);
  const criteria = indexIds(sink, criteriaItems, ['criteria'], 'criterion');
  const objectives = indexIds(sink, arr(input.objectives), ['objectives'], 'objective');
  const items = arr(input.projects);
  indexIds(sink, items, ['projects'], 'project');
  const measureOf = (c: Obj) => (typeof c.measure === 'string' ? c.measure : 'score');
  const pairwise = input.pairwise;
  if (Array.isArray(pairwise)) checkPairwise(sink, pairwise, criteriaItems);
  const rate = input.discountRate;
  if (typeof rate === 'number' && !(rate > -1)) sink.add('too_small', ['discountRate'], `discountRate must be greater than -1 (got ${rate})`);
  criteriaItems.forEach((c, i) => {
    if (!isObj(c)) return;
    if (!Array.isArray(pairwise) && c.weight === undefined)
      sink.add('missing_value', ['criteria', i, 'weight'], `criterion ${q(str(c, 'id') ?? `#${i}`)} has no weight (give every criterion a weight, or a pairwise matrix)`);
    if (Array.isArray(pairwise) && c.weight !== undefined)
      sink.add('inconsistent_value', ['criteria', i, 'weight'], `criterion ${q(str(c, 'id') ?? `#${i}`)} has a weight, but the weights come from the pairwise matrix`);
    const m = measureOf(c);
    if (m === 'alignment' && objectives.size === 0)
      sink.add('inconsistent_value', ['criteria', i, 'measure'], `criterion ${q(str(c, 'id') ?? `#${i}`)} measures alignment, which needs strategic objectives`);
    if ((m === 'npv' || m === 'discountedPayback') && typeof rate !== 'number')
      sink.add('inconsistent_value', ['criteria', i, 'measure'], `criterion ${q(str(c, 'id') ?? `#${i}`)} measures ${m}, which needs a discountRate`);
  });
  items.forEach((p, i) => {
    if (!isObj(p)) return;
    const at: Path = ['projects', i];
    const owner = `project ${q(str(p, 'id') ?? `#${i}`)}`;
    checkContributions(sink, p, at, objectives, owner);
    const scores = isObj(p.scores) ? p.scores : undefined;
    if (scores !== undefined)
      for (const key of Object.keys(scores))
        if (key !== '' && !criteria.has(key)) sink.add('unknown_reference', [...at, 'scores', key], `${owner} scores unknown criterion ${q(key)}`);
    for (const [cid, c] of criteria) {
      const m = measureOf(c);
      if (m === 'score' && (scores === undefined || !Object.hasOwn(scores, cid)))
        sink.add('missing_value', [...at, 'scores'], `${owner} has no score for criterion ${q(cid)}`);
      if ((m === 'npv' || m === 'irr' || m === 'discountedPayback') && !Array.isArray(p.cashFlows))
        sink.add('missing_value', [...at, 'cashFlows'], `${owner} has no cashFlows, which criterion ${q(cid)} (${m}) needs`);
    }
  });
}

function checkPairwise(sink: IssueSink, matrix: readonly unknown[], criteria: readonly unknown[]): void {
  const n = criteria.length;
  if (matrix.length !== n) {
    sink.add('inconsistent_value', ['pairwise'], `the pairwise matrix has ${matrix.length} rows for ${n} criteria`);
    return;
  }
  matrix.forEach((row, i) => {
    if (Array.isArray(row) && row.length !== n) sink.add('inconsistent_value', ['pairwise', i], `row ${i} has ${row.length} entries for ${n} criteria`);
  });
  const at = (i: number, j: number): number | undefined => {
    const row = matrix[i];
    const v = Array.isArray(row) ? row[j] : undefined;
    return typeof v === 'number' && v > 0 && Number.isFinite(v) ? v : undefined;
  };
  for (let i = 0; i < n; i++) {
    const d = at(i, i);
    if (d !== undefined && d !== 1) sink.add('inconsistent_value', ['pairwise', i, i], `diagonal entry [${i}][${i}] must be 1 (got ${d})`);
    for (let j = i + 1; j < n; j++) {
      const a = at(i, j);
      const b = at(j, i);
      // Reciprocals typed with three decimals (0.333 for 1/3) are accepted.
      if (a !== undefined && b !== undefined && Math.abs(a * b - 1) > 5e-3)
        sink.add('inconsistent_value', ['pairwise', j, i], `entry [${j}][${i}] = ${b} is not the reciprocal of [${i}][${j}] = ${a} (expected ${1 / a})`);
    }
  }
}
