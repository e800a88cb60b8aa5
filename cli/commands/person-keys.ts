/**
 * `bangfu person-keys migrate [--dry-run]` (issue 16 item 7): rewrites the person keys of cases filed
 * before the versioned, HKDF-derived key (pk1) — computed under the payload key of the time — to pk1,
 * from each case's sealed applicant (opened with BANGFU_PAYLOAD_KEY and BANGFU_PAYLOAD_OLD_KEYS). Run
 * once after upgrading, before rotating the payload key. Cases whose applicant no key opens are listed
 * and left as they are (exit 1).
 */
import { loadEnv } from '../../config/env.js';
import { locate } from '../../platform/locate.js';
import { PERSON_KEY_VERSION, loadSecrets, personKeyOf, type Secrets } from '../../platform/secrets.js';
import type { Db } from '../../store/db.js';
import { openDb } from '../../store/db.js';
import { casesWithLegacyPersonKey, rekeyCase } from '../../store/person-keys.js';
import { isSealed, openMaybe } from '../../store/seal.js';

export interface MigrationReport {
  rekeyed: number;
  unopened: string[];
}

export async function migratePersonKeys(db: Db, secrets: Secrets, opts: { dryRun?: boolean } = {}): Promise<MigrationReport> {
  const keys = [secrets.payloadKey, ...secrets.oldPayloadKeys];
  const report: MigrationReport = { rekeyed: 0, unopened: [] };
  let after: string | null = null;
  for (;;) {
    const page = await casesWithLegacyPersonKey(db, `${PERSON_KEY_VERSION}:`, after);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    for (const c of page) {
      const applicant = (isSealed(c.applicant) ? openMaybe(c.applicant, keys, c.id) : c.applicant) as { idNumber?: unknown } | null;
      if (!applicant || typeof applicant.idNumber !== 'string') {
        report.unopened.push(c.id);
        continue;
      }
      if (opts.dryRun) report.rekeyed++;
      else if (await rekeyCase(db, c.id, c.personKey, personKeyOf(secrets, applicant.idNumber))) report.rekeyed++;
    }
  }
  return report;
}

export async function personKeys(args: string[]): Promise<number> {
  if (args[0] !== 'migrate') {
    process.stderr.write('usage: bangfu person-keys migrate [--dry-run]\n');
    return 2;
  }
  const env = loadEnv();
  const where = locate(env);
  const db = openDb(where.databaseUrl(), { max: 2 });
  try {
    const r = await migratePersonKeys(db.prisma, loadSecrets(env.dataDir, env), { dryRun: args.includes('--dry-run') });
    process.stdout.write(JSON.stringify(r) + '\n');
    return r.unopened.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
