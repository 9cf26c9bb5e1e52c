import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import {
  DEFAULT_INTAKE_PACKET_POLICY,
  IntakeClient,
  IntakeDocumentRecord,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  listRequiredIntakeDocuments,
} from '../../../src/intake/index.js';
import {
  ageOn,
  definitionsByType,
  requirementsFor,
  sharedRequirementsFor,
  standingOf,
} from '../../../src/intake/packets/requirements.js';

const list = (client: object, on = '2026-04-01') =>
  listRequiredIntakeDocuments(client as never, DEFAULT_INTAKE_PACKET_POLICY, { asOf: on }).required.map(
    (r) => `${r.type}${r.signerId === null ? '' : `@${r.signerId}`}:${r.weight}`,
  );

describe('listRequiredIntakeDocuments', () => {
  it('lists one copy per adult for a self-pay couple seen in person', () => {
    expect(
      list({
        id: 'c-1',
        zone: 'America/Denver',
        serviceType: 'couples',
        signers: ['p-1', 'p-2'],
        billing: 'self_pay',
        modality: 'in_person',
        birthDate: '1985-05-05',
      }),
    ).toEqual([
      'informed_consent@p-1:blocking',
      'informed_consent@p-2:blocking',
      'privacy_notice_acknowledgment@p-1:soft',
      'privacy_notice_acknowledgment@p-2:soft',
      'financial_policy@p-1:blocking',
      'financial_policy@p-2:blocking',
      'intake_questionnaire:soft',
      'good_faith_estimate:soft',
    ]);
  });

  it('adds guardian consent for a minor, telehealth consent, a release when needed, and drops the financial policy without fees', () => {
    expect(
      list({
        id: 'c-2',
        zone: 'America/Denver',
        billing: 'insured',
        modality: 'telehealth',
        birthDate: '2010-04-02',
        releaseNeeded: true,
        feesApply: false,
      }),
    ).toEqual([
      'informed_consent:blocking',
      'privacy_notice_acknowledgment:soft',
      'telehealth_consent:blocking',
      'release_of_information:soft',
      'intake_questionnaire:soft',
      'insurance_card:blocking',
      'guardian_consent:blocking',
    ]);
  });

  it('counts a client as an adult from their 18th birthday', () => {
    const c = {
      id: 'c-3',
      zone: 'America/Denver',
      billing: 'insured',
      modality: 'in_person',
      birthDate: '2008-04-01',
    };
    expect(list(c, '2026-03-31')).toContain('guardian_consent:blocking');
    expect(list(c, '2026-04-01')).not.toContain('guardian_consent:blocking');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('keeps documents that wait on an unknown fact apart, and lets any rule require a document', () => {
    const policy: IntakePacketPolicyInput = {
      ...DEFAULT_INTAKE_PACKET_POLICY,
      rules: [
        ...DEFAULT_INTAKE_PACKET_POLICY.rules,
        { document: 'photo_id', when: ['insured', 'telehealth'] },
        { document: 'photo_id', when: ['couples'] },
      ],
    };
    const r = listRequiredIntakeDocuments({ id: 'c-4', zone: 'UTC' }, policy, { asOf: '2026-04-01' });
    expect(r.undecided).toEqual([
      { type: 'telehealth_consent', missingFact: 'modality' },
      { type: 'insurance_card', missingFact: 'billing' },
      { type: 'photo_id', missingFact: 'billing' },
      { type: 'guardian_consent', missingFact: 'birth_date' },
      { type: 'good_faith_estimate', missingFact: 'billing' },
      { type: 'part2_notice', missingFact: 'part2_program' },
      { type: 'part2_consent', missingFact: 'part2_program' },
    ]);
    const couple = listRequiredIntakeDocuments(
      { id: 'c-5', zone: 'UTC', serviceType: 'couples', signers: ['a', 'b'] },
      policy,
      { asOf: '2026-04-01' },
    );
    expect(couple.required.map((x) => x.type)).toContain('photo_id');
  });

  it('rejects a couple without two signers and a repeated signer', () => {
    try {
      listRequiredIntakeDocuments(
        { id: 'c-6', zone: 'UTC', serviceType: 'couples', signers: ['a', 'a'] },
        {},
        { asOf: '2026-04-01' },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.code)).toEqual(['intake.client.duplicate_signer']);
    }
    expect(() =>
      listRequiredIntakeDocuments(
        { id: 'c-7', zone: 'UTC', serviceType: 'couples' },
        {},
        { asOf: '2026-04-01' },
      ),
    ).toThrow(/intake\.client\.couple_needs_two_signers/);
  });
});

describe('requirement lists shared between clients (the queue’s path)', () => {
  const policy = IntakePacketPolicy.parse({
    ...DEFAULT_INTAKE_PACKET_POLICY,
    // A second rule for a document makes the "first unknown fact" and "any rule wins" paths matter.
    rules: [...DEFAULT_INTAKE_PACKET_POLICY.rules, { document: 'photo_id', when: ['insured', 'telehealth'] }],
  });
  // A second policy with another adult age: the shared lists are kept per policy.
  const olderAdults = IntakePacketPolicy.parse({ ...policy, adultAge: 19 });
  // Every field a requirement reads varies, each also left out where the schema allows it.
  const arbClient = fc
    .record(
      {
        id: fc.constantFrom('c-1', 'c-2', 'c-3'),
        zone: fc.constantFrom('America/Denver', 'America/New_York', 'Pacific/Honolulu'),
        birthDate: fc.constantFrom('2008-04-01', '2008-02-29', '2007-03-31', '1990-12-31', '2012-06-15'),
        billing: fc.constantFrom('insured', 'self_pay'),
        modality: fc.constantFrom('in_person', 'telehealth'),
        serviceType: fc.constantFrom('individual', 'couples', 'family'),
        feesApply: fc.boolean(),
        releaseNeeded: fc.boolean(),
        minorMayConsentMentalHealth: fc.boolean(),
        minorMayConsentSubstanceUse: fc.boolean(),
        firstSessionAt: fc.constantFrom('2026-04-02T10:00:00-06:00', '2026-03-01T09:00:00-05:00'),
        withSigners: fc.boolean(),
      },
      { requiredKeys: ['id', 'zone', 'withSigners'] },
    )
    .map(({ withSigners, ...c }) =>
      c.serviceType === 'couples' || withSigners ? { ...c, signers: ['p-1', 'p-2'] } : c,
    );

  it('gives every client exactly the list worked out for them alone', () => {
    fc.assert(
      fc.property(
        fc.array(arbClient, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(policy, olderAdults),
        fc.constantFrom('2025-02-28', '2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01'),
        (clients, chosen, on) => {
          for (const c of clients) {
            const client = IntakeClient.parse(c);
            expect(sharedRequirementsFor(client, chosen, on)).toEqual(requirementsFor(client, chosen, on));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('keeps per-signer copies apart for clients with signers', () => {
    const couple = IntakeClient.parse({
      id: 'c-9',
      zone: 'America/Denver',
      serviceType: 'couples',
      signers: ['p-1', 'p-2'],
      billing: 'self_pay',
      modality: 'in_person',
      birthDate: '1985-05-05',
    });
    const other = IntakeClient.parse({ ...couple, id: 'c-10', signers: ['p-3', 'p-4'] });
    expect(sharedRequirementsFor(couple, policy, '2026-04-01')).toEqual(
      requirementsFor(couple, policy, '2026-04-01'),
    );
    expect(
      sharedRequirementsFor(other, policy, '2026-04-01').required.filter((r) => r.signerId === 'p-3'),
    ).not.toEqual([]);
  });
});

const def = definitionsByType(DEFAULT_INTAKE_PACKET_POLICY).get('informed_consent')!;
const req = { type: 'informed_consent', signerId: null, weight: 'blocking', softAction: 'remind' } as const;
const rec = (id: string, extra: object) =>
  IntakeDocumentRecord.parse({ id, clientId: 'c-1', type: 'informed_consent', ...extra });
const at = toEpochMs('2026-03-10T12:00:00Z');
const standing = (records: IntakeDocumentRecord[]) =>
  standingOf(req, records, def, true, at, '2026-03-11', 'UTC');

describe('standingOf (the record that speaks for a requirement)', () => {
  it('prefers the most advanced status, then the latest date, then the lowest id, whatever the order', () => {
    const a = rec('d-a', { status: 'sent', sentAt: '2026-03-01T10:00:00Z' });
    const b = rec('d-b', { status: 'sent', sentAt: '2026-03-02T10:00:00Z' });
    const c = rec('d-c', { status: 'sent', sentAt: '2026-03-02T10:00:00Z' });
    const n = rec('d-n', { status: 'not_sent' });
    expect(standing([a, b, c, n]).record?.id).toBe('d-b');
    expect(standing([n, c, b, a]).record?.id).toBe('d-b');
    expect(standing([n]).status).toBe('not_sent');
    expect(
      standing([rec('d-x', { status: 'not_sent' }), rec('d-w', { status: 'not_sent' })]).record?.id,
    ).toBe('d-w');
  });

  it('reads a record as it stood at the moment: a later decline or sending does not count yet', () => {
    expect(
      standing([
        rec('d-1', {
          status: 'declined',
          sentAt: '2026-03-01T10:00:00Z',
          declinedAt: '2026-03-12T10:00:00Z',
        }),
      ]).status,
    ).toBe('sent');
    expect(standing([rec('d-2', { status: 'declined', declinedAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-3', { status: 'viewed', sentAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-4', { status: 'complete', completedAt: '2026-03-12T10:00:00Z' })]).status).toBe(
      'not_sent',
    );
    expect(standing([rec('d-5', { status: 'expired' })]).status).toBe('expired');
  });

  it('matches a per-signer copy only to its signer, or to an unsigned record when there is one signer', () => {
    const perSigner = { ...req, signerId: 'p-2' } as never;
    const mine = rec('d-1', { status: 'sent', sentAt: '2026-03-01T10:00:00Z', signerId: 'p-1' });
    const unsigned = rec('d-2', { status: 'sent', sentAt: '2026-03-01T10:00:00Z' });
    expect(standingOf(perSigner, [mine], def, false, at, '2026-03-11', 'UTC').record).toBeNull();
    expect(standingOf(perSigner, [unsigned], def, true, at, '2026-03-11', 'UTC').record?.id).toBe('d-2');
    expect(standingOf(perSigner, [unsigned], def, false, at, '2026-03-11', 'UTC').record).toBeNull();
  });
});
