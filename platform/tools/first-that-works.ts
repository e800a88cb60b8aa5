/**
 * The install loop both tool installers share: try each route in order, the first that works wins;
 * each failure (or skip) is collected, and when none works the error lists them all, numbered, after
 * whatever the caller had already tried (an existing install, PATH), followed by how to fix it.
 */
import { indent, msg, skipped, summary, type Log } from './common.js';

/** One thing that was tried and why it did not do. */
export interface Attempt {
  step: string;
  error: string;
}

export interface Route<T> {
  /** Name in `BANGFU_TOOLS_SKIP` that skips this route. */
  key: string;
  /** What the route does, as progress logs and the failure report name it. */
  step: string;
  install: () => Promise<T>;
}

export interface FirstThatWorksOptions<T> {
  log: Log;
  /** Earlier attempts to report before the routes' own (they are appended to this array). */
  attempts?: Attempt[];
  /** Progress line on success, e.g. "Temporal CLI ready: <path>"; " via <step> in <s> s" is appended. */
  ready: (value: T) => string;
  /** First line of the error when no route works, e.g. "Could not find or install X. Tried:". */
  header: string;
  /** Lines after the numbered attempts: what the user can do about it. */
  hints: string[];
}

export async function firstThatWorks<T>(routes: readonly Route<T>[], o: FirstThatWorksOptions<T>): Promise<T> {
  const attempts = o.attempts ?? [];
  for (const { key, step, install } of routes) {
    if (skipped(key)) {
      attempts.push({ step, error: 'skipped (BANGFU_TOOLS_SKIP)' });
      continue;
    }
    const t0 = Date.now();
    try {
      const value = await install();
      o.log(`${o.ready(value)} via ${step} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return value;
    } catch (e) {
      o.log(`${step} failed: ${summary(msg(e))}`);
      attempts.push({ step, error: msg(e) });
    }
  }
  throw new Error(failureReport(o.header, attempts, o.hints));
}

function failureReport(header: string, attempts: readonly Attempt[], hints: readonly string[]): string {
  return [header, ...attempts.map((a, i) => `  ${i + 1}. ${a.step}: ${indent(a.error)}`), ...hints].join('\n');
}
