/**
 * Installs (once) the two binaries a real multi-service Temporal cluster needs, built from the Go
 * module proxy into `.tools/` (gitignored) and reused afterwards:
 *   - `temporal-server`   go.temporal.io/server/cmd/server@v<SERVER_VERSION>
 *   - `temporal-sql-tool` go.temporal.io/server/cmd/tools/sql@v<SERVER_VERSION> (schemas embedded)
 * v1.30+ need a newer Go than the machine's: `GOTOOLCHAIN` fetches it through the proxy too. The Go
 * build cache (~2 GB), module cache and GOPATH stay under `.tools/go/`, so a second build is quick and
 * nothing lands in the user's home. First build: about 3 minutes on 2 cores.
 *
 * Switches: BANGFU_TEMPORAL_SERVER / BANGFU_TEMPORAL_SQL_TOOL (use these binaries instead),
 * BANGFU_CLUSTER_GOTOOLCHAIN (default go1.27.3), BANGFU_TOOLS_DIR (default <repo>/.tools).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../platform/database.js';

export const SERVER_VERSION = '1.32.2';
const GO_TOOLCHAIN = process.env.BANGFU_CLUSTER_GOTOOLCHAIN || 'go1.27.3';

export interface ClusterBinaries {
  server: string;
  sqlTool: string;
  version: string;
}

const toolsDir = () => path.resolve(process.env.BANGFU_TOOLS_DIR || path.join(REPO_ROOT, '.tools'));
export const clusterBinDir = () => path.join(toolsDir(), 'temporal-server', `v${SERVER_VERSION}`);

function runTo(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    const child = spawn(cmd, args, { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => reject(new Error(`${cmd}: ${e.message}`)));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(fs.readFileSync(logFile, 'utf8'));
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
      reject(new Error(`\`${path.basename(cmd)} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`}); ${logFile}:\n${tail}`));
    });
  });
}

/** `<bin> --version` (server) or `--help` (sql tool) answers: the binary runs on this machine. */
async function works(bin: string, args: string[]): Promise<boolean> {
  if (!fs.existsSync(bin)) return false;
  const log = path.join(path.dirname(bin), '.check.log');
  try {
    await runTo(bin, args, process.env, log, 30_000);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(log, { force: true });
  }
}

function goBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && fs.existsSync(path.join(dir, 'go'))) return path.join(dir, 'go');
  if (fs.existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  throw new Error('no `go` on PATH (needed once, to build the Temporal server from the Go module proxy)');
}

let pending: Promise<ClusterBinaries> | null = null;

/** The server and sql-tool binaries, building them on first use. */
export function ensureClusterBinaries(log: (s: string) => void = (s) => process.stderr.write(`[cluster] ${s}\n`)): Promise<ClusterBinaries> {
  pending ??= install(log).catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}

async function install(log: (s: string) => void): Promise<ClusterBinaries> {
  const explicitServer = process.env.BANGFU_TEMPORAL_SERVER;
  const explicitSql = process.env.BANGFU_TEMPORAL_SQL_TOOL;
  if (explicitServer || explicitSql) {
    if (!explicitServer || !explicitSql) throw new Error('BANGFU_TEMPORAL_SERVER and BANGFU_TEMPORAL_SQL_TOOL: set both or neither');
    return { server: path.resolve(explicitServer), sqlTool: path.resolve(explicitSql), version: 'external' };
  }
  const dir = clusterBinDir();
  const server = path.join(dir, 'temporal-server');
  const sqlTool = path.join(dir, 'temporal-sql-tool');
  if ((await works(server, ['--version'])) && (await works(sqlTool, ['--help']))) return { server, sqlTool, version: SERVER_VERSION };

  // Build into a private folder, then rename each binary into place (a killed build leaves nothing half-made).
  const go = toolsDir() + '/go';
  const tmp = path.join(toolsDir(), 'temporal-server', `.build-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(toolsDir(), 'temporal-server', `build-v${SERVER_VERSION}.log`);
  const t0 = Date.now();
  log(`building Temporal server v${SERVER_VERSION} and temporal-sql-tool with ${GO_TOOLCHAIN} from the Go module proxy (first time only: about 3 minutes; log ${path.relative(REPO_ROOT, logFile)}) …`);
  const env = {
    ...process.env,
    GOTOOLCHAIN: GO_TOOLCHAIN,
    GOPATH: path.join(go, 'path'),
    GOCACHE: path.join(go, 'cache'),
    GOMODCACHE: path.join(go, 'modcache'),
    GOBIN: tmp,
    GOFLAGS: process.env.GOFLAGS || '-buildvcs=false',
  };
  try {
    const pkg = 'go.temporal.io/server/cmd';
    await runTo(goBinary(), ['install', `${pkg}/server@v${SERVER_VERSION}`, `${pkg}/tools/sql@v${SERVER_VERSION}`], env, logFile, 60 * 60_000);
    fs.renameSync(path.join(tmp, 'server'), server);
    fs.renameSync(path.join(tmp, 'sql'), sqlTool);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!(await works(server, ['--version']))) throw new Error(`${server} was built but does not run (see ${logFile})`);
  log(`built in ${Math.round((Date.now() - t0) / 1000)} s`);
  return { server, sqlTool, version: SERVER_VERSION };
}
