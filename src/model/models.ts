/** The registry of top-level models: their schema and their beyond-shape checks. Private. */
import type { z } from 'zod';
import { AllocationProblemSchema } from './allocation.js';
import { CalendarSchema } from './calendar.js';
import { OrganizationSchema } from './organization.js';
import { PortfolioSchema } from './portfolio.js';
import { PrioritizationProblemSchema } from './prioritization.js';
import { ProgramSchema, ProjectSchema } from './project.js';
import { ResourcePoolSchema, ResourceSchema } from './resource.js';
import { RiskRegisterSchema, RiskSchema } from './risk.js';
import { LessonSchema } from './lesson.js';
import { MaturityAssessmentSchema } from './maturity.js';
import {
  checkPortfolio,
  checkRiskRegister,
  checkStandaloneCalendar,
  checkStandaloneMaturityAssessment,
  checkStandaloneOrganization,
  checkStandaloneProject,
  type IssueSink,
} from './semantic.js';
import { checkAllocationProblem, checkPrioritizationProblem, checkSelectionProblem } from './semantic-optimization.js';
import { SelectionProblemSchema } from './selection.js';
import { BaselineSchema, StatusReportSchema } from './status.js';

/** Names of the top-level models that can be parsed and exported as JSON Schema. */
export const MODEL_NAMES = [
  'portfolio',
  'project',
  'organization',
  'riskRegister',
  'risk',
  'calendar',
  'resource',
  'resourcePool',
  'program',
  'statusReport',
  'baseline',
  'allocation',
  'selection',
  'prioritization',
  'lesson',
  'maturityAssessment',
] as const;
/** A top-level model name. */
export type ModelName = (typeof MODEL_NAMES)[number];

interface ModelEntry {
  readonly schema: z.ZodType;
  readonly label: string;
  readonly check?: (sink: IssueSink, input: unknown) => void;
}

export const MODELS: ReadonlyMap<ModelName, ModelEntry> = new Map<ModelName, ModelEntry>([
  ['portfolio', { schema: PortfolioSchema, label: 'portfolio', check: checkPortfolio }],
  ['project', { schema: ProjectSchema, label: 'project', check: checkStandaloneProject }],
  ['organization', { schema: OrganizationSchema, label: 'organization', check: checkStandaloneOrganization }],
  ['riskRegister', { schema: RiskRegisterSchema, label: 'risk register', check: checkRiskRegister }],
  ['risk', { schema: RiskSchema, label: 'risk' }],
  ['calendar', { schema: CalendarSchema, label: 'calendar', check: checkStandaloneCalendar }],
  ['resource', { schema: ResourceSchema, label: 'resource' }],
  ['resourcePool', { schema: ResourcePoolSchema, label: 'resource pool' }],
  ['program', { schema: ProgramSchema, label: 'program' }],
  ['statusReport', { schema: StatusReportSchema, label: 'status report' }],
  ['baseline', { schema: BaselineSchema, label: 'baseline' }],
  ['allocation', { schema: AllocationProblemSchema, label: 'allocation problem', check: checkAllocationProblem }],
  ['selection', { schema: SelectionProblemSchema, label: 'selection problem', check: checkSelectionProblem }],
  ['prioritization', { schema: PrioritizationProblemSchema, label: 'prioritization problem', check: checkPrioritizationProblem }],
  ['lesson', { schema: LessonSchema, label: 'lesson' }],
  ['maturityAssessment', { schema: MaturityAssessmentSchema, label: 'maturity assessment', check: checkStandaloneMaturityAssessment }],
]);
