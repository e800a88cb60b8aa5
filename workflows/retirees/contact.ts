/**
 * Monthly contact and the pay suspension (004 §15): "每月至少与军休干部联系 1 次，并记录联系的有关内容，
 * 对失联 6 个月（含）以上的军休干部，暂停发放其离退休费，积极调查摸清有关情况，并报告上级退役军人工作部门".
 * The monthly check (a Schedule) opens the month's `contact` task, due at the month's end: a missed month
 * shows as overdue. At 6 months without contact a `pay_suspension` task goes to the institution head and
 * the upper department is told; the suspension is recorded only when the head confirms it, and lifted
 * when contact resumes.
 */
import { SYSTEM_ACTOR, type Actor } from '../definitions.js';
import { acts, type Book } from './book.js';
import type { ContactRequest } from './definitions.js';
import { refreshStatus } from './travel.js';

const REF = '004 §15';

/** The month's contact task, unless the cadre was already contacted this month or it exists. */
export async function monthlyCheck(book: Book, on: string): Promise<void> {
  const s = book.state;
  const month = on.slice(0, 7);
  const has = s.tasks.some((t) => t.type === 'contact' && t.evidence[0] === month);
  if (!has && s.lastContactOn.slice(0, 7) < month) {
    const due = await acts.retireeDeadline({ kind: 'month_end', region: s.county, from: on });
    await book.openTask('contact', due, { month, lastContactOn: s.lastContactOn }, ['004 §15 每月至少与军休干部联系 1 次'], { subject: month });
  }
  const check = await acts.contactCheck({ region: s.county, lastContactOn: s.lastContactOn, today: on });
  const open = s.tasks.some((t) => t.type === 'pay_suspension' && t.status === 'open');
  if (check.suspensionDue && !s.paySuspended && !open) await openSuspension(book, check.monthsWithoutContact);
}

async function openSuspension(book: Book, months: number): Promise<void> {
  const s = book.state;
  const f = book.flow();
  const task = await book.openTask('pay_suspension', null, { monthsWithoutContact: months, lastContactOn: s.lastContactOn }, ['004 §15 失联 6 个月（含）以上…暂停发放其离退休费'], { awaited: true, subject: s.lastContactOn });
  // …并报告上级退役军人工作部门: the upper department is told when the matter arises.
  await book.record('lost_contact_reported', SYSTEM_ACTOR, { monthsWithoutContact: months, lastContactOn: s.lastContactOn, taskId: task.id }, {
    refs: ['004 §15 并报告上级退役军人工作部门'],
    notifications: [{ key: `${task.id}:report`, taskId: task.id, kind: 'lost_contact_report', toRole: 'retiree_approver', toRegion: s.county, message: `retiree ${s.retireeId}: no contact for ${months} months since ${s.lastContactOn}; pay suspension before the institution head` }],
  });
  void (async () => {
    await f.task(task);
    if (task.decision === 'approve') {
      s.paySuspended = true;
      refreshStatus(book);
      await book.record('pay_suspended', { sub: task.decidedBy ?? 'unknown', roles: ['institution_head'] }, { taskId: task.id, reasons: task.reasons, monthsWithoutContact: months }, { refs: ['004 §15 暂停发放其离退休费'], patch: { status: s.status, paySuspended: true } });
    }
    f.end();
  })();
}

/** A contact (who, how, notes): closes the month's task, and lifts a suspension (contact resumed). */
export async function recordContact(book: Book, contactId: string, req: ContactRequest): Promise<void> {
  const s = book.state;
  const at = req.contactedAt ?? book.now();
  const on = new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);
  if (on > s.lastContactOn) s.lastContactOn = on;
  await book.record('contact_recorded', req.actor, { contactId, method: req.method, on, notes: req.notes ?? null }, {
    refs: ['004 §15 并记录联系的有关内容'],
    contact: { id: contactId, contactedAt: at, contactedBy: req.actor.sub, method: req.method, notes: req.notes ?? null },
    patch: { lastContactOn: s.lastContactOn },
  });
  await afterContact(book, req.actor, on);
}

export async function afterContact(book: Book, actor: Actor, on: string): Promise<void> {
  const s = book.state;
  for (const t of s.tasks.filter((x) => x.type === 'contact' && x.status === 'open')) {
    if (t.evidence[0] === on.slice(0, 7)) await book.closeTask(t, 'completed', actor, `contacted on ${on}`, [REF]);
    else await book.closeTask(t, 'cancelled', SYSTEM_ACTOR, `month ${t.evidence[0]} was missed; contact resumed on ${on}`, [REF]);
  }
  for (const t of s.tasks.filter((x) => x.type === 'pay_suspension' && x.status === 'open')) {
    await book.closeTask(t, 'cancelled', SYSTEM_ACTOR, `contact resumed on ${on} before the suspension was confirmed`, [REF]);
  }
  if (s.paySuspended) {
    s.paySuspended = false;
    refreshStatus(book);
    await book.record('pay_resumed', actor, { contactOn: on }, { refs: ['004 §15 (the suspension is for 失联: it ends when contact resumes)'], patch: { status: s.status, paySuspended: false } });
  }
}
