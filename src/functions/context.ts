// The context of one custom-function call (rules, their first problem, the zone) and its glue to the row contract.
import { DEFAULT_RULES, Rules, readConfigRows } from '../core/config';
import { Day, dayOfDate } from '../core/dates';
import { Cell, isBlank } from '../core/parse';
import { Issue, Result, fail } from '../core/result';
import { host } from './host';
import { Out, Param, byRow } from './rows';

export interface Context {
  rules: Rules;
  /** The first problem of the Configuración sheet: every row reports it until it is fixed. */
  configIssue?: Issue;
  timeZone: string;
}

/** Today's calendar day in the given zone, by the host's clock. */
export function today(timeZone: string): Day {
  return dayOfDate(host().now(), timeZone);
}

/**
 * The context of one custom-function call. `configRange` is the optional last argument every
 * function takes (`Configuración!A:B`): passing it makes Sheets recalculate the formula when the
 * configuration changes; without it the host reads the sheet.
 */
export function functionContext(configRange?: unknown): Context {
  const rows = Array.isArray(configRange) && Array.isArray(configRange[0]) ? (configRange as Cell[][]) : isBlank(configRange) ? host().configRows() : [];
  const reading = rows.length ? readConfigRows(rows) : { rules: DEFAULT_RULES, issues: [] };
  // Only bad values fail the formulas; unknown keys (notes typed in the sheet) are warnings for the panel.
  return { rules: reading.rules, configIssue: reading.issues[0], timeZone: host().timeZone() };
}

/** byRow with the call's context; while the Configuración sheet has a problem, each row names it. */
export function withContext(
  params: Param[],
  configRange: unknown,
  compute: (cells: Cell[], ctx: Context) => Result<Out | Out[]>,
  width = 1,
): Out | Out[][] {
  const ctx = functionContext(configRange);
  const issue = ctx.configIssue;
  if (issue) return byRow(params, () => fail(issue.code, issue), width, ctx.timeZone);
  return byRow(params, (cells) => compute(cells, ctx), width, ctx.timeZone);
}
