import type { CancellationPolicyInput } from '../../scheduling/index.js';
import type { PracticeData } from './practice-data.js';
import type { PracticePolicies } from './practice-policies.js';

/** A set of policies that may carry the date it took effect (a version, or the current policies). */
type Dated = Pick<PracticePolicies, 'cancellation' | 'effectiveFrom'>;

function sameCancellation(a: Dated, b: Dated): boolean {
  return JSON.stringify(a.cancellation ?? null) === JSON.stringify(b.cancellation ?? null);
}

/**
 * The cancellation policy of a set of policies, its zone and holidays defaulting to the practice's, and
 * the date its written policy was first given to clients (`acknowledgementsFrom`) when the practice did
 * not set one: the date the policies took effect (`effectiveFrom`), moved back over the earlier versions
 * in `history` (sorted by date) whose cancellation policy was the same, so a version that changed only
 * reminders asks nobody to acknowledge the fee policy again. An acknowledgement before that date was of
 * an earlier written policy, and a fee under this one is undecided until it is acknowledged.
 */
export function cancellationPolicyInForce(
  policies: Dated,
  data: PracticeData,
  history: readonly Dated[] = [],
): CancellationPolicyInput {
  const own: CancellationPolicyInput = policies.cancellation ?? {
    practiceZone: data.practice.zone,
    holidays: data.practice.holidays,
  };
  if (own.acknowledgementsFrom !== undefined || policies.effectiveFrom === undefined) return own;
  let from = policies.effectiveFrom;
  let i = history.findIndex((v) => v.effectiveFrom === from);
  while (i > 0 && sameCancellation(history[i - 1] as Dated, policies)) {
    i -= 1;
    from = (history[i] as Dated).effectiveFrom as string;
  }
  return { ...own, acknowledgementsFrom: from };
}
