/**
 * `npm run cluster [-- --workers N --apis N --keep]`: Bangfu on a real multi-service Temporal cluster
 * on this machine (scripts/cluster/cluster.ts), on a fresh data directory; prints every address and
 * stops everything on Ctrl-C / SIGTERM. The first run builds the Temporal server into `.tools/`.
 */
import { startCluster, type Cluster } from './cluster/cluster.js';
import { onLauncherGone } from './cluster/launchers.js';

const args = process.argv.slice(2);
const value = (name: string, dflt: number): number => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return dflt;
  const n = Number(args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 8) {
    process.stderr.write(`--${name}: expected a whole number from 1 to 8\n`);
    process.exit(2);
  }
  return n;
};
const log = (s: string) => process.stderr.write(`[cluster] ${s}\n`);
const workers = value('workers', 2);
const apis = value('apis', 2);
const keep = args.includes('--keep');

let starting: Promise<Cluster> | null = null;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log('stopping (APIs, workers, Temporal services, PostgreSQL)…');
  // A signal during start-up waits for the start to finish (or fail and undo itself), then stops.
  const cluster = await starting?.catch(() => null);
  await cluster?.stop({ keepData: keep }).catch((e: unknown) => log(`while stopping: ${(e as Error).message}`));
  if (keep && cluster) log(`data kept in ${cluster.dataDir}`);
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
onLauncherGone(() => void stop(0));

const t0 = Date.now();
try {
  starting = startCluster({ workers, apis, log });
  const cluster = await starting;
  if (stopping) await new Promise(() => {}); // a signal arrived while starting: stop() is under way
  const took = Object.entries(cluster.timings).map(([k, v]) => `${k} ${v} s`).join(', ');
  process.stdout.write(
    [`Bangfu on a Temporal cluster is running (${((Date.now() - t0) / 1000).toFixed(1)} s: ${took})`, ...cluster.addresses(), '  Stop             Ctrl-C'].join('\n') + '\n',
  );
} catch (e) {
  log(`could not start: ${(e as Error).message}`);
  await stop(1);
}
