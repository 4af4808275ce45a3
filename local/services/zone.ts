// Wall-clock dates and time zones: exceljs keeps dates as UTC instants of the wall time, Sheets hands
// scripts instants at that wall time in the spreadsheet's zone; these convert between the two.

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock fields an instant shows in a zone. */
export function wallParts(ms: number, timeZone: string): WallParts {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(p.weekday) + 1,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallParts(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - ms;
}

/**
 * One conversion per distinct value and zone: a sheet's dates are mostly a few thousand days, and
 * formatToParts (twice per conversion) was most of the batch's engine time at 50,000 students.
 * Bounded: past MAX_REMEMBERED values a zone's table starts again.
 */
const MAX_REMEMBERED = 100_000;
const remembered = new Map<string, Map<number, number>>();

function once(kind: string, timeZone: string, ms: number, convert: () => number): number {
  const key = `${kind}|${timeZone}`;
  let table = remembered.get(key);
  if (!table) remembered.set(key, (table = new Map()));
  let out = table.get(ms);
  if (out === undefined) {
    if (table.size >= MAX_REMEMBERED) table.clear();
    table.set(ms, (out = convert()));
  }
  return out;
}

/** The instant whose wall time in `timeZone` equals the UTC fields of `wallMs` (exceljs → Sheets). */
export function instantOfWall(wallMs: number, timeZone: string): number {
  return once('instant', timeZone, wallMs, () => {
    let ms = wallMs - offsetAt(wallMs, timeZone);
    const second = wallMs - offsetAt(ms, timeZone);
    if (second !== ms) ms = second;
    return ms;
  });
}

/** The wall time of an instant in `timeZone`, as UTC fields (Sheets → exceljs). */
export function wallOfInstant(ms: number, timeZone: string): number {
  return once('wall', timeZone, ms, () => ms + offsetAt(ms, timeZone));
}

/**
 * The realm's Date with its clock replaced: `new Date()`, `Date()` and `Date.now()` read `now`, so a
 * test that moves the runtime's clock moves the bundle's today too. Every other use, `instanceof` and
 * the prototype are the realm's own.
 */
export function clockedDate(RealmDate: DateConstructor, now: () => Date): DateConstructor {
  const ms = () => now().getTime();
  return new Proxy(RealmDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [ms()], newTarget),
    apply: (target) => new target(ms()).toString(),
    get: (target, key, receiver) => (key === 'now' ? ms : Reflect.get(target, key, receiver)),
  });
}
