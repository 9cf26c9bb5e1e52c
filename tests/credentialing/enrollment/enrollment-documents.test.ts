import { describe, expect, it } from 'vitest';
import { evaluateEnrollmentDocuments, type PayerEnrollmentInput } from '../../../src/credentialing/index.js';
import { clinician, GROUP_NPI, license } from '../credentials/credential-fixtures.js';

const ana = clinician({
  licenses: [license({ expiresOn: '2027-06-30' })],
  caqh: { providerId: '12345678', lastAttestedOn: '2026-10-01' },
  malpractice: [
    {
      carrier: 'CPH',
      policyNumber: 'P-2',
      effectiveOn: '2026-01-01',
      expiresOn: '2027-01-01',
      perClaimLimitCents: 100_000_000,
      aggregateLimitCents: 300_000_000,
    },
  ],
});
const application = (over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput => ({
  clinicianId: 'clin-ana',
  payerId: 'humana',
  status: 'submitted',
  submittedOn: '2026-11-02',
  documents: [
    'state_license',
    'npi_type1',
    'malpractice_certificate',
    'cv',
    'w9',
    'caqh_attestation',
    'diploma',
    'disclosure_attestation',
  ].map((kind) => ({ kind, receivedOn: '2026-10-15' })) as PayerEnrollmentInput['documents'],
  ...over,
});
const codes = (d: { reasons: readonly { code: string; facts: object }[] }) => d.reasons.map((r) => r.code);

describe('evaluateEnrollmentDocuments', () => {
  it('is ready when every applicable document is in, warning about credentials that expire before the decision', () => {
    // Humana takes 5–6 months: the CAQH attestation (due 2027-01-29) and the malpractice policy lapse first.
    const d = evaluateEnrollmentDocuments(ana, application(), {
      asOf: '2026-11-02',
      payerPolicy: { payerId: 'humana', expectedDecisionDays: 180 },
    });
    expect(d.outcome).toBe('ready');
    expect(d.expectedDecisionOn).toBe('2027-05-01');
    expect(d.reasons.map((r) => [r.code, r.facts.credential])).toEqual([
      ['credentialing.documents.expires_before_decision', 'caqh_reattestation'],
      ['credentialing.documents.expires_before_decision', 'malpractice_expiry'],
    ]);
  });

  it('asks for DEA, supervision agreement, NPI type 2 and board certification only when they apply', () => {
    const prescriber = {
      ...ana,
      prescribes: true,
      licenses: [license({ type: 'associate', level: 'supervised', expiresOn: '2027-06-30' })],
      boardCertifications: [{ board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2020-01-01' }],
    };
    const d = evaluateEnrollmentDocuments(prescriber, application({ groupNpi: GROUP_NPI }), {
      asOf: '2026-11-02',
    });
    expect(d.outcome).toBe('incomplete');
    const missing = d.reasons
      .filter((r) => r.code === 'credentialing.documents.missing')
      .map((r) => r.facts.document);
    expect(missing).toEqual([
      'board_certification',
      'dea_registration',
      'npi_type2',
      'supervision_agreement',
    ]);
    expect(codes(evaluateEnrollmentDocuments(ana, application(), { asOf: '2026-11-02' }))).not.toContain(
      'credentialing.documents.missing',
    );
  });

  it('is incomplete when a credential has already expired', () => {
    const d = evaluateEnrollmentDocuments(
      ana,
      application({ status: 'gathering_documents', submittedOn: undefined }) as PayerEnrollmentInput,
      { asOf: '2027-01-05' },
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.expired',
      facts: { credential: 'malpractice_expiry' },
    });
    expect(d.expectedDecisionOn).toBe('2027-05-05');
  });

  it('rejects a bad CAQH cycle', () => {
    expect(() =>
      evaluateEnrollmentDocuments(ana, application(), { asOf: '2026-11-02', caqhReattestationDays: 0 }),
    ).toThrow(/caqhReattestationDays/);
  });

  it('does not forecast a decision once the payer has decided', () => {
    const d = evaluateEnrollmentDocuments(
      ana,
      application({ status: 'approved', effectiveOn: '2026-12-01' }),
      { asOf: '2026-11-02' },
    );
    expect(d).toMatchObject({ outcome: 'ready', expectedDecisionOn: null, reasons: [] });
  });
});
