/**
 * Who may be helped (SPEC §1): categories, the periodic-pension condition for survivors, the serving
 * member's family, jurisdiction, the five hardship situations and the exclusions. The result lists
 * every failing rule with its reference, never just the first.
 */
import { lookupParameter, type ParameterTable } from './parameters.js';

export const CATEGORIES = ['veteran', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'serving_member_family', 'other_entitled'] as const;
export type Category = (typeof CATEGORIES)[number];
const SURVIVORS: readonly string[] = ['martyr_survivor', 'duty_death_survivor', 'illness_death_survivor'];
const FAMILY_RELATIONS = ['parent', 'spouse', 'child'];

export const EXCLUSIONS = {
  criminalPunishment: { ref: '001 §三(二)1', message: 'subject to criminal punishment (受到刑事处罚)' },
  creditBlacklist: { ref: '001 §三(二)2', message: 'on the joint credit-discipline blacklist (失信联合惩戒对象)' },
  disruptivePetitioning: { ref: '001 §三(二)3', message: 'organised or joined disruptive petitions, spread rumours, or repeated group petitions with bad effect' },
  otherLegalBar: { ref: '001 §三(二)4', message: 'another legal bar applies' },
} as const;
export type ExclusionKey = keyof typeof EXCLUSIONS;

export interface EligibilityInput {
  applicationDate: string;
  category: string;
  receivesPeriodicPension?: boolean;
  relationToServingMember?: string;
  birthDate: string;
  registeredLocally: boolean;
  residesLocally: boolean;
  hardshipSituation: number;
  exclusions?: Partial<Record<ExclusionKey, boolean>>;
  /** Region whose jurisdiction parameter applies (default national). */
  region?: string;
}

export interface Reason {
  rule: string;
  ref: string;
  message: string;
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: Reason[];
  /** Parameters consulted, for the auditor. */
  parameters: { key: string; value: unknown; effectiveFrom: string; ref: string }[];
}

/** Age in whole years on a date (birthday counted on the day). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function checkEligibility(input: EligibilityInput, parameters: ParameterTable): EligibilityResult {
  const reasons: Reason[] = [];
  const used: EligibilityResult['parameters'] = [];

  if (!(CATEGORIES as readonly string[]).includes(input.category)) {
    reasons.push({ rule: 'category', ref: '001 §三; 000 §2', message: `category ${input.category} is not a category that may be helped` });
  }
  if (SURVIVORS.includes(input.category) && input.receivesPeriodicPension !== true) {
    reasons.push({ rule: 'periodic_pension', ref: '001 §三', message: 'survivors (三属) are eligible when they receive a periodic pension (领取定期抚恤补助)' });
  }
  if (input.category === 'serving_member_family') {
    const rel = input.relationToServingMember;
    if (!rel || !FAMILY_RELATIONS.includes(rel)) {
      reasons.push({ rule: 'serving_member_relation', ref: '001 §三', message: `a serving member's family means parent, spouse or minor child; got ${rel ?? 'none'}` });
    } else if (rel === 'child' && ageOn(input.birthDate, input.applicationDate) >= 18) {
      reasons.push({ rule: 'minor_child', ref: '001 §三', message: `a serving member's child must be under 18 on the application date (${input.applicationDate})` });
    }
  }

  const basis = lookupParameter(parameters, input.region ?? '000000', 'jurisdiction_basis', input.applicationDate);
  used.push({ key: basis.key, value: basis.value, effectiveFrom: basis.effectiveFrom, ref: basis.ref });
  const local =
    basis.value === 'registered' ? input.registeredLocally : basis.value === 'resident' ? input.residesLocally : input.registeredLocally || input.residesLocally;
  if (!local) {
    const what = basis.value === 'registered' ? 'local household registration (户籍)' : basis.value === 'resident' ? 'habitual residence (常住地) here' : 'local registration or residence';
    reasons.push({ rule: 'jurisdiction', ref: basis.ref, message: `requires ${what}` });
  }

  if (!Number.isInteger(input.hardshipSituation) || input.hardshipSituation < 1 || input.hardshipSituation > 5) {
    reasons.push({ rule: 'hardship_situation', ref: '001 §三(一); 000 §2', message: 'the case must name one of the five hardship situations (1–5)' });
  }

  for (const [key, def] of Object.entries(EXCLUSIONS) as [ExclusionKey, (typeof EXCLUSIONS)[ExclusionKey]][]) {
    if (input.exclusions?.[key]) reasons.push({ rule: `exclusion.${key}`, ref: def.ref, message: def.message });
  }
  return { eligible: reasons.length === 0, reasons, parameters: used };
}

// ---------------------------------------------------------------------------------------------
// Household income assessment (000 §6, 003 §二, 001 §四(一))

export const INCOME_KINDS = ['wages', 'business', 'pension', 'preferential_pension', 'living_supplement', 'other'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

const NOT_COUNTED: Partial<Record<IncomeKind, string>> = {
  preferential_pension: '000 §6; 003 §二 (优待抚恤金不计入家庭收入)',
  living_supplement: '001 §四(一) (生活补助不计入家庭收入)',
};

export function assessHouseholdIncome(input: { incomes: { kind: IncomeKind; amountFen: number }[]; workCostsFen?: number }) {
  let gross = 0;
  let counted = 0;
  const steps: string[] = [];
  const refs = new Set<string>();
  for (const inc of input.incomes) {
    gross += inc.amountFen;
    const why = NOT_COUNTED[inc.kind];
    if (why) {
      steps.push(`${inc.kind} ${inc.amountFen} fen not counted: ${why}`);
      refs.add(why.split(' (')[0]!);
    } else {
      counted += inc.amountFen;
      steps.push(`${inc.kind} ${inc.amountFen} fen counted`);
    }
  }
  const earned = input.incomes.filter((i) => i.kind === 'wages' || i.kind === 'business').reduce((a, i) => a + i.amountFen, 0);
  const deduction = Math.min(input.workCostsFen ?? 0, earned);
  if (deduction > 0) {
    counted -= deduction;
    steps.push(`necessary work costs ${deduction} fen deducted (at most the earned income): 003 §二`);
    refs.add('003 §二');
  }
  return { countedFen: Math.max(0, counted), grossFen: gross, deductedFen: deduction, steps, refs: [...refs] };
}

/** A veteran in a 低边 family who is seriously ill or disabled may be assessed as a one-person household for 低保. */
export function singlePersonDibaoReferral(input: { householdStatus?: string; seriouslyIllOrDisabled?: boolean }) {
  const referral = input.householdStatus === 'dibao_edge' && input.seriouslyIllOrDisabled === true;
  return {
    referral,
    ref: '000 §6; 003 §二',
    message: referral ? 'refer to civil affairs: may be included in 低保 as a single-person household (单人户纳入低保)' : 'not applicable',
  };
}

// ---------------------------------------------------------------------------------------------
// Priority (000 §3): severity first, then service contribution, then conduct — never flat sharing.

export interface PriorityInput {
  hardshipSituation: number;
  householdStatus?: string;
  emergency?: boolean;
  seriouslyIllOrDisabled?: boolean;
  combatVeteran?: boolean;
  decorated?: boolean;
  remoteHardshipService?: boolean;
  /** Conduct: only a recorded problem lowers the score (a tie-breaker, never above service). */
  conductConcern?: boolean;
}

const SITUATION_SEVERITY: Record<number, number> = { 4: 4, 1: 3, 3: 3, 2: 2, 5: 1 };
const HOUSEHOLD_SEVERITY: Record<string, number> = { tekun: 3, dibao: 2, dibao_edge: 1, expenditure_poverty: 1 };

export function priorityScore(input: PriorityInput): { score: number; explanation: string[] } {
  const explanation: string[] = [];
  let severity = SITUATION_SEVERITY[input.hardshipSituation] ?? 0;
  explanation.push(`hardship situation ${input.hardshipSituation}: severity ${severity}`);
  const hh = HOUSEHOLD_SEVERITY[input.householdStatus ?? ''] ?? 0;
  if (hh) explanation.push(`household ${input.householdStatus}: severity +${hh}`);
  severity += hh;
  if (input.emergency) {
    severity += 2;
    explanation.push('emergency: severity +2');
  }
  if (input.seriouslyIllOrDisabled) {
    severity += 1;
    explanation.push('seriously ill or disabled: severity +1');
  }
  // Severity dominates: service points (at most 45) never outweigh one severity step (100).
  let score = severity * 100;
  if (input.combatVeteran) {
    score += 20;
    explanation.push('combat veteran: +20 (000 §3)');
  }
  if (input.decorated) {
    score += 15;
    explanation.push('decorated or honoured: +15 (000 §3)');
  }
  if (input.remoteHardshipService) {
    score += 10;
    explanation.push('served in a remote or hard post: +10 (000 §3)');
  }
  if (input.conductConcern) {
    score -= 5;
    explanation.push('conduct concern recorded: -5 (000 §3)');
  }
  explanation.push(`score ${score} = severity ${severity} × 100 + service and conduct points (000 §3)`);
  return { score, explanation };
}
