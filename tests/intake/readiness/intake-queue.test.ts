import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildIntakeQueue,
  evaluateFirstSessionReadiness,
  evaluateIntakeFollowUp,
  IntakeClientFile,
  IntakeFollowUpPolicy,
} from '../../../src/intake/index.js';
import { buildIntakeQueueFromValidated } from '../../../src/intake/internal.js';
import { done, fileOf, NOT_PART2, sent } from '../intake-fixtures.js';

const client = (id: string, firstSessionAt: string) => ({
  id,
  zone: 'America/Chicago',
  birthDate: '1979-10-10',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt,
  channelConsent: {
    email: { optedIn: true, unsecuredRiskAcknowledged: true },
    sms: { optedIn: true, unsecuredRiskAcknowledged: true },
  },
});
const DOCS = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
];

describe('buildIntakeQueue', () => {
  it('evaluates every valid client, lists sessions at risk soonest first and follow-ups due, and reports bad records by index', () => {
    const at = '2026-03-02T10:00:00-06:00';
    const files = [
      fileOf(
        client('c-ready', '2026-03-12T10:00:00-05:00'),
        DOCS.map((t) => done(t, at)),
      ),
      fileOf(
        client('c-late', '2026-03-10T10:00:00-05:00'),
        DOCS.map((t) => sent(t, at)),
      ),
      { client: { id: 'c-broken', zone: 'Nowhere/Town' } },
      fileOf(
        client('c-soon', '2026-03-05T10:00:00-06:00'),
        DOCS.map((t) => sent(t, at)),
      ),
    ];
    const q = buildIntakeQueue(files, NOT_PART2, {}, { asOf: '2026-03-04T13:00:00-06:00' });
    expect(q.entries.map((e) => [e.index, e.clientId, e.readiness.outcome, e.followUp.outcome])).toEqual([
      [0, 'c-ready', 'ready', 'none'],
      [1, 'c-late', 'not_ready', 'reminder'],
      [3, 'c-soon', 'not_ready', 'offer_reschedule'],
    ]);
    expect(q.atRisk.map((e) => e.clientId)).toEqual(['c-soon', 'c-late']);
    expect(q.followUpsDue.map((e) => e.clientId)).toEqual(['c-late', 'c-soon']);
    expect(q.invalid.map((i) => [i.index, i.issues.map((x) => x.at)])).toEqual([[2, ['$[2].client.zone']]]);
    expect(q.entries.length + q.invalid.length).toBe(files.length);
  });

  it('reports a document filed under another client', () => {
    const f = fileOf(client('c-1', '2026-03-12T10:00:00-05:00'), [
      done('informed_consent', '2026-03-02T10:00:00-06:00'),
    ]);
    const wrong = { ...f, documents: f.documents?.map((d) => ({ ...d, clientId: 'c-2' })) };
    const q = buildIntakeQueue([wrong], NOT_PART2, {}, { asOf: '2026-03-04T13:00:00-06:00' });
    expect(q.invalid[0]?.issues.map((i) => [i.at, i.code])).toEqual([
      ['$[0].documents[0].clientId', 'intake.file.document_of_another_client'],
    ]);
  });

  it('rejects an invalid policy before reading any record', () => {
    expect(() =>
      buildIntakeQueue([], { completeHoursBeforeSession: -1 }, {}, { asOf: '2026-03-04T13:00:00-06:00' }),
    ).toThrow(ValidationError);
  });
});

describe('intake queue invariant', () => {
  it('accounts for every record exactly once, valid or invalid, in input order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (goodness) => {
        const files = goodness.map((good, i) =>
          good
            ? fileOf(client(`c-${i}`, '2026-03-12T10:00:00-05:00'), [
                sent('informed_consent', '2026-03-02T10:00:00-06:00'),
              ])
            : { client: { id: `c-${i}`, zone: 'Nowhere/Town' } },
        );
        const q = buildIntakeQueue(files, NOT_PART2, {}, { asOf: '2026-03-04T13:00:00-06:00' });
        const indexes = [...q.entries.map((e) => e.index), ...q.invalid.map((i) => i.index)].sort(
          (a, b) => a - b,
        );
        expect(indexes).toEqual(goodness.map((_, i) => i));
        expect(q.entries.map((e) => e.index)).toEqual(goodness.flatMap((g, i) => (g ? [i] : [])));
        for (const e of q.atRisk) expect(['not_ready', 'undecided']).toContain(e.readiness.outcome);
      }),
      { numRuns: 60 },
    );
  });
});

// A mixed population: statuses, sessions near and far, reminders already sent, a few broken records.
const STATUSES = ['sent', 'viewed', 'partly_done', 'complete', 'declined', 'not_sent'] as const;
const arbFile = (i: number) =>
  fc
    .record({
      broken: fc.integer({ min: 0, max: 99 }).map((n) => n < 15),
      sessionHours: fc.integer({ min: -30, max: 400 }),
      statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: DOCS.length, maxLength: DOCS.length }),
      reminders: fc.integer({ min: 0, max: 5 }),
      telehealth: fc.boolean(),
    })
    .map(({ broken, sessionHours, statuses, reminders, telehealth }) => {
      if (broken) return { client: { id: `c-${i}`, zone: 'Nowhere/Town' } };
      const sentAt = '2026-03-01T15:00:00Z';
      const session = new Date(Date.UTC(2026, 2, 4, 19) + sessionHours * 3_600_000).toISOString();
      const docs = DOCS.map((t, k) => {
        const status = statuses[k] ?? 'sent';
        if (status === 'not_sent') return { type: t, status };
        if (status === 'complete') return done(t, '2026-03-02T15:00:00Z');
        if (status === 'declined') return { type: t, status, sentAt, declinedAt: '2026-03-02T16:00:00Z' };
        return { type: t, status, sentAt };
      });
      const sentTimes = Array.from({ length: reminders }, (_, k) => `2026-03-0${2 + k}T16:00:00Z`);
      const who = { ...client(`c-${i}`, session), modality: telehealth ? 'telehealth' : 'in_person' };
      return fileOf(who, docs, sentTimes);
    });
const arbFiles = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbFile(i))));

describe('buildIntakeQueueFromValidated', () => {
  it('gives the same queue as buildIntakeQueue for files validated on load, indexed by position', () => {
    fc.assert(
      fc.property(arbFiles, (files) => {
        const options = { asOf: '2026-03-04T13:00:00-06:00' };
        const q = buildIntakeQueue(files, NOT_PART2, {}, options);
        const valid = files.flatMap((f) => {
          const r = IntakeClientFile.safeParse(f);
          return r.success ? [r.data] : [];
        });
        const v = buildIntakeQueueFromValidated(valid, NOT_PART2, IntakeFollowUpPolicy.parse({}), options);
        const strip = (list: typeof q.entries) => list.map(({ index: _index, ...rest }) => rest);
        expect(strip(v.entries)).toEqual(strip(q.entries));
        expect(strip(v.atRisk)).toEqual(strip(q.atRisk));
        expect(strip(v.followUpsDue)).toEqual(strip(q.followUpsDue));
        expect(v.entries.map((e) => e.index)).toEqual(valid.map((_, i) => i));
        expect(v.invalid).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects invalid options', () => {
    expect(() =>
      buildIntakeQueueFromValidated([], NOT_PART2, IntakeFollowUpPolicy.parse({}), {
        asOf: 'tomorrow',
      }),
    ).toThrow(ValidationError);
  });
});

describe('intake queue and the per-client calls', () => {
  it('agree: sharing the packet work between readiness and follow-up changes no answer', () => {
    fc.assert(
      fc.property(arbFiles, fc.integer({ min: 0, max: 300 }), (files, hours) => {
        const asOf = new Date(Date.UTC(2026, 2, 1) + hours * 3_600_000).toISOString();
        const q = buildIntakeQueue(files, NOT_PART2, {}, { asOf });
        for (const e of q.entries) {
          const f = files[e.index] as Parameters<typeof evaluateFirstSessionReadiness>[0];
          expect(e.readiness).toEqual(evaluateFirstSessionReadiness(f, NOT_PART2, { asOf }));
          expect(e.followUp).toEqual(evaluateIntakeFollowUp(f, NOT_PART2, {}, { asOf }));
        }
      }),
      { numRuns: 60 },
    );
  });
});
