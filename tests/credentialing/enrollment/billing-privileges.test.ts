// Outside testers' cases from the public rules, each checked against the network decision:
// - 42 CFR 424.540(a)(1): CMS may deactivate Medicare billing privileges after 12 consecutive calendar months with
//   no claim (from the first day of the first month without one through the last day of the 12th); 424.555(b): no
//   payment while deactivated.
// - 42 CFR 424.80, 424.520(d), 424.521(a): a group bills Medicare for a clinician only under a reassignment in
//   effect on the date of service, effective like an enrollment, 30 days retroactive.
// - 42 CFR 455.436(c)(2), 1001.1901, 424.535(a)(2): the LEIE and SAM are checked monthly, and a finding on either is
//   dated and read the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import {
  type EvaluatePayerNetworkStatusOptions,
  evaluatePayerNetworkStatus,
  type PayerEnrollmentInput,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb, enrollment } from '../credentials/credential-fixtures.js';

const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const billable = (d: PayerNetworkDecision) => d.outcome === 'in_network' || d.outcome === 'retro_billable';
const ffs = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const ma = { payerPolicy: { payerId: 'medicare', program: 'medicare_advantage' } } as const;
const medicare = (over: Partial<PayerEnrollmentInput> = {}) =>
  enrollment({
    payerId: 'medicare',
    effectiveOn: '2024-03-15',
    credentialedOn: '2024-03-15',
    submittedOn: '2024-03-15',
    ...over,
  });
const on = (
  serviceDate: string,
  e: PayerEnrollmentInput,
  extra: Record<string, unknown> = {},
  o: EvaluatePayerNetworkStatusOptions = ffs,
) =>
  evaluatePayerNetworkStatus(
    [e],
    { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate, licenseType: 'LCSW', ...extra },
    o,
  );

describe('Medicare deactivation for no claims (42 CFR 424.540(a)(1))', () => {
  const billed = medicare({ lastClaimSubmittedOn: '2025-03-14' });

  it('after a last claim on 2025-03-14, bills through 2026-03-31 and holds from 2026-04-01', () => {
    expect(on('2026-03-31', billed).outcome).toBe('in_network');
    const d = on('2026-04-01', billed);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toMatchObject([
      {
        code: 'credentialing.medicare.inactivity_deactivation_possible',
        severity: 'error',
        facts: {
          lastClaimSubmittedOn: '2025-03-14',
          deactivationFrom: '2026-04-01',
          submitBy: '2026-03-31',
          outcomeOtherwise: 'in_network',
        },
      },
    ]);
  });

  it('warns from 60 days before (2026-01-31), not on 2026-01-30, and stays in network', () => {
    expect(codes(on('2026-01-30', billed))).toEqual(['credentialing.network.in_network']);
    const d = on('2026-01-31', billed);
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toEqual([
      'credentialing.medicare.inactivity_deactivation_near',
      'credentialing.network.in_network',
    ]);
    expect(d.reasons[0]?.message).toContain('Submit a claim by 2026-03-31');
  });

  it('a later claim starts the count again: the last on 2026-02-02 clears 2026-04-01, holds 2027-03-01', () => {
    const again = medicare({ lastClaimSubmittedOn: '2026-02-02' });
    expect(on('2026-04-01', again).outcome).toBe('in_network');
    expect(on('2027-02-28', again).outcome).toBe('in_network');
    expect(on('2027-03-01', again).outcome).toBe('undecided');
  });

  it('with no claim date, holds a date 12 months after the effective month (2025-03-01), not before', () => {
    const unknown = medicare();
    expect(on('2025-02-28', unknown).outcome).toBe('in_network');
    const d = on('2025-03-01', unknown);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toMatchObject([
      {
        code: 'credentialing.medicare.last_claim_unknown',
        severity: 'warning',
        facts: { lastClaimSubmittedOn: null, deactivationFrom: '2025-03-01' },
      },
    ]);
  });

  it('never counts a claim before the enrollment: one on 2023-01-10 still holds from 2025-03-01', () => {
    const old = medicare({ lastClaimSubmittedOn: '2023-01-10' });
    expect(on('2025-02-28', old).outcome).toBe('in_network');
    expect(codes(on('2025-03-01', old))).toEqual(['credentialing.medicare.inactivity_deactivation_possible']);
  });

  it('applies to fee-for-service only: a Medicare Advantage plan, and a retro date, are not held', () => {
    expect(on('2027-06-01', billed, {}, ma).outcome).toBe('in_network');
    expect(on('2024-02-20', medicare({ lastClaimSubmittedOn: '2020-01-02' })).outcome).toBe('retro_billable');
  });

  it('is never billable from the deactivation date, and always is before the warning, all else clean (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: 0, max: 1200 }), (effectiveOn, last, offset) => {
        const serviceDate = addDays(effectiveOn, offset);
        const e = medicare({
          effectiveOn,
          credentialedOn: serviceDate,
          submittedOn: effectiveOn,
          revalidationDueOn: addDays(serviceDate, 1),
          lastClaimSubmittedOn: last,
        });
        const d = on(serviceDate, e);
        const fromClaim = addMonths(`${last.slice(0, 8)}01`, 13);
        const fromEffective = addMonths(`${effectiveOn.slice(0, 8)}01`, 12);
        const from = compareDates(fromClaim, fromEffective) >= 0 ? fromClaim : fromEffective;
        if (compareDates(serviceDate, from) >= 0) expect(d.outcome).toBe('undecided');
        else expect(d.outcome).toBe('in_network');
        const near = codes(d).includes('credentialing.medicare.inactivity_deactivation_near');
        expect(near).toBe(
          compareDates(serviceDate, from) < 0 && compareDates(serviceDate, addDays(from, -60)) >= 0,
        );
      }),
    );
  });
});

describe('a group billing Medicare under a reassignment (42 CFR 424.80, 424.520(d), 424.521(a))', () => {
  const group = '1245319599';
  const other = '1003000126';
  const claims = { lastClaimSubmittedOn: '2026-05-01' };
  const reassigned = (r: Record<string, unknown>[] | undefined) =>
    medicare({
      ...claims,
      ...(r === undefined ? {} : { reassignments: r }),
    } as Partial<PayerEnrollmentInput>);
  const underGroup = { billingGroupNpi: group };

  it('bills under the group from the reassignment’s effective date 2026-04-01, retro 30 days to 2026-03-02', () => {
    const e = reassigned([{ groupNpi: group, submittedOn: '2026-04-01', effectiveOn: '2026-04-01' }]);
    expect(on('2026-04-01', e, underGroup).outcome).toBe('in_network');
    const retro = on('2026-03-02', e, underGroup);
    expect(retro.outcome).toBe('retro_billable');
    expect(codes(retro)).toContain('credentialing.medicare.reassignment_retro_window');
    const before = on('2026-03-01', e, underGroup);
    expect(before.outcome).toBe('out_of_network');
    expect(codes(before)).toEqual(['credentialing.medicare.reassignment_not_effective']);
    // Billed in the clinician's own name, the reassignment does not matter.
    expect(on('2026-03-01', e).outcome).toBe('in_network');
  });

  it('stops on the day the reassignment ends (the clinician left the group on 2026-05-15)', () => {
    const e = reassigned([{ groupNpi: group, effectiveOn: '2026-04-01', endedOn: '2026-05-15' }]);
    expect(on('2026-05-14', e, underGroup).outcome).toBe('in_network');
    expect(on('2026-05-15', e, underGroup).outcome).toBe('out_of_network');
  });

  it('holds a claim under a reassignment filed 2026-04-10 and not approved, from 2026-03-11; refuses before', () => {
    const e = reassigned([{ groupNpi: group, submittedOn: '2026-04-10' }]);
    const d = on('2026-03-11', e, underGroup);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toMatchObject([
      {
        code: 'credentialing.medicare.reassignment_pending',
        facts: { reassignmentSubmittedOn: '2026-04-10' },
      },
    ]);
    expect(on('2026-03-10', e, underGroup).outcome).toBe('out_of_network');
    const undated = on('2026-04-20', reassigned([{ groupNpi: group }]), underGroup);
    expect(codes(undated)).toEqual(['credentialing.medicare.reassignment_pending']);
  });

  it('is undecided when no reassignments are recorded, and refuses when those recorded name another group', () => {
    const unknown = on('2026-04-20', reassigned(undefined), underGroup);
    expect(unknown.outcome).toBe('undecided');
    expect(codes(unknown)).toEqual(['credentialing.medicare.reassignment_unknown']);
    const elsewhere = on(
      '2026-04-20',
      reassigned([{ groupNpi: other, effectiveOn: '2025-01-02' }]),
      underGroup,
    );
    expect(elsewhere.outcome).toBe('out_of_network');
    expect(elsewhere.reasons[0]?.message).toContain('has no reassignment of benefits to it');
  });

  it('takes the best of several: an ended reassignment and a current one to the same group', () => {
    const e = reassigned([
      { groupNpi: group, effectiveOn: '2025-01-02', endedOn: '2025-06-01' },
      { groupNpi: group, effectiveOn: '2026-01-05' },
    ]);
    expect(on('2026-04-20', e, underGroup).outcome).toBe('in_network');
    expect(on('2025-09-01', e, underGroup).outcome).toBe('out_of_network');
  });

  it('reaches back 90 days on an enrollment a declared disaster kept from being filed', () => {
    const e = medicare({
      ...claims,
      disasterPrecludedEnrollment: true,
      reassignments: [{ groupNpi: group, effectiveOn: '2026-04-01' }],
    });
    expect(on('2026-01-01', e, underGroup).outcome).toBe('retro_billable');
    expect(on('2025-12-31', e, underGroup).outcome).toBe('out_of_network');
  });

  it('applies to fee-for-service only, and rejects a reassignment ending on its effective date', () => {
    expect(on('2026-04-20', reassigned(undefined), underGroup, ma).outcome).toBe('in_network');
    const error = thrown(() =>
      on('2026-04-20', reassigned([{ groupNpi: group, effectiveOn: '2026-04-01', endedOn: '2026-04-01' }])),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.enrollments[0].reassignments[0].endedOn', 'credentialing.reassignment.ended_before_effective'],
    ]);
  });

  it('never makes a group claim billable that the clinician’s own would not be, nor one with no reassignment in effect or its window (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(dateArb, { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        fc.boolean(),
        (serviceDate, effectiveOn, length, sameGroup) => {
          const r = {
            groupNpi: sameGroup ? group : other,
            ...(effectiveOn === undefined ? {} : { effectiveOn }),
            ...(effectiveOn === undefined || length === undefined
              ? {}
              : { endedOn: addDays(effectiveOn, length) }),
          };
          const e = medicare({
            effectiveOn: '2020-01-02',
            lastClaimSubmittedOn: serviceDate,
            reassignments: [r],
          });
          const own = on(serviceDate, e);
          const d = on(serviceDate, e, underGroup);
          if (!billable(own)) expect(billable(d)).toBe(false);
          const covered =
            sameGroup &&
            effectiveOn !== undefined &&
            compareDates(serviceDate, addDays(effectiveOn, -30)) >= 0 &&
            (r.endedOn === undefined || compareDates(serviceDate, r.endedOn) < 0);
          if (!covered) expect(billable(d)).toBe(false);
        },
      ),
    );
  });
});

describe('LEIE and SAM findings and checks, one rule (42 CFR 455.436(c)(2), 1001.1901, 424.535(a)(2))', () => {
  const e = medicare({ lastClaimSubmittedOn: '2026-09-01' });
  const screened = { leieScreenedOn: '2026-09-01', samScreenedOn: '2026-09-01' };

  it('holds every federal date under a SAM exclusion from 2026-08-10 (never billed), and a commercial plan ignores it', () => {
    const sam = { samExclusions: [{ effectiveOn: '2026-08-10' }], exclusionScreening: screened };
    expect(on('2026-08-09', e, sam).outcome).toBe('in_network');
    const d = on('2026-08-10', e, sam);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toMatchObject([
      {
        code: 'credentialing.exclusion.sam_excluded',
        severity: 'error',
        facts: { excludedOn: '2026-08-10' },
      },
    ]);
    const commercial = evaluatePayerNetworkStatus(
      [enrollment({ payerId: 'aetna', effectiveOn: '2026-01-05' })],
      {
        clinicianId: 'clin-ana',
        payerId: 'aetna',
        serviceDate: '2026-08-10',
        samExclusions: [{ effectiveOn: '2026-08-10' }],
      },
    );
    expect(commercial.outcome).toBe('in_network');
  });

  it('reads a SAM exclusion’s end as an OIG reinstatement: clear from 2026-11-02, not on 2026-11-01', () => {
    const sam = { samExclusions: [{ effectiveOn: '2026-08-10', reinstatedOn: '2026-11-02' }] };
    expect(on('2026-11-01', medicare({ lastClaimSubmittedOn: '2026-11-20' }), sam).outcome).toBe('undecided');
    expect(on('2026-11-02', medicare({ lastClaimSubmittedOn: '2026-11-20' }), sam).outcome).toBe(
      'in_network',
    );
  });

  it('an OIG exclusion refuses even beside a SAM one, and keeps both reasons', () => {
    const both = {
      oigExclusions: [{ effectiveOn: '2026-08-10' }],
      samExclusions: [{ effectiveOn: '2026-08-10' }],
    };
    const d = on('2026-08-20', e, both);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual([
      'credentialing.exclusion.oig_excluded',
      'credentialing.exclusion.sam_excluded',
    ]);
  });

  it('an exclusion effective after the last check still decides: checked 2026-09-01, excluded from 2026-09-15', () => {
    const x = { oigExclusions: [{ effectiveOn: '2026-09-15' }], exclusionScreening: screened };
    expect(on('2026-09-14', e, x).outcome).toBe('in_network');
    expect(on('2026-09-15', e, x).outcome).toBe('out_of_network');
  });

  it('covers a date more than a month before the last check only with the earlier check of its own month', () => {
    const late = { exclusionScreening: { ...screened } };
    const d = on('2026-06-10', e, late);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual([
      'credentialing.exclusion.screening_after_date',
      'credentialing.exclusion.screening_after_date',
    ]);
    const kept = {
      exclusionScreening: {
        ...screened,
        earlierChecks: [
          { source: 'leie', screenedOn: '2026-06-01' },
          { source: 'sam', screenedOn: '2026-06-01' },
        ],
      },
    };
    expect(on('2026-06-10', e, kept).outcome).toBe('in_network');
    // The LEIE's earlier check does not stand for SAM's.
    const leieOnly = {
      exclusionScreening: { ...screened, earlierChecks: [{ source: 'leie', screenedOn: '2026-06-01' }] },
    };
    expect(codes(on('2026-06-10', e, leieOnly))).toEqual(['credentialing.exclusion.screening_after_date']);
  });

  it('rejects a SAM exclusion reinstated on its effective date, by path', () => {
    const error = thrown(() =>
      on('2026-08-20', e, { samExclusions: [{ effectiveOn: '2026-08-10', reinstatedOn: '2026-08-10' }] }),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.query.samExclusions[0].reinstatedOn', 'credentialing.exclusion.reinstated_before_effective'],
    ]);
  });

  it('treats the LEIE and SAM alike: a finding on either is never billable to a federal program while it stands (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
        fc.integer({ min: -400, max: 1200 }),
        fc.constantFrom('oigExclusions', 'samExclusions'),
        (effectiveOn, length, offset, list) => {
          const serviceDate = addDays(effectiveOn, offset);
          const x = {
            effectiveOn,
            ...(length === undefined ? {} : { reinstatedOn: addDays(effectiveOn, length) }),
          };
          const stands = offset >= 0 && (length === undefined || offset < length);
          const d = on(
            serviceDate,
            medicare({
              effectiveOn: '2000-01-03',
              submittedOn: '2000-01-03',
              credentialedOn: serviceDate,
              lastClaimSubmittedOn: serviceDate,
            }),
            {
              [list]: [x],
            },
          );
          if (stands) expect(billable(d)).toBe(false);
          else expect(d.outcome).toBe('in_network');
        },
      ),
    );
  });
});
