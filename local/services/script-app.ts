// ScriptApp: triggers in memory per account and document, listed as Google lists them; an add-on's one time-driven trigger per account and document, 20 per user and script; the authorization the user granted.
import { randomUUID } from 'node:crypto';
import { Calls, track } from './calls';

const MAX_TRIGGERS = 20;

export interface TriggerRecord {
  handler: string;
  id: string;
  /** The account that created it: Apps Script shows, runs and deletes a trigger only for its creator. */
  user: string;
  /** The document the call that created it ran in: an add-on may hold one time-driven trigger per account there. */
  document: string;
  /** The spreadsheet a `forSpreadsheet(…)` trigger watches; time-driven triggers belong to no document. */
  sourceId?: string;
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
    return this.record.sourceId ?? null;
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

/** The scopes appsscript.json declares and those the user consented to (all of them, unless a test says otherwise). */
export interface Authorization {
  declared: string[];
  granted: string[];
}

const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'];

/**
 * ScriptApp.getAuthorizationInfo(authMode, oAuthScopes?) as the reference describes it: REQUIRED while
 * a needed scope (the manifest's, or the list given) is not granted, with a URL then and null once
 * NOT_REQUIRED; getAuthorizedScopes() the granted ones, limited to the list when one is given.
 */
function authorizationInfo(calls: Calls, auth: Authorization, authMode: unknown, oAuthScopes?: unknown) {
  if (typeof authMode !== 'string' || !AUTH_MODES.includes(authMode)) throw new Error(`Invalid argument: authMode (${String(authMode)})`);
  if (oAuthScopes !== undefined && (!Array.isArray(oAuthScopes) || !oAuthScopes.every((s) => typeof s === 'string'))) {
    throw new Error('Invalid argument: oAuthScopes');
  }
  const needed = (oAuthScopes as string[] | undefined) ?? auth.declared;
  const required = needed.some((s) => !auth.granted.includes(s));
  const authorized = oAuthScopes === undefined ? [...auth.granted] : needed.filter((s) => auth.granted.includes(s));
  return track(calls, 'AuthorizationInfo', {
    getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
    getAuthorizationUrl: () => (required ? 'https://script.google.com/macros/d/local/authorize' : null),
    getAuthorizedScopes: () => authorized,
  });
}

/** Where a `forSpreadsheet`/`getUserTriggers` argument points: a Spreadsheet or its key, as Google accepts both. */
function spreadsheetKey(method: string, target: unknown): string {
  const key = typeof target === 'string' ? target : target && typeof (target as { getId?: unknown }).getId === 'function' ? String((target as { getId(): unknown }).getId()) : '';
  if (!key) throw new Error(`Invalid argument: ${method} needs a spreadsheet.`);
  return key;
}

/** Who runs the call and in which document; `triggers` may be shared by runtimes of one project (an add-on in several books). */
export interface TriggerScope {
  user: () => string;
  document: () => string;
}

/**
 * As Google's reference says, getProjectTriggers() gives the current account's triggers of this
 * project, in every document; getUserTriggers(spreadsheet) only its triggers created with
 * forSpreadsheet(that spreadsheet): never a time-driven one, which watches no document.
 */
export function scriptAppService(calls: Calls, triggers: TriggerRecord[], scope: TriggerScope, auth: Authorization) {
  const wrap = (r: TriggerRecord) => track(calls, 'Trigger', new Trigger(r));
  const mine = () => triggers.filter((t) => t.user === scope.user());
  const create = (r: TriggerRecord) => {
    // Quotas page: 20 triggers per user per script.
    if (mine().length >= MAX_TRIGGERS) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    if (r.eventType === 'CLOCK' && mine().some((t) => t.eventType === 'CLOCK' && t.document === r.document)) {
      throw new Error('This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    triggers.push(r);
    return wrap(r);
  };
  const newTrigger = (handler: string) => {
    const r: TriggerRecord = { handler, id: randomUUID(), user: scope.user(), document: scope.document(), eventType: 'CLOCK' };
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
      forSpreadsheet: (target: unknown) => (
        (r.sourceId = spreadsheetKey('forSpreadsheet', target)),
        track(calls, 'SpreadsheetTriggerBuilder', {
          onOpen: spreadsheet('ON_OPEN'),
          onEdit: spreadsheet('ON_EDIT'),
          onChange: spreadsheet('ON_CHANGE'),
          onFormSubmit: spreadsheet('ON_FORM_SUBMIT'),
        })
      ),
    });
  };
  const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
  return track(calls, 'ScriptApp', {
    AuthMode: enumOf(...AUTH_MODES),
    AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
    EventType: enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT'),
    TriggerSource: enumOf('CLOCK', 'SPREADSHEETS', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
    WeekDay: enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'),
    newTrigger,
    getProjectTriggers: () => mine().map(wrap),
    getUserTriggers(spreadsheet: unknown) {
      const key = spreadsheetKey('getUserTriggers', spreadsheet);
      return mine()
        .filter((t) => t.eventType !== 'CLOCK' && t.sourceId === key)
        .map(wrap);
    },
    deleteTrigger(trigger: Trigger) {
      // Stricter than the reference, which is silent: a trigger this account cannot list is not its to delete.
      const i = triggers.findIndex((t) => t.id === trigger?.record?.id && t.user === scope.user());
      if (i < 0) throw new Error('No trigger of the current user matches the given trigger.');
      triggers.splice(i, 1);
    },
    getAuthorizationInfo: (authMode: unknown, oAuthScopes?: unknown) => authorizationInfo(calls, auth, authMode, oAuthScopes),
    getScriptId: () => 'local',
    getOAuthToken: () => 'local-token',
  });
}
