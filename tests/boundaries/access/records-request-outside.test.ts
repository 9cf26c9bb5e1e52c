import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRecordsRequest } from '../../../src/boundaries/index.js';
import { addDays, ValidationError } from '../../../src/core/index.js';

// An outside tester's cases for the right of access, written from the public rule before reading the code
// (intake38). 45 CFR 164.524(b)(2): act on a request no later than 30 calendar days after receipt; one
// extension of no more than 30 days, with a written notice within the first 30 giving the reasons and the date.
// 164.524(a)(1)(i) and 164.501: psychotherapy notes are not part of the right of access. 164.524(c)(4): a
// reasonable, cost-based fee for copying labor, supplies and postage (and an agreed summary); never search and
// retrieval; HHS's flat fee of at most $6.50 for an electronic copy. 164.502(g)(2)-(3): a personal
// representative has the client's right; a parent is one for a minor except for care the minor consented to
// alone under state law (or by a court's leave, or under a parent's agreement to confidentiality).

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('the right of access, as an outside tester reads 45 CFR 164.524', () => {
  // Saturday 2026-01-31: 30 calendar days run through February (28 days in 2026) to Monday 2026-03-02.
  const received = { receivedOn: '2026-01-31' } as const;

  it('counts 30 calendar days, weekends included: received Saturday 2026-01-31, due Monday 2026-03-02', () => {
    const d = evaluateRecordsRequest(received, { asOf: '2026-03-02' });
    expect(d).toMatchObject({ outcome: 'pending', initialDueOn: '2026-03-02', dueOn: '2026-03-02' });
  });

  it('is overdue on day 31 (2026-03-03) with nothing given and no extension notice', () => {
    const d = evaluateRecordsRequest(received, { asOf: '2026-03-03' });
    expect(d.outcome).toBe('overdue');
    expect(codes(d)).toEqual(['boundaries.records.overdue']);
  });

  it('is on time when the copy goes out on day 30 itself', () => {
    const d = evaluateRecordsRequest({ ...received, fulfilledOn: '2026-03-02' }, { asOf: '2026-03-20' });
    expect(d.outcome).toBe('fulfilled_on_time');
  });

  it('extends once to 2026-04-01 with the written notice sent on day 30 (164.524(b)(2)(ii))', () => {
    const d = evaluateRecordsRequest(
      { ...received, extensionNoticeSentOn: '2026-03-02' },
      { asOf: '2026-03-20' },
    );
    expect(d).toMatchObject({ outcome: 'pending', extended: true, dueOn: '2026-04-01' });
  });

  it('does not extend with a notice sent on day 31: overdue, and the late notice is named', () => {
    const d = evaluateRecordsRequest(
      { ...received, extensionNoticeSentOn: '2026-03-03' },
      { asOf: '2026-03-10' },
    );
    expect(d).toMatchObject({ outcome: 'overdue', extended: false, dueOn: '2026-03-02' });
    expect(codes(d)).toEqual(['boundaries.records.overdue', 'boundaries.records.extension_notice_late']);
  });

  it('is late when given on 2026-04-02, one day past the extended deadline (no second extension)', () => {
    const d = evaluateRecordsRequest(
      { ...received, extensionNoticeSentOn: '2026-02-20', fulfilledOn: '2026-04-02' },
      { asOf: '2026-04-10' },
    );
    expect(d.outcome).toBe('fulfilled_late');
    expect(codes(d)).toContain('boundaries.records.fulfilled_late');
  });

  it('leaves psychotherapy notes to a clinician and keeps the rest of the record due on its date', () => {
    const d = evaluateRecordsRequest(
      { ...received, includesPsychotherapyNotes: true },
      { asOf: '2026-02-10' },
    );
    expect(d).toMatchObject({ outcome: 'pending', dueOn: '2026-03-02' });
    const r = d.reasons.find((x) => x.code === 'boundaries.records.psychotherapy_notes_excluded');
    expect(r?.facts).toMatchObject({ role: 'clinician', action: 'route_to_clinician' });
  });

  it('gives a personal representative of an adult (a health-care agent, 164.502(g)(2)) the client’s deadline', () => {
    const d = evaluateRecordsRequest(
      { ...received, requester: 'personal_representative' },
      { asOf: '2026-02-10' },
    );
    expect(d).toMatchObject({ outcome: 'pending', dueOn: '2026-03-02' });
  });

  it('is undecided when a parent asks for a California 15-year-old’s records of care they consented to alone', () => {
    // Cal. Health & Safety Code 124260 lets a minor of 12 or more consent to outpatient mental-health care.
    const d = evaluateRecordsRequest(
      { ...received, requester: 'parent_or_guardian', minorConsentedAlone: true },
      { asOf: '2026-02-10' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['boundaries.records.parent_access_depends_on_state_law']);
  });

  it('treats a parent as the personal representative when the minor is recorded as not consenting alone', () => {
    const d = evaluateRecordsRequest(
      { ...received, requester: 'parent_or_guardian', minorConsentedAlone: false },
      { asOf: '2026-02-10' },
    );
    expect(d.outcome).toBe('pending');
  });

  it('is undecided, never pending, when a parent asks and nobody recorded whether the minor consented alone', () => {
    const d = evaluateRecordsRequest(
      { ...received, requester: 'parent_or_guardian' },
      { asOf: '2026-02-10' },
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['boundaries.records.minor_consent_unknown']);
    expect(d.reasons[0]?.facts).toMatchObject({ action: 'collect_missing_fact' });
  });

  it('allows $12.00 copying labor, $0.80 supplies and $0.73 postage: $13.53', () => {
    const d = evaluateRecordsRequest(
      {
        ...received,
        fee: {
          items: [
            { kind: 'copy_labor', cents: 1200 },
            { kind: 'supplies', cents: 80 },
            { kind: 'postage', cents: 73 },
          ],
        },
      },
      { asOf: '2026-02-10' },
    );
    expect(d.fee).toEqual({ outcome: 'allowed', allowedCents: 1353 });
  });

  it('refuses a $10.00 search-and-retrieval charge and keeps only the $12.00 labor', () => {
    const d = evaluateRecordsRequest(
      {
        ...received,
        fee: {
          items: [
            { kind: 'search_and_retrieval', cents: 1000 },
            { kind: 'copy_labor', cents: 1200 },
          ],
        },
      },
      { asOf: '2026-02-10' },
    );
    expect(d.fee).toEqual({ outcome: 'refused', allowedCents: 1200 });
    expect(codes(d)).toContain('boundaries.records.fee_not_cost_based');
    // The fee is its own check: the deadline's outcome stays.
    expect(d.outcome).toBe('pending');
  });

  it('allows a flat $6.50 for an electronic copy and refuses $6.51', () => {
    const at = (cents: number) =>
      evaluateRecordsRequest(
        { ...received, fee: { items: [{ kind: 'flat_fee_electronic', cents }] } },
        { asOf: '2026-02-10' },
      ).fee;
    expect(at(650)).toEqual({ outcome: 'allowed', allowedCents: 650 });
    expect(at(651)).toEqual({ outcome: 'refused', allowedCents: 650 });
  });

  it('refuses a handling charge and a storage charge', () => {
    const d = evaluateRecordsRequest(
      {
        ...received,
        fee: {
          items: [
            { kind: 'handling', cents: 500 },
            { kind: 'storage', cents: 300 },
          ],
        },
      },
      { asOf: '2026-02-10' },
    );
    expect(d.fee).toEqual({ outcome: 'refused', allowedCents: 0 });
  });

  it('rejects an extension notice dated before the request arrived, naming the path and not the date', () => {
    let error: unknown;
    try {
      evaluateRecordsRequest({ ...received, extensionNoticeSentOn: '2026-01-30' }, { asOf: '2026-02-10' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$.request.extensionNoticeSentOn']);
    expect((error as ValidationError).message).not.toContain('2026-01-30');
  });

  it('never leaves a parent’s unfulfilled request pending unless the minor is recorded as not consenting alone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom(true, undefined),
        (start, after, alone) => {
          const receivedOn = addDays('2024-01-01', start);
          const d = evaluateRecordsRequest(
            {
              receivedOn,
              requester: 'parent_or_guardian',
              ...(alone === undefined ? {} : { minorConsentedAlone: alone }),
            },
            { asOf: addDays(receivedOn, after) },
          );
          expect(d.outcome).toBe('undecided');
          expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
