// read999, checked whole: the group's verdict (AK901) and its counts (AK902 transaction sets included, AK903
// received, AK904 accepted) against the AK2 … IK5 loops the 999 holds. In 005010X231A1 AK904 counts the
// sets accepted (IK501 A or E), AK901 P means "partially accepted, at least one transaction set was
// rejected", and E "accepted, but errors were noted" [sources: x12-999]. A 999 whose parts disagree is not
// read as accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read999 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

// Two transaction sets of one 837P file sent on 10 April 2026 as group 17456.
const SENT = [
  { groupControlNumber: 17456, transactionControlNumber: '0001', claimIds: ['c-1'] },
  { groupControlNumber: 17456, transactionControlNumber: '0002', claimIds: ['c-2'] },
];
const AK1 = 'AK1*HC*17456*005010X222A1';
const set = (n: 1 | 2, ik5: string) => [`AK2*837*000${n}*005010X222A1`, `IK5*${ik5}`];
const read = (body: string[]) => read999(envelope('999', [AK1, ...body]), { sent: SENT })[0];
const codes = (body: string[]) => read(body)?.reasons.map((r) => r.code) ?? [];

describe('read999 checks AK9 against the transaction sets it answers', () => {
  it('accepts a group whose counts and answers agree (AK9 A 2 2 2, both IK5 A)', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'A'), 'AK9*A*2*2*2']);
    expect(ack?.outcome).toBe('accepted');
    expect(ack?.claims.map((c) => c.status)).toEqual(['received', 'received']);
  });

  it('is undecided when AK904 accepts fewer sets than the IK5 answers do (AK9 A 2 2 1, both IK5 A)', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'A'), 'AK9*A*2*2*1']);
    expect(ack?.outcome).toBe('undecided');
    const why = ack?.reasons.find((r) => r.code === 'x12.999.counts_disagree');
    expect(why?.facts).toMatchObject({ segment: 9, element: 'AK904', accepted: 1, answeredAccepted: 2 });
    expect(ack?.claims.map((c) => [c.status, c.action, c.moveTo])).toEqual([
      ['undecided', 'review', null],
      ['undecided', 'review', null],
    ]);
  });

  it('is undecided when the 999 answers more sets than AK903 says it received', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'A'), 'AK9*A*1*1*1']);
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.reasons.find((r) => r.code === 'x12.999.counts_disagree')?.facts).toMatchObject({
      element: 'AK903',
    });
  });

  it('is undecided when AK904 accepts more sets than AK903 received, or AK903 exceeds AK902', () => {
    expect(read(['AK9*A*1*1*2'])?.outcome).toBe('undecided');
    expect(read(['AK9*A*1*2*1'])?.outcome).toBe('undecided');
  });

  it('is undecided, not accepted, when some of the sets included were not received (AK9 A 2 1 1)', () => {
    // The group's whole "A" covers only what it received: the set not received must not be taken as received.
    const ack = read(['AK9*A*2*1*1']);
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.claims.every((c) => c.status === 'undecided')).toBe(true);
    expect(ack?.reasons.find((r) => r.code === 'x12.999.counts_disagree')?.facts).toMatchObject({
      element: 'AK903',
    });
  });

  it('is undecided when AK901 A accepts every set but AK904 accepts fewer than received (AK9 A 1 1 0, no AK2)', () => {
    const ack = read999(envelope('999', [AK1, 'AK9*A*1*1*0']), {
      sent: [SENT[0] as (typeof SENT)[number]],
    })[0];
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.claims[0]?.status).toBe('undecided');
  });

  it('is undecided when a group rejected whole (AK901 R) counts a set accepted', () => {
    const ack = read(['AK9*R*2*2*1']);
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.claims.every((c) => c.status === 'undecided')).toBe(true);
  });

  it('is undecided when the counts are missing (AK902–AK904 are required)', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'A'), 'AK9*A']);
    expect(ack?.outcome).toBe('undecided');
    expect(ack?.reasons.find((r) => r.code === 'x12.999.counts_disagree')?.facts).toMatchObject({
      element: 'AK902',
    });
  });

  it('is undecided when AK9 says partially accepted (P) but no set was rejected', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'A'), 'AK9*P*2*2*2']);
    expect(ack?.outcome).toBe('undecided');
    const why = ack?.reasons.find((r) => r.code === 'x12.999.group_code_disagrees');
    expect(why?.facts).toMatchObject({ segment: 9, element: 'AK901', code: 'P', rejected: 0 });
    expect(ack?.claims.every((c) => c.status === 'undecided')).toBe(true);
    // And with counts that agree with P but answers that do not.
    expect(read([...set(1, 'A'), ...set(2, 'A'), 'AK9*P*2*2*1'])?.outcome).toBe('undecided');
  });

  it('is undecided when AK9 says partially accepted (P) but every set was rejected', () => {
    const ack = read([...set(1, 'R'), ...set(2, 'R'), 'AK9*P*2*2*0']);
    expect(ack?.outcome).toBe('undecided');
    expect(codes([...set(1, 'R'), ...set(2, 'R'), 'AK9*P*2*2*0'])).toContain('x12.999.group_code_disagrees');
  });

  it('reads a partially accepted group whose parts agree (P 2 2 1, one A and one R)', () => {
    const ack = read([...set(1, 'A'), ...set(2, 'R'), 'AK9*P*2*2*1']);
    expect(ack?.outcome).toBe('partially_accepted');
    expect(ack?.claims.map((c) => c.status)).toEqual(['received', 'rejected']);
  });

  it('never reads a group accepted without errors (AK901 A) whose set was accepted with errors (IK5 E) as plain accepted', () => {
    const ack = read([...set(1, 'E'), ...set(2, 'A'), 'AK9*A*2*2*2']);
    expect(ack?.outcome).toBe('accepted_with_errors');
    expect(ack?.reasons.map((r) => r.code)).toContain('x12.999.group_code_disagrees');
    // Both answers say the claims were received: the errors noted are the only difference.
    expect(ack?.claims.map((c) => c.status)).toEqual(['received', 'received']);
  });

  it('notes an AK901 E whose sets were all accepted without errors and that names no group error', () => {
    expect(codes([...set(1, 'A'), ...set(2, 'A'), 'AK9*E*2*2*2'])).toContain('x12.999.group_code_disagrees');
    // A group error code (AK905, here 5: the count of sets included did not match) explains the E.
    expect(codes([...set(1, 'A'), ...set(2, 'A'), 'AK9*E*2*2*2*5'])).not.toContain(
      'x12.999.group_code_disagrees',
    );
    expect(read([...set(1, 'A'), ...set(2, 'A'), 'AK9*E*2*2*2'])?.outcome).toBe('accepted_with_errors');
  });

  it('reads a group accepted with errors whose parts agree (E 2 2 2, one IK5 E)', () => {
    const ack = read([...set(1, 'E'), ...set(2, 'A'), 'AK9*E*2*2*2']);
    expect(ack?.outcome).toBe('accepted_with_errors');
    expect(ack?.reasons.map((r) => r.code)).not.toContain('x12.999.group_code_disagrees');
  });

  it('lets a set with no AK2 of its own take a whole A whose counts agree (A 2 2 2, one AK2)', () => {
    const ack = read([...set(1, 'A'), 'AK9*A*2*2*2']);
    expect(ack?.outcome).toBe('accepted');
    expect(ack?.claims.map((c) => c.status)).toEqual(['received', 'received']);
  });

  it('lets a whole A cover no more unanswered sets than AK903 leaves room for (A 2 2 2, one AK2, two sets unanswered)', () => {
    const three = [
      ...SENT,
      { groupControlNumber: 17456, transactionControlNumber: '0003', claimIds: ['c-3'] },
    ];
    const [ack] = read999(envelope('999', [AK1, ...set(1, 'A'), 'AK9*A*2*2*2']), { sent: three });
    expect(ack?.claims.map((c) => [c.claimId, c.status])).toEqual([
      ['c-1', 'received'],
      ['c-2', 'undecided'],
      ['c-3', 'undecided'],
    ]);
    expect(ack?.outcome).toBe('undecided');
  });

  it('never reads a 999 as accepted unless every count and answer agrees (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'E', 'R'), { minLength: 0, maxLength: 3 }),
        fc.constantFrom('A', 'E', 'P', 'R'),
        fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4)),
        (answers, group, [included, received, accepted]) => {
          const body = answers.flatMap((a, i) => [`AK2*837*000${i + 1}`, `IK5*${a}`]);
          const [ack] = read999(
            envelope('999', [AK1, ...body, `AK9*${group}*${included}*${received}*${accepted}`]),
          );
          if (ack?.outcome !== 'accepted') return;
          expect(group).toBe('A');
          expect(answers.every((a) => a === 'A')).toBe(true);
          expect([included, received, accepted]).toEqual([received, received, received]);
          expect(answers.length).toBeLessThanOrEqual(received);
        },
      ),
    );
  });
});
