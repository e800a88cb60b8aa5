/**
 * A case as the API shows it, from the database projection (cases, tasks, payments): personal data
 * masked (name partly, ID number never whole — auditors see it in full), steps with their deadlines and
 * decisions, payments, and what the caller may do next.
 */
import type { Actor, CaseStatus, TaskType } from '../workflows/definitions.js';
import { canActOnTask, holdsRoleAt, type Place } from './access.js';
import type { CaseView } from './schemas.js';

export interface CaseRow {
  id: string;
  status: string;
  currentStep: string | null;
  matter: string;
  county: string;
  township: string;
  applicantNameMasked: string;
  idNumberMasked: string;
  applicant: unknown;
  category: string;
  hardshipSituation: number;
  filedBy: unknown;
  emergency: unknown;
  priority: number;
  open: boolean;
  writtenReasons: string | null;
  publicationText: string | null;
  appealDeadline: Date | null;
  receivedAt: Date;
}

export interface TaskRow {
  id: string;
  caseId: string;
  type: string;
  status: string;
  role: string;
  county: string;
  township: string;
  priority: number;
  dueDate: string | null;
  dueAt: Date | null;
  provisional: boolean;
  overdue: boolean;
  claimedBy: string | null;
  completedBy: string | null;
  completedAt: Date | null;
  decision: string | null;
  reasons: string | null;
  evidence: unknown;
  createdAt: Date;
}

export interface PaymentRow {
  item: string;
  period: string;
  amountFen: bigint | number;
  kind: string;
  breakdown: unknown;
  paidAt: Date;
  paidBy: string;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Overdue: marked by the workflow at the deadline, or past it while still open. */
export function isOverdue(t: Pick<TaskRow, 'overdue' | 'status' | 'dueAt'>, now: Date): boolean {
  return t.overdue || (t.status === 'open' && t.dueAt !== null && t.dueAt.getTime() < now.getTime());
}

/** Never the whole number: keeps the area code and the last 4 characters. */
export function maskIdFallback(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

function maskedId(row: CaseRow): string {
  const m = row.idNumberMasked;
  return /[*＊×]/.test(m) ? m : maskIdFallback(m);
}

function maskedName(row: CaseRow): string {
  const m = row.applicantNameMasked;
  const name = (row.applicant as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && name.length > 1 && m === name) return name[0] + '*'.repeat(name.length - 1);
  return m;
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

interface Sod {
  opinionBy: string | null;
  agent: string | null;
  countyDecider: string | null;
}

function sodOf(row: CaseRow, tasks: TaskRow[]): Sod {
  const filedBy = (row.filedBy ?? {}) as { capacity?: string; sub?: string };
  return {
    opinionBy: tasks.find((t) => t.type === 'township_opinion' && t.status === 'completed')?.completedBy ?? null,
    agent: filedBy.capacity === 'agent' ? (filedBy.sub ?? null) : null,
    countyDecider: tasks.find((t) => t.type === 'county_decision' && t.status === 'completed')?.completedBy ?? null,
  };
}

/** Why this actor may not decide this task (separation of duties, SPEC §2), or null. */
export function separationOfDuties(actor: Actor, type: string, row: CaseRow, tasks: TaskRow[]): string | null {
  const s = sodOf(row, tasks);
  if (type === 'county_decision') {
    if (s.opinionBy === actor.sub) return `you gave the township review opinion on case ${row.id}; the county decision must be made by someone else (SPEC §2, 001 §五)`;
    if (s.agent === actor.sub) return `you filed case ${row.id} as agent; you may not decide it (SPEC §2)`;
  }
  if (type === 'appeal_decision' && s.countyDecider === actor.sub) {
    return `you made the county decision on case ${row.id}; the re-review must be made by someone else (001 §五 复核)`;
  }
  return null;
}

function taskActions(actor: Actor, t: TaskRow, row: CaseRow, tasks: TaskRow[]): string[] {
  if (t.status !== 'open' || !canActOnTask(actor, t.type as TaskType, row)) return [];
  if (t.claimedBy && t.claimedBy !== actor.sub) return [];
  const out = t.claimedBy === actor.sub ? ['unclaim'] : ['claim'];
  const recheckOpen = tasks.some((x) => x.type === 'county_recheck' && x.status === 'open');
  if (!separationOfDuties(actor, t.type, row, tasks) && !(t.type === 'county_decision' && recheckOpen)) out.push('complete');
  return out;
}

function caseActions(actor: Actor, row: CaseRow, tasks: TaskRow[], now: Date): string[] {
  const place: Place = row;
  const out: string[] = [];
  const clerk = holdsRoleAt(actor, 'station_clerk', place);
  if (clerk && row.status === 'rejected' && (!row.appealDeadline || row.appealDeadline.getTime() > now.getTime())) out.push('appeal');
  if (clerk && row.status === 'publication') out.push('objection');
  if (
    holdsRoleAt(actor, 'county_approver', place) &&
    tasks.some((t) => t.type === 'county_decision' && t.status === 'open') &&
    !tasks.some((t) => t.type === 'county_recheck' && t.status === 'open')
  ) {
    out.push('recheck');
  }
  if (holdsRoleAt(actor, 'finance', place) && row.status === 'payable') out.push('payment');
  if ((holdsRoleAt(actor, 'county_approver', place) || holdsRoleAt(actor, 'finance', place)) && row.status === 'paid' && row.open && row.matter === 'living_supplement') {
    out.push('stop');
  }
  if (holdsRoleAt(actor, 'auditor', place)) out.push('history');
  return out;
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
    actions: taskActions(actor, t, row, sorted),
  }));
  const seeMoney = actor.roles.some((r) => r === 'finance' || r === 'auditor' || r === 'county_approver');
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
    allowedActions: [...stepActions, ...caseActions(actor, row, sorted, now)],
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
