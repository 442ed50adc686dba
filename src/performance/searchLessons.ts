import { PmoError } from '../errors.js';
import { readOptions } from '../internal/options.js';
import { show } from '../internal/show.js';
import type { Lesson } from '../model/lesson.js';
import { fold, readLessons } from './internal/lessonInput.js';
import type { SearchLessonsOptions } from './lessonTypes.js';

/**
 * Finds lessons learned by tag, category and text: those carrying every tag given, of the category
 * given, and containing the text given in their title, category, phase, what happened, impact,
 * recommendation or tags. All comparisons ignore case and surrounding spaces. No criterion: every
 * lesson. O(lessons × text length).
 *
 * @param lessons - lessons (a portfolio's `lessons`); never mutated
 * @param options - `tags`, `category`, `text`; see {@link SearchLessonsOptions}
 * @returns the matching lessons, in their input order (the same objects)
 * @throws {@link PmoError} `INVALID_ARGUMENT` for malformed lessons or options
 * @example
 * ```ts
 * searchLessons(portfolio.lessons ?? [], { tags: ['vendor'], text: 'consultant' }).map((l) => l.id);
 * ```
 */
export function searchLessons(lessons: readonly Lesson[], options?: SearchLessonsOptions): Lesson[] {
  const fn = 'searchLessons';
  const list = readLessons(fn, lessons, 'lessons');
  const { tags, category, text } = readOptions(fn, options) as SearchLessonsOptions;
  if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.tags must be an array of strings, got ${show(tags)}`);
  if (category !== undefined && typeof category !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.category must be a string, got ${show(category)}`);
  if (text !== undefined && typeof text !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.text must be a string, got ${show(text)}`);
  const wanted = (tags ?? []).map(fold);
  const needle = text === undefined ? '' : fold(text);
  return list.filter((l) => {
    const own = new Set((l.tags ?? []).map(fold));
    if (!wanted.every((t) => own.has(t))) return false;
    if (category !== undefined && fold(l.category) !== fold(category)) return false;
    if (needle === '') return true;
    const hay = [l.title, l.category, l.phase, l.whatHappened, l.impact, l.recommendation, ...(l.tags ?? [])].filter((s) => s !== undefined).join('\n').toLowerCase();
    return hay.includes(needle);
  });
}
