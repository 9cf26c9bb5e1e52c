import { describe, expect, it } from 'vitest';
import { evaluateServiceJurisdiction, isLicenseInForce } from '../../../src/credentialing/index.js';
import { clinician, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases from the public rule, written before reading the code: a license authorizes
// practice through its expiry date, the last valid day on the board's calendar; a session on the next day is not
// covered. A renewal the board has granted is a new record; one filed and not yet granted extends the license
// only where the state's law says so (many state administrative procedure acts keep a license in force while a
// timely renewal is decided, as 5 U.S.C. 558(c) does for federal licenses): never read as licensed.
const session = (serviceDate: string) =>
  ({ clientState: 'CA', serviceDate, modality: 'telehealth' }) as const;
const judge = (licenses: ReturnType<typeof license>[], serviceDate: string) =>
  evaluateServiceJurisdiction(clinician({ licenses }), session(serviceDate));
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('a license on and after its expiry date', () => {
  it('covers a session on the expiry day 2026-06-30, with a warning to renew', () => {
    const d = judge([license()], '2026-06-30');
    expect(d.outcome).toBe('allowed');
    expect(codes(d)).toContain('credentialing.license.expires_on_service_date');
  });

  it('does not cover a session on 2026-07-01, the day after it expires', () => {
    const d = judge([license()], '2026-07-01');
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.license.expired');
  });

  it('covers leap day 2028-02-29 when that is its expiry date, and not 2028-03-01', () => {
    const l = license({ expiresOn: '2028-02-29' });
    expect(judge([l], '2028-02-29').outcome).toBe('allowed');
    expect(judge([l], '2028-03-01').outcome).toBe('refused');
  });

  it('does not carry a license that expires 2026-12-31 into 2027-01-01', () => {
    const l = license({ expiresOn: '2026-12-31' });
    expect(judge([l], '2027-01-01').outcome).toBe('refused');
    expect(isLicenseInForce(l, { asOf: '2026-12-31' })).toBe(true);
    expect(isLicenseInForce(l, { asOf: '2027-01-01' })).toBe(false);
  });

  it('covers 2026-07-01 once the board has granted the renewal (a new record from 2026-06-20)', () => {
    const renewed = license({ issuedOn: '2026-06-20', expiresOn: '2028-06-30' });
    expect(judge([license(), renewed], '2026-07-01').outcome).toBe('allowed');
  });

  it('leaves a gap when the renewal is granted late: 2026-07-01 refused, 2026-07-15 allowed after a 07-10 grant', () => {
    const renewed = license({ issuedOn: '2026-07-10', expiresOn: '2028-06-30' });
    expect(judge([license(), renewed], '2026-07-01').outcome).toBe('refused');
    expect(judge([license(), renewed], '2026-07-15').outcome).toBe('allowed');
  });

  it('holds, never allows, a session after expiry while a renewal filed on time (2026-06-01) is pending', () => {
    const d = judge([license({ renewalFiledOn: '2026-06-01' })], '2026-07-01');
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
    const pending = d.reasons.find((r) => r.code === 'credentialing.license.renewal_pending');
    expect(pending?.message).toBe(
      "The CA LMFT license expired before the date of service; a renewal filed on 2026-06-01 is not yet granted. Whether CA keeps the license in force while a timely renewal is pending is the state's rule: confirm with the board, or wait for the renewal.",
    );
    expect(pending?.facts).toMatchObject({
      renewalFiledOn: '2026-06-01',
      expiresOn: '2026-06-30',
    });
  });

  it('holds a session filed for renewal on the expiry day itself (2026-06-30)', () => {
    expect(judge([license({ renewalFiledOn: '2026-06-30' })], '2026-07-01').outcome).toBe('undecided');
  });

  it('refuses a session after expiry when the renewal was filed late (2026-07-02): nothing kept the license', () => {
    const d = judge([license({ renewalFiledOn: '2026-07-02' })], '2026-07-05');
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.license.expired');
  });

  it('does not count a pending renewal as in force for isLicenseInForce', () => {
    expect(isLicenseInForce(license({ renewalFiledOn: '2026-06-01' }), { asOf: '2026-07-01' })).toBe(false);
  });

  it('still allows sessions before expiry and on the expiry day itself whatever a pending renewal says', () => {
    expect(judge([license({ renewalFiledOn: '2026-06-01' })], '2026-06-15').outcome).toBe('allowed');
    expect(judge([license({ renewalFiledOn: '2026-06-01' })], '2026-06-30').outcome).toBe('allowed');
  });

  it('does not let a pending renewal revive a suspended license', () => {
    const d = judge([license({ status: 'suspended', renewalFiledOn: '2026-06-01' })], '2026-07-01');
    expect(d.outcome).toBe('refused');
  });
});
