/**
 * GET /metrics in the Prometheus text format (platform/metrics.ts).
 *
 * Access (issue 16 item 17): on the API's port a Bearer token with the ops role, always — loopback is
 * no proof of anything behind a same-host proxy, where every caller is loopback. Or, with
 * BANGFU_METRICS_PORT, the metrics are served only on that separate port (no token; bind it to an
 * interface only Prometheus reaches) and the API's port has no /metrics at all. The metrics hold
 * counts by step, county and payment item: no personal data.
 */
import http from 'node:http';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { problems } from '../schemas.js';

const metrics: FastifyPluginAsync = async (app) => {
  if (app.deps.metricsPort !== undefined) return;
  app.get(
    '/metrics',
    {
      config: { roles: ['ops'], action: 'read_metrics' },
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => app.authenticate(request, reply),
      schema: {
        summary: 'Prometheus metrics (text format): open cases, overdue steps, payments, HTTP latency, worker SDK metrics',
        description: 'A Bearer token with the ops role (Prometheus `authorization` / `bearer_token_file`), from any address; or, with BANGFU_METRICS_PORT set, only on that separate port.',
        tags: ['metrics'],
        security: [{ bearer: [] }],
        // 200 is the Prometheus text format (documented as text/plain in api/app.ts's OpenAPI transform).
        response: { ...problems(401, 403) },
      },
    },
    async (_request, reply) => {
      const { contentType, body } = await app.metrics.render();
      return reply.type(contentType).send(body);
    },
  );
};

/** The metrics alone on their own port (BANGFU_METRICS_PORT): GET /metrics, nothing else. */
export async function serveMetricsSeparately(app: FastifyInstance, port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    app.metrics.render().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (err: unknown) => {
        app.log.error({ err }, 'metrics scrape failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(`BANGFU_METRICS_PORT: port ${port} is already in use on ${host}`) : e));
    server.listen(port, host, () => resolve());
  });
  return { url: `http://${host}:${port}/metrics`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export default metrics;
