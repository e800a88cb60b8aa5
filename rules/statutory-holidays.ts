/**
 * The statutory rest days of a year without the State Council's notice (issue 12 row 10), from
 * 全国年节及纪念日放假办法 itself. A provisional year counts these instead of weekdays only; it stays
 * `provisional: true` until ops load the official notice (which alone gives 调休 working weekends).
 *
 * 2024 revision (国务院令第795号, from 2025-01-01), Art. 2: 元旦 1 (1月1日); 春节 4 (农历除夕、正月初一至
 * 初三); 清明 1 (农历清明当日); 劳动节 2 (5月1日、2日); 端午 1 (农历端午当日); 中秋 1 (农历中秋当日);
 * 国庆 3 (10月1日至3日). Earlier editions apply to earlier years: 2014–2024 (2013 revision) 春节 初一–初三,
 * 劳动节 1; 2008–2013 (2007 revision) 春节 除夕–初二; before 2008 (1999 revision) 春节 初一–初三, 劳动节
 * 3, no 清明/端午/中秋.
 * Art. 6: "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假" — a statutory day on a weekend
 * gives a substitute rest day (补假): here the first weekday after it that is not itself a rest day.
 * Two festivals on one day (e.g. 中秋 on 10-03 in 2028) are one day off and one 补假, as the 2020 notice
 * did (NOTES.md). Checked against every official year 2004–2026 (test/rules/statutory-holidays.test.ts).
 *
 * Lunar dates and the 清明 solar term come from `tyme4ts` (6tail's maintained calendar library, pure
 * computation, independent of the machine's time zone; chinese-days' own lunar functions are not: they
 * shift by a day under a negative UTC offset).
 *
 * Pure API: statutoryRestDays(year) → [{date, name, kind: 'holiday' | 'substitute', ref}], sorted.
 */
import { LunarMonth, SolarDay, SolarTerm } from 'tyme4ts';

export interface StatutoryRestDay {
  date: string;
  name: string;
  /** A festival day (Art. 2), or a substitute working day off for one on a weekend (Art. 6 补假). */
  kind: 'holiday' | 'substitute';
  ref: string;
}

const iso = (d: SolarDay) => `${String(d.getYear()).padStart(4, '0')}-${String(d.getMonth()).padStart(2, '0')}-${String(d.getDay()).padStart(2, '0')}`;
/** Day d of (non-leap) lunar month m of lunar year y, as a solar day (the month's first day + d − 1: fast). */
const lunar = (y: number, m: number, d: number) => LunarMonth.fromYm(y, m).getFirstJulianDay().getSolarDay().next(d - 1);
const run = (first: SolarDay, n: number) => Array.from({ length: n }, (_, i) => first.next(i));

function edition(year: number): { name: string; festivals: [string, SolarDay[]][] } {
  const solar = (m: number, d: number) => SolarDay.fromYmd(year, m, d);
  const newYear = lunar(year, 1, 1);
  const qingming = SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay();
  const lunarFestivals: [string, SolarDay[]][] = [
    ['清明节', [qingming]],
    ['端午节', [lunar(year, 5, 5)]],
    ['中秋节', [lunar(year, 8, 15)]],
  ];
  if (year >= 2025) {
    return {
      name: '全国年节及纪念日放假办法 (2024年修订) 第二条',
      festivals: [['元旦', [solar(1, 1)]], ['春节', run(newYear.next(-1), 4)], ...lunarFestivals.slice(0, 1), ['劳动节', run(solar(5, 1), 2)], ...lunarFestivals.slice(1), ['国庆节', run(solar(10, 1), 3)]],
    };
  }
  if (year >= 2014) {
    return { name: '全国年节及纪念日放假办法 (2013年修订) 第二条', festivals: [['元旦', [solar(1, 1)]], ['春节', run(newYear, 3)], ...lunarFestivals.slice(0, 1), ['劳动节', [solar(5, 1)]], ...lunarFestivals.slice(1), ['国庆节', run(solar(10, 1), 3)]] };
  }
  if (year >= 2008) {
    return { name: '全国年节及纪念日放假办法 (2007年修订) 第二条', festivals: [['元旦', [solar(1, 1)]], ['春节', run(newYear.next(-1), 3)], ...lunarFestivals.slice(0, 1), ['劳动节', [solar(5, 1)]], ...lunarFestivals.slice(1), ['国庆节', run(solar(10, 1), 3)]] };
  }
  return { name: '全国年节及纪念日放假办法 (1999年修订) 第二条', festivals: [['元旦', [solar(1, 1)]], ['春节', run(newYear, 3)], ['劳动节', run(solar(5, 1), 3)], ['国庆节', run(solar(10, 1), 3)]] };
}

const ART6 = '全国年节及纪念日放假办法 第六条 (适逢星期六、星期日，应当在工作日补假)';
const isWeekend = (d: SolarDay) => {
  const w = new Date(Date.UTC(d.getYear(), d.getMonth() - 1, d.getDay())).getUTCDay();
  return w === 0 || w === 6;
};
const memo = new Map<number, readonly StatutoryRestDay[]>();

/** The statutory rest days of `year` under the edition in force that year, with Art. 6 substitute days. */
export function statutoryRestDays(year: number): StatutoryRestDay[] {
  if (!Number.isInteger(year) || year < 1901 || year > 2100) throw new RangeError(`year ${year}: statutory holidays are computed for 1901–2100`);
  let m = memo.get(year);
  if (!m) memo.set(year, (m = Object.freeze(compute(year))));
  return m.map((d) => ({ ...d }));
}

function compute(year: number): StatutoryRestDay[] {
  const ed = edition(year);
  const days = new Map<string, StatutoryRestDay>();
  const needSubstitute: SolarDay[] = [];
  for (const [name, dates] of ed.festivals) {
    for (const d of dates) {
      const key = iso(d);
      const prev = days.get(key);
      if (prev) {
        // Two festivals on one day: one day off, one 补假 (as the 2020 notice gave for 国庆 + 中秋).
        prev.name = `${prev.name}、${name}`;
        needSubstitute.push(d);
      } else {
        days.set(key, { date: key, name, kind: 'holiday', ref: ed.name });
        if (isWeekend(d)) needSubstitute.push(d);
      }
    }
  }
  needSubstitute.sort((a, b) => (iso(a) < iso(b) ? -1 : 1));
  for (const d of needSubstitute) {
    let s = d.next(1);
    while (isWeekend(s) || days.has(iso(s))) s = s.next(1);
    const holiday = days.get(iso(d))!;
    days.set(iso(s), { date: iso(s), name: `${holiday.name} 补假 (for ${iso(d)})`, kind: 'substitute', ref: ART6 });
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
