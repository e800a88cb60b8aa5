/**
 * The project-local Temporal binaries, in one import for scripts/, test/ and bench/:
 *   - the Temporal CLI (dev server for `npm start` and the tests): platform/tools/temporal-cli.ts,
 *     in platform/ because `npm start` installs it on first use (platform never imports scripts/);
 *   - the Java time-skipping test server (tests only): scripts/lib/tools/test-server.ts, with its
 *     launcher (BangfuTestServer.java), pom and wrappers as real files beside it;
 *   - Schemathesis (the API schema fuzz test): scripts/lib/tools/schemathesis.ts, a PyPI venv.
 * Both install into `<repo>/.tools/` (gitignored) with the shared helpers in platform/tools/.
 */
export { REPO_ROOT, toolsDir, type EnsureOptions } from '../../platform/tools/common.js';
export { GO_CLI_VERSIONS, TEMPORAL_CLI_VERSION, ensureTemporalCli, temporalCliVersion } from '../../platform/tools/temporal-cli.js';
export { INITIAL_TIME_FLAG, TEST_SERVER_VERSION, ensureTestServer, testServerSupportsInitialTime, testServerVersion } from './tools/test-server.js';
export { SCHEMATHESIS_VERSION, ensureSchemathesis } from './tools/schemathesis.js';
