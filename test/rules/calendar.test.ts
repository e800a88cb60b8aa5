/**
 * The working-day calendar (SPEC §2 "Working days"; 001 §五 2–3 "5个工作日"): worked examples from the
 * 2026 State Council calendar, provisional years, ops-loaded years, and properties checked against a
 * naive day-by-day count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  calendarYearProblems,
  createCalendar,
  dayIndex,
  defaultCalendar,
  defaultCalendarData,
  endOfShanghaiDay,
  isOfficialYear,
  isValidDate,
  isWorkingDay,
  mergeCalendarData,
  OFFICIAL_YEAR_REGISTRY,
  shanghaiDate,
  workingDaysBetween,
  type CalendarData,
} from '../../rules/index.js';
import { naiveAddWorkingDays, naiveIsWorkingDay } from './oracle.js';

const data = defaultCalendarData();
const cal = createCalendar(data);

/** A hypothetical official 2027 calendar as ops would load it (New Year 01-01..01-03, Spring Festival with 调休). */
const YEAR_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  workdays: ['2027-02-13', '2027-02-14'],
};

describe('addWorkingDays: worked examples (001 §五 2–3, SPEC §2)', () => {
  const cases: { name: string; received: string; n: number; dueDate: string; dueAt: string; provisional: boolean }[] = [
    {
      name: '001 §五 2 + National Day 2026 (holiday 10-01..10-07; 09-20 Sun and 10-10 Sat work): 2026-09-29 + 5 → 2026-10-12',
      received: '2026-09-29',
      n: 5,
      dueDate: '2026-10-12',
      dueAt: '2026-10-12T16:00:00.000Z',
      provisional: false,
    },
    {
      name: '001 §五 2 + Spring Festival 2026 (02-14 Sat works; 02-15..02-23 holiday): 2026-02-12 + 5 → 2026-02-26',
      received: '2026-02-12',
      n: 5,
      dueDate: '2026-02-26',
      dueAt: '2026-02-26T16:00:00.000Z',
      provisional: false,
    },
    {
      name: 'SPEC §2: received on a holiday (2026-10-01) is not counted; counting starts on 10-08 → 2026-10-13',
      received: '2026-10-01',
      n: 5,
      dueDate: '2026-10-13',
      dueAt: '2026-10-13T16:00:00.000Z',
      provisional: false,
    },
    {
      name: 'SPEC §2: received on the adjusted working Saturday 2026-10-10 + 1 → Monday 2026-10-12',
      received: '2026-10-10',
      n: 1,
      dueDate: '2026-10-12',
      dueAt: '2026-10-12T16:00:00.000Z',
      provisional: false,
    },
    {
      name: 'SPEC §2: the day before National Day + 1 skips the whole holiday → 2026-10-08',
      received: '2026-09-30',
      n: 1,
      dueDate: '2026-10-08',
      dueAt: '2026-10-08T16:00:00.000Z',
      provisional: false,
    },
    {
      // Changed by issue 12: 2027 has no official calendar, but 放假办法 Art. 2 still makes 2027-01-01 (元旦) a rest day.
      name: 'SPEC §2 provisional: 2026-12-28 + 5 → 2027-01-05, 2027 has no official calendar (weekends and the statutory 元旦 of 放假办法)',
      received: '2026-12-28',
      n: 5,
      dueDate: '2027-01-05',
      dueAt: '2027-01-05T16:00:00.000Z',
      provisional: true,
    },
    {
      name: 'SPEC §2: 2026-12-24 + 5 ends on 2026-12-31, inside official 2026 → not provisional',
      received: '2026-12-24',
      n: 5,
      dueDate: '2026-12-31',
      dueAt: '2026-12-31T16:00:00.000Z',
      provisional: false,
    },
    {
      name: 'SPEC §2.4 appeal default 10 working days: 2026-09-29 + 10 → 2026-10-19',
      received: '2026-09-29',
      n: 10,
      dueDate: '2026-10-19',
      dueAt: '2026-10-19T16:00:00.000Z',
      provisional: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(cal.addWorkingDays(c.received, c.n)).toEqual({ dueDate: c.dueDate, dueAt: c.dueAt, provisional: c.provisional });
    });
  }

  it('SPEC §2: the deadline is 24:00 Asia/Shanghai of the due date (16:00Z the same day)', () => {
    expect(endOfShanghaiDay('2026-10-12')).toBe('2026-10-12T16:00:00.000Z');
    expect(shanghaiDate('2026-10-12T15:59:59.999Z')).toBe('2026-10-12');
    expect(shanghaiDate('2026-10-12T16:00:00.000Z')).toBe('2026-10-13');
  });

  it('rejects a non-positive or fractional number of working days and an impossible date', () => {
    expect(() => cal.addWorkingDays('2026-09-29', 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-09-29', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-30', 5)).toThrow(/not a real date/);
    expect(() => cal.addWorkingDays('2026-9-29', 5)).toThrow(/YYYY-MM-DD/);
  });
});

describe('isWorkingDay and workingDaysBetween (SPEC §2)', () => {
  it.each([
    ['2026-02-14', true, 'Saturday worked for Spring Festival 2026'],
    ['2026-02-15', false, 'Spring Festival holiday (a Sunday)'],
    ['2026-02-23', false, 'last day of Spring Festival holiday (a Monday)'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-09-20', true, 'Sunday worked for National Day 2026'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of the National Day holiday (a Wednesday)'],
    ['2026-10-10', true, 'Saturday worked for National Day 2026'],
    ['2026-10-11', false, 'an ordinary Sunday'],
    ['2026-10-12', true, 'an ordinary Monday'],
    ['2027-01-01', false, '2027 unofficial: 元旦 is a statutory rest day (放假办法 Art. 2; provisional; issue 12 changed it)'],
    ['2027-01-04', true, '2027 unofficial: a Monday after 元旦 on a Friday (no 补假 needed)'],
    ['2027-01-02', false, '2027 unofficial: Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it('counts working days strictly after from, up to and including to', () => {
    expect(cal.workingDaysBetween('2026-09-29', '2026-10-12')).toBe(5);
    expect(cal.workingDaysBetween('2026-09-29', '2026-10-11')).toBe(4);
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
    expect(cal.workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0);
    expect(cal.workingDaysBetween('2026-10-12', '2026-10-12')).toBe(0);
    expect(cal.workingDaysBetween('2026-10-12', '2026-09-29')).toBe(0);
    expect(cal.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(naiveWorkingDaysIn2026());
  });

  it('knows which years are official (chinese-days has 2004–2026) and its range', () => {
    expect(cal.isOfficialYear(2026)).toBe(true);
    expect(cal.isOfficialYear(2025)).toBe(true);
    expect(cal.isOfficialYear(2027)).toBe(false);
    expect(cal.isOfficialYear(2003)).toBe(false);
    const cov = cal.coverage();
    expect(cov.firstYear).toBe(1990);
    expect(cov.lastYear).toBe(2100);
    expect(cov.officialYears[0]).toBe(2004);
    expect(cov.officialYears.at(-1)).toBe(2026);
  });
});

function naiveWorkingDaysIn2026(): number {
  let n = 0;
  for (let d = '2026-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) if (naiveIsWorkingDay(data, d)) n++;
  return n;
}

describe('mergeCalendarData: loading a newly published year (SPEC §2 "recomputed when the calendar is published")', () => {
  it('makes 2027 official and changes the 2026-12-28 + 5 deadline to 2027-01-05, no longer provisional', () => {
    const merged = createCalendar(mergeCalendarData(data, [YEAR_2027]));
    expect(merged.isOfficialYear(2027)).toBe(true);
    expect(merged.isWorkingDay('2027-01-01')).toBe(false);
    expect(merged.isWorkingDay('2027-02-13')).toBe(true); // an adjusted working Saturday
    expect(merged.addWorkingDays('2026-12-28', 5)).toEqual({ dueDate: '2027-01-05', dueAt: '2027-01-05T16:00:00.000Z', provisional: false });
    // The bundled calendar is untouched.
    expect(cal.addWorkingDays('2026-12-28', 5)).toEqual({ dueDate: '2027-01-05', dueAt: '2027-01-05T16:00:00.000Z', provisional: true });
    expect(merged.coverage().officialYears.at(-1)).toBe(2027);
  });

  it('a loaded year replaces that year entirely (its bundled holidays and 调休 are dropped)', () => {
    const replaced = createCalendar(mergeCalendarData(data, [{ year: 2026, holidays: ['2026-10-02'], workdays: [] }]));
    expect(replaced.isWorkingDay('2026-10-01')).toBe(true); // a Thursday, no longer a holiday
    expect(replaced.isWorkingDay('2026-10-02')).toBe(false);
    expect(replaced.isWorkingDay('2026-10-10')).toBe(false); // no longer an adjusted working Saturday
    expect(replaced.isWorkingDay('2025-10-01')).toBe(false); // other years keep their data
  });

  it('official holiday data for a year that is not official is ignored; its provisional rest days are used instead', () => {
    const d: CalendarData = { officialYears: [2026], holidays: ['2027-01-01'], workdays: ['2027-01-02'] };
    const c = createCalendar(d);
    expect(c.isWorkingDay('2027-01-01')).toBe(true);
    expect(c.isWorkingDay('2027-01-02')).toBe(false);
    const p = createCalendar({ ...d, provisionalHolidays: ['2027-01-01', '2026-10-01'] });
    expect(p.isWorkingDay('2027-01-01')).toBe(false);
    expect(p.isWorkingDay('2026-10-01')).toBe(true); // 2026 is official here: provisional days do not apply to it
  });
});

describe('dates', () => {
  it('accepts real dates in 1990–2100 only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('1989-12-31')).toBe(false);
    expect(isValidDate('2101-01-01')).toBe(false);
    expect(dayIndex('1990-01-01')).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const FROM = dayIndex('2003-06-01');
const TO = dayIndex('2028-06-30');
const arbDate = fc.integer({ min: FROM, max: TO }).map((i) => addCalendarDays('1990-01-01', i));
const arbN = fc.integer({ min: 1, max: 40 });

/** Years whose calendar a property uses: the bundled one, or with a loaded 2027. */
const calendars = [
  { name: 'bundled', data, cal },
  { name: 'with 2027 loaded', data: mergeCalendarData(data, [YEAR_2027]), cal: createCalendar(mergeCalendarData(data, [YEAR_2027])) },
];

describe.each(calendars)('addWorkingDays properties ($name calendar)', ({ data: d, cal: c }) => {
  it('the due date is a working day, exactly n working days after receipt, and the first such day', () => {
    fc.assert(
      fc.property(arbDate, arbN, (received, n) => {
        const { dueDate } = c.addWorkingDays(received, n);
        expect(c.isWorkingDay(dueDate)).toBe(true);
        expect(c.workingDaysBetween(received, dueDate)).toBe(n);
        expect(c.workingDaysBetween(received, addCalendarDays(dueDate, -1))).toBe(n - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('matches a naive day-by-day count over the raw holiday data', () => {
    fc.assert(
      fc.property(arbDate, arbN, (received, n) => {
        expect(c.addWorkingDays(received, n)).toEqual(naiveAddWorkingDays(d, received, n));
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone: more working days give a strictly later date; a later receipt never an earlier one', () => {
    fc.assert(
      fc.property(arbDate, arbDate, arbN, arbN, (a, b, n, m) => {
        const [r1, r2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = n <= m ? [n, m] : [m, n];
        expect(c.addWorkingDays(r1, n1).dueDate <= c.addWorkingDays(r2, n1).dueDate).toBe(true);
        expect(c.addWorkingDays(r1, n1).dueDate <= c.addWorkingDays(r1, n2).dueDate).toBe(true);
        if (n1 < n2) expect(c.addWorkingDays(r1, n1).dueDate < c.addWorkingDays(r1, n2).dueDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is provisional exactly when some day in (received, due] lies in a year without an official calendar', () => {
    const official = new Set(d.officialYears);
    fc.assert(
      fc.property(arbDate, arbN, (received, n) => {
        const r = c.addWorkingDays(received, n);
        let unofficialDay = false;
        for (let day = addCalendarDays(received, 1); day <= r.dueDate; day = addCalendarDays(day, 1)) {
          if (!official.has(+day.slice(0, 4))) unofficialDay = true;
        }
        expect(r.provisional).toBe(unofficialDay);
        expect(r.dueAt).toBe(new Date(Date.parse(`${r.dueDate}T00:00:00+08:00`) + 86_400_000).toISOString());
      }),
      { numRuns: 500 },
    );
  });
});

describe('provisional properties around the year boundaries', () => {
  it('every receipt in the last two weeks of 2026 is provisional exactly when the due date falls in 2027', () => {
    for (let received = '2026-12-15'; received <= '2026-12-31'; received = addCalendarDays(received, 1)) {
      for (let n = 1; n <= 12; n++) {
        const r = cal.addWorkingDays(received, n);
        expect(r.provisional, `${received} + ${n}`).toBe(r.dueDate >= '2027-01-01');
      }
    }
  });
});

describe('the official-year registry and the bundled data (ENVIRONMENT.md "Working-day calendar")', () => {
  it('2025 and 2026 are official, 2027 is not (chinese-days has no 2027 data yet)', () => {
    const years = OFFICIAL_YEAR_REGISTRY.map((r) => r.year);
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years).not.toContain(2027);
    // Every registry year is backed by bundled data, so none was dropped.
    expect(data.officialYears).toEqual(years);
    for (const r of OFFICIAL_YEAR_REGISTRY) expect(r.source).toContain(`${r.year}年部分节假日安排`);
  });

  it('ENVIRONMENT.md: 2026-02-14 (Saturday) is a working day, 2026-10-01 a holiday', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-10-01')).toBe(false);
  });

  it('2025 National Day and Mid-Autumn (10-01..10-08 off; Sunday 09-28 and Saturday 10-11 worked): 2025-09-30 + 1 → 2025-10-09', () => {
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.addWorkingDays('2025-09-30', 1)).toEqual({ dueDate: '2025-10-09', dueAt: '2025-10-09T16:00:00.000Z', provisional: false });
    expect(cal.addWorkingDays('2025-09-26', 5)).toEqual({ dueDate: '2025-10-10', dueAt: '2025-10-10T16:00:00.000Z', provisional: false });
  });

  it('ENVIRONMENT.md: chinese-days calls 2027-01-01 a working day; here it is the statutory 元旦, counted provisionally', () => {
    expect(cal.isOfficialYear(2027)).toBe(false);
    expect(cal.addWorkingDays('2026-12-31', 1)).toEqual({ dueDate: '2027-01-04', dueAt: '2027-01-04T16:00:00.000Z', provisional: true });
  });

  it('the bundled data is cached, and holds only official years', () => {
    expect(defaultCalendarData()).toBe(data);
    expect(data.holidays.every((d) => data.officialYears.includes(+d.slice(0, 4)))).toBe(true);
    expect(data.workdays.every((d) => data.officialYears.includes(+d.slice(0, 4)))).toBe(true);
  });
});

describe('the default instance (bundled years; no data argument)', () => {
  it('createCalendar() and the convenience functions answer like createCalendar(defaultCalendarData())', () => {
    const c = createCalendar();
    expect(c.coverage()).toEqual(cal.coverage());
    expect(defaultCalendar().coverage()).toEqual(cal.coverage());
    expect(addWorkingDays('2026-09-29', 5)).toEqual({ dueDate: '2026-10-12', dueAt: '2026-10-12T16:00:00.000Z', provisional: false });
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(workingDaysBetween('2026-09-29', '2026-10-12')).toBe(5);
    expect(isOfficialYear(2026)).toBe(true);
    expect(isOfficialYear(2027)).toBe(false);
  });

  it('coverage() returns a copy: a caller cannot change the calendar through it', () => {
    cal.coverage().officialYears.push(2099);
    expect(cal.isOfficialYear(2099)).toBe(false);
    expect(cal.coverage().officialYears).not.toContain(2099);
  });
});

describe('loaded years and provisional counting (SPEC §2)', () => {
  it('only counted days matter: with 2028 loaded but not 2027, 2027-12-31 + 1 is not provisional, 2027-12-30 + 2 is', () => {
    const c = createCalendar(mergeCalendarData(data, [{ year: 2028, holidays: ['2028-01-01'], workdays: [] }]));
    expect(c.addWorkingDays('2027-12-31', 1)).toEqual({ dueDate: '2028-01-03', dueAt: '2028-01-03T16:00:00.000Z', provisional: false });
    expect(c.addWorkingDays('2027-12-30', 2).provisional).toBe(true);
  });

  it('mergeCalendarData ignores dates outside their own year', () => {
    const merged = mergeCalendarData(data, [{ year: 2027, holidays: ['2027-01-01', '2026-12-31'], workdays: ['2028-01-01'] }]);
    expect(merged.holidays).toContain('2027-01-01');
    expect(merged.holidays.filter((d) => d === '2026-12-31')).toHaveLength(0);
    expect(merged.workdays).not.toContain('2028-01-01');
  });

  it('calendarYearProblems names each bad entry by its path', () => {
    expect(calendarYearProblems(YEAR_2027)).toEqual([]);
    expect(
      calendarYearProblems({ year: 2027, holidays: ['2027-02-30', '2026-10-01', '2027-01-01'], workdays: ['2027-01-04', '2027-01-01', '2028-01-01'] }),
    ).toEqual([
      { path: 'holidays.0', message: expect.stringContaining('not a real date') },
      { path: 'holidays.1', message: '2026-10-01 is not in 2027' },
      { path: 'workdays.0', message: expect.stringContaining('is a weekday') },
      { path: 'workdays.1', message: expect.stringContaining('is a weekday') }, // 2027-01-01 is a Friday
      { path: 'workdays.2', message: '2028-01-01 is not in 2027' },
    ]);
    expect(calendarYearProblems({ year: 2027, holidays: ['2027-01-02'], workdays: ['2027-01-02'] })).toEqual([
      { path: 'workdays.0', message: '2027-01-02 is also listed as a holiday' },
    ]);
    expect(calendarYearProblems({ year: 1989, holidays: [], workdays: [] })).toEqual([{ path: 'year', message: expect.any(String) }]);
  });

  it('property: workingDaysBetween matches a naive day-by-day count', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -10, max: 60 }), (from, span) => {
        const to = addCalendarDays(from, span);
        let n = 0;
        for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (naiveIsWorkingDay(data, d)) n++;
        expect(cal.workingDaysBetween(from, to)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a count that is not a whole number ≥ 1, and a deadline beyond 2100', () => {
    for (const n of [0, -1, 1.5, NaN, Infinity]) expect(() => cal.addWorkingDays('2026-09-29', n), String(n)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2100-12-28', 5)).toThrow(/beyond 2100/);
    expect(cal.addWorkingDays('2100-12-28', 1).dueDate).toBe('2100-12-29');
  });
});
