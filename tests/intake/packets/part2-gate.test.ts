import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateFirstSessionReadiness,
  evaluatePart2ConsentContents,
  type Part2ConsentContentsInput,
} from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf } from '../intake-fixtures.js';

// A signed 42 CFR Part 2 consent at the first-session gate, checked against what it says (intake39): the
// elements of 2.31(a) as amended by the 2024 rule (89 FR 12472; compliance from 2026-02-16), among them the
// single consent for all future treatment, payment and health care operations with its HIPAA redisclosure
// statement ((a)(4)(iii)) and "none" as its expiration; any other consent needs a date or event ((a)(7))
// [sources: cfr-42-2.31, fr-89-12472].

const SIGNED = '2026-03-05T18:00:00-05:00';
const PAPERS = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
  'part2_notice',
].map((t) => done(t, SIGNED));
/** The single TPO consent of an insured adult, complete under 2.31(a). */
const TPO: Part2ConsentContentsInput = {
  id: 'p2-1',
  clientId: 'c-ana',
  patientName: 'Ana Client',
  disclosers: ['Harbor Recovery Program'],
  information: 'Diagnosis, treatment dates and attendance',
  recipients: ['my treating providers, health plans and third-party payers'],
  allFutureTreatmentPaymentOperations: true,
  hipaaRedisclosureStatement: true,
  rightToRevokeStatement: true,
  expirationEvent: 'none',
  signedBy: ['Ana Client'],
  signedOn: '2026-03-05',
};
const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };
const PART2 = { part2Program: true } as const;
const run = (contents: readonly Part2ConsentContentsInput[]) =>
  evaluateFirstSessionReadiness(
    {
      ...fileOf(ADULT_INSURED, [...PAPERS, done('part2_consent', SIGNED, { id: 'p2-1' })]),
      part2Consents: [...contents],
    },
    PART2,
    AS_OF,
  );
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('a Part 2 consent’s contents at the first-session gate (42 CFR 2.31(a))', () => {
  it('the single TPO consent with "none" as its expiration and the HIPAA redisclosure statement: ready', () => {
    expect(run([TPO]).outcome).toBe('ready');
  });

  it('a signed Part 2 consent with no contents recorded counts as its status says', () => {
    expect(run([]).outcome).toBe('ready');
  });

  it('the single TPO consent without the HIPAA redisclosure statement: not ready, 2.31(a)(4)(iii) named', () => {
    const r = run([{ ...TPO, hipaaRedisclosureStatement: false }]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.substance_use_consent_contents_invalid']);
    expect(r.reasons[0]?.facts.consents).toEqual([
      { consentId: 'p2-1', missingParagraphs: ['2.31(a)(4)(iii)'] },
    ]);
  });

  it('a consent to bill one insurer that says "none" for its expiration lacks 2.31(a)(7): not ready', () => {
    const r = run([{ ...TPO, allFutureTreatmentPaymentOperations: false, purposes: ['payment'] }]);
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons[0]?.facts.consents).toEqual([{ consentId: 'p2-1', missingParagraphs: ['2.31(a)(7)'] }]);
  });

  it('a consent to bill one insurer that expired on Monday 2026-03-09, the day before the session: not ready', () => {
    const r = run([
      {
        ...TPO,
        allFutureTreatmentPaymentOperations: false,
        purposes: ['payment'],
        expirationEvent: undefined,
        expiresOn: '2026-03-09',
      },
    ]);
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons[0]?.facts.expired).toEqual(['p2-1']);
  });

  it('refuses contents naming no Part 2 consent on file, of another client, or given twice, by path', () => {
    let error: unknown;
    try {
      run([{ ...TPO, id: 'p2-9' }, { ...TPO, clientId: 'c-other' }, TPO]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
      ['$.file.part2Consents[0].id', 'intake.file.substance_use_consent_without_document'],
      ['$.file.part2Consents[1].clientId', 'intake.file.substance_use_consent_of_another_client'],
      ['$.file.part2Consents[2].id', 'intake.file.duplicate_substance_use_consent'],
    ]);
    expect((error as ValidationError).message).not.toContain('c-other');
  });

  it('is never ready on a Part 2 consent whose contents are incomplete (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          allFutureTreatmentPaymentOperations: fc.boolean(),
          hipaaRedisclosureStatement: fc.boolean(),
          rightToRevokeStatement: fc.boolean(),
          withRecipients: fc.boolean(),
          withPurpose: fc.boolean(),
        }),
        (g) => {
          const contents: Part2ConsentContentsInput = {
            ...TPO,
            allFutureTreatmentPaymentOperations: g.allFutureTreatmentPaymentOperations,
            hipaaRedisclosureStatement: g.hipaaRedisclosureStatement,
            rightToRevokeStatement: g.rightToRevokeStatement,
            recipients: g.withRecipients ? TPO.recipients : [],
            purposes: g.withPurpose ? ['payment'] : [],
            expirationEvent: 'end of treatment',
          };
          const alone = evaluatePart2ConsentContents(contents).outcome;
          expect(run([contents]).outcome).toBe(alone === 'complete' ? 'ready' : 'not_ready');
        },
      ),
    );
  });
});
