/**
 * The Java time-skipping test server (workflow tests that cross weeks of working days), found or
 * installed into `<repo>/.tools/test-server/` (gitignored). First that works wins:
 *   1. `BANGFU_TEST_SERVER` (explicit path to an executable);
 *   2. already installed under `.tools/test-server/`;
 *   3. `io.temporal:temporal-test-server:<ver>` + runtime deps from Maven Central (test-server-pom.xml,
 *      `mvn dependency:copy-dependencies`), the launcher BangfuTestServer.java compiled with javac, and
 *      the temporal-test-server.sh wrapper that `exec`s java;
 *   4. the SDK's own download of the native test server (native-test-server.sh wrapper).
 * Switches: `BANGFU_TEST_SERVER_VERSION`, `BANGFU_TEST_SERVER_JAVA_OPTS` (read by the wrapper at run
 * time), `JAVA_HOME`; see platform/tools/common.ts for the rest.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveIntoPlace, tempSibling, withLock } from '../../../platform/tools/atomic.js';
import { defaultLog, isExecutable, run, toolsDir, whichSync, type EnsureOptions, type Log } from '../../../platform/tools/common.js';
import { firstThatWorks, type Attempt } from '../../../platform/tools/first-that-works.js';

/** `io.temporal:temporal-test-server` on Maven Central (1.38.0: latest on Central next to TS SDK 1.24). */
export const TEST_SERVER_VERSION = process.env.BANGFU_TEST_SERVER_VERSION || '1.38.0';
/** Flag understood by the launcher (BangfuTestServer.java, not the stock Java main): the server clock starts there. */
export const INITIAL_TIME_FLAG = '--initial-time';

const WRAPPER = 'temporal-test-server';
const LAUNCHER_CLASS = 'BangfuTestServer';
/** The launcher, the pom and the two wrappers: real files next to this module, copied into an install. */
const here = path.dirname(fileURLToPath(import.meta.url));
const asset = (name: string) => path.join(here, name);
const LAUNCHER_SOURCE = asset(`${LAUNCHER_CLASS}.java`);
const POM = asset('test-server-pom.xml');
const MAVEN_WRAPPER = asset('temporal-test-server.sh');
const NATIVE_WRAPPER = asset('native-test-server.sh');

let testServerPromise: Promise<string> | null = null;

/**
 * Absolute path of an executable that starts the time-skipping test server with the arguments
 * `@temporalio/testing` passes to an `existing-path` executable: `<port> ...extraArgs` (sdk-core
 * `TestServerConfig::start_server`: `args = [port] + extra_args`). The wrapper also takes
 * `--initial-time=<ISO instant | epoch ms>` (via `extraArgs`) to start the server clock there.
 */
export function ensureTestServer(opts: EnsureOptions = {}): Promise<string> {
  testServerPromise ??= findOrInstallTestServer(opts.log ?? defaultLog).catch((e: unknown) => {
    testServerPromise = null;
    throw e;
  });
  return testServerPromise;
}

/** What a test-server wrapper runs: "io.temporal:temporal-test-server:<ver>", "sdk-download" or "external". */
export function testServerVersion(wrapper: string = path.join(mavenTestServerDir(), WRAPPER)): string {
  const dir = path.dirname(path.resolve(wrapper));
  if (path.dirname(dir) !== path.join(toolsDir(), 'test-server')) return 'external';
  const v = path.basename(dir);
  return v === 'sdk-download' ? v : `io.temporal:temporal-test-server:${v.replace(/-[0-9a-f]{8}$/, '')}`;
}

/** True when the wrapper can start the server clock at a chosen instant (the Maven install can). */
export function testServerSupportsInitialTime(wrapper: string): boolean {
  try {
    return fs.readFileSync(wrapper, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}

/**
 * `.tools/test-server/<version>-<hash of pom, launcher and wrapper>`: a change to any of those files
 * installs afresh next to the old one (atomic, no in-place update).
 */
function mavenTestServerDir(): string {
  const h = createHash('sha256');
  for (const f of [POM, LAUNCHER_SOURCE, MAVEN_WRAPPER]) h.update(fs.readFileSync(f));
  return path.join(toolsDir(), 'test-server', `${TEST_SERVER_VERSION}-${h.digest('hex').slice(0, 8)}`);
}
function sdkTestServerDir(): string {
  return path.join(toolsDir(), 'test-server', 'sdk-download');
}

async function findOrInstallTestServer(log: Log): Promise<string> {
  const attempts: Attempt[] = [];
  const explicit = process.env.BANGFU_TEST_SERVER;
  if (explicit) {
    const p = path.resolve(explicit);
    if (!isExecutable(p)) throw new Error(`BANGFU_TEST_SERVER=${explicit} is not an executable file`);
    return p;
  }
  const already = (): string | null => {
    for (const dir of [mavenTestServerDir(), sdkTestServerDir()]) {
      const w = path.join(dir, WRAPPER);
      if (!isExecutable(w)) continue;
      if (dir === mavenTestServerDir() && !javaTool('java')) {
        attempts.push({ step: `.tools (${w})`, error: 'installed, but no java (JAVA_HOME or PATH) to run it' });
        continue;
      }
      return w;
    }
    return null;
  };
  const found = already();
  if (found) return found;
  if (attempts.length === 0) attempts.push({ step: `already installed under ${path.join(toolsDir(), 'test-server')}`, error: 'nothing there' });

  return withLock('test-server', log, async () => {
    const again = already();
    if (again) return again;
    return firstThatWorks(
      [
        {
          key: 'maven',
          step: `Maven Central io.temporal:temporal-test-server:${TEST_SERVER_VERSION} (mvn dependency:copy-dependencies)`,
          install: () => installTestServerWithMaven(log),
        },
        { key: 'sdk', step: '@temporalio/testing cached download of the native test server (temporal.download)', install: () => downloadTestServerWithSdk(log) },
      ],
      {
        log,
        attempts,
        ready: (w) => `test server ready: ${w}`,
        header: `Could not find or install the Temporal time-skipping test server (wanted io.temporal:temporal-test-server:${TEST_SERVER_VERSION}). Tried:`,
        hints: [
          'It needs java 11+ and mvn (or internet for the SDK download). Or set BANGFU_TEST_SERVER=/path/to/an',
          'executable taking `<port> [--enable-time-skipping]`. Tests that need no time skipping can run against',
          'an existing Temporal server: TEMPORAL_ADDRESS=host:7233.',
        ],
      },
    );
  });
}

/** `java` or `javac` from JAVA_HOME, else PATH. */
function javaTool(name: 'java' | 'javac'): string | null {
  const home = process.env.JAVA_HOME;
  if (home && isExecutable(path.join(home, 'bin', name))) return path.join(home, 'bin', name);
  return whichSync(name);
}

async function installTestServerWithMaven(log: Log): Promise<string> {
  if (!javaTool('java')) throw new Error('no java (JAVA_HOME or PATH)');
  const mvn = whichSync('mvn');
  if (!mvn) throw new Error('no `mvn` on PATH');
  const javac = javaTool('javac');
  if (!javac) throw new Error('no javac (needs a JDK, not only a JRE, to build the small launcher)');
  const final = mavenTestServerDir();
  const tmp = tempSibling(final);
  fs.mkdirSync(tmp, { recursive: true });
  log(`resolving io.temporal:temporal-test-server:${TEST_SERVER_VERSION} from Maven Central (about 40 MB) …`);
  try {
    fs.copyFileSync(POM, path.join(tmp, 'pom.xml'));
    await run(
      mvn,
      [
        '-B',
        '-q',
        '-f',
        path.join(tmp, 'pom.xml'),
        `-Dtemporal-test-server.version=${TEST_SERVER_VERSION}`,
        'dependency:copy-dependencies',
        '-DoutputDirectory=lib',
        '-DincludeScope=runtime',
      ],
      { cwd: tmp, timeoutMs: 15 * 60_000 },
    );
    if (!fs.existsSync(path.join(tmp, 'lib', `temporal-test-server-${TEST_SERVER_VERSION}.jar`)))
      throw new Error('mvn finished but lib/ has no temporal-test-server jar');
    await run(javac, ['--release', '11', '-nowarn', '-d', path.join(tmp, 'classes'), '-cp', path.join(tmp, 'lib', '*'), LAUNCHER_SOURCE], {
      timeoutMs: 5 * 60_000,
    });
    const wrapper = path.join(tmp, WRAPPER);
    fs.copyFileSync(MAVEN_WRAPPER, wrapper);
    fs.chmodSync(wrapper, 0o755);
    const check = await run(wrapper, ['--self-check'], { timeoutMs: 60_000 });
    if (check.stdout.trim() !== 'ok') throw new Error(`wrapper self-check printed ${JSON.stringify(check.stdout + check.stderr)}`);
    moveIntoPlace(tmp, final);
    for (const old of fs.readdirSync(path.dirname(final))) {
      if (/^\d+\.\d+\.\d+(-[0-9a-f]{8})?$/.test(old) && old !== path.basename(final)) {
        log(`removing the older test-server install ${old}`);
        fs.rmSync(path.join(path.dirname(final), old), { recursive: true, force: true });
      }
    }
    return path.join(final, WRAPPER);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function downloadTestServerWithSdk(log: Log): Promise<string> {
  log('asking @temporalio/testing to download the native test server (needs internet) …');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const final = sdkTestServerDir();
  const tmp = tempSibling(final);
  fs.mkdirSync(tmp, { recursive: true });
  try {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'cached-download', downloadDir: tmp, ttl: '3650d' } },
    });
    await env.teardown();
    const bin = fs.readdirSync(tmp).find((n) => n.startsWith('temporal-test-server-') && !n.endsWith('.downloading'));
    if (!bin) throw new Error(`the SDK started a test server but left no binary in ${tmp}`);
    fs.renameSync(path.join(tmp, bin), path.join(tmp, 'native-test-server'));
    fs.copyFileSync(NATIVE_WRAPPER, path.join(tmp, WRAPPER));
    fs.chmodSync(path.join(tmp, WRAPPER), 0o755);
    moveIntoPlace(tmp, final);
    return path.join(final, WRAPPER);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
