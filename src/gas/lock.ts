// The document lock around every run that writes, so two people (or a trigger) never write over each other.
import { stop } from './api';

const LOCK_WAIT_MS = 10000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) stop({ code: 'no_active_spreadsheet' });
  if (!lock.tryLock(LOCK_WAIT_MS)) stop({ code: 'sheet_busy' });
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
