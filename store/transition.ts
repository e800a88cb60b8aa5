/**
 * One change to a case: projection rows (case, tasks, notifications, open-matter guard) and the audit
 * event that explains it, written in one transaction. Idempotent by the event key, so an activity
 * retried after a crash writes nothing twice.
 */
import type { Applicant, CaseStatus, TaskType } from '../workflows/definitions.js';
import { appendEvent, eventExists, lockCase, type AuditEventInput } from './audit.js';
import { jsonSafe } from './canonical.js';
import type { Db } from './db.js';

export interface CaseCreate {
  id: string;
  workflowId: string;
  status: CaseStatus;
  matter: string;
  county: string;
  township: string;
  personKey: string;
  applicantNameMasked: string;
  idNumberMasked: string;
  applicant: Applicant | { sealed: string };
  category: string;
  hardshipSituation: number;
  filedBy: Record<string, unknown>;
  emergency?: Record<string, unknown> | null;
  priority: number;
  priorityExplanation?: unknown;
  receivedAt: string;
}

export interface CasePatch {
  status?: CaseStatus;
  currentStep?: string | null;
  open?: boolean;
  writtenReasons?: string | null;
  publish?: boolean | null;
  publicationText?: string | null;
  appealDeadline?: string | null;
  closedAt?: string | null;
}

export interface TaskUpsert {
  id: string;
  type: TaskType;
  /** What the task's file is ('case' unless a duty or a retired-cadre process owns it). */
  subjectType?: string;
  /** The workflow whose task updates act on it (default: the case's workflow). */
  workflowId?: string;
  status?: 'open' | 'completed' | 'cancelled';
  role: string;
  county: string;
  township: string;
  priority?: number;
  receivedOn: string;
  dueDate?: string | null;
  dueAt?: string | null;
  provisional?: boolean;
  overdue?: boolean;
  overdueSince?: string | null;
  remindedAt?: string | null;
  claimedBy?: string | null;
  claimedAt?: string | null;
  completedBy?: string | null;
  completedAt?: string | null;
  decision?: string | null;
  reasons?: string | null;
  evidence?: unknown;
}

export interface NotificationInput {
  key: string;
  taskId?: string;
  kind: string;
  toRole: string;
  toRegion: string;
  message: string;
}

/** The audit event (what happened, who, when, why) and the projection changes it explains. */
export interface Transition extends AuditEventInput {
  createCase?: CaseCreate;
  patchCase?: CasePatch;
  tasks?: TaskUpsert[];
  notifications?: NotificationInput[];
  /** Release the one-open-case-per-matter guard (the case is finished). */
  releaseOpenMatter?: boolean;
}

const d = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

export async function applyTransition(db: Db, t: Transition): Promise<{ applied: boolean }> {
  return db.$transaction(async (tx) => {
    await lockCase(tx, t.caseId);
    if (await eventExists(tx, t.eventKey)) return { applied: false };
    const at = new Date(t.at);
    if (t.createCase) {
      const c = t.createCase;
      await tx.case.create({
        data: {
          id: c.id,
          workflowId: c.workflowId,
          status: c.status,
          currentStep: null,
          matter: c.matter,
          county: c.county,
          township: c.township,
          personKey: c.personKey,
          applicantNameMasked: c.applicantNameMasked,
          idNumberMasked: c.idNumberMasked,
          applicant: jsonSafe(c.applicant) as object,
          category: c.category,
          hardshipSituation: c.hardshipSituation,
          filedBy: jsonSafe(c.filedBy) as object,
          emergency: c.emergency ? (jsonSafe(c.emergency) as object) : undefined,
          priority: c.priority,
          priorityExplanation: c.priorityExplanation ? (jsonSafe(c.priorityExplanation) as object) : undefined,
          receivedAt: new Date(c.receivedAt),
          createdAt: at,
          updatedAt: at,
        },
      });
      // The API reserves the guard before starting the workflow; a workflow started directly
      // (tests, tools) takes it here. Either way the guard names this case.
      await tx.$executeRaw`insert into open_matters (person_key, matter, case_id) values (${c.personKey}, ${c.matter}, ${c.id}) on conflict do nothing`;
    }
    for (const task of t.tasks ?? []) {
      const row = {
        type: task.type,
        status: task.status ?? 'open',
        role: task.role,
        county: task.county,
        township: task.township,
        priority: task.priority ?? 0,
        receivedOn: task.receivedOn,
        dueDate: task.dueDate,
        dueAt: d(task.dueAt),
        provisional: task.provisional,
        overdue: task.overdue,
        overdueSince: d(task.overdueSince),
        remindedAt: d(task.remindedAt),
        claimedBy: task.claimedBy,
        claimedAt: d(task.claimedAt),
        completedBy: task.completedBy,
        completedAt: d(task.completedAt),
        decision: task.decision,
        reasons: task.reasons,
        evidence: task.evidence === undefined ? undefined : (jsonSafe(task.evidence) as object),
      };
      await tx.task.upsert({
        where: { id: task.id },
        create: { id: task.id, caseId: t.caseId, subjectType: task.subjectType ?? 'case', workflowId: task.workflowId ?? `case-${t.caseId}`, createdAt: at, ...row },
        update: row,
      });
    }
    if (t.patchCase) {
      const p = t.patchCase;
      await tx.case.update({
        where: { id: t.caseId },
        data: {
          status: p.status,
          currentStep: p.currentStep,
          open: p.open,
          writtenReasons: p.writtenReasons,
          publish: p.publish,
          publicationText: p.publicationText,
          appealDeadline: d(p.appealDeadline),
          closedAt: d(p.closedAt),
          updatedAt: at,
        },
      });
    }
    if (t.releaseOpenMatter) {
      await tx.openMatter.deleteMany({ where: { caseId: t.caseId } });
    }
    for (const n of t.notifications ?? []) {
      await tx.$executeRaw`insert into notifications (key, case_id, task_id, kind, to_role, to_region, message, created_at)
        values (${n.key}, ${t.caseId}, ${n.taskId ?? null}, ${n.kind}, ${n.toRole}, ${n.toRegion}, ${n.message}, ${at})
        on conflict (key) do nothing`;
    }
    await appendEvent(tx, {
      caseId: t.caseId,
      eventKey: t.eventKey,
      at: t.at,
      actor: t.actor,
      type: t.type,
      data: t.data,
      refs: t.refs,
    });
    return { applied: true };
  });
}
