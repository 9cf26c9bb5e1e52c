import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTAKE_PACKET_POLICY,
  IntakePacketPolicy,
  listRequiredIntakeDocuments,
} from '../../../src/intake/index.js';

describe('IntakePacketPolicy', () => {
  it('defaults to the usual intake packet (a practice convention), 24 hours before the session, adults from 18', () => {
    const p = IntakePacketPolicy.parse({});
    expect(p).toEqual(DEFAULT_INTAKE_PACKET_POLICY);
    expect(p.completeHoursBeforeSession).toBe(24);
    expect(p.documents.filter((d) => d.weight === 'blocking').map((d) => d.type)).toEqual([
      'informed_consent',
      'financial_policy',
      'telehealth_consent',
      'insurance_card',
      'guardian_consent',
      'part2_notice',
      'part2_consent',
    ]);
    expect(p.part2Program).toBeUndefined();
    // Asked, never required to start treatment (45 CFR 164.508(b)(4)), since intake40.
    expect(p.documents.find((d) => d.type === 'release_of_information')?.weight).toBe('soft');
  });

  it('names a document defined twice, a rule on an undefined document, and a bad hour count', () => {
    expect(() =>
      listRequiredIntakeDocuments(
        { id: 'c', zone: 'UTC' },
        {
          documents: [
            { type: 'informed_consent', kind: 'consent', weight: 'blocking' },
            { type: 'informed_consent', kind: 'consent', weight: 'soft' },
          ],
          rules: [{ document: 'telehealth_consent', when: ['telehealth'] }],
          completeHoursBeforeSession: -2,
        },
        { asOf: '2026-01-01' },
      ),
    ).toThrow(
      /completeHoursBeforeSession.*too_small.*documents\[1\]\.type.*intake\.packet\.duplicate_document.*rules\[0\]\.document.*intake\.packet\.rule_references_missing_document/s,
    );
  });

  it('lets one rule require a document even when another rule for it waits on an unknown fact', () => {
    const policy = {
      ...DEFAULT_INTAKE_PACKET_POLICY,
      rules: [
        { document: 'photo_id', when: ['always'] },
        { document: 'photo_id', when: ['insured'] },
      ],
    } as const;
    const r = listRequiredIntakeDocuments({ id: 'c', zone: 'UTC' }, policy as never, { asOf: '2026-01-01' });
    expect(r.required.map((x) => x.type)).toEqual(['photo_id']);
    expect(r.undecided).toEqual([]);
  });
});
