/**
 * A real browser for the web app's tests: Debian's Chromium driven by playwright-core (Playwright's own
 * browser download cannot work offline). When /usr/bin/chromium is missing, it is installed once with
 * apt (CI runs as root on a fresh machine), with the CJK font so Chinese renders in screenshots; two
 * test processes asking at once wait for the one that installs. If apt cannot, the error says so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.BANGFU_CHROMIUM ?? '/usr/bin/chromium';
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

/** The launch flags this machine kind needs: no sandbox as root, and no background network calls (the network is closed). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function installed(): boolean {
  return fs.existsSync(CHROMIUM) && fs.existsSync(CJK_FONT_DIR);
}

export async function ensureChromium(): Promise<void> {
  if (installed()) return;
  const lock = path.join(os.tmpdir(), 'bangfu-chromium-install.lock');
  let mine = false;
  try {
    fs.mkdirSync(lock);
    mine = true;
  } catch {
    /* another process installs it: wait below */
  }
  if (!mine) {
    const until = Date.now() + 15 * 60_000;
    while (!installed() && fs.existsSync(lock) && Date.now() < until) await new Promise((r) => setTimeout(r, 1000));
    if (installed()) return;
    throw new Error(`${CHROMIUM} is still missing after another process tried to install it (lock ${lock}); install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk`);
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'pipe', env, timeout: 10 * 60_000 });
    execFileSync('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], { stdio: 'pipe', env, timeout: 15 * 60_000 });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(
      `the browser tests need Debian's Chromium at ${CHROMIUM} and could not install it with apt-get (root and Debian's package mirror are needed): ${String(err.stderr ?? err.message).slice(-600)}\n` +
        'Install it by hand: apt-get update && apt-get install -y chromium fonts-noto-cjk (or set BANGFU_CHROMIUM to a Chromium binary).',
    );
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is not there`);
}

export async function launchChromium(): Promise<Browser> {
  await ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
