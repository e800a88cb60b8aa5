/**
 * Household-income assessment and the single-person 低保 referral (SPEC §1).
 * - 000 §6, 003 §二: preferential pensions (优待抚恤金) are not counted as household income.
 * - 001 §四(一): the living supplement is not counted either ("不计入家庭收入").
 * - 003 §二: necessary work costs from employment or starting a business "可适当给予扣减" (may be
 *   deducted): deducted as given, at most the earned income.
 * - 000 §6, 003 §二: a veteran in a 低边 family who is seriously ill or seriously disabled may, on
 *   personal application (经个人申请), be included in 低保 as a single-person household. SPEC vs
 *   document (the document wins): SPEC omits the personal application (NOTES.md #3).
 */
/** Household status (SPEC §1): 特困, 低保, 低边 (低保边缘), 支出型贫困, or none of them. */
export const HOUSEHOLD_STATUSES = ['tekun', 'dibao', 'dibao_edge', 'expenditure_poverty', 'none'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const INCOME_KINDS = ['wages', 'business', 'pension', 'preferential_pension', 'living_supplement', 'other'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

const NOT_COUNTED: Partial<Record<IncomeKind, { ref: string; why: string }>> = {
  preferential_pension: { ref: '000 §6; 003 §二', why: '优待抚恤金不计入家庭收入' },
  living_supplement: { ref: '001 §四(一)', why: '生活补助不计入家庭收入' },
};
const EARNED: readonly IncomeKind[] = ['wages', 'business'];

export interface IncomeAssessment {
  countedFen: number;
  grossFen: number;
  deductedFen: number;
  steps: string[];
  refs: string[];
}

export function assessHouseholdIncome(input: { incomes: { kind: IncomeKind; amountFen: number }[]; workCostsFen?: number }): IncomeAssessment {
  const check = (path: string, v: number) => {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${path}: expected a non-negative whole number of fen`);
  };
  let gross = 0;
  let counted = 0;
  let earned = 0;
  const steps: string[] = [];
  const refs = new Set<string>();
  input.incomes.forEach((inc, i) => {
    check(`incomes.${i}.amountFen`, inc.amountFen);
    if (!(INCOME_KINDS as readonly string[]).includes(inc.kind)) throw new RangeError(`incomes.${i}.kind: expected one of ${INCOME_KINDS.join(', ')}`);
    gross += inc.amountFen;
    if (EARNED.includes(inc.kind)) earned += inc.amountFen;
    const nc = NOT_COUNTED[inc.kind];
    if (nc) {
      steps.push(`${inc.kind} ${inc.amountFen} fen not counted: ${nc.ref} (${nc.why})`);
      refs.add(nc.ref);
    } else {
      counted += inc.amountFen;
      steps.push(`${inc.kind} ${inc.amountFen} fen counted`);
    }
  });
  check('workCostsFen', input.workCostsFen ?? 0);
  const deduction = Math.min(input.workCostsFen ?? 0, earned);
  if (deduction > 0) {
    counted -= deduction;
    steps.push(`necessary work costs ${deduction} fen deducted (at most the earned income ${earned} fen): 003 §二`);
    refs.add('003 §二');
  }
  steps.push(`counted household income ${counted} fen of ${gross} fen`);
  return { countedFen: counted, grossFen: gross, deductedFen: deduction, steps, refs: [...refs] };
}

export interface DibaoReferral {
  referral: boolean;
  /** The veteran must apply in person (经个人申请): the referral is advice, not an enrolment. */
  needsPersonalApplication: boolean;
  ref: string;
  message: string;
}

/** A veteran in a 低边 family who is seriously ill or disabled may be assessed as a one-person household for 低保. */
export function singlePersonDibaoReferral(input: { householdStatus?: string; seriouslyIllOrDisabled?: boolean }): DibaoReferral {
  const referral = input.householdStatus === 'dibao_edge' && input.seriouslyIllOrDisabled === true;
  return {
    referral,
    needsPersonalApplication: referral,
    ref: '000 §6; 003 §二',
    message: referral
      ? 'refer to civil affairs: on personal application (经个人申请) may be included in 低保 as a single-person household (单人户纳入低保)'
      : 'not applicable: only for a seriously ill or disabled veteran in a 低边 family',
  };
}
