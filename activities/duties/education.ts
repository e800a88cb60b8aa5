/**
 * Education aid at the autumn term (issue 13; 001 §四(四) 由当地视情给予一定补助; 000 §9 秋季开学前夕): for
 * each household with students, in the autumn-term month, once a year, a temporary-aid case filed by
 * the station through the normal case path (township review, county approval, publication, payment),
 * the amount the regional parameter `education_aid_fen`. The case id is the household and the year,
 * so a sweep that runs every day of the month files one case.
 */
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';

import { addMonths } from '../../rules/duties/plan.js';
import { caseExists, hasOpenMatter, households } from '../../store/duties.js';
import type { Db } from '../../store/db.js';
import { openMaybe } from '../../store/seal.js';
import { workflowIdForCase, type Applicant, type CaseInput } from '../../workflows/definitions.js';
import type { PolicyStore } from '../../store/policy.js';
import { personTag } from './plan.js';

export function educationActivities(db: Db, policies: PolicyStore, payloadKey?: string, clientOf: () => Client = () => Context.current().client) {
  return {
    async fileEducationAid(req: { today: string; at: string; searchAttributes?: boolean }): Promise<{ filed: string[] }> {
      const policy = await policies.get();
      const filed: string[] = [];
      const since = new Date(Date.parse(`${addMonths(req.today, -12)}T00:00:00+08:00`));
      for (const h of await households(db, since)) {
        const month = Number(policy.param(h.township, 'autumn_term_month', req.today).value);
        if (Number(req.today.slice(5, 7)) !== month) continue;
        const applicant = openMaybe<Applicant>(h.applicant, payloadKey ? [payloadKey] : [], h.caseId);
        if (!applicant || !(applicant.studentsInHousehold && applicant.studentsInHousehold > 0)) continue;
        const caseId = `EA${req.today.slice(0, 4)}${personTag(h.personKey).toUpperCase()}`;
        if ((await caseExists(db, caseId)) || (await hasOpenMatter(db, h.personKey, 'temporary_aid'))) continue;
        const amount = policy.param(h.county, 'education_aid_fen', req.today);
        const input: CaseInput = {
          caseId,
          receivedAt: req.at,
          applicant,
          personKey: h.personKey,
          matter: 'temporary_aid',
          hardshipSituation: 2,
          county: h.county,
          township: h.township,
          // Consent to the means check was given with the household's application (case h.caseId).
          consentToMeansCheck: true,
          filedBy: { capacity: 'station', sub: 'system', relation: `education aid ${req.today.slice(0, 4)} (001 §四(四); 000 §9); consent on file: case ${h.caseId}` },
          benefit: { requestedFen: Number(amount.value), educationAid: true, ref: amount.ref },
          searchAttributes: req.searchAttributes,
        };
        try {
          await clientOf().workflow.start('caseWorkflow', { workflowId: workflowIdForCase(caseId), taskQueue: Context.current().info.taskQueue, args: [input] });
          filed.push(caseId);
        } catch (e) {
          if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
        }
      }
      return { filed };
    },
  };
}

