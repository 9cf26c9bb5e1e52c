import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluatePart2ConsentContents, type Part2ConsentContentsInput } from '../../../src/intake/index.js';

// An outside tester's cases (intake37, 2026-12-07), written from 42 CFR 2.31(a) as amended by the 2024 rule
// (89 FR 12472; compliance from 2026-02-16) [cfr-42-2.31, fr-89-12472]: each required element removed in turn
// from a complete consent must make it incomplete, naming that element's path.
const single: Part2ConsentContentsInput = {
  id: 'p2-ana-1',
  clientId: 'c-ana',
  patientName: 'Ana Example',
  disclosers: ['Riverside Recovery Program'],
  information: 'Substance use disorder diagnosis, treatment dates and medication for opioid use disorder',
  recipients: ['Dr. Lee, Eastside Primary Care'],
  purposes: ['Coordinate care with my primary care physician'],
  rightToRevokeStatement: true,
  expiresOn: '2027-03-10',
  signedBy: ['Ana Example'],
  signedOn: '2026-03-05',
};
const tpo: Part2ConsentContentsInput = {
  ...single,
  id: 'p2-ana-tpo',
  recipients: [
    'my treating providers, health plans, third-party payers, and people helping to operate this program',
  ],
  purposes: ['for treatment, payment, and health care operations'],
  allFutureTreatmentPaymentOperations: true,
  hipaaRedisclosureStatement: true,
  expiresOn: undefined,
  expirationEvent: 'none',
};
const paths = (c: Part2ConsentContentsInput) =>
  evaluatePart2ConsentContents(c).reasons.map((r) => r.facts.path);

describe('evaluatePart2ConsentContents (42 CFR 2.31(a), 2024 rule)', () => {
  it('a consent to one named physician with every element is complete', () => {
    expect(evaluatePart2ConsentContents(single)).toMatchObject({
      outcome: 'complete',
      consentId: 'p2-ana-1',
      reasons: [{ code: 'intake.sud_consent.contents_complete' }],
    });
  });

  it('the single consent for all future treatment, payment and operations, expiring "none", is complete', () => {
    expect(evaluatePart2ConsentContents(tpo).outcome).toBe('complete');
  });

  const elements = [
    ['patientName', '2.31(a)(1)'],
    ['disclosers', '2.31(a)(2)'],
    ['information', '2.31(a)(3)'],
    ['recipients', '2.31(a)(4)(i)'],
    ['purposes', '2.31(a)(5)'],
    ['signedBy', '2.31(a)(8)'],
    ['signedOn', '2.31(a)(9)'],
  ] as const;
  for (const [field, paragraph] of elements) {
    it(`without ${field} (${paragraph}) it is incomplete, naming $.consent.${field}`, () => {
      const { [field]: _gone, ...rest } = single;
      const d = evaluatePart2ConsentContents(rest as Part2ConsentContentsInput);
      expect(d.outcome).toBe('incomplete');
      expect(d.reasons).toEqual([
        expect.objectContaining({
          code: 'intake.sud_consent.missing_element',
          severity: 'error',
          facts: expect.objectContaining({ path: `$.consent.${field}`, paragraph }),
        }),
      ]);
    });
  }

  it('an empty list of disclosers or recipients is no designation at all', () => {
    expect(paths({ ...single, disclosers: [], recipients: [] })).toEqual([
      '$.consent.disclosers',
      '$.consent.recipients',
    ]);
  });

  it('without the right to revoke (2.31(a)(6)) it is incomplete', () => {
    expect(paths({ ...single, rightToRevokeStatement: false })).toEqual(['$.consent.rightToRevokeStatement']);
  });

  it('with neither an expiration date nor an event (2.31(a)(7)) it is incomplete; an event such as the end of treatment suffices', () => {
    const { expiresOn: _e, ...noDate } = single;
    expect(paths(noDate)).toEqual(['$.consent.expiresOn']);
    expect(evaluatePart2ConsentContents({ ...noDate, expirationEvent: 'end of treatment' }).outcome).toBe(
      'complete',
    );
  });

  it('"none" as the expiration is allowed only for the single TPO consent', () => {
    const { expiresOn: _e, ...noDate } = single;
    expect(paths({ ...noDate, expirationEvent: 'None' })).toEqual(['$.consent.expiresOn']);
  });

  it('the TPO consent without the HIPAA redisclosure statement (2.31(a)(4)(iii)) is incomplete; a single-purpose one does not need it', () => {
    expect(paths({ ...tpo, hipaaRedisclosureStatement: false })).toEqual([
      '$.consent.hipaaRedisclosureStatement',
    ]);
    expect(evaluatePart2ConsentContents({ ...single, hipaaRedisclosureStatement: false }).outcome).toBe(
      'complete',
    );
  });

  it('the TPO consent needs no purpose beyond its scope, but still names who may disclose and the information', () => {
    const { purposes: _p, disclosers: _d, information: _i, ...bare } = tpo;
    expect(paths(bare)).toEqual(['$.consent.disclosers', '$.consent.information']);
  });

  it('a blank name is no name, and an unknown key is refused without echoing it', () => {
    expect(() => evaluatePart2ConsentContents({ ...single, patientName: '   ' })).toThrow(ValidationError);
    try {
      evaluatePart2ConsentContents({ ...single, ssn: '123-45-6789' } as Part2ConsentContentsInput);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(JSON.stringify(e)).not.toContain('123-45-6789');
      expect(String((e as Error).message)).not.toContain('ssn');
    }
  });

  it('property: removing any set of elements reports exactly those elements, and complete only when none is missing', () => {
    const names = [
      'patientName',
      'disclosers',
      'information',
      'recipients',
      'purposes',
      'signedBy',
      'signedOn',
    ] as const;
    fc.assert(
      fc.property(fc.subarray([...names]), fc.boolean(), (removed, revoke) => {
        const c: Record<string, unknown> = { ...single, rightToRevokeStatement: revoke };
        for (const n of removed) delete c[n];
        const d = evaluatePart2ConsentContents(c as Part2ConsentContentsInput);
        const expected = [...removed, ...(revoke ? [] : ['rightToRevokeStatement'])].map(
          (n) => `$.consent.${n}`,
        );
        expect([...d.reasons.map((r) => r.facts.path)].filter((p) => p !== undefined).sort()).toEqual(
          expected.sort(),
        );
        expect(d.outcome).toBe(expected.length === 0 ? 'complete' : 'incomplete');
      }),
    );
  });
});
