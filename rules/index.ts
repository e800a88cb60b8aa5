// The rules: the law as pure functions (no I/O, no clock, no randomness). Each carries its reference.
export * from './calendar.js';
export * from './calendar-data.js';
export * from './decimal.js';
export * from './parameters.js';
export * from './eligibility.js';
export * from './benefits.js';
export * from './idnumber.js';
export * from './mask.js';
