// What the network check says, word for word, when a termination for cause, an opt-out's end or a place on the
// preclusion list decides: the messages are what staff read, and a fact left out or a clause dropped from them
// changes what they do next.
import { describe, expect, it } from 'vitest';
import { evaluatePayerNetworkStatus, type PayerNetworkDecision } from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, enrollment } from '../credentials/credential-fixtures.js';

type Program = 'medicare' | 'medicare_advantage' | 'medicaid';
const said = (d: PayerNetworkDecision) => ({
  outcome: d.outcome,
  reasons: d.reasons.map((r) => [r.code, r.message]),
});
const check = (
  payerId: string,
  program: Program,
  serviceDate: string,
  query: object,
  effectiveOn = '2021-01-04',
) =>
  evaluatePayerNetworkStatus(
    [enrollment({ payerId, effectiveOn, credentialedOn: effectiveOn, ...CLAIMS_SUBMITTED })],
    { clinicianId: 'clin-ana', payerId, serviceDate, licenseType: 'LCSW', ...query },
    { payerPolicy: { payerId, program } },
  );
const BARRED =
  ": every state's Medicaid must terminate such a provider, so no Medicaid program or Medicaid managed care plan pays for this date of service. Do not bill it; take it to the compliance officer.";

describe('evaluatePayerNetworkStatus: its words on a termination for cause (42 CFR 455.416(c))', () => {
  it('names who terminated, from when and until when', () => {
    const cases: [object, string][] = [
      [
        { program: 'medicare', terminatedOn: '2026-03-01', reinstatedOn: '2026-06-01' },
        `The clinician was terminated for cause by Medicare from 2026-03-01 until 2026-06-01${BARRED}`,
      ],
      [
        { program: 'chip', state: 'PA', terminatedOn: '2026-03-01' },
        `The clinician was terminated for cause by PA's CHIP from 2026-03-01${BARRED}`,
      ],
      [
        { program: 'medicaid', terminatedOn: '2026-03-01' },
        `The clinician was terminated for cause by a state's Medicaid from 2026-03-01${BARRED}`,
      ],
    ];
    for (const [t, message] of cases) {
      const d = check('ny-medicaid', 'medicaid', '2026-03-05', { forCauseTerminations: [t] });
      expect(said(d)).toEqual({
        outcome: 'out_of_network',
        reasons: [['credentialing.medicaid.terminated_for_cause', message]],
      });
    }
    expect(
      check('ny-medicaid', 'medicaid', '2026-03-05', {
        forCauseTerminations: [
          { program: 'medicare', terminatedOn: '2026-03-01', reinstatedOn: '2026-06-01' },
        ],
      }).reasons[0]?.facts,
    ).toMatchObject({ terminatedInState: null, reinstatedOn: '2026-06-01', outcomeOtherwise: 'in_network' });
    expect(
      check('ny-medicaid', 'medicaid', '2026-03-05', {
        forCauseTerminations: [{ program: 'medicaid', state: 'NJ', terminatedOn: '2026-03-01' }],
      }).reasons[0]?.facts,
    ).toMatchObject({ terminatedInState: 'NJ', reinstatedOn: null });
  });

  it('says what is missing when the date is not recorded, and what the rule does not reach before 2011', () => {
    expect(
      said(
        check('ny-medicaid', 'medicaid', '2026-03-05', {
          forCauseTerminations: [{ program: 'medicaid', state: 'NJ' }],
        }),
      ),
    ).toEqual({
      outcome: 'undecided',
      reasons: [
        [
          'credentialing.medicaid.termination_date_unknown',
          "The clinician was terminated for cause by NJ's Medicaid, and the termination's date is not recorded: from that date every state's Medicaid must terminate them, so whether Medicaid pays this date of service is not known. Record the date from the termination notice before billing.",
        ],
      ],
    });
    expect(
      said(
        check('ny-medicaid', 'medicaid', '2026-03-05', {
          forCauseTerminations: [{ program: 'medicare', terminatedOn: '2010-06-01' }],
        }),
      ),
    ).toEqual({
      outcome: 'undecided',
      reasons: [
        [
          'credentialing.medicaid.termination_before_2011',
          "The clinician was terminated for cause by Medicare from 2010-06-01, before 2011-01-01: the rule that every state's Medicaid must terminate such a provider does not reach it, and the state may still deny or terminate. Confirm the enrollment with the state before billing.",
        ],
      ],
    });
  });

  it('keeps the reasons of a date that fails anyway, in order, beside the termination', () => {
    const unsure = check('ny-medicaid', 'medicaid', '2020-03-05', {
      forCauseTerminations: [{ program: 'medicaid', state: 'NJ' }],
    });
    expect(unsure.outcome).toBe('out_of_network');
    expect(unsure.reasons.map((r) => r.code)).toEqual([
      'credentialing.network.before_effective_date',
      'credentialing.medicaid.termination_date_unknown',
    ]);
    const barred = check('ny-medicaid', 'medicaid', '2020-03-05', {
      forCauseTerminations: [{ program: 'medicare', terminatedOn: '2019-03-01' }],
    });
    expect(barred.outcome).toBe('out_of_network');
    expect(barred.reasons.map((r) => r.code)).toEqual([
      'credentialing.medicaid.terminated_for_cause',
      'credentialing.network.before_effective_date',
    ]);
  });
});

describe("evaluatePayerNetworkStatus: its words on an opt-out's end that may not have ended it (42 CFR 405.445)", () => {
  const optOut = (medicareOptOut: object) =>
    said(
      check(
        'medicare',
        'medicare',
        '2026-07-01',
        { medicareOptOut, emergencyOrUrgentCare: false },
        '2022-01-03',
      ),
    );
  const held = (why: string, endsOn: string) => ({
    outcome: 'undecided',
    reasons: [
      [
        'credentialing.medicare.opt_out_end_unconfirmed',
        `The clinician's Medicare opt-out from 2025-01-01 is recorded as ending ${endsOn}, but ${why}: it may still stand. Confirm the end with the Medicare contractor's notice before billing Medicare.`,
      ],
    ],
  });
  const NEITHER =
    'an opt-out ends only by a cancellation at the end of a 2-year period or an early termination within 90 days of its effective date (by 2025-04-01), and this date is neither';

  it('says why: first opt-out not recorded, not a first opt-out, or a date that is neither end', () => {
    expect(optOut({ effectiveOn: '2025-01-01', endsOn: '2025-03-01' })).toEqual(
      held(
        'an early termination within 90 days is open only to a clinician who had not opted out before, and whether this was their first opt-out is not recorded',
        '2025-03-01',
      ),
    );
    expect(optOut({ effectiveOn: '2025-01-01', endsOn: '2025-03-01', firstOptOut: false })).toEqual(
      held(
        'an early termination is open only to a clinician who had not opted out before, and this clinician had',
        '2025-03-01',
      ),
    );
    expect(optOut({ effectiveOn: '2025-01-01', endsOn: '2025-06-15', firstOptOut: true })).toEqual(
      held(NEITHER, '2025-06-15'),
    );
    expect(optOut({ effectiveOn: '2025-01-01', endsOn: '2025-06-15', firstOptOut: false })).toEqual(
      held(NEITHER, '2025-06-15'),
    );
  });
});

describe('evaluatePayerNetworkStatus: its words on the preclusion list (42 CFR 422.222)', () => {
  const ma = (planDenials: object[]) =>
    said(
      check(
        'humana-ma',
        'medicare_advantage',
        '2026-05-04',
        { medicareAdvantagePreclusion: { listedOn: '2026-04-01', planDenials } },
        '2024-01-02',
      ),
    );

  it("names the list's date, the plan and the plan's date, or what is missing", () => {
    expect(ma([{ payerId: 'humana-ma', paymentDeniedFrom: '2026-05-04' }])).toEqual({
      outcome: 'out_of_network',
      reasons: [
        [
          'credentialing.medicare_advantage.precluded',
          "The clinician is on CMS's preclusion list from 2026-04-01, and humana-ma denies payment for dates of service from 2026-05-04: the plan pays nothing they furnish on this date. Do not bill it; tell the client before the next session.",
        ],
      ],
    });
    expect(ma([])).toEqual({
      outcome: 'undecided',
      reasons: [
        [
          'credentialing.medicare_advantage.preclusion_date_unknown',
          "The clinician is on CMS's preclusion list from 2026-04-01, and the date humana-ma stops paying (the end of its notice to enrollees) is not recorded: whether the plan pays this date is not known. Record the plan's date from its notice.",
        ],
      ],
    });
  });
});
