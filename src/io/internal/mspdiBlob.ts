/**
 * The "pmo-kit data" a writer stores in an MSPDI document for what MSPDI cannot carry: its shape
 * on the project summary task and on a task, and how the reader parses it. Private to
 * pmo-kit/io.
 */

/** A reader's warning: a machine-readable code, a sentence, and the task UID concerned. */
export type MspdiWarn = (code: string, message: string, uid?: number) => void;

/** The JSON a writer stores on the project summary task (field "pmo-kit data"). */
export interface ProjectBlob {
  /** Patch of the project's own fields. */
  project?: unknown;
  /** Patch of the portfolio's fields (id, name, description, currency, defaultCalendarId). */
  portfolio?: unknown;
  /** Per calendar UID: patch of the calendar. */
  calendars?: Record<string, unknown>;
  /** UIDs of calendars the writer made up (a project calendar, resource calendars): not read. */
  syntheticCalendars?: number[];
  /** Dependency k of the original is natural (file-order) dependency order[k]. */
  order?: number[];
  /** Per natural index: the exact dependency. */
  dependencies?: Record<string, unknown>;
  /**
   * Position of the elapsed calendar among the portfolio's calendars when the reader cannot infer
   * it (default: last, and only when a task is elapsed).
   */
  elapsedCalendarIndex?: number;
  /** Programs and pools of the portfolio that concern the project. */
  programs?: unknown[];
  pools?: unknown[];
}

/** What of a {@link ProjectBlob} the writer hands to its self-check read (the calendars it named or made up). */
export type CalendarPreset = Pick<ProjectBlob, 'calendars' | 'syntheticCalendars' | 'elapsedCalendarIndex'>;

/** The JSON a writer stores on a task. */
export interface TaskBlob {
  set?: Record<string, unknown>;
  unset?: string[];
  /** Position of the task in the original project's task list. */
  index?: number;
}

/**
 * The JSON object in a "pmo-kit data" field; undefined, with a `bad-pmo-data` warning naming
 * `where`, when the field holds anything else.
 */
export function parseBlob(raw: string | undefined, warn: MspdiWarn, where: string): unknown {
  if (raw === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v;
  } catch {
    // reported below
  }
  warn('bad-pmo-data', `${where}: the "pmo-kit data" field is not a JSON object; ignored`);
  return undefined;
}
