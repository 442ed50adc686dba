/**
 * Checks beyond shape of the lessons learned register and the PMO maturity assessment. They read
 * the raw input defensively (anything of the wrong type is skipped: the shape checks report it).
 * Private to pmo-kit.
 */
import { MATURITY_PERSPECTIVES, MATURITY_QUESTION_IDS } from './maturity-constants.js';
import { arr, isObj, q, str, type IssueSink, type Obj, type Path } from './raw.js';

const QUESTIONS = new Set(MATURITY_QUESTION_IDS);
const PERSPECTIVES = new Set<string>(MATURITY_PERSPECTIVES);

/** Checks the lessons: unique ids, and projects that exist (when `projects` is given). */
export function checkLessons(sink: IssueSink, lessons: readonly unknown[], base: Path, projects: ReadonlyMap<string, unknown> | undefined, index: (sink: IssueSink, items: readonly unknown[], base: Path, kind: string) => unknown): void {
  index(sink, lessons, base, 'lesson');
  if (projects === undefined) return;
  lessons.forEach((l, i) => {
    if (!isObj(l)) return;
    const pid = str(l, 'projectId');
    if (pid !== undefined && !projects.has(pid))
      sink.add('unknown_reference', [...base, i, 'projectId'], `lesson ${q(str(l, 'id') ?? `#${i}`)} refers to unknown project ${q(pid)}`);
  });
}

/**
 * Checks a maturity assessment: each function rated once, answers to known questions, targets of
 * known perspectives, and (in a portfolio) a structure and PMO type that agree with the organization's.
 */
export function checkMaturityAssessment(sink: IssueSink, input: unknown, base: Path, organization?: Obj): void {
  if (!isObj(input)) return;
  const seen = new Map<string, number>();
  arr(input.functions).forEach((f, i) => {
    if (!isObj(f)) return;
    const id = str(f, 'function');
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) sink.add('duplicate_id', [...base, 'functions', i, 'function'], `function ${q(id)} is rated twice (first at index ${first})`);
    else seen.set(id, i);
  });
  if (isObj(input.answers))
    for (const key of Object.keys(input.answers))
      if (key !== '' && !QUESTIONS.has(key))
        sink.add('unknown_reference', [...base, 'answers', key], `answer to unknown question ${q(key)}; question ids look like "mc-2a" (perspective code, level 2–5, a or b)`);
  if (isObj(input.perspectiveTargets))
    for (const key of Object.keys(input.perspectiveTargets))
      if (key !== '' && !PERSPECTIVES.has(key))
        sink.add('unknown_reference', [...base, 'perspectiveTargets', key], `target for unknown perspective ${q(key)}; the perspectives: ${MATURITY_PERSPECTIVES.join(', ')}`);
  if (organization === undefined) return;
  const structure = str(input, 'structure');
  const orgStructure = str(organization, 'structure');
  if (structure !== undefined && orgStructure !== undefined && structure !== orgStructure)
    sink.add('inconsistent_value', [...base, 'structure'], `the assessment says structure ${q(structure)}, the organization ${q(orgStructure)}`);
  const pmoType = str(input, 'pmoType');
  const orgType = isObj(organization.pmo) ? str(organization.pmo, 'type') : undefined;
  if (pmoType !== undefined && orgType !== undefined && pmoType !== orgType)
    sink.add('inconsistent_value', [...base, 'pmoType'], `the assessment says PMO type ${q(pmoType)}, the organization's PMO is ${q(orgType)}`);
}
