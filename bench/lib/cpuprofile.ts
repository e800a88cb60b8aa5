/**
 * Summaries of V8 CPU profiles (`node --cpu-prof`): where each process spent its samples, by function
 * and by package, so a missed goal can say what the limit was.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native/idle/gc)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:internals';
  const r = /\/(api|store|activities|workflows|platform|rules|scripts|bench|generated)\//.exec(url);
  return r ? `bangfu/${r[1]}` : url.replace(/^file:\/\//, '').slice(-60);
}

export function summariseProfile(file: string, top = 12) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  // Shares are of the busy time: idle samples (waiting for I/O) are left out.
  let idle = 0;
  for (const [id, us] of self) if (byId.get(id)?.callFrame.functionName === '(idle)') idle += us;
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const total = all - idle || 1;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName || '(anonymous)';
    const where = n.callFrame.url ? `${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : '';
    if (name === '(idle)') continue;
    const key = name === '(program)' || name === '(garbage collector)' ? name : `${name} ${where}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const pk = name === '(garbage collector)' ? '(gc)' : /query_compiler|^wasm:/.test(n.callFrame.url) ? '@prisma/client (query compiler, wasm)' : packageOf(n.callFrame.url);
    pkg.set(pk, (pkg.get(pk) ?? 0) + us);
  }
  const pct = (us: number) => Math.round((us / total) * 1000) / 10;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ what: k, pct: pct(us) }));
  return { file: path.basename(file), profiledS: Math.round(all / 1e4) / 100, busyS: Math.round(total / 1e4) / 100, byPackage: sorted(pkg), byFunction: sorted(fn) };
}

export function summariseProfiles(dir: string) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => {
      try {
        return summariseProfile(path.join(dir, f));
      } catch (e) {
        return { file: f, error: (e as Error).message };
      }
    });
}
