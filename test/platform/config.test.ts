/**
 * The configuration contract: one zod-validated module; a bad value names the variable and what was
 * expected; the README documents every variable; docker-compose.yml sets only variables it reads.
 */
import fs from 'node:fs';
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
  const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as {
    services: Record<
      string,
      { image?: string; build?: unknown; command?: string[]; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; depends_on?: Record<string, { condition?: string }> }
    >;
  };
  const TEMPORAL_SERVICES = ['temporal', 'temporal-history', 'temporal-matching', 'temporal-worker'];

  it('has PostgreSQL, Temporal, its UI, and Bangfu worker and API built from the Dockerfile', () => {
    const s = compose.services;
    expect(Object.keys(s).sort()).toEqual(['bangfu-api', 'bangfu-worker', 'postgres', ...TEMPORAL_SERVICES, 'temporal-schema', 'temporal-ui'].sort());
    expect(s.postgres!.image).toMatch(/^postgres:/);
    expect(s.temporal!.image).toMatch(/^temporalio\/(auto-setup|server)/);
    expect(s['temporal-ui']!.image).toMatch(/^temporalio\/ui/);
    expect(s['bangfu-worker']!.command).toEqual(['npm', 'run', 'worker']);
    expect(s['bangfu-api']!.command).toEqual(['npm', 'run', 'api']);
    expect(s['bangfu-api']!.build).toBeTruthy();
    expect(fs.readFileSync('Dockerfile', 'utf8')).toMatch(/FROM .* AS runtime/);
  });

  it('publishes the expected ports', () => {
    const s = compose.services;
    expect(s['bangfu-api']!.ports).toContain('3000:3000');
    expect(s.temporal!.ports).toContain('7233:7233');
    expect(s['temporal-ui']!.ports).toContain('8080:8080');
    expect(s.postgres!.ports).toContain('5432:5432');
  });

  it('sets on Bangfu services only variables the config module reads, and they are valid', () => {
    for (const name of ['bangfu-worker', 'bangfu-api']) {
      const envs = compose.services[name]!.environment ?? {};
      for (const key of Object.keys(envs)) expect(ENV_VARIABLES, `${name}: ${key}`).toContain(key);
      // Substitute the compose defaults (${VAR:-default}) and validate like start-up would.
      const resolved: Record<string, string> = {};
      for (const [k, v] of Object.entries(envs)) {
        resolved[k] = String(v).replace(/\$\{[A-Z_]+(?::-([^}]*)|:\?[^}]*)?\}/g, (_m, d) => d ?? Buffer.alloc(32, 1).toString('base64'));
      }
      expect(() => loadEnv(resolved)).not.toThrow();
    }
    expect(compose.services['bangfu-api']!.environment!.TEMPORAL_ADDRESS).toBe('temporal:7233');
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
