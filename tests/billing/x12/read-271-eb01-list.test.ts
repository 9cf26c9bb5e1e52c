import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read271 } from '../../../src/billing/x12/index.js';
import { X12_REASON_CODES } from '../../../src/billing/x12/reason-codes.js';
import { envelope, person271 as person } from './x12-builders.js';

// 005010X279A1 EB01 (element 1390), every code of the list: each is read into the benefits, makes the answer
// undecided or not covered with a reason, or describes the plan and is kept in the answer's lines.
const EB01 = [
  ...['1', '2', '3', '4', '5', '6', '7', '8'],
  ...['A', 'B', 'C', 'CB', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'MC', 'N', 'O', 'P', 'Q'],
  ...['R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y'],
];
// An active plan with a $20 copay per visit, no coinsurance (0 %, stated: a copay alone leaves it unknown) and a
// $0 deductible: benefits_found on its own.
const PLAN = ['EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*20', 'EB*A*IND*MH*PR****0', 'EB*C*IND*MH*PR**23*0'];
const read = (lines: string[], placeOfService?: string) =>
  read271(person(lines), {
    clientIds: { 'T-1': 'client-lane' },
    ...(placeOfService === undefined ? {} : { placeOfService }),
  })[0];

describe('read271: every EB01 code of 005010X279A1', () => {
  it('reads the plan alone as benefits found (the baseline the other lines change)', () => {
    const answer = read(PLAN);
    expect(answer?.outcome).toBe('benefits_found');
    expect(answer?.inNetwork?.copayCents).toBe(2_000);
  });

  it('reports no code of the guide as unknown', () => {
    for (const code of EB01) {
      const answer = read([...PLAN, `EB*${code}*IND*MH`]);
      expect(answer?.reasons.map((r) => r.code)).not.toContain('x12.271.unknown_code');
      // Kept in the answer's lines, never dropped.
      expect(answer?.benefitLines.map((l) => l.benefit)).toContain(code);
    }
    expect(read([...PLAN, 'EB*ZZ*IND*MH'])?.reasons.map((r) => r.code)).toContain('x12.271.unknown_code');
  });

  it.each([
    ['J', 'cost containment'],
    ['M', 'pre-existing condition'],
    ['N', 'services restricted to following provider'],
    ['O', 'not deemed a medical necessity'],
    ['Q', 'second surgical opinion required'],
    ['Y', 'spend down'],
  ])('makes the answer undecided on EB01 %s (%s), the benefits still given', (code) => {
    const answer = read([...PLAN, `EB*${code}*IND*MH`, 'MSG*SEE PLAN DOCUMENTS']);
    expect(answer?.outcome).toBe('undecided');
    expect(answer?.inNetwork?.copayCents).toBe(2_000);
    const why = answer?.reasons.find((r) => r.code === 'x12.271.restriction_not_read');
    expect(why?.facts).toMatchObject({ benefitCodes: code });
    // The MSG after the line is kept with it.
    expect(answer?.benefitLines.find((l) => l.benefit === code)?.messages).toEqual(['SEE PLAN DOCUMENTS']);
  });

  it('reads a Medicaid spend down ($150, EB01 Y) for a service not asked about (inpatient, A7) as no condition', () => {
    expect(read([...PLAN, 'EB*Y*IND*A7*MC**23*150'])?.outcome).toBe('benefits_found');
  });

  it.each(['CB', 'D', 'K', 'L', 'MC', 'P', 'S', 'T', 'X'])(
    'keeps a descriptive line (EB01 %s) and changes nothing',
    (code) => {
      const answer = read([...PLAN, `EB*${code}*IND*MH`]);
      expect(answer?.outcome).toBe('benefits_found');
      expect(answer?.inNetwork).toEqual(read(PLAN)?.inNetwork);
      // The plan states no visit limit either way: unknown, said once per network, never "no limit".
      expect(answer?.reasons.map((r) => [r.code, r.facts.figures])).toEqual([
        ['x12.271.figure_not_stated', ['visit_limit']],
        ['x12.271.figure_not_stated', ['visit_limit']],
      ]);
    },
  );

  it('reads EB01 H (unlimited) for mental health as no visit limit, and says nothing is missing', () => {
    const answer = read([...PLAN, 'EB*H*IND*MH']);
    expect(answer?.outcome).toBe('benefits_found');
    expect(answer?.inNetwork).toMatchObject({ visitLimit: null, noVisitLimit: true });
    expect(answer?.reasons).toEqual([]);
    // Unlimited days (EB09 DY) say nothing of visits; a visit count stated beside it still binds.
    expect(read([...PLAN, 'EB*H*IND*MH******DY'])?.inNetwork).not.toHaveProperty('noVisitLimit');
    expect(read([...PLAN, 'EB*H*IND*MH', 'EB*F*IND*MH*PR**23***VS*20'])?.inNetwork).toMatchObject({
      visitLimit: 20,
      visitsUsed: null,
    });
  });

  it('reads EB01 W (other source of data) for mental health as the services answered for elsewhere', () => {
    const answer = read(['EB*1*IND*30', 'EB*B*IND*30*PR**27*20', 'EB*C*IND*30*PR**23*0', 'EB*W*IND*MH']);
    expect(answer?.outcome).toBe('undecided');
    expect(answer?.reasons.map((r) => r.code)).toContain('x12.271.managed_elsewhere');
  });

  it('property: no EB01 code of the guide leaves an active plan benefits_found with a reason that says it may cost more, unless it is descriptive', () => {
    const deciding = new Set([
      '5',
      '6',
      '7',
      '8',
      'E',
      'I',
      'J',
      'M',
      'N',
      'O',
      'Q',
      'R',
      'U',
      'V',
      'W',
      'Y',
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...EB01), (code) => {
        const answer = read([...PLAN, `EB*${code}*IND*A6`]);
        if (deciding.has(code)) expect(answer?.outcome).not.toBe('benefits_found');
        // Every reason is a catalogued code, and a non-positive answer always says why.
        for (const r of answer?.reasons ?? []) expect(Object.keys(X12_REASON_CODES)).toContain(r.code);
        if (answer?.outcome !== 'benefits_found') expect(answer?.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('read271: III places of service (2110C III01 ZZ)', () => {
  // A copay of $20 in the office (POS 11) and $0 by telehealth at home (POS 10), as payers state parity.
  const byPlace = [
    'EB*1*IND*30^MH',
    'EB*C*IND*MH*PR**23*0',
    'EB*B*IND*MH*PR**27*20',
    'III*ZZ*11',
    'EB*B*IND*MH*PR**27*0',
    'III*ZZ*10',
  ];

  it('reads the copay of the session’s place of service, office or home telehealth', () => {
    expect(read(byPlace, '11')?.inNetwork?.copayCents).toBe(2_000);
    expect(read(byPlace, '10')?.inNetwork?.copayCents).toBe(0);
    expect(read(byPlace, '11')?.benefitLines.map((l) => l.placesOfService)).toEqual([[], [], ['11'], ['10']]);
  });

  it('is undecided when the session’s place is not given: neither place’s copay is read', () => {
    const answer = read(byPlace);
    expect(answer?.outcome).toBe('undecided');
    expect(answer?.inNetwork).toBeNull();
    expect(answer?.reasons.find((r) => r.code === 'x12.271.place_of_service_not_read')?.facts).toMatchObject({
      placesOfService: '11 10',
    });
  });

  it('prefers the line for the session’s place over the one for every place, and leaves a line for another place aside', () => {
    const lines = [
      'EB*1*IND*30^MH',
      'EB*C*IND*MH*PR**23*0',
      'EB*B*IND*MH*PR**27*35',
      'EB*B*IND*MH*PR**27*20',
      'III*ZZ*11',
    ];
    expect(read(lines, '11')?.inNetwork?.copayCents).toBe(2_000);
    expect(read(lines, '02')?.inNetwork?.copayCents).toBe(3_500);
    // Telehealth not covered (EB*I with III*ZZ*02) says nothing of an office session.
    const telehealthExcluded = [...PLAN, 'EB*I*IND*MH', 'III*ZZ*02'];
    expect(read(telehealthExcluded, '11')?.outcome).toBe('benefits_found');
    expect(read(telehealthExcluded, '02')?.outcome).toBe('coverage_inactive');
  });

  it('property: with the place given, the copay read is the one stated for it, whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        (office, home, officeFirst) => {
          const o = [`EB*B*IND*MH*PR**27*${office}`, 'III*ZZ*11'];
          const h = [`EB*B*IND*MH*PR**27*${home}`, 'III*ZZ*10'];
          const lines = [
            'EB*1*IND*30^MH',
            'EB*C*IND*MH*PR**23*0',
            ...(officeFirst ? [...o, ...h] : [...h, ...o]),
          ];
          expect(read(lines, '11')?.inNetwork?.copayCents).toBe(office * 100);
          expect(read(lines, '10')?.inNetwork?.copayCents).toBe(home * 100);
        },
      ),
    );
  });
});

describe('read271: the dependent’s benefits (2110D) and rejections (AAA at 2000A, 2100B, 2100C)', () => {
  const withDependent = (dependent: string[], subscriber: string[] = []) =>
    envelope('271', [
      'BHT*0022*11*T1*20260105*1030',
      'HL*1**20*1',
      'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
      'HL*2*1*21*1',
      'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1234567893',
      'HL*3*2*22*1',
      'NM1*IL*1*LANE*ALEX****MI*W123456789',
      ...subscriber,
      'HL*4*3*23*0',
      'TRN*2*T-2*9HARBORCNS',
      'NM1*03*1*LANE*SAM',
      'DTP*346*D8*20260101',
      ...dependent,
    ]);

  it('reads the dependent’s own EB lines (2110D), not the subscriber’s (2110C)', () => {
    const answers = read271(
      withDependent(
        ['EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*40', 'EB*C*IND*MH*PR**23*0'],
        ['DTP*346*D8*20260101', 'EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*15', 'EB*C*IND*MH*PR**23*0'],
      ),
      { clientIds: { 'T-2': 'client-sam' } },
    );
    const sam = answers.find((a) => a.clientId === 'client-sam');
    expect(sam?.inNetwork?.copayCents).toBe(4_000);
    expect(answers).toHaveLength(2);
  });

  it.each([
    ['the payer (2100A)', 1, ['HL*1**20*1', 'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054', 'AAA*Y**42*Y']],
    [
      'the receiver (2100B)',
      3,
      [
        'HL*1**20*1',
        'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
        'HL*2*1*21*0',
        'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1234567893',
        'AAA*N**43*C',
      ],
    ],
  ])('reads a rejection at %s with its reject reason (AAA03), no subscriber loop', (_, at, segments) => {
    const [answer] = read271(
      envelope('271', ['BHT*0022*11*T1*20260105*1030', ...(segments as string[])]),
      {},
    );
    expect(answer?.outcome).toBe('request_rejected');
    expect(answer?.reasons[0]?.facts.rejectReason).toBe((segments as string[]).at(-1)?.split('*')[3]);
    expect(answer?.segment).toBeGreaterThanOrEqual(at as number);
  });

  it('reads a dependent rejected when the subscriber above is (2100C AAA*Y**72*C), never eligible', () => {
    // The subscriber's member id is invalid: the dependent's active plan in 2110D cannot be read as theirs.
    const answers = read271(
      withDependent(['EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*20', 'EB*C*IND*MH*PR**23*0'], ['AAA*Y**72*C']),
      { clientIds: { 'T-2': 'client-sam' } },
    );
    expect(answers.map((a) => [a.clientId, a.outcome, a.inNetwork])).toEqual([
      ['client-sam', 'request_rejected', null],
    ]);
    expect(answers[0]?.reasons.map((r) => [r.code, r.facts.rejectReason, r.facts.level])).toEqual([
      ['x12.271.request_rejected', '72', 'subscriber'],
    ]);
    // The AAA's own segment, counted from ISA: ISA, GS, ST, BHT, HL, NM1, HL, NM1, HL, NM1, then the AAA.
    expect(answers[0]?.reasons[0]?.facts.segment).toBe(11);
  });

  it('keeps the dependent’s own rejection beside the subscriber’s, and the subscriber’s answer when it has lines', () => {
    const answers = read271(withDependent(['AAA*N**65*C'], ['AAA*Y**75*C', 'EB*1*IND*30^MH']), {
      clientIds: { 'T-2': 'client-sam' },
    });
    expect(answers.map((a) => [a.clientId, a.outcome])).toEqual([
      [null, 'request_rejected'],
      ['client-sam', 'request_rejected'],
    ]);
    expect(answers[1]?.reasons.map((r) => r.facts.rejectReason)).toEqual(['65', '75']);
  });

  it('rejects every dependent under a rejected subscriber, whatever their lines say', () => {
    fc.assert(
      fc.property(
        fc.subarray(['EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*20', 'EB*C*IND*MH*PR**23*0', 'EB*6*IND*30']),
        fc.constantFrom('72', '73', '75', '76', '42'),
        fc.integer({ min: 1, max: 3 }),
        (lines, code, dependents) => {
          const extra = Array.from({ length: dependents - 1 }, (_, i) => [
            `HL*${5 + i}*3*23*0`,
            `TRN*2*T-${3 + i}*9HARBORCNS`,
            `NM1*03*1*LANE*KID${i}`,
            ...lines,
          ]).flat();
          const answers = read271(withDependent([...lines, ...extra], [`AAA*Y**${code}*C`]), {
            clientIds: { 'T-2': 'client-sam' },
          });
          expect(answers).toHaveLength(dependents);
          for (const a of answers) {
            expect(a.outcome).toBe('request_rejected');
            expect(a.inNetwork).toBeNull();
            expect(a.reasons.some((r) => r.facts.rejectReason === code)).toBe(true);
          }
        },
      ),
    );
  });

  it('reads a rejection of the subscriber (2100C AAA*Y**75*C, subscriber not found)', () => {
    const answer = read271(person(['AAA*Y**75*C']), { clientIds: { 'T-1': 'client-lane' } })[0];
    expect(answer?.outcome).toBe('request_rejected');
    expect(answer?.reasons.map((r) => [r.code, r.facts.rejectReason])).toEqual([
      ['x12.271.request_rejected', '75'],
    ]);
  });
});
