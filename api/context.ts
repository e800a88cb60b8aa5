/**
 * What the API is built from (injected: the caller owns and closes the clients) and the request
 * decorations the plugins add.
 */
import type { Client } from '@temporalio/client';
import type { Metrics } from '../platform/metrics.js';
import type { Secrets } from '../platform/secrets.js';
import type { Db } from '../store/db.js';
import type { Actor, Role } from '../workflows/definitions.js';
import type { RateLimitConfig } from './plugins/rate-limit.js';
import type { AuthConfig } from './tokens.js';

export interface Readiness {
  ready: boolean;
  parts: Record<string, string>;
}

export interface AppDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  secrets: Secrets;
  auth: AuthConfig;
  /** Readiness probe supplied by the start script (database migrated, Temporal reachable, worker polling). */
  readiness?: () => Promise<Readiness>;
  logger?: boolean | object;
  /** How long an HTTP request waits for the workflow to answer (default 30 s). */
  workflowTimeoutMs?: number;
  /** The API's clock (default: the system clock); tests on a time-skipping server pass its clock. */
  clock?: () => Date;
  /** With BANGFU_METRICS_PORT: metrics only on that port (api/routes/metrics.ts), not on the API's. */
  metricsPort?: number;
  /** Per-subject rate limit on /v1 (api/plugins/rate-limit.ts); none when absent. */
  rateLimit?: RateLimitConfig;
  /** The worker's SDK metrics endpoint (platform/metrics.ts installWorkerMetrics), appended to GET /metrics. */
  workerMetricsUrl?: string;
  /**
   * After how long a pending Idempotency-Key reservation counts as its holder's death (default 2 min).
   * The holder renews it while it runs, so only a request that died is taken over (issue 16 item 16).
   */
  idempotencyStaleMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Serialises the API's actions on one case within this process. */
    caseLock: <T>(caseId: string, fn: () => Promise<T>) => Promise<T>;
    metrics: Metrics;
  }
  interface FastifyRequest {
    /** The authenticated caller (set by the auth plugin on /v1 routes). */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The caller needs at least one of these roles (403 otherwise). */
    roles?: readonly Role[];
    /** Idempotency-Key honoured; 'required': refused without it (payments, issue 16 item 16). */
    idempotent?: boolean | 'required';
    /** Name of the action for the audit log of refusals. */
    action?: string;
    /** Where the route's :id points, so a role refusal is recorded on the right case. */
    idOf?: 'case' | 'task';
  }
}

/** The caller, after the auth hook ran (routes under /v1 always have one). */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new Error('route without authentication');
  return req.actor;
}
