/**
 * GET /metrics in the Prometheus text format (platform/metrics.ts).
 *
 * Access: a Prometheus scraping over loopback (the usual sidecar / node-local agent, and `npm start`,
 * whose API binds 127.0.0.1) needs no token — that is how Prometheus scrapes. From any other address
 * the caller needs a Bearer token with the ops role (Prometheus `authorization` / `bearer_token_file`),
 * so exposing the API on another interface never exposes the metrics to anyone. The metrics hold
 * counts by step, county and payment item: no personal data.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

export function isLoopback(ip: string | undefined): boolean {
  if (!ip) return false;
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}

const metrics: FastifyPluginAsync = async (app) => {
  app.get(
    '/metrics',
    {
      config: { roles: ['ops'], action: 'read_metrics' },
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        if (!isLoopback(request.socket.remoteAddress)) await app.authenticate(request, reply);
      },
      schema: {
        summary: 'Prometheus metrics (text format): open cases, overdue steps, payments, HTTP latency, worker SDK metrics',
        description: 'No token needed from loopback; from elsewhere a Bearer token with the ops role.',
        tags: ['metrics'],
        security: [{}, { bearer: [] }],
      },
    },
    async (_request, reply) => {
      const { contentType, body } = await app.metrics.render();
      return reply.type(contentType).send(body);
    },
  );
};

export default metrics;
