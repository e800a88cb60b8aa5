/**
 * Priority for task queues and budget allocation (000 §3): "综合考虑退役军人生活困难程度、服现役期间所作
 * 贡献和现实表现，确定相应的帮扶顺序…防止搞平均主义。同等困难条件下向参战、获得功勋荣誉表彰、在艰苦
 * 边远地区和特殊岗位服役的退役军人倾斜". Severity dominates (one severity step = 100 points, more than
 * all service points together); at equal severity, combat, decoration and remote/hard-post service
 * raise the score; conduct (现实表现) recorded at verification moves it a little either way. Higher =
 * more urgent.
 *
 * Issue 12 row 13: conduct and serious illness/disability are recorded at township verification (the
 * facts of `VERIFICATION_PRIORITY_FACTS`, rules/schemas.ts `verificationPriorityFacts`) and then used
 * in the inbox order with this explanation. Serious illness and serious disability each add one
 * severity step (000 §2 "因服役期间致残、患有严重疾病…导致生活出现严重困难"; 000 §6 重病重残); conduct
 * is a tie-breaker worth less than any service point (it must never decide between severities).
 *
 * Pure API: priorityScore(input) → {score, explanation[]}.
 */

export interface PriorityInput {
  hardshipSituation: number;
  householdStatus?: string;
  emergency?: boolean;
  /** Either of the two below, when the finer facts were not recorded (kept for older inputs). */
  seriouslyIllOrDisabled?: boolean;
  /** Recorded at verification: a serious illness (000 §2 患有严重疾病; 000 §6 重病). */
  seriousIllness?: boolean;
  /** Recorded at verification: a serious disability (000 §2 致残; 000 §6 重残). */
  seriousDisability?: boolean;
  /** Recorded at verification: conduct (000 §3 现实表现). */
  conduct?: Conduct;
  combatVeteran?: boolean;
  decorated?: boolean;
  remoteHardshipService?: boolean;
  /** Conduct: only a recorded problem lowers the score (a tie-breaker, never above service). */
  conductConcern?: boolean;
}

export const CONDUCTS = ['commendable', 'ordinary', 'concern'] as const;
export type Conduct = (typeof CONDUCTS)[number];

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
  if (input.seriousIllness) {
    severity += 1;
    explanation.push('serious illness recorded at verification: severity +1 (000 §2 患有严重疾病; 000 §6)');
  }
  if (input.seriousDisability) {
    severity += 1;
    explanation.push('serious disability recorded at verification: severity +1 (000 §2 致残; 000 §6)');
  }
  if (input.seriouslyIllOrDisabled && !input.seriousIllness && !input.seriousDisability) {
    severity += 1;
    explanation.push('seriously ill or disabled: severity +1 (000 §2)');
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
  if (input.conductConcern || input.conduct === 'concern') {
    score -= 5;
    explanation.push('conduct (现实表现) concern recorded: -5 (000 §3)');
  } else if (input.conduct === 'commendable') {
    score += 5;
    explanation.push('conduct (现实表现) commendable, recorded at verification: +5 (000 §3)');
  }
  explanation.push(`score ${score} = severity ${severity} × 100 + service and conduct points (000 §3)`);
  return { score, explanation };
}

/** What township verification records for priority (issue 12 row 13; rules/schemas.ts validates it). */
export interface VerificationPriority {
  conduct?: Conduct;
  seriousIllness?: boolean;
  seriousDisability?: boolean;
}

/** The applicant facts of a case that priority reads (a structural subset of CaseInput). */
export interface CasePriorityFacts {
  hardshipSituation: number;
  emergency?: unknown;
  applicant: { householdStatus?: string; combatVeteran?: boolean; decorated?: boolean; remoteHardshipService?: boolean };
}

/**
 * A case's priority: at intake from the application, and again after township verification with what
 * it recorded (000 §3 现实表现; 000 §2, §6 重病重残). The same function both times, so the recomputed
 * score differs from the intake score only by the recorded facts.
 */
export function casePriority(input: CasePriorityFacts, verified: VerificationPriority = {}): { score: number; explanation: string[] } {
  const a = input.applicant;
  return priorityScore({
    hardshipSituation: input.hardshipSituation,
    householdStatus: a.householdStatus,
    combatVeteran: a.combatVeteran ?? false,
    decorated: a.decorated ?? false,
    remoteHardshipService: a.remoteHardshipService ?? false,
    emergency: input.emergency !== undefined && input.emergency !== null,
    ...(verified.conduct !== undefined ? { conduct: verified.conduct } : {}),
    ...(verified.seriousIllness !== undefined ? { seriousIllness: verified.seriousIllness } : {}),
    ...(verified.seriousDisability !== undefined ? { seriousDisability: verified.seriousDisability } : {}),
  });
}
