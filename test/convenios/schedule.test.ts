// The reminders' schedule record: who may change it, and what a firing trigger does with it.
import { deliveryWindow } from '../../src/core/es/words';
import { Schedule, firingVerdict, parseSchedule, scheduleAccess, triggersOfBook } from '../../src/core/convenios/schedule';

const ana: Schedule = { owner: 'ana@ugel.pe', hour: 7, triggerId: 't-ana' };
const hidden: Schedule = { owner: '', hour: 7, triggerId: 't-x' };
const legacy: Schedule = { owner: '', hour: 7, triggerId: '' };

describe('parseSchedule', () => {
  test.each([
    ['the stored record', JSON.stringify(ana), null, ana],
    ['an hour stored by an earlier version', null, '18', { owner: '', hour: 18, triggerId: '' }],
    ['a record edited into nonsense falls back to the legacy hour', '{"hour":"siete"}', '6', { owner: '', hour: 6, triggerId: '' }],
    ['nothing stored: off', null, null, null],
  ])('%s', (_l, stored, legacyHour, want) => expect(parseSchedule(stored, legacyHour)).toEqual(want));
});

describe('scheduleAccess', () => {
  test.each([
    ['off: anyone may turn them on', null, 'luis@ugel.pe', [], 'free'],
    ['the account holding the recorded trigger', ana, 'ana@ugel.pe', ['t-ana'], 'mine'],
    ['the owner whose trigger was deleted by hand', ana, 'ana@ugel.pe', [], 'mine'],
    ['another account', ana, 'luis@ugel.pe', ['t-luis'], 'other'],
    ['emails hidden: the trigger id decides', hidden, '', ['t-x'], 'mine'],
    ['emails hidden and not my trigger', hidden, '', [], 'other'],
    ['a legacy record: whoever holds a trigger', legacy, '', ['t-old'], 'mine'],
    ['a legacy record, holding none', legacy, 'luis@ugel.pe', [], 'other'],
  ] as [string, Schedule | null, string, string[], string][])('%s → %s', (_l, s, me, ids, want) => expect(scheduleAccess(s, me, ids)).toBe(want));
});

describe('firingVerdict', () => {
  test.each([
    ['the recorded trigger runs', ana, 't-ana', 'run'],
    ['a trigger replaced by «Tomar el control» removes itself', ana, 't-old', 'stale'],
    ['a trigger left after turning off removes itself', null, 't-old', 'stale'],
    ['the first firing after an upgrade adopts the legacy record', legacy, 't-old', 'adopt'],
    ['run by hand, without an event', ana, undefined, 'run'],
  ] as [string, Schedule | null, string | undefined, string][])('%s', (_l, s, uid, want) => expect(firingVerdict(s, uid)).toBe(want));
});

describe('triggersOfBook', () => {
  test.each([
    ['the recorded trigger, not my trigger of another book', ana, ['t-ana', 't-otro-libro'], [], ['t-ana']],
    ['also one this book recorded earlier (left when another account took control)', hidden, ['t-viejo', 't-otro-libro'], ['t-viejo', 't-luis'], ['t-viejo']],
    ['off: none of mine, they belong to other books', null, ['t-otro-libro'], [], []],
    ['off, with one this book recorded', null, ['t-viejo', 't-otro-libro'], ['t-viejo'], ['t-viejo']],
    ['a legacy record kept no ids: all of mine', legacy, ['t-old', 't-older'], [], ['t-old', 't-older']],
  ] as [string, Schedule | null, string[], string[], string[]][])('%s', (_l, s, mine, book, want) => expect(triggersOfBook(s, mine, book)).toEqual(want));
});

describe('deliveryWindow', () => {
  test.each([
    ['the default hour', 7, 'entre las 7:00 y las 8:00'],
    ['midnight', 0, 'entre las 0:00 y las 1:00'],
    ['the last hour ends at midnight', 23, 'entre las 23:00 y las 0:00'],
  ])('%s', (_l, hour, want) => expect(deliveryWindow(hour)).toBe(want));
});
