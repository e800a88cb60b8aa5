/**
 * A case as the API shows it, from the database projection (cases, tasks, payments): personal data
 * masked (name partly, ID number never whole — auditors see it in full), steps with their deadlines and
 * decisions, payments, and what the caller may do next.
 */
import { allowedActions, type CaseFacts } from '../rules/authority.js';
import { maskIdNumber, maskName } from '../rules/mask.js';
import { isRecurring } from '../rules/matter-class.js';
import { isOverdue as pastDue } from '../rules/overdue.js';
import type { Actor, CaseState, CaseStatus, TaskType } from '../rules/vocabulary.js';
import type { CaseRow, LoadedCase, PaymentRow, TaskRow } from '../store/cases.js';
import type { CaseView } from './schemas.js';

export type { CaseRow, LoadedCase, PaymentRow, TaskRow };

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Overdue: marked by the workflow at the deadline, or open at or past it (rules/overdue.ts). */
export function isOverdue(t: Pick<TaskRow, 'overdue' | 'status' | 'dueAt'>, now: Date): boolean {
  return t.overdue || (t.status === 'open' && pastDue(t.dueAt, now));
}

function maskedId(row: CaseRow): string {
  const m = row.idNumberMasked;
  return /[*＊×]/.test(m) ? m : maskIdNumber(m);
}

function maskedName(row: CaseRow): string {
  const m = row.applicantNameMasked;
  const name = (row.applicant as { name?: unknown } | null)?.name;
  return typeof name === 'string' && m === name ? maskName(name) : m;
}

function applicantView(row: CaseRow, actor: Actor): CaseView['applicant'] {
  const a = (row.applicant ?? {}) as Record<string, unknown>;
  const plain = typeof a.idNumber === 'string';
  if (actor.roles.includes('auditor') && plain) {
    return { ...a, name: String(a.name ?? row.applicantNameMasked), idNumber: String(a.idNumber), category: row.category };
  }
  return {
    name: maskedName(row),
    idNumber: maskedId(row),
    category: row.category,
    ...(typeof a.householdStatus === 'string' ? { householdStatus: a.householdStatus } : {}),
  };
}

function evidenceList(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];
}

/** The case as the authority sees it, from the database rows (rules/authority.ts). */
export function factsFromRows(row: CaseRow, tasks: readonly TaskRow[]): CaseFacts {
  const filedBy = (row.filedBy ?? {}) as { capacity?: string; sub?: string; receivedBy?: string };
  const agent = filedBy.capacity === 'agent';
  return {
    id: row.id,
    status: row.status,
    matter: row.matter,
    county: row.county,
    township: row.township,
    recurring: row.status === 'paid' && row.open && isRecurring(row.matter),
    appealDeadline: row.appealDeadline ? row.appealDeadline.toISOString() : null,
    // The real filer (issue 12 row 11) and the agent named (data): neither decides the case.
    filedByAgent: agent ? (filedBy.receivedBy ?? filedBy.sub ?? null) : null,
    agentOnRecord: agent ? (filedBy.sub ?? null) : null,
    exclusions: (row.exclusions ?? null) as Record<string, boolean> | null,
    consentPending: row.consentPending ?? false,
    tasks: tasks.map((t) => ({ id: t.id, type: t.type as TaskType, status: t.status as 'open', claimedBy: t.claimedBy, decidedBy: t.completedBy, level: t.level ?? null })),
  };
}

/**
 * The case as the workflow answered an update (its state), laid over the rows read before: the API
 * answers with what the update returned instead of polling the projection.
 */
export function afterUpdate(before: LoadedCase, s: CaseState): LoadedCase {
  const rowTasks = new Map(before.tasks.map((t) => [t.id, t]));
  const tasks: TaskRow[] = s.tasks.map((t) => ({
    id: t.id,
    caseId: s.caseId,
    type: t.type,
    status: t.status,
    role: t.role,
    county: t.county,
    township: t.township,
    level: t.level ?? null,
    priority: rowTasks.get(t.id)?.priority ?? s.priority ?? before.row.priority,
    dueDate: t.deadline?.dueDate ?? null,
    dueAt: t.deadline ? new Date(t.deadline.dueAt) : null,
    provisional: t.deadline?.provisional ?? false,
    overdue: t.overdue,
    claimedBy: t.claimedBy,
    completedBy: t.decidedBy,
    completedAt: t.completedAt ? new Date(t.completedAt) : null,
    decision: t.decision,
    reasons: t.reasons,
    evidence: t.evidence,
    data: rowTasks.get(t.id)?.data,
    createdAt: rowTasks.get(t.id)?.createdAt ?? new Date(t.openedAt),
  }));
  const had = new Set(before.payments.map((p) => `${p.item}|${p.period}`));
  const payments: PaymentRow[] = [
    ...before.payments,
    ...s.payments.filter((p) => !had.has(`${p.item}|${p.period}`)).map((p) => ({ item: p.item, period: p.period, amountFen: p.amountFen, kind: p.kind, breakdown: null, paidAt: new Date(p.paidAt), paidBy: '' })),
  ];
  const row: CaseRow = {
    ...before.row,
    status: s.status,
    currentStep: s.currentStep ?? before.row.currentStep,
    open: s.open ?? before.row.open,
    writtenReasons: s.writtenReasons,
    appealDeadline: s.appealDeadline ? new Date(s.appealDeadline) : null,
    publicationText: s.publicationText ?? before.row.publicationText,
    priority: s.priority ?? before.row.priority,
    consentPending: s.consentPending ?? before.row.consentPending ?? false,
  };
  return { row, tasks, payments };
}

export function paymentView(p: PaymentRow, withBreakdown: boolean): CaseView['payments'][number] {
  return {
    item: p.item,
    period: p.period,
    amountFen: Number(p.amountFen),
    kind: p.kind === 'emergency' ? 'emergency' : 'regular',
    paidAt: p.paidAt.toISOString(),
    paidBy: p.paidBy,
    ...(withBreakdown ? { breakdown: p.breakdown } : {}),
  };
}

export function caseView(row: CaseRow, tasks: TaskRow[], payments: PaymentRow[], actor: Actor, now = new Date()): CaseView {
  const sorted = [...tasks].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const allowed = allowedActions(actor, factsFromRows(row, sorted), now.getTime());
  const seeMoney = actor.roles.some((r) => r === 'finance' || r === 'auditor' || r === 'county_approver');
  const steps = sorted.map((t) => ({
    id: t.id,
    type: t.type as TaskType,
    role: t.role,
    status: t.status,
    openedAt: t.createdAt.toISOString(),
    dueAt: iso(t.dueAt),
    dueDate: t.dueDate,
    provisional: t.provisional,
    overdue: isOverdue(t, now),
    claimedBy: t.claimedBy,
    decidedBy: t.completedBy,
    decision: t.decision,
    reasons: t.reasons,
    evidence: evidenceList(t.evidence),
    completedAt: iso(t.completedAt),
    actions: allowed.taskActions[t.id] ?? [],
    ...(allowed.taskDecisions[t.id] ? { decisions: allowed.taskDecisions[t.id] } : {}),
    // 001 §五3: the approver sees the amount with its breakdown; money is for those who handle it.
    ...(seeMoney && t.data ? { data: t.data as Record<string, unknown> } : {}),
  }));
  const emergency = row.emergency as { amountFen?: unknown; reason?: unknown } | null;
  const stepActions = [...new Set(steps.flatMap((s) => s.actions))];
  return {
    id: row.id,
    status: row.status as CaseStatus,
    matter: row.matter,
    county: row.county,
    township: row.township,
    priority: row.priority,
    open: row.open,
    receivedAt: row.receivedAt.toISOString(),
    currentStep: row.currentStep,
    applicant: applicantView(row, actor),
    hardshipSituation: row.hardshipSituation,
    filedBy: filedByView(row.filedBy),
    emergency: emergency && typeof emergency.amountFen === 'number' ? { amountFen: emergency.amountFen, reason: String(emergency.reason ?? '') } : null,
    steps,
    payments: [...payments].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime()).map((p) => paymentView(p, seeMoney)),
    writtenReasons: row.writtenReasons,
    appealDeadline: iso(row.appealDeadline),
    publicationText: row.publicationText,
    consentPending: row.consentPending ?? false,
    allowedActions: [...stepActions, ...allowed.caseActions],
  };
}

function filedByView(v: unknown): CaseView['filedBy'] {
  const f = (v ?? {}) as Record<string, unknown>;
  return {
    capacity: String(f.capacity ?? 'self'),
    ...(typeof f.sub === 'string' ? { sub: f.sub } : {}),
    ...(typeof f.name === 'string' ? { name: f.name } : {}),
    ...(typeof f.relation === 'string' ? { relation: f.relation } : {}),
  };
}
