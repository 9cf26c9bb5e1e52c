import * as z from 'zod';
import type { CredentialingIssueCode } from './reason-codes.js';

/**
 * A list of records (an array, a set, a generator), read lazily by a batch function that reports each
 * invalid record by index: a string or a plain object is not one. Reported with `code`.
 */
export function recordList(code: CredentialingIssueCode): z.ZodType<Iterable<unknown>> {
  return z.custom<Iterable<unknown>>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function',
    { message: 'must be an iterable of records (e.g. an array)', params: { code } },
  );
}
