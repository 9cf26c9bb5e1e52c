import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECORDS_FLAT_FEE_MAX_CENTS,
  RecordsFeeItemKind,
} from '../../../src/boundaries/access/records-request.js';
import { evaluateRecordsRequest, type RecordsFeeInput } from '../../../src/boundaries/index.js';
import { addDays, ValidationError } from '../../../src/core/index.js';

// 45 CFR 164.524: a covered entity acts on a request for access no later than 30 days after receiving it
// (b)(2)(i); it may extend once, by no more than 30 days, with a written notice within those 30 days giving
// the reasons and the date (b)(2)(ii); psychotherapy notes are outside the right of access (a)(1)(i); the
// fee is a reasonable cost-based fee for copying labor, supplies, postage and an agreed summary (c)(4).
// 45 CFR 164.502(g)(3): a parent is not the personal representative for care a minor consented to alone.

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateRecordsRequest (45 CFR 164.524(b)(2))', () => {
  const received = { receivedOn: '2026-03-02' } as const;

  it('gives a request received Monday 2026-03-02 until Wednesday 2026-04-01, 30 days', () => {
    const d = evaluateRecordsRequest(received, { asOf: '2026-03-20' });
    expect(d).toMatchObject({ outcome: 'pending', initialDueOn: '2026-04-01', dueOn: '2026-04-01' });
    expect(d.extended).toBe(false);
    expect(
      evaluateRecordsRequest({ ...received, fulfilledOn: '2026-04-01' }, { asOf: '2026-04-10' }).outcome,
    ).toBe('fulfilled_on_time');
    const late = evaluateRecordsRequest({ ...received, fulfilledOn: '2026-04-02' }, { asOf: '2026-04-10' });
    expect(late.outcome).toBe('fulfilled_late');
    expect(codes(late)).toEqual(['boundaries.records.fulfilled_late']);
    const overdue = evaluateRecordsRequest(received, { asOf: '2026-04-02' });
    expect(overdue.outcome).toBe('overdue');
    expect(codes(overdue)).toEqual(['boundaries.records.overdue']);
  });

  it('extends once to Friday 2026-05-01 with a written notice sent on 2026-03-30, within the first 30 days', () => {
    const notice = { ...received, extensionNoticeSentOn: '2026-03-30' };
    const d = evaluateRecordsRequest(notice, { asOf: '2026-04-15' });
    expect(d).toMatchObject({ outcome: 'pending', dueOn: '2026-05-01', extended: true });
    expect(codes(d)).toEqual(['boundaries.records.extended_once']);
    expect(
      evaluateRecordsRequest({ ...notice, fulfilledOn: '2026-05-01' }, { asOf: '2026-05-01' }).outcome,
    ).toBe('fulfilled_on_time');
    expect(evaluateRecordsRequest(notice, { asOf: '2026-05-02' }).outcome).toBe('overdue');
  });

  it('does not extend with a notice sent on 2026-04-02, after the first 30 days ran', () => {
    const d = evaluateRecordsRequest(
      { ...received, extensionNoticeSentOn: '2026-04-02' },
      { asOf: '2026-04-15' },
    );
    expect(d).toMatchObject({ outcome: 'overdue', dueOn: '2026-04-01', extended: false });
    expect(codes(d)).toContain('boundaries.records.extension_notice_late');
  });

  it('does not count a notice or a fulfilment dated after asOf', () => {
    const d = evaluateRecordsRequest(
      { ...received, extensionNoticeSentOn: '2026-03-30', fulfilledOn: '2026-03-31' },
      { asOf: '2026-03-25' },
    );
    expect(d).toMatchObject({ outcome: 'pending', dueOn: '2026-04-01', extended: false });
  });

  it('counts calendar days across a leap day: received 2028-02-15, due 2028-03-16', () => {
    expect(evaluateRecordsRequest({ receivedOn: '2028-02-15' }, { asOf: '2028-02-15' }).dueOn).toBe(
      '2028-03-16',
    );
  });

  it('leaves psychotherapy notes out of the right of access and routes them to a clinician (164.524(a)(1)(i))', () => {
    const d = evaluateRecordsRequest(
      { ...received, includesPsychotherapyNotes: true },
      { asOf: '2026-03-20' },
    );
    expect(d.outcome).toBe('pending');
    const r = d.reasons.find((x) => x.code === 'boundaries.records.psychotherapy_notes_excluded');
    expect(r?.facts).toMatchObject({ role: 'clinician', action: 'route_to_clinician' });
  });

  it('is undecided when a parent asks for records of care a minor consented to alone (164.502(g)(3))', () => {
    const d = evaluateRecordsRequest(
      { ...received, requester: 'parent_or_guardian', minorConsentedAlone: true },
      { asOf: '2026-04-10' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['boundaries.records.parent_access_depends_on_state_law']);
    // A parent who is the personal representative (the minor did not consent alone) has the client's right.
    expect(
      evaluateRecordsRequest(
        { ...received, requester: 'parent_or_guardian', minorConsentedAlone: false },
        { asOf: '2026-03-20' },
      ).outcome,
    ).toBe('pending');
  });

  it('rejects a fulfilment dated before the request was received, naming the path only', () => {
    let error: unknown;
    try {
      evaluateRecordsRequest({ ...received, fulfilledOn: '2026-02-27' }, { asOf: '2026-03-20' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.request.fulfilledOn', 'boundaries.records.dates_out_of_order'],
    ]);
    expect(v.message).not.toContain('2026-02-27');
  });

  it('is due 30 days after receipt, or 60 with a notice in time, and overdue exactly when past it unfulfilled (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
        fc.integer({ min: 0, max: 100 }),
        (start, noticeAfter, fulfilledAfter, asOfAfter) => {
          const receivedOn = addDays('2026-01-01', start);
          const asOf = addDays(receivedOn, asOfAfter);
          const request = {
            receivedOn,
            ...(noticeAfter === undefined ? {} : { extensionNoticeSentOn: addDays(receivedOn, noticeAfter) }),
            ...(fulfilledAfter === undefined ? {} : { fulfilledOn: addDays(receivedOn, fulfilledAfter) }),
          };
          const d = evaluateRecordsRequest(request, { asOf });
          const extended = noticeAfter !== undefined && noticeAfter <= 30 && noticeAfter <= asOfAfter;
          expect(d.extended).toBe(extended);
          expect(d.dueOn).toBe(addDays(receivedOn, extended ? 60 : 30));
          const fulfilled = fulfilledAfter !== undefined && fulfilledAfter <= asOfAfter;
          expect(d.outcome === 'overdue').toBe(!fulfilled && asOf > d.dueOn);
          if (fulfilled)
            expect(d.outcome).toBe(
              fulfilledAfter <= (extended ? 60 : 30) ? 'fulfilled_on_time' : 'fulfilled_late',
            );
        },
      ),
    );
  });
});

/** The fee check of a request received 2026-03-02, asked about on 2026-03-10 (pending). */
function evaluateRecordsFee(fee: RecordsFeeInput) {
  const d = evaluateRecordsRequest({ receivedOn: '2026-03-02', fee }, { asOf: '2026-03-10' });
  expect(d.outcome).toBe('pending');
  return { ...d.fee, reasons: d.reasons };
}

describe('the fee for a copy of records (45 CFR 164.524(c)(4))', () => {
  it('allows copying labor and postage: $15.00 and $1.20 make $16.20', () => {
    const d = evaluateRecordsFee({
      items: [
        { kind: 'copy_labor', cents: 1500 },
        { kind: 'postage', cents: 120 },
      ],
    });
    expect(d).toMatchObject({ outcome: 'allowed', allowedCents: 1620, reasons: [] });
  });

  it('refuses a $25.00 search-and-retrieval fee', () => {
    const d = evaluateRecordsFee({
      items: [
        { kind: 'copy_labor', cents: 1500 },
        { kind: 'search_and_retrieval', cents: 2500 },
      ],
    });
    expect(d.outcome).toBe('refused');
    expect(d.allowedCents).toBe(1500);
    expect(d.reasons[0]?.facts).toMatchObject({ index: 1, kind: 'search_and_retrieval' });
  });

  it('charges a summary only when the client agreed to it and its fee in advance', () => {
    const items = [{ kind: 'summary' as const, cents: 3000 }];
    expect(evaluateRecordsFee({ items }).outcome).toBe('refused');
    expect(evaluateRecordsFee({ items, summaryAgreed: true })).toMatchObject({
      outcome: 'allowed',
      allowedCents: 3000,
    });
  });

  it('allows a flat $6.50 for an electronic copy, not $7.00, and not on top of cost-based items', () => {
    expect(evaluateRecordsFee({ items: [{ kind: 'flat_fee_electronic', cents: 650 }] }).outcome).toBe(
      'allowed',
    );
    expect(evaluateRecordsFee({ items: [{ kind: 'flat_fee_electronic', cents: 700 }] })).toMatchObject({
      outcome: 'refused',
      allowedCents: RECORDS_FLAT_FEE_MAX_CENTS,
    });
    expect(
      evaluateRecordsFee({
        items: [
          { kind: 'flat_fee_electronic', cents: 650 },
          { kind: 'supplies', cents: 100 },
        ],
      }).outcome,
    ).toBe('refused');
  });

  it('never allows more than the items quoted, and refuses exactly when an item may not be charged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...RecordsFeeItemKind.options),
            cents: fc.integer({ min: 0, max: 100_000 }),
          }),
          { maxLength: 6 },
        ),
        fc.boolean(),
        (items, summaryAgreed) => {
          const d = evaluateRecordsFee({ items, summaryAgreed });
          const total = items.reduce((s, i) => s + i.cents, 0);
          expect(d.allowedCents).toBeGreaterThanOrEqual(0);
          expect(d.allowedCents).toBeLessThanOrEqual(total);
          const forbidden = items.some(
            (i) =>
              ['search_and_retrieval', 'verification', 'handling', 'storage', 'other'].includes(i.kind) ||
              (i.kind === 'summary' && !summaryAgreed),
          );
          if (forbidden) expect(d.outcome).toBe('refused');
          if (d.outcome === 'refused') expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
