// The workflow bundle's entry point: every workflow type the worker registers.
export { caseWorkflow } from './case/process.js';
export { recomputeFanoutWorkflow } from './recompute.js';
export { retireeWorkflow } from './retirees/retiree.js';
export { retireeSweepWorkflow } from './retirees/sweep.js';
export { recuperationPlanWorkflow, recuperationSweepWorkflow } from './retirees/recuperation.js';
// Standing duties (issue 13): one workflow per duty task, the roll comparison, the scheduled sweeps.
export { dutyTaskWorkflow } from './duties/task.js';
export { rollMatchWorkflow } from './duties/roll.js';
export { dutySweepWorkflow } from './duties/sweep.js';
export { auditCheckpointWorkflow } from './audit-checkpoints.js';
