import { z } from 'zod';
import { ClientId, DocumentId, Instant, LocalDate } from '../../core/index.js';

/** One intake document for a client, with its status and dates. */
export const DataPaperwork = z.strictObject({
  id: DocumentId,
  clientId: ClientId,
  type: z.enum([
    'informed_consent',
    'privacy_notice_acknowledgment',
    'financial_policy',
    'telehealth_consent',
    'release_of_information',
    'intake_questionnaire',
    'insurance_card',
    'photo_id',
    'guardian_consent',
    'good_faith_estimate',
  ]),
  status: z.enum(['not_sent', 'sent', 'viewed', 'partly_done', 'complete', 'expired', 'declined']),
  sentOn: LocalDate.optional(),
  completedOn: LocalDate.optional(),
  expiresOn: LocalDate.optional(),
});

/** A prospective client's inquiry and where it is in the intake pipeline. */
export const DataInquiry = z.strictObject({
  id: z.string().min(1).max(128),
  clientId: ClientId.optional(),
  receivedAt: Instant,
  lastActivityAt: Instant,
  stage: z.enum([
    'inquiry',
    'screening',
    'paperwork',
    'ready',
    'first_session_booked',
    'first_session_attended',
    'active',
    'declined',
    'referred_out',
    'no_response',
  ]),
});
