/** Options and result types of {@link lessonsFor} and {@link searchLessons}. */
import type { Lesson } from '../model/lesson.js';
import type { LocalizedText } from '../org/types.js';

/**
 * The attributes of a project that lessons are matched against: a project of the portfolio, or a
 * new one described by these fields (a `Project` has them all).
 *
 * @example
 * ```ts
 * const q: LessonQuery = { category: 'software', unitId: 'u-eng', budget: 250_000, tags: ['erp', 'vendor'] };
 * ```
 */
export interface LessonQuery {
  /** Its id: lessons learned on this project are left out (unless `includeOwn`). */
  readonly id?: string;
  /** Kind of project, e.g. `software`. */
  readonly category?: string;
  /** Its program. */
  readonly programId?: string;
  /** Its organizational unit. */
  readonly unitId?: string;
  /** Its budget (the size compared). */
  readonly budget?: number;
  /** Its keywords. */
  readonly tags?: readonly string[];
}

/**
 * An attribute a lesson can match on.
 *
 * @example
 * ```ts
 * const a: LessonAttribute = 'tag';
 * ```
 */
export type LessonAttribute = 'category' | 'program' | 'unit' | 'size' | 'tag';

/**
 * Options of {@link lessonsFor}.
 *
 * @example
 * ```ts
 * const options: LessonsForOptions = { limit: 5, weights: { tag: 2 } };
 * ```
 */
export interface LessonsForOptions {
  /** Points per attribute matched. Defaults: category 3, program 2, unit 2, size 1, each shared tag 1. */
  readonly weights?: Readonly<Partial<Record<LessonAttribute, number>>>;
  /** Two budgets are of a similar size when the larger is at most this many times the smaller (> 1). Default 2. */
  readonly sizeRatio?: number;
  /** How many lessons to return at most (an integer >= 0). Default: all that match. */
  readonly limit?: number;
  /** Keep the lessons learned on the project itself. Default false. */
  readonly includeOwn?: boolean;
}

/**
 * One reason a lesson matched.
 *
 * @example
 * ```ts
 * const r: LessonMatchReason = { attribute: 'program', points: 2, text: { en: 'same program: prog-cx', zh: '同一项目集:prog-cx' } };
 * ```
 */
export interface LessonMatchReason {
  /** The attribute matched. */
  readonly attribute: LessonAttribute;
  /** The points it gives. */
  readonly points: number;
  /** The match, in words. */
  readonly text: LocalizedText;
}

/**
 * A lesson ranked for a project, with the reasons.
 *
 * @example
 * ```ts
 * const r: RankedLesson = lessonsFor(portfolio, 'tel').lessons[0]!;
 * console.log(r.lesson.recommendation, r.score, r.reasons.map((x) => x.text.en));
 * ```
 */
export interface RankedLesson {
  /** The lesson. */
  readonly lesson: Lesson;
  /** The sum of the points of its reasons. */
  readonly score: number;
  /** Why it matches, in the order category, program, unit, size, tags. */
  readonly reasons: readonly LessonMatchReason[];
}

/**
 * The result of {@link lessonsFor}.
 *
 * @example
 * ```ts
 * const r: LessonsForResult = lessonsFor(portfolio, 'tel', { limit: 3 });
 * ```
 */
export interface LessonsForResult {
  /** The attributes matched against (the project's, or those given). */
  readonly query: LessonQuery;
  /** The matching lessons, most relevant first: by score, then the most recent, then by id. */
  readonly lessons: readonly RankedLesson[];
}

/**
 * What {@link searchLessons} looks for; every criterion given must hold.
 *
 * @example
 * ```ts
 * const c: SearchLessonsOptions = { tags: ['vendor'], text: 'consultant' };
 * ```
 */
export interface SearchLessonsOptions {
  /** Lessons carrying every one of these tags (case-insensitive). */
  readonly tags?: readonly string[];
  /** Lessons of this category (case-insensitive). */
  readonly category?: string;
  /** Lessons whose title, category, phase, what happened, impact, recommendation or tags contain this text (case-insensitive). */
  readonly text?: string;
}
