// The enumerations of the task model as plain constants, without zod, so that the schedule engine
// uses them without loading or bundling the schemas. `task.ts` builds its schemas from them and
// re-exports them.

/** The dependency types: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

/** Scheduling constraint types, as in MS Project. */
export const CONSTRAINT_TYPES = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;
