import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

type Doc = PracticeData['paperwork'][number];
const data = smallPractice();
const base = allowedBooking(data);
const KID = 'client-kid01';
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

const signed = (type: string, signerId?: string) => ({
  id: `pw-kid-${type}-${signerId ?? 'none'}`,
  clientId: KID,
  type,
  status: 'complete',
  sentAt: '2026-11-17T10:00:00-05:00',
  completedAt: '2026-11-18T10:00:00-05:00',
  ...(signerId === undefined ? {} : { signerId }),
});

/** A 13-year-old new client whose mother (`mom-1`) pays; `guardianIds` as given; papers as given. */
function withKid(guardianIds: string[] | undefined, financialSigner: string | undefined): PracticeData {
  const copy = structuredClone(data);
  const template = copy.clients.find((c) => c.id === base.clientId) as PracticeData['clients'][number];
  const { guardianIds: _g, ...rest } = template;
  copy.clients.push({
    ...rest,
    id: KID as never,
    birthDate: '2013-06-01',
    guarantorId: 'mom-1' as never,
    ...(guardianIds === undefined ? {} : { guardianIds: guardianIds as never }),
  });
  for (const p of [
    signed('informed_consent'),
    signed('telehealth_consent'),
    signed('good_faith_estimate'),
    signed('guardian_consent', 'mom-1'),
    signed('financial_policy', financialSigner),
  ]) {
    copy.paperwork.push(p as unknown as Doc);
  }
  return copy;
}
// Tuesday 2026-11-24 at 15:00 in New York: the paperwork deadline is Monday 15:00.
const firstSession = { ...base, clientId: KID, type: 'intake' as const };

describe('evaluateBooking: a minor’s guardians are recorded, never taken from who pays', () => {
  it('allows the first session when the recorded guardian, who also pays, signed the consent and the fee policy', () => {
    const d = evaluateBooking(firstSession, withKid(['mom-1'], 'mom-1'), { asOf: AS_OF });
    expect(codes(d).filter((c) => c.startsWith('ops.booking.paperwork'))).toEqual([]);
    expect(d.outcome).not.toBe('refused');
  });

  it('asks for the guardians when only the guarantor is recorded: a warning before the deadline, a refusal after', () => {
    const early = evaluateBooking(firstSession, withKid(undefined, 'mom-1'), { asOf: AS_OF });
    expect(early.outcome).toBe('allowed_with_warnings');
    expect(codes(early)).toEqual(
      expect.arrayContaining(['ops.booking.paperwork_incomplete', 'intake.readiness.guardians_unknown']),
    );
    const late = evaluateBooking(firstSession, withKid(undefined, 'mom-1'), { asOf: '2026-11-24' });
    expect(late.outcome).toBe('refused');
    expect(codes(late)).toContain('ops.booking.paperwork_too_late');
  });

  it('does not count the minor’s own signature on the fee policy: warned before the deadline, refused after', () => {
    const early = evaluateBooking(firstSession, withKid(['mom-1'], KID), { asOf: AS_OF });
    expect(early.outcome).toBe('allowed_with_warnings');
    const reason = early.reasons.find((r) => r.code === 'intake.readiness.financial_policy_not_by_payer');
    expect(reason?.severity).toBe('warning');
    const late = evaluateBooking(firstSession, withKid(['mom-1'], undefined), { asOf: '2026-11-24' });
    expect(late.outcome).toBe('refused');
    expect(codes(late)).toEqual(
      expect.arrayContaining([
        'ops.booking.paperwork_too_late',
        'intake.readiness.financial_policy_not_by_payer',
      ]),
    );
  });
});
