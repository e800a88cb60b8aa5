/**
 * Health and care (004 §19 yearly health check; §24 regular check-ups and home visits for the very old,
 * seriously ill or disabled), emergency treatment first (§23 先抢救，后补办手续: about treatment, the
 * paperwork follows), and the matters a cadre reports (§18) or has approved by level (§16).
 */
import { SYSTEM_ACTOR, type Actor, type TaskState } from '../definitions.js';
import { acts, type Book } from './book.js';
import type { EmergencyRequest, ReportRequest, ReportState, RetireeInput } from './definitions.js';

/** §19: one health check a year, a `health_check` task due at the year's end. */
export async function yearlyHealthCheck(book: Book, on: string): Promise<void> {
  const key = `health_check:${on.slice(0, 4)}`;
  if (book.state.tasks.some((t) => t.evidence[0] === key)) return;
  const due = await acts.retireeDeadline({ kind: 'year_end', region: book.state.county, from: on });
  await book.openTask('health_check', due, { kind: 'yearly_health_check', year: on.slice(0, 4) }, ['004 §19 每年组织军休干部进行 1 次健康体检'], { subject: key });
}

/** §24: a check-up / home visit every period for a very old, seriously ill or disabled cadre. */
export async function careVisit(book: Book, on: string, input: RetireeInput): Promise<void> {
  const s = book.state;
  if (s.tasks.some((t) => t.evidence[0]?.startsWith('care_visit:') && t.status === 'open')) return;
  const need = await acts.careNeeded({ region: s.county, onDate: on, birthDate: input.person.birthDate, flags: input.careFlags ?? {} });
  if (!need.needed) return;
  const last = s.tasks.filter((t) => t.evidence[0]?.startsWith('care_visit:')).at(-1);
  if (last && monthsBetween(last.evidence[0]!.slice('care_visit:'.length), on.slice(0, 7)) < need.periodMonths) return;
  const due = await acts.retireeDeadline({ kind: 'months_after', region: s.county, from: on, months: need.periodMonths });
  await book.openTask('health_check', due, { kind: 'care_visit', why: need.why }, ['004 §24 为高龄、重病、失能军休干部提供定期体检、上门巡诊'], { subject: `care_visit:${on.slice(0, 7)}` });
}

const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/** A health_check done: its record (004 §19 health file, §24 visit). */
export async function healthCheckDone(book: Book, task: TaskState, actor: Actor): Promise<void> {
  const subject = task.evidence[0] ?? 'health_check';
  const [kind, period] = subject.split(':') as [string, string];
  await book.record('care_recorded', actor, { taskId: task.id, kind, period }, {
    refs: [kind === 'care_visit' ? '004 §24' : '004 §19'],
    care: { id: task.id, kind, period: period ?? '', doneOn: book.today(), doneBy: actor.sub, details: { notes: task.reasons, evidence: task.evidence.slice(1) } },
  });
}

/** §23: treated first on the strength of the 离退休证; the paperwork is a task afterwards. */
export async function recordEmergency(book: Book, recordId: string, req: EmergencyRequest): Promise<void> {
  await book.record('emergency_treatment_recorded', req.actor, { recordId, treatedOn: req.treatedOn, hospital: req.hospital, basis: req.basis }, {
    refs: ['004 §23 凭《离退休证》或者军休服务管理机构证明，可先抢救，后补办手续'],
    care: { id: recordId, kind: 'emergency_treatment', period: req.treatedOn, doneOn: req.treatedOn, doneBy: req.actor.sub, details: { hospital: req.hospital, basis: req.basis } },
  });
  await book.openTask('emergency_paperwork', null, { recordId, treatedOn: req.treatedOn, hospital: req.hospital }, ['004 §23 后补办手续'], { subject: recordId });
}

/** §18 reports are recorded (major ones go to the province department); §16 posts are approved by level. */
export async function runReport(book: Book, rep: ReportState & { ready?: boolean }, req: ReportRequest): Promise<void> {
  const s = book.state;
  const f = book.flow();
  const path = await acts.reportPath({ kind: req.kind, rankClass: s.rankClass, major: rep.major });
  rep.status = path.needsApproval ? 'pending_approval' : 'recorded';
  const row = () => ({ id: rep.id, kind: rep.kind, major: rep.major, details: { text: req.details }, approvalPath: path, status: rep.status });
  await book.record('report_recorded', req.actor, { reportId: rep.id, kind: rep.kind, major: rep.major, path }, {
    refs: [path.ref],
    report: row(),
    notifications: path.toProvince
      ? [{ key: `${rep.id}:province`, kind: 'report_to_province', toRole: 'retiree_approver', toRegion: s.county.slice(0, 2) + '0000', message: `retiree ${s.retireeId}: ${rep.kind} reported (${path.ref})` }]
      : [],
  });
  if (!path.needsApproval) {
    rep.ready = true;
    return f.end();
  }
  const task = await book.openTask('report_approval', null, { reportId: rep.id, kind: rep.kind, approvals: path.approvals }, [path.ref], { awaited: true, subject: rep.id });
  rep.ready = true;
  await f.task(task);
  rep.status = task.decision === 'approve' ? 'approved' : 'refused';
  await book.record(rep.status === 'approved' ? 'report_approved' : 'report_refused', SYSTEM_ACTOR, { reportId: rep.id, by: task.decidedBy, reasons: task.reasons }, { refs: [path.ref], report: row() });
  f.end();
}
