/** Defensive reading of lessons (data not from parsePortfolio gets a PmoError naming the field). Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import type { Lesson } from '../../model/lesson.js';

/** Checks the lessons the functions read; returns them. */
export function readLessons(fn: string, lessons: unknown, where: string): readonly Lesson[] {
  if (lessons === undefined) return [];
  if (!Array.isArray(lessons)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be an array of lessons, got ${show(lessons)}`);
  lessons.forEach((l: unknown, i) => {
    const at = `${where}[${i}]`;
    const fail = (k: string, what: string, v: unknown): never => {
      throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}${k} must be ${what}, got ${show(v)}`);
    };
    if (typeof l !== 'object' || l === null || Array.isArray(l)) fail('', 'a lesson object', l);
    const x = l as Record<string, unknown>;
    if (typeof x.id !== 'string' || x.id === '') fail('.id', 'a non-empty string', x.id);
    if (typeof x.category !== 'string') fail('.category', 'a string', x.category);
    for (const k of ['whatHappened', 'impact', 'recommendation']) if (typeof x[k] !== 'string') fail(`.${k}`, 'a string', x[k]);
    for (const k of ['title', 'phase', 'projectId']) if (x[k] !== undefined && typeof x[k] !== 'string') fail(`.${k}`, 'a string', x[k]);
    if (x.date !== undefined && (typeof x.date !== 'string' || dayNumber(x.date) === undefined)) fail('.date', 'an existing day as YYYY-MM-DD', x.date);
    if (x.tags !== undefined && (!Array.isArray(x.tags) || x.tags.some((t) => typeof t !== 'string'))) fail('.tags', 'an array of strings', x.tags);
  });
  return lessons as Lesson[];
}

/** A case-insensitive key for tags and categories (trimmed, lower case). */
export const fold = (s: string): string => s.trim().toLowerCase();
