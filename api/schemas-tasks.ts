/**
 * The task inbox's schemas (list, query, completion body, what an action answers): split out of
 * api/schemas.ts, used by api/routes/tasks.ts.
 */
import { z } from 'zod';
import { STEPS } from '../rules/steps.js';
import { verificationPriorityFacts } from '../rules/schemas.js';
import { TASK_TYPES } from '../rules/vocabulary.js';
import { CaseView, Fen, IsoDate } from './schemas.js';

/** The case steps, from rules/steps.ts: type — role (level), deadline parameter. */
const STEP_DOC = Object.entries(STEPS)
  .map(([type, s]) => `${type} — ${s.role} (${s.level})${s.deadline ? `, deadline ${s.deadline}` : ''}`)
  .join('; ');

export const TaskItem = z.object({
  id: z.string(),
  caseId: z.string().describe('the file the task belongs to: a case id (BF…), or another process\'s file for a standing duty or a retired cadre'),
  type: z.enum(TASK_TYPES).describe(`case steps: ${STEP_DOC}`),
  role: z.string(),
  status: z.string(),
  county: z.string(),
  township: z.string(),
  priority: z.number().int(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  provisional: z.boolean(),
  overdue: z.boolean(),
  claimedBy: z.string().nullable(),
  data: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe('what the official needs to see on the task: county_decision → amount {amountFen, monthly, breakdown, refs} computed from the facts and the regional parameters (001 §五3 审批决定), or amountProblem; recovery → emergencyPaidFen, decidedFen, excessFen'),
});

export const TaskList = z.object({ items: z.array(TaskItem), total: z.number().int() });

/** The answer to a task action: the case (for a case step) or the task (for another process's task). */
export const TaskActionResult = z.union([CaseView, z.object({ task: TaskItem, subject: z.object({ type: z.string(), id: z.string() }) })]);

const boolString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export const TaskQuery = z.object({
  type: z.enum(TASK_TYPES).optional(),
  overdue: boolString.optional(),
  status: z.enum(['open', 'completed', 'cancelled', 'any']).optional().default('open'),
  claimedBy: z.string().min(1).max(128).optional().describe('a subject, "me", or "none" for unclaimed'),
  dueDate: IsoDate.optional().describe('tasks due on or before this date'),
  provisional: boolString.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
});

export const CompleteBody = z.object({
  decision: z.enum(['approve', 'reject']).describe('approve = passes this step; for appeal_decision, approve = the appeal is granted'),
  reasons: z.string().max(4000).optional(),
  publish: z.boolean().optional().describe('county decision only: publish in the village/community (视情况; default true)'),
  evidence: z
    .array(z.union([z.string().min(1).max(500), z.looseObject({ ref: z.string().min(1).max(500) })]))
    .max(50)
    .optional()
    .describe('references to evidence (file ids, visit record numbers)'),
  amountFen: Fen.optional().describe('county decision on temporary aid: the amount decided (within the regional maximum)'),
  verification: verificationPriorityFacts
    .optional()
    .describe('township_verification only (facts found on the visit): conduct 现实表现 (000 §3), seriousIllness, seriousDisability (000 §2, §6 重病重残); the case priority is recomputed from them (issue 12 row 13)'),
  referral: z
    .object({
      decidedBy: z.string().max(200).optional().describe('the other department (or its official) that decided'),
      decidedOn: z.string().max(20).optional().describe('YYYY-MM-DD the department decided (not before the referral)'),
      outcome: z.string().max(64).optional().describe('the result: housing public_rental_priority | dangerous_house_renovation | not_eligible; education education_subsidy | fee_waiver | local_supplement | not_eligible; funeral basic_funeral_fees_waived | not_eligible'),
      amountFen: z.number().optional().describe('money the department granted, if any (whole fen; recorded, not paid by this case)'),
      reference: z.string().max(200).optional().describe("the department's decision number or file"),
    })
    .optional()
    .describe("referral_outcome of a referral case only (001 §五 last paragraph 按现行规定程序及渠道办理): the other department's answer; the case closes with it recorded (issue 12 row 12)"),
});
