/**
 * The typed API client: openapi-fetch over the types generated from /docs/json (openapi.d.ts; no API
 * type is written by hand). The bearer token is added by a middleware from the session — it is never
 * put in a URL. Errors come back as RFC 9457 problem+json; `problemText` makes the message shown.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi';
import { session } from '../session';

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: infer R }
  ? R extends Record<S, { content: { 'application/json': infer J } }>
    ? J
    : never
  : never;

export type CaseView = Json<'/v1/cases/{id}', 'get', 200>;
export type Step = CaseView['steps'][number];
export type TaskItem = Json<'/v1/tasks', 'get', 200>['items'][number];
export type OpsStep = Json<'/v1/ops/overdue', 'get', 200>['items'][number];
export type OpsStats = Json<'/v1/ops/stats', 'get', 200>;
export type HistoryView = Json<'/v1/cases/{id}/history', 'get', 200>;
export type VerifyView = Json<'/v1/cases/{id}/history/verify', 'get', 200>;
export type CaseStatus = CaseView['status'];
export type TaskType = Step['type'];
export type Role = Json<'/v1/dev/token', 'get', 200>['roles'][number];
export type Problem = { title?: string; detail?: string; status?: number; code?: string; errors?: { path: string; message: string }[] };

const auth: Middleware = {
  onRequest({ request }) {
    const t = session.token();
    if (t) request.headers.set('authorization', `Bearer ${t}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && session.token()) session.expired();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

/** The API's message for a refusal (detail, else title), as the official should read it. */
export function problemText(e: unknown, status?: number): string {
  const p = (e ?? {}) as Problem;
  const msg = p.detail ?? p.title ?? '请求失败';
  return `${status ?? p.status ?? ''} ${p.code ? `${p.code}：` : ''}${msg}`.trim();
}
