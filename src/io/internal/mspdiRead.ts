/**
 * The MSPDI reader behind readMspdi, readMspdiDetails and writeMspdi's self-check: the steps of
 * reading a document, in order. Private to pmo-kit/io.
 */
import { PmoError, PmoValidationError } from '../../errors.js';
import { parsePortfolio } from '../../model/parse.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { MspdiDocument, MspdiTaskDetails, MspdiWarning, ReadMspdiOptions } from '../mspdiTypes.js';
import { parseBlob, type CalendarPreset, type MspdiWarn, type ProjectBlob } from './mspdiBlob.js';
import { fieldValue, projectElement, readPmoFields, readProperties, type ReadStep } from './mspdiDocument.js';
import { Reader } from './mspdi.js';
import { portfolioCalendars } from './mspdiPortfolioCalendars.js';
import { taskDetails } from './mspdiReadDetails.js';
import { portfolioOf } from './mspdiReadPortfolio.js';
import { checkTimings, readAssignments, readResources } from './mspdiReadResources.js';
import { parentsOf, placeTasks, readLinks, readTaskEntries } from './mspdiReadTasks.js';

type Obj = Record<string, unknown>;

/** What the reader produces before validation (the writer compares it with its input). */
export interface RawRead {
  readonly portfolio: Obj;
  readonly document: Omit<MspdiDocument, 'portfolio' | 'project'>;
}

/** Warnings that are approximations: errors with `approximations: 'error'`. */
const APPROXIMATIONS = new Set(['elapsed-lag', 'working-lag-on-elapsed-task', 'percent-lag']);

/** A warner that collects into `warnings`, or throws for an approximation the options refuse. */
function warner(fn: string, options: ReadMspdiOptions, warnings: MspdiWarning[]): MspdiWarn {
  return (code, message, uid) => {
    if (options.approximations === 'error' && APPROXIMATIONS.has(code)) {
      throw new PmoError('PARSE', `${fn}: ${message} (approximations are not allowed)`);
    }
    warnings.push(uid === undefined ? { code, message } : { code, message, uid });
  };
}

/**
 * Reads an MSPDI document without validating it. With `applyBlobs` false the "pmo-kit data"
 * fields are ignored, and `preset` (the writer's) names the calendars and lists the made-up ones.
 */
export function readMspdiRaw(fn: string, xml: unknown, options: ReadMspdiOptions, applyBlobs: boolean, preset?: CalendarPreset): RawRead {
  const project = projectElement(fn, xml);
  const warnings: MspdiWarning[] = [];
  const step: ReadStep = { r: new Reader(fn), warn: warner(fn, options, warnings), applyBlobs };
  const properties = readProperties(step.r, project, step.warn);
  const fields = readPmoFields(step.r, project);
  const tasks = readTaskEntries(step, project, fields);
  const { entries, summaryNode } = tasks;
  const projectBlob = (
    applyBlobs && summaryNode !== undefined ? parseBlob(fieldValue(summaryNode, fields.taskData), step.warn, 'the project summary task') : preset
  ) as ProjectBlob | undefined;
  const cals = portfolioCalendars(step, project, properties, projectBlob, entries.some((e) => e.elapsed));
  const parents = parentsOf(entries);
  placeTasks(step, entries, parents, cals, properties);
  const dependencies = readLinks(step, tasks, properties.minutesPerDay);
  const resources = readResources(step, project, fields, cals);
  readAssignments(step, project, tasks, resources);
  checkTimings(step, tasks, parents, resources);
  const portfolio = portfolioOf(step, { project, properties, projectBlob, tasks, dependencies, cals, resources }, options);

  const details = new Map<string, MspdiTaskDetails>();
  for (const e of entries) details.set(String(e.task.id), taskDetails(step.r, e.node, e.uid, String(e.task.id), e, cals.projectTimes));
  return {
    portfolio,
    document: {
      properties,
      tasks: details,
      projectSummary: summaryNode === undefined ? undefined : taskDetails(step.r, summaryNode, 0, '', undefined, cals.projectTimes),
      nullTaskUids: tasks.nullTaskUids,
      warnings,
    },
  };
}

/** Reads and validates an MSPDI document. */
export function readMspdiDocument(fn: string, xml: unknown, options: ReadMspdiOptions): MspdiDocument {
  const { portfolio, document } = readMspdiRaw(fn, xml, options, true);
  let validated: Portfolio;
  try {
    validated = parsePortfolio(portfolio);
  } catch (err) {
    if (err instanceof PmoValidationError) {
      const lines = err.issues.slice(0, 20).map((i) => `  - ${err.formatIssue(i)}`);
      throw new PmoError('PARSE', [`${fn}: the document does not form a valid portfolio:`, ...lines].join('\n'), { cause: err });
    }
    throw err;
  }
  return { ...document, portfolio: validated, project: validated.projects[0]! };
}
