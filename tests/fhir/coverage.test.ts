import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { payerClassOfSopt, soptPayerClass } from '../../src/fhir/coverage.js';
import {
  type ClientCoverageInput,
  type FhirCoverage,
  fromFhirCoverage,
  toFhirCoverage,
} from '../../src/fhir/index.js';
import { expectSchemaValid, fhirIdArb, schemaErrors } from './fhir-fixtures.js';

const medicaid: ClientCoverageInput = {
  id: 'cov-ava-1',
  clientId: 'c-ava',
  status: 'active',
  payerClass: 'medicaid',
  payerId: 'il-hfs',
  memberId: 'MCD123456789',
  plan: 'Medicaid managed care',
  group: 'G-77',
  start: '2026-01-01',
  end: '2026-12-31',
  order: 1,
};

const dateArb = fc
  .integer({ min: 0, max: 3650 })
  .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const coverageArb = fc
  .record({
    id: fhirIdArb,
    clientId: fhirIdArb,
    status: fc.constantFrom('active', 'cancelled'),
    payerClass: fc.constantFrom(
      'commercial',
      'medicare',
      'medicaid',
      'tricare',
      'workers_comp',
      'self_pay',
      'other',
    ),
    payerId: fhirIdArb,
    memberId: fc.option(fc.stringMatching(/^[A-Z0-9]{1,20}$/), { nil: undefined }),
    plan: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
    group: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
    dates: fc.tuple(fc.option(dateArb, { nil: undefined }), fc.option(dateArb, { nil: undefined })),
    order: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  })
  .map(({ payerId, dates, ...r }) => {
    const [a, b] = dates;
    const [start, end] = a !== undefined && b !== undefined && b < a ? [b, a] : [a, b];
    const out: Record<string, unknown> = {
      ...r,
      // An insurance coverage has a member id (US Core's us-core-15).
      ...(r.payerClass === 'self_pay' ? {} : { payerId, memberId: r.memberId ?? 'MBR1' }),
      start,
      end,
    };
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out as ClientCoverageInput;
  });

function issues(resource: unknown): string[] {
  const r = fromFhirCoverage(resource);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

describe('toFhirCoverage', () => {
  it('writes a Medicaid coverage with its member id, plan, group, period and order (US Core)', () => {
    const fhir = toFhirCoverage(medicaid);
    expectSchemaValid(fhir);
    expect(fhir).toMatchObject({
      resourceType: 'Coverage',
      status: 'active',
      type: { coding: [{ system: 'https://nahdo.org/sopt', code: '2' }] },
      subscriberId: 'MCD123456789',
      identifier: [{ type: { coding: [{ code: 'MB' }] }, value: 'MCD123456789' }],
      beneficiary: { reference: 'Patient/c-ava' },
      payor: [{ reference: 'Organization/il-hfs' }],
      period: { start: '2026-01-01', end: '2026-12-31' },
      order: 1,
    });
    expect(fhir.class?.map((c) => [c.type.coding?.[0]?.code, c.value])).toEqual([
      ['plan', 'Medicaid managed care'],
      ['group', 'G-77'],
    ]);
  });

  it('writes self-pay as HL7’s pay type with the client as payor', () => {
    const fhir = toFhirCoverage({
      id: 'cov-sp',
      clientId: 'c-ava',
      status: 'active',
      payerClass: 'self_pay',
    });
    expectSchemaValid(fhir);
    expect(fhir.type.coding?.[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/coverage-selfpay',
      code: 'pay',
    });
    expect(fhir.payor).toEqual([{ reference: 'Patient/c-ava' }]);
  });

  it('refuses insurance without a payer and self-pay with one', () => {
    expect(() => toFhirCoverage({ ...medicaid, payerId: undefined } as never)).toThrowError(
      /fhir\.coverage\.payer_missing/,
    );
    expect(() => toFhirCoverage({ ...medicaid, payerClass: 'self_pay' })).toThrowError(
      /fhir\.coverage\.self_pay_with_payer/,
    );
    expect(() => toFhirCoverage({ ...medicaid, start: '2027-01-01' })).toThrowError(
      /fhir\.coverage\.period_reversed/,
    );
  });

  it('writes schema-valid resources that read back as the same coverage (round trip)', () => {
    fc.assert(
      fc.property(coverageArb, (coverage) => {
        const fhir = toFhirCoverage(coverage);
        expect(schemaErrors(fhir)).toEqual([]);
        const back = fromFhirCoverage(fhir);
        expect(back).toEqual({ success: true, data: coverage });
      }),
      { numRuns: 200 },
    );
  });

  it('is assignable to the official R4 Coverage type', () => {
    expectTypeOf<FhirCoverage>().toExtend<fhir4.Coverage>();
  });
});

describe('fromFhirCoverage', () => {
  const base = toFhirCoverage(medicaid);
  const typed = (system: string, code: string) => ({ ...base, type: { coding: [{ system, code }] } });
  const SOPT = 'urn:oid:2.16.840.1.113883.3.221.5';

  it.each([
    ['121', 'medicare'],
    ['111', 'medicare'],
    ['213', 'medicaid'],
    ['311', 'tricare'],
    ['512', 'commercial'],
    ['62', 'commercial'],
    ['95', 'workers_comp'],
    ['32', 'other'],
  ])('reads Source of Payment Typology code %s as %s', (code, payerClass) => {
    const r = fromFhirCoverage(typed(SOPT, code));
    expect(r.success && r.data.payerClass).toBe(payerClass);
  });

  it('reads the payer type under either name of the typology: US Core’s canonical URL and the OID', () => {
    // US Core's Coverage example and EHRs (Epic, QI-Core) write https://nahdo.org/sopt; HL7's terminology
    // registry gives it the OID 2.16.840.1.113883.3.221.5 [sources: us-core-coverage, phdsc-sopt].
    const usCore = {
      ...base,
      type: { coding: [{ system: 'https://nahdo.org/sopt', code: '3712', display: 'PPO' }], text: 'PPO' },
    };
    expect(fromFhirCoverage(usCore)).toMatchObject({ success: true, data: { payerClass: 'other' } });
    expect(fromFhirCoverage(typed('https://nahdo.org/sopt', '512'))).toMatchObject({
      success: true,
      data: { payerClass: 'commercial' },
    });
    expect(fromFhirCoverage(typed(SOPT, '2'))).toMatchObject({
      success: true,
      data: { payerClass: 'medicaid' },
    });
  });

  it('reads SOPT 81 as self-pay and reports a self-pay coverage that still names an insurer', () => {
    expect(payerClassOfSopt('81')).toBe('self_pay');
    expect(issues(typed(SOPT, '81'))).toEqual(['$.payor fhir.coverage.self_pay_with_payer']);
  });

  it('reports managed care of unknown kind, other code systems and a missing type rather than guessing', () => {
    expect(issues(typed(SOPT, '7'))).toEqual(['$.type fhir.coverage.payer_class_unknown']);
    expect(issues(typed('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'PUBLICPOL'))).toEqual([
      '$.type fhir.coverage.payer_class_unknown',
    ]);
    expect(issues({ ...base, type: undefined })).toEqual(['$.type fhir.coverage.payer_class_unknown']);
    expect(payerClassOfSopt('not-a-code')).toBeUndefined();
  });

  it.each([
    ['14', 'a dual eligibility Medicare/Medicaid organization'],
    ['141', 'a dual eligible special needs plan (D-SNP)'],
    ['142', 'a fully integrated dual eligible special needs plan (FIDE-SNP)'],
  ])('reports SOPT %s, %s, as dual: never read as plain Medicare', (code) => {
    expect(soptPayerClass(code)).toBe('dual');
    expect(payerClassOfSopt(code)).toBeUndefined();
    expect(issues(typed(SOPT, code))).toEqual(['$.type fhir.coverage.payer_class_dual']);
    expect(issues(typed('https://nahdo.org/sopt', code))).toEqual(['$.type fhir.coverage.payer_class_dual']);
  });

  it.each([
    ['361', 'a state CHIP program (a state may run it as Medicaid)'],
    ['3611', 'a code under a state CHIP program'],
    ['99', 'no typology code for the payment source'],
    ['9999', 'unavailable, no payer specified or blank'],
    ['71', 'managed care, public or private not said'],
  ])('reports SOPT %s, %s, as of an unknown payer class', (code) => {
    expect(soptPayerClass(code)).toBe('unknown');
    expect(issues(typed(SOPT, code))).toEqual(['$.type fhir.coverage.payer_class_unknown']);
  });

  it.each([
    ['13', 'medicare'],
    ['19', 'medicare'],
    ['23', 'medicaid'],
    ['9', 'other'],
    ['98', 'other'],
    ['82', 'other'],
  ])('reads the neighbours of the hidden-Medicaid codes as their own class: %s is %s', (code, payerClass) => {
    expect(soptPayerClass(code)).toBe(payerClass);
  });

  it('never reads a code under dual eligibility, state CHIP, unspecified managed care or no typology as a class', () => {
    fc.assert(
      fc.property(fc.constantFrom('14', '361', '7', '99'), fc.stringMatching(/^\d{0,2}$/), (prefix, rest) => {
        const code = `${prefix}${rest}`.slice(0, 5);
        expect(payerClassOfSopt(code)).toBeUndefined();
      }),
    );
  });

  it('reads every code under Medicaid as Medicaid, so its fee is waived', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,4}$/), (rest) => {
        expect(soptPayerClass(`2${rest}`)).toBe('medicaid');
      }),
    );
  });

  it('reports a draft, a second payor, a missing insurer and a beneficiary it cannot read', () => {
    expect(
      issues({
        ...base,
        status: 'draft',
        beneficiary: { display: 'x' },
        payor: [{ reference: 'Patient/c-ava' }, { reference: 'Organization/x' }],
      }),
    ).toEqual([
      '$.status fhir.coverage.status_unsupported',
      '$.beneficiary fhir.reference.invalid',
      '$.payor fhir.coverage.payor_count',
      '$.payor[0] fhir.coverage.payer_missing',
    ]);
  });

  it('reads the subscriber id when there is no member identifier, and date-time periods as dates', () => {
    const r = fromFhirCoverage({
      ...base,
      identifier: undefined,
      subscriberId: 'SUB-9',
      period: { start: '2026-01-01T00:00:00-06:00', end: '2026-06-30T23:59:59-05:00' },
    });
    expect(r.success && [r.data.memberId, r.data.start, r.data.end]).toEqual([
      'SUB-9',
      '2026-01-01',
      '2026-06-30',
    ]);
  });

  it('reports what the coverage schema finds at the FHIR path', () => {
    expect(issues({ ...base, period: { start: '2026-05-01', end: '2026-04-01' } })).toEqual([
      '$.period.end fhir.coverage.period_reversed',
    ]);
    expect(issues({ ...base, order: 0 })).toEqual(['$.order too_small']);
  });
});

describe('fromFhirCoverage: parent codes, member ids and every problem at once', () => {
  const base = toFhirCoverage(medicaid);
  const typed = (...coding: { system: string; code: string }[]) => ({ ...base, type: { coding } });
  const SOPT = 'https://nahdo.org/sopt';
  const OURS = 'urn:practice-ops:fhir:payer-class';

  it.each([
    ['1', 'Medicare, which holds 14 dual Medicare and Medicaid plans'],
    ['3', 'other government, which holds 361 state CHIP'],
    ['36', 'state government, which holds 361 state CHIP'],
  ])('reports SOPT %s (%s) as too broad to read, in either code system', (code) => {
    expect(soptPayerClass(code)).toBe('broad');
    expect(payerClassOfSopt(code)).toBeUndefined();
    expect(issues(typed({ system: SOPT, code }))).toEqual(['$.type fhir.coverage.payer_class_broad']);
    expect(issues(typed({ system: 'urn:oid:2.16.840.1.113883.3.221.5', code }))).toEqual([
      '$.type fhir.coverage.payer_class_broad',
    ]);
  });

  it('never reads a parent of a code that may be Medicaid (14 dual, 361 CHIP) as a class', () => {
    fc.assert(
      fc.property(fc.constantFrom('14', '361'), fc.nat(3), (hidden, cut) => {
        const parent = hidden.slice(0, Math.min(cut, hidden.length - 1));
        if (parent === '') return;
        expect(payerClassOfSopt(parent)).toBeUndefined();
      }),
    );
  });

  it('writes Medicare as SOPT 1 with the library class beside it, and reads only a matching pair', () => {
    // A Medicare Part B coverage for a client seen on 2026-03-02.
    const medicare: ClientCoverageInput = {
      ...medicaid,
      payerClass: 'medicare',
      payerId: 'medicare-jl',
      memberId: '1EG4TE5MK73',
    };
    const fhir = toFhirCoverage(medicare);
    expect(fhir.type.coding).toEqual([
      { system: SOPT, code: '1', display: 'MEDICARE' },
      { system: OURS, code: 'medicare' },
    ]);
    expect(fromFhirCoverage(fhir)).toEqual({ success: true, data: medicare });
    // The library's class must name the class of that very code: commercial beside 1 is not read.
    expect(issues(typed({ system: SOPT, code: '1' }, { system: OURS, code: 'commercial' }))).toEqual([
      '$.type fhir.coverage.payer_class_broad',
    ]);
    expect(issues(typed({ system: SOPT, code: '3' }, { system: OURS, code: 'other' }))).toEqual([
      '$.type fhir.coverage.payer_class_broad',
    ]);
    // A specific code never needs it: 121 is Medicare Part B.
    expect(fromFhirCoverage(typed({ system: SOPT, code: '121' }))).toMatchObject({
      success: true,
      data: { payerClass: 'medicare' },
    });
  });

  it('refuses to write, and reports reading, an insurance coverage with no member id (US Core us-core-15)', () => {
    const { memberId: _, ...noMember } = medicaid;
    expect(() => toFhirCoverage({ ...noMember, payerClass: 'commercial' })).toThrowError(
      /fhir\.coverage\.member_missing/,
    );
    const { identifier: __, subscriberId: ___, ...unread } = base;
    expect(issues(unread)).toEqual(['$.identifier fhir.coverage.member_missing']);
    // The subscriber id alone is a member id.
    const { identifier: ____, ...subscriberOnly } = base;
    expect(fromFhirCoverage(subscriberOnly)).toMatchObject({
      success: true,
      data: { memberId: 'MCD123456789' },
    });
    // Self-pay has no member id to give.
    const selfPay = { id: 'cov-ava-2', clientId: 'c-ava', status: 'active', payerClass: 'self_pay' } as const;
    expect(fromFhirCoverage(toFhirCoverage(selfPay))).toEqual({ success: true, data: selfPay });
  });

  it('lists every problem of a resource with many, not only the first', () => {
    const many = {
      resourceType: 'Coverage',
      status: 'draft',
      beneficiary: { reference: 'bad' },
      payor: [],
      type: { coding: [{ system: SOPT, code: '99' }] },
      period: { start: '2026-13-01' },
    };
    expect(issues(many)).toEqual([
      '$.id invalid_type',
      '$.payor too_small',
      '$.status fhir.coverage.status_unsupported',
      '$.type fhir.coverage.payer_class_unknown',
      '$.beneficiary fhir.reference.invalid',
      '$.identifier fhir.coverage.member_missing',
      '$.period.start core.date.invalid',
    ]);
  });

  it('always reports each wrong top-level element, whatever else is wrong', () => {
    const wrongs: Record<string, unknown> = {
      id: 7,
      status: 'draft',
      beneficiary: { reference: 'Group/g1' },
      payor: [],
      type: { coding: [{ system: SOPT, code: '7' }] },
      identifier: 'MB',
    };
    fc.assert(
      fc.property(fc.subarray(Object.keys(wrongs), { minLength: 1 }), (keys) => {
        const resource: Record<string, unknown> = { ...base };
        for (const k of keys) resource[k] = wrongs[k];
        const reported = new Set(issues(resource).map((line) => line.split(/[ .[]/)[1]));
        for (const k of keys) expect(reported).toContain(k);
      }),
    );
  });
});

describe('fromFhirCoverage: payer types that name two classes', () => {
  const SOPT = 'https://nahdo.org/sopt';
  const typed = (...codes: string[]) => ({
    ...toFhirCoverage(medicaid),
    type: { coding: codes.map((code) => ({ system: SOPT, code })) },
  });

  it('reports Medicaid beside commercial rather than reading the first', () => {
    expect(issues(typed('2', '5'))).toEqual(['$.type fhir.coverage.payer_class_conflict']);
    expect(issues(typed('5', '2'))).toEqual(['$.type fhir.coverage.payer_class_conflict']);
    const selfPayAndMedicaid = {
      ...typed('2'),
      type: {
        coding: [
          { system: SOPT, code: '2' },
          { system: 'http://terminology.hl7.org/CodeSystem/coverage-selfpay', code: 'pay' },
        ],
      },
    };
    expect(issues(selfPayAndMedicaid)).toContain('$.type fhir.coverage.payer_class_conflict');
  });

  it('reads a parent code beside the code under it as the specific code, and two codes of one class', () => {
    const medicaidRead = fromFhirCoverage(typed('2', '21'));
    expect(medicaidRead.success && medicaidRead.data.payerClass).toBe('medicaid');
    const medicare = fromFhirCoverage({ ...typed('1', '121'), payor: [{ reference: 'Organization/cms' }] });
    expect(medicare.success && medicare.data.payerClass).toBe('medicare');
    // `1` is refined by `14` (a dual plan), which is reported as dual, not read as Medicare.
    expect(issues(typed('1', '14'))).toEqual(['$.type fhir.coverage.payer_class_dual']);
  });

  it('never reads a class when the codes, each read alone, name different classes', () => {
    const codeArb = fc.constantFrom('2', '21', '5', '51', '6', '121', '311', '95', '82', '9');
    fc.assert(
      fc.property(fc.uniqueArray(codeArb, { minLength: 1, maxLength: 3 }), (codes) => {
        const specific = codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(c)));
        const classes = new Set(specific.map((c) => payerClassOfSopt(c)));
        const read = fromFhirCoverage(typed(...codes));
        if (classes.size > 1)
          expect(issues(typed(...codes))).toContain('$.type fhir.coverage.payer_class_conflict');
        else expect(read.success && read.data.payerClass).toBe([...classes][0]);
      }),
    );
  });
});

describe('Coverage.relationship and subscriber (FHIR R4 Coverage; HL7 subscriber-relationship)', () => {
  const system = 'http://terminology.hl7.org/CodeSystem/subscriber-relationship';

  it('writes a client who holds the policy as its own subscriber, relationship self, and reads it back', () => {
    const resource = toFhirCoverage({ ...medicaid, relationship: 'self' });
    expect(resource.subscriber).toEqual({ reference: 'Patient/c-ava' });
    expect(resource.relationship).toEqual({ coding: [{ system, code: 'self' }] });
    expectSchemaValid(resource);
    expect(fromFhirCoverage(resource)).toEqual({
      success: true,
      data: { ...medicaid, relationship: 'self' },
    });
  });

  it('writes a child on a parent’s plan with relationship child and no subscriber it does not know', () => {
    const resource = toFhirCoverage({ ...medicaid, relationship: 'child' });
    expect(resource.subscriber).toBeUndefined();
    expect(resource.relationship?.coding?.[0]?.code).toBe('child');
  });

  it('writes no relationship when it is not known, never assuming self', () => {
    const resource = toFhirCoverage(medicaid);
    expect(resource.relationship).toBeUndefined();
    expect(resource.subscriber).toBeUndefined();
  });

  it('reports a relationship in another code system or an unknown code, never reading it as self', () => {
    for (const relationship of [
      { coding: [{ system: 'http://example.org/rel', code: 'self' }] },
      { coding: [{ system, code: 'grandchild' }] },
    ]) {
      const read = fromFhirCoverage({ ...toFhirCoverage(medicaid), relationship });
      expect(read.success).toBe(false);
      if (!read.success)
        expect(read.error.issues.map((i) => [i.at, i.code])).toContainEqual([
          '$.relationship',
          'fhir.coverage.relationship_unknown',
        ]);
    }
  });

  it('property: every relationship writes and reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('self', 'spouse', 'child', 'parent', 'common', 'injured', 'other' as const),
        (relationship) => {
          const coverage = { ...medicaid, relationship };
          expect(fromFhirCoverage(toFhirCoverage(coverage))).toEqual({ success: true, data: coverage });
        },
      ),
    );
  });
});
