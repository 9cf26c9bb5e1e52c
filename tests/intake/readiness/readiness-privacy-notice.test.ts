import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFirstSessionReadiness } from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf, NOT_PART2 } from '../intake-fixtures.js';

// 45 CFR 164.520(c)(2): the notice is given no later than the date of the first service, and a good-faith
// effort is made to obtain a written acknowledgment of it. ADULT_INSURED's first session is Tuesday
// 2026-03-10 at 10:00 in New York.
const PAPERS = [
  done('informed_consent', '2026-03-05T18:00:00-05:00'),
  done('financial_policy', '2026-03-05T18:01:00-05:00'),
  done('intake_questionnaire', '2026-03-05T18:20:00-05:00'),
  done('insurance_card', '2026-03-05T18:25:00-05:00'),
];
const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };
const NOTICE = 'privacy_notice_acknowledgment';
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const readiness = (notice: Record<string, unknown> | null, asOf = AS_OF) =>
  evaluateFirstSessionReadiness(
    fileOf(ADULT_INSURED, notice === null ? PAPERS : [...PAPERS, { type: NOTICE, ...notice }]),
    NOT_PART2,
    asOf,
  );

describe('evaluateFirstSessionReadiness: the privacy notice is given before its acknowledgment is chased', () => {
  it('asks to give a notice never sent, not to record an effort', () => {
    const r = readiness({ status: 'not_sent' });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.reasons.find((x) => x.code === 'intake.readiness.notice_not_provided')).toMatchObject({
      severity: 'warning',
      facts: { document: NOTICE, status: 'not_sent', sentAt: null, action: 'send_document' },
    });
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.notice_not_provided',
        document: NOTICE,
        signerId: null,
        status: 'not_sent',
        action: 'send_document',
      },
    ]);
    expect(codes(readiness(null))).toContain('intake.readiness.notice_not_provided');
  });

  it('does not count an effort recorded for a notice never given', () => {
    const r = readiness({ status: 'not_sent', effortRecordedAt: '2026-03-08T10:00:00-04:00' });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codes(r)).toEqual(['intake.readiness.notice_not_provided']);
  });

  it('does not count a notice sent after asOf, or only after the session’s date', () => {
    const later = readiness({ status: 'sent', sentAt: '2026-03-09T15:00:00-04:00' });
    expect(codes(later)).toContain('intake.readiness.notice_not_provided');
    const afterSession = readiness(
      {
        status: 'sent',
        sentAt: '2026-03-11T09:00:00-04:00',
        effortRecordedAt: '2026-03-11T10:00:00-04:00',
      },
      { asOf: '2026-03-12T12:00:00-04:00' },
    );
    expect(codes(afterSession)).toEqual(['intake.readiness.notice_not_provided']);
    // Handed over on the session's own date (at check-in) is on time.
    const sameDay = readiness(
      {
        status: 'sent',
        sentAt: '2026-03-10T09:50:00-04:00',
        effortRecordedAt: '2026-03-10T09:55:00-04:00',
      },
      { asOf: '2026-03-10T09:56:00-04:00' },
    );
    expect(codes(sameDay)).toEqual(['intake.readiness.good_faith_effort_recorded']);
  });

  it('chases the acknowledgment of a notice given, and takes a refusal to sign as the notice given', () => {
    const given = readiness({ status: 'sent', sentAt: '2026-03-05T18:00:00-05:00' });
    expect(codes(given)).toEqual(['intake.readiness.good_faith_effort_needed']);
    const refused = readiness({
      status: 'declined',
      declinedAt: '2026-03-06T09:00:00-05:00',
      effortRecordedAt: '2026-03-06T09:30:00-05:00',
    });
    expect(refused.outcome).toBe('ready');
    expect(codes(refused)).toEqual(['intake.readiness.good_faith_effort_recorded']);
  });

  it('never counts an effort without the notice given by asOf and the session date (property)', () => {
    // Any send time from a week before to two days after the session, any effort time, any asOf.
    const session = Date.parse('2026-03-10T14:00:00Z');
    const hour = 3_600_000;
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -168, max: 48 }), { nil: undefined }),
        fc.integer({ min: -168, max: 72 }),
        fc.integer({ min: 0, max: 48 }),
        (sentH, asOfH, effortAfterH) => {
          const iso = (h: number) => new Date(session + h * hour).toISOString();
          const notice =
            sentH === undefined
              ? { status: 'not_sent', effortRecordedAt: iso(asOfH - 1) }
              : { status: 'sent', sentAt: iso(sentH), effortRecordedAt: iso(sentH + effortAfterH) };
          const r = readiness(notice, { asOf: iso(asOfH) });
          // The session's date in New York is 2026-03-10: until 2026-03-11T04:00Z.
          const given =
            sentH !== undefined &&
            sentH <= asOfH &&
            session + sentH * hour < Date.parse('2026-03-11T04:00:00Z');
          expect(codes(r).includes('intake.readiness.notice_not_provided')).toBe(!given);
          if (!given) expect(codes(r)).not.toContain('intake.readiness.good_faith_effort_recorded');
        },
      ),
      { numRuns: 200 },
    );
  });
});
