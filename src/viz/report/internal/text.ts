/** Words and number formats the report sections share. Private to pmo-kit/viz. */
import type { Lang } from '../../../org/types.js';

/** Words shared by the sections. */
export const W = {
  en: { yes: 'yes', no: 'no', none: 'none', project: 'project', name: 'name', start: 'start', finish: 'finish', deadline: 'deadline', late: 'late', onTime: 'on time', days: 'working days' },
  zh: { yes: '是', no: '否', none: '无', project: '项目', name: '名称', start: '开始', finish: '完成', deadline: '截止日期', late: '逾期', onTime: '按期', days: '工作日' },
} as const;

/** An amount rounded to units, with the currency when there is one: `369,935 EUR`. */
export function money(n: number | null | undefined, currency: string | undefined): string {
  if (n === null || n === undefined) return '–';
  return currency === undefined ? whole(n) : `${whole(n)} ${currency}`;
}

/** A whole amount with thousands separators (no shortening): `1,250,000`. */
export function whole(n: number): string {
  const s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.round(n) !== 0 ? `-${s}` : s;
}

/** An index to two decimals, `–` for `null`. */
export function index2(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : x.toFixed(2);
}

/** A signed number of days: `+12`, `-3`, `0`. */
export function signedDays(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : String(r);
}

/** A share as a percentage: `64 %`. */
export function percent(x: number | null | undefined, lang: Lang): string {
  if (x === null || x === undefined) return '–';
  return lang === 'zh' ? `${Math.round(x * 100)}%` : `${Math.round(x * 100)} %`;
}

/** Which of two dates is later (ISO dates compare as strings). */
export const later = (a: string, b: string): string => (a > b ? a : b);
