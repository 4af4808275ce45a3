// Glue between the row contract and the call's context: a broken Configuración answers every row.
import { Cell } from '../core/parse';
import { Result, fail } from '../core/result';
import { Context, functionContext } from '../gas/context';
import { Out, Param, byRow } from './rows';

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
