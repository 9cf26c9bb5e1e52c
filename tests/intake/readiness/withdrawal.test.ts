import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness } from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf, iso, NOT_PART2, THIRD_PARTY_SERVICE } from '../intake-fixtures.js';

// A consent or a release withdrawn after the paperwork deadline but before the session (intake39). The gate
// asks for signatures the policy's hours before the session (24 by default), and used to read withdrawals by
// that deadline too: a treatment consent withdrawn the evening before left the session `ready`. Consent to
// treatment may be withdrawn at any time, and a HIPAA authorization may be revoked in writing at any time
// (45 CFR 164.508(b)(5)) [sources: cfr-45-164.508]: a withdrawal counts until the session starts; one after the
// start does not undo the session's readiness, and one after `asOf` is not known yet.

const SIGNED = '2026-03-05T18:00:00-05:00';
// Session Tuesday 2026-03-10 at 10:00 in New York; the deadline Monday 2026-03-09 at 10:00.
const START_MS = Date.parse('2026-03-10T10:00:00-04:00');
const SIGNED_MS = Date.parse(SIGNED);
const packet = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
].map((t) => done(t, SIGNED));
const withdrawn = (type: string, at: string) => ({
  type,
  id: `w-${type}`,
  status: 'declined',
  sentAt: at,
  declinedAt: at,
});
const run = (client: object, docs: readonly object[], asOf: string, policy = NOT_PART2) =>
  evaluateFirstSessionReadiness(fileOf({ ...ADULT_INSURED, ...client }, docs), policy, { asOf });
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('a consent or release withdrawn after the deadline, before the session', () => {
  it('the treatment consent withdrawn Monday 2026-03-09 at 18:00, after the deadline: not ready Tuesday morning', () => {
    const r = run(
      {},
      [...packet, withdrawn('informed_consent', '2026-03-09T18:00:00-04:00')],
      '2026-03-10T08:00:00-04:00',
    );
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_declined']);
    expect(r.blockers.map((b) => b.action)).toEqual(['call_client_about_declined']);
  });

  it('a release revoked Monday evening: not ready Tuesday morning', () => {
    const docs = [
      ...packet,
      done('release_of_information', SIGNED),
      withdrawn('release_of_information', '2026-03-09T20:00:00-04:00'),
    ];
    // Blocking only for care solely for a third party (45 CFR 164.508(b)(4)(iii)); soft by default, the
    // revoked release is chased and the session goes ahead.
    const r = run({ releaseNeeded: true }, docs, '2026-03-10T08:00:00-04:00', THIRD_PARTY_SERVICE);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.blocking_document_declined']);
    const soft = run({ releaseNeeded: true }, docs, '2026-03-10T08:00:00-04:00');
    expect(soft.outcome).toBe('ready_with_warnings');
    expect(soft.blockers.map((b) => [b.document, b.status])).toEqual([
      ['release_of_information', 'declined'],
    ]);
  });

  it('looked at Monday at noon, before the withdrawal at 18:00: ready (not known yet)', () => {
    const r = run(
      {},
      [...packet, withdrawn('informed_consent', '2026-03-09T18:00:00-04:00')],
      '2026-03-09T12:00:00-04:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('withdrawn Tuesday at 11:00, after the session began, and looked at Wednesday: that session was ready', () => {
    const r = run(
      {},
      [...packet, withdrawn('informed_consent', '2026-03-10T11:00:00-04:00')],
      '2026-03-11T09:00:00-04:00',
    );
    expect(r.outcome).toBe('ready');
  });

  it('is never ready when a blocking consent was withdrawn after it was signed and before the session, by asOf (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: SIGNED_MS + 60_000, max: START_MS }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        (atMs, laterMs) => {
          const r = run({}, [...packet, withdrawn('informed_consent', iso(atMs))], iso(atMs + laterMs));
          expect(r.outcome).toBe('not_ready');
        },
      ),
    );
  });
});
