/**
 * Issue 12 rows 7, 9, 10 (rules part): provisional years count the statutory rest days of 全国年节及
 * 纪念日放假办法 (2024 revision Art. 2; Art. 6 补假), with lunar dates and 清明 from tyme4ts, checked
 * against every official year we hold; the appeal window ends per 民法典 §201/§203; the employment
 * subsidy's window runs from the approval month (001 §四(五)).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealWindowEnd, APPEAL_BODIES, createCalendar, defaultCalendar, DEFAULT_PARAMETERS, employmentSubsidy, employmentSubsidyWindow, mergeCalendarData, defaultCalendarData, statutoryRestDays } from '../../rules/index.js';

const raw = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
/** A rest day in the State Council's published calendar (chinese-days lists holidays, not every weekend). */
const officialRest = (d: string) => !!raw.holidays[d] || (isWeekend(d) && !raw.workdays[d]);

describe('statutory rest days (全国年节及纪念日放假办法)', () => {
  it('2024 revision Art. 2 for 2027: 元旦 1, 春节 4 (除夕–初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3; Art. 6 补假 for those on a weekend', () => {
    const days = statutoryRestDays(2027);
    const holidays = days.filter((d) => d.kind === 'holiday').map((d) => `${d.date} ${d.name}`);
    expect(holidays).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节', // 正月初一
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    // 02-06/07, 05-01/02, 10-02/03 fall on weekends: a weekday off each, after the festival.
    expect(days.filter((d) => d.kind === 'substitute').map((d) => d.date)).toEqual(['2027-02-09', '2027-02-10', '2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05']);
    expect(days.every((d) => d.ref.includes('放假办法'))).toBe(true);
  });

  it('two festivals on one day (中秋 = 国庆 2028-10-03) are one day and one 补假', () => {
    const d2028 = statutoryRestDays(2028);
    expect(d2028.find((d) => d.date === '2028-10-03')?.name).toBe('中秋节、国庆节');
    expect(d2028.filter((d) => d.kind === 'substitute' && d.date.startsWith('2028-10')).map((d) => d.date)).toEqual(['2028-10-04', '2028-10-05']);
  });

  it('verified against every official year 2004–2026: each festival day of the edition in force is a rest day of the published calendar, and the year has at least as many weekday rest days as the 办法 gives', () => {
    for (let y = 2004; y <= 2026; y++) {
      const days = statutoryRestDays(y);
      for (const d of days.filter((x) => x.kind === 'holiday')) expect(officialRest(d.date), `${y}: ${d.date} ${d.name}`).toBe(true);
      const weekdaysOff = Object.keys(raw.holidays).filter((d) => d.startsWith(`${y}-`) && !isWeekend(d)).length;
      const statutoryWeekdays = days.filter((d) => !isWeekend(d.date)).length;
      expect(weekdaysOff, `${y}`).toBeGreaterThanOrEqual(statutoryWeekdays);
    }
  });

  it('editions: 2025 counts 除夕 (2025-01-28), 2024 does not (2013 revision 初一–初三), 2010 does (2007 revision 除夕–初二); 劳动节 2 days from 2025', () => {
    expect(statutoryRestDays(2025).some((d) => d.date === '2025-01-28')).toBe(true);
    expect(statutoryRestDays(2024).some((d) => d.date === '2024-02-09')).toBe(false); // 2024 除夕
    expect(statutoryRestDays(2010).some((d) => d.date === '2010-02-13')).toBe(true); // 2010 除夕
    expect(statutoryRestDays(2025).filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual(['2025-05-01', '2025-05-02']);
  });

  it('does not depend on the machine’s time zone (a child process in America/Los_Angeles computes the same 2027)', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = "import('./rules/statutory-holidays.ts').then((m) => process.stdout.write(JSON.stringify(m.statutoryRestDays(2027))))";
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, env: { ...process.env, TZ: 'America/Los_Angeles' }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(statutoryRestDays(2027));
  });
});

describe('provisional years in the working-day calendar (SPEC §2; issue 12 row 10)', () => {
  const cal = defaultCalendar();
  it('2027-09-30 + 5 working days: the 放假办法 gives 2027-10-12 (Art. 2 国庆 10-01..03, Art. 6 补假 10-04 and 10-05), provisional; the brief’s 2027-10-08 omits Art. 6', () => {
    expect(cal.addWorkingDays('2027-09-30', 5)).toEqual({ dueDate: '2027-10-12', dueAt: '2027-10-12T16:00:00.000Z', provisional: true });
    // Without Art. 6 (Art. 2 days only) it would be 10-08: shown with a calendar lacking the substitute days.
    const art2only = createCalendar({ ...defaultCalendarData(), provisionalHolidays: statutoryRestDays(2027).filter((d) => d.kind === 'holiday').map((d) => d.date) });
    expect(art2only.addWorkingDays('2027-09-30', 5).dueDate).toBe('2027-10-08');
  });

  it('the Spring Festival 2027 and 2027-01-01 are rest days; loading the official notice replaces them', () => {
    for (const d of ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09']) expect(cal.isWorkingDay(d), d).toBe(false);
    const loaded = createCalendar(mergeCalendarData(defaultCalendarData(), [{ year: 2027, holidays: ['2027-01-01'], workdays: [] }]));
    expect(loaded.isWorkingDay('2027-02-05')).toBe(true); // the notice (here a made-up one) decides
    expect(loaded.addWorkingDays('2027-01-29', 5).provisional).toBe(false);
  });

  it('property: in every provisional year 2027–2100, each statutory rest day is not a working day and each other weekday is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2100 }), fc.integer({ min: 0, max: 364 }), (y, n) => {
        const d = new Date(Date.UTC(y, 0, 1 + n)).toISOString().slice(0, 10);
        if (!d.startsWith(`${y}-`)) return;
        const rest = statutoryRestDays(y).some((x) => x.date === d) || isWeekend(d);
        expect(cal.isWorkingDay(d)).toBe(!rest);
      }),
      { numRuns: 500 },
    );
  });
});

describe('appeal window (001 §五 3; 民法典 §201, §203; issue 12 row 9)', () => {
  const cal = defaultCalendar();
  it('001 §五 3 "可向县级人民政府或上一级退役军人事务部门申请复核": two bodies, county and next level', () => {
    expect(APPEAL_BODIES.map((b) => [b.name, b.level])).toEqual([
      ['县级人民政府', 'county'],
      ['上一级退役军人事务部门', 'city'],
    ]);
  });

  it('民法典 §203: 60 days from 2026-08-02 is 2026-10-01 (国庆): the window ends on the next working day 2026-10-08', () => {
    const w = appealWindowEnd(cal, '2026-08-02', 60);
    expect(w).toMatchObject({ lastDay: '2026-10-08', movedFrom: '2026-10-01', endsAt: '2026-10-08T16:00:00.000Z', provisional: false });
    expect(w.steps.join('\n')).toMatch(/民法典 §203/);
  });

  it('民法典 §201: the day of notification is not counted; a working last day does not move; a 调休 working Saturday is a working day', () => {
    expect(appealWindowEnd(cal, '2026-03-02', 60)).toMatchObject({ lastDay: '2026-05-06', movedFrom: '2026-05-01' }); // 劳动节 2026-05-01..05
    expect(appealWindowEnd(cal, '2026-06-01', 1)).toMatchObject({ lastDay: '2026-06-02' });
    expect(appealWindowEnd(cal, '2025-08-12', 60).lastDay).toBe('2025-10-11'); // Saturday 10-11 was worked (调休)
  });

  it('in a provisional year the move is provisional: 60 days from 2027-08-02 is 2027-10-01 → 2027-10-06', () => {
    expect(appealWindowEnd(cal, '2027-08-02', 60)).toMatchObject({ lastDay: '2027-10-06', movedFrom: '2027-10-01', provisional: true });
  });

  it('property: the last day is a working day, never before the counted day, and no working day lies between them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 120 }), (n, days) => {
        const from = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
        const w = appealWindowEnd(cal, from, days);
        expect(cal.isWorkingDay(w.lastDay)).toBe(true);
        const counted = w.movedFrom ?? w.lastDay;
        expect(w.lastDay >= counted).toBe(true);
        expect(cal.workingDaysBetween(counted, w.lastDay)).toBe(w.movedFrom ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('employment subsidy window (001 §四(五) 补贴期限不超过3年…可延长至退休; issue 12 row 7)', () => {
  it('001 §四(五): approved 2026-03-15, retiring 2045 → 36 months 2026-03 … 2029-02, ending after three years', () => {
    const w = employmentSubsidyWindow({ approvalDate: '2026-03-15', retirementDate: '2045-07-01' }, DEFAULT_PARAMETERS);
    expect(w).toMatchObject({ firstMonth: '2026-03', lastMonth: '2029-02', end: 'three_years' });
    expect(w.months).toHaveLength(36);
  });

  it('001 §四(五) "距退休年龄不足5年…可延长至退休": retiring 2030-06-10 → every month 2026-03 … 2030-05', () => {
    const w = employmentSubsidyWindow({ approvalDate: '2026-03-15', retirementDate: '2030-06-10' }, DEFAULT_PARAMETERS);
    expect(w).toMatchObject({ lastMonth: '2030-05', end: 'extended_to_retirement' });
    expect(w.months).toHaveLength(51);
  });

  it('property: every month of the window pays 2/3 of the premium, the month after the last pays 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 500_000 }), (a, r, premium) => {
        const approvalDate = new Date(Date.UTC(2026, a, 15)).toISOString().slice(0, 10);
        const retirementDate = new Date(Date.UTC(2026, a + r, 1)).toISOString().slice(0, 10);
        const w = employmentSubsidyWindow({ approvalDate, retirementDate }, DEFAULT_PARAMETERS);
        for (const month of [w.months[0], w.months.at(-1)].filter((m): m is string => !!m)) {
          expect(employmentSubsidy({ premiumPaidFen: premium, firstApprovalDate: approvalDate, retirementDate, month }, DEFAULT_PARAMETERS).amountFen).toBeGreaterThan(0);
        }
        if (w.lastMonth) {
          const [y, m] = w.lastMonth.split('-').map(Number) as [number, number];
          const after = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
          expect(employmentSubsidy({ premiumPaidFen: premium, firstApprovalDate: approvalDate, retirementDate, month: after }, DEFAULT_PARAMETERS).amountFen).toBe(0);
        }
        expect(w.months.length).toBeLessThanOrEqual(w.end === 'extended_to_retirement' ? 60 : 36);
      }),
      { numRuns: 200 },
    );
  });
});
