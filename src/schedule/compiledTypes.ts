/**
 * The arrays of a compiled schedule (`compileSchedule`): its links, and where a run writes. Apart
 * from compileSchedule.ts so that the engine's compiled network (internal/compiled.ts) uses the
 * same types.
 */

/** Link type codes of {@link CompiledSchedule.links}: `FS` 0, `SS` 1, `FF` 2, `SF` 3 (bit 0: from the predecessor's start; bit 1: to the successor's finish). */
export const COMPILED_LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

/** The links of a compiled schedule, as the engine schedules them; link e is `from[e] -> to[e]` (task indices). */
export interface CompiledLinks {
  /** Number of links. */
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Type code of each link, an index of {@link COMPILED_LINK_TYPES}. */
  readonly type: Uint8Array;
  /** Lag of each link, in working days (of the successor's calendar). */
  readonly lag: Float64Array;
}

/** Where {@link CompiledSchedule.run} writes; every array is indexed by task (see `taskKeys`) and may be left out. */
export interface CompiledScheduleOutput {
  /** Early start offset of each task (working days of the reference calendar). */
  readonly earlyStart?: Float64Array | undefined;
  /** Early finish offset of each task (exclusive). */
  readonly earlyFinish?: Float64Array | undefined;
  /** Late start offset of each task. */
  readonly lateStart?: Float64Array | undefined;
  /** Late finish offset of each task. */
  readonly lateFinish?: Float64Array | undefined;
  /** Total float of each task, in working days of its own calendar. */
  readonly totalFloat?: Float64Array | undefined;
  /** 1 for a critical task, else 0. */
  readonly critical?: Uint8Array | undefined;
  /** Finish offset of each project (indexed as `projectIds`). */
  readonly projectFinish?: Float64Array | undefined;
}
