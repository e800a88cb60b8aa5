/**
 * The retiree file as the API shows it (from the projection): masked name and ID number for everyone
 * but auditors (the sealed details open with the payload key, bound to the retiree id).
 */
import type { z } from 'zod';
import type { LoadedRetiree } from '../store/retiree-reads.js';
import { openMaybe } from '../store/seal.js';
import type { Actor } from '../workflows/definitions.js';
import type { RetireeView } from './retiree-schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function retireeView(f: LoadedRetiree, actor: Actor, keys: readonly string[]): z.infer<typeof RetireeView> {
  const r = f.row;
  const person = actor.roles.includes('auditor') ? openMaybe<{ name: string; idNumber: string }>(r.person, keys, `retiree:${r.id}`) : null;
  return {
    id: r.id,
    status: r.status as z.infer<typeof RetireeView>['status'],
    paySuspended: r.paySuspended,
    rankClass: r.rankClass as z.infer<typeof RetireeView>['rankClass'],
    institution: r.institution,
    county: r.county,
    name: person?.name ?? r.nameMasked,
    idNumber: person?.idNumber ?? r.idNumberMasked,
    lastContactOn: r.lastContactOn,
    createdAt: r.createdAt.toISOString(),
    tasks: f.tasks.map((t) => ({
      id: t.id,
      type: t.type,
      role: t.role,
      status: t.status,
      openedAt: t.createdAt.toISOString(),
      dueDate: t.dueDate,
      dueAt: iso(t.dueAt),
      overdue: t.overdue || (t.status === 'open' && t.dueAt !== null && t.dueAt.getTime() < Date.now()),
      claimedBy: t.claimedBy,
      completedBy: t.completedBy,
      completedAt: iso(t.completedAt),
      decision: t.decision,
    })),
    travels: f.travels.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString() })),
    contacts: f.contacts.map((c) => ({ id: c.id, contactedAt: c.contactedAt.toISOString(), contactedBy: c.contactedBy, method: c.method, notes: c.notes })),
    reports: f.reports.map((x) => ({ id: x.id, kind: x.kind, major: x.major, status: x.status, approvalPath: x.approvalPath, createdAt: x.createdAt.toISOString() })),
    medicalClaims: f.claims.map((c) => ({ id: c.id, period: c.period, selfPaidFen: Number(c.selfPaidFen), status: c.status, amountFen: c.amountFen === null ? null : Number(c.amountFen), breakdown: c.breakdown })),
    medicalPayments: f.payments.map((p) => ({ id: p.id, claimId: p.claimId, period: p.period, amountFen: Number(p.amountFen), paidBy: p.paidBy, paidAt: p.paidAt.toISOString() })),
    care: f.care.map((c) => ({ id: c.id, kind: c.kind, period: c.period, doneOn: c.doneOn, doneBy: c.doneBy, details: c.details })),
  };
}
