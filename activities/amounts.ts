/**
 * The amount the county decides (001 §五3 审批决定; issue 12 rows 3, 7, 8): computed from the case's
 * benefit FACTS and the region's dated parameters (rules/benefit-facts.ts calculatorInput →
 * calculateBenefit), never from a clerk's policy number; per-person caps counted from the person's
 * recorded payments over all their cases in the cap period (rules/caps.ts capRoom, emergency payments
 * included). Shown on the county_decision task when it opens, frozen on the decision's event, and paid
 * as frozen (activities/payments.ts).
 */
import { calculatorInput } from '../rules/benefit-facts.js';
import { calculateBenefit, capPeriod, capRoom, employmentSubsidyWindow, perPersonCap, RuleInputError, shanghaiDate, type BenefitKind, type CapRoom } from '../rules/index.js';
import type { Matter } from '../rules/vocabulary.js';
import type { Db } from '../store/db.js';
import { paymentsInPeriod } from '../store/payments.js';
import type { PolicyStore } from '../store/policy.js';

export const KIND_OF_MATTER: Partial<Record<Matter, BenefitKind>> = {
  living_supplement: 'living-supplement',
  medical_aid: 'medical-aid',
  employment_subsidy: 'employment-subsidy',
  temporary_aid: 'temporary-aid',
  retiree_medical: 'retiree-medical',
};

export interface AmountRequest {
  caseId: string;
  matter: Matter;
  county: string;
  personKey: string;
  benefit?: Record<string, unknown>;
  /** The applicant's household status (a fact of the applicant, used when the benefit does not say). */
  householdStatus?: string;
  /** The decision's instant: its Asia/Shanghai date picks the parameters and the cap period. */
  at: string;
  /** Temporary aid: the amount the county decided (001 §四(六) 由当地视情给予), within the regional maximum. */
  decidedFen?: number | null;
}

/** The decided amount, as frozen on the decision's event and paid (monthly for a recurring matter). */
export interface DecidedAmount {
  amountFen: number;
  /** Paid each month (living supplement; employment subsidy over its window). */
  monthly: boolean;
  onDate: string;
  breakdown: Record<string, unknown>;
  refs: string[];
  /** Employment subsidy (001 §四(五)): the window from the county's approval month. */
  window: { firstMonth: string; lastMonth: string | null; months: number; end: string; steps: string[] } | null;
}

export type AmountAnswer = { ok: true; amount: DecidedAmount } | { ok: false; path: string; message: string };

/** The person's room under the matter's per-person cap on onDate, or null when the matter has none. */
export async function personCapRoom(db: Db, table: Parameters<typeof perPersonCap>[1], r: { matter: string; county: string; personKey: string; onDate: string; exceptCase?: string }): Promise<(CapRoom & { ref: string; capSteps: string[] }) | null> {
  const cap = perPersonCap(r.matter, table, r.county, r.onDate);
  if (!cap) return null;
  const period = capPeriod(cap.period, r.onDate);
  const rows = (await paymentsInPeriod(db, r.personKey, r.matter, period.start, period.end)).filter((p) => p.caseId !== r.exceptCase);
  return { ...capRoom({ capFen: cap.capFen, period: cap.period, onDate: r.onDate, item: r.matter, payments: rows }), ref: cap.ref, capSteps: cap.steps };
}

export function amountActivities(db: Db, policies: PolicyStore) {
  return {
    /**
     * The amount for the county decision, with its breakdown. A case's own earlier payments (its
     * emergency payment) are not subtracted here: the decided amount is the case's total, and the
     * emergency payment is trued up against it (rules/caps.ts emergencyTrueUp, deductEmergencyOnce).
     * An input the rules refuse is an answer (`ok: false`, shown on the task), not a failure.
     */
    async computeAmount(req: AmountRequest): Promise<AmountAnswer> {
      const kind = KIND_OF_MATTER[req.matter];
      if (!kind) return { ok: false, path: 'matter', message: `${req.matter} is a referral: no amount is computed (001 §五 last paragraph)` };
      const { parameters: table } = await policies.get();
      const onDate = shanghaiDate(req.at);
      const facts = req.benefit ?? {};
      try {
        const room = await personCapRoom(db, table, { matter: req.matter, county: req.county, personKey: req.personKey, onDate, exceptCase: req.caseId });
        let window: DecidedAmount['window'] = null;
        if (kind === 'employment-subsidy') {
          const w = employmentSubsidyWindow({ approvalDate: onDate, retirementDate: String(facts.retirementDate ?? ''), region: req.county }, table);
          window = { firstMonth: w.firstMonth, lastMonth: w.lastMonth, months: w.months.length, end: w.end, steps: w.steps };
        }
        const input = calculatorInput(req.matter as never, facts, {
          region: req.county,
          onDate,
          householdStatus: req.householdStatus,
          approvalDate: onDate,
          month: window?.firstMonth,
          paidInPeriodFen: room?.paidInPeriodFen,
          decidedFen: req.decidedFen ?? undefined,
        });
        const r = calculateBenefit(kind, input, table, onDate);
        const breakdown: Record<string, unknown> = { ...r.breakdown };
        if (room) breakdown.cap = { ref: room.ref, capFen: room.capFen, period: room.period, paidInPeriodFen: room.paidInPeriodFen, roomFen: room.roomFen, steps: [...room.capSteps, ...room.steps] };
        if (window) breakdown.window = window;
        const monthly = kind === 'living-supplement' || kind === 'employment-subsidy';
        return { ok: true, amount: { amountFen: r.amountFen, monthly, onDate, breakdown, refs: [...r.refs, '001 §五3 审批决定'], window } };
      } catch (e) {
        if (e instanceof RuleInputError) return { ok: false, path: e.path, message: e.message };
        throw e;
      }
    },
  };
}
