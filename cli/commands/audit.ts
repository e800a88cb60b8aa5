/**
 * `bangfu audit verify [--case <id> | --all]`: recomputes every hash chain in the audit log (all
 * chains, the system chain included, when no case is named) and exits 1 naming the first broken event
 * of each broken chain when anything was edited, deleted or reordered; 0 when every chain holds; 2 on
 * bad arguments. Prints one JSON line on stdout; the broken events also go to stderr in words.
 */
import { loadEnv } from '../../config/env.js';
import { locate } from '../../platform/locate.js';
import { chainIds, loadChain, verifyChain, type ChainVerification } from '../../store/audit.js';
import { openDb } from '../../store/db.js';

export async function audit(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify') {
    process.stderr.write('usage: bangfu audit verify [--case <id> | --all]\n');
    return 2;
  }
  const caseIdx = rest.indexOf('--case');
  const caseId = caseIdx >= 0 ? rest[caseIdx + 1] : undefined;
  if (caseIdx >= 0 && (!caseId || caseId.startsWith('--'))) {
    process.stderr.write('audit verify: --case needs a case id\n');
    return 2;
  }
  if (caseId && rest.includes('--all')) {
    process.stderr.write('audit verify: give --case <id> or --all, not both\n');
    return 2;
  }
  const env = loadEnv();
  const db = openDb(locate(env).databaseUrl(), { max: 4 });
  try {
    const started = Date.now();
    const ids = caseId ? [caseId] : await chainIds(db.prisma);
    let events = 0;
    const broken: ({ caseId: string } & Required<Pick<ChainVerification, 'brokenAt'>>)[] = [];
    for (const id of ids) {
      const chain = await loadChain(db.prisma, id);
      if (caseId && chain.length === 0) {
        process.stdout.write(JSON.stringify({ valid: false, caseId: id, error: 'no audit events for this case' }) + '\n');
        process.stderr.write(`audit verify: no audit events for case ${id}\n`);
        return 1;
      }
      const r = verifyChain(chain);
      events += r.events;
      if (!r.valid) broken.push({ caseId: id, brokenAt: r.brokenAt! });
    }
    const ms = Date.now() - started;
    if (broken.length > 0) {
      const first = broken[0]!;
      process.stdout.write(JSON.stringify({ valid: false, caseId: first.caseId, brokenAt: first.brokenAt, broken, cases: ids.length, events, ms }) + '\n');
      for (const b of broken) {
        process.stderr.write(`audit chain of case ${b.caseId} is broken at event ${b.brokenAt.seq}${b.brokenAt.eventKey ? ` (${b.brokenAt.eventKey})` : ''}: ${b.brokenAt.reason}\n`);
      }
      return 1;
    }
    process.stdout.write(JSON.stringify({ valid: true, cases: ids.length, events, ms }) + '\n');
    return 0;
  } finally {
    await db.close();
  }
}
