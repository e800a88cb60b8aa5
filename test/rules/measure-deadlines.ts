/**
 * One-off measurement, not a test (no timing assertions belong in tests): one million
 * `addWorkingDays(date, 5)` calls over varied receipt dates (2004–2030, so some are provisional),
 * reusing one calendar instance. Run: `npx tsx test/rules/measure-deadlines.ts`.
 */
import { addCalendarDays, createCalendar, defaultCalendarData } from '../../rules/index.js';

const N = 1_000_000;
const t0 = performance.now();
const cal = createCalendar(defaultCalendarData());
const built = performance.now() - t0;

// Every day from 2004-01-01 to 2030-12-31 (9,862 dates), visited in a scrambled order.
const dates: string[] = [];
for (let d = '2004-01-01'; d <= '2030-12-31'; d = addCalendarDays(d, 1)) dates.push(d);
const order = Array.from({ length: N }, (_, i) => dates[(i * 7919) % dates.length]!);

function run(): { ms: number; provisional: number; check: number } {
  let provisional = 0;
  let check = 0;
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const r = cal.addWorkingDays(order[i]!, 5);
    if (r.provisional) provisional++;
    check += r.dueDate.charCodeAt(9);
  }
  return { ms: performance.now() - start, provisional, check };
}

run(); // warm-up
const runs = [run(), run(), run()];
const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    calls: N,
    distinctDates: dates.length,
    calendarBuildMs: Math.round(built),
    runsMs: ms.map((x) => Math.round(x)),
    medianMs: Math.round(ms[1]!),
    nsPerCall: Math.round((ms[1]! * 1e6) / N),
    provisionalShare: runs[0]!.provisional / N,
  }),
);
