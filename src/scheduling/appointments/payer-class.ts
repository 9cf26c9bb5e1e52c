import * as z from 'zod';

/**
 * The kind of coverage a client has, as far as scheduling policy cares (late-cancel fee exemptions,
 * waitlist payer matching). `self_pay` means no coverage is billed.
 *
 * @example
 * ```ts
 * SchedulingPayerClass.parse('medicaid'); //=> 'medicaid'
 * ```
 */
export const SchedulingPayerClass = z.enum([
  'commercial',
  'medicare',
  'medicaid',
  'tricare',
  'workers_comp',
  'self_pay',
  'other',
]);
export type SchedulingPayerClass = z.infer<typeof SchedulingPayerClass>;
