/**
 * `npm run cluster` runs us under npm → sh → tsx. npm 11 does not pass a SIGTERM on to its script, so
 * a SIGTERM sent to npm alone would leave PostgreSQL and the Temporal services running. We watch the
 * launchers (up to three ancestors, Linux /proc) and stop cleanly when one is gone (the same guard as
 * platform/runtime.ts gives `npm start`).
 */
import fs from 'node:fs';

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export function onLauncherGone(onGone: () => void): void {
  const ancestors: number[] = [];
  for (let pid = process.ppid; pid > 1 && ancestors.length < 3; ) {
    ancestors.push(pid);
    const up = parentOf(pid);
    if (up === null) break;
    pid = up;
  }
  if (ancestors.length === 0) return;
  const timer = setInterval(() => {
    for (const a of ancestors) {
      try {
        process.kill(a, 0);
      } catch {
        clearInterval(timer);
        onGone();
        return;
      }
    }
  }, 1000);
  timer.unref();
}
