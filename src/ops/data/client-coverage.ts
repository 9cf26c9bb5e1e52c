import type { PracticeClient } from './scheduling-records.js';

/**
 * How a client pays, as intake asks it: `self_pay` only when the practice recorded that the client pays
 * for themselves, `insured` when a coverage class or a payer is recorded, and unknown (`undefined`) when
 * nothing is: unknown coverage is a fact to ask for, never read as self-pay.
 */
export function intakeBillingOf(client: PracticeClient): 'insured' | 'self_pay' | undefined {
  const classes = client.payerClasses;
  if (classes.length === 0) return client.payerIds.length > 0 ? 'insured' : undefined;
  return classes.every((c) => c === 'self_pay') ? 'self_pay' : 'insured';
}

/** The intake `billing` field of a client, left out when coverage is unknown. */
export function billingOf(client: PracticeClient): { billing?: 'insured' | 'self_pay' } {
  const billing = intakeBillingOf(client);
  return billing === undefined ? {} : { billing };
}
