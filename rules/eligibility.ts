/**
 * Who may be helped (SPEC §1): categories (001 §三; 000 §2), the periodic-pension condition for the
 * three survivor kinds (领取定期抚恤补助的"三属"), a serving member's parent, spouse or minor child,
 * jurisdiction (registration and/or residence, a regional parameter: 001 §三, 000 §3), one of the five
 * hardship situations (001 §三(一) 1–5) and the four exclusions (001 §三(二) 1–4).
 * The result lists every failing rule with its reference, never just the first.
 */
import { RuleInputError } from './errors.js';
import { lookupParameter, NATIONAL, type ParameterTable, type ResolvedParameter } from './parameters.js';

export const CATEGORIES = ['veteran', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'serving_member_family', 'other_entitled'] as const;
export type Category = (typeof CATEGORIES)[number];
const SURVIVORS: readonly string[] = ['martyr_survivor', 'duty_death_survivor', 'illness_death_survivor'];
const FAMILY_RELATIONS: readonly string[] = ['parent', 'spouse', 'child'];
/** 民法典 §17: 不满十八周岁的自然人为未成年人. Law, not a regional choice: a constant. */
export const MINOR_AGE = 18;

export const EXCLUSIONS = {
  criminalPunishment: { ref: '001 §三(二)1', message: 'punished under criminal law for a crime (因犯罪被刑事处罚)' },
  creditBlacklist: { ref: '001 §三(二)2', message: 'on the joint credit-discipline blacklist (被纳入失信联合惩戒对象名单)' },
  disruptivePetitioning: { ref: '001 §三(二)3', message: 'organised or joined disruptive petitions, spread rumours, or repeated group petitions with bad effect (缠访闹访、造谣、多次参加聚集上访)' },
  otherLegalBar: { ref: '001 §三(二)4', message: 'another law or regulation bars assistance (其他法律法规规定的不予帮扶援助)' },
} as const;
export type ExclusionKey = keyof typeof EXCLUSIONS;

export interface EligibilityInput {
  applicationDate: string;
  category: string;
  receivesPeriodicPension?: boolean;
  /** parent | spouse | child; any other word is not a serving member's family (an ineligibility reason). */
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

/** Age in whole years (周岁) on a date; the birthday itself counts (SPEC §1: "under 18 on the application date"). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const JURISDICTION: Record<string, { test: (i: EligibilityInput) => boolean; needs: string }> = {
  registered: { test: (i) => i.registeredLocally, needs: 'local household registration (户籍)' },
  resident: { test: (i) => i.residesLocally, needs: 'habitual residence (常住地) here' },
  either: { test: (i) => i.registeredLocally || i.residesLocally, needs: 'local household registration (户籍) or habitual residence (常住地) here' },
};

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
    if (rel === undefined || !FAMILY_RELATIONS.includes(rel)) {
      reasons.push({ rule: 'serving_member_relation', ref: '001 §三', message: `a serving member's family means parent, spouse or minor child (父母、配偶、未成年子女); got ${rel ?? 'none'}` });
    } else if (rel === 'child' && ageOn(input.birthDate, input.applicationDate) >= MINOR_AGE) {
      reasons.push({ rule: 'minor_child', ref: '001 §三', message: `a serving member's child must be under ${MINOR_AGE} on the application date (${input.applicationDate})` });
    }
  }

  let basis: ResolvedParameter;
  try {
    basis = lookupParameter(parameters, input.region ?? NATIONAL, 'jurisdiction_basis', input.applicationDate);
  } catch (e) {
    throw new RuleInputError('applicationDate', `no jurisdiction rule in force on ${input.applicationDate} (${(e as Error).message})`);
  }
  used.push({ key: basis.key, value: basis.value, effectiveFrom: basis.effectiveFrom, ref: basis.ref });
  const j = JURISDICTION[String(basis.value)];
  if (!j) throw new Error(`parameter jurisdiction_basis=${String(basis.value)} is not registered, resident or either`);
  if (!j.test(input)) reasons.push({ rule: 'jurisdiction', ref: basis.ref, message: `requires ${j.needs}` });

  // 001 §三(一) 1–3 name only 退役军人; 000 §2 (prevails) extends the causes to other 优抚对象, so the
  // situation is not checked against the category (NOTES.md #6).
  if (!Number.isInteger(input.hardshipSituation) || input.hardshipSituation < 1 || input.hardshipSituation > 5) {
    reasons.push({ rule: 'hardship_situation', ref: '001 §三(一); 000 §2', message: 'the case must name one of the five hardship situations (1–5)' });
  }

  for (const [key, def] of Object.entries(EXCLUSIONS) as [ExclusionKey, (typeof EXCLUSIONS)[ExclusionKey]][]) {
    if (input.exclusions?.[key] === true) reasons.push({ rule: `exclusion.${key}`, ref: def.ref, message: def.message });
  }
  return { eligible: reasons.length === 0, reasons, parameters: used };
}
