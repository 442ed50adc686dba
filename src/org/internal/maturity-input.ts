// Private to pmo-kit/org: reads a maturity assessment defensively, so that data that did not
// come from parseMaturityAssessment gets a PmoError naming the field, never a crash.
import { PmoError } from '../../errors.js';
import { MATURITY_PERSPECTIVES, MATURITY_QUESTION_IDS, PMO_SERVICES } from '../../model/maturity-constants.js';
import type { MaturityLevel, MaturityPerspective } from '../../model/maturity.js';
import type { PmoService } from '../../model/maturity.js';
import { show } from './guards.js';

/** One rated function, read. */
export interface RatingRead {
  readonly function: PmoService;
  readonly needed: boolean;
  readonly importance: number;
  readonly delivery: MaturityLevel;
  readonly target: MaturityLevel | undefined;
}

/** The assessment, read. */
export interface AssessmentRead {
  readonly date: string | null;
  readonly structure: unknown;
  readonly pmoType: unknown;
  readonly target: MaturityLevel | undefined;
  readonly perspectiveTargets: ReadonlyMap<MaturityPerspective, MaturityLevel>;
  readonly ratings: readonly RatingRead[];
  readonly answers: ReadonlyMap<string, number>;
}

const QUESTIONS = new Set(MATURITY_QUESTION_IDS);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An integer level 1–5, or `undefined` when absent. */
export function readLevel(fn: string, where: string, v: unknown): MaturityLevel | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be an integer from 1 to 5, got ${show(v)}`);
  return v as MaturityLevel;
}

/** Reads and checks the assessment (answers as numbers 0–1: true = 1, false = 0). */
export function readAssessment(fn: string, input: unknown): AssessmentRead {
  if (!isObj(input)) throw new PmoError('INVALID_ARGUMENT', `${fn}: the assessment must be an object, got ${show(input)}`);
  const date = input.date;
  if (date !== undefined && typeof date !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.date must be a string, got ${show(date)}`);
  const functions = input.functions ?? [];
  if (!Array.isArray(functions)) throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.functions must be an array, got ${show(functions)}`);
  const seen = new Set<string>();
  const ratings = functions.map((f: unknown, i): RatingRead => {
    const at = `assessment.functions[${i}]`;
    if (!isObj(f)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at} must be an object, got ${show(f)}`);
    const id = f.function;
    if (typeof id !== 'string' || !(PMO_SERVICES as readonly string[]).includes(id))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.function must be a function of the PMO service catalog, got ${show(id)}`);
    if (seen.has(id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}: function ${JSON.stringify(id)} is rated twice`);
    seen.add(id);
    if (typeof f.needed !== 'boolean') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.needed must be true or false, got ${show(f.needed)}`);
    return {
      function: id as PmoService,
      needed: f.needed,
      importance: readLevel(fn, `${at}.importance`, f.importance) ?? 3,
      delivery: readLevel(fn, `${at}.delivery`, f.delivery) ?? fail(fn, `${at}.delivery`, f.delivery),
      target: readLevel(fn, `${at}.target`, f.target),
    };
  });
  const answers = new Map<string, number>();
  if (input.answers !== undefined) {
    if (!isObj(input.answers)) throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.answers must be an object, got ${show(input.answers)}`);
    for (const [k, v] of Object.entries(input.answers)) {
      if (!QUESTIONS.has(k)) throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.answers names unknown question ${JSON.stringify(k)}; question ids look like "mc-2a"`);
      if (typeof v === 'boolean') answers.set(k, v ? 1 : 0);
      else if (typeof v === 'number' && v >= 0 && v <= 1) answers.set(k, v);
      else throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.answers[${JSON.stringify(k)}] must be true, false or a number from 0 to 1, got ${show(v)}`);
    }
  }
  const perspectiveTargets = new Map<MaturityPerspective, MaturityLevel>();
  if (input.perspectiveTargets !== undefined) {
    if (!isObj(input.perspectiveTargets)) throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.perspectiveTargets must be an object, got ${show(input.perspectiveTargets)}`);
    for (const [k, v] of Object.entries(input.perspectiveTargets)) {
      if (!(MATURITY_PERSPECTIVES as readonly string[]).includes(k)) throw new PmoError('INVALID_ARGUMENT', `${fn}: assessment.perspectiveTargets names unknown perspective ${JSON.stringify(k)}`);
      perspectiveTargets.set(k as MaturityPerspective, readLevel(fn, `assessment.perspectiveTargets[${JSON.stringify(k)}]`, v)!);
    }
  }
  return {
    date: date ?? null,
    structure: input.structure,
    pmoType: input.pmoType,
    target: readLevel(fn, 'assessment.target', input.target),
    perspectiveTargets,
    ratings,
    answers,
  };
}

function fail(fn: string, where: string, v: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be an integer from 1 to 5, got ${show(v)}`);
}
