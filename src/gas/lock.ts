// The document lock around every run that writes, so two people (or a trigger) never write over each other.
import { stop } from './boundary';
import { forgetProperties, keepFor } from './execution';

/** A person in the sidebar waits 10 s at most before being told to retry. */
const LOCK_WAIT_MS = 10000;
/** The daily trigger has nobody to retry it until tomorrow: it waits up to 4 of its 6 minutes. */
export const TRIGGER_LOCK_WAIT_MS = 4 * 60 * 1000;

/**
 * Runs `work` holding the document lock, which is then kept until the execution ends: every call of
 * the add-on that takes it returns right after. Google's reference (Lock.releaseLock(),
 * developers.google.com/apps-script/reference/lock/lock#releaseLock): "The lock is automatically
 * released when the script terminates", and a script working with a spreadsheet should call
 * SpreadsheetApp.flush() before the lock goes, so the pending writes are sent while it is held. An
 * explicit releaseLock() would be one more round trip to the lock service, paid only before a menu's
 * dialog (releaseDocumentLock), when the execution goes on while a person reads. The local
 * runtime releases what an execution took at its end (local/services/store.ts, releaseSince).
 * So an execution takes it once: one that writes several sheets (the workbook batch) holds it around
 * all of them.
 */
export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock) stop({ code: 'no_active_spreadsheet' });
  if (!lock.tryLock(waitMs)) stop({ code: 'sheet_busy' });
  // Kept for releaseDocumentLock: a menu action lets it go before its dialog, and a re-run takes it again.
  heldLock().lock = lock;
  // What another execution wrote before we held the lock is read again.
  forgetProperties();
  const result = work();
  // The writes go out under the lock (a flush after the last run of writes costs no round trip).
  SpreadsheetApp.flush();
  return result;
}

/** The document lock this action holds, if any: kept for the action (execution.ts), so each action starts without it. */
function heldLock(): { lock?: GoogleAppsScript.Lock.Lock } {
  return keepFor('lock.document', () => ({}));
}

/**
 * Lets the document lock go before the script waits on a person: a menu action's dialog (ui.alert)
 * blocks the execution until it is answered, and meanwhile the panel of everyone else, and the daily
 * trigger, would wait for the lock. One round trip, paid only by the actions that show a dialog.
 */
export function releaseDocumentLock(): void {
  const held = heldLock();
  if (!held.lock) return;
  held.lock.releaseLock();
  held.lock = undefined;
}
