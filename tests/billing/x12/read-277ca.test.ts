// read277CA: the 277CA claim acknowledgment (005010X214) of an 837P's claims, each tied to the claim sent by
// its patient control number (2200D TRN02 = CLM01). The examples follow the TR3's layout as the CMS and MAC
// companion guides and X12 RFI 1942 show it [sources: x12-277ca, x12-acknowledgments-cms, x12-rfi-1942].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveClaim } from '../../../src/billing/index.js';
import { read277CA } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { claimThrough } from '../claims/claim-fixtures.js';
import { envelope } from './x12-builders.js';

const HEAD = [
  'BHT*0085*08*0001*20260411*0830*TH',
  'HL*1**20*1',
  'NM1*PR*2*EXAMPLE PAYER*****PI*12345',
  'TRN*1*20260411001',
  'DTP*050*D8*20260410',
  'DTP*009*D8*20260411',
  'HL*2*1*21*1',
  'NM1*41*2*HARBOR COUNSELING*****46*HARBOR01',
  'TRN*2*0001',
  'STC*A1:19:PR*20260411*WQ*300',
  'QTY*90*1',
  'QTY*AA*1',
  'HL*3*2*19*1',
  'NM1*85*2*HARBOR COUNSELING*****XX*1245319599',
  'TRN*1*0',
];

function patient(id: number, claimId: string, stc: string[], extra: string[] = []): string[] {
  return [
    `HL*${id}*3*PT`,
    'NM1*QC*1*DOE*JANE****MI*M123456789',
    `TRN*2*${claimId}`,
    ...stc,
    ...extra,
    'DTP*472*D8*20260406',
  ];
}

const ACCEPTED = patient(4, 'c-1', ['STC*A2:20:PR*20260411*WQ*150'], ['REF*1K*2026101000123']);
const REJECTED = patient(5, 'c-2', ['STC*A7:21:IL*20260411*U*150', 'STC*A7:33:IL*20260411*U*150'], []);

describe('read277CA', () => {
  it('ties each claim to the claim sent by CLM01 and says what to do: accepted waits for the 835, rejected is sent again as a new claim', () => {
    const [ack] = read277CA(envelope('277', [...HEAD, ...ACCEPTED, ...REJECTED]), {
      claimIds: ['c-1', 'c-2'],
    });
    expect(ack?.outcome).toBe('needs_action');
    expect(ack?.referenceId).toBe('0001');
    expect(ack?.claims[0]).toMatchObject({
      claimId: 'c-1',
      status: 'accepted',
      action: 'wait_for_remittance',
      moveTo: 'accepted',
      payerClaimControlNumber: '2026101000123',
      chargeCents: 15_000,
      statuses: [{ category: 'A2', code: '20', entity: 'PR', date: '2026-04-11', actionCode: 'WQ' }],
    });
    expect(ack?.claims[1]).toMatchObject({
      claimId: 'c-2',
      status: 'rejected',
      action: 'fix_and_submit_new',
      moveTo: 'rejected',
      payerClaimControlNumber: null,
    });
    expect(ack?.claims[1]?.reasons[0]).toMatchObject({
      code: 'x12.277ca.claim_rejected',
      facts: { claimId: 'c-2', statuses: ['A7:21:IL', 'A7:33:IL'] },
    });
    expect(ack?.unacknowledged).toEqual([]);
  });

  it('gives the move a submitted claim takes from its acknowledgment (moveClaim)', () => {
    const [ack] = read277CA(envelope('277', [...HEAD, ...ACCEPTED, ...REJECTED]));
    const submitted = claimThrough(['ready', 'submitted'], '2026-04-08', { claimId: 'c-1' });
    for (const c of ack?.claims ?? []) {
      const to = c.moveTo;
      if (to === null) throw new Error('expected a move');
      expect(moveClaim(submitted, { to }, { asOf: '2026-04-11' }).outcome).toBe('moved');
    }
  });

  it('reads a batch rejected at the receiver and provider levels with no claim listed, as the 277CA TR3 allows (A7, A8)', () => {
    // A file of one claim for $65 rejected for its billing provider (A8:496:85), no 2000D level.
    const body = [
      'BHT*0085*08*004545*20260124*1635*TH',
      'HL*1**20*1',
      'NM1*AY*2*EXAMPLE CLEARINGHOUSE*****46*47198',
      'TRN*1*234234',
      'DTP*050*D8*20260124',
      'DTP*009*D8*20260124',
      'HL*2*1*21*1',
      'NM1*41*2*HARBOR COUNSELING*****46*1981',
      'TRN*2*2002020542857',
      'STC*A7:23*20260124*U*65',
      'QTY*AA*1',
      'AMT*YY*65',
      'HL*3*2*19*0',
      'NM1*85*1*WATSON*JOHN*H***XX*1134125736',
      'TRN*1*WATSON789',
      'STC*A8:496:85**U*65',
      'QTY*QC*1',
      'AMT*YY*65',
    ];
    const [ack] = read277CA(envelope('277', body), { claimIds: ['c-9'] });
    expect(ack?.outcome).toBe('needs_action');
    expect(ack?.batchRejections.map((s) => [s.level, s.category, s.code, s.entity])).toEqual([
      ['receiver', 'A7', '23', null],
      ['provider', 'A8', '496', '85'],
    ]);
    expect(ack?.unacknowledged).toEqual(['c-9']);
    const notNamed = ack?.reasons.find((r) => r.code === 'x12.277ca.claim_not_acknowledged');
    expect(notNamed?.severity).toBe('warning');
  });

  it('rejects a claim listed under a rejected billing provider even without a claim status of its own saying so', () => {
    const head = HEAD.map((s) => s);
    head.push('STC*A8:562:85*20260411*U*150');
    const [ack] = read277CA(envelope('277', [...head, ...patient(4, 'c-1', ['STC*A1:19:PR*20260411'])]));
    expect(ack?.claims[0]?.status).toBe('rejected');
  });

  it('rejects a claim whose service line is rejected (SVC with STC A7)', () => {
    const lines = ['SVC*HC:90837*150****1', 'STC*A7:454*20260411*U', 'DTP*472*D8*20260406'];
    const [ack] = read277CA(
      envelope('277', [...HEAD, ...patient(4, 'c-1', ['STC*A1:19:PR*20260411*WQ*150'], lines)]),
    );
    expect(ack?.claims[0]?.status).toBe('rejected');
    expect(ack?.claims[0]?.lines[0]).toMatchObject({
      procedureCode: '90837',
      statuses: [{ category: 'A7', code: '454' }],
    });
  });

  it('waits for acceptance of a claim only received (A1), and the transaction is acknowledged', () => {
    const [ack] = read277CA(
      envelope('277', [...HEAD, ...patient(4, 'c-1', ['STC*A1:19:PR*20260411*WQ*150'])]),
    );
    expect(ack?.outcome).toBe('acknowledged');
    expect(ack?.claims[0]).toMatchObject({ status: 'received', action: 'wait_for_acceptance', moveTo: null });
  });

  it('follows up a pended claim (P1, outside the 277CA TR3 as RFI 1942 says) and checks one not found (A4) to resubmit it', () => {
    const [ack] = read277CA(
      envelope('277', [
        ...HEAD,
        ...patient(4, 'c-1', ['STC*P1:20*20260411']),
        ...patient(5, 'c-2', ['STC*A4:35*20260411']),
      ]),
    );
    expect(ack?.claims.map((c) => [c.status, c.action, c.moveTo])).toEqual([
      ['pending', 'follow_up', null],
      ['not_found', 'check_and_resubmit', null],
    ]);
  });

  it('is undecided, never accepted, about an unknown category, a contradiction, or a claim not sent', () => {
    const [ack] = read277CA(
      envelope('277', [
        ...HEAD,
        ...patient(4, 'c-1', ['STC*E0:0*20260411']),
        ...patient(5, 'c-2', ['STC*A2:20*20260411*U*150']),
        ...patient(6, 'c-3', ['STC*A2:20*20260411', 'STC*A6:21*20260411']),
        ...patient(7, 'c-4', ['STC*A2:20*20260411*WQ']),
      ]),
      { claimIds: ['c-1', 'c-2', 'c-3'] },
    );
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.claims.map((c) => [c.claimId, c.status, c.reasons[0].code])).toEqual([
      ['c-1', 'undecided', 'x12.277ca.unknown_category'],
      ['c-2', 'undecided', 'x12.277ca.status_conflict'],
      ['c-3', 'undecided', 'x12.277ca.status_conflict'],
      ['c-4', 'undecided', 'x12.277ca.claim_not_sent'],
    ]);
    expect(ack?.claims.every((c) => c.moveTo === null && c.action === 'review')).toBe(true);
  });

  it('reports a broken hierarchy and a claim without its patient control number by segment, never by value', () => {
    // HL 4 names the receiver (HL 2) as its parent, skipping the billing provider; HL 5 has no TRN.
    const body = [...HEAD, 'HL*4*2*PT', 'HL*5*3*PT', 'NM1*QC*1*DOE*JANE', 'STC*A2:20', 'STC*:20'];
    try {
      read277CA(envelope('277', body));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issues = (e as ValidationError).issues.map((i) => [i.at, i.code]);
      expect(issues).toEqual([
        ['$.segment[19].HL02', 'x12.element.invalid'],
        ['$.segment[23]["STC01-1"]', 'x12.element.missing'],
        ['$.segment[20]', 'x12.segment.missing'],
      ]);
      expect((e as Error).message).not.toContain('DOE');
    }
    expect(() => read277CA(envelope('999', ['AK1*HC*1']))).toThrow(/ST01/);
    expect(() => read277CA(envelope('277', [...HEAD, 'HL*4*3*PT', 'STC*A2:20*2026']))).toThrow(/STC02|TRN/);
  });

  it('reads the same 277CA whatever its line breaks and chunks (property)', () => {
    const body = [...HEAD, ...ACCEPTED, ...REJECTED];
    const expected = read277CA(envelope('277', body), { claimIds: ['c-1', 'c-2'] });
    fc.assert(
      fc.property(
        fc.constantFrom('', '\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lineBreak, cuts) => {
          const text = envelope('277', body, { lineBreak });
          const at = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          expect(read277CA(chunks, { claimIds: ['c-1', 'c-2'] })).toEqual(expected);
        },
      ),
    );
  });

  it('accepts a claim only when an acceptance category is stated and nothing unknown or rejecting is (property)', () => {
    const categories = fc.constantFrom(
      'A0',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'P1',
      'R3',
      'E0',
      'F1',
      'Z9',
      'a2',
    );
    fc.assert(
      fc.property(fc.array(categories, { minLength: 1, maxLength: 4 }), (cats) => {
        const [ack] = read277CA(
          envelope('277', [
            ...HEAD,
            ...patient(
              4,
              'c-1',
              cats.map((c) => `STC*${c}:20*20260411`),
            ),
          ]),
        );
        const claim = ack?.claims[0];
        const acceptedOnly = cats.every((c) => ['A0', 'A1', 'A2', 'A5'].includes(c));
        const accepting = cats.some((c) => c === 'A2' || c === 'A5');
        expect(claim?.status === 'accepted').toBe(acceptedOnly && accepting);
        expect(claim?.moveTo === 'accepted').toBe(acceptedOnly && accepting);
        const unknown = cats.some((c) => !/^(A[0-8]|P1|R3)$/.test(c));
        if (unknown) expect([claim?.status, claim?.action]).toEqual(['undecided', 'review']);
      }),
    );
  });
});
