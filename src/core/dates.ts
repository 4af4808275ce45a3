// Calendar days as integers (Sheets serials: days since 1899-12-30), so differences never depend on DST.

/** A calendar date as a Sheets serial day number (1 = 1899-12-31). */
export type Day = number;

const EPOCH_OFFSET = 25569; // Sheets serial of 1970-01-01

/** Serial day of a calendar date; month is 1–12. Returns NaN for impossible dates (31/02). */
export function dayFromParts(year: number, month: number, day: number): Day {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return NaN;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return Math.round(ms / 86400000) + EPOCH_OFFSET;
}

/** The calendar parts of a serial day. */
export function partsOfDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date((day - EPOCH_OFFSET) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Whether a value is a Date, from any V8 context: `instanceof Date` fails for a Date made in another
 * realm (a test harness, the local runtime's services), and a sheet's dates must never read as text.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Days already read, per zone and time value. Intl formatting costs microseconds per Date, and a
 * column of dates repeats the same few hundred midnights, so a whole-column range would pay it
 * thousands of times. Emptied when full rather than evicted one by one: simple and bounded.
 */
const daysByZone = new Map<string, Map<number, Day>>();
const MAX_CACHED_DAYS = 20000;

/**
 * The calendar date a Date object shows in a time zone. Sheets hands custom functions dates at
 * midnight of the spreadsheet's zone, which is not midnight UTC, so the zone decides the day.
 */
export function dayOfDate(date: Date, timeZone: string): Day {
  const time = date.getTime();
  if (time !== time) return NaN; // an invalid Date; Number.isNaN would be a global lookup per cell in a vm context
  let days = daysByZone.get(timeZone);
  if (!days) {
    days = new Map();
    daysByZone.set(timeZone, days);
  }
  const cached = days.get(time);
  if (cached !== undefined) return cached;
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, fmt);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of fmt.formatToParts(date)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  const result = dayFromParts(year, month, day);
  if (days.size >= MAX_CACHED_DAYS) days.clear();
  days.set(time, result);
  return result;
}

/**
 * Midnight of a calendar day in a time zone (the spreadsheet's): the Date Sheets itself stores for a
 * typed date. The zone's offset is read at a first guess and again at the instant it gives, so a
 * day whose offset changed overnight lands on its own midnight.
 */
export function midnightOf(day: Day, timeZone: string): Date {
  const p = partsOfDay(day);
  const guess = Date.UTC(p.year, p.month - 1, p.day);
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const offsetAt = (ms: number) => {
    const w: Record<string, number> = {};
    for (const part of fmt.formatToParts(new Date(ms))) w[part.type] = Number(part.value);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour % 24, w.minute) - ms;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** dd/mm/aaaa, as a secretary writes it. */
export function formatDay(day: Day): string {
  const p = partsOfDay(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** aaaa-mm-dd, for file names and logs. */
export function isoDay(day: Day): string {
  const p = partsOfDay(day);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Adds calendar months, clamping to the month's last day (31/01 + 1 month = 28/02 or 29/02). */
export function addMonths(day: Day, months: number): Day {
  const p = partsOfDay(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dayFromParts(year, month, Math.min(p.day, last));
}
