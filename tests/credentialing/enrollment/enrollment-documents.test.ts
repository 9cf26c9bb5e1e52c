import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../src/core/index.js';
import {
  evaluateEnrollmentDocuments,
  type PayerEnrollmentInput,
  type StateLicense,
} from '../../../src/credentialing/index.js';
import { clinician, GROUP_NPI, license, malpracticePolicy } from '../credentials/credential-fixtures.js';

const ana = clinician({
  licenses: [license({ expiresOn: '2027-06-30' })],
  caqh: { providerId: '12345678', lastAttestedOn: '2026-10-01' },
  malpractice: [malpracticePolicy('P-2', '2026-01-01', '2027-01-01')],
});
// The documents a commercial payer's packet asks for, each received on 2026-10-15.
const PACKET = [
  'state_license',
  'npi_type1',
  'malpractice_certificate',
  'cv',
  'w9',
  'caqh_attestation',
  'diploma',
  'disclosure_attestation',
];
const received = (kinds: readonly string[]) =>
  kinds.map((kind) => ({ kind, receivedOn: '2026-10-15' })) as PayerEnrollmentInput['documents'];
const application = (over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput => ({
  clinicianId: 'clin-ana',
  payerId: 'humana',
  status: 'submitted',
  submittedOn: '2026-11-02',
  documents: received(PACKET),
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
    // The malpractice policy lapsed: no coverage in force on asOf.
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.malpractice_not_in_force',
      facts: { resumesOn: null },
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

describe('evaluateEnrollmentDocuments: malpractice coverage in force on asOf', () => {
  const policy = malpracticePolicy;
  const withPolicies = (...malpractice: ReturnType<typeof policy>[]) => ({ ...ana, malpractice });
  const asOf = '2026-11-20';

  it('is incomplete on 2026-11-20 with only a policy starting 2027-01-01', () => {
    const d = evaluateEnrollmentDocuments(
      withPolicies(policy('P-3', '2027-01-01', '2028-01-01')),
      application(),
      {
        asOf,
      },
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons[0]).toEqual({
      code: 'credentialing.documents.malpractice_not_in_force',
      severity: 'error',
      message:
        'No malpractice policy is in force on 2026-11-20; the next policy starts 2027-01-01: the application needs current coverage.',
      facts: {
        clinicianId: 'clin-ana',
        payerId: 'humana',
        asOf,
        lapsedOn: null,
        resumesOn: '2027-01-01',
      },
    });
  });

  it('is incomplete in the gap between a policy that lapsed 2026-01-01 and one starting 2027-01-01', () => {
    const d = evaluateEnrollmentDocuments(
      withPolicies(policy('P-2', '2025-01-01', '2026-01-01'), policy('P-3', '2027-01-01', '2028-01-01')),
      application(),
      { asOf },
    );
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons[0]?.facts).toMatchObject({ lapsedOn: '2026-01-01', resumesOn: '2027-01-01' });
  });

  it('counts coverage on its first and last day, and follows a renewal that starts the day the old one ends', () => {
    const first = evaluateEnrollmentDocuments(
      withPolicies(policy('P-2', asOf, '2027-11-20')),
      application(),
      { asOf },
    );
    expect(codes(first)).not.toContain('credentialing.documents.malpractice_not_in_force');
    const last = evaluateEnrollmentDocuments(withPolicies(policy('P-2', '2025-11-20', asOf)), application(), {
      asOf,
    });
    expect(codes(last)).not.toContain('credentialing.documents.malpractice_not_in_force');
    // Renewed without a gap: coverage runs through 2028-01-01, after the expected decision.
    const renewed = evaluateEnrollmentDocuments(
      withPolicies(policy('P-2', '2026-01-01', '2027-01-01'), policy('P-3', '2027-01-01', '2028-01-01')),
      application(),
      { asOf },
    );
    expect(renewed.reasons.map((r) => r.facts.credential)).not.toContain('malpractice_expiry');
    // Renewed after a gap: the warning is dated from the end of the coverage in force.
    const gap = evaluateEnrollmentDocuments(
      withPolicies(policy('P-2', '2026-01-01', '2027-01-01'), policy('P-3', '2027-02-01', '2028-01-01')),
      application(),
      { asOf },
    );
    expect(gap.reasons.find((r) => r.facts.credential === 'malpractice_expiry')?.facts).toMatchObject({
      expiresOn: '2027-01-01',
    });
  });

  it('is never ready without a policy covering asOf', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 800 }))
      .map(([start, length]) => {
        const from = new Date(Date.UTC(2024, 0, 1 + start)).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2024, 0, 1 + start + length)).toISOString().slice(0, 10);
        return policy(`P-${start}`, from, to);
      });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 3 }), (policies) => {
        const d = evaluateEnrollmentDocuments(withPolicies(...policies), application(), { asOf });
        const covered = policies.some((p) => p.effectiveOn <= asOf && asOf <= p.expiresOn);
        expect(codes(d).includes('credentialing.documents.malpractice_not_in_force')).toBe(!covered);
        if (!covered) expect(d.outcome).toBe('incomplete');
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateEnrollmentDocuments: a supervised license needs its supervision in force', () => {
  const supervisee = (
    supervision: { supervisorId: string; state: 'CA'; startsOn: string; endsOn?: string }[],
  ) => ({
    ...ana,
    licenses: [license({ type: 'associate', level: 'supervised', expiresOn: '2027-06-30' })],
    supervision,
  });
  const withAgreement = application({ documents: received([...PACKET, 'supervision_agreement']) });
  const asOf = '2026-11-20';

  it('is undecided with no supervision arrangement recorded, even with the agreement received', () => {
    const d = evaluateEnrollmentDocuments(supervisee([]), withAgreement, { asOf });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.supervision_unknown',
      severity: 'warning',
      facts: { state: 'CA', asOf },
    });
  });

  it('is incomplete when the arrangement ended 2026-01-01 or starts 2027-01-01, ready while one is in force', () => {
    const ended = evaluateEnrollmentDocuments(
      supervisee([{ supervisorId: 's1', state: 'CA', startsOn: '2025-01-01', endsOn: '2026-01-01' }]),
      withAgreement,
      { asOf },
    );
    expect(ended.outcome).toBe('incomplete');
    expect(ended.reasons[0]).toMatchObject({
      code: 'credentialing.documents.supervision_not_in_force',
      facts: { endedOn: '2026-01-01', startsOn: null },
    });
    const future = evaluateEnrollmentDocuments(
      supervisee([{ supervisorId: 's2', state: 'CA', startsOn: '2027-01-01' }]),
      withAgreement,
      { asOf },
    );
    expect(future.reasons[0]).toMatchObject({
      code: 'credentialing.documents.supervision_not_in_force',
      facts: { endedOn: null, startsOn: '2027-01-01' },
    });
    // A new supervisor after the old one ended: in force, so no error for the ended one.
    const switched = evaluateEnrollmentDocuments(
      supervisee([
        { supervisorId: 's1', state: 'CA', startsOn: '2025-01-01', endsOn: '2026-01-01' },
        { supervisorId: 's2', state: 'CA', startsOn: '2026-01-02' },
      ]),
      withAgreement,
      { asOf },
    );
    expect(switched.outcome).toBe('ready');
    const lastDay = evaluateEnrollmentDocuments(
      supervisee([{ supervisorId: 's1', state: 'CA', startsOn: '2025-01-01', endsOn: asOf }]),
      withAgreement,
      { asOf },
    );
    expect(codes(lastDay)).not.toContain('credentialing.documents.supervision_not_in_force');
  });

  it('is never ready for a supervised license without an arrangement covering asOf', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1200 }),
            fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
          ),
          { maxLength: 3 },
        ),
        (spans) => {
          const arrangements = spans.map(([start, length], i) => {
            const startsOn = new Date(Date.UTC(2024, 0, 1 + start)).toISOString().slice(0, 10);
            const endsOn =
              length === undefined
                ? undefined
                : new Date(Date.UTC(2024, 0, 1 + start + length)).toISOString().slice(0, 10);
            return {
              supervisorId: `s${i}`,
              state: 'CA' as const,
              startsOn,
              ...(endsOn === undefined ? {} : { endsOn }),
            };
          });
          const d = evaluateEnrollmentDocuments(supervisee(arrangements), withAgreement, { asOf });
          const covered = arrangements.some(
            (a) => a.startsOn <= asOf && (a.endsOn === undefined || asOf <= a.endsOn),
          );
          if (!covered) expect(d.outcome).not.toBe('ready');
          else
            expect(codes(d).filter((c) => c.startsWith('credentialing.documents.supervision'))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateEnrollmentDocuments: nothing dated after asOf counts', () => {
  const asOf = '2026-11-20';

  it('treats a document received 2026-11-21 as missing on 2026-11-20, and counts it from that day', () => {
    const docs = application().documents?.map((d) =>
      d.kind === 'w9' ? { ...d, receivedOn: '2026-11-21' } : d,
    );
    const d = evaluateEnrollmentDocuments(ana, application({ documents: docs }), { asOf });
    expect(d.outcome).toBe('incomplete');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.missing',
      message:
        'The w9 is recorded as received on 2026-11-21, after 2026-11-20: it was not in hand on that date.',
      facts: { document: 'w9', receivedAfterAsOf: '2026-11-21' },
    });
    const nextDay = evaluateEnrollmentDocuments(ana, application({ documents: docs }), {
      asOf: '2026-11-21',
    });
    expect(codes(nextDay)).not.toContain('credentialing.documents.missing');
  });

  it('is undecided when the CAQH attestation is recorded after asOf, as evaluateCaqhAttestation is', () => {
    const later = { ...ana, caqh: { providerId: '12345678', lastAttestedOn: '2026-11-21' } };
    const d = evaluateEnrollmentDocuments(later, application(), { asOf });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.documents.caqh_attested_after_as_of',
      facts: { lastAttestedOn: '2026-11-21', asOf },
    });
    expect(d.reasons.map((r) => r.facts.credential)).not.toContain('caqh_reattestation');
    const onTheDay = { ...ana, caqh: { providerId: '12345678', lastAttestedOn: asOf } };
    expect(evaluateEnrollmentDocuments(onTheDay, application(), { asOf }).outcome).toBe('ready');
  });

  it('never counts a document dated after asOf', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), (offset) => {
        const receivedOn = new Date(Date.UTC(2026, 10, 20 + offset)).toISOString().slice(0, 10);
        const docs = application().documents?.map((d) => (d.kind === 'cv' ? { ...d, receivedOn } : d));
        const d = evaluateEnrollmentDocuments(ana, application({ documents: docs }), { asOf });
        const missing = d.reasons.some(
          (r) => r.code === 'credentialing.documents.missing' && r.facts.document === 'cv',
        );
        expect(missing).toBe(receivedOn > asOf);
      }),
      { numRuns: 100 },
    );
  });
});

describe('evaluateEnrollmentDocuments: a payer policy decides only its own payer', () => {
  it('refuses Medicare’s document list for a Humana application, naming the policy’s payer id', () => {
    let issues: string[] = [];
    try {
      evaluateEnrollmentDocuments(ana, application(), {
        asOf: '2026-11-20',
        payerPolicy: { payerId: 'medicare', program: 'medicare' },
      });
    } catch (error) {
      issues = (error as ValidationError).issues.map((i) => `${i.code}@${i.at}`);
    }
    expect(issues).toEqual(['credentialing.policy.payer_mismatch@$.options.payerPolicy.payerId']);
  });

  it('lists the problems of the credentials, the enrollment and the options together', () => {
    let under: unknown[] = [];
    try {
      evaluateEnrollmentDocuments(
        { clinicianId: 'clin-ana', individualNpi: '123' },
        { clinicianId: 'clin-ana', payerId: 'humana', status: 'nope' as never },
        { asOf: 'x' },
      );
    } catch (error) {
      under = [...new Set((error as ValidationError).issues.map((i) => i.path[0]))];
    }
    expect(under).toEqual(['credentials', 'enrollment', 'options']);
  });
});

describe('evaluateEnrollmentDocuments: a prescribing license with prescribing not recorded', () => {
  const psychiatrist = clinician({
    ...ana,
    licenses: [license({ type: 'psychiatrist', expiresOn: '2028-12-31' })],
  });
  const withDea = application({
    documents: [...(application().documents ?? []), { kind: 'dea_registration', receivedOn: '2026-10-15' }],
  });

  it('asks (undecided) whether a psychiatrist with no `prescribes` prescribes, rather than skip the DEA registration', () => {
    const d = evaluateEnrollmentDocuments(psychiatrist, application(), { asOf: '2026-11-20' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('credentialing.documents.prescribing_unknown');
  });

  it('needs the DEA registration when `prescribes` is true, and not when it is false', () => {
    const yes = evaluateEnrollmentDocuments({ ...psychiatrist, prescribes: true }, application(), {
      asOf: '2026-11-20',
    });
    expect(yes.outcome).toBe('incomplete');
    expect(yes.reasons.map((r) => r.facts.document)).toContain('dea_registration');
    const no = evaluateEnrollmentDocuments({ ...psychiatrist, prescribes: false }, application(), {
      asOf: '2026-11-20',
    });
    expect(no.reasons.map((r) => r.code)).not.toContain('credentialing.documents.prescribing_unknown');
    expect(no.outcome).not.toBe('undecided');
  });

  it('does not ask once the DEA registration is in hand, nor for a clinician of another profession', () => {
    const inHand = evaluateEnrollmentDocuments(psychiatrist, withDea, { asOf: '2026-11-20' });
    expect(inHand.reasons.map((r) => r.code)).not.toContain('credentialing.documents.prescribing_unknown');
    const lcsw = evaluateEnrollmentDocuments(ana, application(), { asOf: '2026-11-20' });
    expect(lcsw.reasons.map((r) => r.code)).not.toContain('credentialing.documents.prescribing_unknown');
  });

  it('never reads a psychiatrist or psychiatric NP with no `prescribes` and no DEA as ready', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('psychiatrist', 'psychiatric_np'),
        fc.option(fc.boolean(), { nil: undefined }),
        (type, prescribes) => {
          const c = clinician({
            ...ana,
            licenses: [license({ type, expiresOn: '2028-12-31' })],
            ...(prescribes === undefined ? {} : { prescribes }),
          });
          const d = evaluateEnrollmentDocuments(c, application(), { asOf: '2026-11-20' });
          if (prescribes !== false) expect(d.outcome).not.toBe('ready');
          const asked = d.reasons.some((r) => r.code === 'credentialing.documents.prescribing_unknown');
          expect(asked).toBe(prescribes === undefined);
        },
      ),
    );
  });
});

describe('evaluateEnrollmentDocuments: a DEA registration is read through the registration behind it', () => {
  const psychiatrist = clinician({
    ...ana,
    prescribes: true,
    licenses: [license({ type: 'psychiatrist', expiresOn: '2028-12-31' })],
  });
  const withDea = application({
    documents: [...(application().documents ?? []), { kind: 'dea_registration', receivedOn: '2026-10-15' }],
  });

  it('is undecided when the DEA document is in but no registration is recorded (2026-11-20)', () => {
    const d = evaluateEnrollmentDocuments(psychiatrist, withDea, { asOf: '2026-11-20' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('credentialing.documents.dea_registration_unknown');
  });

  it('is ready once the registration is recorded, and incomplete when it expired 2026-01-01', () => {
    const dea = (expiresOn: string) => [
      { number: 'AB1234563', state: 'CA' as const, issuedOn: '2023-01-01', expiresOn },
    ];
    const inForce = evaluateEnrollmentDocuments(
      { ...psychiatrist, deaRegistrations: dea('2029-01-01') },
      withDea,
      {
        asOf: '2026-11-20',
      },
    );
    expect(inForce.outcome).toBe('ready');
    const expired = evaluateEnrollmentDocuments(
      { ...psychiatrist, deaRegistrations: dea('2026-01-01') },
      withDea,
      {
        asOf: '2026-11-20',
      },
    );
    expect(expired.outcome).toBe('incomplete');
    expect(codes(expired)).toContain('credentialing.documents.expired');
  });

  it('does not ask about a registration of a clinician who does not prescribe', () => {
    const d = evaluateEnrollmentDocuments({ ...psychiatrist, prescribes: false }, withDea, {
      asOf: '2026-11-20',
    });
    expect(codes(d)).not.toContain('credentialing.documents.dea_registration_unknown');
  });

  it('property: a prescriber’s application with the DEA document and no registration is never ready', () => {
    fc.assert(
      fc.property(fc.option(fc.constant(true), { nil: undefined }), (prescribes) => {
        const c = clinician({ ...psychiatrist, ...(prescribes === undefined ? {} : { prescribes }) });
        if (prescribes === undefined) delete (c as { prescribes?: boolean }).prescribes;
        const d = evaluateEnrollmentDocuments(c, withDea, { asOf: '2026-11-20' });
        expect(d.outcome).not.toBe('ready');
        expect(codes(d)).toContain('credentialing.documents.dea_registration_unknown');
      }),
    );
  });
});

describe('evaluateEnrollmentDocuments: whom Medicare can enroll', () => {
  const medicare = { payerId: 'medicare', program: 'medicare' } as const;
  const advantage = { payerId: 'humana-ma', program: 'medicare_advantage' } as const;
  const supervised = clinician({
    ...ana,
    licenses: [
      license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2028-01-31' }),
    ],
    supervision: [{ supervisorId: 'clin-sup', state: 'CA', startsOn: '2026-01-01', endsOn: '2027-12-31' }],
  });
  const packet = received([...PACKET, 'supervision_agreement']);

  it('is incomplete for an associate (AMFT) applying to Medicare or a Medicare Advantage plan', () => {
    for (const payerPolicy of [medicare, advantage]) {
      const d = evaluateEnrollmentDocuments(
        supervised,
        application({ payerId: payerPolicy.payerId, documents: packet }),
        { asOf: '2026-11-20', payerPolicy },
      );
      expect(d.outcome).toBe('incomplete');
      expect(d.reasons[0]).toMatchObject({
        code: 'credentialing.medicare.associate_not_enrollable',
        severity: 'error',
        facts: { program: payerPolicy.program, licenseTypes: 'associate' },
      });
    }
    // The same application to a commercial plan is not judged on Medicare's rule.
    const aetna = evaluateEnrollmentDocuments(supervised, application({ documents: packet }), {
      asOf: '2026-11-20',
    });
    expect(codes(aetna)).not.toContain('credentialing.medicare.associate_not_enrollable');
  });

  it('is undecided for an LMSW applying to Medicare, and ready with an LCSW beside it', () => {
    const lmsw = clinician({
      ...ana,
      licenses: [license({ type: 'LMSW', number: 'LMSW 1', expiresOn: '2028-01-31' })],
    });
    const d = evaluateEnrollmentDocuments(lmsw, application({ payerId: 'medicare' }), {
      asOf: '2026-11-20',
      payerPolicy: medicare,
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('credentialing.medicare.clinical_social_work_unconfirmed');
    const both = clinician({
      ...lmsw,
      licenses: [
        ...(lmsw.licenses ?? []),
        license({ state: 'NV', type: 'LCSW', number: 'LCSW 2', expiresOn: '2028-01-31' }),
      ],
    });
    const ready = evaluateEnrollmentDocuments(both, application({ payerId: 'medicare' }), {
      asOf: '2026-11-20',
      payerPolicy: medicare,
    });
    expect(codes(ready)).not.toContain('credentialing.medicare.clinical_social_work_unconfirmed');
  });

  it('property: a Medicare application is never ready unless an independent license other than an LMSW is in force', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom<StateLicense['type']>(
              'associate',
              'LMSW',
              'LCSW',
              'LMFT',
              'LPC',
              'psychologist',
            ),
            level: fc.constantFrom<StateLicense['level']>('independent', 'supervised'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constantFrom(medicare, advantage),
        (specs, payerPolicy) => {
          const c = clinician({
            ...ana,
            licenses: specs.map((s, i) => license({ ...s, number: `L-${i}`, expiresOn: '2028-01-31' })),
            supervision: [
              { supervisorId: 'clin-sup', state: 'CA', startsOn: '2026-01-01', endsOn: '2027-12-31' },
            ],
          });
          const d = evaluateEnrollmentDocuments(
            c,
            application({ payerId: payerPolicy.payerId, documents: packet }),
            {
              asOf: '2026-11-20',
              payerPolicy,
            },
          );
          const enrollable = specs.some(
            (s) => s.level === 'independent' && s.type !== 'associate' && s.type !== 'LMSW',
          );
          if (!enrollable) expect(d.outcome).not.toBe('ready');
          const asked = codes(d).some((code) => code.startsWith('credentialing.medicare.'));
          expect(asked).toBe(!enrollable);
        },
      ),
    );
  });
});
