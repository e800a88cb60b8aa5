/**
 * The yearly 疗养 plan (004 §29 "建立军休干部疗养制度，每年制定疗养计划，明确疗养时间、标准等相关要求";
 * §30 who goes first). Made by the department (retiree_approver), one per county and year: a
 * `recuperation_plan` task on its own chain (`recuperation-<county>-<year>`), due by the end of the
 * year's first quarter (not in seeds). The plan itself is the completion's reasons and evidence.
 * The yearly Schedule runs recuperationSweepWorkflow, which starts one per county with living cadres.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import { acts, createBook } from './book.js';
import { retireeStateQuery, type RetireeState } from './definitions.js';

export const recuperationWorkflowId = (county: string, year: string) => `recuperation-${county}-${year}`;

export async function recuperationPlanWorkflow(req: { county: string; year: string }): Promise<RetireeState> {
  const state: RetireeState = {
    retireeId: recuperationWorkflowId(req.county, req.year),
    status: 'active',
    paySuspended: false,
    county: req.county,
    institution: req.county,
    rankClass: 'division',
    lastContactOn: `${req.year}-01-01`,
    tasks: [],
    travels: [],
    claims: [],
    reports: [],
    medicalYears: {},
  };
  const book = createBook(state, { subjectType: 'recuperation_plan', workflowId: wf.workflowInfo().workflowId });
  book.registerTaskHandlers();
  wf.setHandler(retireeStateQuery, () => state);
  void book.watchDeadlines();
  const f = book.flow();
  const due = await acts.retireeDeadline({ kind: 'quarter_end', region: req.county, from: `${req.year}-01-01` });
  const task = await book.openTask('recuperation_plan', due, { year: req.year }, ['004 §29 每年制定疗养计划', '004 §30', 'deadline: end of Q1 (not in seeds)'], { awaited: true, subject: `recuperation:${req.year}` });
  await f.task(task);
  await book.record('recuperation_plan_made', { sub: task.decidedBy ?? 'unknown', roles: ['retiree_approver'] }, { year: req.year, decision: task.decision, plan: task.reasons, evidence: task.evidence.slice(1) }, { refs: ['004 §29'] });
  f.end();
  await wf.condition(wf.allHandlersFinished);
  return state;
}

/** Starts this year's plan for every county with living cadres (idempotent: one workflow id per county and year). */
export async function recuperationSweepWorkflow(req: { year?: string } = {}): Promise<{ started: string[] }> {
  const year = req.year ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
  const started: string[] = [];
  for (const county of await acts.listRetireeCounties()) {
    try {
      await wf.startChild(recuperationPlanWorkflow, {
        workflowId: recuperationWorkflowId(county, year),
        args: [{ county, year }],
        parentClosePolicy: 'ABANDON',
      });
      started.push(county);
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
  }
  return { started };
}
