import { formatPath } from './errors.js';
import type { RefinementIssue } from './refinements.js';
import type { BatchResult, InvalidRecord } from './validate.js';

/**
 * The valid records of a batch with repeated ids removed: the first record with an id is kept, each later
 * one is reported by index at `[index, 'id']`. Invalid records come first in `invalid`, all by index order.
 */
export function keepFirstOfEachId<T extends { readonly id: string }>(
  batch: BatchResult<T>,
  report: RefinementIssue,
): { readonly records: T[]; readonly invalid: InvalidRecord[] } {
  const invalid: InvalidRecord[] = [...batch.invalid];
  const seen = new Set<string>();
  const records: T[] = [];
  for (const { index, value } of batch.valid) {
    if (seen.has(value.id)) {
      const path = [index, 'id'];
      invalid.push({ index, issues: [{ path, at: formatPath(path), ...report }] });
      continue;
    }
    seen.add(value.id);
    records.push(value);
  }
  invalid.sort((a, b) => a.index - b.index);
  return { records, invalid };
}
