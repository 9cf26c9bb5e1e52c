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
import {
  ClinicianFeeDecision,
  SchedulingAppointment,
  SchedulingSeries,
  WaitlistEntry,
} from '../../scheduling/index.js';
import { PolicyVersions } from '../decision-log/policy-versions.js';
import { CompletedWork } from '../done/completed-work.js';
import { DataMessage } from './inbound-message.js';
import { PracticePolicies } from './practice-policies.js';
import { PracticeSettings, StaffMember } from './practice-settings.js';
import { DataRecordsRequest } from './records-request.js';
import { PracticeClient, PracticeClinician } from './scheduling-records.js';

// A section of the file: a list of records that defaults to empty, described for the JSON Schema.
function records<T extends z.ZodType>(record: T, section: string, one: string) {
  return z.array(record.describe(one)).default([]).describe(section);
}

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
export const PracticeData = z
  .strictObject({
    $schema: z
      .string()
      .max(2000)
      .optional()
      .describe('The JSON Schema this file follows (editors use it); ignored by the library.'),
    practice: PracticeSettings.describe(
      'The practice: its name, home zone and state, and the days it is closed.',
    ),
    staff: records(
      StaffMember,
      'The people who use the system and the role each acts in.',
      'A member of staff.',
    ),
    payers: records(
      PayerProfile,
      'The insurance payers the practice bills, each with its rules: filing windows, telehealth codes, eligibility.',
      'A payer and its billing rules.',
    ),
    clinicians: records(
      PracticeClinician,
      'The clinicians: office hours, session lengths, modalities, payers accepted, name and home state.',
      'A clinician and their schedule.',
    ),
    clients: records(
      PracticeClient,
      'The clients: zone, state, coverage, quiet hours, reminder channel consent and preferences, name and birth date. No clinical fields.',
      'A client (administrative fields only).',
    ),
    appointments: records(
      SchedulingAppointment,
      'Sessions: who, what kind, how (in person or telehealth), when, and their status.',
      'One session.',
    ),
    series: records(
      SchedulingSeries,
      'Recurring series of sessions in wall-clock time.',
      'A recurring series.',
    ),
    waitlist: records(WaitlistEntry, 'Clients waiting for an opening.', 'A waitlist entry.'),
    paperwork: records(
      IntakeDocumentRecord,
      'Intake documents per client with their status and dates.',
      'An intake document.',
    ),
    inquiries: records(
      IntakeCase,
      'Intake cases from inquiry to active, with their stage history.',
      'An intake case.',
    ),
    goodFaithEstimates: records(
      GoodFaithEstimateObligation,
      'Good Faith Estimates owed to uninsured and self-pay clients.',
      'A Good Faith Estimate owed, and when it was given.',
    ),
    claims: records(Claim, 'Insurance claims with their lines and status history.', 'A claim.'),
    claimBalances: records(
      ClaimBalance,
      "Each claim's posted balance: paid, contractual, denied, client responsibility.",
      "A claim's balance.",
    ),
    remittances: records(Remittance, 'Remittances (835) as received, normalized.', 'A remittance.'),
    authorizations: records(Authorization, 'Prior authorizations.', 'A prior authorization.'),
    eligibility: records(
      EligibilityVerificationRecord,
      'The last eligibility verification per client and payer.',
      'An eligibility verification.',
    ),
    credentials: records(
      ClinicianCredentials,
      "Each clinician's licenses, compact authorizations, NPI, CAQH and malpractice.",
      "A clinician's credentials.",
    ),
    enrollments: records(
      PayerEnrollment,
      'Payer enrollments per clinician and payer.',
      'A payer enrollment.',
    ),
    messages: records(DataMessage, 'Inbound client messages awaiting triage.', 'A message from a client.'),
    recordsRequests: records(
      DataRecordsRequest,
      "Clients' requests for access to their records (45 CFR 164.524): due 30 days after receipt, 60 with the one written extension notice sent in time.",
      'A request for access to a client’s records: when it was received, who asks, the extension notice, the day access was given, the fee.',
    ),
    completedWork: records(
      CompletedWork,
      'The log of completed work (`practice-ops done` appends to it): a logged task is not handed out again.',
      'A task done: when, by whom, with what outcome.',
    ),
    clinicianFeeDecisions: records(
      ClinicianFeeDecision,
      "Clinicians' decisions on missed-session fees held for a client's crisis (`charge` or `waive`): a fee of a session during an open crisis is never charged without one, even after the crisis closes.",
      "A clinician's decision on one session's fee.",
    ),
    policies: PracticePolicies.default(PracticePolicies.parse({})).describe(
      "The practice's policies, each defaulting to the owning module's documented default.",
    ),
    policyVersions: PolicyVersions.optional().describe(
      "Every version of the practice's policies, each with a `version` name and the date it took effect (`effectiveFrom`): what-if decides each past event under the version in force then.",
    ),
  })
  .meta({
    title: 'practice-ops practice data file',
    description: "A mental- or behavioral-health practice's records and policies, in one JSON document.",
  });
/** A validated practice data file (defaults filled in), e.g. `generateDemoPractice()`. */
export type PracticeData = z.infer<typeof PracticeData>;
/**
 * A practice data file as written (lists and policies may be left out).
 *
 * @example
 * ```ts
 * const input: PracticeDataInput = { practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } };
 * safeValidatePracticeData(input).success; //=> true
 * ```
 */
export type PracticeDataInput = z.input<typeof PracticeData>;
