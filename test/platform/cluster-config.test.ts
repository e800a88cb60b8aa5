/**
 * The static configuration `npm run cluster` writes for the four Temporal services (scripts/cluster/).
 * The cluster itself takes minutes to build and start, so it runs in `npm run test:cluster`, not here;
 * this checks what each service is given, as data.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DYNAMIC_CONFIG, historyShards, membershipPort, serverConfig, SERVICES, type ServiceName, type ServicePorts } from '../../scripts/cluster/temporal-config.js';

const ports = (base: number): ServicePorts => ({ grpc: base, membership: base - 20_000, metrics: base + 2, pprof: base + 3 });
const all = { frontend: { ...ports(40_000), http: 40_005 }, history: ports(41_000), matching: ports(42_000), worker: ports(43_000) } as Record<ServiceName, ServicePorts>;
const db = { host: '127.0.0.1', port: 5432, user: 'postgres', password: 'pw' };

describe('scripts/cluster/temporal-config.ts', () => {
  afterEach(() => {
    delete process.env.BANGFU_CLUSTER_SHARDS;
  });

  it('gives every service the same cluster and its own metrics and pprof ports', () => {
    const configs = SERVICES.map((service) => parse(serverConfig({ db, ports: all, service, shards: 4 })));
    for (const [i, c] of configs.entries()) {
      const service = SERVICES[i]!;
      expect(c.persistence.numHistoryShards).toBe(4);
      expect(c.persistence.datastores.default.sql).toMatchObject({ pluginName: 'postgres12', databaseName: 'temporal', connectAddr: '127.0.0.1:5432' });
      expect(c.persistence.datastores.visibility.sql.databaseName).toBe('temporal_visibility');
      expect(c.global.metrics.prometheus.listenAddress).toBe(`127.0.0.1:${all[service].metrics}`);
      expect(c.global.pprof.port).toBe(all[service].pprof);
      expect(c.publicClient.hostPort).toBe('127.0.0.1:40000');
      expect(c.dynamicConfigClient.filepath).toBe(DYNAMIC_CONFIG);
      for (const s of SERVICES) {
        expect(c.services[s].rpc.grpcPort).toBe(all[s].grpc);
        // cluster_membership.rpc_port is a SMALLINT in Temporal's schema.
        expect(c.services[s].rpc.membershipPort).toBeLessThan(32_768);
      }
    }
    expect(configs[0].services.frontend.rpc.httpPort).toBe(40_005);
    expect(fs.existsSync(DYNAMIC_CONFIG)).toBe(true);
  });

  it('picks membership ports below 32768 (Temporal stores them as SMALLINT), each once', async () => {
    const picked = await Promise.all(Array.from({ length: 8 }, () => membershipPort()));
    for (const p of picked) {
      expect(p).toBeGreaterThanOrEqual(20_000);
      expect(p).toBeLessThan(32_768);
    }
    expect(new Set(picked).size).toBe(8);
  });

  it('reads the shard count from BANGFU_CLUSTER_SHARDS and refuses a bad one', () => {
    expect(historyShards()).toBe(4);
    process.env.BANGFU_CLUSTER_SHARDS = '16';
    expect(historyShards()).toBe(16);
    process.env.BANGFU_CLUSTER_SHARDS = 'many';
    expect(() => historyShards()).toThrow(/BANGFU_CLUSTER_SHARDS: expected a whole number/);
  });
});
