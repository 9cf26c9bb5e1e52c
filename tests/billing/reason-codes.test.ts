import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AuthorizationAlertDecision,
  type AuthorizationConsumptionDecision,
  type AuthorizationCoverageDecision,
  BILLING_REASON_CODES,
  type BillingReasonCode,
  type ClaimMoveDecision,
  type ClaimPostingDecision,
  type ClaimScrubDecision,
  type DayServiceCodeSelectionDecision,
  type DenialTriageDecision,
  type EligibilityBenefitsDecision,
  type EligibilityFreshnessDecision,
  type PatientEstimateDecision,
  type ServiceCodeSelectionDecision,
  type ServiceCodeSetDecision,
  type SessionAuthorizationDecision,
  type SuperbillDecision,
  type SupervisedBillingDecision,
  type TelehealthCodingDecision,
  type TimelyFilingDecision,
} from '../../src/billing/index.js';
import { codeLiteralsOf, stringLiteralsOf } from '../code-literals.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

// Reasons are typed by the list; validation codes are written `'…' satisfies BillingReasonCode`, so the
// compiler rejects a code the list lacks. What is left to check at run time is the other direction.
describe('BILLING_REASON_CODES', () => {
  const listed = Object.keys(BILLING_REASON_CODES);

  it('types every decision’s reasons with a listed code, so the compiler rejects any other', () => {
    expectTypeOf<BillingReasonCode>().toEqualTypeOf<keyof typeof BILLING_REASON_CODES>();
    expectTypeOf<CodeOf<AuthorizationAlertDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<AuthorizationConsumptionDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<AuthorizationCoverageDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<ClaimMoveDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<ClaimPostingDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<ClaimScrubDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<DayServiceCodeSelectionDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<DenialTriageDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<EligibilityBenefitsDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<EligibilityFreshnessDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<PatientEstimateDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<ServiceCodeSelectionDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<ServiceCodeSetDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<SessionAuthorizationDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<SuperbillDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<SupervisedBillingDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<TelehealthCodingDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<CodeOf<TimelyFilingDecision>>().toExtend<BillingReasonCode>();
    expectTypeOf<string>().not.toExtend<BillingReasonCode>();
  });

  it('lists every code billing’s code holds, and billing’s code holds every code it lists', () => {
    const literals = stringLiteralsOf('billing');
    expect(codeLiteralsOf('billing').filter((c) => !(c in BILLING_REASON_CODES))).toEqual([]);
    expect(listed.filter((c) => !literals.has(c))).toEqual([]);
  });

  it('namespaces every code as billing.<area>.<name> with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(BILLING_REASON_CODES)) {
      expect(code).toMatch(/^billing\.[a-z_]+\.[a-z0-9_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('groups codes by area, each area spelled one way', () => {
    expect([...new Set(listed.map((c) => c.split('.')[1]))].sort()).toEqual([
      'aging',
      'appeal',
      'authorization',
      'claim',
      'codes',
      'denial',
      'eligibility',
      'estimate',
      'filing',
      'follow_up',
      'incident_to',
      'medicare_secondary',
      'ordering',
      'payer_profile',
      'remittance',
      'scrub',
      'superbill',
      'supervision',
      'telehealth',
    ]);
  });
});
