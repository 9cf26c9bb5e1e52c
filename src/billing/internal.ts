// What other layers of this package need from billing but users must not see (not in the package's
// exports): the follow-up queue and the aging report on records validated once, when the data file was read; the field schemas
// the X12 adapter reads into; record-level helpers the work queue uses; defaults and code tables the tests
// check against.
export { buildAgingReportFromValidated, DEFAULT_AGING_BUCKET_BOUNDS } from './claims/aging.js';

export {
  ClaimDiagnosisCode,
  ClaimLine,
  ClaimLineId,
  type ClaimLineInput,
  ClaimModifier,
  ClaimProcedureCode,
  ClaimStatusChange,
  filedDateOf,
  firstServiceDate,
  getEarliestClaimServiceDate,
  getLastClaimMoveDate,
} from './claims/claim.js';
export { claimTimelyFilingOfValidated } from './claims/claim-timely-filing.js';
export {
  buildFollowUpQueueFromValidated,
  buildFollowUpQueueWithClaims,
  type FollowUpStep,
  followUpStepOf,
  stakeOf,
  type ValidatedFollowUpInput,
  type ValidatedFollowUpPolicy,
} from './claims/follow-up.js';
export {
  DEFAULT_TIMELY_FILING_RISK_POLICY,
  filingClockOfClaim,
  type TimelyFilingOutcome,
  timelyFilingOfValidated,
} from './claims/timely-filing.js';
export { BillableSessionKind } from './coding/service-code-selection.js';
export {
  areServiceCodesExclusive,
  EvaluationAndManagementCode,
  getServiceCodeDefinition,
  isAddOnServiceCode,
  isKnownServiceCode,
  SERVICE_CODES,
  ServiceCodeFamily,
  ServiceCodeTime,
} from './coding/service-codes.js';
export {
  Icd10Code,
  ProviderTaxId,
  SuperbillAddress,
  SuperbillClient,
  SuperbillLine,
  SuperbillProvider,
} from './coding/superbill.js';
export { DEFAULT_AUTHORIZATION_ALERT_POLICY } from './coverage/authorizations.js';
export { DEFAULT_PATIENT_ESTIMATE_OPTIONS, PatientEstimateRecord } from './coverage/patient-estimate.js';
export { isPriorAuthorizationRequired, PayerKind, TelehealthConvention } from './coverage/payer-profile.js';
export { CarcCode, RarcCode } from './remittance/denial-codes.js';
export { ClientResponsibility, ContractedFee, createClaimBalance } from './remittance/posting.js';
export {
  isReversal,
  RemittanceClaim,
  RemittanceClaimStatusCode,
  RemittanceId,
  RemittanceLine,
  reversalAmountsNotNegated,
} from './remittance/remittance.js';
// The X12 adapter's code catalog: the decision log checks a record's codes against every catalog.
export { X12_REASON_CODES } from './x12/reason-codes.js';
export {
  isSameServiceAddress,
  PLACES_WITHOUT_SERVICE_FACILITY,
} from './x12/service-facility-loop.js';
