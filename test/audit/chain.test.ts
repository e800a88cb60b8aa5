/**
 * The audit log itself (SPEC §5 Auditors; issue items 1 and 3): append-only for the application's
 * database role (UPDATE, DELETE, TRUNCATE refused; the trigger cannot be dropped or disabled by it),
 * the trigger refuses even the owner, appends are idempotent by event key, and an event edited, deleted
 * or reordered behind the trigger's back (as superuser, trigger disabled) is found — by verifyChain and
 * by `bangfu audit verify` against that database, which exits non-zero naming the first broken event.
 * Also measures verification of a 10k-event chain (reported, not asserted).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent, appendEventNow, eventHash, GENESIS_HASH, loadChain, lockCase, verifyChain } from '../../store/audit.js';
import { createTestDatabase, type TestDatabase } from '../support/stack.js';
import { runCli } from './cli.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.drop());

const actor = { sub: 'tester', roles: ['township_reviewer' as const], county: '330302', township: '330302001' };

async function makeChain(caseId: string, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await appendEventNow(db.prisma, {
      caseId,
      eventKey: `${caseId}:${i}`,
      at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
      actor,
      type: i === 1 ? 'case_received' : 'task_completed',
      data: { n: i, taskId: `${caseId}-t-${i}`, decision: 'approve', snapshot: { status: 'township_review' } },
      refs: ['001 §五'],
    });
  }
}

/** Runs SQL as the owner with the immutability trigger switched off, then switches it back on. */
async function behindTheTriggersBack(sql: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: db.ownerUrl });
  await c.connect();
  try {
    await c.query('begin');
    await c.query('alter table audit_events disable trigger audit_events_no_update_delete');
    for (const s of sql) await c.query(s);
    await c.query('alter table audit_events enable trigger audit_events_no_update_delete');
    await c.query('commit');
  } catch (e) {
    await c.query('rollback').catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

async function asApp<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const cli = (args: string[]) => runCli(['audit', 'verify', ...args], { DATABASE_URL: db.url });

describe('append-only for the application role', () => {
  it('bangfu_app may append and read, but not update, delete, truncate, or drop/disable the trigger', async () => {
    await makeChain('BFROLE', 3);
    await asApp(async (c) => {
      expect((await c.query('select current_user as u')).rows[0].u).toBe('bangfu_app');
      expect((await c.query(`select count(*)::int as n from audit_events where case_id = 'BFROLE'`)).rows[0].n).toBe(3);
      await expect(c.query(`update audit_events set type = 'x' where case_id = 'BFROLE'`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`delete from audit_events where case_id = 'BFROLE'`)).rejects.toThrow(/permission denied/);
      await expect(c.query('truncate audit_events')).rejects.toThrow(/permission denied/);
      await expect(c.query('drop trigger audit_events_no_update_delete on audit_events')).rejects.toThrow(/must be owner/);
      await expect(c.query('alter table audit_events disable trigger audit_events_no_update_delete')).rejects.toThrow(/must be owner/);
      await expect(c.query('drop function bangfu_audit_events_immutable() cascade')).rejects.toThrow(/must be owner/);
      await expect(c.query('alter table audit_events owner to bangfu_app')).rejects.toThrow(/must be owner|permission denied/);
    });
    // The trigger refuses the owner too: only a migration that drops it could rewrite history.
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`update audit_events set type = 'x' where case_id = 'BFROLE'`)).rejects.toThrow(/append-only|not allowed|refuse|immutable/i);
      await expect(owner.query(`delete from audit_events where case_id = 'BFROLE'`)).rejects.toThrow(/append-only|not allowed|refuse|immutable/i);
      await expect(owner.query('truncate audit_events')).rejects.toThrow(/append-only|not allowed|refuse|immutable/i);
    } finally {
      await owner.end();
    }
    expect(verifyChain(await loadChain(db.prisma, 'BFROLE')).valid).toBe(true);
  });

  it('is idempotent by event key: a retried append writes nothing', async () => {
    const input = { caseId: 'BFIDEM', eventKey: 'BFIDEM:1', at: new Date().toISOString(), actor, type: 'case_received', data: { a: 1 } };
    expect(await appendEventNow(db.prisma, input)).not.toBeNull();
    expect(await appendEventNow(db.prisma, input)).toBeNull();
    await Promise.all(Array.from({ length: 10 }, () => appendEventNow(db.prisma, { ...input, eventKey: 'BFIDEM:2' })));
    const chain = await loadChain(db.prisma, 'BFIDEM');
    expect(chain.map((e) => e.eventKey)).toEqual(['BFIDEM:1', 'BFIDEM:2']);
    expect(verifyChain(chain)).toEqual({ valid: true, events: 2 });
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.hash).toBe(eventHash(chain[0]!.hash, chain[1]!));
  });
});

describe('tampering behind the trigger\'s back is detected (verifyChain and `bangfu audit verify`)', () => {
  const cases = { edited: 'BFTAMPEREDIT', deleted: 'BFTAMPERDEL', reordered: 'BFTAMPERORDER', intact: 'BFINTACT' };

  beforeAll(async () => {
    for (const id of Object.values(cases)) await makeChain(id, 6);
    await behindTheTriggersBack([
      // An amount or decision quietly changed…
      `update audit_events set data = jsonb_set(data, '{decision}', '"reject"') where case_id = '${cases.edited}' and seq = 3`,
      // …an inconvenient event removed…
      `delete from audit_events where case_id = '${cases.deleted}' and seq = 4`,
      // …two events swapped.
      `update audit_events set seq = -2 where case_id = '${cases.reordered}' and seq = 2`,
      `update audit_events set seq = 2 where case_id = '${cases.reordered}' and seq = 3`,
      `update audit_events set seq = 3 where case_id = '${cases.reordered}' and seq = -2`,
    ]);
  }, 60_000);

  it('verifyChain names the first broken event of each', async () => {
    const edited = verifyChain(await loadChain(db.prisma, cases.edited));
    expect(edited).toMatchObject({ valid: false, brokenAt: { seq: 3, eventKey: `${cases.edited}:3` } });
    expect(edited.brokenAt!.reason).toMatch(/altered/);
    const deleted = verifyChain(await loadChain(db.prisma, cases.deleted));
    expect(deleted).toMatchObject({ valid: false, brokenAt: { seq: 4 } });
    expect(deleted.brokenAt!.reason).toMatch(/missing|out of order/);
    const reordered = verifyChain(await loadChain(db.prisma, cases.reordered));
    expect(reordered).toMatchObject({ valid: false, brokenAt: { seq: 2 } });
    expect(verifyChain(await loadChain(db.prisma, cases.intact))).toEqual({ valid: true, events: 6 });
  });

  it('the CLI exits non-zero naming the first broken event, per case and with --all', async () => {
    const [edited, deleted, reordered, intact, all] = await Promise.all([
      cli(['--case', cases.edited]),
      cli(['--case', cases.deleted]),
      cli(['--case', cases.reordered]),
      cli(['--case', cases.intact]),
      cli(['--all']),
    ]);
    expect(edited.code, edited.stderr).toBe(1);
    expect(edited.json).toMatchObject({ valid: false, caseId: cases.edited, brokenAt: { seq: 3 } });
    expect(edited.stderr).toContain(`case ${cases.edited} is broken at event 3`);
    expect(deleted.code).toBe(1);
    expect(deleted.json).toMatchObject({ valid: false, brokenAt: { seq: 4 } });
    expect(deleted.stderr).toContain('broken at event 4');
    expect(reordered.code).toBe(1);
    expect(reordered.json).toMatchObject({ valid: false, brokenAt: { seq: 2 } });
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.json).toMatchObject({ valid: true, cases: 1, events: 6 });
    expect(all.code).toBe(1);
    expect(all.json.valid).toBe(false);
    expect(all.json.broken.map((b: { caseId: string }) => b.caseId).sort()).toEqual([cases.deleted, cases.edited, cases.reordered].sort());
    // Bad arguments are 2; an unknown case is not "valid".
    expect((await cli(['--case'])).code).toBe(2);
    expect((await cli(['--case', 'BFNOSUCHCASE'])).code).toBe(1);
  }, 180_000);
});

describe('10k events in one chain', () => {
  it('appends 10,000 events with appendEvent and verifies them (timings reported)', async () => {
    const caseId = 'BFPERF10K';
    const N = 10_000;
    const t0 = Date.now();
    for (let start = 1; start <= N; start += 1000) {
      await db.prisma.$transaction(
        async (tx) => {
          await lockCase(tx, caseId);
          for (let i = start; i < start + 1000 && i <= N; i++) {
            await appendEvent(tx, {
              caseId,
              eventKey: `${caseId}:${i}`,
              at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
              actor,
              type: i % 10 === 0 ? 'task_completed' : 'step_reminder',
              data: { i, taskId: `${caseId}-t-${i}`, reasons: '核对无误', snapshot: { status: 'township_review', tasks: [{ id: `t${i}`, status: 'open' }] } },
              refs: ['001 §五(二)'],
            });
          }
        },
        { timeout: 300_000, maxWait: 30_000 },
      );
    }
    const appendMs = Date.now() - t0;
    const t1 = Date.now();
    const chain = await loadChain(db.prisma, caseId);
    const loadMs = Date.now() - t1;
    const t2 = Date.now();
    const r = verifyChain(chain);
    const verifyMs = Date.now() - t2;
    expect(r).toEqual({ valid: true, events: N });
    const run = await cli(['--case', caseId]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ valid: true, cases: 1, events: N });
    await behindTheTriggersBack([`update audit_events set at = at + interval '1 second' where case_id = '${caseId}' and seq = 9000`]);
    const broken = await cli(['--case', caseId]);
    expect(broken.code).toBe(1);
    expect(broken.json.brokenAt.seq).toBe(9000);
    console.log(
      `[audit 10k] append ${N} events via appendEvent: ${appendMs} ms; loadChain ${loadMs} ms; verifyChain ${verifyMs} ms; ` +
        `CLI audit verify --case: ${run.json.ms} ms inside the command, ${run.ms} ms wall (incl. npm + tsx start)`,
    );
  }, 600_000);
});
