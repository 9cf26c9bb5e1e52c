import type * as z from 'zod';
import { compareDates } from '../core/index.js';

// Shared by every record with a start and an end date: the end must come strictly after the start.
// Messages are fixed text: they never contain the dates themselves.
export function checkDateOrder(
  ctx: z.core.$RefinementCtx,
  start: string | undefined,
  end: string | undefined,
  endKey: string,
  code: string,
  message: string,
): void {
  if (start === undefined || end === undefined) return;
  if (compareDates(end, start) <= 0)
    ctx.addIssue({ code: 'custom', message, path: [endKey], params: { code } });
}
