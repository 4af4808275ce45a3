// The document lock around every run that writes, so two people (or a trigger) never write over each other.
import { stop } from './boundary';
import { forgetProperties } from './execution';

/** A person in the sidebar waits 10 s at most before being told to retry. */
const LOCK_WAIT_MS = 10000;
/** The daily trigger has nobody to retry it until tomorrow: it waits up to 4 of its 6 minutes. */
export const TRIGGER_LOCK_WAIT_MS = 4 * 60 * 1000;

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock) stop({ code: 'no_active_spreadsheet' });
  if (!lock.tryLock(waitMs)) stop({ code: 'sheet_busy' });
  // What another execution wrote before we held the lock is read again.
  forgetProperties();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
