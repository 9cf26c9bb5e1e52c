// read277: the 277 claim status response (005010X212) to a 276 inquiry, read into the same claims that
// read277CA gives, each with an action for the work queue. Loops as the TR3 lays them out: 2000A payer (HL
// 20), 2000B information receiver (21), 2000C service provider (19), 2000D subscriber (22), 2000E dependent
// (23); each 2200D/E claim opens with TRN (the 276's trace) and holds STC (category:status:entity, STC02
// the status date, STC04 charge, STC05 paid, STC06 adjudication date, STC08 payment date, STC09 check or EFT
// number), REF*1K (payer claim control number), REF*EJ (patient control number, the 837's CLM01), DTP*472;
// 2220D lines SVC with STC [sources: x12-276-277]. Category codes from code list 507: A acknowledgement, D0
// data search unsuccessful, E response not possible, F finalized, P pending, R requests for information.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read277, read277CA } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, HEAD, read, X212 } from './read-277-fixtures.js';
import { envelope } from './x12-builders.js';

const one = (stc: string) => read(claim('T1', 'c-1', [stc]))?.claims[0];

describe('read277 (claim status, 005010X212)', () => {
  it('reads a claim finalized and paid (F1) with its amounts and dates: wait for the 835', () => {
    const ack = read(claim('T1', 'c-1', ['STC*F1:65*20261201**150*112.5*20261128**20261201*EFT0001234']));
    expect(ack?.outcome).toBe('acknowledged');
    expect(ack?.referenceId).toBe('INQ20261207');
    expect(ack?.claims[0]).toMatchObject({
      claimId: 'c-1',
      traceNumber: 'T1',
      status: 'paid',
      action: 'wait_for_remittance',
      moveTo: null,
      payerClaimControlNumber: '2026110300045',
      chargeCents: 15_000,
      paidCents: 11_250,
      adjudicatedOn: '2026-11-28',
      paidOn: '2026-12-01',
      paymentTraceNumber: 'EFT0001234',
      followUpOn: null,
      statuses: [{ category: 'F1', code: '65', date: '2026-12-01' }],
    });
    expect(ack?.claims[0]?.reasons[0].code).toBe('x12.277.claim_paid');
  });

  it('follows up a pended claim (P1) 30 days after the status date, 31 December 2026', () => {
    const c = one('STC*P1:20*20261201**150');
    expect(c).toMatchObject({ status: 'pending', action: 'follow_up', followUpOn: '2026-12-31' });
    expect(c?.reasons[0].code).toBe('x12.277.claim_pending');
  });

  it('follows up on the day the practice chooses (followUpDays) and, without a status date, from BHT04', () => {
    const c = read(claim('T1', 'c-1', ['STC*P3:21']), { followUpDays: 14 })?.claims[0];
    expect(c?.followUpOn).toBe('2026-12-21');
  });

  it('follows up a request for more information (R4, documentation) as pending, naming what the payer asked', () => {
    const c = one('STC*R4:294:QC*20261201');
    expect(c).toMatchObject({ status: 'pending', action: 'follow_up', followUpOn: '2026-12-31' });
    expect(c?.reasons[0].facts.statuses).toEqual(['R4:294:QC']);
  });

  it('works the denial of a claim finalized as denied (F2) or finalized with no payment forthcoming (F4)', () => {
    for (const stc of ['STC*F2:88*20261130**150*0*20261128', 'STC*F4:65*20261130**150*0*20261128']) {
      const c = one(stc);
      expect(c).toMatchObject({ status: 'denied', action: 'work_denial', moveTo: null, paidCents: 0 });
      expect(c?.reasons[0].code).toBe('x12.277.claim_denied');
    }
  });

  it('keeps a paid claim paid and works the denial of its denied line (claim F1, line F2)', () => {
    const c = read(
      claim(
        'T1',
        'c-1',
        ['STC*F1:65*20261201**300*150*20261128'],
        ['SVC*HC:90834*150*150', 'STC*F1:65*20261201', 'SVC*HC:90785*150*0', 'STC*F2:88*20261201'],
      ),
    )?.claims[0];
    expect(c?.status).toBe('paid');
    expect(c?.lines.map((l) => [l.procedureCode, l.statuses[0]?.category, l.status])).toEqual([
      ['90834', 'F1', 'paid'],
      ['90785', 'F2', 'denied'],
    ]);
    expect(c?.reasons[0].code).toBe('x12.277.line_denied');
  });

  it('checks and resubmits a claim the payer cannot find (A4, D0)', () => {
    for (const stc of ['STC*A4:35*20261207', 'STC*D0:35*20261207']) {
      expect(one(stc)).toMatchObject({ status: 'not_found', action: 'check_and_resubmit', moveTo: null });
    }
  });

  it('reads the acknowledgement categories a 277 may answer with (A1 received, A2 accepted, A7 rejected)', () => {
    expect(one('STC*A1:20*20261207')).toMatchObject({ status: 'received', action: 'wait_for_acceptance' });
    expect(one('STC*A2:20*20261207')).toMatchObject({ status: 'accepted', action: 'wait_for_remittance' });
    expect(one('STC*A7:21:IL*20261207')).toMatchObject({ status: 'rejected', action: 'fix_and_submit_new' });
  });

  it('waits for the 835 of a claim finalized (F0, F3) without saying paid', () => {
    for (const stc of ['STC*F0:3*20261201', 'STC*F3:3*20261201']) {
      const c = one(stc);
      expect(c).toMatchObject({ status: 'finalized', action: 'wait_for_remittance' });
    }
  });

  it('is undecided, never paid, about an unknown category or a category that answers nothing (E0–E4)', () => {
    for (const stc of ['STC*F9:65*20261201**150*150', 'STC*Z1:1*20261201', 'STC*P9:1*20261201']) {
      const c = one(stc);
      expect(c).toMatchObject({ status: 'undecided', action: 'review', moveTo: null });
      expect(c?.reasons[0].code).toBe('x12.277.unknown_category');
    }
    for (const stc of ['STC*E0:187*20261207', 'STC*E1:1*20261207', 'STC*E2:1*20261207']) {
      const c = one(stc);
      expect(c).toMatchObject({ status: 'undecided', action: 'review' });
      expect(c?.reasons[0].code).toBe('x12.277.inquiry_not_answered');
    }
    expect(read(claim('T1', 'c-1', ['STC*E0:187*20261207']))?.outcome).toBe('undecided');
  });

  it('is undecided about a claim said paid (F1) with nothing paid, or said both paid and denied', () => {
    expect(one('STC*F1:65*20261201**150*0')).toMatchObject({ status: 'undecided' });
    const c = read(claim('T1', 'c-1', ['STC*F1:65*20261201', 'STC*F2:88*20261201']))?.claims[0];
    expect(c?.status).toBe('undecided');
    expect(c?.reasons[0].code).toBe('x12.277.status_conflict');
  });

  it('reads a dependent’s claims (HL 23) and several claims of one member, each by its trace', () => {
    const body = [
      ...claim('T1', 'c-1', ['STC*F1:65*20261201**150*112.5']),
      ...claim('T2', 'c-2', ['STC*P1:20*20261201']),
      'HL*5*4*23',
      'NM1*QC*1*DOE*JOHN',
      ...claim('T3', 'c-3', ['STC*F2:88*20261201']),
    ];
    const ack = read(body);
    expect(ack?.outcome).toBe('needs_action');
    expect(ack?.claims.map((c) => [c.claimId, c.traceNumber, c.status])).toEqual([
      ['c-1', 'T1', 'paid'],
      ['c-2', 'T2', 'pending'],
      ['c-3', 'T3', 'denied'],
    ]);
  });

  it('names a claim by its trace number when the 277 gives no patient control number (REF*EJ)', () => {
    const ack = read(['TRN*2*c-9', 'STC*P1:20*20261201']);
    expect(ack?.claims[0]).toMatchObject({ claimId: 'c-9', traceNumber: 'c-9' });
  });

  it('is undecided about a claim not asked about, and lists the claims asked about that it does not answer', () => {
    const ack = read(claim('T1', 'c-1', ['STC*F1:65*20261201**150*112.5']), { claimIds: ['c-2'] });
    expect(ack?.claims[0]?.status).toBe('undecided');
    expect(ack?.claims[0]?.reasons[0].code).toBe('x12.277.claim_not_asked');
    expect(ack?.unacknowledged).toEqual(['c-2']);
  });

  it('refuses a 277CA given as a claim status response, and a 277 given to read277CA, by segment', () => {
    const ca = envelope('277', [
      'BHT*0085*08*1*20261207*1319*TH',
      'HL*1**20*1',
      'HL*2*1*21*1',
      'HL*3*2*19*1',
      'HL*4*3*PT',
    ]);
    expect(() => read277(ca)).toThrow(/HL03/);
    expect(() => read277CA(envelope('277', [...HEAD, ...claim('T1', 'c-1', ['STC*F1:65'])], X212))).toThrow(
      /HL03/,
    );
  });

  it('reports a malformed amount or date by element, never by value', () => {
    try {
      read277(
        envelope('277', [...HEAD, ...claim('T1', 'c-1', ['STC*F1:65*20261201**150*12.345*2026'])], X212),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.segment[14].STC05', 'x12.element.invalid'],
        ['$.segment[14].STC06', 'x12.element.invalid'],
      ]);
      expect((e as Error).message).not.toContain('12.345');
    }
    expect(() => read277('', { followUpDays: 0 })).toThrow(/followUpDays/);
  });

  it('never reads a claim as paid unless a category says finalized and paid (F1) and none is unknown (property)', () => {
    const categories = ['A1', 'A2', 'A4', 'A7', 'D0', 'E0', 'F0', 'F1', 'F2', 'F4', 'P1', 'R4', 'X1', 'F9'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...categories), { minLength: 1, maxLength: 3 }), (cats) => {
        const c = read(
          claim(
            'T1',
            'c-1',
            cats.map((cat) => `STC*${cat}:1*20261201`),
          ),
        )?.claims[0];
        if (c?.status === 'paid') {
          expect(cats).toContain('F1');
          expect(cats.some((cat) => ['X1', 'F9', 'E0'].includes(cat))).toBe(false);
        }
        if (cats.some((cat) => ['X1', 'F9'].includes(cat))) expect(c?.status).toBe('undecided');
      }),
    );
  });
});
