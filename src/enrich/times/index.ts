export { type ExtractTimesOptions, extractTimes, type TimesResult } from './extract-times.ts';
export { isoWeek, type ReferenceDate, referenceFrom } from './reference.ts';
