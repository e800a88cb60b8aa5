/**
 * Disbursement. The amount comes from the pure calculators in rules/ (with their breakdown); the
 * payment row and its audit event are written in one transaction, and the unique key
 * (case, item, period) means an activity retried after a crash can never pay twice.
 * SPEC §2.6, §3.
 */
import { calculateBenefit, shanghaiDate, type BenefitKind } from '../rules/index.js';
import { appendEvent, eventExists, lockCase } from '../store/audit.js';
import type { Db } from '../store/db.js';
import type { Actor, Matter, PaymentState } from '../workflows/definitions.js';
import type { PolicyStore } from './policy.js';

export interface PaymentRequest {
  caseId: string;
  eventKey: string;
  at: string;
  actor: Actor;
  matter: Matter;
  item: string;
  period: string;
  kind: 'emergency' | 'regular';
  county: string;
  personKey: string;
  emergency?: { amountFen: number; reason: string };
  benefit?: Record<string, unknown>;
  approvedAmountFen?: number | null;
  emergencyPaidFen?: number;
  snapshotHint?: string;
}

const KIND_OF_MATTER: Partial<Record<Matter, BenefitKind>> = {
  living_supplement: 'living-supplement',
  medical_aid: 'medical-aid',
  employment_subsidy: 'employment-subsidy',
  temporary_aid: 'temporary-aid',
  retiree_medical: 'retiree-medical',
};

export function paymentActivities(db: Db, policies: PolicyStore) {
  async function amountFor(req: PaymentRequest): Promise<{ amountFen: number; breakdown: Record<string, unknown>; refs: string[] }> {
    if (req.kind === 'emergency') {
      const e = req.emergency!;
      return {
        amountFen: e.amountFen,
        breakdown: { kind: 'emergency', amountFen: e.amountFen, reason: e.reason, note: 'paid first, review and approval follow' },
        refs: ['001 §五 emergency', '004 §23'],
      };
    }
    // A review adjusted the recurring amount (issue 13; 001 §六(二)): its breakdown is on the review's event.
    const adjusted = req.benefit?.adjustedAmountFen;
    if (typeof adjusted === 'number') return { amountFen: adjusted, breakdown: { kind: 'adjusted', amountFen: adjusted, ref: req.benefit?.adjustmentRef ?? null }, refs: ['001 §六(二)'] };
    const kind = KIND_OF_MATTER[req.matter];
    if (!kind) throw new Error(`matter ${req.matter} has no payment`);
    const policy = await policies.get();
    const onDate = shanghaiDate(req.at);
    const input: Record<string, unknown> = { ...(req.benefit ?? {}), region: req.county, onDate };
    if (kind === 'temporary-aid' && req.approvedAmountFen != null) input.requestedFen = req.approvedAmountFen;
    if (kind === 'employment-subsidy' && !input.month && /^\d{4}-\d{2}$/.test(req.period)) input.month = req.period;
    if (kind === 'medical-aid') {
      // The cap is per insurance year across all of the person's claims (001 §四(二)).
      const year = onDate.slice(0, 4);
      const rows = await db.$queryRaw<{ total: number | null }[]>`
        select coalesce(sum(p.amount_fen), 0)::bigint as total from payments p join cases c on c.id = p.case_id
        where c.person_key = ${req.personKey} and p.item = 'medical_aid' and to_char(p.paid_at at time zone 'Asia/Shanghai', 'YYYY') = ${year}`;
      input.paidThisYearFen = Number(rows[0]?.total ?? 0);
    }
    const r = calculateBenefit(kind, input, policy.parameters, onDate);
    let amountFen = r.amountFen;
    const breakdown: Record<string, unknown> = { ...r.breakdown };
    if (req.emergencyPaidFen && req.emergencyPaidFen > 0) {
      const net = Math.max(0, amountFen - req.emergencyPaidFen);
      breakdown.emergencyDeduction = { computedFen: amountFen, emergencyPaidFen: req.emergencyPaidFen, netFen: net, note: 'the emergency payment counts towards the approved amount' };
      amountFen = net;
    }
    return { amountFen, breakdown, refs: r.refs ?? [] };
  }

  return {
    async recordPayment(req: PaymentRequest): Promise<PaymentState & { breakdown: Record<string, unknown> }> {
      const { amountFen, breakdown, refs } = await amountFor(req);
      return db.$transaction(async (tx) => {
        await lockCase(tx, req.caseId);
        const existing = await tx.payment.findUnique({ where: { caseId_item_period: { caseId: req.caseId, item: req.item, period: req.period } } });
        if (existing || (await eventExists(tx, req.eventKey))) {
          const p = existing!;
          return { item: p.item, period: p.period, amountFen: Number(p.amountFen), kind: p.kind as 'emergency' | 'regular', paidAt: p.paidAt.toISOString(), breakdown: p.breakdown as Record<string, unknown> };
        }
        const paidAt = new Date(req.at);
        await tx.payment.create({
          data: {
            id: `${req.caseId}-${req.item}-${req.period}`,
            caseId: req.caseId,
            item: req.item,
            period: req.period,
            amountFen: BigInt(amountFen),
            kind: req.kind,
            breakdown: breakdown as object,
            paidAt,
            paidBy: req.actor.sub,
          },
        });
        await appendEvent(tx, {
          caseId: req.caseId,
          eventKey: req.eventKey,
          at: req.at,
          actor: req.actor,
          type: req.kind === 'emergency' ? 'emergency_paid' : 'payment_made',
          data: { item: req.item, period: req.period, amountFen, kind: req.kind, breakdown },
          refs,
        });
        return { item: req.item, period: req.period, amountFen, kind: req.kind, paidAt: paidAt.toISOString(), breakdown };
      });
    },
  };
}
