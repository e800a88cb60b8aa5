// The rules: the law as pure functions (no I/O, no clock, no randomness). Each carries its reference.
// Input schemas (zod) are in ./schemas.js, imported separately so this stays light.
export { addCalendarDays, dayIndex, endOfShanghaiDay, FIRST_YEAR, isRealDate, isValidDate, LAST_YEAR, shanghaiDate } from './dates.js';
export * from './calendar.js';
export * from './calendar-data.js';
export * from './decimal.js';
export * from './parameters.js';
export * from './parameter-defaults.js';
export * from './eligibility.js';
export * from './household.js';
export * from './priority.js';
export * from './benefits.js';
export * from './idnumber.js';
export * from './mask.js';
export * from './matters.js';
export * from './caps.js';
export * from './intake.js';
export * from './appeal.js';
export * from './statutory-holidays.js';
