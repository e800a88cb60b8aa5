/**
 * Priority for task queues and budget allocation (000 §3): "综合考虑退役军人生活困难程度、服现役期间所作
 * 贡献和现实表现，确定相应的帮扶顺序…防止搞平均主义。同等困难条件下向参战、获得功勋荣誉表彰、在艰苦
 * 边远地区和特殊岗位服役的退役军人倾斜". Severity dominates (one severity step = 100 points, more than
 * all service points together); at equal severity, combat, decoration and remote/hard-post service
 * raise the score; a recorded conduct concern lowers it a little. Higher = more urgent.
 */

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
