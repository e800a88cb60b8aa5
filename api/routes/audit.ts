/**
 * Auditors (SPEC §5): the full history of a case — every event, actor, time, decision, reason, rule
 * reference and amount breakdown, in order, hash-chained; a check that it was not altered; the case as
 * it stood at any past moment; an export as one JSON bundle.
 *
 * Who sees what: auditors of the case's county see everything as stored. Other officials of the case's
 * jurisdiction see the history with personal data masked inside event data and snapshots (names
 * partly, ID numbers never whole); hashes are as stored, and the server's verification of the stored
 * chain comes with it. Outside the jurisdiction → 404 (recorded as a refused action). The export is for
 * auditors only, and is itself recorded on the case (`case_exported`). The system chain (`_system`:
 * calendar and parameter changes by ops) is readable by auditors and ops.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SYSTEM_CASE_ID, appendEventNow, loadChain, verifyChain, type StoredAuditEvent } from '../../store/audit.js';
import { loadChainPage, snapshotAsOf, verifyChainPaged } from '../../store/audit-pages.js';
import type { Actor } from '../../rules/vocabulary.js';
import { authorize } from '../../rules/authority.js';
import { loadCase, type LoadedCase } from '../../store/cases.js';
import { unsealKeys } from '../../store/seal.js';
import { actorOf } from '../context.js';
import { Problem, notFound, refusalOf } from '../errors.js';
import { maskContextOf, maskValue, type MaskContext } from '../masking.js';
import { ExportBundle, HistoryQuery, HistoryView, VerifyView } from '../schemas-audit.js';
import { IdParam, problems } from '../schemas.js';
import { caseView, factsFromRows, paymentView } from '../views.js';
import { refused } from '../workflow.js';

type Access = { kind: 'system' } | { kind: 'case'; c: LoadedCase; full: boolean };

const audit: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const db = deps.db;
  const keys = unsealKeys(deps.secrets);

  /** The case if the caller may read its history (full for its auditors), else 404 (recorded). */
  async function access(req: FastifyRequest, id: string, action: string): Promise<Access> {
    const actor = actorOf(req);
    if (actor.roles.length === 0) throw new Problem(403, 'WRONG_ROLE', 'Your role may not do this', 'reading a history needs an official role');
    if (id === SYSTEM_CASE_ID) {
      if (actor.roles.includes('auditor') || actor.roles.includes('ops')) return { kind: 'system' };
      throw notFound();
    }
    const c = await loadCase(db, id, keys);
    if (!c) throw notFound();
    const facts = factsFromRows(c.row, c.tasks);
    const may = authorize(actor, { action: 'read' }, facts, Date.now());
    if (!may.ok) throw await refused(deps, req, { caseId: id, actor, action }, refusalOf(may));
    return { kind: 'case', c, full: authorize(actor, { action: 'history' }, facts, Date.now()).ok };
  }

  function view(events: StoredAuditEvent[], ctx: MaskContext | null) {
    return events.map((e) => ({
      caseId: e.caseId,
      seq: e.seq,
      eventKey: e.eventKey,
      at: e.at,
      actor: e.actor,
      type: e.type,
      data: ctx ? maskValue(e.data, ctx) : e.data,
      refs: e.refs,
      prevHash: e.prevHash,
      hash: e.hash,
    }));
  }

  app.get(
    '/cases/:id/history',
    {
      config: { action: 'read_history', idOf: 'case' },
      schema: {
        summary: 'The full audit history of a case, in order, hash-chained; ?asOf= the case as it stood then',
        description:
          'Auditors see events as stored. Other officials of the case\'s jurisdiction see personal data masked inside event data and snapshots (hashes as stored; `verification` is the server\'s check of the stored chain). ' +
          'With asOf (an ISO instant): the events up to then and `case`, the snapshot recorded with the latest change at or before that instant; 404 when the case did not exist yet.',
        tags: ['audit'],
        params: IdParam,
        querystring: HistoryQuery,
        response: { 200: HistoryView, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const id = req.params.id;
      const a = await access(req, id, 'read_history');
      const ctx = a.kind === 'case' && !a.full ? maskContextOf(a.c.row.applicant) : null;
      // Paged (issue 16 item 9): one page of events per answer, the chain verified page by page.
      const { afterSeq, limit } = req.query;
      const verification = await verifyChainPaged(db, id);
      const base = { caseId: id, masked: ctx !== null, verification };
      const pageOf = (events: StoredAuditEvent[], more: boolean) => ({ afterSeq, limit, ...(more && events.length ? { nextAfterSeq: events[events.length - 1]!.seq } : {}) });
      if (req.query.asOf === undefined) {
        const { events, more } = await loadChainPage(db, id, { afterSeq, limit });
        return { ...base, events: view(events, ctx), page: pageOf(events, more) };
      }

      const asOf = new Date(req.query.asOf);
      const { event: withSnapshot, eventsUpTo } = await snapshotAsOf(db, id, asOf);
      if (eventsUpTo === 0 || (a.kind === 'case' && !withSnapshot)) {
        throw new Problem(404, 'NOT_FOUND', 'Not found', `case ${id} did not exist yet at ${asOf.toISOString()}`);
      }
      const { events: upTo, more } = await loadChainPage(db, id, { afterSeq, limit, until: asOf });
      const snapshot = (withSnapshot?.data as { snapshot?: { status?: unknown } } | undefined)?.snapshot ?? null;
      return {
        ...base,
        asOf: asOf.toISOString(),
        ...(snapshot
          ? { status: typeof snapshot.status === 'string' ? snapshot.status : undefined, case: ctx ? maskValue(snapshot, ctx) : snapshot, snapshotSeq: withSnapshot!.seq }
          : {}),
        events: view(upTo, ctx),
        page: pageOf(upTo, more),
      };
    },
  );

  app.get(
    '/cases/:id/history/verify',
    {
      config: { action: 'verify_history', idOf: 'case' },
      schema: {
        summary: 'Verify the case\'s audit chain: valid, or the first broken event',
        description: 'Recomputes every hash from the stored events: an edited, deleted or reordered event breaks the chain at that point.',
        tags: ['audit'],
        params: IdParam,
        response: { 200: VerifyView, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const id = req.params.id;
      await access(req, id, 'verify_history');
      const r = await verifyChainPaged(db, id);
      return { caseId: id, valid: r.valid, events: r.events, ...(r.brokenAt ? { brokenAt: r.brokenAt } : {}) };
    },
  );

  app.get(
    '/cases/:id/export',
    {
      config: { roles: ['auditor'], action: 'export_case', idOf: 'case' },
      schema: {
        summary: 'Export a case for audit: history, case, payments with breakdowns and verification, as one JSON file',
        description: 'Auditors of the case\'s county only. The export is recorded on the case (`case_exported`) before the bundle is made, so the bundle contains it.',
        tags: ['audit'],
        params: IdParam,
        response: { 200: ExportBundle, ...problems(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const actor: Actor = actorOf(req);
      const id = req.params.id;
      const c = await loadCase(db, id, keys);
      if (!c) throw notFound();
      const may = authorize(actor, { action: 'history' }, factsFromRows(c.row, c.tasks), Date.now());
      if (!may.ok) throw await refused(deps, req, { caseId: id, actor, action: 'export_case' }, refusalOf(may));
      const now = new Date();
      await appendEventNow(db, {
        caseId: id,
        eventKey: `export:${randomUUID()}`,
        at: now.toISOString(),
        actor: { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township },
        type: 'case_exported',
        data: { format: 'bangfu.case-export/1' },
        refs: ['SPEC §5 Auditors'],
      });
      const events = await loadChain(db, id);
      const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      reply.header('content-disposition', `attachment; filename="bangfu-case-${id}-${stamp}.json"`);
      return {
        format: 'bangfu.case-export/1' as const,
        exportedAt: now.toISOString(),
        exportedBy: actor.sub,
        caseId: id,
        case: caseView(c.row, c.tasks, c.payments, actor, now),
        payments: [...c.payments].sort((x, y) => x.paidAt.getTime() - y.paidAt.getTime()).map((p) => paymentView(p, true)),
        history: { events: view(events, null) },
        verification: verifyChain(events),
      };
    },
  );
};

export default audit;
