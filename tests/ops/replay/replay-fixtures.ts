// A small practice's two months of missed sessions (March and April 2026, New York), written out so the
// fees under a 24- and a 48-hour window can be counted by hand.
import { createStarterPractice, type PracticeData } from '../../../src/ops/index.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/index.js';

const session = (id: string, clientId: string, start: string, status: object) => ({
  id,
  clinicianId: 'clin-01',
  clientIds: [clientId],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start,
  end: start.replace(/T(\d\d):00/, (_, h) => `T${h}:53`),
  sessionFeeCents: 15_000,
  status,
});
const cancelled = (at: string) => ({ state: 'cancelled', by: 'client', at });

/**
 * client-001 is commercial, client-002 Medicaid, client-003 self-pay; each acknowledged the policy on
 * 2026-03-01. The $150 sessions:
 * - a-01 client-001, Tue 03-10 10:00, cancelled Mon 07:00 (27 h): late only under 48 h
 * - a-02 client-003, Thu 03-19 14:00, cancelled that morning at 08:00 (6 h): late under both
 * - a-03 client-002, Tue 03-24 10:00, cancelled Mon 09:00 (25 h): Medicaid, never charged
 * - a-04 client-003, Wed 04-08 09:00, cancelled Mon 17:00 (40 h): late only under 48 h
 * - a-05 client-001, Tue 04-14 10:00, no-show: charged under both
 * - a-06 client-001, Fri 04-24 15:00, cancelled Tue 15:00 (72 h): on time under both
 * - a-07 client-003, Mon 04-27 11:00, cancelled by the clinician: never a fee
 */
export function twoMonths(): PracticeData {
  const data = createStarterPractice({ asOf: '2026-04-30', clinicians: 1 });
  return {
    ...data,
    appointments: [
      session('a-01', 'client-001', '2026-03-10T10:00:00-04:00', cancelled('2026-03-09T07:00:00-04:00')),
      session('a-02', 'client-003', '2026-03-19T14:00:00-04:00', cancelled('2026-03-19T08:00:00-04:00')),
      session('a-03', 'client-002', '2026-03-24T10:00:00-04:00', cancelled('2026-03-23T09:00:00-04:00')),
      session('a-04', 'client-003', '2026-04-08T09:00:00-04:00', cancelled('2026-04-06T17:00:00-04:00')),
      session('a-05', 'client-001', '2026-04-14T10:00:00-04:00', { state: 'no_show' }),
      session('a-06', 'client-001', '2026-04-24T15:00:00-04:00', cancelled('2026-04-21T15:00:00-04:00')),
      session('a-07', 'client-003', '2026-04-27T11:00:00-04:00', {
        state: 'cancelled',
        by: 'clinician',
        at: '2026-04-20T09:00:00-04:00',
      }),
    ],
  } as PracticeData;
}

/** The fixture's cancellation policy with a notice window of `hours`. */
export const windowOf = (
  hours: number,
  extra: Partial<CancellationPolicyInput> = {},
): CancellationPolicyInput => ({
  practiceZone: 'America/New_York',
  notice: { unit: 'hours', hours },
  ...extra,
});
