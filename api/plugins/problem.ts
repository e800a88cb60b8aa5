/**
 * One error handler for the whole API: every error leaves as application/problem+json (RFC 9457).
 * Validation → 400 naming each failing field by its path; the API's refusals → their status and code;
 * anything unexpected → 500 (or 503 when a dependency is down) with no internals in the body.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { Problem, fromTemporal, unavailable, type FieldError } from '../errors.js';
import { named } from './named.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const slug = (code: string) => code.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function problemBody(p: Problem, instance?: string): Record<string, unknown> {
  return {
    type: `urn:bangfu:problem:${slug(p.code)}`,
    title: p.title,
    status: p.status,
    ...(p.detail !== undefined ? { detail: p.detail } : {}),
    ...(instance ? { instance } : {}),
    code: p.code,
    ...p.extra,
  };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  for (const [k, v] of Object.entries(p.headers)) reply.header(k, v);
  return reply.code(p.status).type(PROBLEM_CONTENT_TYPE).send(problemBody(p, reply.request.url.split('?')[0]));
}

/** `/applicant/idNumber` → `applicant.idNumber`; the root becomes the part's name (e.g. `body`). */
function fieldPath(instancePath: string, context: string): string {
  const p = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return p === '' ? context : p;
}

function validationProblem(err: FastifyError): Problem {
  const context = err.validationContext ?? 'body';
  const errors: FieldError[] = (err.validation ?? []).map((v) => ({
    path: fieldPath(v.instancePath ?? '', context),
    in: context,
    message: v.message ?? 'invalid',
  }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ') || err.message;
  return new Problem(400, 'VALIDATION', 'The request is not valid', detail, { errors });
}

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  if (err instanceof Problem) return err;
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || (Array.isArray(fe?.validation) && fe.validation.length > 0)) {
    return validationProblem(fe);
  }
  if (fe && typeof fe === 'object' && !isResponseSerializationError(fe as never) && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong media type, body too large): their messages are safe.
    return new Problem(fe.statusCode, fe.code ?? 'BAD_REQUEST', 'The request could not be processed', fe.message);
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ err }, 'database unavailable');
    return unavailable('the database is not reachable; try again shortly');
  }
  const t = fromTemporal(err, 'WRONG_STATE');
  if (t && t.status >= 500) {
    request.log.warn({ err }, 'dependency unavailable');
    return t;
  }
  request.log.error({ err }, 'unexpected error');
  return new Problem(500, 'INTERNAL', 'Internal error', 'something went wrong on our side; it has been logged');
}

export const problemPlugin = named('bangfu-problem', async function problemPlugin(app: FastifyInstance) {
  app.setErrorHandler((err, request, reply) => {
    const p = toProblem(err, request);
    if (p.status >= 500 && !(err instanceof Problem)) reply.log.debug('5xx returned as problem');
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((request, reply) => {
    return sendProblem(reply, new Problem(404, 'NO_ROUTE', 'Not found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
});

/** Connection-level database failures (not query errors): the caller may retry. */
function isDatabaseUnavailable(err: unknown): boolean {
  for (let cur = err, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    // A raw query (P2010) carries the driver's error in meta.driverAdapterError, e.g. 57P01/57P03 while
    // PostgreSQL restarts.
    const driver = (cur as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } }).meta?.driverAdapterError?.cause;
    const code = String((cur as { code?: unknown }).code ?? '');
    if (driver?.kind === 'DatabaseNotReachable' || ['57P01', '57P03', '08006', '08001'].includes(String(driver?.originalCode ?? ''))) return true;
    if (['P1001', 'P1002', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(code)) return true;
    if (/ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|DatabaseNotReachable|Can't reach database server|terminating connection due to administrator command|the database system is (shutting down|starting up)/i.test(String((cur as Error).message ?? ''))) return true;
  }
  return false;
}
