/**
 * Shared MSPDI vocabulary: element paths, codes, custom fields, and typed access to parsed
 * elements. Private to pmo-kit/io.
 */
import { PmoError } from '../../errors.js';
import { isIsoDate } from '../../internal/dates.js';
import type { Constraint, DependencyType } from '../../model/task.js';
import type { XmlNode } from './xml.js';

/** The MSPDI namespace. */
export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Elements that are always arrays (these names repeat wherever they appear in MSPDI). */
export const MSPDI_ARRAYS: ReadonlySet<string> = new Set([
  'ExtendedAttribute',
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'WorkWeek',
  'Task',
  'PredecessorLink',
  'TimephasedData',
  'Resource',
  'Assignment',
]);

/** Custom fields pmo-kit uses, with the alias that marks them in `<ExtendedAttributes>`. */
export const FIELDS = {
  /** Task Text1: the pmo-kit task id when it is not the UID. */
  taskId: { fieldId: 188743731, fieldName: 'Text1', alias: 'pmo-kit id' },
  /** Task Text2: JSON with what MSPDI cannot carry (on the project summary task: the project's). */
  taskData: { fieldId: 188743734, fieldName: 'Text2', alias: 'pmo-kit data' },
  /** Resource Text1: the pmo-kit resource id when it is not the UID. */
  resourceId: { fieldId: 205520904, fieldName: 'Text1', alias: 'pmo-kit id' },
  /** Resource Text2: JSON with what MSPDI cannot carry. */
  resourceData: { fieldId: 205520905, fieldName: 'Text2', alias: 'pmo-kit data' },
} as const;

/** Task custom field ids are 0xB40xxxx, resource ones 0xC40xxxx. */
export function fieldEntity(fieldId: number): 'task' | 'resource' | 'other' {
  const high = Math.floor(fieldId / 0x100000);
  return high === 0xb4 ? 'task' : high === 0xc4 ? 'resource' : 'other';
}

/** MSPDI ConstraintType codes. */
export const CONSTRAINT_BY_CODE: readonly Constraint['type'][] = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];
/** MSPDI PredecessorLink Type codes. */
export const LINK_BY_CODE: readonly DependencyType[] = ['FF', 'FS', 'SF', 'SS'];

/** Task `Type` codes. */
export const TASK_TYPE_BY_CODE = ['fixed-units', 'fixed-duration', 'fixed-work'] as const;

/** MSPDI duration/lag format codes without the "estimated" bit (32). */
export function formatBase(code: number): number {
  return code >= 35 && code <= 52 ? code - 32 : code;
}
/** Elapsed formats: em, eh, ed, ew, emo, e%. */
export function isElapsedFormat(code: number): boolean {
  return [4, 6, 8, 10, 12, 20].includes(formatBase(code));
}
/** Percent formats: %, e%. */
export function isPercentFormat(code: number): boolean {
  const b = formatBase(code);
  return b === 19 || b === 20;
}

// ---------------------------------------------------------------------------------------------
// Access to parsed elements. Every leaf is a string (the parser guesses nothing).

/** A child element, when it is an element. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const v = node?.[name];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as XmlNode) : undefined;
}

/** Repeated child elements (empty elements `<X/>` come as empty objects). */
export function items(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as XmlNode) : {}));
}

/** The text of a leaf element, or undefined when absent. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

/** The trimmed text of a leaf element, or undefined when absent or blank. */
export function value(node: XmlNode | undefined, name: string): string | undefined {
  const t = text(node, name)?.trim();
  return t === undefined || t === '' ? undefined : t;
}

/** Reads typed values and reports bad ones as PARSE errors naming the element and its owner. */
export class Reader {
  constructor(readonly fn: string) {}

  fail(where: string, message: string): never {
    throw new PmoError('PARSE', `${this.fn}: ${where}: ${message}`);
  }

  int(node: XmlNode | undefined, name: string, where: string): number | undefined {
    const t = value(node, name);
    if (t === undefined) return undefined;
    if (!/^[+-]?\d+$/.test(t)) this.fail(where, `<${name}> must be an integer, got ${JSON.stringify(t)}`);
    return Number(t);
  }

  num(node: XmlNode | undefined, name: string, where: string): number | undefined {
    const t = value(node, name);
    if (t === undefined) return undefined;
    const n = Number(t);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) || !Number.isFinite(n))
      this.fail(where, `<${name}> must be a number, got ${JSON.stringify(t)}`);
    return n;
  }

  bool(node: XmlNode | undefined, name: string, where: string): boolean | undefined {
    const t = value(node, name);
    if (t === undefined) return undefined;
    if (t === '1' || t === 'true') return true;
    if (t === '0' || t === 'false') return false;
    return this.fail(where, `<${name}> must be 0 or 1, got ${JSON.stringify(t)}`);
  }

  /** A date-time as written (`YYYY-MM-DDTHH:MM:SS`), checked. */
  dateTime(node: XmlNode | undefined, name: string, where: string): string | undefined {
    const t = value(node, name);
    if (t === undefined) return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(t);
    if (!m || !isIsoDate(m[1]!) || Number(m[2] ?? 0) > 24 || Number(m[3] ?? 0) > 59)
      this.fail(where, `<${name}> must be a date-time like 2026-01-05T08:00:00, got ${JSON.stringify(t)}`);
    return t;
  }

  /** The calendar day of a date-time. */
  date(node: XmlNode | undefined, name: string, where: string): string | undefined {
    return this.dateTime(node, name, where)?.slice(0, 10);
  }

  /** Minutes of a time of day `HH:MM:SS`. */
  time(node: XmlNode | undefined, name: string, where: string): number | undefined {
    const t = value(node, name);
    if (t === undefined) return undefined;
    const m = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(t);
    if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) this.fail(where, `<${name}> must be a time like 08:00:00, got ${JSON.stringify(t)}`);
    return Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
  }
}

/**
 * Working periods of a `WorkingTimes` element, in minutes from midnight and in order (a `ToTime`
 * at or before `FromTime` ends at midnight); undefined when there is none.
 */
export function workingIntervals(r: Reader, node: XmlNode | undefined, where: string): [number, number][] | undefined {
  const times = child(node, 'WorkingTimes');
  if (times === undefined) return undefined;
  const out: [number, number][] = [];
  for (const wt of items(times, 'WorkingTime')) {
    const from = r.time(wt, 'FromTime', where);
    const to = r.time(wt, 'ToTime', where);
    if (from === undefined || to === undefined) continue;
    out.push([from, to <= from ? 1440 : to]);
  }
  return out.length > 0 ? out.sort((a, b) => a[0] - b[0]) : undefined;
}

/** Working minutes of a `WorkingTimes` element (a `ToTime` at or before `FromTime` ends at midnight). */
export function workingMinutes(r: Reader, node: XmlNode | undefined, where: string): number | undefined {
  const times = workingIntervals(r, node, where);
  return times === undefined ? undefined : times.reduce((sum, [f, t]) => sum + t - f, 0);
}

/** Plain JSON value equality (objects compared by own enumerable keys, `undefined` = absent). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!deepEqual(ao[k], bo[k])) return false;
  return true;
}

/** The blob a writer leaves for what MSPDI cannot carry: fields to set and fields to remove. */
export interface Patch {
  set?: Record<string, unknown>;
  unset?: string[];
}

/** Fields of `original` that `readBack` does not reproduce, as a patch (undefined when none). */
export function diffFields(original: object, readBack: object, keys?: readonly string[]): Patch | undefined {
  const o = original as Record<string, unknown>;
  const b = readBack as Record<string, unknown>;
  const all = keys ?? [...new Set([...Object.keys(o), ...Object.keys(b)])];
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const k of all) {
    if (deepEqual(o[k], b[k])) continue;
    if (o[k] === undefined) unset.push(k);
    else set[k] = o[k];
  }
  if (Object.keys(set).length === 0 && unset.length === 0) return undefined;
  return { ...(Object.keys(set).length > 0 ? { set } : {}), ...(unset.length > 0 ? { unset } : {}) };
}

/** Applies a patch to a plain object (in place; `__proto__` and friends are written as own keys). */
export function applyPatch(target: Record<string, unknown>, patch: unknown): void {
  if (typeof patch !== 'object' || patch === null) return;
  const { set, unset } = patch as Patch;
  if (Array.isArray(unset)) for (const k of unset) if (typeof k === 'string') delete target[k];
  if (typeof set === 'object' && set !== null)
    for (const [k, v] of Object.entries(set)) Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
}
