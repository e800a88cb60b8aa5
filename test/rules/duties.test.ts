/**
 * The standing duties' pure rules (issue 13): CSV rows of a roll, month arithmetic, when an annual
 * review and a visit are due, outcomes, and the disclosure's CSV without personal data.
 */
import { describe, expect, it } from 'vitest';
import { buildDisclosure, disclosureCsv, disclosureHtml } from '../../rules/duties/disclosure.js';
import { addMonths, annualReviewDue, autumnTermVisitDue, leftDibao, newlyOnRoll, outcomeOf, REVIEW_OUTCOMES, routineVisitDue } from '../../rules/duties/plan.js';
import { parseRoll } from '../../rules/duties/roll-csv.js';

const H = '身份证号,姓名,状态,起始日期';
const ID = '330302197001011236';

describe('roll CSV', () => {
  it('reads rows (BOM, CRLF, quotes, 2026/3/1 dates) and numbers lines from the header (line 1)', () => {
    const r = parseRoll(`\uFEFF${H}\r\n${ID},"张,三",退出,2026/3/1\r\n`);
    expect(r).toEqual({ ok: true, rows: [{ line: 2, idNumber: ID, name: '张,三', status: 'exited', statusText: '退出', since: '2026-03-01' }] });
  });
  it('names the first bad row and its column', () => {
    expect(parseRoll(`${H}\n${ID},张三,在保,2026-02-30\n`)).toMatchObject({ ok: false, problem: { line: 2, column: '起始日期' } });
    expect(parseRoll(`${H}\n${ID},张三,在保,2026-01-01\n${ID},李四,在保,2026-01-01\n`)).toMatchObject({ ok: false, problem: { line: 3, column: '身份证号' } });
    expect(parseRoll(`${H}\n${ID},张三,在保\n`)).toMatchObject({ ok: false, problem: { line: 2, column: null } });
    expect(parseRoll(`${ID},张三,在保,2026-01-01\n`)).toMatchObject({ ok: false, problem: { line: 1 } });
    expect(parseRoll(`${H}\n${ID},张三,在保,2027-01-01\n`, { today: '2026-12-01' })).toMatchObject({ ok: false, problem: { line: 2, column: '起始日期' } });
  });
});

describe('plans', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-01', -12)).toBe('2025-03-01');
  });
  it('opens the n-th annual review n intervals after approval', () => {
    expect(annualReviewDue('2026-01-05', 12, '2027-01-04', 0)).toMatchObject({ due: false, dueOn: '2027-01-05' });
    expect(annualReviewDue('2026-01-05', 12, '2027-01-05', 0)).toMatchObject({ due: true, cycle: 1 });
    expect(annualReviewDue('2026-01-05', 12, '2027-06-01', 1)).toMatchObject({ due: false, cycle: 2, dueOn: '2028-01-05' });
  });
  it('visits the special groups more often, the elderly by age, students in the autumn-term month', () => {
    const p = { routineMonths: 6, specialMonths: 1, elderlyAge: 60, autumnTermMonth: 8 };
    expect(routineVisitDue({ knownSince: '2026-01-10' }, '2026-03-01', p)).toMatchObject({ due: false, reason: 'routine', dueOn: '2026-07-10' });
    expect(routineVisitDue({ knownSince: '2026-01-10', specialGroups: ['widowed'] }, '2026-03-01', p)).toMatchObject({ due: true, reason: 'special', groups: ['widowed'] });
    expect(routineVisitDue({ knownSince: '2026-01-10', birthDate: '1960-02-01' }, '2026-03-01', p).groups).toEqual(['elderly']);
    expect(routineVisitDue({ knownSince: '2026-01-10', birthDate: '1966-03-02' }, '2026-03-01', p).groups).toEqual([]);
    expect(autumnTermVisitDue({ knownSince: '2026-01-10', studentsInHousehold: 2 }, '2026-08-03', p)).toBe(true);
    expect(autumnTermVisitDue({ knownSince: '2026-01-10', studentsInHousehold: 0 }, '2026-08-03', p)).toBe(false);
  });
  it('reads roll changes and outcomes', () => {
    expect(leftDibao(undefined)).toBe(true);
    expect(leftDibao({ status: 'exited' })).toBe(true);
    expect(leftDibao({ status: 'active' })).toBe(false);
    expect(newlyOnRoll({ status: 'active' }, undefined)).toBe(true);
    expect(newlyOnRoll({ status: 'active' }, { status: 'active' })).toBe(false);
    expect(outcomeOf(REVIEW_OUTCOMES, { decision: 'reject' }, 'continue', 'stop')).toBe('stop');
    expect(outcomeOf(REVIEW_OUTCOMES, { decision: 'approve', evidence: [{ ref: 'outcome', outcome: 'adjust' }] }, 'continue', 'stop')).toBe('adjust');
    expect(outcomeOf(REVIEW_OUTCOMES, { decision: 'approve', outcome: 'maybe' }, 'continue', 'stop')).toBeNull();
  });
});

describe('disclosure', () => {
  it('totals funds by matter and month; CSV and HTML carry only aggregates', () => {
    const r = buildDisclosure({
      county: '330302',
      from: '2026-01-01',
      to: '2026-12-31',
      parameters: [{ key: 'living_supplement_min_rate', value: '0.10', region: '000000', effectiveFrom: '2022-01-01', ref: '001 §四(一)' }],
      procedure: [{ step: 'apply', who: 'station', deadline: '—', ref: '001 §五(一)' }],
      funds: [
        { matter: 'temporary_aid', month: '2026-08', payments: 1, cases: 1, amountFen: 100_000 },
        { matter: 'living_supplement', month: '2026-02', payments: 3, cases: 3, amountFen: 30_000 },
      ],
      visits: [{ month: '2026-10', visits: 2, cashFen: 50_000 }],
    });
    expect(r.totals).toEqual({ payments: 4, cases: 4, amountFen: 130_000 });
    expect(r.funds[0]!.month).toBe('2026-02');
    const csv = disclosureCsv(r).split('\r\n');
    expect(csv[0]).toBe('section,item,month,count,cases,amount_fen,value,ref');
    expect(csv).toContain('funds_total,all,2026-01-01..2026-12-31,4,4,130000,,001 §六(四)');
    expect(disclosureHtml(r)).toContain('<td>1300.00</td>');
  });
});
