// read277 as an outside tester reads the 276/277 TR3 (005010X212) [sources: x12-276-277]: the claim-level
// status (2200D/2200E STC) is the claim's answer; service line statuses (2220D/E STC) describe their lines
// and are reported only when a line's status differs from the claim's. X12 RFI 1382 [sources: x12-rfi-1382]:
// "Claim Level Status is always required, even when reporting status at the service level", and when lines
// have various statuses "a single status … must be reflected at the claim". Category codes from code list 507:
// F1 finalized/payment, F2 finalized/denial, F4 finalized/adjudication complete, no payment forthcoming, R3
// requests for additional information/claim-line, R4 documentation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claim, read } from './read-277-fixtures.js';

const codes = (c: { reasons: readonly { code: string }[] } | undefined) => c?.reasons.map((r) => r.code);

describe('read277: the claim-level status is the claim’s answer (005010X212 2200D vs 2220D)', () => {
  it('keeps a claim paid (F1, $150.00 paid) when one of its lines is denied (F2), and reports the line denial', () => {
    const ack = read(
      claim(
        'T1',
        'c-1',
        ['STC*F1:65*20261201**300*150*20261128'],
        ['SVC*HC:90834*150*150', 'STC*F1:65*20261201', 'SVC*HC:90785*150*0', 'STC*F2:88*20261201'],
      ),
    );
    const c = ack?.claims[0];
    expect(c).toMatchObject({ status: 'paid', action: 'wait_for_remittance', paidCents: 15_000 });
    expect(c?.lines.map((l) => [l.procedureCode, l.status])).toEqual([
      ['90834', 'paid'],
      ['90785', 'denied'],
    ]);
    expect(codes(c)).toEqual(['x12.277.line_denied', 'x12.277.claim_paid']);
    expect(c?.reasons[0].facts).toMatchObject({ segment: c?.lines[1]?.segment, procedureCode: '90785' });
    expect(c?.lines[1]?.segment).toBeGreaterThan(c?.lines[0]?.segment ?? Number.POSITIVE_INFINITY);
    expect(ack?.outcome).toBe('needs_action');
  });

  it('keeps a claim pended (P1) when a line is finalized paid (F1): the claim waits, the line is reported paid', () => {
    const c = read(
      claim('T1', 'c-1', ['STC*P1:20*20261201**300'], ['SVC*HC:90834*150*150', 'STC*F1:65*20261201']),
    )?.claims[0];
    expect(c).toMatchObject({ status: 'pending', action: 'follow_up', followUpOn: '2026-12-31' });
    expect(c?.lines[0]?.status).toBe('paid');
  });

  it('is undecided about a claim finalized as denied (F2) with a line said paid (F1): money contradicts itself', () => {
    const c = read(
      claim('T1', 'c-1', ['STC*F2:88*20261201**300*0'], ['SVC*HC:90834*150*150', 'STC*F1:65*20261201']),
    )?.claims[0];
    expect(c?.status).toBe('undecided');
    expect(codes(c)).toContain('x12.277.status_conflict');
  });

  it('reads F1 without STC05 as paid with the amount unknown (paidCents null), never zero, and says so', () => {
    const ack = read(claim('T1', 'c-1', ['STC*F1:65*20261201**150']));
    const c = ack?.claims[0];
    expect(c).toMatchObject({ status: 'paid', paidCents: null, action: 'wait_for_remittance' });
    expect(codes(c)).toContain('x12.277.paid_amount_unknown');
    expect(c?.reasons.find((r) => r.code === 'x12.277.paid_amount_unknown')?.facts).toMatchObject({
      paidCents: null,
      amount: 'undecided',
    });
  });

  it('reads F1 with STC05 $112.50 as paid with its amount and no amount warning', () => {
    const c = read(claim('T1', 'c-1', ['STC*F1:65*20261201**150*112.50']))?.claims[0];
    expect(c).toMatchObject({ status: 'paid', paidCents: 11_250 });
    expect(codes(c)).toEqual(['x12.277.claim_paid']);
  });

  it('works the denial of F2 (finalized/denial) and of F4 (adjudication complete, no payment forthcoming)', () => {
    for (const stc of ['STC*F2:88*20261130**150*0*20261128', 'STC*F4:65*20261130**150*0*20261128']) {
      const c = read(claim('T1', 'c-1', [stc]))?.claims[0];
      expect(c).toMatchObject({ status: 'denied', action: 'work_denial' });
    }
  });

  it('follows up a request for information about a claim (R3) and for documentation (R4)', () => {
    for (const stc of ['STC*R3:21:QC*20261201', 'STC*R4:294:QC*20261201']) {
      const c = read(claim('T1', 'c-1', [stc]))?.claims[0];
      expect(c).toMatchObject({ status: 'pending', action: 'follow_up', followUpOn: '2026-12-31' });
    }
  });

  it('reads two claim-level STC segments of one category group together (F1 then F3: paid)', () => {
    const c = read(claim('T1', 'c-1', ['STC*F1:65*20261201**150*150', 'STC*F3:101*20261201']))?.claims[0];
    expect(c?.status).toBe('paid');
    expect(c?.statuses.map((s) => s.category)).toEqual(['F1', 'F3']);
  });

  it('is undecided about two claim-level STC segments that disagree (P1 pended and F1 paid), whatever their order', () => {
    for (const stc of [
      ['STC*P1:20*20261120', 'STC*F1:65*20261201**150*150'],
      ['STC*F1:65*20261201**150*150', 'STC*P1:20*20261120'],
    ]) {
      const c = read(claim('T1', 'c-1', stc))?.claims[0];
      expect(c?.status).toBe('undecided');
      expect(codes(c)).toContain('x12.277.status_conflict');
    }
  });

  it('answers two claims of one client (one subscriber, two TRN loops), each with its own status', () => {
    const ack = read([
      ...claim('T1', 'c-1', ['STC*F1:65*20261201**150*112.5']),
      ...claim('T2', 'c-2', ['STC*F2:88*20261201**150*0'], ['SVC*HC:90837*150*0', 'STC*F2:88*20261201']),
    ]);
    expect(ack?.claims.map((c) => [c.claimId, c.status, c.paidCents])).toEqual([
      ['c-1', 'paid', 11_250],
      ['c-2', 'denied', 0],
    ]);
    expect(ack?.claims[0]?.lines).toEqual([]);
    expect(codes(ack?.claims[1])).toEqual(['x12.277.claim_denied']);
  });

  it('reports a line whose category it does not know as undecided without changing the claim’s answer', () => {
    const c = read(
      claim('T1', 'c-1', ['STC*F1:65*20261201**150*150'], ['SVC*HC:90834*150*150', 'STC*F9:65*20261201']),
    )?.claims[0];
    expect(c?.status).toBe('paid');
    expect(c?.lines[0]?.status).toBe('undecided');
    expect(codes(c)).toContain('x12.277.line_undecided');
  });

  it('never lets a line’s status change the claim’s, save a line paid under a claim without payment (property)', () => {
    const claimCats = ['A1', 'A2', 'A7', 'D0', 'F0', 'F1', 'F2', 'F4', 'P1', 'R4'];
    const lineCats = [...claimCats, 'E1', 'F9'];
    fc.assert(
      fc.property(
        fc.constantFrom(...claimCats),
        fc.array(fc.constantFrom(...lineCats), { maxLength: 3 }),
        (cat, lines) => {
          const stc = `STC*${cat}:1*20261201**150${cat === 'F1' ? '*150' : ''}`;
          const alone = read(claim('T1', 'c-1', [stc]))?.claims[0]?.status;
          const svc = lines.flatMap((l, i) => [`SVC*HC:9083${i}*50*0`, `STC*${l}:1*20261201`]);
          const c = read(claim('T1', 'c-1', [stc], svc))?.claims[0];
          const paidLineUnderDenial = alone === 'denied' && lines.includes('F1');
          expect(c?.status).toBe(paidLineUnderDenial ? 'undecided' : alone);
          expect(c?.lines).toHaveLength(lines.length);
        },
      ),
    );
  });
});
