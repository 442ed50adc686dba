/** Input checks of the charts: each bad value is a `PmoError` naming the chart and where. Private to pmo-kit/viz. */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { isObject } from '../../internal/guards.js';
import { readOptions } from '../../internal/options.js';
import { show } from '../../internal/show.js';
import type { Lang } from '../../org/types.js';

/** Throws `INVALID_ARGUMENT`: `<fn>: <where>: <what>, got <value>`. */
export function bad(fn: string, where: string, what: string, got: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: ${what}, got ${show(got)}`);
}

/** A `YYYY-MM-DD` date that exists. */
export function checkDate(fn: string, where: string, v: unknown): string {
  if (typeof v !== 'string' || dayNumber(v) === undefined) bad(fn, where, 'must be a date as YYYY-MM-DD', v);
  return v;
}

/** The largest magnitude a chart draws: scales rounded around ±1e308 overflow to infinity (found by the fuzz suite). */
export const MAX_CHART_NUMBER = 1e100;

/** A finite number (at least `min` when given), at most {@link MAX_CHART_NUMBER} in magnitude. */
export function checkNumber(fn: string, where: string, v: unknown, min?: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || (min !== undefined && v < min))
    bad(fn, where, min === undefined ? 'must be a finite number' : `must be a finite number >= ${min}`, v);
  if (Math.abs(v) > MAX_CHART_NUMBER) bad(fn, where, 'must be at most 1e100 in magnitude', v);
  return v;
}

/** An array. */
export function checkArray(fn: string, where: string, v: unknown): readonly unknown[] {
  if (!Array.isArray(v)) bad(fn, where, 'must be an array', v);
  for (let i = 0; i < v.length; i++) if (!(i in v)) bad(fn, `${where}[${i}]`, 'is missing (the array has a hole)', undefined);
  return v;
}

/** An object (a record of fields). */
export function checkObject(fn: string, where: string, v: unknown): Record<string, unknown> {
  if (!isObject(v)) bad(fn, where, 'must be an object', v);
  return v;
}

/** A string. */
export function checkString(fn: string, where: string, v: unknown): string {
  if (typeof v !== 'string') bad(fn, where, 'must be a string', v);
  return v;
}

/** The options every chart reads, checked, with the chart's defaults. */
export interface CommonOptions {
  readonly width: number;
  /** The height asked for, or `undefined` for the chart's own. */
  readonly height: number | undefined;
  readonly lang: Lang;
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** The options object, to read the chart's own fields from. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Reads `width` (80 … 20000, default `defaultWidth`), `height`, `lang`, `title` and `description`. */
export function readChartOptions(fn: string, options: unknown, defaultWidth: number): CommonOptions {
  const o = readOptions(fn, options);
  const size = (k: 'width' | 'height'): number | undefined => {
    const v = o[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 80 || v > 20000) bad(fn, `options.${k}`, 'must be a number of pixels from 80 to 20000', v);
    return v;
  };
  const lang = o.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh') bad(fn, 'options.lang', 'must be "en" or "zh"', lang);
  const str = (k: 'title' | 'description'): string | undefined => (o[k] === undefined ? undefined : checkString(fn, `options.${k}`, o[k]));
  return { width: size('width') ?? defaultWidth, height: size('height'), lang, title: str('title'), description: str('description'), raw: o };
}
