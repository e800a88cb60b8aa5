/**
 * Public disclosure (001 §六(四) 公开救助标准、条件、程序和资金使用情况; 001 §五(三) 公正公开): per county and
 * period, the criteria and standards in force (from the parameters, with their references), the
 * procedure, and the use of funds as counts and totals by matter and month. Aggregates only: no name,
 * ID number, case id or person key ever enters the report.
 */
import type { ResolvedParameter } from '../parameters.js';

export interface FundsRow {
  matter: string;
  month: string;
  payments: number;
  cases: number;
  amountFen: number;
}

export interface DisclosureReport {
  county: string;
  from: string;
  to: string;
  criteria: { key: string; value: string | number | boolean; effectiveFrom: string; ref: string; notInSeeds: boolean }[];
  procedure: { step: string; who: string; deadline: string; ref: string }[];
  funds: FundsRow[];
  totals: { payments: number; cases: number; amountFen: number };
  visits: { month: string; visits: number; cashFen: number }[];
  refs: string[];
}

/** Criteria and standards a citizen can read (001 §三, §四): benefit rates, caps and the deadlines. */
export const DISCLOSED_KEYS = [
  'living_supplement_min_rate',
  'living_supplement_includes_dibao_edge',
  'medical_aid_rate',
  'medical_aid_cap_rate',
  'employment_subsidy_rate',
  'employment_subsidy_max_months',
  'temporary_aid_max_fen',
  'education_aid_fen',
  'township_review_working_days',
  'county_decision_working_days',
  'publication_working_days',
  'appeal_filing_days',
] as const;

export function procedureOf(p: (key: string) => ResolvedParameter): DisclosureReport['procedure'] {
  const wd = (k: string) => `${String(p(k).value)} working days`;
  return [
    { step: 'apply (申请)', who: 'the veteran or an agent, at the township station', deadline: '—', ref: '001 §五(一)' },
    { step: 'township review (审核)', who: 'township government', deadline: wd('township_review_working_days'), ref: '001 §五(二)' },
    { step: 'county approval (审批)', who: 'county veterans affairs department', deadline: wd('county_decision_working_days'), ref: '001 §五(三)' },
    { step: 'publication (公示)', who: 'village / community', deadline: wd('publication_working_days'), ref: '001 §五(三)' },
    { step: 'written reasons and re-review (复核)', who: 'county government or the next-level department', deadline: `${String(p('appeal_filing_days').value)} days to ask`, ref: '001 §五(四)' },
  ];
}

export function buildDisclosure(input: {
  county: string;
  from: string;
  to: string;
  parameters: ResolvedParameter[];
  procedure: DisclosureReport['procedure'];
  funds: FundsRow[];
  visits: DisclosureReport['visits'];
}): DisclosureReport {
  const funds = [...input.funds].sort((a, b) => a.month.localeCompare(b.month) || a.matter.localeCompare(b.matter));
  const totals = funds.reduce((t, r) => ({ payments: t.payments + r.payments, cases: t.cases + r.cases, amountFen: t.amountFen + r.amountFen }), { payments: 0, cases: 0, amountFen: 0 });
  return {
    county: input.county,
    from: input.from,
    to: input.to,
    criteria: input.parameters.map((p) => ({ key: p.key, value: p.value, effectiveFrom: p.effectiveFrom, ref: p.ref, notInSeeds: p.notInSeeds ?? false })),
    procedure: input.procedure,
    funds,
    totals,
    visits: [...input.visits].sort((a, b) => a.month.localeCompare(b.month)),
    refs: ['001 §六(四)', '001 §五(三)'],
  };
}

const csvCell = (v: unknown) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One CSV table: section, key/matter, month, count, cases, amount (fen), reference. */
export function disclosureCsv(r: DisclosureReport): string {
  const rows: unknown[][] = [['section', 'item', 'month', 'count', 'cases', 'amount_fen', 'value', 'ref']];
  for (const c of r.criteria) rows.push(['criteria', c.key, '', '', '', '', c.value, c.ref]);
  for (const p of r.procedure) rows.push(['procedure', p.step, '', '', '', '', p.deadline, p.ref]);
  for (const f of r.funds) rows.push(['funds', f.matter, f.month, f.payments, f.cases, f.amountFen, '', '001 §六(四)']);
  rows.push(['funds_total', 'all', `${r.from}..${r.to}`, r.totals.payments, r.totals.cases, r.totals.amountFen, '', '001 §六(四)']);
  for (const v of r.visits) rows.push(['visits', 'visit', v.month, v.visits, '', v.cashFen, '', '000 §5']);
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const esc = (v: unknown) => String(v).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A printable page (A4, no scripts). */
export function disclosureHtml(r: DisclosureReport): string {
  const table = (head: string[], body: unknown[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>困难退役军人帮扶援助公开 ${esc(r.county)} ${esc(r.from)}–${esc(r.to)}</title>
<style>@page{size:A4;margin:15mm}body{font-family:serif;font-size:11pt}table{border-collapse:collapse;width:100%;margin-bottom:1em}th,td{border:1px solid #000;padding:2px 4px;text-align:left}td:nth-child(n+3){text-align:right}</style></head><body>
<h1>困难退役军人帮扶援助 救助标准、条件、程序和资金使用情况公开</h1>
<p>县（市、区）${esc(r.county)}，${esc(r.from)} 至 ${esc(r.to)}（001 §六(四)）</p>
<h2>救助标准和条件</h2>${table(['项目', '标准', '起始日期', '依据'], r.criteria.map((c) => [c.key, c.value, c.effectiveFrom, c.ref + (c.notInSeeds ? '（地方参数）' : '')]))}
<h2>程序</h2>${table(['步骤', '办理', '时限', '依据'], r.procedure.map((p) => [p.step, p.who, p.deadline, p.ref]))}
<h2>资金使用情况</h2>${table(['事项', '月份', '笔数', '件数', '金额（元）'], [...r.funds.map((f) => [f.matter, f.month, f.payments, f.cases, yuan(f.amountFen)]), ['合计', `${r.from}–${r.to}`, r.totals.payments, r.totals.cases, yuan(r.totals.amountFen)]])}
<h2>走访慰问</h2>${table(['月份', '走访次数', '慰问金（元）'], r.visits.map((v) => [v.month, v.visits, yuan(v.cashFen)]))}
</body></html>`;
}
