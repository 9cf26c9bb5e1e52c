import type * as z from 'zod';
import type { NetworkStatusQuery } from './network-status.js';

/**
 * A {@link NetworkStatusQuery} as callers write it, before its defaults apply: the Medicare Advantage
 * preclusion's `planDenials`, each for-cause termination's bar terms and the exclusion screening's
 * `stateMedicaid` may be left out.
 *
 * @example
 * ```ts
 * const query: NetworkStatusQueryInput = { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' };
 * ```
 */
export type NetworkStatusQueryInput = z.input<typeof NetworkStatusQuery>;
