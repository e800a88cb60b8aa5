/**
 * The officials' web app (web/, built by `npm run build:web` into dist/web) served by the API's own
 * Fastify at `/`: hashed assets under /assets/, and index.html for every page path so deep links
 * (/cases/{id}, /cases/{id}/history, /ops …) load the app. /v1, /docs and /metrics are untouched.
 *
 * Every response of this plugin carries the security headers: a Content-Security-Policy with no inline
 * scripts or styles and no other origin (the app calls only its own /v1), no framing, no referrer (a
 * case id in the path never leaks), nosniff. The token is never in a URL: the app sends it as a header.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { REPO_ROOT } from '../platform/repo-root.js';
import { Problem } from './errors.js';

/** dist/web under the project folder, from the sources and from the compiled dist/api/webapp.js alike. */
export const WEB_DIST = path.join(REPO_ROOT, 'dist/web');

/** The page paths of the single-page app (web/src/main.ts routes the same ones). */
export const WEB_PAGES = ['/', '/signin', '/inbox', '/intake', '/ops', '/cases/:id', '/cases/:id/history'] as const;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Encapsulated on purpose: the headers apply to the app's responses, not to /v1 or /docs. */
export async function webAppPlugin(app: FastifyInstance, opts: { root?: string }) {
  const root = opts.root ?? WEB_DIST;
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });
  const built = fs.existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: path.join(root, 'assets'),
      prefix: '/assets/',
      // Names carry a content hash: cache for good.
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
  for (const url of WEB_PAGES) {
    app.get(url, { schema: { hide: true } }, async (_req, reply) => {
      if (!built) throw new Problem(503, 'WEB_NOT_BUILT', 'The web app is not built', 'run `npm run build:web` (npm install does it)');
      // The page itself is always revalidated (it names the current hashed assets).
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', root, { cacheControl: false });
    });
  }
}
