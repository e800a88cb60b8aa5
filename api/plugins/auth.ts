/**
 * Authentication (Bearer JWT, algorithms pinned; exp required; iss/aud when configured) and the route's
 * role requirement. No token → 401; a role that may not use the route → 403 (recorded on the case when
 * the route names one). Jurisdiction is checked by the routes against the case or task row.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { Problem, unauthorized } from '../errors.js';
import { recordRefusal } from '../refusals.js';
import { TokenError, createVerifier } from '../tokens.js';
import { findTask } from '../../store/tasks.js';
import { named } from './named.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook: authenticates the caller and checks the route's roles. */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

export const authPlugin = named('bangfu-auth', async function authPlugin(app: FastifyInstance, opts: Pick<AppDeps, 'secrets' | 'auth'>) {
  const verify = createVerifier(opts.secrets.jwtSecret, opts.auth);
  app.decorateRequest('actor', null);

  app.decorate('authenticate', async function authenticate(request: FastifyRequest) {
    const header = request.headers.authorization;
    if (!header) throw unauthorized('send Authorization: Bearer <token> (get one with `npm run --silent bangfu -- token …`)');
    const m = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(header);
    if (!m) throw unauthorized('the Authorization header must be "Bearer <token>"');
    try {
      request.actor = await verify(m[1]!);
    } catch (e) {
      if (e instanceof TokenError) throw unauthorized(e.message);
      throw e;
    }
    const roles = request.routeOptions.config.roles;
    if (roles && !roles.some((r) => request.actor!.roles.includes(r))) {
      const p = new Problem(403, 'WRONG_ROLE', 'Your role may not do this', `this needs the role ${roles.join(' or ')}; you have ${request.actor.roles.join(', ') || 'none'}`);
      const caseId = await caseIdOfRoute(app, request);
      if (caseId) {
        await recordRefusal(app.deps.db, request.log, { caseId, actor: request.actor, action: request.routeOptions.config.action ?? request.routeOptions.url ?? 'unknown', problem: p, ip: request.ip, ...(request.routeOptions.config.idOf === 'task' ? { taskId: idParam(request) } : {}) });
      }
      throw p;
    }
  });
});

function idParam(request: FastifyRequest): string | undefined {
  const id = (request.params as Record<string, unknown> | undefined)?.id;
  return typeof id === 'string' && id.length <= 120 ? id : undefined;
}

async function caseIdOfRoute(app: FastifyInstance, request: FastifyRequest): Promise<string | null> {
  const id = idParam(request);
  const kind = request.routeOptions.config.idOf;
  if (!id || !kind) return null;
  if (kind === 'case') return id;
  const t = await findTask(app.deps.db, id).catch(() => null);
  return t?.caseId ?? null;
}
