/**
 * Applying for help (申请, 001 §五(一)): the station clerk files in their own township; api/filing.ts
 * reserves the one-open-case-per-matter guard (一事一批), starts the workflow and answers from what the
 * intake update returned.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { personKeyOf } from '../../platform/secrets.js';
import { authorizeApply } from '../../rules/authority.js';
import type { CaseInput } from '../../workflows/definitions.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { caseFiling, newCaseId } from '../filing.js';
import { AcceptedCase, CaseView, CreateCaseBody, IdempotencyHeaders, problems } from '../schemas.js';
import { caseView } from '../views.js';
import { intakePolicyCheck } from '../intake-policy.js';

export { newCaseId };

const apply: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const checkIntakePolicy = intakePolicyCheck(db);
  const filing = caseFiling(deps);

  app.post(
    '/cases',
    {
      config: { roles: ['station_clerk'], idempotent: true, action: 'apply' },
      schema: {
        summary: 'Apply for help (申请): starts the case workflow',
        description:
          'One matter, one approval (一事一批): a second open case for the same person and matter is refused with 409 naming the open case. ' +
          'Needs the applicant\'s consent to the means check (001 §五(一)). The station clerk files in their own county and township.',
        tags: ['cases'],
        headers: IdempotencyHeaders,
        body: CreateCaseBody,
        response: { 201: CaseView, 202: AcceptedCase, ...problems(400, 401, 403, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const b = req.body;
      const may = authorizeApply(actor, b);
      // No case exists yet, so a place outside the clerk's area is a plain 403 (nothing to hide).
      if (!may.ok) throw new Problem(403, may.code, 'Outside your jurisdiction', may.message, { ref: may.ref });
      const now = new Date();
      await checkIntakePolicy(b, now); // 422 naming the missing regional parameter / emergency.amountFen (issue 12)
      const id = newCaseId(b.county, now);
      const personKey = personKeyOf(deps.secrets, b.applicant.idNumber);
      const agent = b.filedBy.capacity === 'agent' ? (b.filedBy.sub ?? b.filedBy.agentId ?? actor.sub) : actor.sub;
      const input: CaseInput = {
        caseId: id,
        receivedAt: now.toISOString(),
        applicant: b.applicant,
        personKey,
        matter: b.matter,
        hardshipSituation: b.hardshipSituation as CaseInput['hardshipSituation'],
        county: b.county,
        township: b.township,
        consentToMeansCheck: true,
        filedBy: {
          capacity: b.filedBy.capacity,
          sub: agent,
          // The authenticated caller filed it: the actor of case_received (issue 12 row 11).
          receivedBy: actor.sub,
          ...(b.filedBy.name ? { name: b.filedBy.name } : {}),
          ...(b.filedBy.relation ? { relation: b.filedBy.relation } : {}),
        },
        ...(b.emergency ? { emergency: b.emergency } : {}),
        ...(b.benefit ? { benefit: b.benefit } : {}),
        ...(b.exclusions ? { exclusions: b.exclusions } : {}),
      };
      const filed = await filing.file(input, req.log, actor);
      if (filed.kind === 'pending') return reply.code(202).send({ id, status: 'township_review', pending: true, detail: 'the case was started; its intake is not recorded yet — read it again shortly' });
      const c = filed.case;
      return reply.code(201).header('location', `/v1/cases/${id}`).send(caseView(c.row, c.tasks, c.payments, actor));
    },
  );

};

export default apply;
