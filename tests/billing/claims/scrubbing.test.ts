import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claim, type ClaimInput, type ClaimLineInput } from '../../../src/billing/claims/claim.js';
import { scrubFindingsBesidesFiling } from '../../../src/billing/claims/scrubbing.js';
import { evaluateMedicareOrderingPractitioner } from '../../../src/billing/index.js';
import {
  OrderingMedicareStanding,
  OrderingPractitionerType,
} from '../../../src/billing/medicare-claims/ordering-referring.js';
import { type Reason, ValidationError } from '../../../src/core/index.js';
import { sortReasons } from '../../../src/core/internal.js';
import { BILLING_NPI, COMMERCIAL, claim, line, MEDICARE, scrubOnlyClaimOfDay } from './claim-fixtures.js';

const ASOF = '2026-03-05';
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('evaluateClaimScrub', () => {
  it('passes a complete in-person 90834 claim', () => {
    expect(scrubOnlyClaimOfDay(claim(), COMMERCIAL, { asOf: ASOF })).toEqual({
      claimId: 'claim-1',
      outcome: 'ready',
      reasons: [],
    });
  });

  it('refuses a claim with missing NPIs and no diagnosis', () => {
    const r = scrubOnlyClaimOfDay(
      claim({ renderingNpi: undefined, billingNpi: ' ', diagnosisCodes: [] }),
      COMMERCIAL,
      { asOf: ASOF },
    );
    expect(r.outcome).toBe('refused');
    expect(codes(r)).toEqual([
      'billing.scrub.diagnosis_pointer_out_of_range',
      'billing.scrub.missing_billing_npi',
      'billing.scrub.missing_diagnosis',
      'billing.scrub.missing_rendering_npi',
    ]);
  });

  it('blocks an NPI with a wrong check digit without echoing it', () => {
    const r = scrubOnlyClaimOfDay(claim({ renderingNpi: '1234567890' }), COMMERCIAL, { asOf: ASOF });
    expect(r.reasons).toEqual([
      expect.objectContaining({ code: 'billing.scrub.invalid_npi', facts: { field: 'renderingNpi' } }),
    ]);
    expect(JSON.stringify(r)).not.toContain('1234567890');
  });

  it('blocks a date of service in the future', () => {
    expect(
      codes(
        scrubOnlyClaimOfDay(claim({ lines: [line({ serviceDate: '2026-03-06' })] }), COMMERCIAL, {
          asOf: ASOF,
        }),
      ),
    ).toEqual(['billing.scrub.future_service_date']);
  });

  it('blocks a claim past the filing window and warns when the deadline is near', () => {
    expect(codes(scrubOnlyClaimOfDay(claim(), COMMERCIAL, { asOf: '2026-06-01' }))).toEqual([
      'billing.claim.past_timely_filing',
    ]);
    const near = scrubOnlyClaimOfDay(claim(), COMMERCIAL, { asOf: '2026-05-20' });
    expect(near.outcome).toBe('ready_with_warnings');
    expect(near.reasons[0]).toMatchObject({
      code: 'billing.scrub.filing_deadline_near',
      facts: { deadline: '2026-05-31', daysLeft: 11 },
    });
  });

  it('refuses a secondary claim without the primary’s adjudication, and warns its clock cannot start once the window from the date of service has closed', () => {
    // Still within 90 days of the date of service: on time by that window, whatever the extension; refused only for
    // the missing adjudication.
    const r = scrubOnlyClaimOfDay(claim({ coverage: 'secondary' }), COMMERCIAL, { asOf: ASOF });
    expect(r.outcome).toBe('refused');
    expect(codes(r)).toEqual(['billing.scrub.primary_adjudication_missing']);
    expect(
      codes(scrubOnlyClaimOfDay(claim({ coverage: 'secondary' }), COMMERCIAL, { asOf: '2026-06-01' })),
    ).toEqual(['billing.scrub.primary_adjudication_missing', 'billing.scrub.filing_deadline_unknown']);
    // With the primary's remittance of 2026-03-04 posted, the secondary claim may go.
    const after = scrubOnlyClaimOfDay(
      claim({ coverage: 'secondary', primaryRemittanceDate: '2026-03-04' }),
      COMMERCIAL,
      { asOf: ASOF },
    );
    expect(codes(after)).not.toContain('billing.scrub.primary_adjudication_missing');
  });

  it('blocks an add-on code without its primary on the same day', () => {
    const r = scrubOnlyClaimOfDay(
      claim({ lines: [line(), line({ lineId: '2', procedureCode: '90785', serviceDate: '2026-03-03' })] }),
      COMMERCIAL,
      { asOf: ASOF },
    );
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.scrub.add_on_without_primary',
        facts: expect.objectContaining({ code: '90785', serviceDate: '2026-03-03' }),
      }),
    ]);
  });

  it('blocks units above the code maximum, exclusive codes and a code listed twice on one day', () => {
    const r = scrubOnlyClaimOfDay(
      claim({
        lines: [
          line({ units: 2 }),
          line({ lineId: '2', procedureCode: '90839' }),
          line({ lineId: '3', procedureCode: '90834', serviceDate: '2026-03-02' }),
        ],
      }),
      COMMERCIAL,
      { asOf: ASOF },
    );
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'billing.scrub.units_above_maximum',
        'billing.scrub.codes_not_billable_together',
        'billing.scrub.code_set_rule',
      ]),
    );
  });

  it('warns about a procedure code outside the catalog', () => {
    expect(
      codes(
        scrubOnlyClaimOfDay(claim({ lines: [line({ procedureCode: '96130' })] }), COMMERCIAL, { asOf: ASOF }),
      ),
    ).toEqual(['billing.scrub.unknown_procedure_code']);
  });

  it('checks place of service and modifiers against the payer’s telehealth convention', () => {
    const video = { modality: 'video' as const, clientAtHome: true };
    expect(
      scrubOnlyClaimOfDay(
        claim({ lines: [line({ ...video, placeOfService: '10', modifiers: ['95'] })] }),
        COMMERCIAL,
        { asOf: ASOF },
      ).outcome,
    ).toBe('ready');
    expect(
      codes(
        scrubOnlyClaimOfDay(claim({ lines: [line({ ...video, placeOfService: '02' })] }), COMMERCIAL, {
          asOf: ASOF,
        }),
      ),
    ).toEqual(['billing.scrub.place_of_service_mismatch', 'billing.scrub.telehealth_modifier_missing']);
    // Medicare wants no video modifier for most professionals since 2024 [mac-ngs-telehealth-2024].
    const medicare = claim({
      payerId: MEDICARE.payerId,
      lines: [line({ ...video, placeOfService: '10', modifiers: ['95'] })],
    });
    expect(codes(scrubOnlyClaimOfDay(medicare, MEDICARE, { asOf: ASOF }))).toEqual([
      'billing.scrub.telehealth_modifier_unexpected',
    ]);
  });

  it('blocks audio-only sessions for a payer that does not pay for them', () => {
    const noAudio = { ...COMMERCIAL, telehealth: { ...COMMERCIAL.telehealth, audioOnlyAllowed: false } };
    const r = scrubOnlyClaimOfDay(
      claim({ lines: [line({ modality: 'audio_only', placeOfService: '10', modifiers: ['93'] })] }),
      noAudio,
      { asOf: ASOF },
    );
    expect(codes(r)).toEqual(['billing.scrub.audio_only_not_covered']);
  });

  it('refuses a Medicare audio-only session with the client away from home, and passes it at home', () => {
    const audio = (clientAtHome: boolean) =>
      claim({
        payerId: MEDICARE.payerId,
        lines: [
          line({
            modality: 'audio_only',
            clientAtHome,
            placeOfService: clientAtHome ? '10' : '02',
            modifiers: ['93'],
            // 42 CFR 410.78(a)(3): the clinician could use video, the client did not consent to it.
            clinicianVideoCapable: true,
            clientVideo: 'not_consenting',
          }),
        ],
      });
    const away = scrubOnlyClaimOfDay(audio(false), MEDICARE, { asOf: ASOF });
    expect(away.outcome).toBe('refused');
    expect(codes(away)).toEqual(['billing.scrub.audio_only_not_at_home']);
    expect(scrubOnlyClaimOfDay(audio(true), MEDICARE, { asOf: ASOF }).outcome).toBe('ready');
  });

  it('blocks crisis psychotherapy billed twice on one day: its minutes add up to 90839 + 90840', () => {
    const auth = { priorAuthorizationNumber: 'AUTH-1' };
    const twice = claim({
      ...auth,
      lines: [line({ procedureCode: '90839' }), line({ lineId: '2', procedureCode: '90839' })],
    });
    const r = scrubOnlyClaimOfDay(twice, COMMERCIAL, { asOf: ASOF });
    expect(codes(r)).toEqual(['billing.scrub.crisis_billed_twice']);
    expect(r.reasons[0]?.facts).toMatchObject({
      code: '90839',
      serviceDate: '2026-03-02',
      rule: 'billing.codes.duplicate_code',
    });
    const twoUnits = claim({ ...auth, lines: [line({ procedureCode: '90839', units: 2 })] });
    expect(codes(scrubOnlyClaimOfDay(twoUnits, COMMERCIAL, { asOf: ASOF }))).toEqual([
      'billing.scrub.crisis_billed_twice',
    ]);
    // On two different days each crisis is its own.
    const twoDays = claim({
      ...auth,
      lines: [
        line({ procedureCode: '90839' }),
        line({ lineId: '2', procedureCode: '90839', serviceDate: '2026-03-03' }),
      ],
    });
    expect(scrubOnlyClaimOfDay(twoDays, COMMERCIAL, { asOf: ASOF }).outcome).toBe('ready');
  });

  it('says how a Medicare filing clock was set when the deadline is near: moved off a Saturday', () => {
    // DOS 2025-02-28: the 12 months end on Saturday 2026-02-28 and move to Monday 2026-03-02.
    const late = claim({ payerId: MEDICARE.payerId, lines: [line({ serviceDate: '2025-02-28' })] });
    const r = scrubOnlyClaimOfDay(late, MEDICARE, { asOf: '2026-03-02' });
    expect(codes(r)).toEqual([
      'billing.scrub.filing_deadline_near',
      'billing.filing.deadline_moved_to_workday',
    ]);
    expect(codes(scrubOnlyClaimOfDay(late, MEDICARE, { asOf: '2026-03-03' }))).toEqual([
      'billing.claim.past_timely_filing',
      'billing.filing.deadline_moved_to_workday',
    ]);
  });

  it('blocks missing and out-of-range diagnosis pointers', () => {
    const r = scrubOnlyClaimOfDay(
      claim({
        lines: [
          line({ diagnosisPointers: [] }),
          line({ lineId: '2', procedureCode: '90785', diagnosisPointers: [2] }),
        ],
      }),
      COMMERCIAL,
      { asOf: ASOF },
    );
    expect(codes(r)).toEqual([
      'billing.scrub.diagnosis_pointer_out_of_range',
      'billing.scrub.missing_diagnosis_pointer',
    ]);
  });

  it('blocks a code that needs prior authorization when none is on the claim', () => {
    const crisis = [line({ procedureCode: '90839' }), line({ lineId: '2', procedureCode: '90840' })];
    expect(codes(scrubOnlyClaimOfDay(claim({ lines: crisis }), COMMERCIAL, { asOf: ASOF }))).toEqual([
      'billing.scrub.prior_authorization_missing',
    ]);
    expect(
      scrubOnlyClaimOfDay(claim({ lines: crisis, priorAuthorizationNumber: 'AUTH-1' }), COMMERCIAL, {
        asOf: ASOF,
      }).outcome,
    ).toBe('ready');
  });

  it('blocks scrubbing against another payer’s profile', () => {
    expect(codes(scrubOnlyClaimOfDay(claim(), MEDICARE, { asOf: ASOF }))).toContain(
      'billing.scrub.payer_mismatch',
    );
  });

  it('throws a ValidationError for a malformed claim or date', () => {
    expect(() =>
      scrubOnlyClaimOfDay(claim({ lines: [line({ units: -1 })] }), COMMERCIAL, { asOf: ASOF }),
    ).toThrow(ValidationError);
    expect(() => scrubOnlyClaimOfDay(claim(), COMMERCIAL, { asOf: 'today' })).toThrow(ValidationError);
  });

  it('warns of lines past their deadline while the later lines can still be filed (DOS 2026-03-02 and 2026-05-25)', () => {
    const c = claim({
      lines: [line({ serviceDate: '2026-03-02' }), line({ lineId: '2', serviceDate: '2026-05-25' })],
    });
    // 90 days: 2026-03-02 was due 2026-05-31; 2026-05-25 is due 2026-08-23, far off.
    const r = scrubOnlyClaimOfDay(c, COMMERCIAL, { asOf: '2026-06-05' });
    expect(r.outcome).toBe('ready_with_warnings');
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.filing.lines_past_deadline',
        facts: { pastServiceDates: ['2026-03-02'], serviceDate: '2026-05-25' },
      }),
    ]);
    // Both past: the claim is past timely filing, and refused.
    expect(scrubOnlyClaimOfDay(c, COMMERCIAL, { asOf: '2026-08-24' }).outcome).toBe('refused');
  });
});

describe('scrubFindingsBesidesFiling', () => {
  it('holds every error of the scrub while the filing window is open (only a closed window adds one)', () => {
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom(COMMERCIAL, MEDICARE),
        fc.constantFrom<Partial<ClaimInput>>(
          {},
          { renderingNpi: undefined },
          { diagnosisCodes: [] },
          { payerId: 'another-payer' },
        ),
        fc.constantFrom<Partial<ClaimLineInput>>(
          {},
          { placeOfService: '02' },
          { procedureCode: '90785', diagnosisPointers: [] },
          { modality: 'audio_only' },
        ),
        (service, after, profile, claimChange, lineChange) => {
          const c = claim({
            payerId: profile.payerId,
            ...claimChange,
            lines: [line({ serviceDate: day(service), ...lineChange })],
          });
          const asOf = day(service + after);
          const scrub = scrubOnlyClaimOfDay(c, profile, { asOf });
          fc.pre(!codes(scrub).includes('billing.claim.past_timely_filing'));
          const errors = (reasons: readonly Reason[]) => reasons.filter((r) => r.severity === 'error');
          const found = scrubFindingsBesidesFiling(Claim.parse(c), profile, asOf);
          expect(sortReasons(errors(found))).toEqual(errors(scrub.reasons));
        },
      ),
    );
  });
});

describe('evaluateClaimScrub: where the client was is never assumed', () => {
  const asOf = { asOf: '2026-03-05' };
  const tele = (o: Partial<ClaimLineInput>) =>
    claim({ payerId: MEDICARE.payerId, lines: [line({ modality: 'video', placeOfService: '10', ...o })] });
  const codesOf = (r: { reasons: readonly Reason<string>[] }) => r.reasons.map((x) => x.code);

  it('Medicare video on 2026-03-02 at POS 10, location not given: a warning asking where, not a mismatch', () => {
    const r = scrubOnlyClaimOfDay(tele({}), MEDICARE, asOf);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codesOf(r)).toEqual(['billing.scrub.client_location_unknown']);
    expect(scrubOnlyClaimOfDay(tele({ clientAtHome: true }), MEDICARE, asOf).outcome).toBe('ready');
    expect(codesOf(scrubOnlyClaimOfDay(tele({ clientAtHome: false }), MEDICARE, asOf))).toContain(
      'billing.scrub.place_of_service_mismatch',
    );
  });

  it('Medicare audio-only with modifier 93, location not given: asks, never refuses as “not at home”', () => {
    const r = scrubOnlyClaimOfDay(tele({ modality: 'audio_only', modifiers: ['93'] }), MEDICARE, asOf);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codesOf(r)).not.toContain('billing.scrub.audio_only_not_at_home');
    expect(codesOf(r)).toContain('billing.scrub.client_location_unknown');
  });

  it('a telehealth line at the office POS is wrong wherever the client was: still refused', () => {
    const r = scrubOnlyClaimOfDay(tele({ placeOfService: '11' }), MEDICARE, asOf);
    expect(r.outcome).toBe('refused');
    expect(r.reasons.find((x) => x.code === 'billing.scrub.place_of_service_mismatch')?.facts).toMatchObject({
      expected: '02 or 10',
    });
  });

  it('an in-person line needs no location', () => {
    const r = scrubOnlyClaimOfDay(claim({ lines: [line()] }), COMMERCIAL, asOf);
    expect(r.outcome).toBe('ready');
  });

  it('property: with the location left out, every error is one the scrub finds both at home and away', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('video', 'audio_only' as const),
        fc.constantFrom('02', '10', '11'),
        fc.subarray(['95', '93', 'GT', 'FQ']),
        fc.constantFrom(MEDICARE, COMMERCIAL),
        (modality, placeOfService, modifiers, profile) => {
          const build = (o: Partial<ClaimLineInput>) =>
            claim({ payerId: profile.payerId, lines: [line({ modality, placeOfService, modifiers, ...o })] });
          const errors = (c: ClaimInput) =>
            new Set(
              scrubOnlyClaimOfDay(c, profile, asOf)
                .reasons.filter((x) => x.severity === 'error')
                .map((x) => x.code),
            );
          const home = errors(build({ clientAtHome: true }));
          const away = errors(build({ clientAtHome: false }));
          for (const code of errors(build({}))) {
            expect(home.has(code) && away.has(code)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('evaluateClaimScrub: in-person sessions away from the office (CMS Place of Service code set)', () => {
  const asOf = { asOf: '2026-03-05' };
  const inPerson = (placeOfService: string, o: Partial<ClaimLineInput> = {}) =>
    claim({ lines: [line({ placeOfService, ...o })] });
  const codesOf = (r: { reasons: readonly Reason<string>[] }) => r.reasons.map((x) => x.code);

  it('passes an in-person 90834 on 2026-03-02 at the client’s home (POS 12, CMS POS code set)', () => {
    expect(scrubOnlyClaimOfDay(inPerson('12'), COMMERCIAL, asOf)).toEqual({
      claimId: 'claim-1',
      outcome: 'ready',
      reasons: [],
    });
    const medicare = claim({
      payerId: MEDICARE.payerId,
      lines: [line({ placeOfService: '12', clientAtHome: true })],
    });
    expect(scrubOnlyClaimOfDay(medicare, MEDICARE, asOf).outcome).toBe('ready');
  });

  it.each([
    ['13', 'an assisted living facility'],
    ['14', 'a group home'],
    ['31', 'a skilled nursing facility'],
    ['32', 'a nursing facility'],
    ['33', 'a custodial care facility'],
  ])('passes an in-person session at POS %s, %s (CMS POS code set)', (pos) => {
    expect(scrubOnlyClaimOfDay(inPerson(pos), COMMERCIAL, asOf).outcome).toBe('ready');
  });

  it('refuses an in-person line coded as telehealth (POS 02 or 10) and names the in-person places', () => {
    for (const pos of ['02', '10']) {
      const r = scrubOnlyClaimOfDay(inPerson(pos), COMMERCIAL, asOf);
      expect(r.outcome).toBe('refused');
      expect(r.reasons).toEqual([
        expect.objectContaining({
          code: 'billing.scrub.place_of_service_mismatch',
          facts: { lineId: '1', placeOfService: pos, expected: '11 or 12 or 13 or 14 or 31 or 32 or 33' },
        }),
      ]);
    }
  });

  it('refuses a home visit (POS 12) that carries the video modifier 95', () => {
    expect(codesOf(scrubOnlyClaimOfDay(inPerson('12', { modifiers: ['95'] }), COMMERCIAL, asOf))).toEqual([
      'billing.scrub.telehealth_modifier_unexpected',
    ]);
  });

  it('a video session at the client’s home is still POS 10, never the in-person home POS 12', () => {
    const r = scrubOnlyClaimOfDay(
      inPerson('12', { modality: 'video', clientAtHome: true, modifiers: ['95'] }),
      COMMERCIAL,
      asOf,
    );
    expect(r.reasons.find((x) => x.code === 'billing.scrub.place_of_service_mismatch')?.facts).toMatchObject({
      expected: '10',
    });
  });

  it('property: an in-person line passes the place check exactly when its POS is an in-person place', () => {
    const inPersonPlaces = ['11', '12', '13', '14', '31', '32', '33'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
        fc.option(fc.boolean(), { nil: undefined }),
        (pos, clientAtHome) => {
          const r = scrubOnlyClaimOfDay(
            inPerson(pos, clientAtHome === undefined ? {} : { clientAtHome }),
            COMMERCIAL,
            asOf,
          );
          const mismatch = codesOf(r).includes('billing.scrub.place_of_service_mismatch');
          expect(mismatch).toBe(!inPersonPlaces.includes(pos));
          expect(r.outcome).toBe(mismatch ? 'refused' : 'ready');
        },
      ),
    );
  });
});

// Medicare pays an ordered or referred service only when the practitioner named for it may order or refer and is
// enrolled (approved) or opted out on the date of service (42 CFR 424.507); the 837P names them in 2310A
// (referring) and 2420E (ordering).
describe('evaluateClaimScrub: Medicare ordering and referring providers (42 CFR 424.507)', () => {
  const asOf = { asOf: '2026-03-20' };
  const drRivera = { npi: BILLING_NPI, lastName: 'RIVERA', firstName: 'ANA' } as const;
  // A diagnostic evaluation (90791) the client's physician referred, given on 2026-03-04. (Psychological testing,
  // 96130, is outside the service-code catalog: the scrubber would add its own warning.)
  const referredTest = (referringProvider: ClaimInput['referringProvider']) =>
    claim({
      payerId: MEDICARE.payerId,
      referringProvider,
      lines: [line({ lineId: 'l1', procedureCode: '90791', serviceDate: '2026-03-04' })],
    });

  it('passes a psychological test of 2026-03-04 referred by a physician enrolled in Medicare', () => {
    const r = scrubOnlyClaimOfDay(
      referredTest({ ...drRivera, type: 'physician', medicareStanding: 'approved' }),
      MEDICARE,
      asOf,
    );
    expect(r.outcome).toBe('ready');
  });

  it('refuses a psychological test of 2026-03-04 referred by a physician not enrolled in Medicare', () => {
    const r = scrubOnlyClaimOfDay(
      referredTest({ ...drRivera, type: 'physician', medicareStanding: 'not_enrolled' }),
      MEDICARE,
      asOf,
    );
    expect(r).toMatchObject({
      outcome: 'refused',
      reasons: [
        {
          code: 'billing.ordering.not_enrolled',
          severity: 'error',
          facts: {
            lineId: 'l1',
            role: 'referring',
            serviceDate: '2026-03-04',
            ordererStanding: 'not_enrolled',
          },
        },
      ],
    });
  });

  it('warns when the referring physician’s Medicare standing on 2026-03-04 is not known (look them up in PECOS)', () => {
    const r = scrubOnlyClaimOfDay(referredTest({ ...drRivera, type: 'physician' }), MEDICARE, asOf);
    expect(r.outcome).toBe('ready_with_warnings');
    expect(codes(r)).toEqual(['billing.ordering.enrollment_unknown']);
  });

  it('refuses a lithium level of 2026-03-04 ordered by an associate, whatever their enrollment', () => {
    const lab = claim({
      payerId: MEDICARE.payerId,
      lines: [
        line({ lineId: 'l1', serviceDate: '2026-03-04' }),
        line({
          lineId: 'l2',
          procedureCode: '80178',
          serviceDate: '2026-03-04',
          orderingProvider: { ...drRivera, type: 'associate', medicareStanding: 'approved' },
        }),
      ],
    });
    const r = scrubOnlyClaimOfDay(lab, MEDICARE, asOf);
    expect(r.outcome).toBe('refused');
    // 80178 (lithium) is a lab code outside the catalog of psychotherapy codes: its warning rides along.
    expect(codes(r).sort()).toEqual([
      'billing.ordering.type_not_eligible',
      'billing.scrub.unknown_procedure_code',
    ]);
    expect(r.reasons.find((x) => x.code === 'billing.ordering.type_not_eligible')?.facts).toMatchObject({
      lineId: 'l2',
      role: 'ordering',
      ordererType: 'associate',
    });
  });

  it('does not ask a commercial payer’s claim about its referring provider', () => {
    const commercial = claim({
      referringProvider: { ...drRivera, type: 'associate', medicareStanding: 'not_enrolled' },
      lines: [line({ serviceDate: '2026-03-04' })],
    });
    expect(scrubOnlyClaimOfDay(commercial, COMMERCIAL, asOf).outcome).toBe('ready');
  });

  it('rejects a referring provider with a bad NPI or an unknown key, naming the path only', () => {
    const call = () =>
      scrubOnlyClaimOfDay(
        claim({ referringProvider: { npi: '1234567890', lastName: 'RIVERA', secret: 'Jane' } as never }),
        MEDICARE,
        asOf,
      );
    expect(call).toThrow(ValidationError);
    const paths = (() => {
      try {
        call();
      } catch (e) {
        return (e as ValidationError).issues.map((i) => i.at).sort();
      }
      return [];
    })();
    expect(paths).toEqual(['$.claim.referringProvider', '$.claim.referringProvider.npi']);
  });

  const typeArb = fc.constantFrom(...OrderingPractitionerType.options);
  const standingArb = fc.option(fc.constantFrom(...OrderingMedicareStanding.options), { nil: undefined });

  it('adds to a Medicare claim exactly the ordering rule’s findings for its provider, and refuses whenever the rule does', () => {
    fc.assert(
      fc.property(typeArb, standingArb, fc.boolean(), (type, standing, referred) => {
        const who = { ...drRivera, type, ...(standing === undefined ? {} : { medicareStanding: standing }) };
        const c = referred
          ? referredTest(who)
          : claim({
              payerId: MEDICARE.payerId,
              lines: [line({ serviceDate: '2026-03-04', orderingProvider: who })],
            });
        const rule = evaluateMedicareOrderingPractitioner({
          serviceDate: '2026-03-04',
          ordererType: type,
          ...(standing === undefined ? {} : { ordererStanding: standing }),
        });
        const r = scrubOnlyClaimOfDay(c, MEDICARE, asOf);
        const expected = rule.outcome === 'eligible' ? [] : rule.reasons.map((x) => x.code);
        expect(codes(r).sort()).toEqual([...expected].sort());
        if (rule.outcome === 'refused') expect(r.outcome).toBe('refused');
        if (rule.outcome !== 'refused') expect(r.outcome).not.toBe('refused');
      }),
    );
  });
});
