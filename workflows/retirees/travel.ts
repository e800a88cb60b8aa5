/**
 * Travel abroad (004 §15): 师级 — application with the head's signed opinion, approval by the upper
 * department within 10 working days (overdue marks, never a decision); 团级及以下 — filing (报备) only.
 * While abroad on a long stay, a report each calendar quarter; after return, the passport is handed in
 * within 10 calendar days.
 */
import { SYSTEM_ACTOR, type Actor } from '../definitions.js';
import { acts, type Book } from './book.js';
import type { TravelState } from './definitions.js';

const REF = '004 §15';

export function travelRow(t: TravelState, decision: object | null = null) {
  return {
    id: t.id,
    destination: t.destination,
    departOn: t.departOn,
    plannedReturnOn: t.plannedReturnOn,
    returnedOn: t.returnedOn,
    status: t.status,
    needsApproval: t.needsApproval,
    longStay: t.longStay,
    headOpinion: t.headOpinion,
    decision,
    passportReturnedOn: t.passportReturnedOn,
  };
}

/** The file's status follows its facts: suspended pay first, then a stay abroad. */
export function refreshStatus(book: Book): void {
  const s = book.state;
  if (s.status === 'deceased') return;
  s.status = s.paySuspended ? 'suspended' : s.travels.some((t) => t.status === 'abroad') ? 'abroad' : 'active';
}

export async function runTravel(book: Book, trip: TravelState & { ready?: boolean }, actor: Actor): Promise<void> {
  const s = book.state;
  const f = book.flow();
  const plan = await acts.travelPlan({ region: s.county, rankClass: s.rankClass, departOn: trip.departOn, plannedReturnOn: trip.plannedReturnOn, onDate: book.today() });
  trip.needsApproval = plan.needsApproval;
  trip.longStay = plan.longStay;
  if (plan.needsApproval) {
    trip.status = 'pending_approval';
    const deadline = await acts.retireeDeadline({ kind: 'travel_approval', region: s.county, from: book.now() });
    await book.record('travel_applied', actor, { travelId: trip.id, destination: trip.destination, departOn: trip.departOn, plannedReturnOn: trip.plannedReturnOn, headOpinion: trip.headOpinion, path: plan.steps }, { refs: [plan.ref], travel: travelRow(trip) });
    const task = await book.openTask('travel_approval', deadline, { travelId: trip.id, destination: trip.destination, departOn: trip.departOn, headOpinion: trip.headOpinion }, [plan.ref, '004 §15 审批手续应在 10 个工作日内完成'], { awaited: true, subject: trip.id });
    trip.ready = true;
    await f.task(task);
    const decision = { decision: task.decision, by: task.decidedBy, reasons: task.reasons, on: task.completedAt, overdue: task.overdue };
    if (task.decision === 'reject') {
      trip.status = 'refused';
      await book.record('travel_refused', SYSTEM_ACTOR, { travelId: trip.id, ...decision }, { refs: [plan.ref], travel: travelRow(trip, decision) });
      return f.end();
    }
    trip.status = 'approved';
    await book.record('travel_approved', SYSTEM_ACTOR, { travelId: trip.id, ...decision }, { refs: [plan.ref], travel: travelRow(trip, decision) });
  } else {
    trip.status = 'filed';
    await book.record('travel_filed', actor, { travelId: trip.id, destination: trip.destination, departOn: trip.departOn, plannedReturnOn: trip.plannedReturnOn, approval: 'not required' }, { refs: [plan.ref], travel: travelRow(trip) });
    trip.ready = true;
  }

  // Departure: from the first moment of the departure day (Asia/Shanghai).
  await f.wait(() => false, Date.parse(`${trip.departOn}T00:00:00+08:00`));
  trip.status = 'abroad';
  refreshStatus(book);
  await book.record('cadre_abroad', SYSTEM_ACTOR, { travelId: trip.id, since: trip.departOn, quarterlyReports: trip.longStay }, { refs: [REF], travel: travelRow(trip), patch: { status: s.status } });

  // 出国（境）时间较长应每季度汇报: one travel_report task per calendar quarter abroad.
  while (trip.returnedOn === null) {
    if (!trip.longStay) {
      await f.wait(() => trip.returnedOn !== null);
      break;
    }
    const due = await acts.retireeDeadline({ kind: 'quarter_end', region: s.county, from: book.today() });
    const report = await book.openTask('travel_report', due, { travelId: trip.id, quarterEnds: due.dueDate }, ['004 §15 出国（境）时间较长应每季度汇报在国（境）外的思想情况'], { subject: trip.id });
    const back = await f.wait(() => trip.returnedOn !== null, Date.parse(due.dueAt) + 1000);
    if (back && report.status === 'open') await book.closeTask(report, 'cancelled', SYSTEM_ACTOR, `returned on ${trip.returnedOn} before the quarter ended`, [REF]);
  }

  trip.status = 'returned';
  refreshStatus(book);
  const due = await acts.retireeDeadline({ kind: 'passport_return', region: s.county, from: trip.returnedOn! });
  await book.record('cadre_returned', SYSTEM_ACTOR, { travelId: trip.id, returnedOn: trip.returnedOn, passportDue: due.dueDate }, { refs: [REF], travel: travelRow(trip), patch: { status: s.status } });
  // 回国（境）后 10 天内…交由所在军休服务管理机构集中保管: late hand-in is marked overdue, never decided.
  const passport = await book.openTask('passport_return', due, { travelId: trip.id, returnedOn: trip.returnedOn }, ['004 §15 回国（境）后 10 天内'], { awaited: true, subject: trip.id });
  await f.task(passport);
  trip.passportReturnedOn = shanghaiDay(passport.completedAt!);
  trip.status = 'closed';
  await book.record('passport_handed_in', SYSTEM_ACTOR, { travelId: trip.id, on: trip.passportReturnedOn, late: passport.overdue }, { refs: [REF], travel: travelRow(trip) });
  f.end();
}

const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
