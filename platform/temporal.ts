/**
 * Connecting to Temporal, and registering what Bangfu needs on it (namespace, search attributes),
 * idempotently: safe on every start, against the embedded dev server or an existing cluster.
 */
import fs from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time.js';
import proto from '@temporalio/proto';

const { temporal } = proto; // CommonJS package: named ESM imports fail under plain Node
import { SEARCH_ATTRIBUTES } from '../workflows/definitions.js';
import { signingInterceptors } from './actor-signing.js';

const INDEXED = temporal.api.enums.v1.IndexedValueType;
const TYPE_OF: Record<string, number> = {
  KEYWORD: INDEXED.INDEXED_VALUE_TYPE_KEYWORD,
  BOOL: INDEXED.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: INDEXED.INDEXED_VALUE_TYPE_DATETIME,
  TEXT: INDEXED.INDEXED_VALUE_TYPE_TEXT,
  INT: INDEXED.INDEXED_VALUE_TYPE_INT,
  DOUBLE: INDEXED.INDEXED_VALUE_TYPE_DOUBLE,
  KEYWORD_LIST: INDEXED.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** mTLS to the Temporal frontend (production compose: certificates made by deploy/gen-certs.sh, issue 16 item 4). */
export interface TemporalTls {
  serverRootCACertificate?: Buffer;
  serverNameOverride?: string;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

/** The TLS settings from TEMPORAL_TLS_* (files), or undefined for a plaintext connection (the embedded dev server). */
export function temporalTls(env: { TEMPORAL_TLS_CA?: string; TEMPORAL_TLS_CERT?: string; TEMPORAL_TLS_KEY?: string; TEMPORAL_TLS_SERVER_NAME?: string }): TemporalTls | undefined {
  if (!env.TEMPORAL_TLS_CA && !env.TEMPORAL_TLS_CERT && !env.TEMPORAL_TLS_SERVER_NAME) return undefined;
  const read = (variable: string, file: string) => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      throw new Error(`${variable}: cannot read ${file}: ${(e as Error).message}`);
    }
  };
  return {
    ...(env.TEMPORAL_TLS_CA ? { serverRootCACertificate: read('TEMPORAL_TLS_CA', env.TEMPORAL_TLS_CA) } : {}),
    ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
    ...(env.TEMPORAL_TLS_CERT && env.TEMPORAL_TLS_KEY ? { clientCertPair: { crt: read('TEMPORAL_TLS_CERT', env.TEMPORAL_TLS_CERT), key: read('TEMPORAL_TLS_KEY', env.TEMPORAL_TLS_KEY) } } : {}),
  };
}

export async function connectTemporal(address: string, opts: { timeoutMs?: number; tls?: TemporalTls } = {}): Promise<Connection> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await Connection.connect({ address, connectTimeout: 5_000, ...(opts.tls ? { tls: opts.tls } : {}) });
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`TEMPORAL_ADDRESS: could not reach Temporal at ${address}: ${(last as Error)?.message ?? last}`);
}

function isAlreadyExists(e: unknown): boolean {
  const code = (e as { code?: number }).code;
  return code === 6 || /already exists|AlreadyExists/i.test(String((e as Error)?.message));
}

/** Registers the namespace (if missing) and Bangfu's search attributes (if missing). */
export async function ensureNamespace(connection: Connection, namespace: string): Promise<void> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch {
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msToTs('180 days'),
        description: 'Bangfu hardship-assistance cases',
      });
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
    }
    // A new namespace takes a moment to become usable.
    for (let i = 0; i < 50; i++) {
      try {
        await connection.workflowService.describeNamespace({ namespace });
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const have = new Set(Object.keys(existing.customAttributes ?? {}));
  const missing: Record<string, number> = {};
  for (const sa of SEARCH_ATTRIBUTES) if (!have.has(sa.name)) missing[sa.name] = TYPE_OF[sa.type]!;
  if (Object.keys(missing).length > 0) {
    try {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
    }
  }
}

/** A client; with the actor key it signs every update it sends (platform/actor-signing.ts, issue 16 item 5). */
export function temporalClient(connection: Connection, namespace: string, dataConverter?: DataConverter, actorKey?: string): Client {
  const interceptors = signingInterceptors(actorKey);
  return new Client({ connection, namespace, dataConverter, ...(interceptors ? { interceptors } : {}) });
}
