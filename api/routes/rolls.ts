/**
 * `POST /v1/rolls/{kind}?region=<code>` (issue 13; 003 §九 定期比对; 000 §4): ops upload a 低保 (dibao),
 * 特困 (tekun) or 脱贫监测 (monitoring) roll as CSV (UTF-8 or GB18030, header `身份证号,姓名,状态,起始日期`).
 * A bad row is a 400 naming its line (the header is line 1) and column, and nothing is imported.
 * Otherwise the roll is stored in one transaction (ID numbers only as keyed hashes, names masked), the
 * comparison workflow runs, and the answer gives the counts and the tasks it opened. The same file
 * imported again is the same roll: nothing is stored or opened twice.
 */
import { createHash } from 'node:crypto';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personKeyOf } from '../../platform/secrets.js';
import { maskName, shanghaiDate } from '../../rules/index.js';
import { ROLL_KINDS, decodeRoll, parseRoll } from '../../rules/duties/roll-csv.js';
import { importRoll, rollCounts } from '../../store/rolls.js';
import { DUTY_TASK_TYPES, type RollMatchInput } from '../../workflows/duties/messages.js';
import type { rollMatchWorkflow } from '../../workflows/duties/roll.js';
import { actorOf } from '../context.js';
import { Problem } from '../errors.js';
import { problems } from '../schemas.js';

const RollResult = z.object({
  rollId: z.string(),
  kind: z.enum(ROLL_KINDS),
  region: z.string(),
  imported: z.boolean().describe('false when this very file was imported before (nothing stored twice)'),
  rows: z.number().int(),
  active: z.number().int(),
  exited: z.number().int(),
  opened: z.array(z.object({ taskId: z.string(), type: z.enum(DUTY_TASK_TYPES), caseId: z.string().nullable(), county: z.string(), township: z.string() })),
  openedCount: z.number().int(),
  counts: z.record(z.string(), z.number().int()).describe('tasks opened by type'),
});

const rolls: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: 64 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.post(
    '/rolls/:kind',
    {
      bodyLimit: 64 * 1024 * 1024,
      config: { roles: ['ops'], action: 'import_roll' },
      schema: {
        summary: 'Import a 低保 / 特困 / 脱贫监测 roll and compare it with Bangfu\'s files',
        description: 'Body text/csv, UTF-8 or GB18030, header 身份证号,姓名,状态,起始日期. A bad row → 400 naming its line (header = line 1) and column; nothing is imported. 003 §九; 000 §4.',
        tags: ['duties'],
        params: z.object({ kind: z.enum(ROLL_KINDS) }),
        querystring: z.object({ region: z.string().regex(/^\d{6}(\d{3})?$/, 'expected a 6-digit county (or 9-digit township) code') }),
        response: { 200: RollResult, 201: RollResult, ...problems(400, 401, 403, 415) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { kind } = req.params;
      const { region } = req.query;
      const bytes = req.body as unknown;
      if (!Buffer.isBuffer(bytes)) throw new Problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the roll as text/csv', 'content-type must be text/csv');
      const at = new Date().toISOString();
      const who = { sub: actor.sub, roles: actor.roles, county: actor.county, township: actor.township };
      const fileHash = createHash('sha256').update(bytes).digest('hex');
      const rollId = 'R' + createHash('sha256').update(`${kind}|${region}|${fileHash}`).digest('hex').slice(0, 24);
      // The very same file (kind, region, bytes) was imported and validated before: compare again only.
      let counts = await rollCounts(deps.db, rollId);
      let created = false;
      if (!counts) {
        const parsed = parseRoll(decodeRoll(bytes), { today: shanghaiDate(at) });
        if (!parsed.ok) {
          const { line, column, message } = parsed.problem;
          const where = `line ${line}${column ? `, column ${column}` : ''}`;
          throw new Problem(400, 'VALIDATION', 'The roll is not valid; nothing was imported', `${where}: ${message}`, {
            line,
            column,
            errors: [{ path: column ? `line ${line}.${column}` : `line ${line}`, in: 'body', message }],
          });
        }
        if (parsed.rows.length === 0) throw new Problem(400, 'VALIDATION', 'The roll is not valid; nothing was imported', 'line 2: the roll has no rows', { line: 2, column: null, errors: [{ path: 'line 2', in: 'body', message: 'the roll has no rows' }] });
        const entries = parsed.rows.map((r) => ({
          line: r.line,
          personKey: personKeyOf(deps.secrets, r.idNumber),
          nameMasked: maskName(r.name),
          status: r.status,
          statusText: r.statusText,
          since: r.since,
        }));
        const stored = await importRoll(deps.db, { id: rollId, kind, region, fileHash, actor: who, at, entries });
        created = stored.created;
        const active = entries.filter((e) => e.status === 'active').length;
        counts = { rows: entries.length, active, exited: entries.length - active };
      }
      const input: RollMatchInput = { rollId, kind, region, rows: counts.rows, actor: who };
      const handle = await deps.temporal.workflow.start<typeof rollMatchWorkflow>('rollMatchWorkflow', {
        workflowId: `roll-${rollId}`,
        taskQueue: deps.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      });
      const result = await handle.result();
      const byType: Record<string, number> = {};
      for (const o of result.opened) byType[o.type] = (byType[o.type] ?? 0) + 1;
      reply.code(created ? 201 : 200);
      return { rollId, kind, region, imported: created, ...counts, opened: result.opened, openedCount: result.opened.length, counts: byType };
    },
  );
};

export default rolls;
