/**
 * The web app's typed API client is generated from the OpenAPI document the API itself serves at
 * /docs/json (openapi-typescript), so no API type is written by hand. The app is built in-process and
 * asked with `inject`, as the tests do: nothing listens and no database or Temporal is contacted
 * (the document depends only on the route schemas).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { Client } from '@temporalio/client';
import { buildApp } from '../../api/app.js';
import type { Db } from '../../store/db.js';

export const CLIENT_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/api/openapi.d.ts');

const HEADER = `/**
 * GENERATED from the API's /docs/json by \`npm run gen:web-client\` (scripts/gen-web-client.ts) —
 * do not edit. test/web/client.test.ts fails when this file is stale.
 */
`;

/** The OpenAPI document as GET /docs/json answers it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = buildApp({
    db: {} as Db,
    temporal: {} as Client,
    taskQueue: 'unused',
    secrets: { jwtSecret: 'x'.repeat(43), payloadKey: Buffer.alloc(32).toString('base64'), oldPayloadKeys: [], personKey: Buffer.alloc(32, 1).toString('base64'), actorKey: Buffer.alloc(32, 2).toString('base64') },
    auth: {},
  });
  try {
    await app.ready();
    const r = await app.inject({ method: 'GET', url: '/docs/json' });
    if (r.statusCode !== 200) throw new Error(`/docs/json answered ${r.statusCode}`);
    return JSON.parse(r.body) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/**
 * Drops query parameters whose `schema` is not a schema object. fastify-type-provider-zod turns a
 * z.record() querystring (GET /v1/calculations/{kind}) into parameters named after the JSON Schema
 * keywords (`type: "object"`, `description: "…"`); openapi-typescript refuses those. The free-form
 * query is still typed by the route's other parameters and documented at /docs.
 */
export function sanitizeForClient(doc: Record<string, unknown>): Record<string, unknown> {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { parameters?: { schema?: unknown }[] }>>;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      if (op && Array.isArray(op.parameters)) op.parameters = op.parameters.filter((p) => typeof p.schema === 'object' && p.schema !== null);
    }
  }
  return doc;
}

/** The TypeScript source of the client types for the current API. */
export async function generateClientTypes(): Promise<string> {
  const doc = sanitizeForClient(await openApiDocument());
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
