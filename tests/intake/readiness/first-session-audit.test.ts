import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness, IntakePacketPolicy } from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf, NOT_PART2 } from '../intake-fixtures.js';

// An outside tester's audit (intake33, 2026-12-07): what blocks a first session, one case per public rule, run
// against the code as it stood. ADULT_INSURED's first session is Tuesday 2026-03-10 at 10:00 in New York; asOf is
// the day before. "Blocks" means `not_ready` (or `undecided` where a fact is missing): never `ready`.
const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };
const AT = '2026-03-05T18:00:00-05:00';
const CONSENT = done('informed_consent', AT);
const NOTICE = done('privacy_notice_acknowledgment', AT);
const FEES = done('financial_policy', AT);
const QUESTIONS = done('intake_questionnaire', AT);
const CARD = done('insurance_card', AT);
const ALL = [CONSENT, NOTICE, FEES, QUESTIONS, CARD];
const PART2 = IntakePacketPolicy.parse({ part2Program: true });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const run = (client: object, docs: readonly object[], policy = NOT_PART2) =>
  evaluateFirstSessionReadiness(fileOf({ ...ADULT_INSURED, ...client }, docs), policy, AS_OF);

describe('first-session readiness audit (outside tester, 2026-12-07)', () => {
  it('1. baseline: an insured adult in person with every paper signed is ready', () => {
    expect(run({}, ALL).outcome).toBe('ready');
  });

  it('2. no signed treatment consent blocks (no record at all)', () => {
    const r = run({}, [NOTICE, FEES, QUESTIONS, CARD]);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toContain('informed_consent');
  });

  it('3. a treatment consent the client declined blocks', () => {
    const r = run({}, [
      { type: 'informed_consent', status: 'declined', sentAt: AT, declinedAt: AT },
      NOTICE,
      FEES,
      QUESTIONS,
      CARD,
    ]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.blocking_document_declined');
  });

  it('4. an NPP acknowledgment refused, with the notice given and the effort documented, does not block (45 CFR 164.520(c)(2))', () => {
    const refused = {
      type: 'privacy_notice_acknowledgment',
      status: 'declined',
      sentAt: AT,
      declinedAt: AT,
      effortRecordedAt: AT,
    };
    const r = run({}, [CONSENT, refused, FEES, QUESTIONS, CARD]);
    expect(r.outcome).toBe('ready');
  });

  it('5. an NPP acknowledgment missing does not block: a warning to give the notice (164.520(c)(2))', () => {
    const r = run({}, [CONSENT, FEES, QUESTIONS, CARD]);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codes(r)).toEqual(['intake.readiness.notice_not_provided']);
  });

  it('6. a telehealth first session without a telehealth consent blocks', () => {
    const r = run({ modality: 'telehealth' }, ALL);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['telehealth_consent']);
  });

  it('7. an in-person first session needs no telehealth consent', () => {
    expect(run({ modality: 'in_person' }, ALL).outcome).toBe('ready');
  });

  it('8. a telehealth consent signed lets a telehealth first session go', () => {
    expect(run({ modality: 'telehealth' }, [...ALL, done('telehealth_consent', AT)]).outcome).toBe('ready');
  });

  it('9. a fee policy acknowledgment blocks when a fee may be charged', () => {
    const r = run({ feesApply: true }, [CONSENT, NOTICE, QUESTIONS, CARD]);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['financial_policy']);
  });

  it('10. no fee policy acknowledgment is asked when no fee may be charged', () => {
    expect(run({ feesApply: false }, [CONSENT, NOTICE, QUESTIONS, CARD]).outcome).toBe('ready');
  });

  it('11. a self-pay client needs no insurance card (self-pay stays possible); an insured one without it is blocked', () => {
    const selfPay = run({ billing: 'self_pay' }, [CONSENT, NOTICE, FEES, QUESTIONS]);
    expect(selfPay.blockers.map((b) => b.document)).not.toContain('insurance_card');
    expect(selfPay.outcome).not.toBe('not_ready');
    expect(run({}, [CONSENT, NOTICE, FEES, QUESTIONS]).outcome).toBe('not_ready');
  });

  it('12. a PHQ-9 item 9 answer above 0 not yet reviewed reaches a clinician before the session (never ready)', () => {
    const r = run({ screenings: [{ instrument: 'phq9', completedAt: AT, item9: 1 }] }, ALL);
    expect(r.outcome).not.toBe('ready');
    expect(codes(r)).toContain('intake.readiness.screening_needs_clinician_review');
    expect(
      r.reasons.find((x) => x.code === 'intake.readiness.screening_needs_clinician_review')?.facts,
    ).toMatchObject({
      role: 'clinician',
    });
  });

  it('13. a PHQ-9 item 9 of 0 needs nothing; a 3 reviewed by a clinician before the session lets it go', () => {
    expect(run({ screenings: [{ instrument: 'phq9', completedAt: AT, item9: 0 }] }, ALL).outcome).toBe(
      'ready',
    );
    const reviewed = run(
      {
        screenings: [
          { instrument: 'phq9', completedAt: AT, item9: 3, clinicianReviewedAt: '2026-03-06T09:00:00-05:00' },
        ],
      },
      ALL,
    );
    expect(codes(reviewed)).not.toContain('intake.readiness.screening_needs_clinician_review');
  });

  it('14. a Part 2 program billing an insurer without the client’s Part 2 consent blocks (42 CFR 2.31, 2024 rule)', () => {
    const r = run({}, [...ALL, done('part2_notice', AT)], PART2);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['part2_consent']);
    expect(run({}, [...ALL, done('part2_notice', AT), done('part2_consent', AT)], PART2).outcome).toBe(
      'ready',
    );
  });

  it('15. a Part 2 program without the notice given blocks, self-pay too (42 CFR 2.22)', () => {
    const r = run({ billing: 'self_pay' }, [CONSENT, NOTICE, FEES, QUESTIONS], PART2);
    expect(r.outcome).not.toBe('ready');
    expect(r.blockers.map((b) => b.document)).toContain('part2_notice');
  });

  it('16. a practice that has not declared whether it is a Part 2 program is undecided, never ready', () => {
    const r = run({}, ALL, IntakePacketPolicy.parse({}));
    expect(r.outcome).toBe('undecided');
  });

  it('17. a 15-year-old with no guardian consent and no state answer is blocked', () => {
    const r = run({ birthDate: '2010-11-20', guardians: ['mom-1'] }, ALL);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
  });
});
