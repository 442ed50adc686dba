/** The text of `pmo lessons`: lessons learned, or those ranked for a project with the reasons. */
import type { Lesson } from '../../model/lesson.js';
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import type { RankedLesson } from '../../performance/lessonTypes.js';

const T = {
  happened: { en: 'what happened', zh: '经过' },
  impact: { en: 'impact', zh: '影响' },
  recommendation: { en: 'recommendation', zh: '建议' },
  why: { en: 'why', zh: '原因' },
  points: { en: 'points', zh: '分' },
} satisfies Record<string, LocalizedText>;

/** One lesson: its head line (id, project, phase, category, date, title) and its three texts. */
function lessonBlock(l: Lesson, lang: Lang, head: string): string[] {
  const t = (x: LocalizedText) => localize(x, lang);
  const context = [l.projectId, l.phase, l.category, l.date].filter((x) => x !== undefined).join(', ');
  return [
    `${head}${l.id} (${context})${l.title === undefined ? '' : `: ${l.title}`}${(l.tags ?? []).length > 0 ? ` [${(l.tags ?? []).join(', ')}]` : ''}`,
    `   ${t(T.happened)}: ${l.whatHappened}`,
    `   ${t(T.impact)}: ${l.impact}`,
    `   ${t(T.recommendation)}: ${l.recommendation}`,
  ];
}

/** Lessons as found (input order). */
export function lessonListLines(lessons: readonly Lesson[], lang: Lang): string[] {
  return lessons.flatMap((l) => lessonBlock(l, lang, '- '));
}

/** Ranked lessons: rank, score and the reasons of each. */
export function rankedLessonLines(ranked: readonly RankedLesson[], lang: Lang): string[] {
  const t = (x: LocalizedText) => localize(x, lang);
  return ranked.flatMap((r, i) => [
    ...lessonBlock(r.lesson, lang, `${i + 1}. [${r.score} ${t(T.points)}] `),
    `   ${t(T.why)}: ${r.reasons.map((x) => `${t(x.text)} (+${x.points})`).join('; ')}`,
  ]);
}
