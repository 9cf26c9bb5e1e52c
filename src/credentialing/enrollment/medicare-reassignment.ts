import * as z from 'zod';
import { addDays, compareDates, LocalDate, Npi } from '../../core/index.js';
import { checkDateOrder } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';

/**
 * A reassignment of a clinician's Medicare benefits to a group (the CMS-855R, or the reassignment section of
 * PECOS): the group bills Medicare under its own NPI for what the clinician furnishes, and is paid for it,
 * only while one to that group is in effect.
 *
 * - `groupNpi`: the group's NPI (type 2), the billing provider on the claim.
 * - `submittedOn`: the day the contractor received the application; `effectiveOn`: the effective date it
 *   approved (the later of that filing date and the first day the clinician served at the group's location,
 *   42 CFR 424.520(d)). Left out while not known.
 * - `endedOn`: the first day it is no longer in effect (the clinician left the group, the reassignment was
 *   terminated); left out while it stands.
 *
 * @remarks 42 CFR 424.80 (prohibition of reassignment, and its exceptions for an employer or a contractual
 * arrangement), 424.520(d), 424.521(a) [sources: cfr-42-424.80, cfr-42-424.520, cfr-42-424.521]. `endedOn`
 * on or before `effectiveOn` is rejected (`credentialing.reassignment.ended_before_effective`).
 * @example
 * ```ts
 * MedicareReassignment.parse({ groupNpi: '1245319599', submittedOn: '2026-03-10', effectiveOn: '2026-03-10' });
 * //=> the same object
 * ```
 */
export const MedicareReassignment = z
  .strictObject({
    groupNpi: Npi,
    submittedOn: LocalDate.optional(),
    effectiveOn: LocalDate.optional(),
    endedOn: LocalDate.optional(),
  })
  .superRefine((x, ctx) =>
    checkDateOrder(ctx, x.effectiveOn, x.endedOn, 'endedOn', {
      code: 'credentialing.reassignment.ended_before_effective' satisfies CredentialingIssueCode,
      message: 'must be after the reassignment’s effective date',
    }),
  );
export type MedicareReassignment = z.infer<typeof MedicareReassignment>;

/**
 * One reassignment on a date of service, best first:
 * - `effective`: from `effectiveOn`, before `endedOn`;
 * - `retro`: before `effectiveOn` by at most the retroactive window (30 days, 424.521(a));
 * - `pending`: no effective date yet, filed, and the date within the window before the filing date: it may
 *   become billable once approved;
 * - `date_unknown`: neither date recorded;
 * - `not_effective`: before the window, or from `endedOn`.
 */
export type ReassignmentStanding = 'effective' | 'retro' | 'pending' | 'date_unknown' | 'not_effective';

const ORDER: readonly ReassignmentStanding[] = [
  'effective',
  'retro',
  'pending',
  'date_unknown',
  'not_effective',
];

/** The standing of one reassignment on a date, with a retroactive window of `retroDays`. */
export function reassignmentStandingOn(
  r: MedicareReassignment,
  on: LocalDate,
  retroDays: number,
): ReassignmentStanding {
  if (r.endedOn !== undefined && compareDates(on, r.endedOn) >= 0) return 'not_effective';
  const from = r.effectiveOn ?? r.submittedOn;
  if (from === undefined) return 'date_unknown';
  if (compareDates(on, addDays(from, -retroDays)) < 0) return 'not_effective';
  if (r.effectiveOn === undefined) return 'pending';
  return compareDates(on, r.effectiveOn) >= 0 ? 'effective' : 'retro';
}

/** The best of several standings (`undefined` for none). */
export function bestReassignmentStanding(
  standings: readonly ReassignmentStanding[],
): ReassignmentStanding | undefined {
  return ORDER.find((s) => standings.includes(s));
}
