import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../../src/core/index.js';
import { evaluateReleaseAuthorization, type ReleaseAuthorizationInput } from '../../../src/intake/index.js';

// 45 CFR 164.508(c)(1): an authorization names the information, who discloses, who receives, each purpose, an
// expiration date or event, and carries the signature and date (and a representative's authority); (c)(2): the
// right to revoke, whether care may be conditioned on it, and that a recipient may redisclose. (b)(5): it may
// be revoked in writing at any time, except to the extent the practice already acted in reliance on it. The
// cases were written from the rule (intake38): the library had no model of a release's contents before.

const FULL: ReleaseAuthorizationInput & { readonly expiresOn: string } = {
  id: 'roi-1',
  clientId: 'c-ana',
  information: 'Attendance dates and diagnosis',
  disclosers: ['Cedar Counseling'],
  recipients: ['Lincoln High School counselor'],
  purposes: ['school support plan'],
  expiresOn: '2026-06-30',
  signedBy: 'Ana Client',
  signedOn: '2026-03-02',
  rightToRevokeStatement: true,
  conditioningStatement: true,
  redisclosureStatement: true,
};
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const on = (asOf: string, extra: Partial<ReleaseAuthorizationInput> = {}) =>
  evaluateReleaseAuthorization({ ...FULL, ...extra }, { asOf });

describe('evaluateReleaseAuthorization (45 CFR 164.508)', () => {
  it('1. allows a disclosure on 2026-03-10 under a full release signed 2026-03-02, ending 2026-06-30', () => {
    const d = on('2026-03-10');
    expect(d.outcome).toBe('valid');
    expect(codes(d)).toEqual(['intake.release.valid']);
  });

  it('2. still allows one on 2026-06-30, its last day, and refuses one on 2026-07-01', () => {
    expect(on('2026-06-30').outcome).toBe('valid');
    const d = on('2026-07-01');
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['intake.release.expired']);
  });

  it('3. refuses a disclosure made on 2026-03-01, the day before it was signed', () => {
    expect(codes(on('2026-03-01'))).toEqual(['intake.release.not_signed_yet']);
  });

  it('4. a release revoked in writing on 2026-03-07 blocks a disclosure on 2026-03-10 ((b)(5))', () => {
    const d = on('2026-03-10', { revocation: { receivedOn: '2026-03-07', inWriting: true } });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['intake.release.revoked']);
  });

  it('5. a revocation received on 2026-03-12 does not undo the disclosure of 2026-03-10', () => {
    const d = on('2026-03-10', { revocation: { receivedOn: '2026-03-12', inWriting: true } });
    expect(d.outcome).toBe('valid');
    expect(codes(d)).toEqual(['intake.release.revoked_after_disclosure', 'intake.release.valid']);
  });

  it('6. a written revocation received the same day as the disclosure is undecided (which came first?)', () => {
    const d = on('2026-03-10', { revocation: { receivedOn: '2026-03-10', inWriting: true } });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['intake.release.revoked_same_day']);
  });

  it('7. a revocation by phone on 2026-03-07 is undecided until it is in writing, never valid', () => {
    const d = on('2026-03-10', { revocation: { receivedOn: '2026-03-07', inWriting: false } });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['intake.release.revocation_not_in_writing']);
  });

  it('8. a release ending "at the end of treatment" is undecided while nobody recorded whether treatment ended', () => {
    const { expiresOn: _, ...noDate } = FULL;
    const event = { ...noDate, expirationEvent: 'end of treatment' };
    expect(codes(evaluateReleaseAuthorization(event, { asOf: '2026-03-10' }))).toEqual([
      'intake.release.expiration_event_unknown',
    ]);
    // Recorded as not happened: valid; happened on 2026-03-10, the day of the disclosure: expired.
    expect(
      evaluateReleaseAuthorization({ ...event, expirationEventOccurredOn: null }, { asOf: '2026-03-10' })
        .outcome,
    ).toBe('valid');
    expect(
      evaluateReleaseAuthorization(
        { ...event, expirationEventOccurredOn: '2026-03-10' },
        { asOf: '2026-03-10' },
      ).outcome,
    ).toBe('refused');
  });

  it('8b. a release "until 2026-06-30 or the end of treatment, whichever comes first" ends at the first (intake39)', () => {
    const both = { ...FULL, expirationEvent: 'end of treatment' };
    // Treatment ended on 2026-03-06: expired for a disclosure on 2026-03-10, although its date is months away.
    const ended = on('2026-03-10', { ...both, expirationEventOccurredOn: '2026-03-06' });
    expect(ended.outcome).toBe('refused');
    expect(codes(ended)).toEqual(['intake.release.expired']);
    // Whether treatment ended is not recorded: undecided, never valid on the date alone.
    expect(on('2026-03-10', both).outcome).toBe('undecided');
    // Recorded as not ended: valid until the date; after the date, expired whatever the event.
    expect(on('2026-03-10', { ...both, expirationEventOccurredOn: null }).outcome).toBe('valid');
    expect(on('2026-07-01', { ...both, expirationEventOccurredOn: null }).outcome).toBe('refused');
  });

  it('9. "none" is no expiration for a release to a school: (c)(1)(v) missing', () => {
    const { expiresOn: _, ...noDate } = FULL;
    const d = evaluateReleaseAuthorization({ ...noDate, expirationEvent: 'None.' }, { asOf: '2026-03-10' });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.facts.paragraph)).toEqual(['164.508(c)(1)(v)']);
  });

  it('10. a release signed by a guardian without the description of their authority lacks (c)(1)(vi)', () => {
    const d = on('2026-03-10', { signedBy: 'R. Guardian', signedByRepresentative: true });
    expect(d.reasons.map((r) => r.facts.path)).toEqual(['$.authorization.representativeAuthority']);
    expect(
      on('2026-03-10', {
        signedBy: 'R. Guardian',
        signedByRepresentative: true,
        representativeAuthority: 'Court-appointed guardian, Kings County order 2025-114',
      }).outcome,
    ).toBe('valid');
  });

  it('11. a form without the revocation, conditioning and redisclosure statements lacks all three of (c)(2)', () => {
    const d = on('2026-03-10', {
      rightToRevokeStatement: false,
      conditioningStatement: false,
      redisclosureStatement: false,
    });
    expect(d.reasons.map((r) => r.facts.paragraph).sort()).toEqual([
      '164.508(c)(2)(i)',
      '164.508(c)(2)(ii)',
      '164.508(c)(2)(iii)',
    ]);
  });

  it('12. an empty form lacks every core element, each named by path, and is refused', () => {
    const d = evaluateReleaseAuthorization({ id: 'roi-2', clientId: 'c-ana' }, { asOf: '2026-03-10' });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.facts.path)).toEqual(
      expect.arrayContaining([
        '$.authorization.information',
        '$.authorization.disclosers',
        '$.authorization.recipients',
        '$.authorization.purposes',
        '$.authorization.expiresOn',
        '$.authorization.signedBy',
        '$.authorization.signedOn',
      ]),
    );
  });

  it('13. rejects an unknown key and a bad date by path, echoing neither', () => {
    let error: unknown;
    try {
      evaluateReleaseAuthorization({ ...FULL, secretNote: 'x', expiresOn: '2026-02-30' } as never, {
        asOf: '2026-03-10',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => i.at).sort()).toEqual(['$.authorization', '$.authorization.expiresOn']);
    expect(v.message).not.toContain('secretNote');
    expect(v.message).not.toContain('2026-02-30');
  });

  it('a written revocation is never followed by a valid disclosure after it, and never undoes one before (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 110 }), fc.integer({ min: 0, max: 110 }), (rev, dis) => {
        const receivedOn = addDays('2026-03-02', rev);
        const asOf = addDays('2026-03-02', dis);
        const d = on(asOf, { revocation: { receivedOn, inWriting: true } });
        if (receivedOn < asOf) expect(d.outcome).toBe('refused');
        else if (receivedOn === asOf) expect(d.outcome).not.toBe('valid');
        else expect(d.outcome).toBe(asOf <= FULL.expiresOn ? 'valid' : 'refused');
      }),
    );
  });
});
