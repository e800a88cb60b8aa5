/**
 * Local sign-in ("本地登录" in the web app): on a developer's machine, where the API verifies tokens
 * with the local HS256 secret (platform/secrets.ts), a developer picks a role and a jurisdiction and
 * gets the same token `npm run bangfu -- token` prints. The route exists only there: it answers 404
 * whenever a public key is configured (BANGFU_JWT_PUBLIC_KEY: tokens come from the identity provider)
 * and to any caller that is not on this machine (not a loopback address). Not under the /v1 auth hook:
 * it is how one gets a token in the first place.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../workflows/definitions.js';
import { Problem } from '../errors.js';
import { CountyCode, TownshipCode, problems } from '../schemas.js';
import { DEFAULT_TTL_SECONDS, mintToken } from '../tokens.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

const DevTokenBody = z
  .object({
    sub: z.string().trim().min(1).max(128).regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits and _ . @ - only'),
    roles: z.array(z.enum(ROLES)).min(1, 'pick at least one role').max(ROLES.length),
    county: CountyCode,
    township: TownshipCode.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.township && !b.township.startsWith(b.county)) ctx.addIssue({ code: 'custom', path: ['township'], message: `township ${b.township} is not in county ${b.county}` });
  });

const DevTokenInfo = z.object({ local: z.literal(true), roles: z.array(z.enum(ROLES)), ttlSeconds: z.number().int() });
const DevToken = z.object({ token: z.string(), sub: z.string(), roles: z.array(z.enum(ROLES)), county: z.string(), township: z.string().optional(), expiresAt: z.string() });

const dev: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  // onRequest, so even a malformed body is answered 404 where the route does not exist.
  async function localOnly(req: FastifyRequest): Promise<void> {
    if (deps.auth.publicKeyPem || !LOOPBACK.test(req.ip)) throw new Problem(404, 'NO_ROUTE', 'Not found', `no route ${req.method} ${req.url.split('?')[0]}`);
  }

  app.get(
    '/v1/dev/token',
    {
      onRequest: localOnly,
      schema: {
        summary: 'Local sign-in available? (404 when a public key is configured or the caller is not on this machine)',
        tags: ['dev'],
        security: [],
        response: { 200: DevTokenInfo, ...problems(404) },
      },
    },
    async () => {
      return { local: true as const, roles: [...ROLES], ttlSeconds: DEFAULT_TTL_SECONDS };
    },
  );

  app.post(
    '/v1/dev/token',
    {
      onRequest: localOnly,
      schema: {
        summary: 'Local sign-in: a token for a chosen role and jurisdiction, signed with the local HS256 secret',
        description: 'The same token `npm run bangfu -- token` prints. 404 whenever BANGFU_JWT_PUBLIC_KEY is configured (production tokens come from the identity provider) and for callers not on loopback.',
        tags: ['dev'],
        security: [],
        body: DevTokenBody,
        response: { 201: DevToken, ...problems(400, 404) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const token = await mintToken(deps.secrets.jwtSecret, { ...b, issuer: deps.auth.issuer, audience: deps.auth.audience });
      const expiresAt = new Date(Date.now() + DEFAULT_TTL_SECONDS * 1000).toISOString();
      reply.code(201).header('cache-control', 'no-store');
      return { token, sub: b.sub, roles: b.roles, county: b.county, ...(b.township ? { township: b.township } : {}), expiresAt };
    },
  );
};

export default dev;
