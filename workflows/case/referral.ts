/**
 * A matter whose channel is another department's (001 §五 last paragraph: 生活、医疗、住房、教育、就业等
 * 援助工作"按现行规定程序及渠道办理"; rules/matters.ts MATTER_CATALOGUE[m].channel.referral): after the
 * county's approval the case is referred, and a referral_outcome task (rules/steps.ts: the county
 * re-checker, deadline referral_outcome_working_days) waits for the official to record that department's
 * answer — who, when, result, amount (rules/benefits/referrals.ts referralOutcomeProblems, checked by the
 * update's validator). The case closes with the answer recorded. Issue 12 row 12.
 *
 * The duties' referral sweep (workflows/duties/) opens the same task type only for referrals closed
 * before this existed (closed with `referred` and no referral_outcome task), so no referral gets two.
 */
import { REFERRALS, referralKindOf } from '../../rules/benefits/referrals.js';
import { STEPS } from '../../rules/steps.js';
import { now, type Ctx } from './context.js';
import { deadlineFrom } from './deadlines.js';
import { closeCase, record, system } from './recording.js';
import { awaitTask, openTask } from './tasks.js';

export async function referAndAwaitOutcome(c: Ctx): Promise<'closed'> {
  const matter = c.input.matter;
  const kind = referralKindOf(matter)!;
  const def = REFERRALS[kind];
  const refs = ['001 §五 last paragraph', def.ref];
  const deadline = await deadlineFrom(c, 'county', STEPS.referral_outcome.deadline!, now());
  c.state.referredOn = deadline.from;
  record(c, 'referred', system, { matter, kind, department: def.department, referredOn: deadline.from }, { refs });
  const task = openTask(c, 'referral_outcome', deadline, { matter, kind, department: def.department, referredOn: deadline.from, outcomes: def.outcomes }, STEPS.referral_outcome.refs);
  await awaitTask(c, task, STEPS.referral_outcome.refs);
  const outcome = c.referralOutcome;
  c.referralOutcome = null;
  const by = c.deciders.get(task.id) ?? { sub: task.decidedBy ?? 'unknown', roles: [task.role] };
  closeCase(c, 'closed', 'referral_outcome_recorded', by, { matter, kind, department: def.department, referredOn: deadline.from, taskId: task.id, outcome }, refs);
  return 'closed';
}
