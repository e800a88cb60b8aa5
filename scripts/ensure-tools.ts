/**
 * `tsx scripts/ensure-tools.ts` (first step of `npm test`): makes sure the Temporal CLI and the Java
 * time-skipping test server (and Schemathesis, for the API schema fuzz test) are installed under
 * `.tools/` (see scripts/lib/tools.ts), then prints
 *   temporal-cli: <path> (<version>)
 *   test-server: <path> (<version>)
 *   schemathesis: <path> (<version>)
 * on stdout. Exits 1 with the installer's message (what it tried, how to fix) when either fails.
 * Already installed: well under a second.
 */
import { SCHEMATHESIS_VERSION, ensureSchemathesis, ensureTemporalCli, ensureTestServer, temporalCliVersion, testServerVersion } from './lib/tools.js';

const log = (s: string) => process.stderr.write(`[ensure-tools] ${s}\n`);

const [cli, server, st] = await Promise.allSettled([
  ensureTemporalCli({ log }).then(async (bin) => `${bin} (${await temporalCliVersion(bin)})`),
  ensureTestServer({ log }).then((w) => `${w} (${testServerVersion(w)})`),
  ensureSchemathesis({ log }).then((b) => `${b} (${SCHEMATHESIS_VERSION})`),
]);

let failed = false;
for (const [name, r] of [
  ['temporal-cli', cli],
  ['test-server', server],
  ['schemathesis', st],
] as const) {
  if (r.status === 'fulfilled') process.stdout.write(`${name}: ${r.value}\n`);
  else {
    // Schemathesis serves one test file (test/api/schemathesis.test.ts), which tries again and fails
    // with this reason; the rest of the suite need not wait for it.
    if (name !== 'schemathesis') failed = true;
    process.stderr.write(`${name}: FAILED\n${r.reason instanceof Error ? r.reason.message : String(r.reason)}\n`);
  }
}
process.exit(failed ? 1 : 0);
