/**
 * The retired-cadre register (004 第二章) and its records, as the retiree workflow writes them. Every
 * write is an idempotent upsert keyed by the record's id, applied before the change's audit event
 * (store/transition.ts applyTransition, on the retiree's chain): a retried activity repeats the upserts
 * harmlessly and the event once. The medical payment is unique per claim, so it is paid exactly once.
 */
import { jsonSafe } from './canonical.js';
import type { Db } from './db.js';
import { applyTransition, type Receipt, type Transition } from './transition.js';

export interface RegisterCreate {
  id: string;
  workflowId: string;
  personKey: string;
  nameMasked: string;
  idNumberMasked: string;
  /** The sealed personal details (store/seal.ts). */
  person: object;
  rankClass: string;
  institution: string;
  county: string;
  careFlags: object | null;
  createdBy: string;
  lastContactOn: string;
}

export interface RegisterPatch {
  status?: string;
  paySuspended?: boolean;
  lastContactOn?: string;
}

export interface ContactRow {
  id: string;
  contactedAt: string;
  contactedBy: string;
  method: string;
  notes: string | null;
}

export interface TravelRow {
  id: string;
  destination: string;
  departOn: string;
  plannedReturnOn: string | null;
  returnedOn: string | null;
  status: string;
  needsApproval: boolean;
  longStay: boolean;
  headOpinion: object | null;
  decision: object | null;
  passportReturnedOn: string | null;
}

export interface ReportRow {
  id: string;
  kind: string;
  major: boolean;
  details: object;
  approvalPath: object;
  status: string;
}

export interface ClaimRow {
  id: string;
  period: string;
  selfPaidFen: number;
  status: string;
  amountFen: number | null;
  breakdown: object | null;
}

export interface MedicalPaymentRow {
  id: string;
  claimId: string;
  period: string;
  amountFen: number;
  breakdown: object;
  paidBy: string;
  paidAt: string;
}

export interface CareRow {
  id: string;
  kind: string;
  period: string;
  doneOn: string | null;
  doneBy: string | null;
  details: object | null;
}

/** One change to a retiree's file: the records it touches and the audit event (with task rows). */
export interface RetireeChange {
  transition: Transition;
  create?: RegisterCreate;
  patch?: RegisterPatch;
  contact?: ContactRow;
  travel?: TravelRow;
  report?: ReportRow;
  claim?: ClaimRow;
  payment?: MedicalPaymentRow;
  care?: CareRow;
}

const j = (v: object | null | undefined) => (v === null || v === undefined ? undefined : (jsonSafe(v) as object));

export async function applyRetireeChange(db: Db, c: RetireeChange): Promise<{ applied: boolean; receipts: Receipt[] }> {
  const retireeId = c.transition.caseId;
  const at = new Date(c.transition.at);
  if (c.create) {
    const r = c.create;
    // ON CONFLICT DO NOTHING on the id and on the person key (the API refuses a second intake first).
    await db.retiree.createMany({
      data: [{ ...r, person: j(r.person)!, careFlags: j(r.careFlags), createdAt: at, updatedAt: at }],
      skipDuplicates: true,
    });
  }
  if (c.patch) await db.retiree.update({ where: { id: retireeId }, data: { ...c.patch, updatedAt: at } });
  if (c.contact) {
    const { id, ...row } = c.contact;
    await db.retireeContact.upsert({ where: { id }, create: { id, retireeId, ...row, contactedAt: new Date(row.contactedAt) }, update: {} });
  }
  if (c.travel) {
    const { id, headOpinion, decision, ...row } = c.travel;
    const data = { ...row, headOpinion: j(headOpinion), decision: j(decision), updatedAt: at };
    await db.retireeTravel.upsert({ where: { id }, create: { id, retireeId, ...data, createdAt: at }, update: data });
  }
  if (c.report) {
    const { id, details, approvalPath, ...row } = c.report;
    const data = { ...row, details: j(details)!, approvalPath: j(approvalPath)!, updatedAt: at };
    await db.retireeReport.upsert({ where: { id }, create: { id, retireeId, ...data, createdAt: at }, update: data });
  }
  if (c.claim) {
    const { id, breakdown, ...row } = c.claim;
    const data = { ...row, breakdown: j(breakdown), updatedAt: at };
    await db.retireeMedicalClaim.upsert({ where: { id }, create: { id, retireeId, ...data, createdAt: at }, update: data });
  }
  if (c.payment) {
    const p = c.payment;
    // Exactly once per claim: a retry (or a second request) finds the row and writes nothing.
    await db.retireeMedicalPayment.createMany({
      data: [{ ...p, retireeId, breakdown: j(p.breakdown)!, paidAt: new Date(p.paidAt) }],
      skipDuplicates: true,
    });
  }
  if (c.care) {
    const { id, details, ...row } = c.care;
    const data = { ...row, details: j(details) };
    await db.retireeCareRecord.upsert({ where: { id }, create: { id, retireeId, ...data, createdAt: at }, update: data });
  }
  return applyTransition(db, c.transition);
}
