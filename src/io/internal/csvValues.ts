/**
 * Reading the text of one CSV cell as a value: numbers, percentages, money, dates, durations and
 * lags, booleans, lists, weekdays, predecessors (`3FS+2d`) and resource assignments
 * (`Ana[50%]`). Each function returns the value or a message; none throws. The exact rules are
 * in docs/file-formats.md. Private to pmo-kit/io.
 */
import { DEPENDENCY_TYPES } from '../../model/task-constants.js';

/** A value read, or why it could not be. */
export type Read<T> = { readonly value: T; readonly error?: undefined } | { readonly value?: undefined; readonly error: string };

const ok = <T>(value: T): Read<T> => ({ value });
const bad = (error: string): Read<never> => ({ error });
const show = (s: string): string => JSON.stringify(s);

/** The date layouts read: ISO (`2026-01-05`), or month/day/year or day/month/year besides it. */
export type CsvDateFormat = 'iso' | 'mdy' | 'dmy';

/** How numbers are written in a file: a semicolon-delimited file takes a decimal comma. */
export interface NumberStyle {
  readonly decimalComma: boolean;
}

const CURRENCY = /^[$€£¥]|[$€£¥]$/g;

/**
 * A number: `12`, `-3.5`, `1,234.5` (comma groups of three); in a file with a decimal comma also
 * `3,5` and `1.234,5`. A currency sign before or after is dropped (`$1,200.00`).
 */
export function readNumber(text: string, style: NumberStyle): Read<number> {
  let s = text.trim().replace(CURRENCY, '').trim();
  if (style.decimalComma) {
    if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return bad(`expected a number, got ${show(text)}`);
  const n = Number(s);
  return Number.isFinite(n) ? ok(n) : bad(`the number ${show(text)} is too large`);
}

/** A number or a percentage (`50%`): the number, and whether it was written with `%`. */
export function readPercentable(text: string, style: NumberStyle): Read<{ readonly n: number; readonly percent: boolean }> {
  const s = text.trim();
  const percent = s.endsWith('%');
  const r = readNumber(percent ? s.slice(0, -1) : s, style);
  if (r.error !== undefined) return bad(`expected a number or a percentage, got ${show(text)}`);
  return ok({ n: r.value, percent });
}

/** Units of work (capacity, assignment units): `1`, `0.5`, `50%` (= 0.5), `200%` (= 2). */
export function readUnits(text: string, style: NumberStyle): Read<number> {
  const r = readPercentable(text, style);
  if (r.error !== undefined) return r;
  return ok(r.value.percent ? r.value.n / 100 : r.value.n);
}

/** A probability: `0.3` or `30%`; a bare number above 1 is refused (did you mean a percentage?). */
export function readProbability(text: string, style: NumberStyle): Read<number> {
  const r = readPercentable(text, style);
  if (r.error !== undefined) return r;
  const { n, percent } = r.value;
  if (!percent && n > 1 && n <= 100) return bad(`a probability is between 0 and 1, got ${show(text)}; write ${n / 100} or ${n}%`);
  return ok(percent ? n / 100 : n);
}

/** A percentage from 0 to 100: `50` or `50%`. */
export function readPercent(text: string, style: NumberStyle): Read<number> {
  const r = readPercentable(text, style);
  return r.error !== undefined ? r : ok(r.value.n);
}

const TRUE = new Set(['yes', 'y', 'true', 't', '1', 'x', 'on']);
const FALSE = new Set(['no', 'n', 'false', 'f', '0', 'off']);

/** A yes/no value: `yes`, `y`, `true`, `1`, `x` or `no`, `n`, `false`, `0` (any case). */
export function readBoolean(text: string): Read<boolean> {
  const s = text.trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return bad(`expected yes or no, got ${show(text)}`);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const TIME = String.raw`(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`);
const LOCAL = new RegExp(String.raw`^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\.?${TIME}$`, 'u');

/**
 * A calendar day as `YYYY-MM-DD`. Read: `2026-01-05`, `2026/1/5`, with a time of day after it
 * (`2026-01-05 08:00`, `2026-01-05T17:00:00Z`), which is dropped: the day is the one written,
 * whatever the offset. With `mdy` also `1/5/2026`, `Mon 1/5/26`; with `dmy` `5/1/2026`,
 * `5.1.2026`; a two-digit year is 20YY. Whether the day exists is checked by validation.
 */
export function readDate(text: string, format: CsvDateFormat): Read<string> {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso !== null) return ok(`${iso[1]!}-${pad(Number(iso[2]), 2)}-${pad(Number(iso[3]), 2)}`);
  const local = LOCAL.exec(s);
  if (local !== null && format !== 'iso') {
    const [a, b] = [Number(local[1]), Number(local[2])];
    const y = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
    const [month, day] = format === 'mdy' ? [a, b] : [b, a];
    return ok(`${pad(y, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
  }
  const hint = local !== null ? '; for month/day/year or day/month/year dates set dateFormat "mdy" or "dmy" (pmo import --date-format)' : '';
  return bad(`expected a date as YYYY-MM-DD, got ${show(text)}${hint}`);
}

/** Days per week and per month of the duration units `w` and `mo`, as MS Project's defaults. */
export const DAYS_PER_WEEK = 5;
/** See {@link DAYS_PER_WEEK}. */
export const DAYS_PER_MONTH = 20;

const UNITS: ReadonlyMap<string, 'd' | 'h' | 'm' | 'w' | 'mo'> = new Map([
  ...['', 'd', 'dy', 'dys', 'day', 'days'].map((u) => [u, 'd'] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((u) => [u, 'h'] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes'].map((u) => [u, 'm'] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks'].map((u) => [u, 'w'] as const),
  ...['mo', 'mon', 'mons', 'month', 'months'].map((u) => [u, 'mo'] as const),
]);

/** An amount of working time with its unit, as written: `5`, `5d`, `40h`, `2 wks`, `1,5d`, `3 days?`. */
function readAmount(text: string, style: NumberStyle, what: string): Read<{ readonly n: number; readonly unit: string }> {
  const m = /^([+-]?\s*[\d.,]+)\s*(\p{L}*)\s*\??$/u.exec(text.trim());
  if (m === null) return bad(`expected ${what} such as 5, 5d, 40h or 2w, got ${show(text)}`);
  const unit = m[2]!.toLowerCase();
  if (/^e/.test(unit) && UNITS.has(unit.slice(1))) return bad(`${show(text)} is elapsed time, which pmo-kit does not read from CSV; give working time (5d, 40h)`);
  if (!UNITS.has(unit)) return bad(`unknown unit ${show(m[2]!)} in ${show(text)}: use d (days), h (hours), m (minutes), w (weeks of ${DAYS_PER_WEEK} days) or mo (months of ${DAYS_PER_MONTH} days)`);
  const n = readNumber(m[1]!.replace(/\s+/g, ''), style);
  if (n.error !== undefined) return bad(`expected ${what} such as 5, 5d, 40h or 2w, got ${show(text)}`);
  return ok({ n: n.value, unit });
}

/** Working days from an amount and its unit, on a calendar of `hoursPerDay` hours. */
function toDays(n: number, unit: string, hoursPerDay: number): number {
  switch (UNITS.get(unit)) {
    case 'h':
      return n / hoursPerDay;
    case 'm':
      return n / (60 * hoursPerDay);
    case 'w':
      return n * DAYS_PER_WEEK;
    case 'mo':
      return n * DAYS_PER_MONTH;
    default:
      return n;
  }
}

/**
 * A duration in working days: `5` and `5d` are days, `40h` hours (over `hoursPerDay`, the task
 * calendar's), `30m` minutes, `2w` weeks of 5 days, `1mo` months of 20 days; a trailing `?`
 * (MS Project's estimate mark) is ignored; elapsed units (`5ed`) are refused. A negative value is
 * read, and refused by validation.
 */
export function readDuration(text: string, style: NumberStyle, hoursPerDay: number): Read<number> {
  const r = readAmount(text, style, 'a duration');
  return r.error !== undefined ? r : ok(toDays(r.value.n, r.value.unit, hoursPerDay));
}

/** A lag as written: working time (see {@link readDuration}), or a share of the predecessor's duration (`50%`). */
export type Lag = { readonly days: number; readonly percent?: undefined } | { readonly days?: undefined; readonly percent: number };

/** A lag or lead: `2`, `-1d`, `+16h`, `50%` (of the predecessor's duration). */
export function readLag(text: string, style: NumberStyle, hoursPerDay: number): Read<Lag> {
  const s = text.trim();
  if (s.endsWith('%')) {
    const n = readNumber(s.slice(0, -1).replace(/\s+/g, ''), style);
    return n.error !== undefined ? bad(`expected a lag such as 2, -1d, 16h or 50%, got ${show(text)}`) : ok({ percent: n.value });
  }
  const r = readAmount(s, style, 'a lag');
  return r.error !== undefined ? r : ok({ days: toDays(r.value.n, r.value.unit, hoursPerDay) });
}

/**
 * The items of a list cell, trimmed, empty ones dropped: separated by `,` or `;`, or only by
 * `;` in a file with a decimal comma (where `,` is part of numbers). Commas inside `[…]` never
 * separate (`Ana[1,5]`).
 */
export function readList(text: string, style: NumberStyle): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || (ch === ',' && !style.decimalComma))) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** A dependency type: `FS`, `SS`, `FF`, `SF` or their names (`Finish-to-Start`, any case). */
export function readDependencyType(text: string): Read<(typeof DEPENDENCY_TYPES)[number]> {
  const s = text.trim().toLowerCase().replace(/[^a-z]/g, '');
  const long: Record<string, (typeof DEPENDENCY_TYPES)[number]> = { finishtostart: 'FS', starttostart: 'SS', finishtofinish: 'FF', starttofinish: 'SF' };
  const t = long[s] ?? s.toUpperCase();
  if ((DEPENDENCY_TYPES as readonly string[]).includes(t)) return ok(t as (typeof DEPENDENCY_TYPES)[number]);
  return bad(`expected a dependency type FS, SS, FF or SF (or Finish-to-Start, …), got ${show(text)}`);
}

/** A predecessor as written in a `Predecessors` cell: the task it names, the type and the lag. */
export interface PredecessorRef {
  readonly ref: string;
  readonly type: (typeof DEPENDENCY_TYPES)[number];
  /** The lag as written, or `undefined` for none. */
  readonly lag: string | undefined;
}

/**
 * One item of a `Predecessors` cell, MS Project's syntax: a task (`3`, `design`, or `p1/3` for a
 * task of another project), then optionally a type and a lag: `3FS+2d`, `3SS`, `3FF-1`,
 * `5SS+50%`, `3+2d` (FS); the type is upper case. An item that is the id of a task (`isTask`) is read whole, so an id
 * ending like a type (`QA-SS`) still works.
 */
export function readPredecessor(item: string, isTask: (ref: string) => boolean): Read<PredecessorRef> {
  const s = item.trim();
  if (isTask(s)) return ok({ ref: s, type: 'FS', lag: undefined });
  const m = /^(.*?)\s*(FS|SS|FF|SF)?\s*([+-]\s*[\d.,]+\s*[\p{L}%]*\s*\??)?$/u.exec(s);
  if (m === null || m[1] === '' || (m[2] === undefined && m[3] === undefined))
    return m !== null && m[1] !== '' ? ok({ ref: s, type: 'FS', lag: undefined }) : bad(`expected a predecessor such as 3, 3FS+2d or p1/3SS, got ${show(item)}`);
  return ok({ ref: m[1]!, type: (m[2] ?? 'FS') as PredecessorRef['type'], lag: m[3] });
}

/** A resource named in a `Resource Names` cell, with its units: `Ana`, `Ana[50%]`, `Bo[2]`. */
export function readAssignment(item: string, style: NumberStyle): Read<{ readonly resource: string; readonly units: number }> {
  const m = /^(.*?)\s*(?:\[([^\]]*)\])?$/.exec(item.trim());
  const resource = m?.[1] ?? '';
  if (m === null || resource === '') return bad(`expected a resource such as Ana or Ana[50%], got ${show(item)}`);
  if (m[2] === undefined) return ok({ resource, units: 1 });
  const units = readUnits(m[2], style);
  if (units.error !== undefined) return bad(`expected units such as [50%] or [2] after resource ${show(resource)}, got ${show(`[${m[2]}]`)}`);
  return ok({ resource, units: units.value });
}

/** A skill with its level: `backend:4`, `sql=3`, `python` (level 1). */
export function readSkill(item: string, style: NumberStyle): Read<{ readonly skill: string; readonly level: number }> {
  const m = /^(.*?)\s*(?:[:=]\s*(.*))?$/.exec(item.trim());
  const skill = m?.[1] ?? '';
  if (m === null || skill === '') return bad(`expected a skill such as backend:4, got ${show(item)}`);
  if (m[2] === undefined) return ok({ skill, level: 1 });
  const level = readNumber(m[2], style);
  return level.error !== undefined ? bad(`expected a skill level after ${show(skill)}, got ${show(m[2])}`) : ok({ skill, level: level.value });
}

const DAY_NAMES: readonly (readonly string[])[] = [
  ['mon', 'monday', 'mo'],
  ['tue', 'tues', 'tuesday', 'tu'],
  ['wed', 'wednesday', 'we'],
  ['thu', 'thur', 'thurs', 'thursday', 'th'],
  ['fri', 'friday', 'fr'],
  ['sat', 'saturday', 'sa'],
  ['sun', 'sunday', 'su'],
];

/** An ISO weekday from a name (`Mon`, `monday`) or a number (1–7, 0 = Sunday). */
function weekday(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (/^[0-7]$/.test(t)) return t === '0' ? 7 : Number(t);
  const i = DAY_NAMES.findIndex((names) => names.includes(t));
  return i === -1 ? undefined : i + 1;
}

/**
 * Working weekdays as ISO numbers, sorted: `Mon-Fri`, `Mon,Tue,Wed`, `1-5`, `Sun-Thu` (a range
 * may wrap around the week), separated by `,`, `;` or blanks; `none` for a calendar that works
 * only on its exceptions.
 */
export function readWorkingDays(text: string): Read<number[]> {
  const s = text.trim();
  if (/^none$/i.test(s)) return ok([]);
  const days = new Set<number>();
  for (const part of s.split(/[,;\s]+/).filter((p) => p !== '')) {
    const range = /^([^-–]+)[-–]([^-–]+)$/.exec(part);
    const ends = range === null ? [part, part] : [range[1]!, range[2]!];
    const [from, to] = ends.map(weekday);
    if (from === undefined || to === undefined) return bad(`expected weekdays such as Mon-Fri or 1,2,3,4,5, got ${show(text)}`);
    for (let d = from, n = 0; n < 7; d = (d % 7) + 1, n++) {
      days.add(d);
      if (d === to) break;
    }
  }
  return ok([...days].sort((a, b) => a - b));
}

/** A constraint type: a code (`SNET`) or MS Project's name (`Start No Earlier Than`), any case. */
export function readConstraintType(text: string): Read<string> {
  const s = text.trim().toLowerCase().replace(/[^a-z]/g, '');
  const names: Record<string, string> = {
    assoonaspossible: 'ASAP',
    aslateaspossible: 'ALAP',
    startnoearlierthan: 'SNET',
    startnolaterthan: 'SNLT',
    finishnoearlierthan: 'FNET',
    finishnolaterthan: 'FNLT',
    muststarton: 'MSO',
    mustfinishon: 'MFO',
  };
  const code = names[s] ?? s.toUpperCase();
  if (Object.values(names).includes(code)) return ok(code);
  return bad(`expected a constraint type such as SNET or Start No Earlier Than, got ${show(text)}`);
}

/** An enumerated word as the model spells it: lower case, blanks and `_` as `-` (`On Hold` -> `on-hold`). */
export function readWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * A cost rate per working hour: `80`, `$80.00/hr`, `80/h`; per day (`640/d`, over `hoursPerDay`)
 * or per week (`3200/w`, over 5 days of `hoursPerDay`).
 */
export function readRate(text: string, style: NumberStyle, hoursPerDay: number): Read<number> {
  const m = /^(.*?)\s*(?:\/\s*(\p{L}+))?$/u.exec(text.trim());
  const per = (m?.[2] ?? 'h').toLowerCase();
  const unit = UNITS.get(per);
  const n = readNumber(m?.[1] ?? '', style);
  if (n.error !== undefined || (unit !== 'h' && unit !== 'd' && unit !== 'w'))
    return bad(`expected a rate per hour such as 80, $80.00/hr or 640/d, got ${show(text)}`);
  return ok(unit === 'h' ? n.value : unit === 'd' ? n.value / hoursPerDay : n.value / (DAYS_PER_WEEK * hoursPerDay));
}
