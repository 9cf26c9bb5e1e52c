import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ClinicianId, ValidationError } from '../../../src/core/index.js';
import { PayerCredentialingPolicy } from '../../../src/credentialing/index.js';
import { evaluateBooking, OPS_REASON_CODES } from '../../../src/ops/index.js';
import { thrown } from '../../validation-subject.js';
import { AS_OF, allowedBooking, smallPractice, withMainOffice } from '../practice-fixtures.js';

const data = smallPractice();
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateBooking', () => {
  it('allows a free, licensed, permitted session for a returning self-pay client', () => {
    const decision = evaluateBooking(base, data, { asOf: AS_OF });
    expect(decision.outcome).toBe('allowed');
    expect(decision.reasons.every((r) => r.severity === 'info')).toBe(true);
  });

  it('refuses a telehealth session into a state where the clinician holds no license', () => {
    const decision = evaluateBooking({ ...base, clientState: 'WY' }, data, { asOf: AS_OF });
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toContain('ops.booking.no_license_in_state');
  });

  it('refuses a double booking of the clinician at 09:00, when a generated session already runs', () => {
    const decision = evaluateBooking(
      { ...base, start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T09:53:00-05:00' },
      data,
      { asOf: AS_OF },
    );
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toContain('ops.booking.schedule_conflict');
    expect(codes(decision).some((c) => c.startsWith('scheduling.conflict.'))).toBe(true);
  });

  it('refuses a booking made by the biller, whose role may not schedule', () => {
    const decision = evaluateBooking({ ...base, bookedBy: 'staff-biller' }, data, { asOf: AS_OF });
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toContain('ops.booking.role_may_not_book');
  });

  it('refuses unknown clinician, client and staff, naming each', () => {
    const decision = evaluateBooking(
      { ...base, clinicianId: 'clin-999', clientId: 'client-99999', bookedBy: 'staff-nobody' },
      data,
      { asOf: AS_OF },
    );
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toEqual(
      expect.arrayContaining([
        'ops.booking.unknown_clinician',
        'ops.booking.unknown_client',
        'ops.booking.unknown_staff',
      ]),
    );
  });

  it('warns when an insured client’s eligibility was never verified, and refuses out of network', () => {
    const copy = structuredClone(data);
    const client = copy.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture');
    client.payerIds = ['bluebird' as (typeof client.payerIds)[number]];
    client.payerClasses = ['commercial'];
    copy.eligibility = copy.eligibility.filter((e) => e.clientId !== client.id);
    const decision = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(codes(decision)).toContain('ops.booking.eligibility_missing');
    copy.enrollments = copy.enrollments.filter((e) => e.clinicianId !== base.clinicianId);
    const refused = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(refused.outcome).toBe('refused');
    expect(codes(refused)).toContain('ops.booking.out_of_network');
  });

  it('warns, never assuming self-pay, when the client’s coverage or payer is not recorded', () => {
    const copy = structuredClone(data);
    const client = copy.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture');
    client.payerClasses = [];
    const unknown = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(unknown.outcome).toBe('allowed_with_warnings');
    expect(unknown.reasons).toContainEqual(
      expect.objectContaining({ code: 'ops.booking.coverage_unknown', facts: { payerClasses: [] } }),
    );
    // A Medicaid member whose payer was never entered: the same warning.
    client.payerClasses = ['medicaid'];
    expect(codes(evaluateBooking(base, copy, { asOf: AS_OF }))).toContain('ops.booking.coverage_unknown');
    // Recorded as self-pay: no warning.
    client.payerClasses = ['self_pay'];
    expect(codes(evaluateBooking(base, copy, { asOf: AS_OF }))).not.toContain('ops.booking.coverage_unknown');
  });

  it('warns about incomplete paperwork for a first session', () => {
    const decision = evaluateBooking({ ...base, type: 'intake' }, data, { asOf: AS_OF });
    expect(codes(decision)).toContain('ops.booking.paperwork_incomplete');
    expect(decision.outcome).not.toBe('allowed');
  });

  it('throws a ValidationError for a malformed request or date, never echoing values', () => {
    expect(() => evaluateBooking({ ...base, end: base.start }, data, { asOf: AS_OF })).toThrow(
      ValidationError,
    );
    expect(() => evaluateBooking(base, data, { asOf: '2026-02-30' })).toThrow(ValidationError);
    try {
      evaluateBooking({ ...base, clientState: 'ZZ-SECRET' as 'NY' }, data, { asOf: AS_OF });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('ZZ-SECRET');
    }
  });

  it('lists every argument’s problems at once: an end before the start beside a bad state, the data and the date', () => {
    const problems = (call: () => unknown) => {
      const e = thrown(call);
      expect(e.message).not.toMatch(/ZZ|Maria|Mars/);
      return { subject: e.subject, issues: e.issues.map((i) => [i.at, i.code]) };
    };
    const badData = { ...data, practice: { ...data.practice, zone: 'Mars/Base' } };
    expect(
      problems(() =>
        evaluateBooking(
          {
            ...base,
            end: '2026-11-24T09:00:00-05:00',
            start: '2026-11-24T10:00:00-05:00',
            clientState: 'ZZ' as 'NY',
          },
          badData,
          { asOf: '2026-02-30' },
        ),
      ),
    ).toEqual({
      subject: 'booking request, practice data file and booking options',
      issues: [
        ['$.request.clientState', 'invalid_value'],
        ['$.request.end', 'ops.booking.end_before_start'],
        ['$.data.practice.zone', 'core.zone.unknown'],
        ['$.options.asOf', 'core.date.invalid'],
      ],
    });
    // A start that is not an instant is its own problem, never also read as ending before it.
    expect(problems(() => evaluateBooking({ ...base, start: 'soon' }, data, { asOf: AS_OF })).issues).toEqual(
      [['$.request.start', 'core.instant.invalid']],
    );
  });

  it('refuses whenever any module refuses, and names each refusing module’s reason', () => {
    const causes = {
      license: { clientState: 'WY' as const },
      schedule: { start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T09:53:00-05:00' },
      role: { bookedBy: 'staff-biller' },
      client: { clientId: 'client-99999' },
    };
    const expected: Record<keyof typeof causes, string> = {
      license: 'ops.booking.no_license_in_state',
      schedule: 'ops.booking.schedule_conflict',
      role: 'ops.booking.role_may_not_book',
      client: 'ops.booking.unknown_client',
    };
    fc.assert(
      fc.property(fc.subarray(Object.keys(causes) as (keyof typeof causes)[]), (chosen) => {
        const request = Object.assign({}, base, ...chosen.map((c) => causes[c]));
        const decision = evaluateBooking(request, data, { asOf: AS_OF });
        expect(decision.outcome === 'refused').toBe(chosen.length > 0);
        for (const c of chosen) expect(codes(decision)).toContain(expected[c]);
        if (decision.outcome !== 'allowed') expect(decision.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 16 },
    );
  });

  it('emits only codes from a published catalog', () => {
    const decision = evaluateBooking({ ...base, clientState: 'WY', bookedBy: 'staff-biller' }, data, {
      asOf: AS_OF,
    });
    for (const code of codes(decision).filter((c) => c.startsWith('ops.'))) {
      expect(Object.keys(OPS_REASON_CODES)).toContain(code);
    }
  });
});

describe('evaluateBooking with insurance', () => {
  function insured(payer: string) {
    const copy = structuredClone(data);
    const client = copy.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture');
    client.payerIds = [payer as (typeof client.payerIds)[number]];
    client.payerClasses = ['commercial'];
    return copy;
  }

  it('refuses a Medicaid session that needs a prior authorization none covers', () => {
    const copy = insured('state-medicaid');
    copy.authorizations = [];
    const decision = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toContain('ops.booking.authorization_missing');
  });

  it('warns when the last eligibility verification is too old for the payer', () => {
    const copy = insured('bluebird');
    copy.eligibility = [
      {
        clientId: base.clientId as never,
        payerId: 'bluebird' as never,
        lastVerifiedOn: '2026-06-01',
        planYearStartsOn: '2026-01-01',
        planEndsOn: null,
        coverageChangedOn: null,
      },
    ];
    const decision = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(codes(decision)).toContain('ops.booking.eligibility_stale');
  });

  it('checks an in-person session at the office', () => {
    const decision = evaluateBooking({ ...base, modality: 'in_person' }, withMainOffice(data), {
      asOf: AS_OF,
    });
    expect(decision.outcome).toBe('allowed');
  });
});

describe('evaluateBooking with credentials and enrollments', () => {
  type Enrollment = (typeof data.enrollments)[number];
  type EnrollmentFields = Omit<Enrollment, 'clinicianId' | 'payerId' | 'documents'>;
  /** The practice with the booked client on Medicare and the clinician's Medicare enrollment replaced. */
  function onMedicare(enrollment: EnrollmentFields) {
    const copy = structuredClone(data);
    const client = copy.clients.find((c) => c.id === base.clientId);
    if (client === undefined) throw new Error('fixture');
    client.payerIds = ['medicare' as never];
    client.payerClasses = ['medicare'];
    copy.enrollments = copy.enrollments.filter(
      (e) => !(e.clinicianId === base.clinicianId && e.payerId === 'medicare'),
    );
    copy.enrollments.push({
      clinicianId: base.clinicianId as never,
      payerId: 'medicare' as never,
      ...enrollment,
      documents: [],
    });
    return copy;
  }
  /** Enrolled with Medicare since 2022-01-03 (revalidation due 2027-01-31, 42 CFR 424.515), last claim sent
   * 2026-11-16 (no 12 months without one, 42 CFR 424.540(a)(1)). */
  const APPROVED_SINCE_2022: EnrollmentFields = {
    status: 'approved',
    history: [],
    effectiveOn: '2022-01-03',
    credentialedOn: '2022-01-03',
    lastClaimSubmittedOn: '2026-11-16',
  };

  it('refuses when the clinician has no credentials on file', () => {
    const copy = structuredClone(data);
    copy.credentials = copy.credentials.filter((c) => c.clinicianId !== base.clinicianId);
    const decision = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(decision.outcome).toBe('refused');
    expect(codes(decision)).toContain('ops.booking.no_license_in_state');
  });

  it('keeps a Medicare enrollment five years old in network: revalidated, not recredentialed', () => {
    const copy = onMedicare(APPROVED_SINCE_2022);
    // No credentialing policy for Medicare is configured: its billing profile says it is Medicare.
    expect(copy.policies.credentialing.payers.some((p) => p.payerId === 'medicare')).toBe(false);
    const reasons = evaluateBooking(base, copy, { asOf: AS_OF }).reasons;
    expect(reasons.map((r) => r.code)).not.toContain('ops.booking.out_of_network');
    expect(reasons.find((r) => r.code === 'credentialing.network.in_network')?.facts).toMatchObject({
      revalidationDueOn: '2027-01-31',
    });
    // Configured as a plan on the NCQA cycle, 2025-01-03 is missed: a warning, still not out of network.
    copy.policies.credentialing.payers.push(
      PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare', revalidationMonths: null }),
    );
    const planned = evaluateBooking(base, copy, { asOf: AS_OF }).reasons.map((r) => r.code);
    expect(planned).toContain('credentialing.network.recredentialing_overdue');
    expect(planned).not.toContain('ops.booking.out_of_network');
  });

  it('refuses a booked Medicare session while the clinician is opted out: scheduled care is under a private contract, not the emergency rule', () => {
    const copy = onMedicare(APPROVED_SINCE_2022);
    const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    if (credentials === undefined) throw new Error('fixture');
    credentials.medicareOptOut = { effectiveOn: '2024-01-01' };
    const reasons = evaluateBooking(base, copy, { asOf: AS_OF }).reasons.map((r) => r.code);
    expect(reasons).toContain('ops.booking.out_of_network');
    expect(reasons).toContain('credentialing.medicare.opted_out');
    expect(reasons).not.toContain('credentialing.medicare.opt_out_care_unknown');
  });

  it('reads an OIG exclusion on the session’s date where the client is (NY): 23:30 on 2026-11-24 is before one from 2026-11-25 (42 CFR 1001.1901)', () => {
    const booked = (effectiveOn: string) => {
      const copy = onMedicare(APPROVED_SINCE_2022);
      const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
      if (credentials === undefined) throw new Error('fixture');
      credentials.oigExclusions = [{ effectiveOn }];
      // 23:30 in New York on Tuesday 2026-11-24 is already Wednesday the 25th in UTC.
      const late = { ...base, start: '2026-11-24T23:30:00-05:00', end: '2026-11-25T00:20:00-05:00' };
      return evaluateBooking(late, copy, { asOf: AS_OF }).reasons.map((r) => r.code);
    };
    expect(booked('2026-11-25')).not.toContain('credentialing.exclusion.oig_excluded');
    expect(booked('2026-11-24')).toEqual(
      expect.arrayContaining(['ops.booking.out_of_network', 'credentialing.exclusion.oig_excluded']),
    );
  });

  describe('the clinician’s monthly exclusion screening (42 CFR 455.436(c)(2), 1001.1901)', () => {
    type Screening = NonNullable<(typeof data.credentials)[number]['exclusionScreening']>;
    /** The Medicare session of Tuesday 2026-11-24, with the clinician's screening as given. */
    const screened = (screening: Screening | undefined) => {
      const copy = onMedicare(APPROVED_SINCE_2022);
      const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
      if (credentials === undefined) throw new Error('fixture');
      if (screening === undefined) delete credentials.exclusionScreening;
      else credentials.exclusionScreening = screening;
      return evaluateBooking(base, copy, { asOf: AS_OF });
    };

    it('holds a Medicare session on 2026-11-24 when the lists were last checked on 2026-10-20 (due 2026-11-20)', () => {
      const d = screened({ leieScreenedOn: '2026-10-20', samScreenedOn: '2026-10-20', stateMedicaid: [] });
      expect(d.outcome).toBe('allowed_with_warnings');
      expect(codes(d)).toContain('ops.booking.network_undecided');
      expect(d.reasons.filter((r) => r.code === 'credentialing.exclusion.screening_overdue')).toHaveLength(2);
      expect(
        d.reasons.find((r) => r.code === 'credentialing.exclusion.screening_overdue')?.facts,
      ).toMatchObject({ dueOn: '2026-11-20', on: '2026-11-24' });
    });

    it('holds it when the LEIE was never checked, and books it when both were checked on 2026-11-02', () => {
      const unknown = screened({ samScreenedOn: '2026-11-02', stateMedicaid: [] });
      expect(codes(unknown)).toEqual(
        expect.arrayContaining([
          'ops.booking.network_undecided',
          'credentialing.exclusion.screening_unknown',
        ]),
      );
      const current = screened({
        leieScreenedOn: '2026-11-02',
        samScreenedOn: '2026-11-02',
        stateMedicaid: [],
      });
      expect(codes(current)).not.toContain('ops.booking.network_undecided');
      expect(codes(current).some((c) => c.startsWith('credentialing.exclusion.'))).toBe(false);
    });

    it('holds a Medicare session on 2026-11-24 when the clinician has no screening recorded at all (never assumed clean)', () => {
      const d = screened(undefined);
      expect(d.outcome).toBe('allowed_with_warnings');
      expect(codes(d)).toContain('ops.booking.network_undecided');
      expect(d.reasons.filter((r) => r.code === 'credentialing.exclusion.screening_unknown')).toHaveLength(2);
    });

    it('property: a Medicare session is held exactly when a list was not checked within the month before it', () => {
      fc.assert(
        fc.property(
          fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
          fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
          fc.boolean(),
          (leie, sam, recorded) => {
            // Checks from 2026-09-25 to 2026-12-24; one on or after 2026-10-24 covers the session of 2026-11-24.
            const on = (n: number | undefined) => (n === undefined ? undefined : addDays('2026-09-25', n));
            const screening = recorded
              ? {
                  ...(leie === undefined ? {} : { leieScreenedOn: on(leie) as string }),
                  ...(sam === undefined ? {} : { samScreenedOn: on(sam) as string }),
                  stateMedicaid: [],
                }
              : undefined;
            const covered = (n: number | undefined) => n !== undefined && (on(n) as string) >= '2026-10-24';
            const held = codes(screened(screening)).includes('ops.booking.network_undecided');
            expect(held).toBe(!(recorded && covered(leie) && covered(sam)));
          },
        ),
        { numRuns: 40 },
      );
    });

    it('answers as with a check on the session’s day when every list was checked within the month before it (property)', () => {
      const without = screened({
        leieScreenedOn: '2026-11-24',
        samScreenedOn: '2026-11-24',
        stateMedicaid: [],
      });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 }), (a, b) => {
          // Checked from 2026-10-24 (due 2026-11-24, the session's date) to 2026-11-24.
          const day = (n: number) =>
            `2026-${n < 8 ? `10-${24 + n}` : `11-${String(n - 7).padStart(2, '0')}`}`;
          const d = screened({ leieScreenedOn: day(a), samScreenedOn: day(b), stateMedicaid: [] });
          expect(d).toEqual(without);
        }),
        { numRuns: 25 },
      );
    });
  });

  it('does not allow an insured session while the enrollment is only submitted', () => {
    const copy = onMedicare({
      status: 'submitted',
      history: [
        { status: 'gathering_documents', on: '2026-10-01' },
        { status: 'submitted', on: '2026-11-10' },
      ],
      submittedOn: '2026-11-10',
    });
    const decision = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(decision.outcome).not.toBe('allowed');
    expect(
      codes(decision).some((c) =>
        [
          'ops.booking.network_retro_only',
          'ops.booking.network_undecided',
          'ops.booking.out_of_network',
        ].includes(c),
      ),
    ).toBe(true);
  });
});

describe('evaluateBooking: licensure on the date where the client is (audit)', () => {
  // clin-001 keeps a New York clock and holds NY and CA LCSW licenses; the client lives in New York.
  const withLicense = (state: 'NY' | 'CA', expiresOn: string, zone = 'America/New_York') => {
    const copy = structuredClone(data);
    const clinician = copy.clinicians.find((c) => c.id === base.clinicianId);
    const credentials = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    if (clinician === undefined || credentials === undefined) throw new Error('fixture');
    clinician.zone = zone;
    for (const l of credentials.licenses) if (l.state === state) l.expiresOn = expiresOn;
    return copy;
  };
  const jurisdiction = (d: { reasons: readonly { code: string }[] }) =>
    codes(d).filter((c) => c.startsWith('credentialing.') || c === 'ops.booking.no_license_in_state');

  it('refuses a session that starts after midnight in New York, where the NY license expired that midnight', () => {
    // 21:30 in Los Angeles on 2026-11-24 is 00:30 on 2026-11-25 in New York, where the client is.
    const copy = withLicense('NY', '2026-11-24', 'America/Los_Angeles');
    const d = evaluateBooking(
      { ...base, start: '2026-11-24T21:30:00-08:00', end: '2026-11-24T22:23:00-08:00' },
      copy,
      { asOf: AS_OF },
    );
    expect(d.outcome).toBe('refused');
    expect(jurisdiction(d).sort()).toEqual([
      'credentialing.jurisdiction.no_authority',
      'credentialing.license.expired',
      'ops.booking.no_license_in_state',
    ]);
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'NY',
      date: '2026-11-25',
    });
  });

  it('allows a session on the last day of the CA license in California, though New York is past midnight', () => {
    // The client travels to California; 21:30 there on 2026-11-24 is already 2026-11-25 on the clinician's clock.
    const copy = withLicense('CA', '2026-11-24');
    const d = evaluateBooking(
      {
        ...base,
        clientState: 'CA',
        start: '2026-11-24T21:30:00-08:00',
        end: '2026-11-24T22:23:00-08:00',
      },
      copy,
      { asOf: AS_OF },
    );
    expect(jurisdiction(d)).toEqual([
      'credentialing.license.expires_on_service_date',
      'credentialing.jurisdiction.licensed',
    ]);
  });

  it('checks both days of a session that crosses midnight where the client is', () => {
    const copy = withLicense('NY', '2026-11-24');
    const d = evaluateBooking(
      { ...base, start: '2026-11-24T23:30:00-05:00', end: '2026-11-25T00:23:00-05:00' },
      copy,
      { asOf: AS_OF },
    );
    expect(jurisdiction(d)).toContain('credentialing.license.expired');
    expect(d.outcome).toBe('refused');
  });
});

describe('evaluateBooking: a supervised clinician’s supervisor (audit)', () => {
  // clin-001 practises in New York on a supervised license under clin-002.
  const supervised = (supervisorNy: { status: 'active' | 'inactive'; expiresOn: string }) => {
    const copy = structuredClone(data);
    const own = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    const supervisor = copy.credentials.find((c) => c.clinicianId === 'clin-002');
    if (own === undefined || supervisor === undefined) throw new Error('fixture');
    for (const l of own.licenses) if (l.state === 'NY') l.level = 'supervised';
    own.supervision = [{ supervisorId: ClinicianId.parse('clin-002'), state: 'NY', startsOn: '2025-01-01' }];
    supervisor.licenses = [
      {
        state: 'NY',
        type: 'LCSW',
        number: 'L-SUP-2',
        level: 'independent',
        issuedOn: '2020-01-01',
        ...supervisorNy,
      },
    ];
    return copy;
  };

  it('refuses when the supervisor’s own NY license has lapsed', () => {
    const d = evaluateBooking(base, supervised({ status: 'active', expiresOn: '2026-06-30' }), {
      asOf: AS_OF,
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('checks the supervisor’s license instead of saying it was not checked', () => {
    const d = evaluateBooking(base, supervised({ status: 'active', expiresOn: '2027-06-30' }), {
      asOf: AS_OF,
    });
    expect(codes(d)).toContain('credentialing.supervision.supervised');
    expect(codes(d)).not.toContain('credentialing.supervision.supervisor_unverified');
    expect(codes(d)).not.toContain('ops.booking.no_license_in_state');
  });
});

describe('evaluateBooking: compact authorizations and the practice’s member states (audit)', () => {
  // clin-001, a New York LCSW, holds a Social Work multistate license; the client is in New Jersey.
  const multistate = (members: { state: 'NY' | 'NJ'; from: string }[]) => {
    const copy = structuredClone(data);
    const own = copy.credentials.find((c) => c.clinicianId === base.clinicianId);
    if (own === undefined) throw new Error('fixture');
    own.compactAuthorizations = [
      {
        kind: 'social_work_multistate',
        homeState: 'NY',
        status: 'active',
        issuedOn: '2026-01-05',
        expiresOn: '2027-12-31',
      },
    ];
    copy.policies.jurisdiction = {
      psypactMemberStates: [],
      socialWorkCompactMemberStates: members,
      socialWorkCompactFirstIssuedOn: '2025-10-01',
      tapInPersonDaysPerYear: 30,
    };
    return copy;
  };

  it('allows a telehealth session into a member state on the multistate license', () => {
    const d = evaluateBooking(
      { ...base, clientState: 'NJ' },
      multistate([
        { state: 'NY', from: '2026-01-01' },
        { state: 'NJ', from: '2026-01-01' },
      ]),
      { asOf: AS_OF },
    );
    expect(codes(d)).toContain('credentialing.jurisdiction.compact_authorized');
    expect(codes(d)).not.toContain('ops.booking.no_license_in_state');
  });

  it('refuses it when New Jersey is not a configured member', () => {
    const d = evaluateBooking(
      { ...base, clientState: 'NJ' },
      multistate([{ state: 'NY', from: '2026-01-01' }]),
      {
        asOf: AS_OF,
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.state_not_member');
  });
});
