import { describe, expectTypeOf, it } from 'vitest';
import type {
  AuthorizationCoverageDecision,
  BillingReasonCode,
  EligibilityFreshnessDecision,
  PatientEstimateDecision,
  ServiceCodeSelectionDecision,
  ServiceCodeSetDecision,
  SessionAuthorizationDecision,
  SuperbillDecision,
} from '../../src/billing/index.js';
import type { NonEmptyArray, Reason } from '../../src/core/index.js';

type Explained = NonEmptyArray<Reason<BillingReasonCode>>;
// The reasons of every outcome that is not one of the passing outcomes `P`.
type FailReasons<D, P> = Exclude<D, { outcome: P }> extends { reasons: infer R } ? R : never;

describe('billing decisions cannot refuse without saying why (types)', () => {
  it('types every negative or undecided outcome with a non-empty list of reasons', () => {
    expectTypeOf<FailReasons<ServiceCodeSelectionDecision, 'billable'>>().not.toBeNever();
    expectTypeOf<FailReasons<ServiceCodeSelectionDecision, 'billable'>>().toEqualTypeOf<Explained>();
    expectTypeOf<FailReasons<ServiceCodeSetDecision, 'valid'>>().toEqualTypeOf<Explained>();
    expectTypeOf<FailReasons<PatientEstimateDecision, 'estimated'>>().toEqualTypeOf<Explained>();
    expectTypeOf<FailReasons<EligibilityFreshnessDecision, 'fresh'>>().toEqualTypeOf<Explained>();
    expectTypeOf<FailReasons<AuthorizationCoverageDecision, 'covered'>>().toEqualTypeOf<Explained>();
    expectTypeOf<
      FailReasons<SessionAuthorizationDecision, 'not_required' | 'covered'>
    >().toEqualTypeOf<Explained>();
    expectTypeOf<FailReasons<SuperbillDecision, 'complete'>>().toEqualTypeOf<Explained>();
  });

  it('keeps reason codes to the closed billing I catalog', () => {
    expectTypeOf<PatientEstimateDecision['reasons'][number]['code']>().toEqualTypeOf<BillingReasonCode>();
    expectTypeOf<'billing.codes.under_16_minutes'>().toExtend<BillingReasonCode>();
    expectTypeOf<'billing.claim.invented'>().not.toExtend<BillingReasonCode>();
  });
});
