// What a CLP says beside its balancing: the patient responsibility (CLP05) against the PR adjustments, and a
// reversal's amounts against its status. A claim that states two things is set aside, never posted on either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read835 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

const dollars = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** One payment of 2026-04-10 holding `claims` (segments), its BPR02 the sum of their CLP04s. */
function file(claims: readonly string[], paidCents: number): string {
  return envelope('835', [
    `BPR*I*${dollars(Math.abs(paidCents))}*${paidCents < 0 ? 'D' : 'C'}*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410`,
    'TRN*1*EFT0410*1999999999',
    'N1*PR*SUMMIT HEALTH PLAN',
    'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893',
    'LX*1',
    ...claims,
  ]);
}
const read = (claims: readonly string[], paidCents: number) => {
  const [advice] = read835(file(claims, paidCents));
  if (advice === undefined) throw new Error('no advice');
  return advice;
};
const codesOf = (advice: ReturnType<typeof read>) => advice.reasons.map((r) => r.code);

describe('read835: the patient responsibility (CLP05) is the sum of the PR adjustments', () => {
  it('sets aside a 90834 of 2026-03-02 whose CLP05 says $30 and whose adjustments name no patient share', () => {
    const advice = read(['CLP*c-3001*1*150*100*30*12*SH2026040101', 'CAS*CO*45*50'], 10_000);
    expect(advice.outcome).toBe('unbalanced');
    expect(advice.remittances.flatMap((r) => r.claims)).toEqual([]);
    expect(advice.setAside.map((s) => s.claimIndex)).toEqual([0]);
    const [why] = advice.reasons;
    expect(why?.code).toBe('x12.835.patient_responsibility_mismatch');
    expect(why?.facts).toMatchObject({
      segment: 9,
      patientResponsibilityCents: 3000,
      patientAdjustmentCents: 0,
    });
  });

  it('sets aside a claim whose CLP05 ($30) exceeds its PR adjustments ($20 copay), and one whose CLP05 is $0 beside them', () => {
    expect(codesOf(read(['CLP*c-3002*1*150*100*30*12*SH2', 'CAS*CO*45*30', 'CAS*PR*3*20'], 10_000))).toEqual([
      'x12.835.patient_responsibility_mismatch',
    ]);
    expect(codesOf(read(['CLP*c-3003*1*150*100*0*12*SH3', 'CAS*CO*45*30', 'CAS*PR*3*20'], 10_000))).toEqual([
      'x12.835.patient_responsibility_mismatch',
    ]);
  });

  it('counts the PR adjustments of the claim and of its lines together', () => {
    const advice = read(
      [
        'CLP*c-3004*1*150*100*30*12*SH4',
        'CAS*PR*1*10',
        'SVC*HC:90834*150*110**1',
        'DTM*472*20260302',
        'CAS*CO*45*20',
        'CAS*PR*3*20',
      ],
      10_000,
    );
    expect(advice.outcome).toBe('balanced');
    expect(advice.remittances.flatMap((r) => r.claims).map((c) => c.claimId)).toEqual(['c-3004']);
  });

  it('reads a claim with no CLP05 (the payer states no figure of its own), and a denial with none owed', () => {
    expect(read(['CLP*c-3005*1*150*100**12*SH5', 'CAS*CO*45*30', 'CAS*PR*3*20'], 10_000).outcome).toBe(
      'balanced',
    );
    expect(read(['CLP*c-3006*4*150*0**12*SH6', 'CAS*CO*50*150'], 0).outcome).toBe('balanced');
  });

  it('does not compare a reversal’s CLP05, which the guide excepts, and sets aside only the claim that disagrees', () => {
    const advice = read(
      [
        'CLP*c-3007*22*-150*-100*-30*12*SH7',
        'CAS*CO*45*-20',
        'CAS*PR*3*-30',
        'CLP*c-3008*1*150*100*25*12*SH8',
        'CAS*CO*45*30',
        'CAS*PR*3*20',
        'CLP*c-3009*1*150*100*20*12*SH9',
        'CAS*CO*45*30',
        'CAS*PR*3*20',
      ],
      10_000,
    );
    expect(advice.setAside.map((s) => s.claimIndex)).toEqual([1]);
    expect(advice.remittances.flatMap((r) => r.claims).map((c) => c.claimId)).toEqual(['c-3007', 'c-3009']);
  });

  it('reads a claim exactly when its CLP05 equals its PR adjustments (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (paid, contractual, owed, stated) => {
          const charge = paid + contractual + owed;
          const advice = read(
            [
              `CLP*c-1*1*${dollars(charge)}*${dollars(paid)}*${dollars(stated)}*12*SH1`,
              `CAS*CO*45*${dollars(contractual)}`,
              `CAS*PR*2*${dollars(owed)}`,
            ],
            paid,
          );
          expect(advice.setAside.length === 0).toBe(stated === owed);
          expect(codesOf(advice).includes('x12.835.patient_responsibility_mismatch')).toBe(stated !== owed);
        },
      ),
    );
  });
});

describe('read835: a reversal (CLP02 22) repeats the payment it takes back negated', () => {
  it('sets aside a reversal of 2026-02-10’s 90834 sent with positive amounts, which posting would add', () => {
    const advice = read(['CLP*c-2002*22*150*90**12*SH2026020201', 'CAS*CO*45*40', 'CAS*PR*3*20'], 9_000);
    expect(advice.outcome).toBe('unbalanced');
    expect(advice.remittances.flatMap((r) => r.claims)).toEqual([]);
    const [why] = advice.reasons;
    expect(why?.code).toBe('x12.835.reversal_not_negated');
    expect(why?.facts).toMatchObject({ segment: 9, chargeCents: 15_000, paidCents: 9_000 });
  });

  it('sets aside a reversal whose charge is negated but whose payment is not, and reads one that took back a denial', () => {
    expect(codesOf(read(['CLP*c-2003*22*-150*90**12*SH3', 'CAS*CO*45*-240'], 9_000))).toContain(
      'x12.835.reversal_not_negated',
    );
    const denial = read(['CLP*c-2004*22*-150*0**12*SH4', 'CAS*CO*50*-150'], 0);
    expect(denial.outcome).toBe('balanced');
  });

  it('reads a reversal exactly when neither its charge nor its payment is positive (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        (charge, paid) => {
          const advice = read(
            [`CLP*c-1*22*${dollars(charge)}*${dollars(paid)}**12*SH1`, `CAS*CO*45*${dollars(charge - paid)}`],
            paid,
          );
          expect(codesOf(advice).includes('x12.835.reversal_not_negated')).toBe(charge > 0 || paid > 0);
        },
      ),
    );
  });
});
