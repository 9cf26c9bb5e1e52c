// read999: the 999 implementation acknowledgment (005010X231A1) of an 837P file, tied to the file sent by
// its group (GS06 → AK102) and transaction set (ST02 → AK202) control numbers. The examples follow the
// TR3's layout as the CMS and MAC companion guides show it [sources: x12-999, x12-acknowledgments-cms].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseX12, read999 } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope } from './x12-builders.js';

const SENT = [{ groupControlNumber: 17456, transactionControlNumber: 1, claimIds: ['c-1', 'c-2'] }];

// An 837P of two claims sent on 10 April 2026 as group 17456, transaction set 0001: the subscriber's
// member id (NM109 of 2010BA, the 8th segment of the set) failed the payer's edits in claim c-1.
const REJECTED = [
  'AK1*HC*17456*005010X222A1',
  'AK2*837*0001*005010X222A1',
  'IK3*NM1*8*2010BA*8',
  'CTX*CLM01:c-1',
  'IK4*9*67*7',
  'IK5*R*5',
  'AK9*R*1*1*0',
];

describe('read999', () => {
  it('rejects both claims of a transaction set the 999 rejects (IK5 R), naming the claim the error belongs to', () => {
    const [ack] = read999(envelope('999', REJECTED), { sent: SENT });
    expect(ack?.outcome).toBe('rejected');
    expect(ack?.groupControlNumber).toBe('17456');
    expect(ack?.transactions[0]).toMatchObject({
      controlNumber: '0001',
      code: 'R',
      status: 'rejected',
      syntaxErrors: ['5'],
      claimIds: ['c-1', 'c-2'],
      errors: [
        {
          segmentId: 'NM1',
          position: 8,
          loopId: '2010BA',
          code: '8',
          claimId: 'c-1',
          elements: [{ position: 9, component: null, elementReference: '67', code: '7' }],
        },
      ],
    });
    expect(ack?.claims.map((c) => [c.claimId, c.status, c.action, c.moveTo])).toEqual([
      ['c-1', 'rejected', 'fix_and_submit_new', 'rejected'],
      ['c-2', 'rejected', 'fix_and_submit_new', 'rejected'],
    ]);
    expect(ack?.reasons[0]?.code).toBe('x12.999.transaction_rejected');
  });

  it('never keeps the copy of the bad value an IK4 carries (IK404): it may be a member id', () => {
    const body = REJECTED.map((s) => (s === 'IK4*9*67*7' ? 'IK4*9*67*7*XYZ123456789' : s));
    expect(JSON.stringify(read999(envelope('999', body), { sent: SENT }))).not.toContain('XYZ123456789');
  });

  it('leaves the claims of an accepted file received, waiting for the 277CA, not yet accepted', () => {
    const [ack] = read999(
      envelope('999', ['AK1*HC*17456*005010X222A1', 'AK2*837*0001*005010X222A1', 'IK5*A', 'AK9*A*1*1*1']),
      { sent: SENT },
    );
    expect(ack?.outcome).toBe('accepted');
    expect(ack?.counts).toEqual({ included: 1, received: 1, accepted: 1 });
    expect(ack?.claims[0]).toMatchObject({ status: 'received', action: 'wait_for_acceptance', moveTo: null });
  });

  it('reads accepted with errors (IK5 E, AK9 E) as received with a warning', () => {
    const [ack] = read999(
      envelope('999', [
        'AK1*HC*17456*005010X222A1',
        'AK2*837*0001*005010X222A1',
        'IK3*REF*12*2300*8',
        'CTX*CLM01:c-2',
        'IK4*2*127*6',
        'IK5*E',
        'AK9*E*1*1*1',
      ]),
      { sent: SENT },
    );
    expect(ack?.outcome).toBe('accepted_with_errors');
    expect(ack?.reasons[0]?.code).toBe('x12.999.accepted_with_errors');
    expect(ack?.claims.every((c) => c.status === 'received')).toBe(true);
  });

  it('reads a partially accepted group (AK9 P) one transaction set at a time', () => {
    const sent = [
      { groupControlNumber: '17456', transactionControlNumber: '0001', claimIds: ['c-1'] },
      { groupControlNumber: '17456', transactionControlNumber: '0002', claimIds: ['c-2'] },
    ];
    const [ack] = read999(
      envelope('999', [
        'AK1*HC*17456*005010X222A1',
        'AK2*837*0001*005010X222A1',
        'IK5*A',
        'AK2*837*0002*005010X222A1',
        'IK3*CLM*3*2300*8',
        'IK4*1**1',
        'IK5*R*5',
        'AK9*P*2*2*1',
      ]),
      { sent },
    );
    expect(ack?.outcome).toBe('partially_accepted');
    expect(ack?.claims.map((c) => [c.claimId, c.status])).toEqual([
      ['c-1', 'received'],
      ['c-2', 'rejected'],
    ]);
  });

  it('rejects every sent transaction set of a group rejected whole without AK2 loops (AK9 R)', () => {
    const [ack] = read999(envelope('999', ['AK1*HC*17456*005010X222A1', 'AK9*R*1*1*0*2']), { sent: SENT });
    expect(ack?.outcome).toBe('rejected');
    expect(ack?.claims.map((c) => c.moveTo)).toEqual(['rejected', 'rejected']);
    expect(ack?.claims[0]?.reasons[0].code).toBe('x12.999.group_rejected');
  });

  it('is undecided about a sent transaction set a group accepted with errors does not answer', () => {
    const [ack] = read999(envelope('999', ['AK1*HC*17456*005010X222A1', 'AK9*E*1*1*1']), { sent: SENT });
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.claims[0]).toMatchObject({ status: 'undecided', action: 'review', moveTo: null });
    expect(ack?.claims[0]?.reasons[0].code).toBe('x12.999.transaction_not_acknowledged');
  });

  it('is undecided, never accepted, when IK5 accepts what AK9 rejects, or the reverse', () => {
    const a = read999(envelope('999', ['AK1*HC*17456', 'AK2*837*0001', 'IK5*R', 'AK9*A*1*1*1']), {
      sent: SENT,
    });
    const b = read999(envelope('999', ['AK1*HC*17456', 'AK2*837*0001', 'IK5*A', 'AK9*R*1*1*0']), {
      sent: SENT,
    });
    for (const [ack] of [a, b]) {
      expect(ack?.outcome).toBe('undecided');
      expect(ack?.reasons.map((r) => r.code)).toContain('x12.999.status_conflict');
    }
  });

  it('says when the 999 answers a group or transaction set that was not sent', () => {
    const [other] = read999(envelope('999', ['AK1*HC*99*005010X222A1', 'AK9*A*1*1*1']), { sent: SENT });
    expect(other?.reasons.map((r) => r.code)).toEqual(['x12.999.not_sent']);
    expect(other?.claims).toEqual([]);
    const [tx] = read999(envelope('999', ['AK1*HC*17456', 'AK2*837*0009', 'IK5*A', 'AK9*A*1*1*1']), {
      sent: SENT,
    });
    expect(tx?.reasons.map((r) => r.code)).toContain('x12.999.not_sent');
    // The sent 0001 has no answer of its own, and AK903 counts one set received, the 0009 answered: the
    // group's A cannot cover a set it did not count, so 0001's claims are undecided.
    expect(tx?.claims.map((c) => c.status)).toEqual(['undecided', 'undecided']);
    // With AK903 counting two sets received, the group accepted whole covers the set not answered one by one.
    const [room] = read999(envelope('999', ['AK1*HC*17456', 'AK2*837*0009', 'IK5*A', 'AK9*A*2*2*2']), {
      sent: SENT,
    });
    expect(room?.claims.map((c) => c.status)).toEqual(['received', 'received']);
  });

  it('ties a 999 to an 837P the writer wrote, by its GS06 and ST02, and names the claims of its CLM segments', () => {
    const sent837 = readFileSync(
      join(import.meta.dirname, 'fixtures', 'telehealth-837p-supervised.edi'),
      'utf8',
    );
    const group = parseX12(sent837).interchanges[0]?.groups[0];
    const st = group?.transactions[0];
    if (group === undefined || st === undefined) throw new Error('no transaction set');
    const gs06 = group.header.elements[6] ?? '';
    const claimIds = st.segments.filter((s) => s.tag === 'CLM').map((s) => s.elements[1] ?? '');
    expect(claimIds.length).toBeGreaterThan(0);
    const sent = [{ groupControlNumber: gs06, transactionControlNumber: st.controlNumber, claimIds }];
    const answer = (ak2: string, ik5: string, ak9: string) =>
      read999(
        envelope('999', [`AK1*HC*${gs06}*005010X222A1`, `AK2*837*${ak2}*005010X222A1`, `IK5*${ik5}`, ak9]),
        {
          sent,
        },
      )[0];
    expect(answer(st.controlNumber, 'R', 'AK9*R*1*1*0')?.claims.map((c) => [c.claimId, c.moveTo])).toEqual(
      claimIds.map((id) => [id, 'rejected']),
    );
    // Another transaction set's answer is not this one's: flagged, and this one takes only a whole group's verdict.
    const other = answer('9999', 'R', 'AK9*P*2*2*1');
    expect(other?.reasons.map((r) => r.code)).toContain('x12.999.not_sent');
    expect(other?.claims.every((c) => c.status === 'undecided')).toBe(true);
  });

  it('reads a 999 without the sent files, with no claims named', () => {
    const [ack] = read999(envelope('999', REJECTED));
    expect(ack?.outcome).toBe('rejected');
    expect(ack?.claims).toEqual([]);
    expect(ack?.transactions[0]?.claimIds).toEqual([]);
  });

  it('reports a 999 out of order by segment, never by value', () => {
    const bad = envelope('999', ['IK3*NM1*8*2010BA*8', 'AK1*HC*', 'AK2*837*0001', 'AK9*A*1*1*1']);
    try {
      read999(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issues = (e as ValidationError).issues.map((i) => [i.at, i.code]);
      expect(issues).toEqual([
        ['$.segment[4]', 'x12.segment.unexpected'],
        ['$.segment[5].AK102', 'x12.element.missing'],
        ['$.segment[7]', 'x12.segment.missing'],
      ]);
      expect((e as Error).message).not.toContain('2010BA');
    }
    expect(() => read999(envelope('835', ['AK1*HC*1']))).toThrow(ValidationError);
    expect(() => read999(envelope('999', ['AK1*HC*1']))).toThrow(/AK9/);
    expect(() => read999('', { sent: [{ groupControlNumber: 'a b', transactionControlNumber: 1 }] })).toThrow(
      /\$\.sent\[0\]\.groupControlNumber/,
    );
  });

  it('reads the same 999 whatever its line breaks and however it is cut into chunks (property)', () => {
    const expected = read999(envelope('999', REJECTED), { sent: SENT });
    fc.assert(
      fc.property(
        fc.constantFrom('', '\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lineBreak, cuts) => {
          const text = envelope('999', REJECTED, { lineBreak });
          const at = [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          expect(read999(chunks, { sent: SENT })).toEqual(expected);
        },
      ),
    );
  });

  it('never takes a transaction set with an unknown acknowledgment code as accepted (property)', () => {
    const known = new Set(['A', 'E', 'R', 'M', 'W', 'X']);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{1,2}$/).map((c) => (known.has(c) ? `${c}9` : c)),
        fc.constantFrom('A', 'E', 'P', 'R'),
        (code, group) => {
          const [ack] = read999(
            envelope('999', ['AK1*HC*17456', 'AK2*837*0001', `IK5*${code}`, `AK9*${group}*1*1*1`]),
            {
              sent: SENT,
            },
          );
          expect(ack?.outcome).toBe('undecided');
          for (const c of ack?.claims ?? []) expect([c.status, c.moveTo]).toEqual(['undecided', null]);
        },
      ),
    );
  });
});
