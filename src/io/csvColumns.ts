/** The CSV files {@link readCsv} reads, and their columns. */

/** The kinds of CSV file {@link readCsv} reads, in the order it assembles them. */
export const CSV_KINDS = ['calendars', 'holidays', 'resources', 'projects', 'tasks', 'dependencies', 'assignments', 'risks'] as const;

/** A kind of CSV file: what one row is (a calendar, a holiday, a resource, a project, a task, …). */
export type CsvKind = (typeof CSV_KINDS)[number];

/** One column of a CSV file kind: the header a template uses, and the headers read as it. */
export interface CsvColumn {
  /** The key of the column (stable, for code): `duration`, `predecessors`, … */
  readonly key: string;
  /** The header a template writes (`Duration`, `Predecessors`, `% Complete`). */
  readonly name: string;
  /**
   * Other headers read as this column, as PM tools and spreadsheets export them (`Task Name`,
   * `Max Units`). Headers are compared ignoring case, spaces, punctuation and camel case, and
   * `%` reads as `percent`: `task_name`, `TaskName` and `TASK NAME` are all `Task Name`.
   */
  readonly aliases: readonly string[];
  /** Whether a file of this kind must have the column (its cells may still be empty where a default applies). */
  readonly required: boolean;
}

const col = (key: string, name: string, aliases: readonly string[] = [], required = false): CsvColumn => ({ key, name, aliases, required });

/**
 * The columns of each kind of CSV file, by kind. docs/file-formats.md explains each (values,
 * defaults, examples); a test checks that it lists every column and alias written here.
 *
 * Rows need a few columns beyond those marked `required`: a project, resource or calendar row
 * needs its id or its name (either column), an assignment a `Resource` or a `Skill`.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.tasks.find((c) => c.key === 'duration')!.aliases; // ['Dur', 'Planned Duration', …]
 * const template = CSV_COLUMNS.tasks.map((c) => c.name).join(','); // a header row to fill in
 * ```
 */
export const CSV_COLUMNS: Readonly<Record<CsvKind, readonly CsvColumn[]>> = {
  calendars: [
    col('id', 'Calendar', ['Id', 'Calendar Id', 'Code']),
    col('name', 'Name', ['Calendar Name']),
    col('workingDays', 'Working Days', ['Workdays', 'Work Days', 'Work Week'], true),
    col('hoursPerDay', 'Hours per Day', ['Hours', 'Daily Hours', 'Hours per Workday']),
  ],
  holidays: [
    col('calendar', 'Calendar', ['Calendar Id']),
    col('date', 'Date', ['Holiday Date', 'From Date', 'Day'], true),
    col('until', 'Until', ['End Date', 'To Date', 'End', 'Through']),
    col('name', 'Name', ['Holiday', 'Description', 'Reason']),
    col('working', 'Working', ['Is Working', 'Working Day']),
  ],
  resources: [
    col('id', 'Id', ['Resource Id', 'Resource Code', 'Code']),
    col('name', 'Name', ['Resource Name', 'Resource', 'Full Name']),
    col('capacity', 'Capacity', ['Max Units', 'Units', 'Availability', 'FTE']),
    col('skills', 'Skills', ['Skill', 'Skill Levels']),
    col('calendar', 'Calendar', ['Base Calendar', 'Calendar Id']),
    col('costPerHour', 'Cost per Hour', ['Std Rate', 'Standard Rate', 'Rate', 'Hourly Rate']),
    col('pool', 'Pool', ['Resource Pool', 'Group', 'Team']),
  ],
  projects: [
    col('id', 'Project', ['Id', 'Project Id', 'Project Code', 'Code']),
    col('name', 'Name', ['Project Name', 'Title']),
    col('start', 'Start', ['Start Date', 'Project Start', 'Planned Start']),
    col('deadline', 'Deadline', ['Due', 'Due Date', 'Target Finish', 'Target Date']),
    col('calendar', 'Calendar', ['Calendar Id', 'Base Calendar']),
    col('priority', 'Priority'),
    col('budget', 'Budget', ['Budget Cost', 'BAC']),
    col('status', 'Status', ['Project Status', 'State']),
    col('manager', 'Manager', ['Project Manager', 'PM', 'Manager Id']),
    col('sponsor', 'Sponsor', ['Sponsor Id', 'Executive Sponsor']),
    col('program', 'Program', ['Programme', 'Program Id']),
    col('expectedValue', 'Expected Value', ['Value', 'Benefit', 'Benefits']),
    col('description', 'Description', ['Project Description']),
  ],
  tasks: [
    col('project', 'Project', ['Project Id', 'Project Code']),
    col('id', 'Id', ['Task Id', 'Activity Id', 'Task Code']),
    col('name', 'Name', ['Task Name', 'Task', 'Activity', 'Activity Name', 'Title']),
    col('duration', 'Duration', ['Dur', 'Planned Duration', 'Original Duration', 'Duration Days'], true),
    col('start', 'Start', ['Start Date', 'Planned Start']),
    col('predecessors', 'Predecessors', ['Predecessor', 'Depends On', 'Dependencies', 'Preds']),
    col('parent', 'Parent', ['Parent Id', 'Parent Task', 'Summary Task']),
    col('outlineLevel', 'Outline Level', ['Level', 'Indent']),
    col('wbs', 'WBS', ['WBS Code', 'Outline Number']),
    col('milestone', 'Milestone', ['Is Milestone']),
    col('calendar', 'Calendar', ['Task Calendar', 'Calendar Id']),
    col('resources', 'Resource Names', ['Resources', 'Resource', 'Assigned To', 'Assignee', 'Assignees']),
    col('constraintType', 'Constraint Type', ['Constraint']),
    col('constraintDate', 'Constraint Date'),
    col('deadline', 'Deadline', ['Due', 'Due Date']),
    col('budget', 'Budget', ['Budget Cost', 'Planned Cost']),
    col('percentComplete', '% Complete', ['Progress', 'Complete', 'Pct Complete']),
    col('actualStart', 'Actual Start'),
    col('actualFinish', 'Actual Finish'),
    col('actualCost', 'Actual Cost'),
    col('optimistic', 'Optimistic', ['Optimistic Duration', 'Best Case']),
    col('mostLikely', 'Most Likely', ['Most Likely Duration', 'Likely']),
    col('pessimistic', 'Pessimistic', ['Pessimistic Duration', 'Worst Case']),
  ],
  dependencies: [
    col('project', 'Project', ['Project Id']),
    col('fromProject', 'From Project', ['Predecessor Project']),
    col('from', 'From', ['Predecessor', 'Predecessor Id', 'From Task', 'From Id', 'Pred'], true),
    col('toProject', 'To Project', ['Successor Project']),
    col('to', 'To', ['Successor', 'Successor Id', 'To Task', 'To Id', 'Succ'], true),
    col('type', 'Type', ['Link Type', 'Dependency Type', 'Relation', 'Relationship']),
    col('lag', 'Lag', ['Lag Days', 'Lead Lag']),
    col('note', 'Note', ['Notes', 'Comment', 'Comments', 'Reason']),
  ],
  assignments: [
    col('project', 'Project', ['Project Id']),
    col('task', 'Task', ['Task Id'], true),
    col('resource', 'Resource', ['Resource Id', 'Resource Name']),
    col('skill', 'Skill'),
    col('minLevel', 'Min Level', ['Minimum Level', 'Skill Level', 'Level']),
    col('units', 'Units', ['Assignment Units', 'Allocation', 'FTE']),
  ],
  risks: [
    col('id', 'Id', ['Risk Id', 'Ref', 'Reference', 'Code']),
    col('title', 'Title', ['Risk', 'Name', 'Risk Title', 'Risk Name', 'Summary'], true),
    col('description', 'Description', ['Details', 'Risk Description']),
    col('kind', 'Kind', ['Type', 'Risk Type']),
    col('category', 'Category', ['Risk Category']),
    col('probability', 'Probability', ['Likelihood', 'Prob'], true),
    col('costImpact', 'Cost Impact', ['Impact Cost', 'Cost']),
    col('daysImpact', 'Schedule Impact', ['Impact Days', 'Days Impact', 'Delay']),
    col('scoreImpact', 'Impact', ['Impact Score', 'Severity', 'Consequence']),
    col('project', 'Project', ['Project Id']),
    col('tasks', 'Tasks', ['Task Ids', 'Affected Tasks', 'Task']),
    col('strategy', 'Strategy', ['Response Strategy', 'Response Type', 'Treatment'], true),
    col('response', 'Response', ['Response Plan', 'Mitigation', 'Mitigation Plan', 'Action Plan']),
    col('owner', 'Owner', ['Risk Owner', 'Owner Id'], true),
    col('status', 'Status', ['Risk Status', 'State']),
    col('triggers', 'Triggers', ['Trigger', 'Warning Signs']),
    col('identifiedOn', 'Identified On', ['Identified', 'Date Identified', 'Raised', 'Raised On']),
    col('lastReviewedOn', 'Last Reviewed On', ['Last Reviewed', 'Reviewed', 'Review Date']),
  ],
};
