// Results and issues as data: rules return these, and only messages.ts turns an issue into Spanish.
import type { IssueCode } from './codes';

export interface Issue {
  code: IssueCode;
  /** Details the message needs: the offending value, thresholds, the article. */
  [detail: string]: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: IssueCode, details: Record<string, unknown> = {}): Result<T> => ({
  ok: false,
  issue: { code, ...details },
});

/** An issue that escapes as an exception, for failures that stop a whole call (e.g. mismatched ranges). */
export class IssueError extends Error {
  constructor(readonly issue: Issue, message: string) {
    super(message);
    this.name = 'IssueError';
  }
}

/** The message of anything thrown, from any V8 context (`instanceof Error` is realm-bound). */
export function messageOf(e: unknown): string {
  return e !== null && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}
