// 005010X221A1 CLP02 (claim status), CAS01 (claim adjustment group) and SVC01 (the procedure composite with
// its modifiers), each code read as the guide lists it: nothing guessed, an unknown code set aside with a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read835 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

function file(claims: readonly string[], paid: string): string {
  return envelope('835', [
    `BPR*I*${paid}*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260410`,
    'TRN*1*EFT0410*1999999999',
    'N1*PR*SUMMIT HEALTH PLAN',
    'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893',
    'LX*1',
    ...claims,
  ]);
}
const read = (claims: readonly string[], paid: string) => {
  const [advice] = read835(file(claims, paid));
  if (advice === undefined) throw new Error('no advice');
  return advice;
};

describe('read835: each claim status of CLP02', () => {
  it.each([
    ['1', 'processed as primary'],
    ['2', 'processed as secondary'],
    ['3', 'processed as tertiary'],
    ['19', 'processed as primary, forwarded'],
    ['20', 'processed as secondary, forwarded'],
    ['21', 'processed as tertiary, forwarded'],
    ['23', 'not our claim, forwarded'],
    ['25', 'predetermination pricing only'],
  ])('reads status %s (%s) as the claim’s status, its payment and patient share kept', (status) => {
    const advice = read([`CLP*c-3001*${status}*150*100*20*12*SH6`, 'CAS*CO*45*30', 'CAS*PR*3*20'], '100');
    const [claim] = advice.remittances.flatMap((r) => r.claims);
    expect(claim).toMatchObject({
      claimId: 'c-3001',
      claimStatusCode: status,
      chargeCents: 15_000,
      paidCents: 10_000,
    });
    expect(advice.setAside).toEqual([]);
    expect(advice.crossovers.length > 0).toBe(['19', '20', '21', '23'].includes(status));
  });

  it('reads a denial (CLP02 4) of a 90837 with nothing paid, its CO-50 kept, as a claim to post, not set aside', () => {
    const advice = read(['CLP*c-3006*4*200*0**12*SH6', 'CAS*CO*50*200'], '0');
    expect(advice.outcome).toBe('balanced');
    const [claim] = advice.remittances.flatMap((r) => r.claims);
    expect(claim).toMatchObject({ claimStatusCode: '4', chargeCents: 20_000, paidCents: 0 });
    expect(claim?.adjustments).toEqual([{ group: 'CO', carc: '50', amountCents: 20_000, remarks: [] }]);
    expect(advice.payment.amountCents).toBe(0);
  });

  it('reads a reversal (CLP02 22) of a denial, its amounts negated', () => {
    const advice = read(['CLP*c-3006*22*-200*0**12*SH6', 'CAS*CO*50*-200'], '0');
    expect(advice.remittances.flatMap((r) => r.claims)[0]?.claimStatusCode).toBe('22');
  });

  it('sets aside a status outside the list (CLP02 5) with a reason naming CLP02, never guessing one', () => {
    const advice = read(['CLP*c-3001*5*150*150**12*SH6'], '150');
    expect(advice.remittances.flatMap((r) => r.claims)).toEqual([]);
    expect(advice.reasons.map((r) => r.code)).toContain('x12.835.claim_not_readable');
  });
});

describe('read835: each adjustment group of CAS01', () => {
  it.each(['CO', 'PR', 'OA', 'PI'])('reads group %s with its reason and amount', (group) => {
    const advice = read(
      [`CLP*c-3001*1*150*100*${group === 'PR' ? '50' : ''}*12*SH6`, `CAS*${group}*45*50`],
      '100',
    );
    expect(advice.remittances.flatMap((r) => r.claims)[0]?.adjustments[0]).toMatchObject({
      group,
      carc: '45',
      amountCents: 5_000,
    });
  });

  it('sets aside a claim adjusted under CR (correction and reversal, retired in 005010), never read as another group', () => {
    const advice = read(['CLP*c-3001*1*150*100**12*SH6', 'CAS*CR*45*50'], '100');
    expect(advice.remittances.flatMap((r) => r.claims)).toEqual([]);
    expect(advice.setAside).toHaveLength(1);
    expect(advice.reasons.map((r) => r.code)).toContain('x12.835.claim_not_readable');
  });
});

describe('read835: the SVC01 composite with modifiers', () => {
  it('reads HC:90837:95:GT as 90837 with modifiers 95 and GT', () => {
    const advice = read(
      ['CLP*c-3001*1*200*150**12*SH6', 'SVC*HC:90837:95:GT*200*150**1', 'DTM*472*20260406', 'CAS*CO*45*50'],
      '150',
    );
    const line = advice.remittances.flatMap((r) => r.claims)[0]?.lines[0];
    expect(line).toMatchObject({
      procedureCode: '90837',
      modifiers: ['95', 'GT'],
      chargeCents: 20_000,
      paidCents: 15_000,
    });
  });

  it('property: any of up to four modifiers on the composite is read back in order', () => {
    const modifier = fc.constantFrom('95', 'GT', 'HJ', 'HO', '93', 'FQ', 'AH', 'U4');
    fc.assert(
      fc.property(fc.array(modifier, { maxLength: 4 }), (mods) => {
        const advice = read(
          [
            'CLP*c-3001*1*200*200**12*SH6',
            `SVC*${['HC', '90834', ...mods].join(':')}*200*200**1`,
            'DTM*472*20260406',
          ],
          '200',
        );
        expect(advice.remittances.flatMap((r) => r.claims)[0]?.lines[0]?.modifiers).toEqual(mods);
      }),
    );
  });
});
