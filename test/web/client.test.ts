/**
 * The web app's API types are generated from the API's own OpenAPI document (no hand-written API
 * types): this fails when web/src/api/openapi.d.ts no longer matches /docs/json — run
 * `npm run gen:web-client` and commit the result.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, generateClientTypes, openApiDocument } from '../../scripts/lib/openapi-client.js';

describe('generated web client', () => {
  it('web/src/api/openapi.d.ts is what /docs/json generates now', async () => {
    const fresh = await generateClientTypes();
    const committed = fs.readFileSync(CLIENT_TYPES_FILE, 'utf8');
    expect(committed === fresh, 'web/src/api/openapi.d.ts is stale: run `npm run gen:web-client` and commit it').toBe(true);
  }, 120_000);

  it('the document has the routes the app uses and none of its pages', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, unknown> };
    for (const p of ['/v1/tasks', '/v1/cases/{id}', '/v1/tasks/{id}/complete', '/v1/cases/{id}/history/verify', '/v1/ops/overdue', '/v1/dev/token', '/v1/calendar/working-days-left']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/v1/') && !['/healthz', '/readyz', '/metrics'].includes(p))).toEqual([]);
  }, 120_000);
});
