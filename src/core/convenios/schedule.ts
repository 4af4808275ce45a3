// Who turned the daily reminders on, at which hour, with which trigger: the one record every account's panel reads.

/**
 * Apps Script shows each account only its own triggers, so "one trigger per document" needs a
 * record all accounts see (the document's properties) of whose trigger is the daily run.
 */
export interface Schedule {
  /** The email of the account that holds the trigger; "" where the domain does not reveal it. */
  owner: string;
  /** 0–23, in the spreadsheet's zone. */
  hour: number;
  /** The trigger's unique id; "" in a schedule recorded before ids were kept. */
  triggerId: string;
}

const isHour = (h: unknown): h is number => typeof h === 'number' && Number.isInteger(h) && h >= 0 && h <= 23;

/**
 * The schedule from its stored JSON, or from the bare hour that earlier versions stored (owner and
 * trigger unknown: the first firing adopts it). Null when reminders are off.
 */
export function parseSchedule(stored: string | null, legacyHour: string | null): Schedule | null {
  if (stored) {
    try {
      const s = JSON.parse(stored) as Partial<Schedule>;
      if (isHour(s.hour)) return { owner: String(s.owner ?? ''), hour: s.hour, triggerId: String(s.triggerId ?? '') };
    } catch {
      // A value someone edited by hand: fall back to the legacy hour, or off.
    }
  }
  const hour = legacyHour === null ? NaN : Number(legacyHour);
  return isHour(hour) ? { owner: '', hour, triggerId: '' } : null;
}

/**
 * Whether `me` may change the schedule: `free` when reminders are off, `mine` when my account holds
 * the recorded trigger (or, emails being known, it is my email; or, for a legacy record, I hold a
 * trigger of the reminders), `other` when another account does.
 */
export function scheduleAccess(s: Schedule | null, me: string, myTriggerIds: string[]): 'free' | 'mine' | 'other' {
  if (!s) return 'free';
  if (s.triggerId ? myTriggerIds.includes(s.triggerId) : myTriggerIds.length > 0) return 'mine';
  return s.owner !== '' && s.owner === me ? 'mine' : 'other';
}

/**
 * What a firing trigger does: `run` when it is the recorded one (or it was started by hand, without
 * an event), `adopt` a legacy record that names no trigger, `stale` when the record names another
 * trigger (someone took control) or none (reminders were turned off): that trigger removes itself.
 */
export function firingVerdict(s: Schedule | null, triggerUid: string | undefined): 'run' | 'adopt' | 'stale' {
  if (!triggerUid) return 'run';
  if (!s) return 'stale';
  if (!s.triggerId) return 'adopt';
  return s.triggerId === triggerUid ? 'run' : 'stale';
}

/**
 * Which of my reminder triggers belong to this book, to replace or remove. Apps Script lists an
 * account's triggers of the whole project, and an add-on's project spans every book it runs in, so
 * a trigger is this book's when the book recorded it: the schedule's own, or one created here
 * earlier (`bookTriggerIds`: say, the one left when another account took control). A legacy record
 * kept no ids: then all of mine are taken for it, as before ids were kept.
 */
export function triggersOfBook(s: Schedule | null, myTriggerIds: string[], bookTriggerIds: string[]): string[] {
  if (s && !s.triggerId && bookTriggerIds.length === 0) return myTriggerIds;
  return myTriggerIds.filter((id) => id === s?.triggerId || bookTriggerIds.includes(id));
}
