/**
 * Bench section `duties` (issue 13): a 100,000-row 低保 roll through POST /v1/rolls/dibao — parse and
 * validate, one-transaction import, comparison workflow — timed end to end (goal < 30 s), then the same
 * file again, which must store and open nothing.
 */
import { idCheckCharacter } from '../../rules/index.js';
import { officials } from './driver.js';
import type { BenchStack } from './stack.js';

/** A roll of `rows` distinct, valid ID numbers (area 330302, birth dates spread over 1950–1999). */
export function benchRoll(rows: number): Buffer {
  const lines = ['身份证号,姓名,状态,起始日期'];
  for (let i = 0; i < rows; i++) {
    const birth = `${1950 + (i % 50)}${String(1 + (Math.floor(i / 50) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 600) % 28)).padStart(2, '0')}`;
    const body = `330302${birth}${String(Math.floor(i / 16_800) * 100 + (i % 100)).padStart(3, '0')}`;
    lines.push(`${body}${idCheckCharacter(body)},测试${i},${i % 10 === 0 ? '退出' : '在保'},2025-01-01`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

export async function measureDuties(stack: BenchStack, o: { rows: number; log?: (s: string) => void }) {
  const who = await officials(stack.secrets.jwtSecret);
  const csv = benchRoll(o.rows);
  const post = async () => {
    const t0 = performance.now();
    const r = await fetch(`${stack.apiUrl}/v1/rolls/dibao?region=330302`, { method: 'POST', headers: { authorization: `Bearer ${who.ops}`, 'content-type': 'text/csv' }, body: csv });
    const body = (await r.json()) as { imported?: boolean; rows?: number; openedCount?: number; detail?: string };
    const ms = performance.now() - t0;
    if (r.status >= 300) throw new Error(`POST /v1/rolls/dibao answered ${r.status}: ${body.detail ?? JSON.stringify(body).slice(0, 300)}`);
    return { status: r.status, ms: Math.round(ms), imported: body.imported, rows: body.rows, opened: body.openedCount };
  };
  const first = await post();
  o.log?.(`  duties: ${o.rows} rows imported in ${(first.ms / 1000).toFixed(1)} s (${first.status}, ${first.opened} tasks opened)`);
  const again = await post();
  o.log?.(`  duties: the same file again in ${(again.ms / 1000).toFixed(1)} s (${again.status}, imported ${again.imported}, ${again.opened} tasks opened)`);
  return {
    rows: o.rows,
    bytes: csv.length,
    importMs: first.ms,
    importUnder30s: first.ms < 30_000,
    openedFirst: first.opened,
    reimportMs: again.ms,
    reimportStoredAgain: again.imported,
    reimportOpened: again.opened,
  };
}
