// ScriptApp: triggers recorded in memory, with the add-on limit of one time-driven trigger per document and 20 per script.
import { randomUUID } from 'node:crypto';
import { Calls, track } from './calls';

const MAX_TRIGGERS = 20;

export interface TriggerRecord {
  handler: string;
  id: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  hour?: number;
  minute?: number;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  weekDay?: string;
  timeZone?: string;
  at?: string;
}

class Trigger {
  constructor(readonly record: TriggerRecord) {}
  getUniqueId() {
    return this.record.id;
  }
  getHandlerFunction() {
    return this.record.handler;
  }
  getEventType() {
    return this.record.eventType;
  }
  getTriggerSource() {
    return this.record.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
  getTriggerSourceId() {
    return this.record.eventType === 'CLOCK' ? null : 'local';
  }
}

/** ScriptApp.newTrigger(h).timeBased(): each setter records its part of the schedule. */
interface ClockTriggerBuilder {
  atHour(hour: number): ClockTriggerBuilder;
  nearMinute(minute: number): ClockTriggerBuilder;
  everyDays(n: number): ClockTriggerBuilder;
  everyHours(n: number): ClockTriggerBuilder;
  everyMinutes(n: number): ClockTriggerBuilder;
  everyWeeks(n: number): ClockTriggerBuilder;
  onWeekDay(day: string): ClockTriggerBuilder;
  inTimezone(tz: string): ClockTriggerBuilder;
  after(ms: number): ClockTriggerBuilder;
  at(date: Date): ClockTriggerBuilder;
  create(): Trigger;
}

export function scriptAppService(calls: Calls, triggers: TriggerRecord[]) {
  const wrap = (r: TriggerRecord) => track(calls, 'Trigger', new Trigger(r));
  const create = (r: TriggerRecord) => {
    // Quotas page: 20 triggers per user per script.
    if (triggers.length >= MAX_TRIGGERS) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    if (r.eventType === 'CLOCK' && triggers.some((t) => t.eventType === 'CLOCK')) {
      throw new Error('This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    triggers.push(r);
    return wrap(r);
  };
  const newTrigger = (handler: string) => {
    const r: TriggerRecord = { handler, id: randomUUID(), eventType: 'CLOCK' };
    const clock: ClockTriggerBuilder = {
      atHour: (hour: number) => ((r.hour = hour), clock),
      nearMinute: (minute: number) => ((r.minute = minute), clock),
      everyDays: (n: number) => ((r.everyDays = n), clock),
      everyHours: (n: number) => ((r.everyHours = n), clock),
      everyMinutes: (n: number) => ((r.everyMinutes = n), clock),
      everyWeeks: (n: number) => ((r.everyDays = 7 * n), clock),
      onWeekDay: (day: string) => ((r.weekDay = String(day)), clock),
      inTimezone: (tz: string) => ((r.timeZone = tz), clock),
      after: (ms: number) => ((r.at = new Date(Date.now() + ms).toISOString()), clock),
      at: (date: Date) => ((r.at = date.toISOString()), clock),
      create: () => create(r),
    };
    const spreadsheet = (eventType: TriggerRecord['eventType']) => () => {
      r.eventType = eventType;
      return track(calls, 'SpreadsheetTriggerBuilder', { create: () => create(r) });
    };
    return track(calls, 'TriggerBuilder', {
      timeBased: () => track(calls, 'ClockTriggerBuilder', clock),
      forSpreadsheet: () =>
        track(calls, 'SpreadsheetTriggerBuilder', {
          onOpen: spreadsheet('ON_OPEN'),
          onEdit: spreadsheet('ON_EDIT'),
          onChange: spreadsheet('ON_CHANGE'),
          onFormSubmit: spreadsheet('ON_FORM_SUBMIT'),
        }),
    });
  };
  const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
  return track(calls, 'ScriptApp', {
    AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
    EventType: enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT'),
    TriggerSource: enumOf('CLOCK', 'SPREADSHEETS', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
    WeekDay: enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'),
    newTrigger,
    getProjectTriggers: () => triggers.map(wrap),
    getUserTriggers: () => triggers.map(wrap),
    deleteTrigger(trigger: Trigger) {
      const i = triggers.findIndex((t) => t.id === trigger.record.id);
      if (i >= 0) triggers.splice(i, 1);
    },
    getScriptId: () => 'local',
    getOAuthToken: () => 'local-token',
  });
}
