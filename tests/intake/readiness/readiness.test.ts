import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  DEFAULT_INTAKE_PACKET_POLICY,
  evaluateFirstSessionReadiness,
  type IntakeClientFileInput,
  type IntakePacketPolicyInput,
} from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf, iso, NOT_PART2, sent } from '../intake-fixtures.js';

const ALL_ADULT_INSURED = [
  done('informed_consent', '2026-03-05T18:00:00-05:00'),
  done('privacy_notice_acknowledgment', '2026-03-05T18:00:00-05:00'),
  done('financial_policy', '2026-03-05T18:01:00-05:00'),
  done('intake_questionnaire', '2026-03-05T18:20:00-05:00'),
  done('insurance_card', '2026-03-05T18:25:00-05:00'),
];

const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };

describe('evaluateFirstSessionReadiness', () => {
  it('is ready when every blocking and soft document was complete two days before the session', () => {
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, ALL_ADULT_INSURED), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('ready');
    expect(r.deadline).toBe('2026-03-09T10:00:00-04:00');
    expect(r.reasons.map((x) => x.code)).toEqual(['intake.readiness.blocking_documents_complete']);
    expect(r.blockers).toEqual([]);
  });

  it('reports a consent still unsigned, with the action to remind the client, before the deadline', () => {
    const docs = [...ALL_ADULT_INSURED.slice(1), sent('informed_consent', '2026-03-05T18:00:00-05:00')];
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, docs), NOT_PART2, {
      asOf: '2026-03-08T09:00:00-04:00',
    });
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.blocking_document_incomplete',
        document: 'informed_consent',
        signerId: null,
        status: 'sent',
        action: 'remind_client',
      },
    ]);
  });

  it('says the deadline was missed once it has passed, even if the consent was signed afterwards', () => {
    const docs = [...ALL_ADULT_INSURED.slice(1), done('informed_consent', '2026-03-09T11:00:00-04:00')];
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, docs), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons[0].code).toBe('intake.readiness.blocking_document_missed_deadline');
  });

  it('does not count a completion recorded after asOf', () => {
    const docs = [
      ...ALL_ADULT_INSURED.slice(1),
      done('informed_consent', '2026-03-08T11:00:00-04:00', { sentAt: '2026-03-05T18:00:00-05:00' }),
    ];
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, docs), NOT_PART2, {
      asOf: '2026-03-07T09:00:00-05:00',
    });
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers[0]?.status).toBe('sent');
  });

  it('needs guardian consent for a 14-year-old, and is ready once the guardian signed', () => {
    const minor = { ...ADULT_INSURED, id: 'c-teen', birthDate: '2011-09-01', signers: ['guardian-1'] };
    // The financial policy is the guardian's to sign, not the minor's.
    const packet = [
      ...ALL_ADULT_INSURED.filter((d) => d.type !== 'financial_policy'),
      done('financial_policy', '2026-03-05T18:01:00-05:00', { signerId: 'guardian-1' }),
    ];
    const without = evaluateFirstSessionReadiness(fileOf(minor, packet), NOT_PART2, AS_OF);
    expect(without.outcome).toBe('not_ready');
    expect(without.blockers.map((b) => [b.document, b.action])).toEqual([
      ['guardian_consent', 'send_document'],
    ]);
    const withConsent = evaluateFirstSessionReadiness(
      fileOf(minor, [
        ...packet,
        done('guardian_consent', '2026-03-06T08:00:00-05:00', { signerId: 'guardian-1' }),
      ]),
      NOT_PART2,
      AS_OF,
    );
    expect(withConsent.outcome).toBe('ready');
  });

  it('lets a minor consent alone where the caller says state law allows it', () => {
    // Consent to treatment alone; the fee policy is signed by the parent who pays (the guarantor).
    const minor = {
      ...ADULT_INSURED,
      id: 'c-teen',
      // Oregon, where a minor may consent alone from 14 (ORS 109.675).
      state: 'OR',
      birthDate: '2009-09-01',
      minorMayConsentMentalHealth: true,
      guarantorId: 'parent-1',
    };
    const packet = [
      ...ALL_ADULT_INSURED.filter((d) => d.type !== 'financial_policy'),
      done('financial_policy', '2026-03-05T18:01:00-05:00', { signerId: 'parent-1' }),
    ];
    expect(evaluateFirstSessionReadiness(fileOf(minor, packet), NOT_PART2, AS_OF).outcome).toBe('ready');
    // Their own signature on it does not count.
    const own = evaluateFirstSessionReadiness(fileOf(minor, ALL_ADULT_INSURED), NOT_PART2, AS_OF);
    expect(own.outcome).toBe('not_ready');
    expect(own.reasons.map((r) => r.code)).toEqual(['intake.readiness.financial_policy_not_by_payer']);
  });

  it('needs each adult of a couple to sign the consent and the financial policy', () => {
    const couple = {
      id: 'c-pair',
      zone: 'America/Chicago',
      birthDate: '1980-01-01',
      billing: 'self_pay',
      modality: 'in_person',
      serviceType: 'couples',
      signers: ['partner-a', 'partner-b'],
      firstSessionAt: '2026-04-14T17:00:00-05:00',
    } as const;
    const at = '2026-04-10T12:00:00-05:00';
    const docs = [
      done('informed_consent', at, { signerId: 'partner-a' }),
      done('financial_policy', at, { signerId: 'partner-a' }),
      done('financial_policy', at, { signerId: 'partner-b' }),
      done('privacy_notice_acknowledgment', at, { signerId: 'partner-a' }),
      done('privacy_notice_acknowledgment', at, { signerId: 'partner-b' }),
      done('intake_questionnaire', at),
      done('good_faith_estimate', at),
    ];
    const r = evaluateFirstSessionReadiness(fileOf(couple, docs), NOT_PART2, {
      asOf: '2026-04-12T12:00:00-05:00',
    });
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.blocking_document_incomplete',
        document: 'informed_consent',
        signerId: 'partner-b',
        status: 'not_sent',
        action: 'send_document',
      },
    ]);
  });

  it('asks a telehealth-only self-pay client for the telehealth consent, not an insurance card, and chases the GFE softly', () => {
    const client = {
      id: 'c-tele',
      zone: 'America/Denver',
      birthDate: '1995-02-02',
      billing: 'self_pay',
      modality: 'telehealth',
      firstSessionAt: '2026-05-05T09:00:00-06:00',
    } as const;
    const at = '2026-05-01T10:00:00-06:00';
    const docs = [
      done('informed_consent', at),
      done('privacy_notice_acknowledgment', at),
      done('financial_policy', at),
      done('intake_questionnaire', at),
    ];
    const r = evaluateFirstSessionReadiness(fileOf(client, docs), NOT_PART2, {
      asOf: '2026-05-03T10:00:00-06:00',
    });
    expect(r.outcome).toBe('not_ready');
    expect(r.blockers.map((b) => [b.document, b.code])).toEqual([
      ['telehealth_consent', 'intake.readiness.blocking_document_incomplete'],
      ['good_faith_estimate', 'intake.readiness.soft_document_incomplete'],
    ]);
    const ready = evaluateFirstSessionReadiness(
      fileOf(client, [...docs, done('telehealth_consent', at)]),
      NOT_PART2,
      {
        asOf: '2026-05-03T10:00:00-06:00',
      },
    );
    expect(ready.outcome).toBe('ready_with_warnings');
    expect(ready.blockers.map((b) => b.document)).toEqual(['good_faith_estimate']);
  });

  it('judges the deadline as an instant for a client in Kolkata seen by a New York practice', () => {
    const client = {
      id: 'c-far',
      zone: 'Asia/Kolkata',
      birthDate: '1992-12-12',
      billing: 'insured',
      modality: 'telehealth',
      firstSessionAt: '2026-03-10T09:00:00-04:00',
    } as const;
    const docs = [
      ...ALL_ADULT_INSURED.filter((d) => d.type !== 'informed_consent'),
      done('telehealth_consent', '2026-03-08T10:00:00+05:30'),
      // 15 minutes after the deadline (09:00 New York on March 9 is 18:30 in Kolkata).
      done('informed_consent', '2026-03-09T18:45:00+05:30'),
    ];
    const r = evaluateFirstSessionReadiness(fileOf(client, docs), NOT_PART2, {
      asOf: '2026-03-09T20:00:00+05:30',
    });
    expect(r.deadline).toBe('2026-03-09T18:30:00+05:30');
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons[0].code).toBe('intake.readiness.blocking_document_missed_deadline');
  });

  it('lets the session go ahead without the privacy-notice acknowledgment once a good-faith effort is recorded', () => {
    const docs = ALL_ADULT_INSURED.filter((d) => d.type !== 'privacy_notice_acknowledgment');
    const open = evaluateFirstSessionReadiness(
      fileOf(ADULT_INSURED, [...docs, sent('privacy_notice_acknowledgment', '2026-03-05T18:00:00-05:00')]),
      NOT_PART2,
      AS_OF,
    );
    expect(open.outcome).toBe('ready_with_warnings');
    expect(open.blockers[0]?.action).toBe('record_good_faith_effort');
    const effort = evaluateFirstSessionReadiness(
      fileOf(ADULT_INSURED, [
        ...docs,
        {
          type: 'privacy_notice_acknowledgment',
          status: 'declined',
          sentAt: '2026-03-05T18:00:00-05:00',
          declinedAt: '2026-03-06T09:00:00-05:00',
          effortRecordedAt: '2026-03-06T09:30:00-05:00',
        },
      ]),
      NOT_PART2,
      AS_OF,
    );
    expect(effort.outcome).toBe('ready');
    expect(effort.reasons.map((x) => x.code)).toEqual(['intake.readiness.good_faith_effort_recorded']);
  });

  it('routes a non-zero PHQ-9 item 9 to a clinician without blocking or interpreting it', () => {
    const client = {
      ...ADULT_INSURED,
      screenings: [{ instrument: 'phq9', completedAt: '2026-03-06T10:00:00-05:00', item9: 1 }],
    } as const;
    const r = evaluateFirstSessionReadiness(fileOf(client, ALL_ADULT_INSURED), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.blockers).toEqual([
      {
        code: 'intake.readiness.screening_needs_clinician_review',
        document: null,
        signerId: null,
        status: null,
        action: 'route_to_clinician',
      },
    ]);
    expect(JSON.stringify(r.reasons)).not.toContain('item9');
    const reviewed = {
      ...client,
      screenings: [{ ...client.screenings[0], clinicianReviewedAt: '2026-03-06T15:00:00-05:00' }],
    };
    expect(evaluateFirstSessionReadiness(fileOf(reviewed, ALL_ADULT_INSURED), NOT_PART2, AS_OF).outcome).toBe(
      'ready',
    );
  });

  it('reports a declined consent as declined, for a person to call about', () => {
    const docs = [
      ...ALL_ADULT_INSURED.slice(1),
      {
        type: 'informed_consent',
        status: 'declined',
        sentAt: '2026-03-05T18:00:00-05:00',
        declinedAt: '2026-03-06T08:00:00-05:00',
      },
    ];
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, docs), NOT_PART2, AS_OF);
    expect(r.reasons[0].code).toBe('intake.readiness.blocking_document_declined');
    expect(r.blockers[0]?.action).toBe('call_client_about_declined');
  });

  it('treats a release past its end date, and a yearly consent signed 12 months ago, as expired', () => {
    const releaseClient = { ...ADULT_INSURED, releaseNeeded: true };
    const release = done('release_of_information', '2025-09-01T10:00:00-04:00', { expiresOn: '2026-03-01' });
    const r = evaluateFirstSessionReadiness(
      fileOf(releaseClient, [...ALL_ADULT_INSURED, release]),
      NOT_PART2,
      AS_OF,
    );
    // A release is soft by default (45 CFR 164.508(b)(4)): expired, it is renewed and the session goes ahead.
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.blockers.map((b) => [b.document, b.code, b.status, b.action])).toEqual([
      ['release_of_information', 'intake.readiness.soft_document_incomplete', 'expired', 'send_renewal'],
    ]);
    const yearly: IntakePacketPolicyInput = {
      ...NOT_PART2,
      documents: DEFAULT_INTAKE_PACKET_POLICY.documents.map((d) =>
        d.type === 'informed_consent' ? { ...d, validForMonths: 12 } : d,
      ),
    };
    const old = [...ALL_ADULT_INSURED.slice(1), done('informed_consent', '2025-03-10T09:00:00-04:00')];
    expect(evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, old), yearly, AS_OF).blockers[0]?.code).toBe(
      'intake.readiness.blocking_document_expired',
    );
    const recent = [...ALL_ADULT_INSURED.slice(1), done('informed_consent', '2025-03-11T09:00:00-04:00')];
    expect(evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, recent), yearly, AS_OF).outcome).toBe('ready');
  });

  it('cannot decide without a birth date, billing or modality, but says not ready when a known blocker exists', () => {
    const unknown = { id: 'c-new', zone: 'America/New_York', firstSessionAt: '2026-03-10T10:00:00-04:00' };
    const r = evaluateFirstSessionReadiness(
      fileOf(
        unknown,
        ALL_ADULT_INSURED.filter((d) => d.type !== 'insurance_card'),
      ),
      NOT_PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.map((x) => x.facts.missingFact)).toEqual([
      'billing',
      'birth_date',
      'billing',
      'modality',
    ]);
    const blocked = evaluateFirstSessionReadiness(fileOf(unknown, []), NOT_PART2, AS_OF);
    expect(blocked.outcome).toBe('not_ready');
  });

  it('cannot decide without a session time, and checks the time being booked when one is given', () => {
    const noSession = { ...ADULT_INSURED, firstSessionAt: undefined };
    const { firstSessionAt: _omit, ...client } = noSession;
    const r = evaluateFirstSessionReadiness(fileOf(client, ALL_ADULT_INSURED), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('undecided');
    expect(r.reasons[0].code).toBe('intake.readiness.no_session_time');
    const booking = evaluateFirstSessionReadiness(fileOf(client, ALL_ADULT_INSURED), NOT_PART2, {
      ...AS_OF,
      sessionStart: '2026-03-05T19:00:00-05:00',
    });
    // The packet was finished at 18:25 on March 5: too late for a session 35 minutes later.
    expect(booking.outcome).toBe('not_ready');
  });

  it('gives the same decision whatever the order of the documents', () => {
    const a = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, ALL_ADULT_INSURED), NOT_PART2, AS_OF);
    const b = evaluateFirstSessionReadiness(
      fileOf(ADULT_INSURED, [...ALL_ADULT_INSURED].reverse()),
      NOT_PART2,
      AS_OF,
    );
    expect(b.outcome).toBe(a.outcome);
    expect(b.reasons).toEqual(a.reasons);
  });
});

describe('evaluateFirstSessionReadiness: bad input', () => {
  it('names every problem by path without echoing values', () => {
    const bad = {
      client: { id: 'c-1', zone: 'Mars/Olympus_Mons', birthDate: '2026-02-30' },
      documents: [
        {
          id: 'd-1',
          clientId: 'c-1',
          type: 'tax_return_secret',
          status: 'sent',
          sentAt: '2026-03-01T10:00:00Z',
        },
        {
          id: 'd-2',
          clientId: 'c-1',
          type: 'informed_consent',
          status: 'complete',
          sentAt: '2026-03-05T10:00:00Z',
          completedAt: '2026-03-01T10:00:00Z',
        },
      ],
    };
    let error: unknown;
    try {
      evaluateFirstSessionReadiness(bad as unknown as IntakeClientFileInput, NOT_PART2, AS_OF);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.file.client.zone', 'core.zone.unknown'],
      ['$.file.client.birthDate', 'core.date.invalid'],
      ['$.file.documents[0].type', 'intake.document.unknown_type'],
      ['$.file.documents[1].completedAt', 'intake.document.dates_out_of_order'],
    ]);
    for (const secret of ['Mars', 'tax_return_secret', '2026-02-30', '2026-03-01T10'])
      expect(v.message).not.toContain(secret);
  });

  it('rejects a packet rule that names a document the packet does not define', () => {
    const policy = {
      documents: [{ type: 'informed_consent', kind: 'consent', weight: 'blocking' }],
      rules: [
        { document: 'informed_consent', when: ['always'] },
        { document: 'custom:parking_waiver', when: ['always'] },
        { document: 'x-ray', when: ['always'] },
      ],
    };
    expect(() =>
      evaluateFirstSessionReadiness(fileOf(ADULT_INSURED), policy as IntakePacketPolicyInput, AS_OF),
    ).toThrow(ValidationError);
    try {
      evaluateFirstSessionReadiness(fileOf(ADULT_INSURED), policy as IntakePacketPolicyInput, AS_OF);
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.policy.rules[2].document', 'intake.document.unknown_type'],
        ['$.policy.rules[1].document', 'intake.packet.rule_references_missing_document'],
        ['$.policy.rules[2].document', 'intake.packet.rule_references_missing_document'],
      ]);
      expect((e as ValidationError).message).not.toContain('parking_waiver');
    }
  });
});

// ---- Property: ready exactly when no required blocking document is incomplete by the deadline ----

const BLOCKING_ALWAYS = ['informed_consent', 'financial_policy'] as const;
const H = 3_600_000;
const BASE = Date.UTC(2026, 2, 1, 12);

const docArb = (type: string, signerId: string | undefined) =>
  fc.option(
    fc
      .record({
        status: fc.constantFrom(
          'not_sent',
          'sent',
          'viewed',
          'partly_done',
          'complete',
          'declined',
          'expired',
        ),
        sentH: fc.integer({ min: 0, max: 300 }),
        doneAfterH: fc.integer({ min: 0, max: 300 }),
        expiresInDays: fc.option(fc.integer({ min: -20, max: 40 }), { nil: undefined }),
      })
      .map((g) => {
        const sentAt = iso(BASE + g.sentH * H);
        const later = iso(BASE + (g.sentH + g.doneAfterH) * H);
        const rec: Record<string, unknown> = { type, status: g.status };
        if (signerId !== undefined) rec.signerId = signerId;
        if (g.status !== 'not_sent' && g.status !== 'expired') rec.sentAt = sentAt;
        if (g.status === 'complete') rec.completedAt = later;
        if (g.status === 'declined') rec.declinedAt = later;
        if (g.expiresInDays !== undefined) rec.expiresOn = iso(BASE + g.expiresInDays * 24 * H).slice(0, 10);
        return rec;
      }),
    { nil: undefined },
  );

describe('readiness invariant', () => {
  it('is ready exactly when every required blocking document is complete by the deadline', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 24, max: 400 }),
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 0, max: 72 }),
        fc.constantFrom('America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        fc.tuple(
          ...BLOCKING_ALWAYS.flatMap((t) => [docArb(t, 'a'), docArb(t, 'b')]),
          docArb('telehealth_consent', 'a'),
          docArb('telehealth_consent', 'b'),
        ),
        (couple, telehealth, sessionH, asOfH, leadHours, zone, docs) => {
          const signers = couple ? ['a', 'b'] : ['a'];
          const client = {
            id: 'c-p',
            zone,
            birthDate: '1980-01-01',
            billing: 'self_pay',
            modality: telehealth ? 'telehealth' : 'in_person',
            serviceType: couple ? 'couples' : 'individual',
            signers,
            firstSessionAt: iso(BASE + sessionH * H),
          } as const;
          const present = docs.filter((d): d is Record<string, unknown> => d !== undefined);
          const file = fileOf(client, present as never);
          const policy = { ...NOT_PART2, completeHoursBeforeSession: leadHours };
          const asOfMs = BASE + asOfH * H;
          const r = evaluateFirstSessionReadiness(file, policy, { asOf: iso(asOfMs) });
          // Oracle, written independently of the implementation.
          const deadlineMs = BASE + sessionH * H - leadHours * H;
          const sessionDate = iso(BASE + sessionH * H).slice(0, 10);
          const needed = [...BLOCKING_ALWAYS, ...(telehealth ? ['telehealth_consent'] : [])];
          const ok = needed.every((type) =>
            signers.every((s) =>
              present.some(
                (d) =>
                  d.type === type &&
                  d.signerId === s &&
                  d.status === 'complete' &&
                  Date.parse(d.completedAt as string) <= Math.min(asOfMs, deadlineMs) &&
                  (d.expiresOn === undefined ||
                    (d.expiresOn as string) >= localDate(sessionDate, zone, BASE + sessionH * H)),
              ),
            ),
          );
          expect(r.outcome === 'ready' || r.outcome === 'ready_with_warnings').toBe(ok);
          expect(r.outcome === 'not_ready').toBe(!ok);
          if (r.outcome !== 'ready') expect(r.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The session's local date in the client's zone (the date an end date is judged on). */
function localDate(_utcDate: string, zone: string, ms: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
  return parts;
}
