/**
 * Intake assessment: the eligibility pre-check (SPEC §1, every failing rule with its reference) and the
 * priority score (000 §3) that orders the task queues. Advisory: the officials decide, the result is
 * recorded on the case for them and for the auditor.
 */
import { casePriority, checkEligibility, maskIdNumber, maskName, shanghaiDate } from '../rules/index.js';
import type { CaseCreate } from '../store/transition.js';
import { seal } from '../store/seal.js';
import type { CaseInput } from '../workflows/definitions.js';
import { workflowIdForCase } from '../workflows/definitions.js';
import type { PolicyStore } from '../store/policy.js';

export interface Assessment {
  eligibility: { eligible: boolean; reasons: { rule: string; ref: string; message: string }[] };
  priority: number;
  explanation: unknown;
  referral?: unknown;
  refs: string[];
  caseRow: CaseCreate;
}

export interface AssessmentOptions {
  /**
   * The payload key (BANGFU_PAYLOAD_KEY): when given, the applicant's details are sealed before they
   * reach the `cases` table (store/seal.ts); only the masked columns stay readable there (PIPL).
   */
  payloadKey?: string;
}

export function assessmentActivities(policies: PolicyStore, opts: AssessmentOptions = {}) {
  return {
    async assessCase(input: CaseInput): Promise<Assessment> {
      const policy = await policies.get();
      const applicationDate = shanghaiDate(input.receivedAt);
      const a = input.applicant;
      const eligibility = checkEligibility(
        {
          applicationDate,
          category: a.category as never,
          receivesPeriodicPension: a.receivesPeriodicPension,
          relationToServingMember: a.relationToServingMember,
          birthDate: a.birthDate,
          registeredLocally: a.registeredLocally ?? true,
          residesLocally: a.residesLocally ?? true,
          hardshipSituation: input.hardshipSituation,
          exclusions: input.exclusions ?? {},
          region: input.county,
        },
        policy.parameters,
      );
      const prio = casePriority(input);
      const caseRow: CaseCreate = {
        id: input.caseId,
        workflowId: workflowIdForCase(input.caseId),
        status: 'township_review',
        matter: input.matter,
        county: input.county,
        township: input.township,
        personKey: input.personKey,
        applicantNameMasked: maskName(a.name),
        idNumberMasked: maskIdNumber(a.idNumber),
        applicant: opts.payloadKey ? seal(a, opts.payloadKey, input.caseId) : a,
        category: a.category,
        hardshipSituation: input.hardshipSituation,
        filedBy: input.filedBy,
        emergency: input.emergency ?? null,
        priority: prio.score,
        priorityExplanation: prio.explanation,
        exclusions: input.exclusions ?? null,
        receivedAt: input.receivedAt,
        ...(input.consentToMeansCheck === false ? { consentPending: true } : {}),
      };
      return {
        eligibility: { eligible: eligibility.eligible, reasons: eligibility.reasons },
        priority: prio.score,
        explanation: prio.explanation,
        refs: ['SPEC §1', '001 §三'],
        caseRow,
      };
    },
  };
}
