import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import { readOptions } from '../internal/options.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { fold, readLessons } from './internal/lessonInput.js';
import { checkContextFields, checkProjectFields } from './internal/scoringInput.js';
import type { LessonAttribute, LessonMatchReason, LessonQuery, LessonsForOptions, LessonsForResult, RankedLesson } from './lessonTypes.js';

const DEFAULT_WEIGHTS: Readonly<Record<LessonAttribute, number>> = { category: 3, program: 2, unit: 2, size: 1, tag: 1 };

/**
 * Ranks the portfolio's lessons learned by their relevance to a project — one of the portfolio,
 * or a new one described by its attributes — and says why each matches.
 *
 * A lesson's context is the project it was learned on (its `projectId`; none for an
 * organization-wide lesson): that project's category, program (its `programId`, else the program
 * listing it), organizational unit and budget; its own tags say what it is about. A
 * lesson earns, by default: 3 points for the same project category, 2 for the same program, 2 for
 * the same unit, 1 for a similar size (the larger budget at most `sizeRatio`, 2, times the
 * smaller), and 1 per tag of the lesson the project has too (tags and categories ignore case). Lessons
 * earning no point, and those learned on the project itself, are left out.
 *
 * The ranking is deterministic: by score, then the most recent `date` (undated last), then by id.
 * O(lessons × tags + projects).
 *
 * @param portfolio - a parsed portfolio with `lessons`; never mutated
 * @param project - the id of a project of the portfolio, or the attributes of a project ({@link LessonQuery})
 * @param options - `weights`, `sizeRatio` (2), `limit`, `includeOwn` (false)
 * @returns the attributes matched against and the ranked lessons, each with its score and reasons
 * @throws {@link PmoError} `UNKNOWN_ID` for an unknown project id; `INVALID_ARGUMENT` for malformed
 *   lessons, project attributes or options
 * @example
 * ```ts
 * for (const r of lessonsFor(portfolio, 'tel', { limit: 3 }).lessons)
 *   console.log(r.score, r.lesson.recommendation, r.reasons.map((x) => x.text.en).join('; '));
 * lessonsFor(portfolio, { category: 'software', tags: ['erp'] }); // a project not in the portfolio yet
 * ```
 */
export function lessonsFor(portfolio: Portfolio, project: string | LessonQuery, options?: LessonsForOptions): LessonsForResult {
  const fn = 'lessonsFor';
  checkProjectFields(fn, portfolio);
  checkContextFields(fn, portfolio as unknown as Record<string, unknown>);
  const lessons = readLessons(fn, portfolio.lessons, 'portfolio.lessons');
  const o = readLessonOptions(fn, options);
  const projects = new Map<string, Project>();
  for (const p of portfolio.projects) if (!projects.has(p.id)) projects.set(p.id, p);
  const programOf = new Map<string, string>();
  for (const p of portfolio.projects) if (p.programId !== undefined) programOf.set(p.id, p.programId);
  for (const g of portfolio.programs ?? []) for (const id of g.projectIds ?? []) if (!programOf.has(id)) programOf.set(id, g.id);

  const query = readQuery(fn, project, projects, programOf);
  const qTags = new Map((query.tags ?? []).map((t) => [fold(t), t]));
  const ranked: RankedLesson[] = [];
  for (const lesson of lessons) {
    if (!o.includeOwn && query.id !== undefined && lesson.projectId === query.id) continue;
    const source = lesson.projectId === undefined ? undefined : projects.get(lesson.projectId);
    const reasons: LessonMatchReason[] = [];
    const add = (attribute: LessonAttribute, en: string, zh: string) => {
      if (o.weights[attribute] > 0) reasons.push({ attribute, points: o.weights[attribute], text: { en, zh } });
    };
    if (query.category !== undefined && source?.category !== undefined && fold(query.category) === fold(source.category))
      add('category', `same project category: ${source.category}`, `项目类别相同:${source.category}`);
    const program = source === undefined ? undefined : programOf.get(source.id);
    if (query.programId !== undefined && program === query.programId) add('program', `same program: ${program}`, `同一项目集:${program}`);
    if (query.unitId !== undefined && source?.unitId === query.unitId) add('unit', `same organizational unit: ${source.unitId}`, `同一组织单元:${source.unitId}`);
    const a = query.budget;
    const b = source?.budget;
    if (a !== undefined && b !== undefined && a > 0 && b > 0 && Math.max(a, b) <= o.sizeRatio * Math.min(a, b))
      add('size', `similar size: budgets ${fmt(b)} and ${fmt(a)}`, `规模相近:预算 ${fmt(b)} 与 ${fmt(a)}`);
    const lessonTags = new Set((lesson.tags ?? []).map(fold));
    for (const [k, t] of qTags) if (lessonTags.has(k)) add('tag', `shared tag: ${t}`, `共同标签:${t}`);
    const score = reasons.reduce((s, r) => s + r.points, 0);
    if (score > 0) ranked.push({ lesson, score, reasons });
  }
  // Day numbers once per lesson, not per comparison.
  const keyed = ranked.map((r) => ({ r, day: r.lesson.date === undefined ? -Infinity : dayNumber(r.lesson.date)! }));
  keyed.sort((x, y) => y.r.score - x.r.score || cmp(y.day, x.day) || (x.r.lesson.id < y.r.lesson.id ? -1 : x.r.lesson.id > y.r.lesson.id ? 1 : 0));
  const sorted = keyed.map((k) => k.r);
  return { query, lessons: o.limit === undefined ? sorted : sorted.slice(0, o.limit) };
}

/** A budget with thousands separators, as `toLocaleString('en-US')` writes it (which is slow in a loop of thousands): integers directly. */
function fmt(n: number): string {
  return Number.isInteger(n) && n < 1e21 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');
}

/** Compares two numbers, -Infinity (undated) included. */
const cmp = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The attributes matched against: those of the portfolio's project, or those given. */
function readQuery(fn: string, project: unknown, projects: ReadonlyMap<string, Project>, programOf: ReadonlyMap<string, string>): LessonQuery {
  if (typeof project === 'string') {
    const p = projects.get(project);
    if (p === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: no project ${JSON.stringify(project)}; the projects: ${[...projects.keys()].map((id) => JSON.stringify(id)).join(', ') || 'none'}`);
    const program = programOf.get(p.id);
    return {
      id: p.id,
      ...(p.category !== undefined ? { category: p.category } : {}),
      ...(program !== undefined ? { programId: program } : {}),
      ...(p.unitId !== undefined ? { unitId: p.unitId } : {}),
      ...(p.budget !== undefined ? { budget: p.budget } : {}),
      ...(p.tags !== undefined ? { tags: p.tags } : {}),
    };
  }
  if (typeof project !== 'object' || project === null || Array.isArray(project))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: the project must be a project id or an object of attributes, got ${show(project)}`);
  const q = project as Record<string, unknown>;
  for (const k of ['id', 'category', 'programId', 'unitId'])
    if (q[k] !== undefined && typeof q[k] !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: project.${k} must be a string, got ${show(q[k])}`);
  if (q.budget !== undefined && (typeof q.budget !== 'number' || !(q.budget >= 0 && q.budget <= 1e300)))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: project.budget must be a number from 0 to 1e300, got ${show(q.budget)}`);
  if (q.tags !== undefined && (!Array.isArray(q.tags) || q.tags.some((t) => typeof t !== 'string')))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: project.tags must be an array of strings, got ${show(q.tags)}`);
  return project as LessonQuery;
}

/** Reads the options with their defaults. */
function readLessonOptions(fn: string, options: unknown): { weights: Record<LessonAttribute, number>; sizeRatio: number; limit: number | undefined; includeOwn: boolean } {
  const o = readOptions(fn, options);
  const weights = { ...DEFAULT_WEIGHTS };
  if (o.weights !== undefined) {
    if (typeof o.weights !== 'object' || o.weights === null || Array.isArray(o.weights)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.weights must be an object, got ${show(o.weights)}`);
    for (const [k, v] of Object.entries(o.weights)) {
      if (!Object.hasOwn(DEFAULT_WEIGHTS, k)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.weights names unknown attribute ${JSON.stringify(k)}; the attributes: ${Object.keys(DEFAULT_WEIGHTS).join(', ')}`);
      if (typeof v !== 'number' || !(v >= 0 && v <= 1e6)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.weights.${k} must be a number from 0 to 1e6, got ${show(v)}`);
      weights[k as LessonAttribute] = v;
    }
  }
  const sizeRatio = o.sizeRatio ?? 2;
  if (typeof sizeRatio !== 'number' || !(sizeRatio > 1 && sizeRatio <= 1e6)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.sizeRatio must be a number above 1, got ${show(sizeRatio)}`);
  const limit = o.limit;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.limit must be an integer >= 0, got ${show(limit)}`);
  if (o.includeOwn !== undefined && typeof o.includeOwn !== 'boolean') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.includeOwn must be true or false, got ${show(o.includeOwn)}`);
  return { weights, sizeRatio, limit: limit as number | undefined, includeOwn: o.includeOwn === true };
}
