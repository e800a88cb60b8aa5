/**
 * The Bangfu HTTP API as a Fastify app built from its dependencies (not listening: the start script
 * listens, tests use `inject`). Order: compilers and error handling, documentation, auth and
 * idempotency, then the routes. The API only validates, authorises and delegates — to the case
 * workflows (Temporal) for actions, to the database projection for reads.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createMetrics } from '../platform/metrics.js';
import { createCaseLocks } from './case-lock.js';
import type { AppDeps } from './context.js';
import { maskIdNumbersInText } from './masking.js';
import { authPlugin } from './plugins/auth.js';
import { idempotencyPlugin } from './plugins/idempotency.js';
import { problemPlugin } from './plugins/problem.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { textGuardPlugin } from './plugins/text-guard.js';
import audit from './routes/audit.js';
import calculations from './routes/calculations.js';
import dev from './routes/dev.js';
import filters from './routes/filters.js';
import apply from './routes/apply.js';
import cases from './routes/cases.js';
import health from './routes/health.js';
import metrics from './routes/metrics.js';
import ops from './routes/ops.js';
import opsAdmin from './routes/ops-admin.js';
import retirees from './routes/retirees.js';
import security from './routes/security.js';
import tasks from './routes/tasks.js';
import workdays from './routes/workdays.js';
import { webAppPlugin } from './webapp.js';
import disclosure from './routes/disclosure.js';
import rolls from './routes/rolls.js';
import schedules from './routes/schedules.js';
import visits from './routes/visits.js';

export type { AppDeps, Readiness } from './context.js';

type OpenApiDoc = { paths?: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>> };

/**
 * Every error answer is problem+json (RFC 9457; api/plugins/problem.ts), so the document says so: the
 * zod type provider writes each response as application/json, and here 4xx/5xx become
 * application/problem+json, and a 204 has no content (Schemathesis checks documented content types
 * against the answers).
 */
function problemContentTypes<T extends OpenApiDoc>(doc: T): T {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const [status, r] of Object.entries(op?.responses ?? {})) {
        if (status === '204') delete r.content; // no content, no content type
        else if (Number(status) >= 400 && r.content?.['application/json']) {
          r.content = { 'application/problem+json': r.content['application/json'] };
        }
      }
    }
  }
  const metrics = doc.paths?.['/metrics']?.get;
  if (metrics?.responses && !metrics.responses['200']) {
    metrics.responses['200'] = { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } as never;
  }
  return doc;
}

const DOCS = '/docs';

export function buildApp(deps: AppDeps): FastifyInstance {
  const logger = deps.logger === undefined || deps.logger === false ? false : deps.logger === true ? { level: 'info' } : deps.logger;
  const app = Fastify({
    logger: logger === false ? false : loggerOptions(logger as Record<string, unknown>),
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    // Longer path parameters reach the schemas (a 400 naming the parameter) instead of a bare 414.
    routerOptions: { maxParamLength: 1000 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('caseLock', createCaseLocks());
  app.decorate('metrics', createMetrics({ db: deps.db, workerMetricsUrl: deps.workerMetricsUrl }));
  app.addHook('onResponse', async (request, reply) => {
    app.metrics.observeRequest(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode, reply.elapsedTime / 1000);
  });

  app.register(problemPlugin);
  app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Bangfu (帮扶) API',
        version: '1',
        description:
          'Hardship assistance for veterans (困难退役军人帮扶援助): applications, township review, county approval, publication, appeal and payment, ' +
          'each case a durable workflow. Errors are application/problem+json (RFC 9457). Parameters marked "not in seeds" are our defaults and regional parameters.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
      tags: [
        { name: 'cases', description: 'applications and the actions on a case' },
        { name: 'tasks', description: 'officials\' inbox and decisions' },
        { name: 'payments', description: 'disbursement' },
        { name: 'calculations', description: 'benefit previews with breakdowns' },
        { name: 'audit', description: 'history (as of any instant), verification, export' },
        { name: 'retirees', description: 'retired cadres (军休, 004): intake, travel, contacts, medical claims, reports, care' },
        { name: 'duties', description: 'standing duties: rolls, visits, public disclosure (issue 13)' },
        { name: 'ops', description: 'overdue and due-soon steps, counts, calendar coverage, calendar and parameter admin' },
        { name: 'metrics', description: 'Prometheus metrics' },
        { name: 'health', description: 'liveness and readiness' },
        { name: 'dev', description: 'local sign-in for the web app (only where no public key is configured)' },
      ],
    },
    transform: createJsonSchemaTransform({
      skipList: [DOCS, `${DOCS}/`, `${DOCS}/json`, `${DOCS}/yaml`, `${DOCS}/initOAuth`, `${DOCS}/uiConfig`, `${DOCS}/static/*`, `${DOCS}/*`],
    }),
    transformObject: (doc) => ('openapiObject' in doc ? problemContentTypes(doc.openapiObject as OpenApiDoc) : doc.swaggerObject) as never,
  });
  app.register(swaggerUi, { routePrefix: DOCS });
  // NUL and lone surrogates → 400 naming the field, before any route sees them (issue 16 item 13).
  app.register(textGuardPlugin);
  app.register(authPlugin, { secrets: deps.secrets, auth: deps.auth });
  app.register(idempotencyPlugin);

  app.register(health);
  app.register(metrics);
  app.register(
    async function v1(scope) {
      scope.addHook('onRequest', scope.authenticate);
      await registerRateLimit(scope, deps.rateLimit);
      await scope.register(apply);
      await scope.register(cases);
      await scope.register(audit);
      await scope.register(tasks);
      await scope.register(calculations);
      await scope.register(ops);
      await scope.register(opsAdmin);
      await scope.register(workdays);
      await scope.register(filters);
      await scope.register(retirees);
      // Standing duties (issue 13)
      await scope.register(rolls);
      await scope.register(visits);
      await scope.register(disclosure);
      await scope.register(schedules);
      await scope.register(security);
    },
    { prefix: '/v1' },
  );
  app.register(dev);
  // The officials' web app at / (web/, built into dist/web): its own security headers, SPA fallback.
  app.register(webAppPlugin);
  return app;
}

/**
 * Logs never carry personal data (PIPL): request bodies are never logged, credentials and the
 * applicant's fields are redacted wherever they appear in a logged object, and every line is scrubbed
 * of anything shaped like an 18-character ID number on its way out (an error message quoting one).
 */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'body',
  'applicant',
  'idNumber',
  '*.applicant',
  '*.idNumber',
  '*.*.idNumber',
  'err.meta',
];

function loggerOptions(opts: Record<string, unknown>): Record<string, unknown> {
  const dest = (opts.stream as { write(s: string): unknown } | undefined) ?? process.stdout;
  return {
    ...opts,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
    stream: { write: (line: string) => dest.write(maskIdNumbersInText(line)) },
  };
}
