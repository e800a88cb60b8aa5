/**
 * Helpers for the web app's browser tests: a built app (rebuilt when web/ changed), a browser context
 * per official, sign-in through the page, axe-core on every page (no serious or critical violation)
 * and a full-page screenshot of each page into .bangfu/test-output/web (gitignored).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist/web');
export const SHOTS = path.join(ROOT, '.bangfu/test-output/web');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the app when dist/web is missing or older than web/ (npm install builds it too). */
export function ensureWebBuilt(): void {
  const index = path.join(DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest(path.join(ROOT, 'web'))) return;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-web.ts')], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
}

/** Bytes of the built JavaScript, gzipped. */
export function gzippedJsBytes(): number {
  const dir = path.join(DIST, 'assets');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(dir, f))).length, 0);
}

export interface Official {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and page errors seen in this context. */
  problems: string[];
  /** Every URL the page requested (to prove the token never is in one). */
  urls: string[];
}

export async function official(browser: Browser): Promise<Official> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const urls: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => urls.push(r.url()));
  return { context, page, problems, urls };
}

/** Pastes a token into 令牌 and presses 登录 (the sign-in page's contract). */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('令牌', { exact: true }).fill(token);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** axe-core on the page as it is now: no serious or critical violation; then a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  const r = await new AxeBuilder({ page }).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${name}`).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
