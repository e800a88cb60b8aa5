/**
 * The one authority: may this actor do this action on this case now? Either allowed, or a refusal
 * {code, message, ref}. Pure: it reads a plain view of the case (CaseFacts) that the workflow's state
 * and the database rows can both supply (rules/case-facts.ts), so the workflow's update validators,
 * the API's pre-checks and the case view's allowedActions all ask here, and nothing else decides.
 *
 * Order of checks (what the caller learns first): the case's place (jurisdiction: a case outside it
 * is "not found" to the caller), the role, then the state of the case or task, separation of duties,
 * and last the content (reasons, decision, amount).
 * SPEC §2 "Who may act", §5; 001 §五.
 */
import { duePeriod } from './matter-class.js';
import { exclusionsBlockApproval } from './matters.js';
import { isOverdue, windowClosed } from './overdue.js';
import { CONDUCTS } from './priority.js';
import { STEPS } from './steps.js';
import { canSeeCase, holdsRoleAt, levelOfRole, type Place } from './jurisdiction.js';
import { REFUSALS, type Actor, type Decision, type Level, type RefusalCode, type Role, type TaskStatus, type TaskType } from './vocabulary.js';

export interface TaskFacts {
  id: string;
  /** A case step (rules/steps.ts), or another process's task type when `role` is given. */
  type: TaskType | string;
  /** The role that acts on it; a case step's comes from STEPS. */
  role?: Role;
  /** The level that decides it when not its step's: an appeal to the next level up is 'city' (001 §五3). */
  level?: Level | string | null;
  status: TaskStatus;
  claimedBy: string | null;
  /** Who completed it (for separation of duties). */
  decidedBy: string | null;
}

/** A case as the authority needs to see it. */
export interface CaseFacts {
  id: string;
  status: string;
  matter: string;
  county: string;
  township: string;
  /** A recurring payment is running (paid and not yet stopped). */
  recurring: boolean;
  appealDeadline: string | null;
  /**
   * Who really filed a case filed in the agent capacity: the authenticated caller (issue 12 row 11),
   * SPEC §2: may not decide the case.
   */
  filedByAgent: string | null;
  /** The agent named in the application (data about the filing; may not decide the case either). */
  agentOnRecord?: string | null;
  /** 001 §三(二) exclusion flags recorded at intake: an approval with any of them is refused. */
  exclusions?: Readonly<Record<string, boolean>> | null;
  /** Filed before the applicant's consent to the means check was recorded (001 §五(一); 000 §5 follow-up). */
  consentPending?: boolean;
  tasks: readonly TaskFacts[];
  /** Requests the workflow has accepted and is still reacting to (only the workflow knows these). */
  pending?: Partial<Record<'appeal' | 'objection' | 'recheck' | 'payment' | 'stop', boolean>>;
}

export type CaseAction = 'read' | 'appeal' | 'objection' | 'recheck' | 'payment' | 'stop' | 'adjust' | 'history' | 'consent';
export type TaskAction = 'claim' | 'unclaim' | 'complete';
export type Action = CaseAction | TaskAction;

export interface ActionRequest {
  action: Action;
  taskId?: string;
  decision?: Decision | string;
  reasons?: string;
  text?: string;
  amountFen?: number;
  /** A payment's period as the caller named it: only the one due now is accepted (issue 16 item 11). */
  period?: string;
  /** Township verification's priority facts (issue 12 row 13): only on that step, conduct one of CONDUCTS. */
  verification?: { conduct?: string; seriousIllness?: boolean; seriousDisability?: boolean };
}

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The rule that refuses, as a reference officials and auditors can look up. */
  ref: string;
}
export type Verdict = { ok: true } | ({ ok: false } & Refusal);

const ALLOWED: Verdict = { ok: true };
const no = (code: RefusalCode, message: string, ref: string): Verdict => ({ ok: false, code, message, ref });

const WHO = 'SPEC §2 "Who may act"';

/** The statuses of an approved decision (001 §五3 审批结果: an approval may be disputed too). */
const APPROVED_STATUSES: readonly string[] = ['publication', 'payable', 'paid'];

/** Which roles may take each case action (the task actions take the step's role, rules/steps.ts). */
export const CASE_ACTION_ROLES: Readonly<Record<CaseAction, readonly Role[]>> = {
  read: [],
  appeal: ['station_clerk'],
  objection: ['station_clerk'],
  recheck: ['county_approver'],
  payment: ['finance'],
  stop: ['county_approver', 'finance'],
  adjust: ['county_approver', 'finance'],
  history: ['auditor'],
  // The station records the consent it obtained (001 §五(一)); the township reviewer may, on a visit.
  consent: ['station_clerk', 'township_reviewer'],
};

function roleGate(actor: Actor, c: CaseFacts, roles: readonly Role[], what: string): Verdict {
  if (!roles.some((r) => holdsRoleAt(actor, r, c))) {
    if (!canSeeCase(actor, c) || roles.some((r) => actor.roles.includes(r))) {
      return no(REFUSALS.WRONG_JURISDICTION, `case ${c.id} (county ${c.county}, township ${c.township}) is outside your jurisdiction (county ${actor.county ?? '-'}, township ${actor.township ?? '-'}) for ${what}`, WHO);
    }
    return no(REFUSALS.WRONG_ROLE, `${what} needs the role ${roles.join(' or ')}; you have ${actor.roles.join(', ') || 'none'}`, WHO);
  }
  return ALLOWED;
}

/** Separation of duties (SPEC §2; 001 §五: review and approval are distinct levels; 复核 by another). */
export function separationOfDuties(actor: Actor, type: TaskType, c: CaseFacts): Verdict {
  const done = (t: TaskType) => c.tasks.find((x) => x.type === t && x.status === 'completed')?.decidedBy ?? null;
  if (type === 'county_decision') {
    if (done('township_opinion') === actor.sub) {
      return no(REFUSALS.SEPARATION_OF_DUTIES, `you gave the township review opinion on case ${c.id}; the county decision must be made by someone else`, '001 §五; SPEC §2 separation of duties');
    }
    // The real filer (the authenticated caller who filed as agent) and the agent the application
    // names: neither decides the case (issue 12 row 11).
    if ((c.filedByAgent !== null && c.filedByAgent === actor.sub) || (c.agentOnRecord && c.agentOnRecord === actor.sub)) {
      return no(REFUSALS.SEPARATION_OF_DUTIES, `you filed case ${c.id} as agent; you may not decide it`, 'SPEC §2 separation of duties');
    }
  }
  if (type === 'appeal_decision' && done('county_decision') === actor.sub) {
    return no(REFUSALS.SEPARATION_OF_DUTIES, `you made the county decision on case ${c.id}; the re-review must be made by someone else`, '001 §五 复核');
  }
  return ALLOWED;
}

function taskVerdict(actor: Actor, req: ActionRequest, c: CaseFacts): Verdict {
  const task = c.tasks.find((t) => t.id === req.taskId);
  if (!task) return no(REFUSALS.NOT_FOUND, `task ${req.taskId ?? '-'} is not part of case ${c.id}`, WHO);
  const role: Role = task.role ?? STEPS[task.type as TaskType].role;
  const step = { role };
  if (!canSeeCase(actor, c)) return no(REFUSALS.WRONG_JURISDICTION, `task ${task.id} of case ${c.id} is outside your jurisdiction`, WHO);
  if (!actor.roles.includes(step.role)) return no(REFUSALS.WRONG_ROLE, `a ${task.type} task needs the role ${step.role}; you have ${actor.roles.join(', ') || 'none'}`, WHO);
  const level = (task.level as Level | null | undefined) ?? levelOfRole(step.role);
  if (!holdsRoleAt(actor, step.role, c, level)) {
    const at = level === 'city' ? ' (addressed to the next level up: a city-level reviewer decides it, 001 §五3)' : '';
    return no(REFUSALS.WRONG_JURISDICTION, `task ${task.id} of case ${c.id} (township ${c.township}) is outside your ${step.role} jurisdiction${at}`, WHO);
  }
  if (task.status !== 'open') return no(REFUSALS.TASK_COMPLETED, `task ${task.id} is already ${task.status}`, WHO);
  if (req.action === 'claim' && task.claimedBy && task.claimedBy !== actor.sub) return no(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`, WHO);
  if (req.action === 'unclaim') {
    return task.claimedBy === actor.sub ? ALLOWED : no(REFUSALS.CLAIMED_BY_OTHER, task.claimedBy ? `task ${task.id} is claimed by ${task.claimedBy}` : `task ${task.id} is not claimed`, WHO);
  }
  if (req.action !== 'complete') return ALLOWED;
  if (task.claimedBy && task.claimedBy !== actor.sub) return no(REFUSALS.CLAIMED_BY_OTHER, `task ${task.id} is claimed by ${task.claimedBy}`, WHO);
  const sod = separationOfDuties(actor, task.type as TaskType, c);
  if (!sod.ok) return sod;
  if (task.type === 'township_verification' && c.consentPending && req.decision === 'approve') {
    return no(REFUSALS.WRONG_STATE, `the means check of case ${c.id} needs the applicant's consent, not yet recorded: record it first (POST /v1/cases/${c.id}/consent), or reject with reasons`, '001 §五(一)');
  }
  if (task.type === 'county_decision') {
    const recheck = c.tasks.find((t) => t.type === 'county_recheck' && t.status === 'open');
    if (recheck || c.pending?.recheck) return no(REFUSALS.WRONG_STATE, `the county re-check ${recheck?.id ?? ''} is still open; decide after it is done`.replace('  ', ' '), '001 §五(三) 复查');
  }
  const content = completeContent(req, task.type as TaskType);
  if (!content.ok) return content;
  return exclusionVerdict(req, task.type as TaskType, c);
}

/** The decisions that approve a case: the county's approval, and an appeal granted (001 §五 3). */
const APPROVING_STEPS: readonly string[] = ['county_decision', 'appeal_decision'];

/**
 * 001 §三(二) "有下列情形之一的，不予帮扶援助": an approval of a case with a recorded exclusion is refused,
 * naming each rule (issue 12 row 5); rejecting, with these reasons, is the path.
 */
function exclusionVerdict(req: ActionRequest, type: TaskType, c: CaseFacts): Verdict {
  if (req.decision !== 'approve' || !APPROVING_STEPS.includes(type)) return ALLOWED;
  const block = exclusionsBlockApproval(c.exclusions ?? undefined);
  if (!block.blocked) return ALLOWED;
  return no(REFUSALS.EXCLUDED, `case ${c.id} may not be approved: ${block.rules.map((r) => `${r.message} (${r.ref})`).join('; ')}; reject it with these reasons`, block.rules.map((r) => r.ref).join('; '));
}

/** The content of a decision: a valid decision, reasons where the law wants them, a sane amount. */
function completeContent(req: ActionRequest, type: TaskType): Verdict {
  if (req.decision === undefined) return ALLOWED; // asked for the action list: content comes later
  if (req.decision !== 'approve' && req.decision !== 'reject') return no(REFUSALS.INVALID, 'decision must be "approve" or "reject"', WHO);
  const reasons = (req.reasons ?? '').trim();
  if (req.decision === 'reject' && !reasons) return no(REFUSALS.REASONS_REQUIRED, 'a rejection needs written reasons (reasons are delivered to the applicant)', '001 §五(三)');
  if (STEPS[type]?.written && !reasons) return no(REFUSALS.REASONS_REQUIRED, `a ${type} needs reasons (the opinion or decision is given in writing)`, STEPS[type]!.refs[0]!);
  if ((type as string) === 'contact' && req.decision === 'reject') return no(REFUSALS.INVALID, 'a contact task is completed by recording the contact (decision "approve", notes in reasons)', '004 §15');
  if (req.amountFen !== undefined && (!Number.isSafeInteger(req.amountFen) || req.amountFen < 0)) return no(REFUSALS.INVALID, 'amountFen must be a non-negative whole number of fen', 'SPEC §3');
  if (req.verification !== undefined) {
    if (type !== 'township_verification') return no(REFUSALS.INVALID, `verification facts are recorded at township_verification, not at ${type}`, '000 §3');
    const v = req.verification;
    if (v.conduct !== undefined && !(CONDUCTS as readonly string[]).includes(v.conduct)) return no(REFUSALS.INVALID, `verification.conduct must be one of ${CONDUCTS.join(', ')}`, '000 §3 现实表现');
  }
  return ALLOWED;
}

function caseVerdict(actor: Actor, req: ActionRequest & { action: CaseAction }, c: CaseFacts, now: number): Verdict {
  if (req.action === 'read') {
    return canSeeCase(actor, c) ? ALLOWED : no(REFUSALS.WRONG_JURISDICTION, `case ${c.id} (county ${c.county}, township ${c.township}) is outside your jurisdiction`, WHO);
  }
  const gate = roleGate(actor, c, CASE_ACTION_ROLES[req.action], req.action);
  if (!gate.ok) return gate;
  const p = c.pending ?? {};
  switch (req.action) {
    case 'appeal': {
      // 001 §五3 "对审批结果有异议的": a refusal, or an approval (its amount too) once per decision, within its window.
      const approved = APPROVED_STATUSES.includes(c.status) && c.appealDeadline !== null && !c.tasks.some((t) => t.type === 'appeal_decision');
      if ((c.status !== 'rejected' && !approved) || p.appeal) return no(REFUSALS.WRONG_STATE, `only a decided case (rejected, or approved and not yet appealed) can be appealed; case ${c.id} is ${c.status}`, '001 §五3');
      if (c.appealDeadline && windowClosed(c.appealDeadline, now)) return no(REFUSALS.WINDOW_CLOSED, `the appeal window closed at ${c.appealDeadline}`, 'SPEC §2.4 appeal window');
      if (req.reasons !== undefined && !req.reasons.trim()) return no(REFUSALS.REASONS_REQUIRED, "an appeal needs the applicant's reasons", '001 §五(四)');
      return ALLOWED;
    }
    case 'objection':
      if (c.status !== 'publication' || p.objection) return no(REFUSALS.WRONG_STATE, `objections are taken during publication; case ${c.id} is ${c.status}`, '001 §五(三) 公示');
      if (req.text !== undefined && !req.text.trim()) return no(REFUSALS.INVALID, 'an objection needs its text', '001 §五(三) 公示');
      return ALLOWED;
    case 'recheck': {
      if (!c.tasks.some((t) => t.type === 'county_decision' && t.status === 'open')) return no(REFUSALS.WRONG_STATE, `case ${c.id} is not awaiting a county decision (status ${c.status})`, '001 §五(三) 复查');
      if (p.recheck || c.tasks.some((t) => t.type === 'county_recheck' && t.status === 'open')) return no(REFUSALS.WRONG_STATE, 'a county re-check is already open', '001 §五(三) 复查');
      return ALLOWED;
    }
    case 'payment': {
      if (c.status !== 'payable' || p.payment) return no(REFUSALS.WRONG_STATE, `case ${c.id} is ${c.status}, not payable`, 'SPEC §2.6');
      const due = duePeriod(c.matter, now);
      if (req.period !== undefined && req.period !== due) return no(REFUSALS.PERIOD_NOT_DUE, `the period is set by the server: ${due} for this case, not ${req.period}`, '001 §四(一) 按月发放');
      return ALLOWED;
    }
    case 'stop':
      if (!c.recurring || p.stop) return no(REFUSALS.WRONG_STATE, `case ${c.id} has no recurring payment running (status ${c.status})`, '001 §四(一)');
      if (req.reasons !== undefined && !req.reasons.trim()) return no(REFUSALS.REASONS_REQUIRED, 'stopping a payment needs reasons', '001 §六(二) 动态管理');
      return ALLOWED;
    case 'adjust':
      // An annual or roll review's outcome (001 §六(二) 动态调整): the following months' amount.
      if (!c.recurring || p.stop) return no(REFUSALS.WRONG_STATE, `case ${c.id} has no recurring payment running`, '001 §四(一)');
      if (req.reasons !== undefined && !req.reasons.trim()) return no(REFUSALS.REASONS_REQUIRED, 'adjusting a payment needs reasons', '001 §六(二) 动态管理');
      if (req.amountFen !== undefined && (!Number.isSafeInteger(req.amountFen) || req.amountFen < 0)) return no(REFUSALS.INVALID, 'amountFen must be a non-negative whole number of fen', 'SPEC §3');
      return ALLOWED;
    case 'history':
      return ALLOWED;
    case 'consent':
      if (!c.consentPending) return no(REFUSALS.WRONG_STATE, `case ${c.id} has no consent to record (it was given at filing, or already recorded)`, '001 §五(一)');
      if (c.status === 'closed') return no(REFUSALS.WRONG_STATE, `case ${c.id} is closed`, '001 §五(一)');
      return ALLOWED;
  }
}

/** May `actor` file an application at this place (the station clerk of its township; 001 §五(一))? */
export function authorizeApply(actor: Actor, place: Place): Verdict {
  if (holdsRoleAt(actor, 'station_clerk', place)) return ALLOWED;
  if (!actor.roles.includes('station_clerk')) return no(REFUSALS.WRONG_ROLE, `filing an application needs the role station_clerk; you have ${actor.roles.join(', ') || 'none'}`, WHO);
  return no(REFUSALS.WRONG_JURISDICTION, `you file applications for county ${actor.county ?? '-'} township ${actor.township ?? '-'}; this one is for county ${place.county} township ${place.township}`, '001 §五(一)');
}

/** The retired cadres' institution records on a cadre's file: its staff or head, in its county (004 §49). */
export function authorizeInstitution(actor: Actor, place: Place, what: string): Verdict {
  const roles: Role[] = ['retiree_officer', 'institution_head'];
  if (roles.some((r) => holdsRoleAt(actor, r, place))) return ALLOWED;
  if (actor.county !== place.county) return no(REFUSALS.WRONG_JURISDICTION, `the cadre's file (county ${place.county}) is outside your jurisdiction`, WHO);
  return no(REFUSALS.WRONG_ROLE, `${what} is recorded by the institution (retiree_officer or institution_head)`, '004 §49');
}

/** May `actor` do `req` on case `c` at instant `now` (ms)? */
export function authorize(actor: Actor, req: ActionRequest, c: CaseFacts, now: number): Verdict {
  switch (req.action) {
    case 'claim':
    case 'unclaim':
    case 'complete':
      return taskVerdict(actor, req, c);
    default:
      return caseVerdict(actor, req as ActionRequest & { action: CaseAction }, c, now);
  }
}

/** What `actor` may do now: on the case as a whole, and on each task (the view's allowedActions). */
export function allowedActions(actor: Actor, c: CaseFacts, now: number): { caseActions: CaseAction[]; taskActions: Record<string, TaskAction[]>; taskDecisions: Record<string, Decision[]> } {
  const taskActions: Record<string, TaskAction[]> = {};
  const taskDecisions: Record<string, Decision[]> = {};
  for (const t of c.tasks) {
    const acts: TaskAction[] = [];
    // Offered as in a task list: claim or unclaim, and complete when a decision could be accepted.
    if (authorize(actor, { action: 'unclaim', taskId: t.id }, c, now).ok) acts.push('unclaim');
    else if (authorize(actor, { action: 'claim', taskId: t.id }, c, now).ok && !(t.claimedBy && t.claimedBy !== actor.sub)) acts.push('claim');
    if (acts.length > 0 && authorize(actor, { action: 'complete', taskId: t.id }, c, now).ok) {
      acts.push('complete');
      // Which decisions would be accepted (an excluded case offers only reject: 001 §三(二)).
      taskDecisions[t.id] = (['approve', 'reject'] as const).filter((d) => authorize(actor, { action: 'complete', taskId: t.id, decision: d, reasons: '-' }, c, now).ok);
    }
    taskActions[t.id] = acts;
  }
  const caseActions = (['appeal', 'objection', 'recheck', 'payment', 'stop', 'history', 'consent'] as const).filter((a) => authorize(actor, { action: a }, c, now).ok);
  return { caseActions, taskActions, taskDecisions };
}

export { isOverdue };

export { CITY_ROLES, ROLE_LEVEL, canSeeCase, holdsRoleAt, levelOfRole, type Place } from './jurisdiction.js';
