import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchedulingClientInput } from '../../../src/scheduling/appointments/client-profile.js';
import { evaluateMissedSessionFee } from '../../../src/scheduling/fees/cancellation-fee.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/fees/cancellation-policy.js';
import { thrown } from '../../validation-subject.js';
import { session } from '../scheduling-fixtures.js';

// A session missed while its client's crisis was open stays the clinician's to decide after the crisis is
// closed: the library makes no clinical judgement, and the on-call clinician acts while a crisis is open
// [sources: samhsa-988]. `crisisPeriods` tells evaluateMissedSessionFee when crises were open, not only now.

const AS_OF = '2026-03-12T09:00:00-04:00';
const policy: CancellationPolicyInput = { practiceZone: 'America/New_York' };
const adult: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  birthDate: '1988-04-12',
};
// Tuesday 2026-03-10 10:00 in New York, $150, cancelled by the client at 07:00 (3 hours' notice: late).
const lateCancel = session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
  sessionFeeCents: 15_000,
  status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
});
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const fee = (crisisPeriods: object[], extra: object = {}) =>
  evaluateMissedSessionFee(lateCancel, adult, policy, { asOf: AS_OF, crisisPeriods, ...extra } as never);

describe('evaluateMissedSessionFee with crisis periods', () => {
  it('holds the fee of a session cancelled while the crisis was open, closed on 2026-03-11 since', () => {
    const d = fee([{ clientId: 'c-1', from: '2026-03-09T22:00:00-04:00', to: '2026-03-11T15:00:00-04:00' }]);
    expect(d).toMatchObject({ outcome: 'undecided', feeCents: 0, waiverUsed: false });
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.crisis_open',
      facts: { clientIds: ['c-1'], crisisAtSessionClientIds: ['c-1'], route: 'clinician' },
    });
  });

  it('holds it for a crisis raised between the 07:00 cancellation and the 10:00 start', () => {
    const d = fee([{ clientId: 'c-1', from: '2026-03-10T08:30:00-04:00', to: '2026-03-10T12:00:00-04:00' }]);
    expect(codes(d)[0]).toBe('scheduling.cancellation.crisis_open');
  });

  it('charges the fee for a crisis closed before the cancellation (closed 06:59) or raised after the start', () => {
    const before = fee([
      { clientId: 'c-1', from: '2026-03-01T09:00:00-05:00', to: '2026-03-10T06:59:00-04:00' },
    ]);
    expect(before).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
    const after = fee([{ clientId: 'c-1', from: '2026-03-10T10:00:01-04:00' }]);
    expect(after).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
  });

  it('ignores a period of another client, and one raised after asOf (not known yet)', () => {
    expect(fee([{ clientId: 'c-9', from: '2026-03-09T22:00:00-04:00' }]).outcome).toBe('charge');
    const later = evaluateMissedSessionFee(lateCancel, adult, policy, {
      asOf: '2026-03-10T11:00:00-04:00',
      crisisPeriods: [{ clientId: 'c-1', from: '2026-03-10T07:30:00-04:00' }],
    });
    expect(later.outcome).toBe('undecided');
    const notYet = evaluateMissedSessionFee(lateCancel, adult, policy, {
      asOf: '2026-03-10T07:10:00-04:00',
      crisisPeriods: [{ clientId: 'c-1', from: '2026-03-10T07:30:00-04:00' }],
    });
    expect(codes(notYet)).not.toContain('scheduling.cancellation.crisis_open');
  });

  it('lets the clinician’s decision after the close decide it: waive, then charge', () => {
    const period = [{ clientId: 'c-1', from: '2026-03-09T22:00:00-04:00', to: '2026-03-11T15:00:00-04:00' }];
    const decided = (decision: 'charge' | 'waive') =>
      fee(period, {
        clinicianFeeDecisions: [
          { appointmentId: 'a-1', clinicianId: 'dr-lee', decision, at: '2026-03-11T16:00:00-04:00' },
        ],
      });
    expect(decided('waive')).toMatchObject({ outcome: 'no_charge', feeCents: 0 });
    expect(decided('charge')).toMatchObject({ outcome: 'charge', feeCents: 15_000 });
  });

  it('rejects a period that ends before it starts, by path, without echoing it', () => {
    const e = thrown(() =>
      fee([{ clientId: 'c-1', from: '2026-03-10T09:00:00-04:00', to: '2026-03-10T08:00:00-04:00' }]),
    );
    expect(e.issues.map((i) => i.at)).toEqual(['$.options.crisisPeriods[0].to']);
    expect(JSON.stringify(e)).not.toContain('08:00');
  });

  it('never charges more with crisis periods than without, and never charges a session inside one (property)', () => {
    const hour = 3_600_000;
    const t0 = Date.parse('2026-03-10T07:00:00-04:00');
    fc.assert(
      fc.property(fc.integer({ min: -48, max: 48 }), fc.integer({ min: 0, max: 72 }), (fromH, lengthH) => {
        const from = new Date(t0 + fromH * hour).toISOString();
        const to = new Date(t0 + (fromH + lengthH) * hour).toISOString();
        const d = fee([{ clientId: 'c-1', from, to }]);
        expect(d.feeCents).toBeLessThanOrEqual(15_000);
        // The window from the 07:00 cancellation to the 10:00 start.
        const overlaps = t0 + fromH * hour <= t0 + 3 * hour && t0 + (fromH + lengthH) * hour > t0;
        const known = t0 + fromH * hour <= Date.parse(AS_OF);
        expect(d.outcome).toBe(overlaps && known ? 'undecided' : 'charge');
      }),
    );
  });
});
