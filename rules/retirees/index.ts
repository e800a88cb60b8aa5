// Retired cadres (004): pure rules for the service institution's processes.
export * from './window.js';
export * from './travel.js';
export * from './contact.js';
export * from './medical.js';
export * from './care.js';
