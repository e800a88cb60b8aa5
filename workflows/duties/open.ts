/**
 * Opening duty tasks from a sweep or a roll comparison: each task is its own child workflow
 * `duty-<taskId>`, abandoned when the parent ends (it lives until the official answers). Its id is the
 * task's key, and Temporal refuses a second workflow with that id, so nothing is opened twice even if
 * two sweeps race (the planning activities already skip tasks that exist).
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import type { DutyTaskSpec, OpenedTask } from './messages.js';
import { workflowIdForDuty } from './messages.js';
import { dutyTaskWorkflow } from './task.js';

const AT_ONCE = 50;

export async function openDutyTasks(specs: DutyTaskSpec[]): Promise<OpenedTask[]> {
  const opened: OpenedTask[] = [];
  for (let i = 0; i < specs.length; i += AT_ONCE) {
    const results = await Promise.all(
      specs.slice(i, i + AT_ONCE).map(async (s) => {
        try {
          await wf.startChild(dutyTaskWorkflow, {
            workflowId: workflowIdForDuty(s.taskId),
            args: [s],
            parentClosePolicy: 'ABANDON',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          });
          return { taskId: s.taskId, type: s.type, caseId: s.caseId, county: s.county, township: s.township };
        } catch (e) {
          if (e instanceof WorkflowExecutionAlreadyStartedError) return null;
          throw e;
        }
      }),
    );
    for (const r of results) if (r) opened.push(r);
  }
  return opened;
}
