// The workflow bundle's entry point: every workflow type the worker registers.
export { caseWorkflow } from './case/process.js';
export { recomputeFanoutWorkflow } from './recompute.js';
