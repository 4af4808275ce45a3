// MailApp: each email becomes an RFC 822 .eml file in the outbox, counted against a daily quota.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Calls, track } from './calls';

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  file: string;
}

export interface MailOptions {
  outbox: string;
  quota: { remaining: number };
  from: string;
  now: () => Date;
  failMailTo?: (to: string) => boolean;
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The addresses of a comma-separated list; an invalid one throws Apps Script's error. */
function addresses(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const bare = /<([^>]+)>\s*$/.exec(a)?.[1] ?? a;
      if (!ADDRESS.test(bare)) throw new Error(`Invalid email: ${a}`);
      return a;
    });
}

const encodeWord = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);
const base64Lines = (s: string) => (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');

function rfc822Date(d: Date): string {
  return d.toUTCString().replace('GMT', '+0000');
}

/** The .eml text: headers, then text/plain alone or multipart/alternative with the HTML part. */
export function emlText(m: Omit<SentMail, 'file'>, from: string, date: Date, id: string): string {
  const headers = [
    `From: ${m.name ? `${encodeWord(m.name)} <${from}>` : from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${rfc822Date(date)}`,
    `Message-ID: <${id}@secretaria-escolar.local>`,
    'MIME-Version: 1.0',
  ];
  const part = (type: string, text: string) => [`Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(text)].join('\r\n');
  if (!m.htmlBody) return [...headers, part('text/plain', m.body)].join('\r\n') + '\r\n';
  const boundary = `=_alt_${id}`;
  return (
    [...headers, `Content-Type: multipart/alternative; boundary="${boundary}"`, '', `--${boundary}`, part('text/plain', m.body), `--${boundary}`, part('text/html', m.htmlBody), `--${boundary}--`].join(
      '\r\n',
    ) + '\r\n'
  );
}

interface MessageArg {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

export function mailAppService(calls: Calls, sent: SentMail[], options: MailOptions) {
  const send = (m: MessageArg) => {
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new Error('Failed to send email: no recipient');
    if (options.quota.remaining < recipients) throw new Error('Service invoked too many times for one day: email.');
    if (options.failMailTo?.(to.join(', '))) throw new Error(`Failed to send email: ${to.join(', ')}`);
    options.quota.remaining -= recipients;
    const date = options.now();
    const mail: Omit<SentMail, 'file'> = {
      to: to.join(', '),
      ...(cc.length ? { cc: cc.join(', ') } : {}),
      ...(bcc.length ? { bcc: bcc.join(', ') } : {}),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody ? { htmlBody: String(m.htmlBody) } : {}),
      ...(m.name ? { name: String(m.name) } : {}),
      ...(m.replyTo ? { replyTo: String(m.replyTo) } : {}),
    };
    mkdirSync(options.outbox, { recursive: true });
    // Named by what it says and the day: the same email written again by a redone run replaces its
    // file instead of adding a second one; written under a temporary name, so no half file is ever seen.
    const key = createHash('sha256')
      .update(JSON.stringify([date.toISOString().slice(0, 10), mail.to, mail.cc, mail.bcc, mail.subject, mail.body, mail.htmlBody]))
      .digest('hex')
      .slice(0, 16);
    const slug = to[0].replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 60);
    const file = join(options.outbox, `${slug}-${key}.eml`);
    writeFileSync(`${file}.tmp`, emlText(mail, options.from, date, key));
    renameSync(`${file}.tmp`, file);
    sent.push({ ...mail, file });
  };
  return track(calls, 'MailApp', {
    sendEmail(a: string | MessageArg, subject?: string, body?: string, more?: MessageArg) {
      if (typeof a === 'object' && a !== null) send(a);
      else send({ ...(more ?? {}), to: a, subject, body });
    },
    getRemainingDailyQuota: () => options.quota.remaining,
  });
}
