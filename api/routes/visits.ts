/**
 * The visit ledger (issue 13; 000 §5 日常走访 and frequent home visits with a record; 003 §五, §八; 000 §9,
 * §10): `GET /v1/visits` lists visits due and done in the caller's jurisdiction (as the task inbox
 * does: township roles their township, county roles their county, ops every county), and
 * `POST /v1/visits/{id}/record` records one — who (the caller), when, where, findings, cash or goods
 * given, follow-up — by completing its visit task in the duty workflow that owns it. A follow-up can
 * open a case for the visited person (`openCase`): filed by the station, the applicant's consent to the
 * means check given at the visit or recorded later (001 §五(一); POST /v1/cases/{id}/consent).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { holdsRoleAt, levelOfRole } from '../../rules/authority.js';
import { matterCoversApplicant } from '../../rules/matters.js';
import type { Applicant } from '../../rules/vocabulary.js';
import { loadCase } from '../../store/cases.js';
import { unsealKeys } from '../../store/seal.js';
import { listVisits, visitWithTask } from '../../store/visits.js';
import type { CaseInput } from '../../workflows/definitions.js';
import { dutyCompleteUpdate } from '../../workflows/duties/messages.js';
import { actorOf } from '../context.js';
import { Problem, fromTemporal, notFound } from '../errors.js';
import { caseFiling, newCaseId } from '../filing.js';
import { intakePolicyCheck } from '../intake-policy.js';
import { FollowUpCaseBody, problems } from '../schemas.js';

const boolString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const VisitItem = z.object({
  id: z.string().describe('the visit task id'),
  caseId: z.string(),
  county: z.string(),
  township: z.string(),
  reason: z.string().describe('routine, special (elderly, ill, disabled, widowed, childless), emergency, autumn_term'),
  dueDate: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  status: z.enum(['due', 'done']),
  claimedBy: z.string().nullable(),
  visitedBy: z.string().nullable(),
  visitedAt: z.string().nullable(),
  place: z.string().nullable(),
  findings: z.string().nullable(),
  cashFen: z.number().int().nullable(),
  goods: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpCaseId: z.string().nullable().describe('the case filed on this follow-up (openCase), if any'),
});

const RecordBody = z.object({
  place: z.string().trim().min(1).max(200).describe('where the visit took place (home, hospital, …)'),
  findings: z.string().trim().min(1).max(4000),
  visitedAt: z.iso.datetime({ offset: true }).optional().describe('when (default: now)'),
  cashFen: z.number().int().min(0).max(100_000_000).optional().describe('cash given, in fen'),
  goods: z.string().trim().max(1000).optional().describe('goods given'),
  followUp: z.string().trim().max(2000).optional().describe('what happens next (e.g. an application to file)'),
  openCase: FollowUpCaseBody.optional().describe("file a case for the visited person now (000 §5 follow-up): filed by the station; the consent to the means check given here (consentEvidence) or recorded later"),
});

const visits: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const keys = unsealKeys(deps.secrets);
  const filing = caseFiling(deps);
  const checkIntakePolicy = intakePolicyCheck(deps.db);

  app.get(
    '/visits',
    {
      config: { action: 'read_visits' },
      schema: {
        summary: 'Visits due and done in your jurisdiction',
        tags: ['duties'],
        querystring: z.object({
          status: z.enum(['due', 'done', 'any']).optional().default('any'),
          reason: z.enum(['routine', 'special', 'emergency', 'autumn_term']).optional(),
          overdue: boolString.optional(),
          limit: z.coerce.number().int().min(1).max(500).optional().default(100),
          offset: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
        }),
        response: { 200: z.object({ items: z.array(VisitItem), total: z.number().int() }), ...problems(400, 401) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const scopes: { county: string; township?: string }[] = [];
      for (const role of actor.roles) {
        if (!actor.county || role === 'ops') continue;
        if (levelOfRole(role) === 'township') {
          if (actor.township) scopes.push({ county: actor.county, township: actor.township });
        } else scopes.push({ county: actor.county });
      }
      // Ops supervise every county (as in GET /v1/ops/*).
      const all = actor.roles.includes('ops');
      const r = await listVisits(deps.db, {
        scopes: all ? [] : scopes,
        status: q.status === 'any' ? undefined : q.status,
        reason: q.reason,
        overdue: q.overdue,
        limit: q.limit,
        offset: q.offset,
        now: new Date(),
        everywhere: all,
      });
      return {
        total: r.total,
        items: r.items.map((v) => ({ ...v, status: v.status as 'due' | 'done', dueAt: v.dueAt?.toISOString() ?? null, visitedAt: v.visitedAt?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/visits/:id/record',
    {
      config: { roles: ['township_reviewer'], action: 'record_visit' },
      schema: {
        summary: 'Record a visit: where, findings, cash or goods given, follow-up (000 §5)',
        tags: ['duties'],
        params: z.object({ id: z.string().min(1).max(200) }),
        body: RecordBody,
        response: { 200: VisitItem, ...problems(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const found = await visitWithTask(deps.db, req.params.id);
      if (!found || !holdsRoleAt(actor, 'township_reviewer', found.visit)) throw notFound();
      // Listed as soon as the sweep stores it; its task's workflow takes it a moment later.
      if (!found.task?.workflowId) throw new Problem(503, 'NOT_READY', 'The visit is still being opened', `visit ${found.visit.id} is due but its task is not open yet; try again in a moment`, {}, { 'retry-after': '1' });
      const { openCase, ...b } = req.body;
      if (found.visit.status !== 'due') throw new Problem(409, 'TASK_COMPLETED', 'Already recorded', `visit ${found.visit.id} was recorded already`);
      // The follow-up's case is filed first (all of its checks before anything is written), then the
      // visit is recorded naming it: a refused filing records nothing.
      const followUpCaseId = openCase ? await fileFollowUp(found.visit, openCase, actor, req.log) : undefined;
      try {
        await deps.temporal.workflow.getHandle(found.task.workflowId).executeUpdate(dutyCompleteUpdate, {
          args: [{ taskId: found.task.id, actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township }, decision: 'approve', reasons: b.findings, record: { ...b, ...(followUpCaseId ? { followUpCaseId } : {}) } }],
        });
      } catch (e) {
        throw fromTemporal(e, 'TASK_COMPLETED') ?? e;
      }
      const after = await listVisits(deps.db, { scopes: [{ county: found.visit.county, township: found.visit.township }], limit: 1, offset: 0, now: new Date(), id: found.visit.id });
      const v = after.items[0]!;
      return { ...v, status: v.status as 'due' | 'done', dueAt: v.dueAt?.toISOString() ?? null, visitedAt: v.visitedAt?.toISOString() ?? null };
    },
  );

  /** Files the follow-up's case for the visited person (000 §5; 001 §五(一)); answers its id. */
  async function fileFollowUp(visit: { id: string; caseId: string; personKey: string; county: string; township: string }, o: FollowUpCaseBody, actor: ReturnType<typeof actorOf>, log: FastifyBaseLogger): Promise<string> {
    const known = await loadCase(deps.db, visit.caseId, keys);
    const applicant = known?.row.applicant as Applicant | undefined;
    if (!applicant || typeof applicant !== 'object' || !('idNumber' in applicant)) {
      throw new Problem(422, 'PERSON_UNKNOWN', 'The visited person cannot be read', `the person of visit ${visit.id} (case ${visit.caseId}) cannot be read to file a case; file it at the station (POST /v1/cases)`);
    }
    const covers = matterCoversApplicant(o.matter, applicant, o.benefit as { householdStatus?: unknown } | undefined);
    if (covers.length > 0) {
      const errors = covers.map((p) => ({ path: `openCase.${p.path}`, in: 'body', message: `${p.message} (${p.ref})` }));
      throw new Problem(400, 'VALIDATION', 'The request is not valid', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
    }
    const now = new Date();
    await checkIntakePolicy({ matter: o.matter, county: visit.county, applicant, ...(o.benefit ? { benefit: o.benefit } : {}), ...(o.emergency ? { emergency: o.emergency } : {}) }, now, 'openCase.');
    const id = newCaseId(visit.county, now);
    const input: CaseInput = {
      caseId: id,
      receivedAt: now.toISOString(),
      applicant,
      personKey: visit.personKey,
      matter: o.matter,
      hardshipSituation: o.hardshipSituation as CaseInput['hardshipSituation'],
      county: visit.county,
      township: visit.township,
      consentToMeansCheck: o.consentEvidence !== undefined,
      followUpOfVisit: visit.id,
      filedBy: { capacity: 'station', sub: actor.sub, receivedBy: actor.sub, relation: `follow-up of visit ${visit.id} (000 §5)${o.consentEvidence ? `; consent: ${o.consentEvidence}` : ''}` },
      ...(o.emergency ? { emergency: o.emergency } : {}),
      ...(o.benefit ? { benefit: o.benefit } : {}),
    };
    const filed = await filing.file(input, log, actor);
    return filed.kind === 'recorded' ? filed.case.row.id : filed.id;
  }
};

export default visits;
