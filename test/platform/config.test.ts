/**
 * The configuration contract: one zod-validated module; a bad value names the variable and what was
 * expected; the README documents every variable; docker-compose.yml sets only variables it reads.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, ENV_VARIABLES, loadEnv } from '../../config/env.js';
import { SERVER_VERSION } from '../../scripts/cluster/install.js';
import { DYNAMIC_CONFIG, SERVICES } from '../../scripts/cluster/temporal-config.js';

describe('config/env.ts', () => {
  it('has working defaults (PORT 3000, HOST 127.0.0.1, data dir .bangfu)', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.dataDir.endsWith('.bangfu')).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TEMPORAL_ADDRESS).toBeUndefined();
  });

  it('honours PORT and BANGFU_DATA_DIR exactly as named', () => {
    const env = loadEnv({ PORT: '4123', BANGFU_DATA_DIR: '/tmp/elsewhere' });
    expect(env.PORT).toBe(4123);
    expect(env.dataDir).toBe('/tmp/elsewhere');
  });

  it('names every bad variable and what was expected', () => {
    let err: unknown;
    try {
      loadEnv({ PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port', DATABASE_URL: 'mysql://x', BANGFU_PAYLOAD_KEY: 'short' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const vars = (err as ConfigError).problems.map((p) => p.variable).sort();
    expect(vars).toEqual(['BANGFU_PAYLOAD_KEY', 'DATABASE_URL', 'PORT', 'TEMPORAL_ADDRESS']);
    expect((err as ConfigError).message).toMatch(/PORT: expected a port number.*"eighty"/);
    expect((err as ConfigError).message).toMatch(/TEMPORAL_ADDRESS: expected host:port/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadEnv({ PORT: '70000' })).toThrow(/PORT: expected a port from 1 to 65535/);
  });

  it('the README documents every variable', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const v of ENV_VARIABLES) expect(readme, v).toContain('`' + v + '`');
  });
});

describe('docker-compose.yml (production shape; no engine runs here, so it is checked as data)', () => {
  const text = fs.readFileSync('docker-compose.yml', 'utf8');
  const compose = parse(text, { merge: true }) as {
    services: Record<string, { image?: string; build?: { target?: string }; command?: string[]; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; depends_on?: Record<string, { condition?: string }> }>;
  };
  const s = compose.services;
  const TEMPORAL_SERVICES = ['temporal', 'temporal-history', 'temporal-matching', 'temporal-worker'];

  /** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error} (unset or empty counts as missing). */
  function interpolate(value: string, env: Record<string, string | undefined>): string {
    return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op: string | undefined, arg: string) => {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (op === '?') throw new Error(`required variable ${name} is missing a value: ${arg}`);
      return op === '-' ? arg : '';
    });
  }
  const key = Buffer.alloc(32, 1).toString('base64');
  const operatorEnv: Record<string, string> = {
    POSTGRES_PASSWORD: 'owner-pw',
    BANGFU_APP_PASSWORD: 'app-pw',
    BANGFU_PAYLOAD_KEY: key,
    BANGFU_ACTOR_KEY: Buffer.alloc(32, 2).toString('base64'),
    BANGFU_JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----',
    BANGFU_JWT_ISSUER: 'https://idp.example',
    BANGFU_JWT_AUDIENCE: 'bangfu-api',
  };

  it('has PostgreSQL, Temporal, its UI, the migration job, and Bangfu worker and API built from the Dockerfile', () => {
    expect(Object.keys(s).sort()).toEqual(['bangfu-api', 'bangfu-migrate', 'bangfu-worker', 'postgres', ...TEMPORAL_SERVICES, 'temporal-schema', 'temporal-ui'].sort());
    expect(s.postgres!.image).toMatch(/^postgres:/);
    expect(s.temporal!.image).toMatch(/^temporalio\/(auto-setup|server)/);
    expect(s['temporal-ui']!.image).toMatch(/^temporalio\/ui/);
    // The built entry points, not tsx (issue 16 item 3).
    expect(s['bangfu-worker']!.command).toEqual(['node', 'dist/scripts/worker.js']);
    expect(s['bangfu-api']!.command).toEqual(['node', 'dist/scripts/api.js']);
    expect(s['bangfu-migrate']!.command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(s['bangfu-api']!.build?.target).toBe('runtime');
    expect(s['bangfu-worker']!.build?.target).toBe('runtime');
    expect(s['bangfu-migrate']!.build?.target).toBe('migrate');
    const dockerfile = fs.readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/FROM .* AS runtime/);
    expect(dockerfile).toMatch(/FROM build AS migrate/);
    for (const f of ['scripts/api.ts', 'scripts/worker.ts', 'scripts/migrate.ts']) expect(fs.existsSync(f), f).toBe(true);
  });

  it('publishes only the API (issue 16 item 4)', () => {
    expect(s['bangfu-api']!.ports).toEqual(['3000:3000']);
    for (const name of Object.keys(s).filter((n) => n !== 'bangfu-api')) expect(s[name]!.ports, name).toBeUndefined();
  });

  it('Temporal requires client certificates; every client presents its own; the UI is read-only', () => {
    for (const name of TEMPORAL_SERVICES) {
      const t = s[name]!.environment!;
      expect(t.TEMPORAL_TLS_REQUIRE_CLIENT_AUTH, name).toBe('true');
      expect(t.TEMPORAL_TLS_CLIENT1_CA_CERT, name).toBe('/certs/ca.pem');
      expect(t.TEMPORAL_TLS_FRONTEND_CERT, name).toBe('/certs/temporal.pem');
      expect(t.TEMPORAL_TLS_SERVER_CERT, name).toBe('/certs/temporal.pem');
      expect(s[name]!.volumes, name).toContain('./deploy/certs:/certs:ro');
    }
    expect(s['temporal-ui']!.environment!.TEMPORAL_DISABLE_WRITE_ACTIONS).toBe('true');
    expect(s['temporal-ui']!.environment!.TEMPORAL_TLS_CERT).toBe('/certs/temporal-ui.pem');
    for (const name of ['bangfu-worker', 'bangfu-api']) {
      const e = s[name]!.environment!;
      expect(e.TEMPORAL_TLS_CA, name).toBe('/certs/ca.pem');
      expect(e.TEMPORAL_TLS_CERT, name).toBe(`/certs/${name}.pem`);
      expect(e.TEMPORAL_TLS_KEY, name).toBe(`/certs/${name}.key`);
      expect(s[name]!.volumes, name).toContain('./deploy/certs:/certs:ro');
    }
  });

  it('only the one-shot migration job holds the owner URL; the worker and API run as the app role after it', () => {
    const owner = /postgresql:\/\/postgres:/;
    // (Temporal's own services and its schema job connect as the owner through POSTGRES_USER/PWD.)
    for (const [name, svc] of Object.entries(s)) {
      for (const [k, v] of Object.entries(svc.environment ?? {})) {
        if (name !== 'bangfu-migrate') expect(`${name} ${k}=${v}`).not.toMatch(owner);
      }
    }
    expect(s['bangfu-migrate']!.environment!.MIGRATION_DATABASE_URL).toMatch(owner);
    for (const name of ['bangfu-worker', 'bangfu-api']) {
      expect(s[name]!.environment!.DATABASE_URL).toMatch(/^postgresql:\/\/bangfu_app:/);
      expect(s[name]!.environment!.MIGRATION_DATABASE_URL).toBeUndefined();
      expect(s[name]!.depends_on?.['bangfu-migrate']?.condition).toBe('service_completed_successfully');
    }
  });

  it('sets on Bangfu services only variables the config module reads, and they are valid', () => {
    for (const name of ['bangfu-worker', 'bangfu-api', 'bangfu-migrate']) {
      const envs = s[name]!.environment ?? {};
      for (const k of Object.keys(envs)) expect(ENV_VARIABLES, `${name}: ${k}`).toContain(k);
      const resolved: Record<string, string> = {};
      for (const [k, v] of Object.entries(envs)) resolved[k] = interpolate(String(v), operatorEnv);
      expect(() => loadEnv(resolved), name).not.toThrow();
    }
    expect(s['bangfu-api']!.environment!.TEMPORAL_ADDRESS).toBe('temporal:7233');
  });

  it('refuses to start without the JWT settings, the keys or the passwords (${VAR:?…}, no defaults)', () => {
    const all = () => Object.values(s).flatMap((svc) => Object.values(svc.environment ?? {}).map(String));
    expect(() => all().map((v) => interpolate(v, operatorEnv))).not.toThrow();
    for (const missing of Object.keys(operatorEnv)) {
      const env = { ...operatorEnv, [missing]: '' };
      expect(() => all().map((v) => interpolate(v, env)), missing).toThrow(new RegExp(`required variable ${missing} is missing`));
    }
    expect(text).not.toMatch(/BANGFU_JWT_(PUBLIC_KEY|ISSUER|AUDIENCE):-/);
    // Issue 16 item 5: the API signs updates and the worker checks them with one key, required by both.
    for (const name of ['bangfu-worker', 'bangfu-api']) expect(s[name]!.environment!.BANGFU_ACTOR_KEY, name).toMatch(/^\$\{BANGFU_ACTOR_KEY:\?/);
  });

  it('deploy/gen-certs.sh makes certificates that Temporal-style mTLS accepts, and a client without one is refused', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-certs-')), 'certs');
    try {
      execFileSync('sh', ['deploy/gen-certs.sh', dir], { stdio: 'pipe' });
      const read = (f: string) => fs.readFileSync(path.join(dir, f));
      const server = tls.createServer({ key: read('temporal.key'), cert: read('temporal.pem'), ca: read('ca.pem'), requestCert: true, rejectUnauthorized: true }, (sock) => sock.end('hello\n'));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const port = (server.address() as AddressInfo).port;
      const connect = (client?: string) =>
        new Promise<string>((resolve, reject) => {
          const sock = tls.connect({ host: '127.0.0.1', port, servername: 'temporal', ca: read('ca.pem'), ...(client ? { key: read(`${client}.key`), cert: read(`${client}.pem`) } : {}) }, () => undefined);
          let data = '';
          sock.on('data', (d) => (data += d));
          sock.on('end', () => resolve(data));
          sock.on('error', reject);
        });
      try {
        for (const client of ['bangfu-worker', 'bangfu-api', 'temporal-ui']) expect(await connect(client), client).toBe('hello\n');
        await expect(connect()).rejects.toThrow();
      } finally {
        server.close();
      }
      expect(fs.statSync(path.join(dir, 'ca.key')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  it('runs Temporal as four services of the server version `npm run cluster` builds, over PostgreSQL', () => {
    const s = compose.services;
    const roles = TEMPORAL_SERVICES.map((name) => {
      const svc = s[name]!;
      expect(svc.image, name).toBe(`temporalio/server:${SERVER_VERSION}`);
      const env = svc.environment!;
      expect(env.DB, name).toBe('postgres12');
      expect(env.POSTGRES_SEEDS, name).toBe('postgres');
      expect(env.PUBLIC_FRONTEND_ADDRESS, name).toBe('temporal:7233');
      // Every service must agree on the shard count, and read the dynamic config npm run cluster uses.
      expect(env.NUM_HISTORY_SHARDS, name).toBe(s.temporal!.environment!.NUM_HISTORY_SHARDS);
      const mount = svc.volumes?.find((v) => v.startsWith('./deploy/temporal/dynamicconfig.yaml:'));
      expect(mount, name).toBeTruthy();
      expect(mount!.split(':')[1]).toBe(env.DYNAMIC_CONFIG_FILE_PATH);
      expect(svc.depends_on?.['temporal-schema']?.condition, name).toBe('service_completed_successfully');
      return env.TEMPORAL_SERVICES;
    });
    expect(roles.sort()).toEqual([...SERVICES].sort());
    expect(s.temporal!.environment!.TEMPORAL_SERVICES).toBe('frontend');
    const dynamic = parse(fs.readFileSync(DYNAMIC_CONFIG, 'utf8')) as Record<string, { value: unknown }[]>;
    expect(dynamic['history.maxInFlightUpdates']?.[0]?.value).toBe(200);
  });

  it('sets up both Temporal schemas with the same version of temporal-sql-tool', () => {
    const job = compose.services['temporal-schema']!;
    expect(job.image).toBe(`temporalio/admin-tools:${SERVER_VERSION}`);
    expect(job.environment!.SQL_PLUGIN).toBe('postgres12');
    const script = (job.command ?? []).join('\n');
    expect(script).toContain('setup-schema -v 0.0');
    expect(script).toContain('postgresql/v12/$$schema');
    expect(script).toMatch(/temporal:temporal temporal_visibility:visibility/);
  });
});
