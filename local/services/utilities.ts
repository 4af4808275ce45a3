// Utilities, Session, Logger and console: date formatting with SimpleDateFormat letters, digests, blobs.
import { createHash, randomUUID } from 'node:crypto';
import { types } from 'node:util';
import { Calls, track } from './calls';
import { wallParts } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function zoneOffset(ms: number, timeZone: string): number {
  const w = wallParts(ms, timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 60000);
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/** java.text.SimpleDateFormat's usual letters: y M d E u H h k K m s S a D z Z X and 'quoted text'. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const w = wallParts(ms, timeZone);
  const num = (n: number, width: number) => String(n).padStart(width, '0');
  const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
  const field = (letter: string, width: number): string => {
    switch (letter) {
      case 'y':
      case 'Y':
        return width === 2 ? num(w.year % 100, 2) : num(w.year, width);
      case 'M':
      case 'L':
        if (width >= 4) return MONTHS[w.month - 1];
        if (width === 3) return MONTHS[w.month - 1].slice(0, 3);
        return num(w.month, width);
      case 'd':
        return num(w.day, width);
      case 'E':
        return width >= 4 ? DAYS[w.weekday - 1] : DAYS[w.weekday - 1].slice(0, 3);
      case 'u':
        return num(w.weekday, width);
      case 'H':
        return num(w.hour, width);
      case 'k':
        return num(w.hour === 0 ? 24 : w.hour, width);
      case 'K':
        return num(w.hour % 12, width);
      case 'h':
        return num(w.hour % 12 === 0 ? 12 : w.hour % 12, width);
      case 'm':
        return num(w.minute, width);
      case 's':
        return num(w.second, width);
      case 'S':
        return num(w.millisecond, 3).slice(0, Math.max(width, 3)).padEnd(width, '0');
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'D':
        return num(dayOfYear, width);
      case 'z':
        return `GMT${offsetText(zoneOffset(ms, timeZone), true)}`;
      case 'Z':
        return offsetText(zoneOffset(ms, timeZone), false);
      case 'X': {
        const off = zoneOffset(ms, timeZone);
        if (off === 0) return 'Z';
        return width === 1 ? offsetText(off, false).slice(0, 3) : offsetText(off, width >= 3);
      }
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += text === '' ? "'" : text;
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

class Blob {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getDataAsString() {
    return this.bytes.toString('utf8');
  }
  getBytes() {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType() {
    return this.contentType;
  }
  setContentType(type: string) {
    this.contentType = type;
    return this;
  }
  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
}

const toBuffer = (data: unknown) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from((data as number[]).map((b) => b & 255)));

/** `sleep` advances the runtime's clock: a pause counts toward the execution's time limit, as in Apps Script. */
export function utilitiesService(calls: Calls, sleep: (ms: number) => void) {
  const digests: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
  return track(calls, 'Utilities', {
    DigestAlgorithm: Object.fromEntries(Object.keys(digests).map((k) => [k, k])),
    Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
    formatDate(date: Date, timeZone: string, pattern: string) {
      if (!types.isDate(date)) throw new Error('The parameters (String,String,String) don\'t match the method signature for Utilities.formatDate.');
      return formatDate(date, timeZone, pattern);
    },
    formatString(template: string, ...args: unknown[]) {
      let i = 0;
      return template.replace(/%(\.\d+)?[sdf%]/g, (spec, precision?: string) => {
        if (spec === '%%') return '%';
        const v = args[i++];
        if (spec.endsWith('d')) return String(Math.trunc(Number(v)));
        if (spec.endsWith('f')) return Number(v).toFixed(precision ? Number(precision.slice(1)) : 6);
        return String(v);
      });
    },
    sleep(ms: number) {
      sleep(Math.max(0, Number(ms) || 0));
    },
    getUuid: () => randomUUID(),
    newBlob: (data: unknown, contentType?: string, name?: string) => new Blob(toBuffer(data ?? ''), contentType ?? null, name ?? null),
    computeDigest(algorithm: string, value: unknown) {
      const bytes = createHash(digests[algorithm] ?? 'sha256').update(toBuffer(value)).digest();
      return [...bytes].map((b) => (b > 127 ? b - 256 : b));
    },
    base64Encode: (data: unknown) => toBuffer(data).toString('base64'),
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    parseCsv(text: string, delimiter = ',') {
      return text
        .split(/\r?\n/)
        .filter((l) => l !== '')
        .map((l) => l.split(delimiter));
    },
  });
}

/** Inside a custom function the user's email reads "", as the Session reference says. */
export function sessionService(calls: Calls, user: string, scriptTimeZone: string, inCustomFunction: () => boolean) {
  const userObject = () => {
    const email = inCustomFunction() ? '' : user;
    return track(calls, 'User', { getEmail: () => email, toString: () => email });
  };
  return track(calls, 'Session', {
    getActiveUser: userObject,
    getEffectiveUser: userObject,
    getScriptTimeZone: () => scriptTimeZone,
    getActiveUserLocale: () => 'es',
    getTemporaryActiveUserKey: () => createHash('sha1').update(user).digest('base64'),
  });
}

/** Logger and console: lines go to `logs` (and to stdout when `echo` is set, as in the web page's server). */
export function loggers(calls: Calls, logs: string[], echo: boolean) {
  const write = (level: string, args: unknown[]) => {
    const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    logs.push(level ? `${level}: ${line}` : line);
    if (echo) console.log(`[Apps Script] ${logs[logs.length - 1]}`);
  };
  const logger = track(calls, 'Logger', {
    log(...args: unknown[]) {
      write('', args);
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => void logs.splice(0),
  });
  const consoleObject = {
    log: (...a: unknown[]) => write('', a),
    info: (...a: unknown[]) => write('info', a),
    warn: (...a: unknown[]) => write('warn', a),
    error: (...a: unknown[]) => write('error', a),
    time: () => {},
    timeEnd: () => {},
  };
  return { Logger: logger, console: consoleObject };
}
