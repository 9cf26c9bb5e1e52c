import * as z from 'zod';
import {
  AgingPolicy,
  AuthorizationAlertPolicy,
  FollowUpPolicy,
  ListEligibilityReverificationsOptions,
} from '../../billing/index.js';
import { PracticeScope, TriageRules } from '../../boundaries/index.js';
import { BasisPoints, LocalDate } from '../../core/index.js';
import { CredentialingCalendarPolicy, JurisdictionPolicy } from '../../credentialing/index.js';
import { IntakeFollowUpPolicy, IntakePacketPolicy, IntakeStallPolicy } from '../../intake/index.js';
import {
  CancellationPolicy,
  MedicareTelehealthInPersonPolicy,
  ReminderPolicy,
  WaitlistPolicy,
} from '../../scheduling/index.js';

/**
 * The practice's policies, optionally named by a `version` in force from `effectiveFrom`, each the
 * owning module's policy schema with its documented defaults: intake
 * packet, follow-ups and stalls; cancellation fees, reminders and the waitlist; claim follow-up, aging,
 * authorization alerts and eligibility; the credentialing calendar; role scope and message triage.
 *
 * @example
 * ```ts
 * validate(PracticePolicies, {}, 'practice policies').claimFollowUp.statusCheckDays; //=> 30
 * ```
 */
export const PracticePolicies = z.strictObject({
  /** A name for this set of policies (e.g. `2026-03`), so a decision can say which version decided it. */
  version: z.string().min(1).max(100).optional(),
  /** The first date (practice zone) these policies are in force; see `PolicyVersions`. */
  effectiveFrom: LocalDate.optional(),
  /** Which intake documents a client needs and which block a first session (intake module). */
  intakePacket: IntakePacketPolicy.default(IntakePacketPolicy.parse({})),
  /** Intake paperwork reminder cadence and escalation (intake module). */
  intakeFollowUp: IntakeFollowUpPolicy.default(IntakeFollowUpPolicy.parse({})),
  /** When an intake case is stalled (intake module). */
  intakeStall: IntakeStallPolicy.default(IntakeStallPolicy.parse({})),
  /**
   * Late-cancel and no-show fees (scheduling module). Its zone and holidays default to the practice's
   * when left out.
   */
  cancellation: CancellationPolicy.optional(),
  /** Appointment reminders: hours before, quiet hours (scheduling module). */
  reminders: ReminderPolicy.default(ReminderPolicy.parse({})),
  /**
   * From when Medicare's in-person visit requirement for mental-health telehealth is enforced (scheduling
   * module; default 2028-01-01, the date as the law stands on 2026-12-06). Booking checks telehealth
   * sessions against it.
   */
  medicareTelehealthInPerson: MedicareTelehealthInPersonPolicy.default(
    MedicareTelehealthInPersonPolicy.parse({}),
  ),
  /** Waitlist ordering, offers and check-ins (scheduling module). */
  waitlist: WaitlistPolicy.default(WaitlistPolicy.parse({})),
  /** When claims need a status check, a call or escalation, and filing-risk thresholds (billing module). */
  claimFollowUp: FollowUpPolicy.default(FollowUpPolicy.parse({})),
  /** Aging buckets and basis for receivables (billing module). */
  aging: AgingPolicy.default(AgingPolicy.parse({})),
  /** When an authorization is running out: few sessions left or ending soon (billing module). */
  authorizationAlerts: AuthorizationAlertPolicy.default(AuthorizationAlertPolicy.parse({})),
  /** Days ahead to list eligibility verifications that will lapse (billing module; default 7). */
  eligibilityHorizonDays: ListEligibilityReverificationsOptions.shape.horizonDays,
  /** The credentialing calendar's lead times, horizon, owners and payer cycles (credentialing module). */
  credentialing: CredentialingCalendarPolicy.default(CredentialingCalendarPolicy.parse({})),
  /**
   * Interstate compact member states with the dates each joined (PSYPACT, Social Work compact) and the
   * PSYPACT temporary in-person day limit (credentialing module). Empty lists: no compact authorization
   * counts in booking checks.
   */
  jurisdiction: JurisdictionPolicy.default(JurisdictionPolicy.parse({})),
  /** Who may do and who owns each task: grants, revocations, owner overrides, procedures (boundaries module). */
  scope: PracticeScope.default(PracticeScope.parse({})),
  /** Message triage phrases and routing (boundaries module). */
  triage: TriageRules.default(TriageRules.parse({})),
  /** The share of available hours the practice aims to book, in basis points (default 75 %), for the digest. */
  utilizationTargetBasisPoints: BasisPoints.default(7500),
});
export type PracticePolicies = z.infer<typeof PracticePolicies>;
