import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTAKE_DOCUMENTS,
  evaluateFirstSessionReadiness,
  IntakePacketPolicy,
} from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// An outside tester's end-to-end cases (intake37, 2026-12-07): the first-session gate as a practice uses it, one
// client at a time, with real dates and zones, each case written from the rule before the code was read.
// "Blocks" is `not_ready`, or `undecided` where a fact is missing: never `ready`. The practice's packet asks
// paperwork 24 hours before the session (its default).
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const adult = {
  id: 'c-ana',
  zone: NY,
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  // New York's age of majority is 18 (since intake40 the client's state decides it).
  state: 'NY',
  // Tuesday 2026-03-10 at 10:00 in New York (EDT since Sunday 2026-03-08).
  firstSessionAt: '2026-03-10T10:00:00-04:00',
} as const;
const SIGNED = '2026-03-05T18:00:00-05:00';
const PACKET = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
];
const papers = (at = SIGNED) => PACKET.map((t) => done(t, at));
const card = done('insurance_card', SIGNED);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const run = (client: object, docs: readonly object[], asOf: string, policy = NOT_PART2) =>
  evaluateFirstSessionReadiness(fileOf({ ...adult, ...client }, docs), policy, { asOf });
const DAY_BEFORE = '2026-03-09T12:00:00-04:00';

describe('first-session gate, end to end: when a form was signed', () => {
  it('1. the treatment consent signed at 10:30 on the session day, after the 10:00 start, never counts for it', () => {
    const late = [...papers().filter((d) => d.type !== 'informed_consent'), card];
    const r = run(
      {},
      [...late, done('informed_consent', '2026-03-10T10:30:00-04:00')],
      '2026-03-10T11:00:00-04:00',
    );
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_missed_deadline']);
  });

  it('2. signed Sunday 2026-03-08 at 09:30 EDT, the morning clocks sprang forward, is within the 24 hours before Monday 10:00: ready', () => {
    const monday = { firstSessionAt: '2026-03-09T10:00:00-04:00' };
    expect(
      run(monday, [...papers('2026-03-08T09:30:00-04:00'), card], '2026-03-08T12:00:00-04:00').outcome,
    ).toBe('ready');
  });

  it('3. a consent dated tomorrow (after asOf) is not yet on file: not ready today', () => {
    const docs = [...papers().filter((d) => d.type !== 'informed_consent'), card];
    const r = run(
      {},
      [...docs, done('informed_consent', '2026-03-09T15:00:00-04:00')],
      '2026-03-08T12:00:00-04:00',
    );
    expect(r.outcome).toBe('not_ready');
  });
});

describe('first-session gate, end to end: consents that lapse', () => {
  const yearly = IntakePacketPolicy.parse({
    part2Program: false,
    documents: DEFAULT_INTAKE_DOCUMENTS.map((d) =>
      d.type === 'informed_consent' ? { ...d, validForMonths: 12 } : d,
    ),
  });
  const others = [...papers().filter((d) => d.type !== 'informed_consent'), card];

  it('4. a yearly consent signed 2025-03-09 has lapsed by Tuesday 2026-03-10: blocked as expired', () => {
    const r = run({}, [...others, done('informed_consent', '2025-03-09T12:00:00-05:00')], DAY_BEFORE, yearly);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_expired']);
  });

  it('5. signed 2025-03-11 it still holds on 2026-03-10', () => {
    expect(
      run({}, [...others, done('informed_consent', '2025-03-11T12:00:00-04:00')], DAY_BEFORE, yearly).outcome,
    ).toBe('ready');
  });

  it('6. a release whose last valid day is Monday 2026-03-09 does not cover Tuesday’s session', () => {
    const release = done('release_of_information', SIGNED, { expiresOn: '2026-03-09' });
    // Under the default packet the release is soft (45 CFR 164.508(b)(4), since intake40): the session goes
    // ahead and only the disclosure waits; for care solely for a third party it blocks.
    const soft = run({ releaseNeeded: true }, [...papers(), card, release], DAY_BEFORE);
    expect(soft.outcome).toBe('ready_with_warnings');
    expect(soft.blockers.map((b) => [b.document, b.status])).toEqual([['release_of_information', 'expired']]);
    const r = run({ releaseNeeded: true }, [...papers(), card, release], DAY_BEFORE, THIRD_PARTY_SERVICE);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['release_of_information']);
  });

  it('7. a release valid through 2026-03-10 covers a 19:00 Los Angeles session that day (already 2026-03-11 in UTC)', () => {
    const release = done('release_of_information', SIGNED, { expiresOn: '2026-03-10' });
    const la = { zone: LA, firstSessionAt: '2026-03-10T19:00:00-07:00', releaseNeeded: true };
    expect(run(la, [...papers(), card, release], DAY_BEFORE).outcome).toBe('ready');
  });
});

describe('first-session gate, end to end: a minor, a custody change, a birthday', () => {
  const teen = { birthDate: '2010-11-20', guardians: ['dad-1'] };

  it('8. after a custody change the record lists only the father: the mother’s earlier guardian consent no longer counts', () => {
    const r = run(
      teen,
      [...papers(), card, done('guardian_consent', SIGNED, { signerId: 'mom-1' })],
      DAY_BEFORE,
    );
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.guardian_consent_not_by_guardian');
  });

  it('9. the father signs the guardian consent and, as who pays for a minor, the financial policy: ready', () => {
    const byFather = papers().map((d) => (d.type === 'financial_policy' ? { ...d, signerId: 'dad-1' } : d));
    expect(
      run(teen, [...byFather, card, done('guardian_consent', SIGNED, { signerId: 'dad-1' })], DAY_BEFORE)
        .outcome,
    ).toBe('ready');
  });

  it('10. the guardians not recorded after the change: the mother’s consent is undecided, never ready', () => {
    const byMother = papers().map((d) => (d.type === 'financial_policy' ? { ...d, signerId: 'mom-1' } : d));
    const r = run(
      { birthDate: '2010-11-20' },
      [...byMother, card, done('guardian_consent', SIGNED, { signerId: 'mom-1' })],
      DAY_BEFORE,
    );
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toContain('intake.readiness.guardians_unknown');
  });

  it('11. booked at 17, turning 18 on Tuesday 2026-03-10 (born 2008-03-10): no guardian consent is asked, and the papers signed at 17 are the adult’s to sign again', () => {
    const r = run({ birthDate: '2008-03-10', guardians: ['mom-1'] }, [...papers(), card], DAY_BEFORE);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).not.toContain('guardian_consent');
    expect(codes(r).sort()).toEqual([
      'intake.readiness.consent_signed_as_minor',
      'intake.readiness.financial_policy_signed_as_minor',
    ]);
  });

  it('11b. turning 18 on Sunday 2026-03-08 (born 2008-03-08) and signing again that evening, before the deadline: ready', () => {
    const again = papers('2026-03-08T20:00:00-04:00');
    expect(run({ birthDate: '2008-03-08', guardians: ['mom-1'] }, [...again, card], DAY_BEFORE).outcome).toBe(
      'ready',
    );
  });

  it('12. born 2008-03-10, a 21:00 Los Angeles session on Monday 2026-03-09 (already the 10th in UTC) is still a minor’s: guardian consent', () => {
    const la = {
      zone: LA,
      birthDate: '2008-03-10',
      firstSessionAt: '2026-03-09T21:00:00-07:00',
      guardians: ['mom-1'],
    };
    const r = run(la, [...papers(), card], '2026-03-08T12:00:00-07:00');
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toContain('guardian_consent');
  });

  it('13. turned 18 before the session, with only the mother’s signature on the treatment consent: the adult client consents for themselves', () => {
    const byMother = papers().map((d) => (d.type === 'informed_consent' ? { ...d, signerId: 'mom-1' } : d));
    const r = run({ birthDate: '2008-03-10', guardians: ['mom-1'] }, [...byMother, card], DAY_BEFORE);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toContain('informed_consent');
    expect(codes(r)).toContain('intake.readiness.consent_not_by_adult_client');
  });

  it('14. turned 18 before the session, with a treatment consent the client signed at 17 (no own right to consent then): asked again, never ready', () => {
    // Signed 2026-03-05, five days before the 18th birthday, in a packet where the mother gave guardian consent.
    const r = run(
      { birthDate: '2008-03-10', guardians: ['mom-1'] },
      [...papers(), card, done('guardian_consent', SIGNED, { signerId: 'mom-1' })],
      DAY_BEFORE,
    );
    expect(r.outcome).not.toBe('ready');
    expect(codes(r)).toContain('intake.readiness.consent_signed_as_minor');
  });
});

describe('first-session gate, end to end: telehealth and unknown facts', () => {
  it('15. a telehealth first session for a client in a state that asks written telehealth consent, without it: blocked', () => {
    const r = run({ modality: 'telehealth', state: 'TX' }, [...papers(), card], DAY_BEFORE);
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => b.document)).toEqual(['telehealth_consent']);
  });

  it('16. the telehealth consent signed during the session (10:05) does not count for it', () => {
    const r = run(
      { modality: 'telehealth' },
      [...papers(), card, done('telehealth_consent', '2026-03-10T10:05:00-04:00')],
      '2026-03-10T11:00:00-04:00',
    );
    expect(r.outcome).toBe('not_ready');
  });

  it('17. the modality not recorded: whether a telehealth consent is needed is undecided, never ready', () => {
    const { modality: _m, ...noModality } = adult;
    const r = evaluateFirstSessionReadiness(fileOf(noModality, [...papers(), card]), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('undecided');
  });

  it('18. the birth date not recorded: whether a guardian consents is undecided, never ready', () => {
    const { birthDate: _b, ...noBirth } = adult;
    const r = evaluateFirstSessionReadiness(fileOf(noBirth, [...papers(), card]), NOT_PART2, {
      asOf: DAY_BEFORE,
    });
    expect(r.outcome).toBe('undecided');
  });

  it('19. billing not recorded: whether an insurance card or a Good Faith Estimate is owed is undecided', () => {
    const { billing: _b, ...noBilling } = adult;
    expect(
      evaluateFirstSessionReadiness(fileOf(noBilling, papers()), NOT_PART2, { asOf: DAY_BEFORE }).outcome,
    ).toBe('undecided');
  });

  it('20. a self-pay client without a Good Faith Estimate goes ahead with a warning, never plain ready (45 CFR 149.610)', () => {
    const r = run({ billing: 'self_pay' }, papers(), DAY_BEFORE);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codes(r)).toEqual(['intake.readiness.soft_document_incomplete']);
  });
});

describe('first-session gate properties (an adult consents for themselves)', () => {
  it('an adult is never ready on a treatment consent another person signed, or one they signed as a minor who could not consent alone; their own adult signature clears it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 2 * 365 }),
        fc.constantFrom('client', 'mom-1'),
        (birthOffset, signedDaysBefore, signer) => {
          // Born between 2005-03-11 and 2008-03-10: 18 to 20 on Tuesday 2026-03-10.
          const birth = new Date(Date.UTC(2005, 2, 11) + birthOffset * 86_400_000).toISOString().slice(0, 10);
          const signedMs = Date.parse('2026-03-09T09:00:00-04:00') - signedDaysBefore * 86_400_000;
          const at = new Date(signedMs).toISOString();
          const consent = done('informed_consent', at, signer === 'client' ? {} : { signerId: signer });
          const others = [...papers().filter((d) => d.type !== 'informed_consent'), card].map((d) =>
            d.type === 'financial_policy' ? done('financial_policy', '2026-03-08T20:00:00-04:00') : d,
          );
          const r = run({ birthDate: birth, guardians: ['mom-1'] }, [...others, consent], DAY_BEFORE);
          const signedOn = new Date(signedMs - 4 * 3_600_000).toISOString().slice(0, 10);
          const adultWhenSigned = signedOn >= `${Number(birth.slice(0, 4)) + 18}${birth.slice(4)}`;
          const own = signer === 'client' && adultWhenSigned;
          const blocked = r.blockers.some((b) => b.document === 'informed_consent');
          expect(blocked).toBe(!own);
          if (!own) expect(r.outcome).toBe('not_ready');
        },
      ),
    );
  });
});
