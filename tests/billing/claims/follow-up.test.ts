import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/claims/claim.js';
import {
  type BuildFollowUpQueueOptions,
  buildFollowUpQueue,
  buildFollowUpQueueFromValidated,
  buildFollowUpQueueWithClaims,
  FollowUpInput,
  FollowUpPolicy,
} from '../../../src/billing/claims/follow-up.js';
import type { ClaimStatus } from '../../../src/billing/claims/status.js';
import { evaluateTimelyFiling } from '../../../src/billing/claims/timely-filing.js';
import { ValidationError } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { COMMERCIAL, claim, line, MEDICARE } from './claim-fixtures.js';

const ASOF = '2026-05-01';

/** A claim with DOS `dos` whose history is the given dated moves. */
function dated(
  id: string,
  moves: [ClaimStatus, string][],
  dos = '2026-03-02',
  chargeCents = 15_000,
): ClaimInput {
  let from: ClaimStatus = 'draft';
  const history = moves.map(([to, on]) => {
    const change = { from, to, on };
    from = to;
    return change;
  });
  return claim({ claimId: id, status: from, history, lines: [line({ serviceDate: dos, chargeCents })] });
}

/** A claim filed (submitted and accepted) on `filedOn`, then moved on as told. */
const filed = (id: string, filedOn: string, then: [ClaimStatus, string][] = [], dos = '2025-12-01') =>
  dated(id, [['ready', filedOn], ['submitted', filedOn], ['accepted', filedOn], ...then], dos);

const actions = (q: readonly { claimId: string; action: string }[]) => q.map((e) => [e.claimId, e.action]);

describe('buildFollowUpQueue', () => {
  it('lists unsubmitted, rejected and expired claims with their filing deadlines, passed deadlines first', () => {
    const q = buildFollowUpQueue(
      {
        claims: [
          dated('draft', []),
          dated(
            'rejected',
            [
              ['ready', '2026-03-03'],
              ['submitted', '2026-03-03'],
              ['rejected', '2026-03-04'],
            ],
            '2026-03-20',
          ),
          dated('expired', [], '2026-01-15'),
        ],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(q.map((e) => [e.rank, e.claimId, e.action, e.deadline, e.daysLeft])).toEqual([
      [1, 'expired', 'review_write_off', '2026-04-15', -16],
      [2, 'draft', 'submit', '2026-05-31', 30],
      [3, 'rejected', 'fix_and_resubmit', '2026-06-18', 48],
    ]);
    expect(q[0]?.reasons.map((r) => r.code)).toEqual([
      'billing.claim.past_timely_filing',
      'billing.follow_up.ranked',
    ]);
  });

  it('asks to fix a claim the scrubber blocks before it can be submitted, with the problems', () => {
    const q = buildFollowUpQueue(
      { claims: [{ ...dated('no-npi', []), renderingNpi: undefined }], profiles: [COMMERCIAL] },
      { asOf: ASOF },
    );
    expect(q[0]?.action).toBe('fix_before_submit');
    expect(q[0]?.reasons.map((r) => r.code)).toEqual([
      'billing.scrub.missing_rendering_npi',
      'billing.follow_up.scrub_failed',
      'billing.follow_up.ranked',
      // Scrubbed without the client's other claims of the day (none given): said, as info (bill37).
      'billing.scrub.same_day_claims_not_given',
    ]);
  });

  it('asks to fix and resend a rejected claim whatever the scrubber finds, with the problems it finds', () => {
    const rejected = dated('rejected-no-npi', [
      ['ready', '2026-03-03'],
      ['submitted', '2026-03-03'],
      ['rejected', '2026-03-04'],
    ]);
    const q = buildFollowUpQueue(
      { claims: [{ ...rejected, renderingNpi: undefined }, rejected], profiles: [COMMERCIAL] },
      { asOf: ASOF },
    );
    expect(q.map((e) => e.action)).toEqual(['fix_and_resubmit', 'fix_and_resubmit']);
    expect(q.map((e) => e.reasons.map((r) => r.code))).toEqual([
      [
        'billing.scrub.missing_rendering_npi',
        'billing.follow_up.rejected',
        'billing.follow_up.ranked',
        'billing.scrub.same_day_claims_not_given',
      ],
      ['billing.follow_up.rejected', 'billing.follow_up.ranked', 'billing.scrub.same_day_claims_not_given'],
    ]);
  });

  it('chases claims in the payer’s hands by age from the date of service: acknowledgment, status check, call, escalation, senior review', () => {
    const q = buildFollowUpQueue(
      {
        claims: [
          dated(
            'sent-3d',
            [
              ['ready', '2026-04-28'],
              ['submitted', '2026-04-28'],
            ],
            '2026-04-20',
          ),
          dated(
            'sent-1d',
            [
              ['ready', '2026-04-30'],
              ['submitted', '2026-04-30'],
            ],
            '2026-04-20',
          ),
          filed('filed-10d', '2026-04-21'),
          filed('filed-35d', '2026-03-27', [], '2026-03-27'),
          filed('filed-65d', '2026-02-25', [['pending', '2026-03-01']], '2026-02-25'),
          filed('filed-95d', '2026-01-26', [], '2026-01-26'),
          filed('filed-125d', '2025-12-27', [], '2025-12-20'),
          filed('paid', '2026-02-01', [['paid', '2026-03-01']]),
        ],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(actions(q).sort()).toEqual([
      ['filed-125d', 'review_write_off'],
      ['filed-35d', 'check_status'],
      ['filed-65d', 'call_payer'],
      ['filed-95d', 'escalate'],
      ['sent-3d', 'check_acknowledgment'],
    ]);
    expect(q.find((e) => e.claimId === 'filed-35d')?.owner).toBe('assistant');
  });

  it('picks the denial’s next action from its codes, with the appeal deadline', () => {
    const denied = (id: string) => filed(id, '2026-03-10', [['denied', '2026-04-10']]);
    const balance = (claimId: string, denials: { group: 'CO' | 'OA'; carc: string }[]) => ({
      claimId,
      chargeCents: 15_000,
      deniedCents: 15_000,
      denials,
    });
    const q = buildFollowUpQueue(
      {
        claims: [denied('auth'), denied('info'), denied('necessity'), denied('dup'), denied('no-codes')],
        balances: [
          balance('auth', [{ group: 'CO', carc: '197' }]),
          balance('info', [{ group: 'CO', carc: '16' }]),
          balance('necessity', [{ group: 'CO', carc: '50' }]),
          balance('dup', [{ group: 'OA', carc: '18' }]),
        ],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(actions(q).sort()).toEqual([
      ['auth', 'appeal'],
      ['dup', 'work_denial'],
      ['info', 'correct_and_resubmit'],
      ['necessity', 'appeal'],
      ['no-codes', 'work_denial'],
    ]);
    const necessity = q.find((e) => e.claimId === 'necessity');
    expect(necessity).toMatchObject({ owner: 'clinician', deadline: '2026-06-09', daysLeft: 39 });
    expect(necessity?.reasons.map((r) => r.code)).toContain('billing.denial.clinician_review');
    expect(q.find((e) => e.claimId === 'no-codes')?.reasons.map((r) => r.code)).toContain(
      'billing.follow_up.denial_unclassified',
    );
  });

  it('uses the practice’s own denial rules to pick the action', () => {
    const q = buildFollowUpQueue(
      {
        claims: [filed('z9', '2026-03-10', [['denied', '2026-04-10']])],
        balances: [
          { claimId: 'z9', chargeCents: 15_000, deniedCents: 15_000, denials: [{ group: 'CO', carc: 'Z9' }] },
        ],
        profiles: [COMMERCIAL],
      },
      {
        asOf: ASOF,
        denialRules: [
          {
            carc: 'Z9',
            description: 'Coding edit.',
            category: 'coding',
            action: 'correct_and_resubmit',
            owner: 'biller',
            source: 'our policy',
          },
        ],
      },
    );
    expect(q[0]?.action).toBe('correct_and_resubmit');
  });

  it('sends a denial whose appeal window has closed to write-off review', () => {
    const q = buildFollowUpQueue(
      { claims: [filed('old', '2026-01-10', [['denied', '2026-02-01']])], profiles: [COMMERCIAL] },
      // After the corrected-claim window too (90 days from 2026-02-01): no codes, nothing left to try.
      { asOf: '2026-05-10' },
    );
    expect(q[0]).toMatchObject({ action: 'review_write_off', deadline: '2026-04-02' });
  });

  it('checks on an appeal with no answer after the status-check horizon', () => {
    const q = buildFollowUpQueue(
      {
        claims: [
          filed('appeal-40d', '2026-01-10', [
            ['denied', '2026-03-01'],
            ['appealed', '2026-03-22'],
          ]),
          filed('appeal-5d', '2026-01-10', [
            ['denied', '2026-04-01'],
            ['appealed', '2026-04-26'],
          ]),
        ],
        profiles: [MEDICARE, COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(actions(q)).toEqual([['appeal-40d', 'check_appeal_status']]);
  });

  it('asks to correct and resend a claim returned as unprocessable, racing the date-of-service deadline', () => {
    const returned = claim({
      ...dated('returned', [
        ['ready', '2025-03-01'],
        ['submitted', '2025-03-01'],
        ['accepted', '2025-03-02'],
        ['unprocessable', '2025-04-10'],
      ]),
      payerId: MEDICARE.payerId,
      lines: [line({ serviceDate: '2025-05-09' })],
    });
    // DOS 2025-05-09: due Saturday 2026-05-09, moved to Monday 2026-05-11.
    const q = buildFollowUpQueue({ claims: [returned], profiles: [MEDICARE] }, { asOf: ASOF });
    expect(q[0]).toMatchObject({ action: 'fix_and_resubmit', deadline: '2026-05-11', daysLeft: 10 });
    expect(q[0]?.reasons.map((r) => r.code)).toContain('billing.follow_up.unprocessable');
    // Past the deadline it goes to write-off review like any expired claim.
    expect(
      buildFollowUpQueue({ claims: [returned], profiles: [MEDICARE] }, { asOf: '2026-05-12' })[0]?.action,
    ).toBe('review_write_off');
  });

  it('works a recouped claim by the appeal window from the recoupment date', () => {
    const recouped = filed('recouped', '2026-03-05', [
      ['paid', '2026-03-20'],
      ['recouped', '2026-04-20'],
    ]);
    const q = buildFollowUpQueue({ claims: [recouped], profiles: [COMMERCIAL] }, { asOf: ASOF });
    expect(q[0]).toMatchObject({
      action: 'work_recoupment',
      owner: 'biller',
      deadline: '2026-06-19',
      daysLeft: 49,
    });
    expect(q[0]?.reasons.map((r) => r.code)).toContain('billing.follow_up.recouped');
  });

  it('works an open recoupment first whatever the status: a claim still accepted, or partially paid, whose payment was taken back', () => {
    const balance = (claimId: string) => ({
      claimId,
      chargeCents: 15_000,
      paidCents: -9_000,
      postedRemittanceIds: ['era-2'],
      recoupments: [{ remittanceId: 'era-2', on: '2026-04-20', recoupedCents: 9_000 }],
    });
    const accepted = filed('accepted', '2026-03-05');
    const partial = filed('partial', '2026-03-05', [['partially_paid', '2026-03-20']]);
    const q = buildFollowUpQueue(
      {
        claims: [accepted, partial],
        balances: [balance('accepted'), balance('partial')],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(q.map((e) => [e.claimId, e.action, e.deadline])).toEqual([
      ['accepted', 'work_recoupment', '2026-06-19'],
      ['partial', 'work_recoupment', '2026-06-19'],
    ]);
    // Without the recoupment the same claims wait on the payer or go to appeal.
    expect(
      actions(buildFollowUpQueue({ claims: [accepted, partial], profiles: [COMMERCIAL] }, { asOf: ASOF })),
    ).not.toContainEqual(['accepted', 'work_recoupment']);
  });

  it('puts a paid or closed claim back in the queue when its balance shows a payment taken back', () => {
    const balance = (claimId: string, settledBy?: string) => ({
      claimId,
      chargeCents: 15_000,
      paidCents: 0,
      postedRemittanceIds: ['era-1', 'era-2'],
      recoupments: [
        {
          remittanceId: 'era-2',
          on: '2026-04-20',
          recoupedCents: 9_000,
          ...(settledBy ? { settledBy } : {}),
        },
      ],
    });
    const paid = filed('paid', '2026-03-05', [['paid', '2026-03-20']]);
    const closed = filed('closed', '2026-03-05', [
      ['paid', '2026-03-20'],
      ['closed', '2026-03-25'],
    ]);
    const q = buildFollowUpQueue(
      { claims: [paid, closed], balances: [balance('paid'), balance('closed')], profiles: [COMMERCIAL] },
      { asOf: ASOF },
    );
    expect(q.map((e) => [e.claimId, e.action, e.balanceCents, e.deadline])).toEqual([
      ['closed', 'work_recoupment', 15_000, '2026-06-19'],
      ['paid', 'work_recoupment', 15_000, '2026-06-19'],
    ]);
    expect(q[0]?.reasons.find((r) => r.code === 'billing.follow_up.recouped')?.facts).toMatchObject({
      recoupedOn: '2026-04-20',
      recoupedCents: 9_000,
    });
    // Once a later remittance settles it, the paid claim has nothing left to do.
    expect(
      buildFollowUpQueue(
        { claims: [paid], balances: [balance('paid', 'era-3')], profiles: [COMMERCIAL] },
        { asOf: ASOF },
      ),
    ).toEqual([]);
  });

  it('gives a Medicare secondary claim the date-of-service deadline, not one from the primary’s remittance', () => {
    const sec = claim({
      ...dated('secondary', [], '2025-06-02'),
      payerId: MEDICARE.payerId,
      coverage: 'secondary',
      primaryRemittanceDate: '2026-04-01',
    });
    const q = buildFollowUpQueue({ claims: [sec], profiles: [MEDICARE] }, { asOf: ASOF });
    expect(q[0]).toMatchObject({ action: 'submit', deadline: '2026-06-02', daysLeft: 32 });
  });

  it('asks to submit a claim whose first line is past its deadline while a later one is not, racing the later one', () => {
    const monthly = claim({
      ...dated('monthly', [], '2026-01-05'),
      lines: [line({ serviceDate: '2026-01-05' }), line({ lineId: '2', serviceDate: '2026-02-02' })],
    });
    // 90 days: 2026-01-05 was due 2026-04-05; 2026-02-02 is due 2026-05-03.
    const q = buildFollowUpQueue({ claims: [monthly], profiles: [COMMERCIAL] }, { asOf: ASOF });
    expect(q[0]).toMatchObject({ action: 'submit', deadline: '2026-05-03', daysLeft: 2 });
  });

  it('asks for the payer profile when it is missing', () => {
    const q = buildFollowUpQueue(
      { claims: [claim({ payerId: 'payer-unknown' })], profiles: [COMMERCIAL] },
      { asOf: ASOF },
    );
    expect(q[0]).toMatchObject({ action: 'add_payer_profile', deadline: null });
    expect(q[0]?.reasons.map((r) => r.code)).toEqual([
      'billing.follow_up.payer_profile_missing',
      'billing.follow_up.ranked',
    ]);
  });

  it('breaks deadline ties by balance at stake, then age, then claim id', () => {
    const q = buildFollowUpQueue(
      {
        claims: [
          dated('b-small', [], '2026-03-02', 5_000),
          dated('a-small', [], '2026-03-02', 5_000),
          dated('big', [], '2026-03-02', 25_000),
        ],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(q.map((e) => e.claimId)).toEqual(['big', 'a-small', 'b-small']);
    expect(q[2]?.reasons.find((r) => r.code === 'billing.follow_up.ranked')?.facts).toEqual({
      rank: 3,
      daysLeft: 30,
      balanceCents: 5_000,
      ageDays: 60,
    });
  });

  it('uses the posted balance at stake when there is one', () => {
    const q = buildFollowUpQueue(
      {
        claims: [filed('partial', '2026-03-10', [['partially_paid', '2026-04-10']])],
        balances: [
          {
            claimId: 'partial',
            chargeCents: 15_000,
            paidCents: 9_000,
            deniedCents: 3_000,
            contractualCents: 3_000,
            denials: [{ group: 'CO', carc: '97' }],
          },
        ],
        profiles: [COMMERCIAL],
      },
      { asOf: ASOF },
    );
    expect(q[0]).toMatchObject({ action: 'correct_and_resubmit', balanceCents: 3_000 });
  });

  it('throws a ValidationError on a malformed claim or date', () => {
    expect(() =>
      buildFollowUpQueue({ claims: [claim({ lines: [] })], profiles: [] }, { asOf: ASOF }),
    ).toThrow(ValidationError);
    expect(() => buildFollowUpQueue({ claims: [], profiles: [] }, { asOf: '2026-02-30' })).toThrow(
      ValidationError,
    );
  });

  it('gives the same queue from validated input without validating again', () => {
    const input = {
      claims: [
        dated('d1', [], '2026-03-02', 5_000),
        filed('f1', '2026-03-01'),
        filed('den', '2026-03-10', [['denied', '2026-04-10']]),
      ],
      profiles: [COMMERCIAL],
    };
    const validated = FollowUpInput.parse(input);
    expect(buildFollowUpQueueFromValidated(validated, ASOF, FollowUpPolicy.parse({}))).toEqual(
      buildFollowUpQueue(input, { asOf: ASOF }),
    );
  });

  it('property: given the balances by claim, the same entries as buildFollowUpQueue, each with its claim', () => {
    const statuses: [ClaimStatus, string][][] = [
      [],
      [['denied', '2026-04-10']],
      [['pending', '2026-03-20']],
      [
        ['denied', '2026-03-12'],
        ['appealed', '2026-03-15'],
      ],
      [['paid', '2026-04-01']],
    ];
    const denials: { group: 'CO'; carc: string }[][] = [
      [],
      [{ group: 'CO', carc: '197' }],
      [{ group: 'CO', carc: '16' }],
    ];
    const claimArb = fc.record({
      filedOn: fc.constantFrom('2025-11-02', '2026-01-15', '2026-02-20', '2026-03-01'),
      moves: fc.constantFrom(...statuses),
      dos: fc.constantFrom('2025-09-01', '2025-10-01', '2025-11-01'),
      unfiled: fc.boolean(),
      balance: fc.option(fc.record({ deniedCents: fc.nat(15_000), denials: fc.constantFrom(...denials) })),
    });
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 12 }), (specs) => {
        const claims = specs.map((c, i) =>
          c.unfiled ? dated(`c${i}`, [], c.dos, 5_000 + i) : filed(`c${i}`, c.filedOn, c.moves, c.dos),
        );
        const balances = specs.flatMap((c, i) =>
          c.balance === null ? [] : [{ claimId: `c${i}`, chargeCents: 15_000, ...c.balance }],
        );
        const input = { claims, balances, profiles: [COMMERCIAL] };
        const validated = FollowUpInput.parse(input);
        const byClaim = new Map(validated.balances.map((b) => [b.claimId as string, b]));
        const queue = buildFollowUpQueueWithClaims(
          validated.claims,
          (c) => byClaim.get(c.claimId),
          validated.profiles,
          ASOF,
          FollowUpPolicy.parse({}),
        );
        expect(queue.entries).toEqual(buildFollowUpQueue(input, { asOf: ASOF }));
        expect(queue.claims.map((c) => c.claimId)).toEqual(queue.entries.map((e) => e.claimId));
      }),
    );
  });

  it('property: the queue is a total order independent of input order', () => {
    const pool = [
      dated('d1', [], '2026-03-02', 5_000),
      dated('d2', [], '2026-03-10', 5_000),
      dated('d3', [], '2026-02-10', 9_000),
      dated('d4', [], '2026-03-02', 9_000),
      filed('f1', '2026-03-01'),
      filed('f2', '2026-02-01'),
      filed('den', '2026-03-10', [['denied', '2026-04-10']]),
    ];
    const reference = buildFollowUpQueue({ claims: pool, profiles: [COMMERCIAL] }, { asOf: ASOF });
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
        const q = buildFollowUpQueue({ claims: shuffled, profiles: [COMMERCIAL] }, { asOf: ASOF });
        expect(q).toEqual(reference);
        expect(q.map((e) => e.rank)).toEqual(q.map((_, i) => i + 1));
      }),
      { numRuns: 50 },
    );
  });
});

describe('buildFollowUpQueue: a claim awaiting the payer is aged from its date of service', () => {
  const commercial180 = {
    ...COMMERCIAL,
    filing: { ...COMMERCIAL.filing, initial: { amount: 180, unit: 'days' as const } },
  };
  const step = (
    dos: string,
    filedOn: string,
    asOf: string,
    options: Partial<BuildFollowUpQueueOptions> = {},
  ) => {
    const q = buildFollowUpQueue(
      { claims: [filed('k1', filedOn, [], dos)], profiles: [commercial180] },
      { asOf, ...options },
    );
    const e = q[0];
    return e === undefined
      ? null
      : {
          action: e.action,
          codes: e.reasons.map((r) => r.code).filter((c) => c !== 'billing.follow_up.ranked'),
          facts: e.reasons.find((r) => r.code !== 'billing.follow_up.ranked')?.facts,
        };
  };

  it('walks the buckets for DOS and filing 2026-01-01: wait, status check, call, escalate from 91 days, senior review past 120', () => {
    expect(step('2026-01-01', '2026-01-01', '2026-01-31')).toBeNull();
    expect(step('2026-01-01', '2026-01-01', '2026-02-01')?.action).toBe('check_status');
    expect(step('2026-01-01', '2026-01-01', '2026-03-02')?.action).toBe('check_status');
    expect(step('2026-01-01', '2026-01-01', '2026-03-03')?.action).toBe('call_payer');
    expect(step('2026-01-01', '2026-01-01', '2026-04-01')?.action).toBe('call_payer');
    expect(step('2026-01-01', '2026-01-01', '2026-04-02')).toEqual({
      action: 'escalate',
      codes: ['billing.follow_up.escalate'],
      facts: { ageDays: 91, daysSinceFiling: 91, escalateDays: 90 },
    });
    expect(step('2026-01-01', '2026-01-01', '2026-05-01')?.action).toBe('escalate');
    expect(step('2026-01-01', '2026-01-01', '2026-05-02')).toEqual({
      action: 'review_write_off',
      codes: ['billing.follow_up.senior_review'],
      facts: { ageDays: 121, daysSinceFiling: 121, seniorReviewDays: 120 },
    });
  });

  it('escalates a claim of DOS 2025-11-01 filed 2026-01-01 on 2026-02-15: 106 days after the service', () => {
    expect(step('2025-11-01', '2026-01-01', '2026-02-15')).toEqual({
      action: 'escalate',
      codes: ['billing.follow_up.escalate'],
      facts: { ageDays: 106, daysSinceFiling: 45, escalateDays: 90 },
    });
  });

  it('gives the payer 30 days after a late filing before chasing it, whatever its age', () => {
    expect(step('2025-11-01', '2026-01-01', '2026-01-31')).toBeNull();
    expect(step('2025-11-01', '2026-01-01', '2026-02-01')?.action).toBe('escalate');
  });

  it('takes the practice’s own horizons', () => {
    expect(step('2026-01-01', '2026-01-01', '2026-04-02', { escalateDays: 100 })?.action).toBe('call_payer');
    expect(step('2026-01-01', '2026-01-01', '2026-04-02', { seniorReviewDays: 90 })?.action).toBe(
      'review_write_off',
    );
  });

  it('property: the step of a filed claim is its age bucket from the date of service once 30 days have passed since filing', () => {
    const rank = { check_status: 1, call_payer: 2, escalate: 3, review_write_off: 4 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2025-06-01'), max: toEpochDay('2026-06-01') }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 200 }),
        (dosDay, filingLag, afterFiling) => {
          const dos = fromEpochDay(dosDay);
          const filedOn = fromEpochDay(dosDay + filingLag);
          const asOf = fromEpochDay(dosDay + filingLag + afterFiling);
          const s = step(dos, filedOn, asOf);
          const age = filingLag + afterFiling;
          if (afterFiling <= 30) {
            expect(s).toBeNull();
            return;
          }
          const expected =
            age > 120 ? 'review_write_off' : age > 90 ? 'escalate' : age > 60 ? 'call_payer' : 'check_status';
          expect(s?.action).toBe(expected);
          expect(s?.facts).toMatchObject({ ageDays: age, daysSinceFiling: afterFiling });
          // A day later the step is never a lower bucket.
          const next = step(dos, filedOn, fromEpochDay(dosDay + age + 1));
          expect(rank[next?.action as keyof typeof rank]).toBeGreaterThanOrEqual(rank[expected]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('buildFollowUpQueue: a Medicare claim denied again after its redetermination', () => {
  it('asks for the reconsideration due 2025-11-02 (180 days from receipt), not a write-off review after 125 days', () => {
    const c = {
      ...dated(
        'redetermined',
        [
          ['ready', '2025-01-12'],
          ['submitted', '2025-01-13'],
          ['accepted', '2025-01-14'],
          ['denied', '2025-03-20'],
          ['appealed', '2025-04-01'],
          ['denied', '2025-05-01'],
        ],
        '2025-01-10',
      ),
      payerId: MEDICARE.payerId,
    };
    const balance = {
      claimId: 'redetermined',
      chargeCents: 15_000,
      deniedCents: 15_000,
      denials: [{ group: 'CO' as const, carc: '50' }],
      lastRemittanceOn: '2025-05-01',
      postedRemittanceIds: ['era-1'],
    };
    const q = buildFollowUpQueue(
      { claims: [c], balances: [balance], profiles: [MEDICARE] },
      { asOf: '2025-09-10' },
    );
    expect(q.map((e) => [e.action, e.deadline, e.daysLeft])).toEqual([['appeal', '2025-11-02', 53]]);
  });
});

describe('buildFollowUpQueue: a denial to correct races the corrected-claim window, not the appeal window', () => {
  const deniedOn = (id: string, payerId: string, dos: string, filedOn: string, deniedDate: string) => ({
    ...dated(
      id,
      [
        ['ready', filedOn],
        ['submitted', filedOn],
        ['accepted', filedOn],
        ['denied', deniedDate],
      ],
      dos,
    ),
    payerId,
  });
  const balanceOf = (claimId: string, denials: { group: 'CO' | 'PR'; carc: string }[]) => ({
    claimId,
    chargeCents: 15_000,
    deniedCents: 15_000,
    denials,
  });

  it('Medicare CO-4 (DOS 2025-01-10, denied 2025-03-01) on 2025-07-10: correct and resubmit by the reopening deadline, not a write-off review', () => {
    const c = deniedOn('co4', MEDICARE.payerId, '2025-01-10', '2025-02-01', '2025-03-01');
    const q = buildFollowUpQueue(
      { claims: [c], balances: [balanceOf('co4', [{ group: 'CO', carc: '4' }])], profiles: [MEDICARE] },
      { asOf: '2025-07-10' },
    );
    expect(q[0]).toMatchObject({ action: 'correct_and_resubmit' });
    // One year from the initial determination (2025-03-01), as evaluateTimelyFiling gives for a corrected claim.
    const corrected = evaluateTimelyFiling(
      { claimId: 'co4', kind: 'corrected', serviceDate: '2025-01-10', startDate: '2025-03-01' },
      MEDICARE.filing,
      { asOf: '2025-07-10' },
    );
    expect([q[0]?.deadline, q[0]?.daysLeft]).toEqual([corrected.deadline, corrected.daysLeft]);
    expect(q[0]?.reasons.map((r) => r.code)).toContain('billing.follow_up.corrected_window');
  });

  it('commercial CO-4 denied 2026-03-01, on 2026-05-05: correct by 2026-05-30 (90 days), past the appeal window', () => {
    const c = deniedOn('co4', COMMERCIAL.payerId, '2026-01-10', '2026-02-01', '2026-03-01');
    const q = buildFollowUpQueue(
      { claims: [c], balances: [balanceOf('co4', [{ group: 'CO', carc: '4' }])], profiles: [COMMERCIAL] },
      { asOf: '2026-05-05' },
    );
    expect(q[0]).toMatchObject({ action: 'correct_and_resubmit', deadline: '2026-05-30', daysLeft: 25 });
    // Once the corrected window has closed too, it is a write-off review on the corrected deadline.
    const late = buildFollowUpQueue(
      { claims: [c], balances: [balanceOf('co4', [{ group: 'CO', carc: '4' }])], profiles: [COMMERCIAL] },
      { asOf: '2026-06-01' },
    );
    expect(late[0]).toMatchObject({ action: 'review_write_off', deadline: '2026-05-30' });
    expect(late[0]?.reasons.find((r) => r.code === 'billing.claim.past_timely_filing')?.facts).toMatchObject({
      kind: 'corrected',
    });
  });

  it('a denial with no codes posted, past its appeal window but inside the corrected window: read the remittance, not a write-off review', () => {
    const c = deniedOn('no-codes', MEDICARE.payerId, '2025-01-10', '2025-02-01', '2025-03-01');
    const q = buildFollowUpQueue({ claims: [c], profiles: [MEDICARE] }, { asOf: '2025-07-10' });
    expect(q[0]).toMatchObject({ action: 'work_denial', deadline: '2026-03-01' });
    expect(
      q[0]?.reasons.find((r) => r.code === 'billing.follow_up.denial_unclassified')?.facts,
    ).toMatchObject({
      appealDeadline: '2025-07-04',
    });
    // Both windows closed: a write-off review.
    const late = buildFollowUpQueue({ claims: [c], profiles: [MEDICARE] }, { asOf: '2026-03-05' });
    expect(late[0]?.action).toBe('review_write_off');
  });

  it('an appealable denial beside a correctable one is appealed while the appeal window is open, then corrected', () => {
    const c = deniedOn('both', COMMERCIAL.payerId, '2026-01-10', '2026-02-01', '2026-03-01');
    const balances = [
      balanceOf('both', [
        { group: 'CO', carc: '197' },
        { group: 'CO', carc: '4' },
      ]),
    ];
    const open = buildFollowUpQueue(
      { claims: [c], balances, profiles: [COMMERCIAL] },
      { asOf: '2026-03-20' },
    );
    expect(open[0]?.action).toBe('appeal');
    const appealClosed = buildFollowUpQueue(
      { claims: [c], balances, profiles: [COMMERCIAL] },
      { asOf: '2026-05-05' },
    );
    expect(appealClosed[0]).toMatchObject({ action: 'correct_and_resubmit', deadline: '2026-05-30' });
  });

  it('property: a claim denied only for correctable codes goes to write-off review exactly when its corrected window has closed', () => {
    const correctable = ['4', '5', '16', '97', '146', '206'];
    fc.assert(
      fc.property(
        fc.constantFrom(...correctable),
        fc.constantFrom(COMMERCIAL, MEDICARE),
        fc.integer({ min: 0, max: 500 }),
        (carc, profile, daysAfter) => {
          const c = deniedOn('c', profile.payerId, '2025-01-10', '2025-02-01', '2025-03-01');
          const asOf = fromEpochDay(toEpochDay('2025-03-01') + daysAfter);
          const q = buildFollowUpQueue(
            { claims: [c], balances: [balanceOf('c', [{ group: 'CO', carc }])], profiles: [profile] },
            { asOf },
          );
          const corrected = evaluateTimelyFiling(
            { claimId: 'c', kind: 'corrected', serviceDate: '2025-01-10', startDate: '2025-03-01' },
            profile.filing,
            { asOf },
          );
          expect(q[0]?.action).toBe(
            corrected.outcome === 'expired' ? 'review_write_off' : 'correct_and_resubmit',
          );
          expect(q[0]?.deadline).toBe(corrected.deadline);
        },
      ),
    );
  });
});
