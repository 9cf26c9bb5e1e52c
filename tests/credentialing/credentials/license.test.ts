import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PractitionerKind, RENAMED_PRACTITIONER_KINDS } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import {
  getLicenseStanding,
  getLicensesInForceOn,
  groupLicenseRecords,
} from '../../../src/credentialing/credentials/license.js';
import { isLicenseInForce } from '../../../src/credentialing/index.js';
import { getLicenseProfession, LicenseStatus, LicenseType } from '../../../src/credentialing/internal.js';
import { thrown } from '../../validation-subject.js';
import { license } from './credential-fixtures.js';

describe('isLicenseInForce', () => {
  it('lists the license’s problems beside a bad date, each under its parameter’s name', () => {
    const error = thrown(() =>
      isLicenseInForce(license({ expiresOn: '2026-02-30' }), { asOf: '2026-13-01' }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.license.expiresOn',
      'core.date.invalid@$.options.asOf',
    ]);
  });

  it('holds from the issue date through the expiry date, inclusive', () => {
    expect(isLicenseInForce(license(), { asOf: '2024-06-30' })).toBe(false);
    expect(isLicenseInForce(license(), { asOf: '2024-07-01' })).toBe(true);
    expect(isLicenseInForce(license(), { asOf: '2026-06-30' })).toBe(true);
    expect(isLicenseInForce(license(), { asOf: '2026-07-01' })).toBe(false);
  });

  it('holds for a restricted license but not an inactive, suspended, revoked or surrendered one', () => {
    expect(isLicenseInForce(license({ status: 'restricted' }), { asOf: '2025-01-01' })).toBe(true);
    for (const status of ['inactive', 'suspended', 'revoked', 'surrendered'] as const) {
      expect(isLicenseInForce(license({ status }), { asOf: '2025-01-01' })).toBe(false);
    }
  });
});

describe('getLicenseProfession', () => {
  it('maps each license type to the profession whose compact can use it', () => {
    const map = Object.fromEntries(LicenseType.options.map((t) => [t, getLicenseProfession(t)]));
    expect(map).toEqual({
      LCSW: 'social_work',
      LICSW: 'social_work',
      LMSW: 'social_work',
      LPC: 'counseling',
      LPCC: 'counseling',
      LMHC: 'counseling',
      LCPC: 'counseling',
      LCMHC: 'counseling',
      LPCMH: 'counseling',
      LMFT: 'marriage_and_family_therapy',
      addiction_counselor: 'addiction_counseling',
      psychologist: 'psychology',
      psychiatrist: 'medicine',
      psychiatric_np: 'nursing',
      associate: 'other',
      other: 'other',
    });
  });
});

// One spelling across modules: a profession named for a kind of practitioner is spelled from the kind's name
// in core's PractitionerKind (dx40 renamed marriage_family_therapist; the profession followed it).
describe('getLicenseProfession spells a profession as PractitionerKind spells its practitioner', () => {
  const professions = [...new Set(LicenseType.options.map(getLicenseProfession))];

  it('calls an LMFT’s field marriage_and_family_therapy, the marriage_and_family_therapist’s', () => {
    expect(getLicenseProfession('LMFT')).toBe('marriage_and_family_therapy');
    expect(PractitionerKind.options).toContain('marriage_and_family_therapist');
    expect(professions.filter((p) => p.includes('marriage'))).toEqual(['marriage_and_family_therapy']);
  });

  it('spells every profession named for a kind of practitioner from that kind (a therapist’s therapy, a psychologist’s psychology)', () => {
    // A kind ending -ist practises the field ending -y: therapist/therapy, psychologist/psychology.
    const fieldOf = new Map(PractitionerKind.options.map((k) => [k.replace(/ist$/, 'y'), k]));
    const named = professions.filter((p) => /therap|psycholog/.test(p));
    expect(named.sort()).toEqual(['marriage_and_family_therapy', 'psychology']);
    for (const p of named) expect(fieldOf.has(p)).toBe(true);
  });

  it('returns no spelling the library renamed, nor its field', () => {
    const renamedFields = Object.keys(RENAMED_PRACTITIONER_KINDS).map((k) => k.replace(/ist$/, 'y'));
    expect(renamedFields).toEqual(['marriage_family_therapy']);
    for (const p of professions) expect(renamedFields).not.toContain(p);
  });
});

describe('getLicenseStanding (one license’s records: the record issued last on or before the date governs)', () => {
  const active = license({ expiresOn: '2027-12-31' });
  const suspended = license({ status: 'suspended', issuedOn: '2026-05-01', expiresOn: '2028-05-01' });

  it('reads CA LMFT 100 as active on 2026-04-30 and suspended from 2026-05-01', () => {
    expect(getLicenseStanding([active, suspended], '2026-04-30')).toEqual({
      kind: 'record',
      license: active,
    });
    expect(getLicenseStanding([suspended, active], '2026-05-01')).toEqual({
      kind: 'record',
      license: suspended,
    });
  });

  it('is none before the first record, and the latest record of all with no date', () => {
    expect(getLicenseStanding([active, suspended], '2024-06-30')).toEqual({ kind: 'none' });
    expect(getLicenseStanding([active, suspended], null)).toEqual({ kind: 'record', license: suspended });
    expect(getLicenseStanding([], null)).toEqual({ kind: 'none' });
  });

  it('is a conflict when records issued the same day disagree, and one record when they are the same', () => {
    const revoked = license({ status: 'revoked', expiresOn: '2027-12-31' });
    const standing = getLicenseStanding([revoked, active], '2026-01-01');
    expect(standing.kind).toBe('conflict');
    expect(standing.kind === 'conflict' && standing.records.map((r) => r.status)).toEqual([
      'active',
      'revoked',
    ]);
    expect(getLicenseStanding([active, { ...active }], '2026-01-01')).toEqual({
      kind: 'record',
      license: active,
    });
  });

  it('groups records by state, type and number, and keeps only licenses in force', () => {
    const other = license({ number: 'LMFT 200', expiresOn: '2027-12-31' });
    expect(
      groupLicenseRecords([active, other, suspended])
        .map((g) => g.length)
        .sort(),
    ).toEqual([1, 2]);
    expect(getLicensesInForceOn([active, suspended, other], '2026-06-10')).toEqual([other]);
    expect(getLicensesInForceOn([active, suspended, other], '2028-01-01')).toEqual([]);
  });

  const recordArb = fc
    .record({
      status: fc.constantFrom(...LicenseStatus.options),
      issued: fc.integer({ min: 0, max: 2000 }),
      length: fc.integer({ min: 1, max: 1500 }),
    })
    .map(({ status, issued, length }) => {
      const day = toEpochDay('2020-01-01') + issued;
      return license({ status, issuedOn: fromEpochDay(day), expiresOn: fromEpochDay(day + length) });
    });

  it('does not depend on the order of the records, and a record issued later never changes an earlier date', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 5 }),
        recordArb,
        fc.integer({ min: 0, max: 3500 }),
        (records, later, offset) => {
          const on = fromEpochDay(toEpochDay('2020-01-01') + offset);
          const standing = getLicenseStanding(records, on);
          expect(getLicenseStanding([...records].reverse(), on)).toEqual(standing);
          if (later.issuedOn > on) expect(getLicenseStanding([...records, later], on)).toEqual(standing);
          if (standing.kind === 'record') {
            const lastIssued = records
              .filter((r) => r.issuedOn <= on)
              .map((r) => r.issuedOn)
              .sort()
              .at(-1);
            expect(standing.license.issuedOn).toBe(lastIssued);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
