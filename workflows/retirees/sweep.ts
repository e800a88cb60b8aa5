/**
 * A schedule's sweep over the register (platform/schedules-retirees.ts): tells every living cadre's
 * workflow that a periodic check is due (monthly contact 004 §15, yearly health check §19, care visits
 * §24). The workflow decides what the check opens. Pages of 200; continues as new after each full
 * page so the history stays short however large the register.
 */
import * as wf from '@temporalio/workflow';
import { acts } from './book.js';
import { retireeDueSignal, type DueNotice } from './definitions.js';

const PAGE = 200;

export async function retireeSweepWorkflow(req: { kind: DueNotice['kind']; on?: string; afterId?: string | null; signalled?: number }): Promise<{ signalled: number; on: string }> {
  const on = req.on ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  let signalled = req.signalled ?? 0;
  const page = await acts.listLivingRetirees({ afterId: req.afterId ?? null, take: PAGE });
  for (const r of page) {
    try {
      await wf.getExternalWorkflowHandle(r.workflowId).signal(retireeDueSignal, { kind: req.kind, on });
      signalled++;
    } catch (e) {
      // A file whose workflow has ended (or not started yet) has nothing to check.
      if (!(e instanceof wf.WorkflowNotFoundError)) throw e;
    }
  }
  if (page.length === PAGE) {
    await wf.continueAsNew<typeof retireeSweepWorkflow>({ kind: req.kind, on, afterId: page.at(-1)!.id, signalled });
  }
  return { signalled, on };
}
