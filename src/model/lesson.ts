import { z } from 'zod';
import { ExtensionsSchema, IdSchema, IsoDateSchema } from './primitives.js';

/**
 * A lesson learned: what happened on a project, what it caused, and what to do next time. The
 * portfolio's `lessons` are the PMO's knowledge base (the lessons learned register); `lessonsFor`
 * ranks them for a new project, `searchLessons` finds them by tag, category and text.
 */
export const LessonSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema.optional().meta({ description: 'The project it was learned on (a project of the portfolio); absent for an organization-wide lesson.' }),
  phase: z.string().optional().meta({ description: 'Phase or stage of the project, e.g. "design", "go-live".' }),
  category: z.string().min(1).meta({ description: 'What it is about, e.g. "vendor management", "requirements", "data quality".' }),
  title: z.string().optional(),
  whatHappened: z.string().meta({ description: 'What happened.' }),
  impact: z.string().meta({ description: 'What it caused (schedule, cost, quality, people).' }),
  recommendation: z.string().meta({ description: 'What the next project should do.' }),
  tags: z.array(z.string().min(1)).default([]).meta({ description: 'Keywords to find and match it.' }),
  date: IsoDateSchema.optional().meta({ description: 'Day it was recorded.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A lesson learned. */
export type Lesson = z.infer<typeof LessonSchema>;
/** A lesson learned as written in a file, before defaults are applied. */
export type LessonInput = z.input<typeof LessonSchema>;
