/** The bench's printed table, and the same as Markdown for the README's Performance section. */
export interface Row {
  metric: string;
  value: unknown;
  goal: string;
  /** Against the goal; undefined with a goal: not measured (e.g. no fault-suite result yet). */
  met?: boolean;
}

const show = (v: unknown) => (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '–' : String(v));
const verdict = (r: Row) => (r.goal === '' ? '' : r.met === undefined ? 'not measured' : r.met ? 'met' : 'MISSED');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are loosely typed JSON
export function machineLine(r: any): string {
  const m = r.machine ?? {};
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.temporal ?? 'Temporal ?'}; SDK ${m.temporalSdk ?? '?'}; PostgreSQL ${m.postgres ?? '?'}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are loosely typed JSON
export function printTable(rows: Row[], r: any): void {
  const w = [Math.max(6, ...rows.map((x) => x.metric.length)), Math.max(5, ...rows.map((x) => show(x.value).length)), Math.max(4, ...rows.map((x) => x.goal.length))];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`;
  const out = [
    '',
    `Bangfu bench (${r.mode}) ${r.startedAt}`,
    machineLine(r),
    '',
    line('metric', 'value', 'goal', ''),
    line('-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!), '------'),
    ...rows.map((x) => line(x.metric, show(x.value), x.goal, verdict(x))),
    '',
    'Markdown:',
    '',
    '| metric | value | goal | |',
    '|---|---:|---|---|',
    ...rows.map((x) => `| ${x.metric} | ${show(x.value)} | ${x.goal} | ${verdict(x)} |`),
  ];
  process.stdout.write(out.join('\n') + '\n');
}
