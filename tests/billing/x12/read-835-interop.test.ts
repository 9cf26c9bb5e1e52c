// read835 on files as payers and clearinghouses really send them: the separators the ISA declares (not only
// * ~ :), several interchanges' worth of sets and groups, repeated LX headers, and CLP02 23 (not our claim,
// forwarded) read as a crossover [sources: x12-835-cg-cms, x12-835-clp].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Remittance, type RemittanceInput } from '../../../src/billing/index.js';
import { DEFAULT_X12_DELIMITERS } from '../../../src/billing/x12/delimiters.js';
import { read835, type X12Delimiters } from '../../../src/billing/x12/index.js';
import { isa, remittanceTo835Body } from './x12-builders.js';

/** A header of one 835 (BPR … N1*PE) for a payment of `paid` dollars with trace number `trace`. */
const head = (paid: string, trace: string) => [
  `BPR*I*${paid}*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20261201`,
  `TRN*1*${trace}*1512345678`,
  'DTM*405*20261201',
  'N1*PR*ACME HEALTH PLAN',
  'N1*PE*HARBOR COUNSELING GROUP*XX*1234567893',
];
// Jane Doe's 90837 of 2026-11-16 by telehealth (modifier 95): $150 charged, $100 paid, CO-45 $30, PR-3 $20.
const jane = [
  'CLP*claim-1*1*150*100*20*12*PAYERCLM1',
  'NM1*QC*1*DOE*JANE****MI*W123',
  'SVC*HC:90837:95*150*100**1',
  'DTM*472*20261116',
  'CAS*CO*45*30',
  'CAS*PR*3*20',
];
// John Roe's 90834 of 2026-11-17: $120 charged and paid.
const john = [
  'CLP*claim-2*1*120*120**12*PAYERCLM2',
  'NM1*QC*1*ROE*JOHN****MI*W456',
  'SVC*HC:90834*120*120**1',
  'DTM*472*20261117',
];

/**
 * One interchange holding `groups`, each a list of 835 bodies (segments between ST and SE, written with
 * `*` and `:`), rewritten with the delimiters `d`; `lineBreak` follows every terminator.
 */
function interchange(
  groups: readonly (readonly (readonly string[])[])[],
  d: X12Delimiters = DEFAULT_X12_DELIMITERS,
  lineBreak = '',
): string {
  const segments: string[][] = [];
  let set = 0;
  groups.forEach((sets, g) => {
    const group = String(g + 1);
    segments.push(['GS', 'HP', 'ACMEPAYER', 'HARBORCNS', '20261201', '1200', group, 'X', '005010X221A1']);
    for (const body of sets) {
      set += 1;
      const control = String(set).padStart(4, '0');
      segments.push(['ST', '835', control], ...body.map(elementsOf), [
        'SE',
        String(body.length + 2),
        control,
      ]);
    }
    segments.push(['GE', String(sets.length), group]);
  });
  segments.push(['IEA', String(groups.length), '000000001']);
  return [isa('000000001', d), ...segments.map((e) => e.join(d.element))]
    .map((s) => `${s}${d.segment}${lineBreak}`)
    .join('');

  /** A segment's elements, the composites (SVC01, PLB03 onwards) joined with the component separator. */
  function elementsOf(segment: string): string[] {
    const elements = segment.split('*');
    const tag = elements[0];
    return elements.map((e, i) =>
      (tag === 'SVC' && i === 1) || (tag === 'PLB' && i >= 3) ? e.replaceAll(':', d.component) : e,
    );
  }
}

const claimsOf = (text: string) =>
  read835(text).map((a) => ({
    outcome: a.outcome,
    paymentCents: a.payment.amountCents,
    claims: a.remittances.flatMap((r) => r.claims),
  }));

describe('read835: the separators the ISA declares', () => {
  const body = [...head('220', 'EFT1201'), 'LX*1', ...jane, ...john];
  const expected = claimsOf(interchange([[body]]));

  it('reads a file of | elements, > components, { repetitions and one segment per line as the * ~ one', () => {
    const d = { element: '|', repetition: '{', component: '>', segment: '\n' };
    const text = interchange([[body]], d);
    expect(text).toContain('SVC|HC>90837>95|150|100||1\n');
    expect(claimsOf(text)).toEqual(expected);
    expect(expected[0]?.outcome).toBe('balanced');
    expect(expected[0]?.claims.map((c) => c.lines?.[0]?.modifiers)).toEqual([['95'], []]);
  });

  it('reads ~ followed by CR LF (a file opened and saved on Windows) as the same file', () => {
    expect(claimsOf(interchange([[body]], DEFAULT_X12_DELIMITERS, '\r\n'))).toEqual(expected);
  });

  // Four distinct characters a value of these files never holds (not a letter, digit, space, . or -).
  const delimitersArb = fc
    .uniqueArray(fc.constantFrom(...'*|^:>~!#$%&+;<=?@\\`{}'.split('')), { minLength: 4, maxLength: 4 })
    .map(([element, repetition, component, segment]) => ({
      element: element as string,
      repetition: repetition as string,
      component: component as string,
      segment: segment as string,
    }));

  it('property: any remittance reads back the same whatever separators and line breaks carry it', () => {
    fc.assert(
      fc.property(
        remittanceArb,
        delimitersArb,
        fc.constantFrom('', '\n', '\r\n'),
        (remittance, d, lineBreak) => {
          const body835 = remittanceTo835Body(remittance, [{ code: 'WO', amountCents: 1_250 }]);
          const options = { payerIds: { '1999999999': remittance.payerId } };
          const [plain] = read835(interchange([[body835]]), options);
          const [other] = read835(interchange([[body835]], d, lineBreak), options);
          expect(other).toEqual(plain);
          expect(other?.outcome).toBe('balanced');
          expect(other?.remittances).toEqual([Remittance.parse(remittance)]);
          expect(other?.providerAdjustments.map((p) => [p.reasonCode, p.reference, p.amountCents])).toEqual([
            ['WO', 'REF1', 1_250],
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('read835: several sets, groups and LX headers in one interchange', () => {
  it('reads two groups of one interchange (two payments, one set each) as two advices, in file order', () => {
    const text = interchange([
      [[...head('100', 'EFT1201A'), 'LX*1', ...jane]],
      [[...head('120', 'EFT1201B'), 'LX*1', ...john]],
    ]);
    const advices = read835(text);
    expect(advices.map((a) => [a.segment, a.payment.traceNumber, a.outcome])).toEqual([
      [3, 'EFT1201A', 'balanced'],
      [19, 'EFT1201B', 'balanced'],
    ]);
    expect(advices.map((a) => a.remittances.flatMap((r) => r.claims.map((c) => c.claimId)))).toEqual([
      ['claim-1'],
      ['claim-2'],
    ]);
  });

  it('reads three sets of one group, the second unbalanced, each decided on its own', () => {
    const text = interchange([
      [
        [...head('100', 'EFT1'), 'LX*1', ...jane],
        [...head('125', 'EFT2'), 'LX*1', ...john],
        [...head('220', 'EFT3'), 'LX*1', ...jane, ...john],
      ],
    ]);
    const advices = read835(text);
    expect(advices.map((a) => a.outcome)).toEqual(['balanced', 'unbalanced', 'balanced']);
    expect(advices[1]?.reasons.map((r) => [r.code, r.facts.differenceCents])).toEqual([
      ['x12.835.unbalanced_payment', 500],
    ]);
    // The unbalanced payment still carries its claim, read: the reason is the deposit, not the claim.
    expect(advices[1]?.remittances.flatMap((r) => r.claims.map((c) => c.claimId))).toEqual(['claim-2']);
  });

  it('reads the claims under every LX header (LX*1 office, LX*2 telehealth) as claims of one payment', () => {
    const text = interchange([[[...head('220', 'EFT1201'), 'LX*1', ...john, 'LX*2', ...jane]]]);
    const [advice] = read835(text);
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.remittances.flatMap((r) => r.claims.map((c) => c.claimId))).toEqual([
      'claim-2',
      'claim-1',
    ]);
  });

  it('reads a file whose one set has a repeated LX number, a grouping the guide leaves to the payer', () => {
    const text = interchange([[[...head('220', 'EFT1201'), 'LX*1', ...john, 'LX*1', ...jane]]]);
    expect(read835(text)[0]?.remittances[0]?.claims).toHaveLength(2);
  });
});

describe('read835: CLP02 23, not our claim, forwarded to additional payer(s)', () => {
  it('reads a plan’s “not our claim” that it forwarded to the right payer as a crossover, nothing paid', () => {
    const text = interchange([
      [
        [
          ...head('0', 'NON1201'),
          'LX*1',
          'CLP*claim-3*23*150*0**12*PAYERCLM3',
          'NM1*QC*1*DOE*JANE****MI*W123',
          'NM1*TT*2*SUMMIT MEDICAID PLAN*****PI*60054',
          'CAS*OA*109*150',
        ],
      ],
    ]);
    const [advice] = read835(text);
    expect(advice?.outcome).toBe('balanced');
    expect(advice?.crossovers).toEqual([
      {
        claimIndex: 0,
        claimId: 'claim-3',
        segment: 10,
        evidence: ['claim_status', 'crossover_carrier'],
        carrierName: 'SUMMIT MEDICAID PLAN',
      },
    ]);
    expect(advice?.reasons.map((r) => [r.code, r.facts.claims])).toEqual([['x12.835.crossover', 1]]);
  });

  it('reads status 23 alone (no NM1*TT, no remark) as a crossover from its status', () => {
    const text = interchange([
      [[...head('0', 'NON1201'), 'LX*1', 'CLP*claim-3*23*150*0**12*P3', 'CAS*OA*109*150']],
    ]);
    expect(read835(text)[0]?.crossovers.map((c) => c.evidence)).toEqual([['claim_status']]);
  });

  it('reads none of 1, 2, 3, 4, 22 and 25 as a crossover without other evidence', () => {
    for (const status of ['1', '2', '3', '4', '25']) {
      const text = interchange([
        [[...head('0', 'EFT1'), 'LX*1', `CLP*claim-3*${status}*150*0**12*P3`, 'CAS*CO*45*150']],
      ]);
      expect(read835(text)[0]?.crossovers, status).toEqual([]);
    }
    const reversal = interchange([
      [[...head('0', 'EFT1'), 'LX*1', 'CLP*claim-3*22*-150*0**12*P3', 'CAS*CO*45*-150']],
    ]);
    expect(read835(reversal)[0]?.crossovers).toEqual([]);
  });
});

// A remittance of one to three claims of one line each, balanced as an 835 must be.
const remittanceArb: fc.Arbitrary<RemittanceInput> = fc
  .record({
    remittanceId: fc.stringMatching(/^[A-Z0-9]{4,12}$/),
    payerId: fc.constantFrom('medicare-jf', 'summit'),
    paidOn: fc.constantFrom('2026-01-02', '2026-06-30', '2026-12-01'),
    claims: fc.array(
      fc.record({
        claimId: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,15}$/),
        claimStatusCode: fc.constantFrom('1', '2', '4', '19', '23'),
        procedureCode: fc.constantFrom('90791', '90834', '90837', 'H0004'),
        modifiers: fc.uniqueArray(fc.constantFrom('95', '93', 'GT', 'HO'), { maxLength: 2 }),
        paidCents: fc.integer({ min: 0, max: 30_000 }),
        contractualCents: fc.integer({ min: 0, max: 10_000 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((r) => ({
    ...r,
    claims: r.claims.map((c, i) => {
      const chargeCents = c.paidCents + c.contractualCents + 2_000;
      const adjustments = [
        { group: 'CO' as const, carc: '45', amountCents: c.contractualCents },
        { group: 'PR' as const, carc: '3', amountCents: 2_000 },
      ];
      return {
        claimId: `${c.claimId}-${i}`,
        claimStatusCode: c.claimStatusCode,
        chargeCents,
        paidCents: c.paidCents,
        lines: [
          {
            procedureCode: c.procedureCode,
            modifiers: c.modifiers,
            serviceDate: '2026-11-16',
            chargeCents,
            paidCents: c.paidCents,
            adjustments,
          },
        ],
      };
    }),
  }));
