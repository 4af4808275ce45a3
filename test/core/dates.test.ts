// Calendar days as integers: impossible dates, the zone's midnight, and differences across DST changes.
import vm from 'node:vm';
import { addMonths, dayFromParts, dayOfDate, formatDay, isDate, isoDay, midnightOf, partsOfDay } from '../../src/core/dates';

describe('isDate', () => {
  test.each([
    ['a Date of this context', new Date(2026, 0, 1), true],
    ['a Date of another V8 context', vm.runInNewContext('new Date(2026, 0, 1)'), true],
    ['an invalid Date', new Date(NaN), true],
    ['a date text', '01/01/2026', false],
    ['a serial', 46023, false],
    ['an object that looks like a Date', { getTime: () => 0 }, false],
  ])('%s → %p', (_label, value, want) => expect(isDate(value)).toBe(want));
});

describe('dayFromParts', () => {
  test.each([
    ['15/03/2026 is serial 46096', 2026, 3, 15, 46096],
    ['01/01/2026 is serial 46023', 2026, 1, 1, 46023],
    ['29/02/2024 exists: 2024 is a leap year', 2024, 2, 29, 45351],
    ['1970-01-01 is the Unix epoch, serial 25569', 1970, 1, 1, 25569],
  ])('%s', (_label, y, m, d, want) => {
    expect(dayFromParts(y, m, d)).toBe(want);
  });

  test.each([
    ['31/02/2026', 2026, 2, 31],
    ['29/02/2026: 2026 is not a leap year', 2026, 2, 29],
    ['29/02/1900: 1900 is not a leap year (Sheets has no 1900 bug)', 1900, 2, 29],
    ['31/04/2026: April has 30 days', 2026, 4, 31],
    ['month 13 (US order 03/15 read as dd/mm)', 2026, 15, 3],
    ['day 0', 2026, 3, 0],
    ['month 0', 2026, 0, 10],
    ['a fractional day', 2026, 3, 1.5],
    ['a year before 1900', 1899, 12, 31],
    ['a year after 9999', 10000, 1, 1],
  ])('%s is impossible (NaN)', (_label, y, m, d) => {
    expect(dayFromParts(y, m, d)).toBeNaN();
  });
});

describe('partsOfDay, formatDay and isoDay', () => {
  test.each([
    [46096, { year: 2026, month: 3, day: 15 }, '15/03/2026', '2026-03-15'],
    [45351, { year: 2024, month: 2, day: 29 }, '29/02/2024', '2024-02-29'],
    [1, { year: 1899, month: 12, day: 31 }, '31/12/1899', '1899-12-31'],
  ])('serial %d', (serial, parts, dmy, iso) => {
    expect(partsOfDay(serial)).toEqual(parts);
    expect(formatDay(serial)).toBe(dmy);
    expect(isoDay(serial)).toBe(iso);
  });

  test('round-trips every day of 2024 and 2026', () => {
    for (let day = dayFromParts(2024, 1, 1); day <= dayFromParts(2026, 12, 31); day++) {
      const p = partsOfDay(day);
      expect(dayFromParts(p.year, p.month, p.day)).toBe(day);
    }
  });
});

describe('addMonths', () => {
  test.each([
    ['31/01/2026 + 1 month clamps to 28/02', [2026, 1, 31], 1, '28/02/2026'],
    ['31/01/2024 + 1 month clamps to 29/02 in a leap year', [2024, 1, 31], 1, '29/02/2024'],
    ['15/11/2026 + 3 months crosses the year', [2026, 11, 15], 3, '15/02/2027'],
    ['15/03/2026 − 6 months goes back a year', [2026, 3, 15], -6, '15/09/2025'],
  ])('%s', (_label, [y, m, d], months, want) => {
    expect(formatDay(addMonths(dayFromParts(y, m, d), months))).toBe(want);
  });
});

describe('dayOfDate', () => {
  // 03:00 UTC on 15/03/2026 is still the 14th in Mexico City (UTC−6) and already the 15th in Madrid.
  const instant = new Date(Date.UTC(2026, 2 /* Mar */, 15, 3));
  test.each([
    ['America/Mexico_City', '14/03/2026'],
    ['Europe/Madrid', '15/03/2026'],
    ['America/Lima', '14/03/2026'],
    ['UTC', '15/03/2026'],
  ])('reads the calendar date in %s', (zone, want) => {
    expect(formatDay(dayOfDate(instant, zone))).toBe(want);
  });

  test('asking the same instant in another zone is not answered from the first zone', () => {
    const t = new Date(Date.UTC(2026, 5 /* Jun */, 1, 2));
    expect(formatDay(dayOfDate(t, 'Europe/Madrid'))).toBe('01/06/2026');
    expect(formatDay(dayOfDate(t, 'America/Mexico_City'))).toBe('31/05/2026');
    expect(formatDay(dayOfDate(t, 'Europe/Madrid'))).toBe('01/06/2026');
  });

  test('an invalid Date is NaN', () => {
    expect(dayOfDate(new Date('no es fecha'), 'America/Mexico_City')).toBeNaN();
  });

  test('reads 30,000 distinct instants correctly past the cache limit', () => {
    const start = Date.UTC(2020, 0, 1, 5); // 00:00 in Lima, which keeps UTC−5 all year
    const wrong: number[] = [];
    for (let i = 0; i < 30000; i++) {
      const day = dayOfDate(new Date(start + i * 3600000), 'America/Lima');
      if (day !== dayFromParts(2020, 1, 1) + Math.floor(i / 24)) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });
});

/** The Date Sheets hands over for a calendar day: its midnight in the zone, found from the zone's offset. */
function localMidnight(year: number, month: number, day: number, utcOffsetHours: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - utcOffsetHours * 3600000);
}

describe('calendar-day differences across daylight-saving changes', () => {
  test.each([
    // zone, day before (offset), day after (offset), calendar days between, hours between
    ['Europe/Madrid, spring forward 29/03/2026', 'Europe/Madrid', [2026, 3, 28, 1], [2026, 3, 30, 2], 2, 47],
    ['Europe/Madrid, fall back 25/10/2026', 'Europe/Madrid', [2026, 10, 24, 2], [2026, 10, 26, 1], 2, 49],
    ['America/New_York, spring forward 08/03/2026', 'America/New_York', [2026, 3, 7, -5], [2026, 3, 9, -4], 2, 47],
    ['America/New_York, fall back 01/11/2026', 'America/New_York', [2026, 10, 31, -4], [2026, 11, 2, -5], 2, 49],
    ['America/Mexico_City, last spring forward 03/04/2022', 'America/Mexico_City', [2022, 4, 2, -6], [2022, 4, 4, -5], 2, 47],
    ['America/Mexico_City, last fall back 30/10/2022', 'America/Mexico_City', [2022, 10, 29, -5], [2022, 10, 31, -6], 2, 49],
    ['America/New_York, a whole DST season', 'America/New_York', [2026, 3, 1, -5], [2026, 11, 30, -5], 274, 274 * 24],
  ])('%s', (_label, zone, [y1, m1, d1, o1], [y2, m2, d2, o2], days, hours) => {
    const before = localMidnight(y1, m1, d1, o1);
    const after = localMidnight(y2, m2, d2, o2);
    expect((after.getTime() - before.getTime()) / 3600000).toBe(hours);
    expect(dayOfDate(before, zone)).toBe(dayFromParts(y1, m1, d1));
    expect(dayOfDate(after, zone)).toBe(dayFromParts(y2, m2, d2));
    expect(dayOfDate(after, zone) - dayOfDate(before, zone)).toBe(days);
  });

  test('milliseconds divided by a day would be wrong on a 23-hour day: calendar days are not', () => {
    const before = localMidnight(2026, 3, 28, 1);
    const after = localMidnight(2026, 3, 29, 1); // midnight of the change day is still CET
    const later = localMidnight(2026, 3, 30, 2);
    expect(Math.floor((later.getTime() - after.getTime()) / 86400000)).toBe(0);
    expect(dayOfDate(later, 'Europe/Madrid') - dayOfDate(after, 'Europe/Madrid')).toBe(1);
    expect(dayOfDate(after, 'Europe/Madrid') - dayOfDate(before, 'Europe/Madrid')).toBe(1);
  });
});

describe('midnightOf', () => {
  test.each<[string, string, [number, number, number], string]>([
    ['Mexico City, UTC−6 all year since 2022', 'America/Mexico_City', [2026, 3, 15], '2026-03-15T06:00:00.000Z'],
    ['Lima, UTC−5', 'America/Lima', [2026, 3, 15], '2026-03-15T05:00:00.000Z'],
    ['Madrid on its spring-forward day, still CET at midnight', 'Europe/Madrid', [2026, 3, 29], '2026-03-28T23:00:00.000Z'],
    ['Madrid the day after, CEST', 'Europe/Madrid', [2026, 3, 30], '2026-03-29T22:00:00.000Z'],
    ['Mexico City on its last fall-back day, 30/10/2022', 'America/Mexico_City', [2022, 10, 30], '2022-10-30T05:00:00.000Z'],
    ['Mexico City the day after, CST', 'America/Mexico_City', [2022, 10, 31], '2022-10-31T06:00:00.000Z'],
  ])('%s', (_label, zone, [y, m, d], iso) => {
    expect(midnightOf(dayFromParts(y, m, d), zone).toISOString()).toBe(iso);
  });

  test.each(['America/Mexico_City', 'America/Lima', 'Europe/Madrid', 'America/New_York'])('every day of 2026 in %s reads back as itself', (zone) => {
    const first = dayFromParts(2026, 1, 1);
    for (let day = first; day < first + 365; day++) expect(dayOfDate(midnightOf(day, zone), zone)).toBe(day);
  });
});
