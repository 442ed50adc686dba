/**
 * Date labels of the time axes in English and Chinese, through d3-time-format's UTC formatters
 * (never the machine's time zone or locale). Private to pmo-kit/viz.
 */
import { timeFormatLocale, type TimeLocaleObject } from 'd3-time-format';
import type { Lang } from '../../org/types.js';

const EN: TimeLocaleObject = timeFormatLocale({
  dateTime: '%x, %X',
  date: '%-m/%-d/%Y',
  time: '%-I:%M:%S %p',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
});

const ZH: TimeLocaleObject = timeFormatLocale({
  dateTime: '%x %A %X',
  date: '%Y/%-m/%-d',
  time: '%H:%M:%S',
  periods: ['上午', '下午'],
  days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
});

const FORMATS = {
  en: { monthYear: '%b %Y', month: '%b', day: '%b %-d', dayOnly: '%-d', full: '%b %-d, %Y' },
  zh: { monthYear: '%Y年%-m月', month: '%-m月', day: '%-m月%-d日', dayOnly: '%-d日', full: '%Y年%-m月%-d日' },
} as const;

/** The kinds of date label. */
export type DateLabelKind = keyof (typeof FORMATS)['en'];

/** A UTC date formatter of the given kind in `lang`. */
export function dateFormatter(lang: Lang, kind: DateLabelKind): (d: Date) => string {
  return (lang === 'zh' ? ZH : EN).utcFormat(FORMATS[lang][kind]);
}

/**
 * Labels of time-axis ticks: months as `Jan 2026` on the first tick and each January, else
 * `Feb`; days as `Jan 5` on the first tick and at each new month, else `12`.
 */
export function tickLabels(ticks: readonly Date[], lang: Lang): string[] {
  const monthly = ticks.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0);
  const f = (k: DateLabelKind) => dateFormatter(lang, k);
  return ticks.map((d, i) => {
    const prev = ticks[i - 1];
    if (monthly) return i === 0 || d.getUTCMonth() === 0 ? f('monthYear')(d) : f('month')(d);
    return prev === undefined || prev.getUTCMonth() !== d.getUTCMonth() ? f('day')(d) : f('dayOnly')(d);
  });
}
