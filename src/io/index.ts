/**
 * Files in and out: Microsoft Project XML (MSPDI) reader and writer, PSPLIB `.sm` and MPLIB
 * `.rcmp` benchmark readers, and diagram exports (Mermaid flowchart and Gantt chart, Graphviz
 * DOT).
 *
 * @module io
 */
export { readMspdi, type MspdiReadOptions } from './readMspdi.js';
export {
  readMspdiDetails,
  type MspdiDocument,
  type MspdiLinkDetails,
  type MspdiProperties,
  type MspdiSegment,
  type MspdiTaskDetails,
  type MspdiTaskType,
  type MspdiWarning,
} from './readMspdiDetails.js';
export { writeMspdi, type MspdiWriteOptions } from './writeMspdi.js';
export { MSPDI_ELAPSED_CALENDAR } from './mspdiElapsedCalendar.js';
export { readPsplib, type PsplibActivity, type PsplibInstance, type PsplibReadOptions } from './readPsplib.js';
export { psplibToPortfolio, type PsplibToPortfolioOptions } from './psplibToPortfolio.js';
export { readRcmp, type RcmpActivity, type RcmpInstance, type RcmpProject, type RcmpReadOptions } from './readRcmp.js';
export { rcmpToPortfolio, type RcmpToPortfolioOptions } from './rcmpToPortfolio.js';
export { detectFormat, type FileFormat } from './detectFormat.js';
export type { DatedSchedule, DatedTask, ScheduleLike, ScheduledTaskLike, TaskLabel } from './types.js';
export { toMermaidFlowchart, type MermaidFlowchartOptions } from './toMermaidFlowchart.js';
export { toMermaidGantt, type MermaidGanttOptions } from './toMermaidGantt.js';
export { toDot, type DotOptions } from './toDot.js';
