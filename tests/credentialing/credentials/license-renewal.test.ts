import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/index.js';
import { evaluateServiceJurisdiction, isLicenseInForce } from '../../../src/credentialing/index.js';
import { clinician, dateRangeArb, license } from './credential-fixtures.js';

// A renewal filed and not yet granted never makes a license in force: where the state keeps it in force while a
// timely renewal is pending is the state's law (5 U.S.C. 558(c) for federal licenses), so the library holds.
describe('a pending licence renewal', () => {
  it('never allows a session after expiry, and holds one only when filed by the expiry date', () => {
    fc.assert(
      fc.property(
        dateRangeArb,
        fc.integer({ min: -400, max: 30 }),
        fc.integer({ min: 1, max: 400 }),
        ([issuedOn, expiresOn], filedOffset, daysAfter) => {
          const renewalFiledOn = addDays(expiresOn, filedOffset);
          const serviceDate = addDays(expiresOn, daysAfter);
          const l = license({ issuedOn, expiresOn, renewalFiledOn });
          const d = evaluateServiceJurisdiction(clinician({ licenses: [l] }), {
            clientState: 'CA',
            serviceDate,
            modality: 'telehealth',
          });
          expect(d.outcome).not.toBe('allowed');
          expect(isLicenseInForce(l, { asOf: serviceDate })).toBe(false);
          expect(d.outcome).toBe(filedOffset <= 0 ? 'undecided' : 'refused');
        },
      ),
    );
  });

  it('changes nothing on or before the expiry date', () => {
    fc.assert(
      fc.property(dateRangeArb, fc.integer({ min: -400, max: 30 }), ([issuedOn, expiresOn], filedOffset) => {
        const l = license({ issuedOn, expiresOn });
        const q = { clientState: 'CA', serviceDate: expiresOn, modality: 'in_person' } as const;
        const without = evaluateServiceJurisdiction(clinician({ licenses: [l] }), q);
        const pending = evaluateServiceJurisdiction(
          clinician({ licenses: [{ ...l, renewalFiledOn: addDays(expiresOn, filedOffset) }] }),
          q,
        );
        expect(pending.outcome).toBe(without.outcome);
      }),
    );
  });
});
