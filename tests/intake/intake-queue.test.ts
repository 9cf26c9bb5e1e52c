import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { evaluateIntakeQueue } from '../../src/intake/index.js';
import { done, fileOf, sent } from './intake-fixtures.js';

const client = (id: string, firstSessionAt: string) => ({
  id,
  zone: 'America/Chicago',
  birthDate: '1979-10-10',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt,
});
const DOCS = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'intake_questionnaire',
  'insurance_card',
];

describe('evaluateIntakeQueue', () => {
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
    const q = evaluateIntakeQueue(files, {}, {}, { asOf: '2026-03-04T13:00:00-06:00' });
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
    const q = evaluateIntakeQueue([wrong], {}, {}, { asOf: '2026-03-04T13:00:00-06:00' });
    expect(q.invalid[0]?.issues.map((i) => [i.at, i.code])).toEqual([
      ['$[0].documents[0].clientId', 'intake.file.document_of_another_client'],
    ]);
  });

  it('rejects an invalid policy before reading any record', () => {
    expect(() =>
      evaluateIntakeQueue([], { completeHoursBeforeSession: -1 }, {}, { asOf: '2026-03-04T13:00:00-06:00' }),
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
        const q = evaluateIntakeQueue(files, {}, {}, { asOf: '2026-03-04T13:00:00-06:00' });
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
