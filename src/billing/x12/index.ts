// Public API of practice-ops/x12: X12 005010 files read into billing's models and written from them.
export type {
  AcknowledgedClaim,
  AcknowledgmentAction,
  AcknowledgmentStatus,
} from './acknowledgment.js';
export type {
  ClaimAcknowledgment277,
  ClaimAcknowledgmentDecision,
  ReportedStatus277,
} from './claim-acknowledgment.js';
export type { ClaimFrequency } from './claim-frequency.js';
export { DEFAULT_X12_DELIMITERS, type X12Delimiters } from './delimiters.js';
export type {
  BenefitContact,
  EligibilityBenefitLine,
  EligibilityResponseDecision,
} from './eligibility-response.js';
export { X12EnvelopeOptions } from './envelope-options.js';
export type {
  AcknowledgedTransaction999,
  ElementError999,
  ImplementationAcknowledgmentDecision,
  SegmentError999,
} from './implementation-acknowledgment.js';
export {
  parseX12,
  type X12Document,
  type X12Group,
  type X12Interchange,
  type X12Transaction,
} from './parse-x12.js';
export { MENTAL_HEALTH_SERVICE_TYPES, Read271Options, read271 } from './read-271.js';
export { DEFAULT_CLAIM_STATUS_FOLLOW_UP_DAYS, Read277Options, read277 } from './read-277.js';
export { Read277CAOptions, read277CA } from './read-277ca.js';
export { Read835Options, read835 } from './read-835.js';
export { Read999Options, read999 } from './read-999.js';
export { X12_REASON_CODES, type X12ReasonCode } from './reason-codes.js';
export {
  PROVIDER_ADJUSTMENT_REASONS,
  type ProviderAdjustment,
  type RemittanceAdviceDecision,
  type RemittanceCrossover,
  type RemittancePayment,
  type SetAsideClaim,
} from './remittance-advice.js';
export type { X12Input } from './scan.js';
export type { X12Segment } from './scanned-segment.js';
export { EligibilityInquiry, Write270Options, write270 } from './write-270.js';
export { Write837POptions, write837P } from './write-837p.js';
export type { Write837PDecision } from './write-837p-result.js';
export { WriteX12Options, writeX12 } from './write-x12.js';
