/**
 * `bangfu audit verify [--case <id> | --all]`: recomputes every hash chain in the audit log and exits
 * non-zero naming the first broken event when anything was edited, deleted or reordered.
 */
import { loadEnv } from '../../config/env.js';
import { locate } from '../../platform/locate.js';
import { loadChain, verifyChain } from '../../store/audit.js';
import { openDb } from '../../store/db.js';

export async function audit(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify') {
    process.stderr.write('usage: bangfu audit verify [--case <id> | --all]\n');
    return 2;
  }
  const caseIdx = rest.indexOf('--case');
  const caseId = caseIdx >= 0 ? rest[caseIdx + 1] : undefined;
  const all = rest.includes('--all') || caseId === undefined;
  if (caseIdx >= 0 && !caseId) {
    process.stderr.write('audit verify: --case needs a case id\n');
    return 2;
  }
  const env = loadEnv();
  const db = openDb(locate(env).databaseUrl(), { max: 4 });
  try {
    const ids = all
      ? (await db.prisma.$queryRaw<{ case_id: string }[]>`select distinct case_id from audit_events order by case_id`).map((r) => r.case_id)
      : [caseId!];
    let events = 0;
    const started = Date.now();
    for (const id of ids) {
      const chain = await loadChain(db.prisma, id);
      if (!all && chain.length === 0) {
        process.stderr.write(`audit verify: no audit events for case ${id}\n`);
        return 1;
      }
      const r = verifyChain(chain);
      events += r.events;
      if (!r.valid) {
        process.stdout.write(JSON.stringify({ valid: false, caseId: id, brokenAt: r.brokenAt }) + '\n');
        process.stderr.write(`audit chain of case ${id} is broken at event ${r.brokenAt!.seq}: ${r.brokenAt!.reason}\n`);
        return 1;
      }
    }
    process.stdout.write(JSON.stringify({ valid: true, cases: ids.length, events, ms: Date.now() - started }) + '\n');
    return 0;
  } finally {
    await db.close();
  }
}
