import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, ValidationError, validate } from '../../../src/core/index.js';
import {
  ClinicianCredentials,
  getMedicareOptOutPeriod,
  MEDICARE_OPT_OUT_PERIOD_MONTHS,
  MedicareOptOut,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { clinician, dateArb } from './credential-fixtures.js';

describe('getMedicareOptOutPeriod', () => {
  it('puts the affidavit’s own 2 years in period 1: 2025-01-01 through 2026-12-31', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2025-01-01')).toEqual({
      inForce: true,
      period: 1,
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
    });
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2026-12-31')?.period).toBe(1);
  });

  it('renews automatically: 2027-01-01 opens period 2, and it stands without a cancellation', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2027-01-01')).toEqual({
      inForce: true,
      period: 2,
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
    });
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2040-06-15')).toMatchObject({
      inForce: true,
      period: 8,
      startsOn: '2039-01-01',
    });
  });

  it('is null the day before the opt-out takes effect', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2024-12-31')).toBeNull();
  });

  it('stops standing on endsOn, a cancellation at the end of period 1', () => {
    const optOut = { effectiveOn: '2025-01-01', endsOn: '2027-01-01' };
    expect(getMedicareOptOutPeriod(optOut, '2026-12-31')?.inForce).toBe(true);
    expect(getMedicareOptOutPeriod(optOut, '2027-01-01')).toEqual({
      inForce: false,
      period: 2,
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
    });
  });

  it('counts each period from the effective date: from 2024-02-29, period 2 starts 2026-02-28, period 3 2028-02-29', () => {
    const optOut = { effectiveOn: '2024-02-29' };
    expect(getMedicareOptOutPeriod(optOut, '2026-02-27')).toMatchObject({ period: 1, endsOn: '2026-02-27' });
    expect(getMedicareOptOutPeriod(optOut, '2026-02-28')).toMatchObject({
      period: 2,
      startsOn: '2026-02-28',
    });
    expect(getMedicareOptOutPeriod(optOut, '2028-02-28')).toMatchObject({ period: 2, endsOn: '2028-02-28' });
    expect(getMedicareOptOutPeriod(optOut, '2028-02-29')).toMatchObject({
      period: 3,
      startsOn: '2028-02-29',
    });
  });

  it('a period always holds the date, lasts 2 years, and the next starts the day after it ends (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 4000 }), (effectiveOn, offset) => {
        const on = addDays(effectiveOn, offset);
        const p = getMedicareOptOutPeriod({ effectiveOn }, on);
        expect(p).not.toBeNull();
        if (p === null) return;
        expect(compareDates(p.startsOn, on)).toBeLessThanOrEqual(0);
        expect(compareDates(on, p.endsOn)).toBeLessThanOrEqual(0);
        expect(p.startsOn).toBe(addMonths(effectiveOn, (p.period - 1) * MEDICARE_OPT_OUT_PERIOD_MONTHS));
        expect(addDays(p.endsOn, 1)).toBe(addMonths(effectiveOn, p.period * MEDICARE_OPT_OUT_PERIOD_MONTHS));
        expect(p.inForce).toBe(true);
      }),
    );
  });

  it('stands exactly from effectiveOn to the day before endsOn (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: -30, max: 1600 }),
        (effectiveOn, length, offset) => {
          const endsOn = addDays(effectiveOn, length);
          const on = addDays(effectiveOn, offset);
          const p = getMedicareOptOutPeriod({ effectiveOn, endsOn }, on);
          const standing = p?.inForce === true;
          expect(standing).toBe(offset >= 0 && offset < length);
        },
      ),
    );
  });

  it('rejects an end on or before the effective date, by path and code, without echoing the value', () => {
    const error = thrown(() =>
      validate(MedicareOptOut, { effectiveOn: '2025-01-01', endsOn: '2025-01-01' }, 'Medicare opt-out'),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.endsOn', 'credentialing.opt_out.end_before_start'],
    ]);
    const both = thrown(() =>
      getMedicareOptOutPeriod({ effectiveOn: '2025-13-01', secret: 'x' } as never, '2025-02-30'),
    );
    expect(both.issues.map((i) => i.at).sort()).toEqual(['$.date', '$.optOut', '$.optOut.effectiveOn']);
    expect(JSON.stringify(both.issues)).not.toContain('secret');
    expect(JSON.stringify(both.issues)).not.toContain('2025-13-01');
  });

  it('is part of a clinician’s credentials', () => {
    const parsed = ClinicianCredentials.parse(clinician({ medicareOptOut: { effectiveOn: '2025-01-01' } }));
    expect(parsed.medicareOptOut).toEqual({ effectiveOn: '2025-01-01' });
    const error = thrown(() =>
      validate(
        ClinicianCredentials,
        clinician({ medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2024-01-01' } }),
        'clinician credentials',
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.medicareOptOut.endsOn', 'credentialing.opt_out.end_before_start'],
    ]);
  });
});
