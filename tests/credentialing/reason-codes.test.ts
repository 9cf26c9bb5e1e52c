import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CaqhAttestationDecision,
  CREDENTIALING_ISSUE_CODES,
  CREDENTIALING_REASON_CODES,
  type CredentialingDeadline,
  type CredentialingIssueCode,
  type CredentialingReasonCode,
  type EnrollmentDocumentsDecision,
  type EnrollmentMoveDecision,
  type PayerNetworkDecision,
  type ServiceJurisdictionDecision,
  type StalledEnrollment,
} from '../../src/credentialing/index.js';
import { codeLiteralsOf, stringLiteralsOf } from '../code-literals.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

const catalog: Readonly<Record<string, string>> = {
  ...CREDENTIALING_REASON_CODES,
  ...CREDENTIALING_ISSUE_CODES,
};

// Reasons are typed by the reason list; validation codes are written `'…' satisfies CredentialingIssueCode`,
// so the compiler rejects a code the lists lack. What is left to check at run time is the other direction.
describe('credentialing reason and issue codes', () => {
  it('types every decision’s reasons with a listed code, so the compiler rejects any other', () => {
    expectTypeOf<CredentialingReasonCode>().toEqualTypeOf<keyof typeof CREDENTIALING_REASON_CODES>();
    expectTypeOf<CredentialingIssueCode>().toEqualTypeOf<keyof typeof CREDENTIALING_ISSUE_CODES>();
    expectTypeOf<CodeOf<CaqhAttestationDecision>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<CredentialingDeadline>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<EnrollmentDocumentsDecision>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<EnrollmentMoveDecision>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<PayerNetworkDecision>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<ServiceJurisdictionDecision>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<CodeOf<StalledEnrollment>>().toExtend<CredentialingReasonCode>();
    expectTypeOf<string>().not.toExtend<CredentialingReasonCode>();
  });

  it('lists every code the module’s code holds, and the module’s code holds every code listed', () => {
    const literals = stringLiteralsOf('credentialing');
    expect(codeLiteralsOf('credentialing').filter((c) => !(c in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((c) => !literals.has(c))).toEqual([]);
  });

  it('namespaces every code as credentialing.<area>.<name> and explains it in one sentence', () => {
    for (const [code, meaning] of Object.entries(catalog)) {
      expect(code).toMatch(/^credentialing\.[a-z_]+\.[a-z0-9_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('keeps reason codes and issue codes apart', () => {
    const overlap = Object.keys(CREDENTIALING_REASON_CODES).filter((c) => c in CREDENTIALING_ISSUE_CODES);
    expect(overlap).toEqual([]);
  });
});
