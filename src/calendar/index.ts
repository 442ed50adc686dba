/**
 * Working calendars: working weekdays, holidays and dated exceptions, compiled for O(log k)
 * conversions between `YYYY-MM-DD` dates and working-day offsets, independent of the machine's
 * time zone.
 *
 * @module calendar
 */
export { WorkingCalendar } from './workingCalendar.js';
export { compileCalendar, type CalendarLike } from './compileCalendar.js';
export { STANDARD_CALENDAR } from './standardCalendar.js';
export { isWorkingDay } from './isWorkingDay.js';
export { addWorkingDays } from './addWorkingDays.js';
export { workingDaysBetween } from './workingDaysBetween.js';
export { nextWorkingDay } from './nextWorkingDay.js';
export { previousWorkingDay } from './previousWorkingDay.js';
export { workingDayOffset } from './workingDayOffset.js';
export { dateAtWorkingDayOffset } from './dateAtWorkingDayOffset.js';
