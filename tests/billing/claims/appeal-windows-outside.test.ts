// bill38, an outside tester's cases on every function that computes an appeal deadline, written from the rules:
// - Medicare redetermination: within 120 days of receiving the initial determination, received 5 days after the
//   notice's date unless shown otherwise [sources: cfr-42-405.942, cfr-42-405.902]; calendar days
//   [sources: mac-palmetto-appeals-timeliness]; reconsideration within 180 days of the redetermination
//   [sources: cfr-42-405.962].
// - Commercial group health plans: at least 180 days after receipt of an adverse benefit determination for an
//   internal appeal [sources: cfr-45-147.136, cfr-29-2560.503-1].
// - A missing notice date leaves the deadline unknown: undecided, never a guessed date.
import { describe, expect, it } from 'vitest';
import { buildFollowUpQueue } from '../../../src/billing/claims/follow-up.js';
import { evaluateTimelyFiling, type TimelyFilingCase } from '../../../src/billing/claims/timely-filing.js';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/coverage/payer-profile.js';
import { triageDenial } from '../../../src/billing/remittance/denial-triage.js';
import { listDenialsToWork } from '../../../src/billing/remittance/denial-worklist.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { claim, line } from './claim-fixtures.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE.filing;
// A group health plan's internal appeal: the 180 days of 29 CFR 2560.503-1(h)(3)(i).
const GROUP_HEALTH_PLAN = {
  ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing,
  appeal: { amount: 180, unit: 'days' as const },
};
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

const appeal = (startDate: string | undefined, extra: Partial<TimelyFilingCase> = {}): TimelyFilingCase =>
  ({
    claimId: 'c-1',
    kind: 'appeal',
    serviceDate: '2025-11-03',
    ...(startDate === undefined ? {} : { startDate }),
    ...extra,
  }) as TimelyFilingCase;

const era = (paidOn: string, group: 'CO' | 'PR', carc: string): RemittanceInput => ({
  remittanceId: 'era-1',
  payerId: 'p-1',
  paidOn,
  claims: [
    {
      claimId: 'c-1',
      chargeCents: 15_000,
      paidCents: 0,
      lines: [
        {
          procedureCode: '90834',
          chargeCents: 15_000,
          paidCents: 0,
          adjustments: [{ group, carc, amountCents: 15_000 }],
        },
      ],
    },
  ],
});

describe('Medicare redetermination: 120 days from receipt, presumed 5 days after the notice (outside tester)', () => {
  const cases: readonly [string, string, string][] = [
    ['2026-09-01', '2027-01-04', 'received 2026-09-06; 120 days cross the year end'],
    ['2027-10-27', '2028-02-29', 'the last day is leap day 2028'],
    ['2026-08-23', '2026-12-26', 'the last day is a Saturday: calendar days, not moved'],
    ['2026-07-01', '2026-11-03', 'notice the day before Independence Day week; last day Election Tuesday'],
  ];
  for (const [notice, deadline, why] of cases) {
    it(`notice ${notice}: last day ${deadline} (${why})`, () => {
      expect(evaluateTimelyFiling(appeal(notice), MEDICARE, { asOf: notice }).deadline).toBe(deadline);
    });
  }

  it('a redetermination asked on the last day is on time, the day after late (notice 2026-09-01)', () => {
    expect(
      evaluateTimelyFiling(appeal('2026-09-01', { filedOn: '2027-01-04' }), MEDICARE, { asOf: '2027-01-10' })
        .outcome,
    ).toBe('on_time');
    expect(
      evaluateTimelyFiling(appeal('2026-09-01', { filedOn: '2027-01-05' }), MEDICARE, { asOf: '2027-01-10' })
        .outcome,
    ).toBe('late');
  });

  it('the reconsideration: 180 days from receipt of the redetermination of 2026-11-20 (last day 2027-05-24)', () => {
    expect(
      evaluateTimelyFiling(appeal('2026-11-20', { appealLevel: 2 }), MEDICARE, { asOf: '2026-11-20' })
        .deadline,
    ).toBe('2027-05-24');
  });

  it('no notice date: the appeal deadline is undecided, never a guessed date', () => {
    const d = evaluateTimelyFiling(appeal(undefined), MEDICARE, { asOf: '2026-12-07' });
    expect(d.outcome).toBe('undecided');
    expect(d.deadline).toBeNull();
    expect(codes(d.reasons)).toContain('billing.filing.start_unknown');
  });

  it('triage: a CO-50 denied on 2026-12-31 may be appealed through 2027-05-05 (125 days from the notice)', () => {
    const t = triageDenial(
      { group: 'CO', carc: '50', amountCents: 15_000 },
      { payerKind: 'medicare', decisionDate: '2026-12-31', appealWindow: MEDICARE.appeal },
    );
    expect(t.appealDeadline).toBe('2027-05-05');
  });

  it('triage: no decision date, the appeal deadline is unknown and says so', () => {
    const t = triageDenial(
      { group: 'CO', carc: '50', amountCents: 15_000 },
      { payerKind: 'medicare', appealWindow: MEDICARE.appeal },
    );
    expect(t.appealable).toBe(true);
    expect(t.appealDeadline).toBeNull();
    expect(codes(t.reasons)).toContain('billing.denial.appeal_deadline_unknown');
  });

  it('the worklist: Medicare CO-29 on 2026-12-31 has no appeal deadline (timely-filing denials are not appealable)', () => {
    const [item] = listDenialsToWork(era('2026-12-31', 'CO', '29'), {
      payerKind: 'medicare',
      appealWindow: MEDICARE.appeal,
    });
    expect(item?.triage.appealable).toBe(false);
    expect(item?.triage.appealDeadline).toBeNull();
  });

  it('the worklist: a deductible applied (PR-1) on 2026-12-31 is not a denial to appeal and is not listed', () => {
    expect(
      listDenialsToWork(era('2026-12-31', 'PR', '1'), {
        payerKind: 'medicare',
        appealWindow: MEDICARE.appeal,
        qualifiedMedicareBeneficiary: false,
        hasSecondaryCoverage: false,
      }),
    ).toEqual([]);
  });
});

describe('A group health plan’s internal appeal: 180 days after receipt (outside tester)', () => {
  it('decision 2027-09-03: last day 2028-03-01, the 180 days counting 2028-02-29', () => {
    expect(
      evaluateTimelyFiling(appeal('2027-09-03'), GROUP_HEALTH_PLAN, { asOf: '2027-09-03' }).deadline,
    ).toBe('2028-03-01');
  });

  it('the worklist with a 180-day window: a CO-50 on 2026-12-31 is due 2027-06-29', () => {
    const [item] = listDenialsToWork(era('2026-12-31', 'CO', '50'), {
      payerKind: 'commercial',
      appealWindow: GROUP_HEALTH_PLAN.appeal,
    });
    expect(item?.triage.appealDeadline).toBe('2027-06-29');
  });

  it('the commercial example’s 60 days is earlier than the plan’s 180, never later (a safe internal target)', () => {
    const example = evaluateTimelyFiling(appeal('2026-04-10'), COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing, {
      asOf: '2026-04-10',
    }).deadline;
    const plan = evaluateTimelyFiling(appeal('2026-04-10'), GROUP_HEALTH_PLAN, {
      asOf: '2026-04-10',
    }).deadline;
    expect(example).toBe('2026-06-09');
    expect(plan).toBe('2026-10-07');
    expect((example ?? '') < (plan ?? '')).toBe(true);
  });
});

describe('The follow-up queue’s appeal date (outside tester)', () => {
  // A Medicare claim for a 2026-11-02 session, filed 2026-11-10 and denied (CO-50) on 2026-12-31.
  const deniedOn = (status: 'denied' | 'paid', on: string) =>
    claim({
      claimId: 'c-1',
      payerId: MEDICARE_PAYER_PROFILE_EXAMPLE.payerId,
      status,
      history: [
        { from: 'draft', to: 'ready', on: '2026-11-10' },
        { from: 'ready', to: 'submitted', on: '2026-11-10' },
        { from: 'submitted', to: 'accepted', on: '2026-11-10' },
        { from: 'accepted', to: status, on },
      ],
      lines: [line({ serviceDate: '2026-11-02' })],
    });

  it('a CO-50 denied on 2026-12-31: appeal by 2027-05-05, the redetermination’s 120 days from receipt', () => {
    const q = buildFollowUpQueue(
      {
        claims: [deniedOn('denied', '2026-12-31')],
        balances: [
          {
            claimId: 'c-1',
            chargeCents: 15_000,
            deniedCents: 15_000,
            denials: [{ group: 'CO', carc: '50' }],
          },
        ],
        profiles: [MEDICARE_PAYER_PROFILE_EXAMPLE],
      },
      { asOf: '2027-01-04' },
    );
    expect(q.map((e) => [e.action, e.deadline])).toEqual([['appeal', '2027-05-05']]);
  });

  it('paid $0, all to the deductible (2026-12-31): nothing to appeal', () => {
    const q = buildFollowUpQueue(
      {
        claims: [deniedOn('paid', '2026-12-31')],
        balances: [
          {
            claimId: 'c-1',
            chargeCents: 15_000,
            contractualCents: 4_000,
            clientResponsibility: { deductibleCents: 11_000 },
          },
        ],
        profiles: [MEDICARE_PAYER_PROFILE_EXAMPLE],
      },
      { asOf: '2027-01-04' },
    );
    expect(q.filter((e) => e.action === 'appeal')).toEqual([]);
  });
});
