/**
 * `bangfu token --sub <id> --role <role[,role…]> --county <code> [--township <code>] [--ttl 12h]`:
 * prints one bearer token on stdout, signed with the same local secret the running API uses
 * (loadSecrets(loadEnv().dataDir, env)), so it is accepted by `npm start` on this machine.
 */
import { loadEnv } from '../../config/env.js';
import { loadSecrets } from '../../platform/secrets.js';
import { DEFAULT_TTL_SECONDS, mintToken } from '../../api/tokens.js';
import { ROLES, type Role } from '../../workflows/definitions.js';

const USAGE = `usage: bangfu token --sub <id> --role <role[,role…]> --county <6-digit code> [--township <9-digit code>] [--ttl <seconds|30m|12h|7d>]
roles: ${ROLES.join(', ')}
`;

/** "3600" → 3600, "30m" → 1800, "12h" → 43200, "7d" → 604800. */
export function parseTtl(v: string): number | null {
  const m = /^(\d+)([smhd]?)$/.exec(v.trim());
  if (!m) return null;
  const n = Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as const)[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return n > 0 && n <= 366 * 86400 ? n : null;
}

export interface TokenArgs {
  sub: string;
  roles: Role[];
  county: string;
  township?: string;
  ttlSeconds: number;
}

export function parseTokenArgs(args: string[]): TokenArgs | string {
  const vals: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (!['--sub', '--role', '--roles', '--county', '--township', '--ttl'].includes(flag)) return `unknown argument ${a}`;
    const v = inline ?? args[++i];
    if (v === undefined || v.startsWith('--')) return `${flag} needs a value`;
    (vals[flag === '--roles' ? '--role' : flag] ??= []).push(v);
  }
  const sub = vals['--sub']?.at(-1);
  if (!sub) return '--sub is required';
  const roles = (vals['--role'] ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  if (roles.length === 0) return '--role is required';
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (bad.length) return `unknown role ${bad.join(', ')}`;
  const county = vals['--county']?.at(-1);
  if (!county || !/^\d{6}$/.test(county)) return '--county must be a 6-digit GB/T 2260 code';
  const township = vals['--township']?.at(-1);
  if (township !== undefined && (!/^\d{9}$/.test(township) || !township.startsWith(county))) return `--township must be a 9-digit code in county ${county}`;
  const ttlRaw = vals['--ttl']?.at(-1);
  const ttlSeconds = ttlRaw === undefined ? DEFAULT_TTL_SECONDS : parseTtl(ttlRaw);
  if (ttlSeconds === null) return '--ttl must be seconds or a number with s, m, h or d (at most a year)';
  return { sub, roles: [...new Set(roles)] as Role[], county, ...(township ? { township } : {}), ttlSeconds };
}

export async function token(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseTokenArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`token: ${parsed}\n${USAGE}`);
    return 2;
  }
  const env = loadEnv();
  const secrets = loadSecrets(env.dataDir, env);
  if (env.BANGFU_JWT_PUBLIC_KEY) {
    process.stderr.write('token: BANGFU_JWT_PUBLIC_KEY is set, so the API accepts only tokens from your identity provider; this local HS256 token will be refused\n');
  }
  const jwt = await mintToken(secrets.jwtSecret, { ...parsed, issuer: env.BANGFU_JWT_ISSUER, audience: env.BANGFU_JWT_AUDIENCE });
  process.stdout.write(jwt + '\n');
  return 0;
}
