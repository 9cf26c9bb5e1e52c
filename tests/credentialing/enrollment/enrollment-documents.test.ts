import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateEnrollmentDocuments,
  type PayerEnrollmentInput,
  type StateLicense,
} from '../../../src/credentialing/index.js';
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

describe('evaluateEnrollmentDocuments: the license, malpractice and CAQH behind the documents', () => {
  const aetna = (over: Partial<PayerEnrollmentInput> = {}) => application({ payerId: 'aetna', ...over });
  const lmft = (over: Partial<StateLicense> = {}) => license({ expiresOn: '2027-12-31', ...over });
  const on = { asOf: '2026-11-20' } as const;

  it('is incomplete with a suspended CA LMFT license, though every document was received', () => {
    const d = evaluateEnrollmentDocuments({ ...ana, licenses: [lmft({ status: 'suspended' })] }, aetna(), on);
    expect(d.outcome).toBe('incomplete');
    expect(codes(d).slice(0, 2)).toEqual([
      'credentialing.documents.license_not_practicing',
      'credentialing.documents.no_license',
    ]);
    expect(d.reasons[0].facts).toMatchObject({ state: 'CA', licenseNumber: 'LMFT 100', status: 'suspended' });
  });

  it('is incomplete with a revoked license beside one in force elsewhere', () => {
    const d = evaluateEnrollmentDocuments(
      { ...ana, licenses: [lmft(), lmft({ state: 'NV', number: 'NV-1', status: 'revoked' })] },
      aetna(),
      on,
    );
    expect(d.outcome).toBe('incomplete');
    expect(codes(d)).toContain('credentialing.documents.license_not_practicing');
    expect(codes(d)).not.toContain('credentialing.documents.no_license');
  });

  it('is incomplete with no license, or only an inactive one', () => {
    for (const licenses of [[], [lmft({ status: 'inactive' })]]) {
      const d = evaluateEnrollmentDocuments({ ...ana, licenses }, aetna(), on);
      expect(d.outcome).toBe('incomplete');
      expect(codes(d)[0]).toBe('credentialing.documents.no_license');
    }
  });

  it('keeps an inactive license beside one in force as history', () => {
    const d = evaluateEnrollmentDocuments(
      { ...ana, licenses: [lmft(), lmft({ state: 'NV', number: 'NV-1', status: 'inactive' })] },
      aetna(),
      on,
    );
    expect(d.outcome).toBe('ready');
  });

  it('warns, and stays ready, on a restricted license', () => {
    const d = evaluateEnrollmentDocuments(
      { ...ana, licenses: [lmft({ status: 'restricted' })] },
      aetna(),
      on,
    );
    expect(d.outcome).toBe('ready');
    expect(d.reasons.map((r) => [r.code, r.severity])).toContainEqual([
      'credentialing.documents.license_restricted',
      'warning',
    ]);
  });

  it('reads the license by its latest record: suspended by a record of 2026-05-01, reinstated 2026-09-01', () => {
    const suspended = lmft({ status: 'suspended', issuedOn: '2026-05-01' });
    const reinstated = lmft({ issuedOn: '2026-09-01' });
    const outcome = (licenses: StateLicense[]) =>
      evaluateEnrollmentDocuments({ ...ana, licenses }, aetna(), on).outcome;
    expect(outcome([lmft(), suspended])).toBe('incomplete');
    expect(outcome([lmft(), suspended, reinstated])).toBe('ready');
  });

  it('is incomplete while two records of the license issued the same day disagree', () => {
    const d = evaluateEnrollmentDocuments(
      { ...ana, licenses: [lmft(), lmft({ status: 'revoked' })] },
      aetna(),
      on,
    );
    expect(d.outcome).toBe('incomplete');
    expect(codes(d)).toContain('credentialing.documents.license_records_conflict');
  });

  it('cannot decide without a malpractice policy or a CAQH attestation on record', () => {
    const noMalpractice = evaluateEnrollmentDocuments({ ...ana, malpractice: [] }, aetna(), on);
    expect(noMalpractice.outcome).toBe('undecided');
    expect(noMalpractice.reasons[0]).toMatchObject({
      code: 'credentialing.documents.malpractice_unknown',
      severity: 'warning',
    });
    const { caqh: _, ...noCaqh } = ana;
    const d = evaluateEnrollmentDocuments(noCaqh, aetna(), on);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.caqh_attestation_unknown',
      severity: 'warning',
      facts: { caqhProfile: false },
    });
    const unattested = evaluateEnrollmentDocuments({ ...ana, caqh: { providerId: '12345678' } }, aetna(), on);
    expect(unattested.reasons[0]?.facts).toMatchObject({ caqhProfile: true });
  });

  it('asks about malpractice and CAQH only when the payer needs those documents', () => {
    const { caqh: _, ...bare } = ana;
    const d = evaluateEnrollmentDocuments({ ...bare, malpractice: [] }, aetna({ documents: [] }), {
      ...on,
      payerPolicy: { payerId: 'aetna', requiredDocuments: ['cv'] },
    });
    expect(codes(d)).toEqual(['credentialing.documents.missing']);
  });

  it('lets an error win over a missing fact: incomplete, not undecided', () => {
    const d = evaluateEnrollmentDocuments({ ...ana, licenses: [], malpractice: [] }, aetna(), on);
    expect(d.outcome).toBe('incomplete');
    expect(codes(d)).toContain('credentialing.documents.malpractice_unknown');
  });

  it('is never ready unless a license is in force and unsuspended, a policy and an attestation are on record', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            state: fc.constantFrom('CA', 'NV' as const),
            status: fc.constantFrom(
              'active',
              'restricted',
              'inactive',
              'suspended',
              'revoked',
              'surrendered' as const,
            ),
            issuedOn: fc.constantFrom('2024-07-01', '2026-05-01', '2026-12-01'),
            expiresOn: fc.constantFrom('2026-11-01', '2027-12-31'),
          }),
          { maxLength: 4 },
        ),
        fc.boolean(),
        fc.boolean(),
        (records, withMalpractice, withCaqh) => {
          const licenses = records.map((r) =>
            lmft({
              ...r,
              number: `${r.state}-1`,
              expiresOn: r.issuedOn < r.expiresOn ? r.expiresOn : '2027-12-31',
            }),
          );
          const { caqh: _, ...bare } = ana;
          const cred = {
            ...bare,
            licenses,
            malpractice: withMalpractice ? ana.malpractice : [],
            ...(withCaqh ? { caqh: ana.caqh } : {}),
          };
          const d = evaluateEnrollmentDocuments(cred, aetna(), on);
          if (d.outcome !== 'ready') {
            expect(d.reasons.length).toBeGreaterThan(0);
            return;
          }
          expect(withMalpractice && withCaqh).toBe(true);
          const current = (state: string) =>
            licenses
              .filter((l) => l.state === state && l.issuedOn <= on.asOf)
              .sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : 1))
              .at(-1);
          const standing = ['CA', 'NV'].map(current).filter((l) => l !== undefined);
          expect(
            standing.some((l) => ['active', 'restricted'].includes(l.status) && l.expiresOn >= on.asOf),
          ).toBe(true);
          expect(standing.every((l) => l.status !== 'suspended' && l.status !== 'revoked')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
