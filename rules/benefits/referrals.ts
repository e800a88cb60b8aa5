/**
 * Referral outcomes (SPEC §3 "housing, education", "funeral"): no money moves here; the case records
 * which department it was referred to, the outcome the rules point at, and the reference. The
 * department decides; the case records its answer with recordReferralOutcome.
 */
export const REFERRALS = {
  housing: {
    department: '住房和城乡建设部门',
    ref: '001 §四(三); 000 §8',
    outcomes: ['public_rental_priority', 'dangerous_house_renovation', 'not_eligible'],
  },
  education: {
    department: '教育部门',
    ref: '001 §四(四); 000 §9',
    outcomes: ['education_subsidy', 'fee_waiver', 'local_supplement', 'not_eligible'],
  },
  funeral: {
    department: '民政部门 (殡葬服务机构)',
    ref: '003 §七',
    outcomes: ['basic_funeral_fees_waived', 'not_eligible'],
  },
} as const;
export type ReferralKind = keyof typeof REFERRALS;

/** The referral matters (rules/matters.ts: their channel is another department's) and their kind here. */
const KIND_OF_MATTER: Readonly<Record<string, ReferralKind>> = { housing_referral: 'housing', education_referral: 'education', funeral_referral: 'funeral' };
export const referralKindOf = (matter: string): ReferralKind | null => KIND_OF_MATTER[matter] ?? null;

export interface ReferralFacts {
  householdStatus?: string;
  /** Rural household (农村) — dangerous-house renovation is for rural households. */
  rural?: boolean;
  /** A household of people with disabilities in hardship (困难残疾户). */
  disabledHardship?: boolean;
  /** The only home is certified dangerous (现唯一住房经鉴定为危房). */
  onlyHomeCertifiedDangerous?: boolean;
  /** Meets the public-rental-housing conditions (decided by the housing department). */
  meetsPublicRentalConditions?: boolean;
  /** Children in preschool, compulsory, senior-secondary or higher education. */
  childrenInEducation?: boolean;
  /** Receives the state's periodic pension (领取国家定期抚恤补助). */
  receivesPeriodicPension?: boolean;
}

export interface ReferralAdvice {
  kind: ReferralKind;
  department: string;
  /** The outcomes the rules point at; empty when nothing applies. */
  suggested: string[];
  steps: string[];
  ref: string;
}

const RENOVATION_STATUSES = ['dibao', 'tekun', 'dibao_edge'];

/** Which outcomes the documents point at for these facts (advice for the official, not a decision). */
export function referralAdvice(kind: ReferralKind, f: ReferralFacts): ReferralAdvice {
  const def = REFERRALS[kind];
  const suggested: string[] = [];
  const steps: string[] = [];
  if (kind === 'housing') {
    const poor = RENOVATION_STATUSES.includes(f.householdStatus ?? '') || f.disabledHardship === true;
    if (f.rural && poor && f.onlyHomeCertifiedDangerous) {
      suggested.push('dangerous_house_renovation');
      steps.push('rural 低保/特困/低边 or 困难残疾 household whose only home is certified dangerous: 危房改造 (001 §四(三))');
    }
    if (f.meetsPublicRentalConditions) {
      suggested.push('public_rental_priority');
      steps.push('meets the public-rental conditions: priority by allocation or rent subsidy (001 §四(三); 000 §8)');
    }
  } else if (kind === 'education') {
    if (f.childrenInEducation) {
      suggested.push('education_subsidy');
      steps.push('children of a hardship veteran in education: education aid from preschool to higher education (001 §四(四); 000 §9)');
    }
  } else if (f.receivesPeriodicPension) {
    suggested.push('basic_funeral_fees_waived');
    steps.push('receives the state periodic pension: basic funeral service fees waived (003 §七)');
  }
  if (suggested.length === 0) steps.push('no condition of the documents is met on these facts; the department decides');
  return { kind, department: def.department, suggested, steps, ref: def.ref };
}

/** Checks a department's answer before it is recorded on the case; returns it with the reference. */
export function recordReferralOutcome(kind: ReferralKind, outcome: string): { kind: ReferralKind; outcome: string; ref: string } {
  const def = REFERRALS[kind];
  if (!(def.outcomes as readonly string[]).includes(outcome)) throw new RangeError(`referral ${kind}: outcome ${outcome} is not one of ${def.outcomes.join(', ')}`);
  return { kind, outcome, ref: def.ref };
}

/** What another department answered on a referral (001 §五 last paragraph): who, when, result, amount. */
export interface ReferralOutcomeRecord {
  /** The department (or its official) that decided. */
  decidedBy: string;
  /** YYYY-MM-DD the department decided. */
  decidedOn: string;
  outcome: string;
  /** Money the department granted, if any (fen; e.g. a rent subsidy or a grant): recorded, not paid by this case. */
  amountFen?: number;
  /** The department's own reference (decision number, file). */
  reference?: string;
}

/**
 * The problems of a referral's recorded outcome ({path, message}[]; [] when it may be recorded): the
 * outcome must be one the referral knows, the date a real date not before the referral, the amount a
 * whole number of fen. Issue 12 row 12: the case records the referral and its outcome (who, when,
 * result, amount) as a task with the deadline parameter `referral_outcome_working_days`.
 */
export function referralOutcomeProblems(kind: ReferralKind, referredOn: string, r: Partial<ReferralOutcomeRecord>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const def = REFERRALS[kind];
  if (typeof r.decidedBy !== 'string' || r.decidedBy.trim() === '') problems.push({ path: 'decidedBy', message: `who decided (the ${def.department} or its official)` });
  if (typeof r.decidedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.decidedOn) || Number.isNaN(Date.parse(`${r.decidedOn}T00:00:00Z`)) || new Date(`${r.decidedOn}T00:00:00Z`).toISOString().slice(0, 10) !== r.decidedOn) {
    problems.push({ path: 'decidedOn', message: 'expected a real date YYYY-MM-DD' });
  } else if (r.decidedOn < referredOn) problems.push({ path: 'decidedOn', message: `before the referral (${referredOn})` });
  if (typeof r.outcome !== 'string' || !(def.outcomes as readonly string[]).includes(r.outcome)) problems.push({ path: 'outcome', message: `one of ${def.outcomes.join(', ')} (${def.ref})` });
  if (r.amountFen !== undefined && (!Number.isSafeInteger(r.amountFen) || r.amountFen < 0)) problems.push({ path: 'amountFen', message: 'a non-negative whole number of fen' });
  return problems;
}
