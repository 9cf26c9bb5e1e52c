// Telehealth at booking as an outside tester: licensure follows where the client is for that session, not
// their profile [sources: hhs-telehealth-licensure]; Medicare's in-person visit with an enforcement date
// nobody knows is undecided, never "not needed" [sources: usc-42-1395m, cfr-42-410.78].
import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

// clin-001 holds New York and California licenses; the booking is Tuesday 2026-11-24 15:00 New York time.
const data = smallPractice();
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const licenceRefused = (d: { reasons: readonly { code: string }[] }) =>
  codes(d).includes('ops.booking.no_license_in_state');

/** The booking's client living in `home` (profile), everything else as the fixture. */
function livingIn(home: 'NY' | 'NJ' | 'FL'): PracticeData {
  const d = structuredClone(data);
  const c = d.clients.find((x) => x.id === base.clientId) as PracticeData['clients'][number];
  c.locationState = home;
  return d;
}

describe('licensure follows where the client is for that session', () => {
  it('allows a New York client joining from home in New York', () => {
    expect(evaluateBooking(base, data, { asOf: AS_OF }).outcome).toBe('allowed');
  });

  it('refuses the same client the week they are in Florida, where the clinician holds no license', () => {
    const d = evaluateBooking({ ...base, clientState: 'FL' }, data, { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.find((r) => r.code === 'ops.booking.no_license_in_state')?.facts).toMatchObject({
      clientState: 'FL',
    });
  });

  it('allows the same client the week they are in California, where the clinician is licensed', () => {
    expect(licenceRefused(evaluateBooking({ ...base, clientState: 'CA' }, data, { asOf: AS_OF }))).toBe(
      false,
    );
  });

  it('allows a New Jersey resident who joins from their office in Manhattan (New York)', () => {
    const d = evaluateBooking({ ...base, clientState: 'NY' }, livingIn('NJ'), { asOf: AS_OF });
    expect(licenceRefused(d)).toBe(false);
  });

  it('refuses the New Jersey resident joining from home across the Hudson', () => {
    const d = evaluateBooking({ ...base, clientState: 'NJ' }, livingIn('NJ'), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(licenceRefused(d)).toBe(true);
  });

  it('does not read a Florida profile as Florida when the client says New York for the session', () => {
    expect(
      licenceRefused(evaluateBooking({ ...base, clientState: 'NY' }, livingIn('FL'), { asOf: AS_OF })),
    ).toBe(false);
  });

  it('leaves licensure undecided (a warning, never allowed silently) when nobody knows where the client will be', () => {
    const d = evaluateBooking({ ...base, clientState: undefined }, livingIn('FL'), { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(codes(d)).toContain('ops.booking.client_location_unknown');
    expect(licenceRefused(d)).toBe(false);
  });
});

describe('Medicare’s in-person visit at booking with an enforcement date nobody knows', () => {
  function medicare(requiredFrom: string | null): PracticeData {
    const d = structuredClone(data);
    const c = d.clients.find((x) => x.id === base.clientId) as PracticeData['clients'][number];
    c.payerClasses = ['medicare'];
    // No in-person visit on record: the client's sessions were all by telehealth from New York.
    for (const a of d.appointments)
      if (a.clientIds.includes(base.clientId)) a.modality = { kind: 'telehealth', clientLocationState: 'NY' };
    d.policies = { ...d.policies, medicareTelehealthInPerson: { requiredFrom } };
    return d;
  }

  it('warns undecided (not "not in force") for a Medicare client with no visit on record', () => {
    const d = evaluateBooking(base, medicare(null), { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(
      d.reasons.find((r) => r.code === 'scheduling.telehealth.medicare_in_person_enforcement_unknown'),
    ).toMatchObject({ severity: 'warning', facts: { sessionDate: '2026-11-24' } });
  });

  it('says nothing of it under the law’s date (2028-01-01) for a 2026 session', () => {
    const d = evaluateBooking(base, medicare('2028-01-01'), { asOf: AS_OF });
    expect(codes(d).filter((c) => c.includes('medicare_in_person'))).toEqual([]);
  });
});
