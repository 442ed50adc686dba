/**
 * The types of an MSPDI document as pmo-kit reads it: the options of the readers, the document,
 * its tasks, links, settings and warnings. On their own so that the public readers and the
 * private reader behind them import them from one place (no import loop).
 */
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { Constraint, DependencyType } from '../model/task.js';

/** Options of {@link readMspdi} and {@link readMspdiDetails}. */
export interface ReadMspdiOptions {
  /**
   * Id of the project. Default: the id `writeMspdi` stored, else the document's `<Name>` (often
   * its file name), else `"mspdi"`.
   */
  readonly projectId?: string;
  /** Id of the portfolio around the project. Default: the one `writeMspdi` stored, else the project id. */
  readonly portfolioId?: string;
  /**
   * What to do with values pmo-kit can only approximate — elapsed lags to a task that is not
   * elapsed (read as 1 elapsed day = 1 working day), working-time lags to an elapsed task (read
   * as as many elapsed days) and percent lags (read as that share of the predecessor's
   * duration): `'warn'` (default) converts them and lists them in
   * {@link MspdiDocument.warnings}; `'error'` throws a `PARSE` error instead.
   */
  readonly approximations?: 'warn' | 'error';
}

/** How MS Project fixes a task's work, duration and units (`Task/Type` 0, 1, 2). */
export type MspdiTaskType = 'fixed-units' | 'fixed-duration' | 'fixed-work';

/** A `PredecessorLink` as written, and what pmo-kit made of it. */
export interface MspdiLinkDetails {
  /** `PredecessorUID`. */
  readonly predecessorUid: number;
  /** The link type (`Type` 0 = FF, 1 = FS, 2 = SF, 3 = SS). */
  readonly type: DependencyType;
  /** `LinkLag` as written: tenths of a minute (a percentage for percent lags). */
  readonly linkLag: number;
  /** `LagFormat` as written (7 = days, 9 = weeks, 8 = elapsed days, 19 = percent, …). */
  readonly lagFormat: number;
  /** The lag as read into the project's dependency, in days of the successor's calendar (elapsed days for an elapsed successor). */
  readonly lag: number;
  /** `CrossProject`: a link to a task of another file (not read into the project). */
  readonly crossProject: boolean;
  /** Whether the link became a dependency of the project (false: dropped, see the warnings). */
  readonly kept: boolean;
}

/** A working part of a task: from `startDate` to `finishDate` (local date-times as written). */
export interface MspdiSegment {
  /** Start of the part, `YYYY-MM-DDTHH:MM:SS`. */
  readonly startDate: string;
  /** Finish of the part, `YYYY-MM-DDTHH:MM:SS`. */
  readonly finishDate: string;
}

/**
 * What the MSPDI file says about one task beyond the pmo-kit model: MS Project's own flags and
 * the schedule it computed. Date-times are local, as written (`YYYY-MM-DDTHH:MM:SS`, no zone);
 * slack is converted to days of the task's calendar: its minutes over the working minutes of a
 * day of that calendar, or elapsed days of 1440 minutes for an elapsed task (MS Project counts
 * its slack in elapsed time), as pmo-kit's floats are counted.
 */
export interface MspdiTaskDetails {
  /** `UID`. */
  readonly uid: number;
  /** The pmo-kit task id: the UID as a string unless the file carries a pmo-kit id. */
  readonly id: string;
  /** `ID`: the row number shown in MS Project. */
  readonly row: number | undefined;
  /** `Name` (empty when absent). */
  readonly name: string;
  /** `OutlineLevel` (1 = top level). */
  readonly outlineLevel: number;
  /** `OutlineNumber`, e.g. `1.2`. */
  readonly outlineNumber: string | undefined;
  /** `WBS` code. */
  readonly wbs: string | undefined;
  /** `Summary` as written. */
  readonly summary: boolean;
  /** `Milestone`. */
  readonly milestone: boolean;
  /**
   * `Manual`: manually scheduled (MS Project 2010+); MS Project's dates then ignore the links. Read
   * as the task's `manualStart` (see docs/mspdi.md).
   */
  readonly manual: boolean;
  /** `Active` (MS Project 2010+; inactive tasks do not take part in scheduling). Defaults to true. */
  readonly active: boolean;
  /** `Type`, when written. */
  readonly type: MspdiTaskType | undefined;
  /** `EffortDriven`. */
  readonly effortDriven: boolean;
  /** `Duration` in minutes. */
  readonly durationMinutes: number;
  /** `DurationFormat` as written (7 = days, 39 = estimated days, 8 = elapsed days, …). */
  readonly durationFormat: number | undefined;
  /**
   * Whether the duration is elapsed time: the task is read onto {@link MSPDI_ELAPSED_CALENDAR}
   * with its duration in elapsed days of 24 hours.
   */
  readonly elapsed: boolean;
  /** Whether the duration is marked estimated (`?` in MS Project). */
  readonly estimated: boolean;
  /** Whether the task has progress: an actual start, percent complete, actual duration or work. */
  readonly hasActuals: boolean;
  /** `PercentComplete`. */
  readonly percentComplete: number | undefined;
  /** `ActualStart`. */
  readonly actualStartDate: string | undefined;
  /** `ActualFinish`. */
  readonly actualFinishDate: string | undefined;
  /** UIDs of the resources assigned (work, material and cost resources alike). */
  readonly resourceUids: readonly number[];
  /** Working parts from the assignments' timephased work; more than one when the task is split. */
  readonly segments: readonly MspdiSegment[];
  /**
   * Whether the task is split (its timephased work has gaps). A split task is read over its
   * whole span (work and gaps), with a `split-task` warning.
   */
  readonly split: boolean;
  /** The constraint type (`ConstraintType`, ASAP when absent). */
  readonly constraintType: Constraint['type'];
  /** `ConstraintDate`. */
  readonly constraintDate: string | undefined;
  /** `CalendarUID`; undefined for the project calendar (-1). */
  readonly calendarUid: number | undefined;
  /** `Deadline`. */
  readonly deadlineDate: string | undefined;
  /** MS Project's `Start`. */
  readonly startDate: string | undefined;
  /** MS Project's `Finish`. */
  readonly finishDate: string | undefined;
  /** MS Project's `EarlyStart`. */
  readonly earlyStartDate: string | undefined;
  /** MS Project's `EarlyFinish`. */
  readonly earlyFinishDate: string | undefined;
  /** MS Project's `LateStart`. */
  readonly lateStartDate: string | undefined;
  /** MS Project's `LateFinish`. */
  readonly lateFinishDate: string | undefined;
  /** MS Project's `TotalSlack`, in working days (elapsed days for an elapsed task). */
  readonly totalSlack: number | undefined;
  /** MS Project's `FreeSlack`, in working days (elapsed days for an elapsed task). */
  readonly freeSlack: number | undefined;
  /** MS Project's `Critical`. */
  readonly critical: boolean | undefined;
  /** The task's `PredecessorLink`s. */
  readonly predecessors: readonly MspdiLinkDetails[];
}

/** Project-level settings of an MSPDI file. */
export interface MspdiProperties {
  /** `Name` (often the file name). */
  readonly name: string | undefined;
  /** `Title`. */
  readonly title: string | undefined;
  /** `SaveVersion` (12 = Project 2007, 14 = Project 2010 and later). */
  readonly saveVersion: number | undefined;
  /** `StartDate`. */
  readonly startDate: string | undefined;
  /** `FinishDate`. */
  readonly finishDate: string | undefined;
  /** `ScheduleFromStart` (false: scheduled backwards from the finish date). */
  readonly scheduleFromStart: boolean;
  /**
   * `MinutesPerDay` (default 480): how MS Project shows a day. Durations, lags and slack are read
   * in days of the task's calendar (its working minutes a day), which MS Project schedules on.
   */
  readonly minutesPerDay: number;
  /** `MinutesPerWeek` (default 2400). */
  readonly minutesPerWeek: number;
  /** `DaysPerMonth` (default 20). */
  readonly daysPerMonth: number;
  /** `CalendarUID`: the project calendar. */
  readonly calendarUid: number | undefined;
  /** `HonorConstraints`: constraints win over links. */
  readonly honorConstraints: boolean | undefined;
  /** `CurrencyCode`. */
  readonly currencyCode: string | undefined;
  /** `StatusDate`. */
  readonly statusDate: string | undefined;
}

/** Something read approximately or left out, with a machine-readable code. */
export interface MspdiWarning {
  /**
   * `elapsed-lag`, `working-lag-on-elapsed-task`, `percent-lag` (approximations, errors with
   * `approximations: 'error'`); `elapsed-task-calendar` (the task calendar of an elapsed task,
   * replaced by elapsed time); `cross-project-link`, `unknown-predecessor`, `self-link`,
   * `duplicate-link`, `unknown-calendar`, `constraint-without-date`, `non-work-resource`,
   * `unknown-resource`, `unsupported-recurrence`, `unknown-base-calendar`, `base-calendar-cycle`,
   * `duplicate-calendar`, `calendar-without-uid`, `work-week-too-long`, `bad-pmo-data`,
   * `scheduled-from-finish`; per task, what a CPM on the task calendar cannot reproduce exactly:
   * `split-task`, `resource-driven`, `uneven-working-days`, `constraint-time`, `deadline-time`,
   * `manual-start-time`, `manual-summary`, `manual-without-start`, `inactive-task`; and
   * `project-start-time`. The table of docs/mspdi.md says what each means.
   */
  readonly code: string;
  /** A sentence naming the task, link or calendar. */
  readonly message: string;
  /** The task UID concerned, if any. */
  readonly uid?: number;
}

/** Everything {@link readMspdiDetails} reads from an MSPDI file. */
export interface MspdiDocument {
  /** The validated portfolio, as {@link readMspdi} returns it. */
  readonly portfolio: Portfolio;
  /** Its only project (`portfolio.projects[0]`). */
  readonly project: Project;
  /** Project-level settings. */
  readonly properties: MspdiProperties;
  /** Per task, keyed by the pmo-kit task id (the same ids as `project.tasks`), in file order. */
  readonly tasks: ReadonlyMap<string, MspdiTaskDetails>;
  /** The project summary task (UID 0) with MS Project's project-level dates, when present. */
  readonly projectSummary: MspdiTaskDetails | undefined;
  /** UIDs of the null (blank) tasks that were skipped. */
  readonly nullTaskUids: readonly number[];
  /** What was read approximately or left out. */
  readonly warnings: readonly MspdiWarning[];
}
