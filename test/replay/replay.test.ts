/**
 * The replay gate (`npm run test:replay`): every committed case history (test/fixtures/histories, one
 * or more per path of the process) replays against the current workflow code without
 * non-determinism. A second test proves the gate bites on a deliberately incompatible change.
 * Regenerate the fixtures after an intended, patched() change: BANGFU_RECORD_HISTORIES=1 npx vitest run test/workflow
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { parseHistory, replayHistories } from '../../platform/replay.js';

const dir = path.resolve('test/fixtures/histories');
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { workflowId: string; history: unknown };
    return { file: f, workflowId: raw.workflowId, history: parseHistory(raw.history) };
  });

describe('committed histories replay against the current code', () => {
  it('has at least 8 histories, one per path', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it('replays every history without non-determinism', async () => {
    const results = await replayHistories(fixtures.map((f) => ({ workflowId: f.workflowId, history: f.history })));
    const failed = results.filter((r) => !r.ok).map((r) => `${r.workflowId}: ${r.error}`);
    expect(failed).toEqual([]);
    expect(results).toHaveLength(fixtures.length);
    const events = results.reduce((a, r) => a + r.events, 0);
    expect(events).toBeGreaterThan(fixtures.length * 10);
  }, 120_000);

  it('fails on a deliberately incompatible change (the gate bites)', async () => {
    const bundle = await bundleWorkflowCode({
      workflowsPath: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'incompatible/index.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
    const results = await replayHistories(fixtures.slice(0, 3).map((f) => ({ workflowId: f.workflowId, history: f.history })), { bundle });
    expect(results).toHaveLength(3);
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(r.error).toMatch(/Nondeterminism|DeterminismViolation|nondetermin/i);
    }
  }, 120_000);
});
