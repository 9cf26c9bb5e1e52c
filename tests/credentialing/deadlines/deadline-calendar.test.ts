import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  getDaysBetween,
  ValidationError,
} from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  type ClinicianCredentialsInput,
  type CredentialingDeadline,
  getRecredentialingDueDate,
} from '../../../src/credentialing/index.js';
import {
  clinician as bareClinician,
  dateArb,
  enrollment,
  license,
  malpracticePolicy,
  NPI,
} from '../credentials/credential-fixtures.js';

// A malpractice policy in force on every date these tests use, expiring past every horizon: a clinician
// with no policy at all gets a "record it" entry (tested on its own below).
const LONG_POLICY = malpracticePolicy('P-LONG', '2010-01-01', '2045-12-31');
const clinician = (over: Partial<ClinicianCredentialsInput> = {}) =>
  bareClinician({ malpractice: [LONG_POLICY], ...over });

const byKind = (deadlines: readonly CredentialingDeadline[], kind: string) =>
  deadlines.filter((d) => d.kind === kind);

describe('buildCredentialingCalendar: examples', () => {
  const ana = clinician({
    licenses: [license({ expiresOn: '2026-12-31' })],
    caqh: { providerId: '12345678', lastAttestedOn: '2026-08-01' },
    malpractice: [
      malpracticePolicy('P-1', '2025-01-01', '2026-01-01'),
      malpracticePolicy('P-2', '2026-01-01', '2027-01-01'),
    ],
  });

  it('raises the 90- and 60-day alerts for a license expiring in 39 days, owned by the clinician', () => {
    const cal = buildCredentialingCalendar({ clinicians: [ana] }, { asOf: '2026-11-22' });
    const [lic] = byKind(cal.deadlines, 'license_expiry');
    expect(lic).toMatchObject({
      id: 'clin-ana/license_expiry/CA/LMFT/LMFT 100',
      dueOn: '2026-12-31',
      daysLeft: 39,
      severity: 'warning',
      owner: 'clinician',
      alerts: [
        { leadDays: 90, opensOn: '2026-10-02' },
        { leadDays: 60, opensOn: '2026-11-01' },
      ],
    });
    expect(lic?.needed).toContain('Renew the CA LMFT license LMFT 100');
    expect(lic?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.alert',
      'credentialing.deadline.license_expiry',
    ]);
  });

  it('uses CAQH’s own 15/10/5-day reminders for re-attestation', () => {
    const cal = buildCredentialingCalendar({ clinicians: [ana] }, { asOf: '2026-11-22' });
    expect(byKind(cal.deadlines, 'caqh_reattestation')[0]).toMatchObject({
      dueOn: '2026-11-29',
      daysLeft: 7,
      owner: 'credentialing_staff',
      alerts: [{ leadDays: 15 }, { leadDays: 10 }],
    });
  });

  it('tracks only the current malpractice policy, not the one it replaced', () => {
    const cal = buildCredentialingCalendar({ clinicians: [ana] }, { asOf: '2026-11-22' });
    expect(byKind(cal.deadlines, 'malpractice_expiry').map((d) => d.dueOn)).toEqual(['2027-01-01']);
  });

  it('reports an expired license as overdue, with no alert and severity error', () => {
    const cal = buildCredentialingCalendar({ clinicians: [ana] }, { asOf: '2027-01-03' });
    const lic = byKind(cal.deadlines, 'license_expiry')[0];
    expect(lic).toMatchObject({ daysLeft: -3, severity: 'error', alerts: [] });
    expect(lic?.reasons[0]?.code).toBe('credentialing.deadline.overdue');
  });

  it('ignores a license renewed by a later record, and inactive licenses', () => {
    const renewed = clinician({
      licenses: [
        license({ expiresOn: '2026-06-30' }),
        license({ issuedOn: '2026-06-01', expiresOn: '2028-06-30' }),
        license({ state: 'NV', status: 'inactive', expiresOn: '2026-07-31' }),
      ],
    });
    const cal = buildCredentialingCalendar({ clinicians: [renewed] }, { asOf: '2026-07-15' });
    expect(cal.deadlines).toEqual([]);
  });

  it('reads a license by its latest record: a suspension stops the renewal alert, a conflict alerts on the earlier expiry', () => {
    const suspended = clinician({
      licenses: [
        license({ expiresOn: '2026-08-31' }),
        license({ status: 'suspended', issuedOn: '2026-05-01', expiresOn: '2026-07-31' }),
      ],
    });
    expect(buildCredentialingCalendar({ clinicians: [suspended] }, { asOf: '2026-07-15' }).deadlines).toEqual(
      [],
    );
    const conflict = clinician({
      licenses: [
        license({ expiresOn: '2026-08-31' }),
        license({ status: 'restricted', expiresOn: '2026-07-31' }),
      ],
    });
    const cal = buildCredentialingCalendar({ clinicians: [conflict] }, { asOf: '2026-07-15' });
    expect(cal.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['license_expiry', '2026-07-31']]);
  });

  it('puts payer recredentialing from February 29 on February 28 three years later', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [],
        enrollments: [enrollment({ effectiveOn: '2024-03-01', credentialedOn: '2024-02-29' })],
      },
      { asOf: '2027-01-15' },
    );
    expect(cal.deadlines).toHaveLength(1);
    expect(cal.deadlines[0]).toMatchObject({
      kind: 'recredentialing',
      payerId: 'aetna',
      dueOn: '2027-02-28',
      daysLeft: 44,
      alerts: [{ leadDays: 90 }, { leadDays: 60 }],
    });
  });

  it('lists a missed recredentialing as overdue with the 30-day line the plan may still meet', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [],
        enrollments: [enrollment({ effectiveOn: '2022-01-10', credentialedOn: '2022-01-03' })],
      },
      { asOf: '2025-02-17' },
    );
    expect(cal.deadlines).toHaveLength(1);
    const d = cal.deadlines[0] as CredentialingDeadline;
    expect(d).toMatchObject({
      kind: 'recredentialing',
      dueOn: '2025-01-31',
      daysLeft: -17,
      severity: 'error',
    });
    expect(d.needed).toBe(
      'Ask payer aetna to recredential by 2025-03-02 (30 days after the missed date); after that the plan must credential the clinician again from the start.',
    );
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.overdue',
      'credentialing.deadline.recredentialing',
    ]);
    expect(d.reasons[1]?.facts).toMatchObject({ lateLineOn: '2025-03-02' });
  });

  it('says the date it computes: due the last day of the 36th month, counted to the month (NCQA CR)', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [],
        enrollments: [enrollment({ effectiveOn: '2023-02-01', credentialedOn: '2023-01-15' })],
      },
      { asOf: '2025-12-01' },
    );
    expect(cal.deadlines.map((d) => d.dueOn)).toEqual(['2026-01-31']);
    expect(
      cal.deadlines[0]?.reasons.find((r) => r.code === 'credentialing.deadline.recredentialing')?.message,
    ).toBe(
      'Recredentialing with aetna is due by 2026-01-31, the last day of the 36th month after 2023-01-15 (the cycle is counted to the month), with no grace period; a plan that misses it may still recredential by 2026-03-02, then must credential the clinician again. The clinician stays in network until the plan acts.',
    );
  });

  it('names the cycle month in English for other cycles: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 22nd, 23rd, 24th', () => {
    const want = {
      1: '1st',
      2: '2nd',
      3: '3rd',
      11: '11th',
      12: '12th',
      13: '13th',
      21: '21st',
      22: '22nd',
      23: '23rd',
      24: '24th',
    };
    for (const [months, ordinal] of Object.entries(want)) {
      const cal = buildCredentialingCalendar(
        {
          clinicians: [],
          enrollments: [enrollment({ effectiveOn: '2025-12-01', credentialedOn: '2025-12-01' })],
        },
        {
          asOf: '2025-12-01',
          horizonDays: 800,
          payers: [{ payerId: 'aetna', recredentialingMonths: Number(months) }],
        },
      );
      expect(cal.deadlines[0]?.reasons.at(-1)?.message).toContain(
        `the last day of the ${ordinal} month after 2025-12-01`,
      );
    }
  });

  it('tracks Medicare revalidation, not recredentialing: estimated, then on the date CMS posted', () => {
    const medicare = { payerId: 'medicare', program: 'medicare' } as const;
    const enrolled = enrollment({
      payerId: 'medicare',
      effectiveOn: '2022-01-03',
      credentialedOn: '2022-01-03',
    });
    // Recredentialing at 36 months would have fallen on 2025-01-03: nothing is due then.
    expect(
      buildCredentialingCalendar(
        { clinicians: [], enrollments: [enrolled] },
        { asOf: '2025-02-10', payers: [medicare] },
      ).deadlines,
    ).toEqual([]);
    const estimated = buildCredentialingCalendar(
      { clinicians: [], enrollments: [enrolled] },
      { asOf: '2026-11-01', payers: [medicare] },
    ).deadlines;
    expect(estimated).toHaveLength(1);
    expect(estimated[0]).toMatchObject({
      id: 'clin-ana/revalidation/medicare/2022-01-03',
      kind: 'revalidation',
      dueOn: '2027-01-31',
      daysLeft: 91,
      owner: 'credentialing_staff',
      severity: 'info',
    });
    expect(estimated[0]?.reasons[0]?.facts).toMatchObject({ posted: false, revalidationMonths: 60 });
    const posted = buildCredentialingCalendar(
      { clinicians: [], enrollments: [{ ...enrolled, revalidationDueOn: '2026-12-31' }] },
      { asOf: '2026-11-01', payers: [medicare] },
    ).deadlines;
    expect(posted[0]).toMatchObject({ kind: 'revalidation', dueOn: '2026-12-31', severity: 'warning' });
    expect(posted[0]?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.alert',
      'credentialing.deadline.revalidation',
    ]);
    expect(posted[0]?.reasons[1]?.facts).toMatchObject({ posted: true });
    // A posted date beyond the horizon, and an enrollment that ends before its revalidation: nothing.
    expect(
      buildCredentialingCalendar(
        {
          clinicians: [],
          enrollments: [
            { ...enrolled, revalidationDueOn: '2027-09-30' },
            { ...enrolled, terminatedOn: '2026-12-01' },
          ] as never[],
        },
        { asOf: '2026-11-01', payers: [medicare] },
      ).deadlines,
    ).toEqual([]);
  });

  it('skips recredentialing when the contract ends first, and follows up stalled applications', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [],
        enrollments: [
          enrollment({ effectiveOn: '2024-03-01', credentialedOn: '2024-02-29', terminatedOn: '2027-01-31' }),
          enrollment({
            payerId: 'cigna',
            status: 'in_review',
            effectiveOn: undefined,
            credentialedOn: undefined,
            submittedOn: '2026-12-01',
          }),
          enrollment({
            payerId: 'optum',
            status: 'gathering_documents',
            effectiveOn: undefined,
            credentialedOn: undefined,
          }),
        ] as never[],
      },
      { asOf: '2027-01-15', payers: [{ payerId: 'cigna', stallAfterDays: 21 }] },
    );
    expect(cal.deadlines.map((d) => [d.kind, d.payerId, d.dueOn])).toEqual([
      ['enrollment_follow_up', 'cigna', '2026-12-22'],
      ['enrollment_follow_up', 'optum', '2027-01-15'],
    ]);
  });

  it('lets the practice set lead times per kind, owners and the horizon', () => {
    const cal = buildCredentialingCalendar(
      { clinicians: [ana] },
      {
        asOf: '2026-11-22',
        leadDays: [14],
        leadDaysByKind: { license_expiry: [45, 45, 40] },
        owners: { license_expiry: 'practice_owner' },
        horizonDays: 0,
      },
    );
    expect(cal.horizonEndsOn).toBe('2027-01-06');
    const lic = byKind(cal.deadlines, 'license_expiry')[0];
    expect(lic).toMatchObject({ owner: 'practice_owner', alerts: [{ leadDays: 45 }, { leadDays: 40 }] });
    expect(byKind(cal.deadlines, 'caqh_reattestation')[0]?.alerts).toEqual([
      { leadDays: 14, opensOn: '2026-11-15' },
    ]);
  });

  it('lists DEA, board, compact and supervision deadlines', () => {
    const full = clinician({
      prescribes: true,
      deaRegistrations: [
        { number: 'AB1234563', state: 'CA', issuedOn: '2024-01-01', expiresOn: '2026-12-31' },
      ],
      boardCertifications: [
        { board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2017-01-01', expiresOn: '2026-12-31' },
        { board: 'ABPP', specialty: 'Clinical', issuedOn: '2017-01-01' },
      ],
      compactAuthorizations: [
        {
          kind: 'psypact_apit',
          homeState: 'CA',
          status: 'active',
          issuedOn: '2026-01-01',
          expiresOn: '2026-12-31',
        },
      ],
      supervision: [
        { supervisorId: 'sup-1', state: 'CA', startsOn: '2025-01-01', endsOn: '2026-12-31' },
        { supervisorId: 'sup-2', state: 'CA', startsOn: '2025-01-01' },
      ],
    });
    const kinds = buildCredentialingCalendar({ clinicians: [full] }, { asOf: '2026-12-01' }).deadlines.map(
      (d) => d.kind,
    );
    // The CA license expired on 2026-06-30 (overdue first); the rest fall due on 2026-12-31.
    expect(kinds).toEqual([
      'license_expiry',
      'board_certification_expiry',
      'compact_expiry',
      'dea_expiry',
      'supervision_end',
    ]);
  });

  it('reports every invalid record by index and still builds the rest', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [
          ana,
          {
            clinicianId: 'clin-x',
            individualNpi: '1234567890',
            licenses: [license({ state: 'ZZ' as 'CA' }), license({ expiresOn: '2020-01-01' })],
          },
        ],
        enrollments: [
          enrollment({
            status: 'approved',
            history: [
              { status: 'approved', on: '2026-01-01' },
              { status: 'submitted', on: '2026-02-01' },
            ],
          }),
        ],
      },
      { asOf: '2026-11-22' },
    );
    expect(cal.deadlines.length).toBeGreaterThan(0);
    expect(cal.invalid.clinicians).toHaveLength(1);
    expect(cal.invalid.clinicians[0]?.index).toBe(1);
    expect(cal.invalid.clinicians[0]?.issues.map((i) => [i.at, i.code])).toEqual([
      ['$[1].individualNpi', 'core.npi.check_digit'],
      ['$[1].licenses[0].state', 'invalid_value'],
      ['$[1].licenses[1].expiresOn', 'credentialing.license.expiry_before_issue'],
    ]);
    expect(cal.invalid.enrollments[0]?.issues.map((i) => i.code)).toEqual([
      'credentialing.enrollment.invalid_transition',
      'credentialing.enrollment.status_mismatch',
    ]);
    expect(JSON.stringify(cal.invalid)).not.toMatch(/1234567890|ZZ|2020-01-01/);
  });

  it('throws on an invalid policy, naming each problem', () => {
    expect(() =>
      buildCredentialingCalendar({ clinicians: [] }, { asOf: '2026-11-22', leadDays: [], horizonDays: -1 }),
    ).toThrow(ValidationError);
  });

  it('refuses a missing input object with a ValidationError, not a TypeError', () => {
    for (const input of [undefined, null, [], 'clinicians']) {
      expect(() => buildCredentialingCalendar(input as never, { asOf: '2026-11-22' })).toThrow(
        ValidationError,
      );
    }
  });
});

// A clinician whose licenses expire on generated dates, with a CAQH attestation.
const clinicianArb = (id: number) =>
  fc
    .record({
      expiries: fc.array(dateArb, { minLength: 1, maxLength: 3 }),
      attested: dateArb,
    })
    .map(
      ({ expiries, attested }): ClinicianCredentialsInput => ({
        clinicianId: `c${id}`,
        individualNpi: NPI,
        caqh: { providerId: '12345678', lastAttestedOn: attested },
        malpractice: [LONG_POLICY],
        licenses: expiries.map((expiresOn, i) =>
          license({ state: (['CA', 'NV', 'AZ'] as const)[i] ?? 'CA', issuedOn: '2019-01-01', expiresOn }),
        ),
      }),
    );

const cliniciansArb = fc.tuple(clinicianArb(1), clinicianArb(2), clinicianArb(3));
// Approved enrollments (recredentialing) and submitted ones (follow-ups), on generated dates.
const enrollmentsArb = fc.array(fc.tuple(fc.boolean(), dateArb), { maxLength: 6 }).map((list) =>
  list.map(([approved, on], i) => ({
    clinicianId: `c${i % 3}`,
    payerId: `p${i}`,
    status: approved ? ('approved' as const) : ('submitted' as const),
    submittedOn: on,
    effectiveOn: on,
    credentialedOn: on,
  })),
);
const leadsArb = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 5 });

describe('buildCredentialingCalendar: properties', () => {
  it('never raises an alert outside its lead window, and raises exactly the ones its lead times call for', () => {
    fc.assert(
      fc.property(
        cliniciansArb,
        enrollmentsArb,
        dateArb,
        leadsArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        (clinicians, enrollments, asOf, leads, horizonDays, p0Months) => {
          const cal = buildCredentialingCalendar(
            { clinicians, enrollments },
            {
              asOf,
              leadDays: leads,
              leadDaysByKind: {},
              horizonDays,
              payers: [{ payerId: 'p0', recredentialingMonths: p0Months }],
            },
          );
          for (const d of cal.deadlines) {
            expect(d.daysLeft).toBe(getDaysBetween(asOf, d.dueOn));
            for (const a of d.alerts) {
              expect(a.opensOn).toBe(addDays(d.dueOn, -a.leadDays));
              expect(compareDates(a.opensOn, asOf)).toBeLessThanOrEqual(0);
              expect(compareDates(asOf, d.dueOn)).toBeLessThanOrEqual(0);
            }
            const expected = d.daysLeft < 0 ? [] : leads.filter((l) => d.daysLeft <= l).sort((a, b) => b - a);
            expect(d.alerts.map((a) => a.leadDays)).toEqual(expected);
            expect(d.severity).toBe(d.daysLeft < 0 ? 'error' : expected.length > 0 ? 'warning' : 'info');
          }
          // Every license and attestation due within the horizon (or overdue) is there, once.
          const horizonEnd = addDays(asOf, Math.max(horizonDays, ...leads));
          expect(cal.horizonEndsOn).toBe(horizonEnd);
          const want = clinicians.flatMap((c) => [
            ...(c.licenses ?? [])
              .filter((l) => l.expiresOn <= horizonEnd)
              .map((l) => `${c.clinicianId}/license_expiry/${l.state}/LMFT/LMFT 100`),
            ...(addDays(c.caqh?.lastAttestedOn ?? '', 120) <= horizonEnd
              ? [`${c.clinicianId}/caqh_reattestation/12345678`]
              : []),
          ]);
          for (const e of enrollments) {
            if (
              e.status === 'approved' &&
              getRecredentialingDueDate(e.credentialedOn, { months: e.payerId === 'p0' ? p0Months : 36 }) <=
                horizonEnd
            ) {
              want.push(`${e.clinicianId}/recredentialing/${e.payerId}/${e.credentialedOn}`);
            }
            if (e.status === 'submitted' && getDaysBetween(e.submittedOn, asOf) >= 30) {
              want.push(`${e.clinicianId}/enrollment_follow_up/${e.payerId}/${e.submittedOn}`);
            }
          }
          expect(cal.deadlines.map((d) => d.id).sort()).toEqual(want.sort());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders deadlines by due date then id, whatever the input order', () => {
    fc.assert(
      fc.property(cliniciansArb, dateArb, (clinicians, asOf) => {
        const a = buildCredentialingCalendar({ clinicians }, { asOf });
        const b = buildCredentialingCalendar({ clinicians: [...clinicians].reverse() }, { asOf });
        expect(JSON.stringify(b.deadlines)).toBe(JSON.stringify(a.deadlines));
        for (let i = 1; i < a.deadlines.length; i += 1) {
          const prev = a.deadlines[i - 1] as CredentialingDeadline;
          const next = a.deadlines[i] as CredentialingDeadline;
          expect(prev.dueOn < next.dueOn || (prev.dueOn === next.dueOn && prev.id < next.id)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('buildCredentialingCalendar: records that give no deadline', () => {
  it('skips applications still moving and lapsed authorizations, and asks for the dates of an approved enrollment that records none', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [
          clinician({
            licenses: [license({ expiresOn: '2028-01-01' })],
            compactAuthorizations: [
              {
                kind: 'psypact_apit',
                homeState: 'CA',
                status: 'inactive',
                issuedOn: '2026-01-01',
                expiresOn: '2026-12-31',
              },
            ],
            deaRegistrations: [
              { number: 'AB1234563', state: 'CA', issuedOn: '2023-01-01', expiresOn: '2026-01-31' },
              { number: 'AB1234563', state: 'CA', issuedOn: '2026-01-01', expiresOn: '2029-01-31' },
            ],
            boardCertifications: [
              { board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2016-01-01', expiresOn: '2026-01-01' },
              { board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2026-01-01' },
            ],
            supervision: [
              { supervisorId: 'sup-1', state: 'CA', startsOn: '2025-01-01', endsOn: '2026-06-30' },
              { supervisorId: 'sup-1', state: 'CA', startsOn: '2026-07-01', endsOn: '2030-06-30' },
            ],
          }),
        ],
        enrollments: [
          enrollment({ effectiveOn: undefined, credentialedOn: undefined }),
          enrollment({
            payerId: 'cigna',
            status: 'in_review',
            effectiveOn: undefined,
            credentialedOn: undefined,
            submittedOn: '2026-11-10',
          }),
          enrollment({
            payerId: 'optum',
            status: 'denied',
            effectiveOn: undefined,
            credentialedOn: undefined,
          }),
        ] as never[],
      },
      { asOf: '2026-11-22' },
    );
    // Before, the approved enrollment with no date was skipped like the others: its renewal silently untracked.
    expect(
      cal.deadlines.map((d) => [d.id, d.kind, d.dueOn, d.severity, d.reasons.map((r) => r.code)]),
    ).toEqual([
      [
        'clin-ana/recredentialing/aetna/unrecorded',
        'recredentialing',
        '2026-11-22',
        'warning',
        ['credentialing.deadline.renewal_start_unknown'],
      ],
    ]);
  });
});

describe('buildCredentialingCalendar: recredentialing at the horizon’s edge', () => {
  it('includes a cycle exactly when it falls due on or before the horizon’s end, month ends included', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 1, max: 48 }),
        (asOf, shift, months) => {
          const horizonEnd = addDays(asOf, 120);
          const credentialedOn = addDays(addMonths(horizonEnd, -months), shift);
          const cal = buildCredentialingCalendar(
            { clinicians: [], enrollments: [enrollment({ effectiveOn: credentialedOn, credentialedOn })] },
            { asOf, payers: [{ payerId: 'aetna', recredentialingMonths: months }] },
          );
          const due = getRecredentialingDueDate(credentialedOn, { months });
          expect(cal.deadlines.map((d) => d.dueOn)).toEqual(due <= horizonEnd ? [due] : []);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('buildCredentialingCalendar: malpractice coverage and its gaps', () => {
  const policy = malpracticePolicy;
  const calendar = (malpractice: ReturnType<typeof policy>[], asOf = '2026-11-20') =>
    byKind(
      buildCredentialingCalendar(
        { clinicians: [{ clinicianId: 'c1', individualNpi: NPI, malpractice }] },
        { asOf, horizonDays: 400 },
      ).deadlines,
      'malpractice_expiry',
    );

  it('shows the lapse of 2026-01-01 as an error while the next policy only starts 2027-01-01', () => {
    const [d, ...rest] = calendar([
      policy('P-2', '2025-01-01', '2026-01-01'),
      policy('P-3', '2027-01-01', '2028-01-01'),
    ]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      id: 'c1/malpractice_expiry/CPH/P-2',
      dueOn: '2026-01-01',
      severity: 'error',
      alerts: [],
    });
    expect(d?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.overdue',
      'credentialing.deadline.malpractice_not_in_force',
    ]);
    expect(d?.reasons[1]?.facts).toMatchObject({ lapsedOn: '2026-01-01', resumesOn: '2027-01-01' });
  });

  it('shows coverage not yet in force (only a policy starting 2027-01-01) as an error today', () => {
    const [d] = calendar([policy('P-3', '2027-01-01', '2028-01-01')]);
    expect(d).toMatchObject({ dueOn: '2026-11-20', daysLeft: 0, severity: 'error', alerts: [] });
    expect(d?.reasons.map((r) => r.code)).toEqual(['credentialing.deadline.malpractice_not_in_force']);
  });

  it('names a gap ahead: coverage ending 2027-01-01 with the next policy from 2027-02-01', () => {
    const [d] = calendar([
      policy('P-2', '2026-01-01', '2027-01-01'),
      policy('P-3', '2027-02-01', '2028-01-01'),
    ]);
    expect(d).toMatchObject({
      id: 'c1/malpractice_expiry/CPH/P-2',
      dueOn: '2027-01-01',
      severity: 'warning',
    });
    expect(d?.reasons.at(-1)?.facts).toMatchObject({ resumesOn: '2027-02-01' });
    expect(d?.reasons.at(-1)?.message).toContain('leaving a gap in coverage');
  });

  it('follows a renewal without a gap to its end (2028-01-01)', () => {
    const [d] = calendar(
      [policy('P-2', '2026-01-01', '2027-01-01'), policy('P-3', '2027-01-01', '2028-01-01')],
      '2027-06-01',
    );
    expect(d).toMatchObject({ id: 'c1/malpractice_expiry/CPH/P-3', dueOn: '2028-01-01' });
    expect(d?.reasons.at(-1)?.facts).toMatchObject({ resumesOn: null });
  });

  it('reports an error exactly when no policy covers asOf', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 800 }))
      .map(([start, length]) =>
        policy(`P-${start}`, addDays('2024-01-01', start), addDays('2024-01-01', start + length)),
      );
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 3 }), dateArb, (policies, asOf) => {
        const deadlines = calendar(policies, asOf);
        const covered = policies.some((p) => p.effectiveOn <= asOf && asOf <= p.expiresOn);
        const notInForce = deadlines.some((d) =>
          d.reasons.some((r) => r.code === 'credentialing.deadline.malpractice_not_in_force'),
        );
        expect(notInForce).toBe(!covered);
        if (!covered) expect(deadlines.map((d) => d.severity)).toEqual(['error']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildCredentialingCalendar: a payer named Medicare with no policy', () => {
  const medicare = enrollment({
    clinicianId: 'c1',
    payerId: 'medicare',
    effectiveOn: '2023-12-15',
    credentialedOn: '2023-12-15',
  });
  const input = { clinicians: [], enrollments: [medicare] };

  it('asks for the policy instead of putting Medicare on a 36-month cycle', () => {
    const { deadlines } = buildCredentialingCalendar(input, { asOf: '2026-11-22', horizonDays: 365 });
    expect(deadlines.map((d) => [d.id, d.kind, d.dueOn, d.severity])).toEqual([
      ['c1/payer_policy_needed/medicare', 'payer_policy_needed', '2026-11-22', 'warning'],
    ]);
    expect(deadlines[0]?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.payer_program_unknown',
    ]);
    expect(deadlines[0]?.owner).toBe('credentialing_staff');
  });

  it('revalidates once the policy is configured, and leaves other unconfigured payers on the plan cycle', () => {
    const configured = buildCredentialingCalendar(input, {
      asOf: '2028-10-01',
      horizonDays: 365,
      payers: [{ payerId: 'medicare', program: 'medicare' }],
    });
    expect(configured.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['revalidation', '2028-12-31']]);
    const aetna = buildCredentialingCalendar(
      { clinicians: [], enrollments: [{ ...medicare, payerId: 'aetna' }] },
      { asOf: '2026-11-22', horizonDays: 365 },
    );
    expect(aetna.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['recredentialing', '2026-12-31']]);
  });

  it('never puts a payer named Medicare without a policy on any cycle', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'noridian-medicare', 'MEDICARE_B', 'humana-medicare-advantage'),
        dateArb,
        dateArb,
        (payerId, credentialedOn, asOf) => {
          const e = enrollment({ clinicianId: 'c1', payerId, effectiveOn: credentialedOn, credentialedOn });
          const { deadlines } = buildCredentialingCalendar(
            { clinicians: [], enrollments: [e] },
            { asOf, horizonDays: 1095 },
          );
          expect(deadlines.map((d) => d.kind)).toEqual(['payer_policy_needed']);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('buildCredentialingCalendar: facts it cannot date are asked for', () => {
  const lmft = bareClinician({
    clinicianId: 'c1',
    licenses: [license({ expiresOn: '2026-12-31' })],
    caqh: { providerId: '12345678' },
  });

  it('asks on 2026-10-02 for the CAQH attestation date and the malpractice policy, as warnings owned as their renewals are', () => {
    const cal = buildCredentialingCalendar({ clinicians: [lmft] }, { asOf: '2026-10-02' });
    const asked = cal.deadlines.filter((d) => d.reasons.some((r) => r.code.endsWith('_unknown')));
    expect(asked.map((d) => [d.id, d.kind, d.dueOn, d.severity, d.alerts.length])).toEqual([
      ['c1/caqh_reattestation/12345678', 'caqh_reattestation', '2026-10-02', 'warning', 0],
      ['c1/malpractice_expiry/unrecorded', 'malpractice_expiry', '2026-10-02', 'warning', 0],
    ]);
    expect(asked.map((d) => d.reasons.map((r) => r.code))).toEqual([
      ['credentialing.deadline.caqh_attestation_unknown'],
      ['credentialing.deadline.malpractice_unknown'],
    ]);
    expect(asked[0]?.needed).toContain('Record the last attestation date');
    expect(asked[1]?.needed).toContain('certificate of insurance');
  });

  it('asks nothing once both are recorded, and nothing about CAQH for a clinician with no profile', () => {
    const recorded = bareClinician({
      ...lmft,
      caqh: { providerId: '12345678', lastAttestedOn: '2026-09-01' },
      malpractice: [LONG_POLICY],
    });
    const noProfile = bareClinician({ clinicianId: 'c2', malpractice: [LONG_POLICY] });
    const cal = buildCredentialingCalendar({ clinicians: [recorded, noProfile] }, { asOf: '2026-10-02' });
    expect(
      cal.deadlines.flatMap((d) => d.reasons.map((r) => r.code)).filter((c) => c.endsWith('_unknown')),
    ).toEqual([]);
  });

  it('always asks exactly for what is missing, on asOf, as a warning', () => {
    fc.assert(
      fc.property(dateArb, fc.boolean(), fc.boolean(), (asOf, withDate, withPolicy) => {
        const c = bareClinician({
          clinicianId: 'c1',
          caqh: withDate ? { providerId: '12345678', lastAttestedOn: asOf } : { providerId: '12345678' },
          ...(withPolicy ? { malpractice: [LONG_POLICY] } : {}),
        });
        const asked = buildCredentialingCalendar({ clinicians: [c] }, { asOf }).deadlines.filter((d) =>
          d.reasons.some((r) => r.code.endsWith('_unknown')),
        );
        expect(asked.map((d) => d.kind).sort()).toEqual(
          [...(withDate ? [] : ['caqh_reattestation']), ...(withPolicy ? [] : ['malpractice_expiry'])].sort(),
        );
        for (const d of asked) expect([d.dueOn, d.severity]).toEqual([asOf, 'warning']);
      }),
    );
  });
});

describe('buildCredentialingCalendar: the DEA registration and the supervision arrangement are asked for', () => {
  const psychiatrist = clinician({
    clinicianId: 'c1',
    licenses: [license({ type: 'psychiatrist', number: 'A-1', expiresOn: '2028-12-31' })],
  });
  const associate = clinician({
    clinicianId: 'c2',
    licenses: [
      license({ type: 'associate', number: 'AMFT 9001', level: 'supervised', expiresOn: '2028-01-31' }),
    ],
  });
  const asked = (cal: { deadlines: readonly CredentialingDeadline[] }) =>
    cal.deadlines
      .filter((d) => d.reasons.some((r) => r.code.endsWith('_unknown')))
      .map((d) => [d.id, d.kind, d.dueOn, d.severity, d.owner, d.reasons.map((r) => r.code)]);

  it('asks on 2026-10-02 for a prescriber’s DEA registration and an associate’s supervision arrangement', () => {
    const cal = buildCredentialingCalendar(
      { clinicians: [{ ...psychiatrist, prescribes: true }, associate] },
      { asOf: '2026-10-02' },
    );
    expect(asked(cal)).toEqual([
      [
        'c1/dea_expiry/unrecorded',
        'dea_expiry',
        '2026-10-02',
        'warning',
        'clinician',
        ['credentialing.deadline.dea_registration_unknown'],
      ],
      [
        'c2/supervision_end/CA/unrecorded',
        'supervision_end',
        '2026-10-02',
        'warning',
        'practice_owner',
        ['credentialing.deadline.supervision_unknown'],
      ],
    ]);
  });

  it('asks a psychiatrist with prescribing not recorded, and nothing once recorded or for a non-prescriber', () => {
    const unknown = buildCredentialingCalendar({ clinicians: [psychiatrist] }, { asOf: '2026-10-02' });
    expect(asked(unknown).map((a) => a[0])).toEqual(['c1/dea_expiry/unrecorded']);
    expect(
      asked(
        buildCredentialingCalendar(
          { clinicians: [{ ...psychiatrist, prescribes: false }] },
          { asOf: '2026-10-02' },
        ),
      ),
    ).toEqual([]);
    const registered = {
      ...psychiatrist,
      prescribes: true,
      deaRegistrations: [
        { number: 'AB1234563', state: 'CA' as const, issuedOn: '2025-01-01', expiresOn: '2028-01-01' },
      ],
    };
    const withSupervision = {
      ...associate,
      supervision: [
        { supervisorId: 'clin-sup', state: 'CA' as const, startsOn: '2026-01-01', endsOn: '2027-12-31' },
      ],
    };
    expect(
      asked(
        buildCredentialingCalendar({ clinicians: [registered, withSupervision] }, { asOf: '2026-10-02' }),
      ),
    ).toEqual([]);
  });

  it('does not ask about a supervised license no longer in force (expired 2026-01-31)', () => {
    const expired = {
      ...associate,
      licenses: [
        license({ type: 'associate', number: 'AMFT 1', level: 'supervised', expiresOn: '2026-01-31' }),
      ],
    };
    expect(asked(buildCredentialingCalendar({ clinicians: [expired] }, { asOf: '2026-10-02' }))).toEqual([]);
  });

  it('property: asks exactly for the missing DEA registration and supervision arrangement, on asOf', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (asOf, prescribes, withDea, supervised, withArrangement) => {
          const c = clinician({
            clinicianId: 'c1',
            licenses: [
              license({
                type: supervised ? 'associate' : 'psychiatrist',
                level: supervised ? 'supervised' : 'independent',
                issuedOn: '2019-01-01',
                expiresOn: '2031-12-31',
              }),
            ],
            ...(prescribes === undefined ? {} : { prescribes }),
            ...(withDea
              ? {
                  deaRegistrations: [
                    {
                      number: 'AB1234563',
                      state: 'CA' as const,
                      issuedOn: '2019-01-01',
                      expiresOn: '2031-12-31',
                    },
                  ],
                }
              : {}),
            ...(withArrangement
              ? { supervision: [{ supervisorId: 'clin-sup', state: 'CA' as const, startsOn: '2019-01-01' }] }
              : {}),
          });
          const kinds = buildCredentialingCalendar({ clinicians: [c] }, { asOf, horizonDays: 0 })
            .deadlines.filter((d) => d.reasons.some((r) => r.code.endsWith('_unknown')))
            .map((d) => [d.kind, d.dueOn]);
          // A psychiatrist prescribes unless recorded otherwise; an associate only when recorded so.
          const prescriber = prescribes ?? !supervised;
          expect(kinds).toEqual([
            ...(prescriber && !withDea ? [['dea_expiry', asOf]] : []),
            ...(supervised && !withArrangement ? [['supervision_end', asOf]] : []),
          ]);
        },
      ),
    );
  });
});

describe('buildCredentialingCalendar: the shape of its input', () => {
  it('names clinicians given as a string beside a bad date, with a stable code', () => {
    let issues: string[] = [];
    try {
      buildCredentialingCalendar({ clinicians: 'x' as never }, { asOf: '2026-02-30' });
    } catch (error) {
      issues = (error as ValidationError).issues.map((i) => `${i.code}@${i.at}`);
    }
    expect(issues).toEqual([
      'credentialing.calendar.not_a_record_list@$.input.clinicians',
      'core.date.invalid@$.options.asOf',
    ]);
  });
});
