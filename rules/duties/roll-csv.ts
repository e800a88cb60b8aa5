/**
 * A roll from civil affairs (003 §九 定期比对; 000 §4): CSV, one person a row, header
 * `身份证号,姓名,状态,起始日期`, in UTF-8 or GB18030 (what Chinese spreadsheets export). Pure: bytes in,
 * rows or the first bad row out (line numbers count the header as line 1), so an import is all or
 * nothing.
 */
import { isRealDate } from '../dates.js';
import { idNumberProblem } from '../idnumber.js';

export const ROLL_KINDS = ['dibao', 'tekun', 'monitoring'] as const;
export type RollKind = (typeof ROLL_KINDS)[number];

export const ROLL_HEADER = ['身份证号', '姓名', '状态', '起始日期'] as const;

/**
 * The 状态 column: words civil affairs rolls use for "on the roll" and "left it". Anything else is a
 * bad row (we never guess whether someone left 低保).
 */
export const ACTIVE_STATUSES = ['在保', '在册', '正常', '享受', '纳入', '监测', '在供养', 'active'] as const;
export const EXITED_STATUSES = ['退出', '已退出', '停保', '注销', '终止', '取消', '消除风险', '已消除', 'exited'] as const;

export interface RollRow {
  line: number;
  idNumber: string;
  name: string;
  status: 'active' | 'exited';
  statusText: string;
  since: string;
}

export interface RollProblem {
  line: number;
  column: (typeof ROLL_HEADER)[number] | null;
  message: string;
}

export type ParsedRoll = { ok: true; rows: RollRow[] } | { ok: false; problem: RollProblem };

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030. */
export function decodeRoll(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Splits one CSV line (RFC 4180 quotes, no embedded newlines: a roll has none). */
function splitLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (quoted) return null;
  out.push(cur);
  return out;
}

/** Normalises 2026/3/1 and 2026-3-1 to 2026-03-01. */
function normaliseDate(s: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}

export function parseRoll(text: string, opts: { today?: string } = {}): ParsedRoll {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const header = (splitLine(lines[0] ?? '') ?? []).map((h) => h.trim());
  if (header.length !== ROLL_HEADER.length || ROLL_HEADER.some((h, i) => header[i] !== h)) {
    return { ok: false, problem: { line: 1, column: null, message: `the header must be ${ROLL_HEADER.join(',')}` } };
  }
  const rows: RollRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;
    const bad = (column: RollProblem['column'], message: string): ParsedRoll => ({ ok: false, problem: { line, column, message } });
    if (raw.trim() === '') return bad(null, 'empty row');
    const cells = splitLine(raw);
    if (!cells) return bad(null, 'unclosed quote');
    if (cells.length !== ROLL_HEADER.length) return bad(null, `expected ${ROLL_HEADER.length} columns, found ${cells.length}`);
    const [id, name, statusText, sinceRaw] = cells.map((c) => c.trim()) as [string, string, string, string];
    const idNumber = id.toUpperCase();
    const p = idNumberProblem(idNumber);
    if (p) return bad('身份证号', `ID number ${p} (GB 11643)`);
    const dup = seen.get(idNumber);
    if (dup !== undefined) return bad('身份证号', `the same person is already on line ${dup}`);
    seen.set(idNumber, line);
    if (name.length === 0 || name.length > 60) return bad('姓名', 'a name of 1–60 characters is required');
    let status: RollRow['status'];
    if ((ACTIVE_STATUSES as readonly string[]).includes(statusText)) status = 'active';
    else if ((EXITED_STATUSES as readonly string[]).includes(statusText)) status = 'exited';
    else return bad('状态', `unknown status "${statusText.slice(0, 20)}": one of ${[...ACTIVE_STATUSES, ...EXITED_STATUSES].join(', ')}`);
    const since = normaliseDate(sinceRaw);
    if (!isRealDate(since)) return bad('起始日期', `"${sinceRaw.slice(0, 20)}" is not a date (YYYY-MM-DD)`);
    if (opts.today && since > opts.today) return bad('起始日期', `${since} is in the future`);
    rows.push({ line, idNumber, name, status, statusText, since });
  }
  return { ok: true, rows };
}
