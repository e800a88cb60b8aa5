/**
 * The intake check that needs the region's parameters (issue 12 rows 2, 4, 6): a region without a
 * parameter the matter needs (e.g. `dibao_standard_fen`, loaded by ops; no national default), a 低边
 * applicant where the region has not opted in, or an emergency amount above the regional maximum →
 * 422 problem+json naming the field and the parameter. The decision is rules/intake.ts
 * (intakePolicyProblems, pure); this only loads the table and answers.
 */
import { createPolicyStore } from '../store/policy.js';
import { intakePolicyProblems, shanghaiDate, type IntakeApplication } from '../rules/index.js';
import type { Db } from '../store/db.js';
import { Problem } from './errors.js';

export function intakePolicyCheck(db: Db) {
  const policies = createPolicyStore(db);
  /** `at`: where the application sits in the request body (e.g. 'openCase.'), for the error paths. */
  return async (app: Omit<IntakeApplication, 'onDate'>, receivedAt: Date, at = ''): Promise<void> => {
    const { parameters } = await policies.get();
    const problems = intakePolicyProblems({ ...app, onDate: shanghaiDate(receivedAt) }, parameters);
    if (problems.length === 0) return;
    throw new Problem(422, 'REGIONAL_POLICY', 'The region\'s policy cannot serve this application', problems.map((p) => p.message).join('; '), {
      errors: problems.map((p) => ({ path: `${at}${p.path}`, in: 'body', message: p.message })),
      parameters: [...new Set(problems.flatMap((p) => (p.parameter ? [p.parameter] : [])))],
    });
  };
}
