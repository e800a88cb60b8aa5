/**
 * Date arithmetic under the calendar (SPEC §2 "24:00, Asia/Shanghai"): integer day numbers checked
 * against JavaScript's own Date for every day of 1990–2100, and the Asia/Shanghai conversions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dateOfIndex, DAYS, dayIndex, endOfShanghaiDay, isRealDate, isValidDate, shanghaiDate, tryDayIndex, weekdayOfIndex, yearOfIndex } from '../../rules/dates.js';

describe('day numbers', () => {
  it('agree with Date for every day 1990-01-01 … 2100-12-31: index, weekday, year, round trip', () => {
    const base = Date.UTC(1990, 0, 1);
    expect(DAYS).toBe(Math.round((Date.UTC(2101, 0, 1) - base) / 86_400_000));
    for (let i = 0; i < DAYS; i++) {
      const d = new Date(base + i * 86_400_000);
      const s = d.toISOString().slice(0, 10);
      if (tryDayIndex(s) !== i || dateOfIndex(i) !== s || weekdayOfIndex(i) !== d.getUTCDay() || yearOfIndex(i) !== d.getUTCFullYear()) {
        throw new Error(`day ${i} (${s}) disagrees with Date`);
      }
    }
  });

  it.each([
    ['2026-02-29', 'not a real date'],
    ['2026-02-30', 'not a real date'],
    ['2100-02-29', 'not a real date'], // 2100 is not a leap year
    ['2026-00-10', 'not a real date'],
    ['2026-13-01', 'not a real date'],
    ['2026-12-32', 'not a real date'],
    ['2026-2-01', 'YYYY-MM-DD'],
    ['20260201', 'YYYY-MM-DD'],
    [' 2026-02-01', 'YYYY-MM-DD'],
    ['2026-02-01T00:00Z', 'YYYY-MM-DD'],
    ['２０２６-02-01', 'YYYY-MM-DD'],
    ['1989-12-31', 'outside'],
    ['2101-01-01', 'outside'],
  ])('refuses %j (%s)', (date, why) => {
    expect(isValidDate(date)).toBe(false);
    expect(() => dayIndex(date)).toThrow(why);
  });

  it('accepts leap days of leap years only; birth dates may be any real date', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('1600-02-29')).toBe(true);
    expect(isRealDate('1949-10-01')).toBe(true);
    expect(isRealDate('1949-13-01')).toBe(false);
    expect(isRealDate(19491001 as never)).toBe(false);
  });

  it('addCalendarDays moves across months and years, and refuses to leave the range', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-09-29', 60)).toBe('2026-11-28');
    expect(() => addCalendarDays('2100-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('1990-01-01', -1)).toThrow(RangeError);
  });
});

describe('Asia/Shanghai (UTC+8, no daylight saving since 1991)', () => {
  it('SPEC §2: the end of a local day is 16:00Z of the same date', () => {
    expect(endOfShanghaiDay('2026-10-12')).toBe('2026-10-12T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-12-31')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('shanghaiDate: the local date of an instant', () => {
    expect(shanghaiDate('2026-10-12T15:59:59.999Z')).toBe('2026-10-12');
    expect(shanghaiDate('2026-10-12T16:00:00.000Z')).toBe('2026-10-13');
    expect(shanghaiDate('2026-10-13T00:00:00+08:00')).toBe('2026-10-13');
    expect(shanghaiDate('2026-10-12T23:30:00-05:00')).toBe('2026-10-13'); // 04:30Z + 8h
    expect(shanghaiDate(new Date(Date.UTC(2026, 11, 31, 16)))).toBe('2027-01-01');
    expect(shanghaiDate('2026-10-12')).toBe('2026-10-12'); // a plain date is UTC midnight = 08:00 in Shanghai
  });

  it('shanghaiDate refuses a local time without an offset (it would depend on the machine) and garbage', () => {
    expect(() => shanghaiDate('2026-10-12T10:00:00')).toThrow(RangeError);
    expect(() => shanghaiDate('yesterday')).toThrow(RangeError);
    expect(() => shanghaiDate(new Date(NaN))).toThrow(RangeError);
  });

  it('property: shanghaiDate(endOfShanghaiDay(d)) is the next day; one millisecond earlier is d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: DAYS - 2 }), (i) => {
        const d = dateOfIndex(i);
        const end = endOfShanghaiDay(d);
        expect(end).toBe(new Date(Date.parse(`${d}T00:00:00+08:00`) + 86_400_000).toISOString());
        expect(shanghaiDate(end)).toBe(dateOfIndex(i + 1));
        expect(shanghaiDate(new Date(Date.parse(end) - 1))).toBe(d);
      }),
    );
  });
});
