/**
 * Where a running Bangfu is, for the command-line tools (audit verify, replay, token): the environment
 * first (DATABASE_URL, TEMPORAL_ADDRESS), else what `npm start` wrote into the data directory.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RuntimeInfo {
  pid: number;
  apiUrl: string | null;
  temporalAddress: string;
  namespace: string;
  databaseUrl: string;
  ownerDatabaseUrl: string;
  startedAt: string;
}

export const runtimeFile = (dataDir: string) => path.join(dataDir, 'runtime.json');

export function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): void {
  fs.writeFileSync(runtimeFile(dataDir), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function removeRuntimeInfo(dataDir: string): void {
  fs.rmSync(runtimeFile(dataDir), { force: true });
}

export function readRuntimeInfo(dataDir: string): RuntimeInfo | null {
  try {
    return JSON.parse(fs.readFileSync(runtimeFile(dataDir), 'utf8')) as RuntimeInfo;
  } catch {
    return null;
  }
}

export function locate(env: { DATABASE_URL?: string; MIGRATION_DATABASE_URL?: string; TEMPORAL_ADDRESS?: string; TEMPORAL_NAMESPACE: string; dataDir: string }) {
  const info = readRuntimeInfo(env.dataDir);
  const databaseUrl = env.DATABASE_URL ?? info?.databaseUrl;
  const ownerDatabaseUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL ?? info?.ownerDatabaseUrl;
  const temporalAddress = env.TEMPORAL_ADDRESS ?? info?.temporalAddress;
  const hint = `set DATABASE_URL and TEMPORAL_ADDRESS, or start Bangfu with npm start (data directory ${env.dataDir})`;
  return {
    databaseUrl: () => databaseUrl ?? fail(`no database to read: ${hint}`),
    ownerDatabaseUrl: () => ownerDatabaseUrl ?? fail(`no database to read: ${hint}`),
    temporalAddress: () => temporalAddress ?? fail(`no Temporal to read: ${hint}`),
    namespace: info?.namespace ?? env.TEMPORAL_NAMESPACE,
  };
}

function fail(message: string): never {
  throw new Error(message);
}
