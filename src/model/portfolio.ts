import { z } from 'zod';
import { CalendarSchema } from './calendar.js';
import { LessonSchema } from './lesson.js';
import { MaturityAssessmentSchema } from './maturity.js';
import { OrganizationSchema } from './organization.js';
import { ExtensionsSchema, FiniteSchema, IdSchema } from './primitives.js';
import { ProgramSchema, ProjectSchema } from './project.js';
import { ResourcePoolSchema, ResourceSchema } from './resource.js';
import { RiskSchema } from './risk.js';
import { StrategicObjectiveSchema } from './strategy.js';
import { BaselineSchema, StatusReportSchema } from './status.js';
import { CrossDependencySchema } from './task.js';

/**
 * A portfolio: the projects a PMO oversees, with the organization, calendars, shared resources,
 * cross-project dependencies, risks, status reports, baselines, lessons learned and the PMO's
 * maturity assessment. This is the pmo-kit portfolio
 * JSON file format.
 */
export const PortfolioSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  description: z.string().optional(),
  currency: z.string().optional().meta({ description: 'ISO 4217 code of all money amounts, e.g. "EUR".' }),
  organization: OrganizationSchema.optional(),
  defaultCalendarId: IdSchema.optional().meta({ description: 'Calendar of projects that name none.' }),
  calendars: z.array(CalendarSchema).default([]),
  resources: z.array(ResourceSchema).default([]),
  pools: z.array(ResourcePoolSchema).default([]),
  programs: z.array(ProgramSchema).default([]),
  projects: z.array(ProjectSchema),
  crossDependencies: z.array(CrossDependencySchema).default([]),
  risks: z.array(RiskSchema).default([]),
  statusReports: z.array(StatusReportSchema).default([]),
  baselines: z.array(BaselineSchema).default([]),
  objectives: z.array(StrategicObjectiveSchema).optional().meta({ description: 'Strategic objectives the projects serve (their contributions).' }),
  discountRate: FiniteSchema.optional().meta({ description: 'Discount rate per period for NPV and discounted payback (0.08 = 8 %).' }),
  lessons: z.array(LessonSchema).optional().meta({ description: 'The lessons learned register.' }),
  maturityAssessment: MaturityAssessmentSchema.optional().meta({ description: 'The latest PMO maturity assessment (needs, delivery and questionnaire answers).' }),
  extensions: ExtensionsSchema.optional(),
});
/** A portfolio. */
export type Portfolio = z.infer<typeof PortfolioSchema>;
/** A portfolio as written in a file, before defaults are applied. */
export type PortfolioInput = z.input<typeof PortfolioSchema>;
