// Where an issue becomes words: every sidebar-callable function answers its data, or the problem in plain Spanish.
import type { Answer } from '../api';
import { describe } from '../core/es/issues';
import { Issue, IssueError, messageOf } from '../core/result';
import { inExecution } from './execution';

/** Stops the call with an issue the sidebar shows as a sentence. */
export function stop(issue: Issue): never {
  throw new IssueError(issue, describe(issue));
}

/**
 * Runs a sidebar call. The one place that turns a failure into words: an issue keeps its sentence,
 * anything else (a service error, a missing authorization) is named as unexpected with its message.
 * It is one action: what it reads through ./execution is read once.
 */
export function answer<T>(work: () => T): Answer<T> {
  try {
    return { ok: true, data: inExecution(work) };
  } catch (e) {
    if (e instanceof IssueError) return { ok: false, error: e.message };
    return { ok: false, error: describe({ code: 'unexpected', message: messageOf(e) }) };
  }
}
