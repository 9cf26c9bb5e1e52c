import * as z from 'zod';
import {
  Authorization,
  Claim,
  ClaimBalance,
  EligibilityVerificationRecord,
  PayerProfile,
  Remittance,
} from '../../billing/index.js';
import { ClinicianCredentials, PayerEnrollment } from '../../credentialing/index.js';
import { GoodFaithEstimateObligation, IntakeCase, IntakeDocumentRecord } from '../../intake/index.js';
import { SchedulingAppointment, SchedulingSeries, WaitlistEntry } from '../../scheduling/index.js';
import { CompletedWork } from '../done/completed-work.js';
import { DataMessage } from './inbound-message.js';
import { PracticePolicies } from './practice-policies.js';
import { PracticeSettings, StaffMember } from './practice-settings.js';
import { PracticeClient, PracticeClinician } from './scheduling-records.js';

/**
 * The practice data file: one JSON document with all of a practice's records and policies. Every list
 * defaults to empty, so a file holds only what a practice has.
 *
 * @example
 * ```ts
 * PracticeData.parse({ practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } }).claims;
 * //=> []
 * ```
 */
export const PracticeData = z.strictObject({
  /** The JSON Schema this file follows (editors use it); ignored by the library. */
  $schema: z.string().max(2000).optional(),
  practice: PracticeSettings,
  staff: z.array(StaffMember).default([]),
  payers: z.array(PayerProfile).default([]),
  /** Clinicians' scheduling profiles (scheduling module) with a name and home state. */
  clinicians: z.array(PracticeClinician).default([]),
  /** Clients' administrative profiles (scheduling module) with a name and birth date. */
  clients: z.array(PracticeClient).default([]),
  /** Sessions (scheduling module). */
  appointments: z.array(SchedulingAppointment).default([]),
  /** Recurring series (scheduling module). */
  series: z.array(SchedulingSeries).default([]),
  /** Waitlist entries (scheduling module). */
  waitlist: z.array(WaitlistEntry).default([]),
  /** Intake documents per client with their status and dates (intake module). */
  paperwork: z.array(IntakeDocumentRecord).default([]),
  /** Intake cases from inquiry to active, with their stage history (intake module). */
  inquiries: z.array(IntakeCase).default([]),
  /** Good Faith Estimates owed to uninsured and self-pay clients (intake module). */
  goodFaithEstimates: z.array(GoodFaithEstimateObligation).default([]),
  /** Insurance claims with their lines and status history (billing module). */
  claims: z.array(Claim).default([]),
  /** Each claim's posted balance: paid, contractual, denied, client responsibility (billing module). */
  claimBalances: z.array(ClaimBalance).default([]),
  /** Remittances (835) as received, normalized (billing module). */
  remittances: z.array(Remittance).default([]),
  /** Prior authorizations (billing module). */
  authorizations: z.array(Authorization).default([]),
  /** The last eligibility verification per client and payer (billing module). */
  eligibility: z.array(EligibilityVerificationRecord).default([]),
  /** Each clinician's licenses, compact authorizations, NPI, CAQH and malpractice (credentialing module). */
  credentials: z.array(ClinicianCredentials).default([]),
  /** Payer enrollments per clinician and payer (credentialing module). */
  enrollments: z.array(PayerEnrollment).default([]),
  messages: z.array(DataMessage).default([]),
  /** The log of completed work (`practice-ops done` appends to it): a done task is not handed out again. */
  completedWork: z.array(CompletedWork).default([]),
  policies: PracticePolicies.default(PracticePolicies.parse({})),
});
/** A validated practice data file (defaults filled in), e.g. `generateDemoPractice()`. */
export type PracticeData = z.infer<typeof PracticeData>;
/** A practice data file as written (lists and policies may be left out). */
export type PracticeDataInput = z.input<typeof PracticeData>;
