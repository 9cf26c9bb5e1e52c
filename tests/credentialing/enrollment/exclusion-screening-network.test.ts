// A federal program's billable answer when the exclusion lists were not checked within the month before the
// date of service, or never: not assumed clean (42 CFR 455.436(c)(2) monthly checks; 1001.1901: an excluded
// clinician is paid nothing from the exclusion's effective date).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../../../src/core/index.js';
import {
  type ExclusionScreeningInput,
  evaluatePayerNetworkStatus,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb, enrollment } from '../credentials/credential-fixtures.js';

type Program = 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial';

const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
// An LCSW enrolled with the payer since 2021-01-04, who submitted a claim on the date of service.
const check = (
  program: Program,
  serviceDate: string,
  exclusionScreening?: ExclusionScreeningInput,
  extra: Record<string, unknown> = {},
) =>
  evaluatePayerNetworkStatus(
    [
      enrollment({
        payerId: 'payer',
        effectiveOn: '2021-01-04',
        credentialedOn: '2024-01-02',
        lastClaimSubmittedOn: serviceDate,
      }),
    ],
    {
      clinicianId: 'clin-ana',
      payerId: 'payer',
      serviceDate,
      licenseType: 'LCSW',
      ...(exclusionScreening === undefined ? {} : { exclusionScreening }),
      ...extra,
    },
    { payerPolicy: { payerId: 'payer', program } },
  );
const both = (on: string) => ({ leieScreenedOn: on, samScreenedOn: on });

describe('evaluatePayerNetworkStatus: exclusion screening (42 CFR 455.436(c)(2), 1001.1901)', () => {
  it('Medicare: LEIE and SAM checked 2026-03-02 cover a session on 2026-04-02; on 2026-04-03 it is undecided', () => {
    expect(check('medicare', '2026-04-02', both('2026-03-02')).outcome).toBe('in_network');
    const d = check('medicare', '2026-04-03', both('2026-03-02'));
    expect(d).toMatchObject({ outcome: 'undecided', effectiveOn: '2021-01-04' });
    expect(codes(d)).toEqual([
      'credentialing.exclusion.screening_overdue',
      'credentialing.exclusion.screening_overdue',
    ]);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: { source: 'leie', screenedOn: '2026-03-02', dueOn: '2026-04-02', on: '2026-04-03' },
    });
  });

  it('a check made after the session covers it (a session on 2026-02-10, checked 2026-03-02)', () => {
    expect(check('medicare', '2026-02-10', both('2026-03-02')).outcome).toBe('in_network');
  });

  it('a check more than a month after the session does not: 2026-02-02 is covered by 2026-03-02, 2026-02-01 held', () => {
    expect(check('medicare', '2026-02-02', both('2026-03-02')).outcome).toBe('in_network');
    const d = check('medicaid', '2026-02-01', {
      ...both('2026-03-02'),
      stateMedicaid: [{ state: 'NY', screenedOn: '2026-01-15' }],
    });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual([
      'credentialing.exclusion.screening_after_date',
      'credentialing.exclusion.screening_after_date',
    ]);
    expect(d.reasons[0]?.facts).toMatchObject({ source: 'leie', screenedOn: '2026-03-02', on: '2026-02-01' });
  });

  it('a list never checked is not assumed clean: SAM missing holds a Medicare Advantage session', () => {
    const d = check('medicare_advantage', '2026-03-10', { leieScreenedOn: '2026-03-02' });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.exclusion.screening_unknown']);
    expect(d.reasons[0]?.facts).toMatchObject({ source: 'sam', screenedOn: null });
  });

  it('Medicaid needs a state list too: none recorded is undecided; New York checked 2026-03-02 is in network', () => {
    const none = check('medicaid', '2026-03-10', both('2026-03-02'));
    expect(none.outcome).toBe('undecided');
    expect(codes(none)).toEqual(['credentialing.exclusion.screening_unknown']);
    expect(none.reasons[0]?.facts).toMatchObject({ source: 'state_medicaid', state: null });
    const ny = { ...both('2026-03-02'), stateMedicaid: [{ state: 'NY' as const, screenedOn: '2026-03-02' }] };
    expect(check('medicaid', '2026-03-10', ny).outcome).toBe('in_network');
    const stale = {
      ...both('2026-03-02'),
      stateMedicaid: [{ state: 'NY' as const, screenedOn: '2026-01-02' }],
    };
    expect(codes(check('medicaid', '2026-03-10', stale))).toEqual([
      'credentialing.exclusion.screening_overdue',
    ]);
  });

  it('a commercial payer ignores the screening, and a query without it is unchanged', () => {
    expect(check('commercial', '2026-03-10', {}).outcome).toBe('in_network');
    expect(check('medicare', '2026-03-10').outcome).toBe('in_network');
  });

  it('an exclusion found wins: out of network with the exclusion, whatever the screening', () => {
    const d = check('medicare', '2026-03-10', {}, { oigExclusions: [{ effectiveOn: '2026-02-19' }] });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.exclusion.oig_excluded');
  });

  it('an out-of-network answer stands as it is, without screening reasons', () => {
    const d = check('medicare', '2020-06-01', {});
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.network.before_effective_date']);
  });

  it('an undecided answer keeps its own reasons beside the screening’s', () => {
    const d = check('medicare', '2023-06-01', {}, { licenseType: undefined });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'credentialing.medicare.license_type_unknown',
        'credentialing.exclusion.screening_unknown',
      ]),
    );
  });

  it('rejects a bad screening by path', () => {
    const error = thrown(() => check('medicare', '2026-03-10', { leieScreenedOn: 'March' }));
    expect(error.issues.map((i) => i.at)).toEqual(['$.query.exclusionScreening.leieScreenedOn']);
  });

  it('is never billable for a federal program on a date more than a month from a list’s check, either way (property)', () => {
    const programs = fc.constantFrom<Program>('medicare', 'medicare_advantage', 'medicaid');
    fc.assert(
      fc.property(programs, dateArb, dateArb, dateArb, (program, leie, sam, serviceDate) => {
        const screening = {
          leieScreenedOn: leie,
          samScreenedOn: sam,
          stateMedicaid: [{ state: 'NY' as const, screenedOn: leie }],
        };
        const d = check(program, serviceDate, screening);
        const unscreened = check(program, serviceDate);
        const lapsed = [leie, sam].some(
          (on) =>
            compareDates(serviceDate, addMonths(on, 1)) > 0 ||
            compareDates(serviceDate, addMonths(on, -1)) < 0,
        );
        const billable = (x: PayerNetworkDecision) =>
          x.outcome === 'in_network' || x.outcome === 'retro_billable';
        if (lapsed) expect(billable(d)).toBe(false);
        else expect(d).toEqual(unscreened);
        // Never better than without it.
        if (!billable(unscreened)) expect(billable(d)).toBe(false);
      }),
    );
  });
});
