import type { BillingReasonCode } from '../../billing/index.js';
import type { BoundariesReasonCode } from '../../boundaries/index.js';
import type { CredentialingReasonCode } from '../../credentialing/index.js';
import type { IntakeReasonCode } from '../../intake/index.js';
import type { SchedulingReasonCode } from '../../scheduling/index.js';
import type { OpsReasonCode } from '../ops-reason-codes.js';

/**
 * Every code a {@link BookingDecision}'s reasons can carry: ops' own booking codes and the codes of each
 * module it asks (scheduling, credentialing, billing, intake, boundaries).
 *
 * @example
 * ```ts
 * const code: BookingReasonCode = 'scheduling.conflict.clinician_double_booked';
 * ```
 */
export type BookingReasonCode =
  | OpsReasonCode
  | SchedulingReasonCode
  | CredentialingReasonCode
  | BillingReasonCode
  | IntakeReasonCode
  | BoundariesReasonCode;
