/**
 * The one place Bangfu reads its environment. Every variable is validated with zod; a bad or missing
 * value stops start-up with a message naming the variable and what was expected.
 * The README's "Configuration" table lists the same variables (test/platform/config.test.ts keeps the
 * two, and docker-compose.yml, in step).
 */
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'expected a port number' })
  .int('expected a whole port number')
  .min(1, 'expected a port from 1 to 65535')
  .max(65535, 'expected a port from 1 to 65535');

const hostPort = z
  .string()
  .regex(/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:7233');

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// or postgresql:// connection URL');

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Variables, their schema and their meaning (the README table is generated from the same words). */
export const ENV_SCHEMA = {
  PORT: port.default(3000).describe('HTTP port of the API'),
  HOST: z.string().min(1).default('127.0.0.1').describe('interface the API listens on'),
  BANGFU_DATA_DIR: z.string().min(1).default('.bangfu').describe('data directory for the embedded PostgreSQL, Temporal SQLite file and local secrets'),
  DATABASE_URL: postgresUrl.optional().describe('PostgreSQL used by the app; unset = embedded PostgreSQL under the data directory'),
  MIGRATION_DATABASE_URL: postgresUrl.optional().describe('owner connection used to apply migrations (defaults to DATABASE_URL)'),
  BANGFU_PG_PORT: port.optional().describe('port of the embedded PostgreSQL (default: a free port, remembered in the data directory)'),
  TEMPORAL_ADDRESS: hostPort.optional().describe('Temporal frontend host:port; unset = embedded Temporal dev server'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('bangfu').describe('Temporal namespace (registered at start if missing)'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('bangfu-cases').describe('task queue of the case workflows'),
  TEMPORAL_TLS_CA: z.string().min(1).optional().describe('file: CA certificate (PEM) that signed the Temporal frontend\'s certificate; with TEMPORAL_TLS_CERT/KEY, mTLS to Temporal'),
  TEMPORAL_TLS_CERT: z.string().min(1).optional().describe('file: this client\'s certificate (PEM) for mTLS to Temporal'),
  TEMPORAL_TLS_KEY: z.string().min(1).optional().describe('file: this client\'s private key (PEM) for mTLS to Temporal'),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional().describe('name the Temporal frontend\'s certificate is checked against (default: the host of TEMPORAL_ADDRESS)'),
  TEMPORAL_UI_PORT: port.optional().describe('port of the embedded Temporal Web UI (default: a free port)'),
  BANGFU_JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional().describe('HS256 secret for local tokens (default: generated into the data directory)'),
  BANGFU_JWT_PUBLIC_KEY: z.string().min(1).optional().describe('PEM public key (EdDSA or RS256) for production tokens; when set, HS256 is refused'),
  BANGFU_JWT_ISSUER: z.string().min(1).optional().describe('required `iss` of tokens (must be set with BANGFU_JWT_PUBLIC_KEY)'),
  BANGFU_JWT_AUDIENCE: z.string().min(1).optional().describe('required `aud` of tokens (must be set with BANGFU_JWT_PUBLIC_KEY)'),
  BANGFU_JWT_MAX_AGE: z.coerce
    .number({ error: 'expected a number of seconds' })
    .int('expected whole seconds')
    .min(60, 'expected at least 60 seconds')
    .max(7 * 24 * 3600, 'expected at most 604800 seconds (7 days)')
    .default(12 * 3600)
    .describe('oldest token accepted, in seconds since its `iat` (tokens must carry `iat`)'),
  BANGFU_METRICS_PORT: port.optional().describe('when set, GET /metrics is served only on this separate port (bind it to an internal interface); otherwise /metrics on the API port needs an ops token'),
  BANGFU_RATE_LIMIT: z.coerce
    .number({ error: 'expected a number of requests' })
    .int('expected a whole number')
    .min(1, 'expected at least 1')
    .default(600)
    .describe('requests per minute per authenticated subject (per address before authentication)'),
  BANGFU_PERSON_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'expected 32 bytes in base64 (44 characters)')
    .optional()
    .describe('key material (base64, 32 bytes) of the versioned person key (HKDF; one open case per matter, yearly caps); never the payload key (default: generated into the data directory)'),
  BANGFU_ACTOR_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'expected 32 bytes in base64 (44 characters)')
    .optional()
    .describe('HMAC-SHA256 key (base64, 32 bytes) the API signs workflow updates with and the worker checks them with; the same on both (default: generated into the data directory)'),
  BANGFU_PAYLOAD_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'expected 32 bytes in base64 (44 characters)')
    .optional()
    .describe('AES-256-GCM key for personal data in Temporal payloads (default: generated into the data directory)'),
  BANGFU_PAYLOAD_OLD_KEYS: z.string().optional().describe('comma-separated retired payload keys (base64), still accepted for decryption during key rotation'),
  BANGFU_AUDIT_SIGNING_KEY: z.string().min(1).optional().describe('Ed25519 private key (PEM, PKCS#8) that signs the audit checkpoints; keep it outside the database (default: generated into the data directory as audit-signing-key.pem)'),
  BANGFU_AUDIT_PUBLIC_KEY: z.string().min(1).optional().describe('Ed25519 public key (PEM) `bangfu audit verify` checks checkpoint signatures with (default: derived from the signing key)'),
  BANGFU_AUDIT_CHECKPOINTS: z.string().min(1).optional().describe('file the signed audit checkpoints are appended to, one JSON line each; keep it outside the database (default: audit-checkpoints.jsonl in the data directory)'),
  BANGFU_WORKFLOW_STACK_TRACES: z
    .enum(['0', '1'], { error: 'expected 1 (on) or 0 (off)' })
    .default('0')
    .describe('1: the worker keeps the Temporal SDK\'s per-promise stack capture, so the `__stack_trace` query (the Temporal UI\'s "Stack Trace" tab) answers; it costs about a third of the worker\'s CPU, so it is for debugging'),
  LOG_LEVEL: logLevel.default('info').describe('log level'),
} as const;

const schema = z.object(ENV_SCHEMA);
export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Empty strings count as unset. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env & { dataDir: string } {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(ENV_SCHEMA)) {
    const v = source[key];
    picked[key] = v === undefined || v.trim() === '' ? undefined : v.trim();
  }
  const parsed = schema
    .superRefine((e, ctx) => {
      // mTLS to Temporal (production compose, issue 16 item 4): a client certificate comes with its key.
      const tls = (['TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY'] as const).filter((v) => e[v]);
      if (tls.length === 1) {
        const missing = tls[0] === 'TEMPORAL_TLS_CERT' ? 'TEMPORAL_TLS_KEY' : 'TEMPORAL_TLS_CERT';
        ctx.addIssue({ code: 'custom', path: [missing], message: `required with ${tls[0]} (a client certificate and its key)` });
      }
      // A production identity provider's tokens are only trusted for this service and from that issuer
      // (issue 16 item 14).
      if (e.BANGFU_JWT_PUBLIC_KEY) {
        for (const v of ['BANGFU_JWT_ISSUER', 'BANGFU_JWT_AUDIENCE'] as const) {
          if (!e[v]) ctx.addIssue({ code: 'custom', path: [v], message: 'required when BANGFU_JWT_PUBLIC_KEY is set' });
        }
      }
    })
    .safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        variable: String(i.path[0] ?? '?'),
        message: `${i.message}${picked[String(i.path[0])] !== undefined ? ` (got ${JSON.stringify(picked[String(i.path[0])])})` : ''}`,
      })),
    );
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.BANGFU_DATA_DIR) };
}

export const ENV_VARIABLES = Object.keys(ENV_SCHEMA);
