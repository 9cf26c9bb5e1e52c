// The FHIR readers as an R4 consumer's server sends resources: HL7's published R4 examples (the shapes
// reproduced, cited per case) and what a real server adds to them. FHIR's extensibility rules decide the
// open cases: an extension the reader does not know is ignored, a modifierExtension it does not know makes
// the resource unreadable (it changes what the element means) [sources: fhir-r4-extensibility]. A reference
// by identifier alone, or to a contained resource, names no library id, so it is never read as one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromFhirAppointment,
  fromFhirCoverage,
  fromFhirExplanationOfBenefit,
  fromFhirPatient,
  readFhirAppointment,
  toFhirAppointment,
  toFhirCoverage,
} from '../../src/fhir/index.js';
import { MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';
import { eobOf, remittanceArb } from './remittance-fixtures.js';

type Json = Record<string, unknown>;
const issuesOf = (r: { success: boolean; error?: { issues: readonly { at: string; code: string }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.at} ${i.code}`);

const UNKNOWN_EXTENSION = {
  url: 'https://ehr.example/fhir/StructureDefinition/booking-channel',
  valueCodeableConcept: { coding: [{ system: 'https://ehr.example/channel', code: 'portal' }] },
};
const COMPLEX_EXTENSION = {
  // US Core race: an extension of extensions, with a value type the reader does not model.
  url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
  extension: [
    { url: 'ombCategory', valueCoding: { system: 'urn:oid:2.16.840.1.113883.6.238', code: '2106-3' } },
    { url: 'text', valueString: 'White' },
  ],
};
const UNKNOWN_MODIFIER = [
  { url: 'https://ehr.example/fhir/StructureDefinition/not-really', valueBoolean: true },
];

const appointment = toFhirAppointment(MONDAY_TELEHEALTH_SESSION) as unknown as Json;
const participants = appointment.participant as Json[];

// HL7 FHIR R4 Patient/example (hl7.org/fhir/R4/patient-example.json): birthDate with a `_birthDate`
// patient-birthTime extension, a contact whose `_family` carries an own-prefix extension, an Australian
// address (state "Vic"); here with a US address so the library can read the state.
const hl7Patient: Json = {
  resourceType: 'Patient',
  id: 'example',
  identifier: [{ use: 'usual', system: 'urn:oid:1.2.36.146.595.217.0.1', value: '12345' }],
  active: true,
  name: [
    { use: 'official', family: 'Chalmers', given: ['Peter', 'James'] },
    { use: 'maiden', family: 'Windsor', given: ['Peter', 'James'], period: { end: '2002' } },
  ],
  telecom: [{ use: 'home' }, { system: 'phone', value: '(03) 5555 6473', use: 'work', rank: 1 }],
  gender: 'male',
  birthDate: '1974-12-25',
  _birthDate: {
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
        valueDateTime: '1974-12-25T14:35:45-05:00',
      },
    ],
  },
  deceasedBoolean: false,
  address: [
    {
      use: 'home',
      line: ['534 Erewhon St'],
      city: 'Springfield',
      state: 'IL',
      period: { start: '1974-12-25' },
    },
  ],
  contact: [
    {
      name: {
        family: 'du Marché',
        _family: {
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/humanname-own-prefix', valueString: 'VV' },
          ],
        },
        given: ['Bénédicte'],
      },
      gender: 'female',
      period: { start: '2012' },
    },
  ],
  managingOrganization: { reference: 'Organization/1' },
};

// HL7 FHIR R4 Coverage/9876B1 (hl7.org/fhir/R4/coverage-example.json): status, type EHCPOL, subscriber and
// beneficiary Patient/4, payor Organization/2, a period with start and end, group and plan classes.
const hl7Coverage: Json = {
  resourceType: 'Coverage',
  id: '9876B1',
  identifier: [{ system: 'http://benefitsinc.com/certificate', value: '12345' }],
  status: 'active',
  type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EHCPOL' }] },
  policyHolder: { reference: 'http://benefitsinc.com/FHIR/Organization/CBI35' },
  subscriber: { reference: 'Patient/4' },
  beneficiary: { reference: 'Patient/4' },
  dependent: '0',
  relationship: { coding: [{ code: 'self' }] },
  period: { start: '2011-05-23', end: '2012-05-23' },
  payor: [{ reference: 'Organization/2' }],
  class: [
    {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/coverage-class', code: 'group' }] },
      value: 'CB135',
      name: "Corporate Baker's Inc. Local #35",
    },
  ],
};

const libraryCoverage = toFhirCoverage({
  id: 'cov-ava-1',
  clientId: 'c-ava',
  status: 'active',
  payerClass: 'commercial',
  payerId: 'aetna-il',
  memberId: 'W123456789',
  start: '2026-01-01',
}) as unknown as Json;

describe('FHIR R4 read-back: extensions as FHIR says', () => {
  it('ignores an extension it does not know on the Appointment, and reads it exactly as without', () => {
    const withExtension = {
      ...appointment,
      extension: [
        ...((appointment.extension as Json[] | undefined) ?? []),
        UNKNOWN_EXTENSION,
        COMPLEX_EXTENSION,
      ],
    };
    expect(fromFhirAppointment(withExtension)).toEqual(fromFhirAppointment(appointment));
    expect(fromFhirAppointment(withExtension).success).toBe(true);
  });

  it('ignores an unknown extension on a participant and on the primitive `_start`', () => {
    const withExtension = {
      ...appointment,
      _start: { extension: [UNKNOWN_EXTENSION] },
      participant: participants.map((p, i) => (i === 0 ? { ...p, extension: [COMPLEX_EXTENSION] } : p)),
    };
    expect(fromFhirAppointment(withExtension)).toEqual(fromFhirAppointment(appointment));
  });

  it('refuses an unknown modifierExtension on the Appointment and on a participant, each at its path', () => {
    const withModifier = {
      ...appointment,
      modifierExtension: UNKNOWN_MODIFIER,
      participant: participants.map((p, i) => (i === 1 ? { ...p, modifierExtension: UNKNOWN_MODIFIER } : p)),
    };
    expect(issuesOf(fromFhirAppointment(withModifier)).sort()).toEqual([
      '$.modifierExtension fhir.modifier_extension.unknown',
      '$.participant[1].modifierExtension fhir.modifier_extension.unknown',
    ]);
  });

  it('ignores an unknown extension nested in a contained resource, refuses a modifier extension there', () => {
    const contained = [{ resourceType: 'Location', id: 'room', extension: [UNKNOWN_EXTENSION] }];
    expect(fromFhirAppointment({ ...appointment, contained }).success).toBe(true);
    const withModifier = [{ ...contained[0], modifierExtension: UNKNOWN_MODIFIER }];
    expect(issuesOf(fromFhirAppointment({ ...appointment, contained: withModifier }))).toEqual([
      '$.contained[0].modifierExtension fhir.modifier_extension.unknown',
    ]);
  });

  it('refuses an extension without a url (ext-1: every extension names its definition)', () => {
    const bad = { ...appointment, extension: [{ valueString: 'x' }] };
    expect(issuesOf(fromFhirAppointment(bad))).toEqual(['$.extension[0].url invalid_type']);
  });

  it('ignores an unknown extension on a Coverage, a coverage class and an EOB adjudication', () => {
    const classes = (libraryCoverage.class as Json[] | undefined) ?? [];
    const coverage = {
      ...libraryCoverage,
      extension: [...((libraryCoverage.extension as Json[] | undefined) ?? []), UNKNOWN_EXTENSION],
      ...(classes.length > 0
        ? {
            class: classes.map((c) => ({
              ...c,
              extension: [...((c.extension as Json[] | undefined) ?? []), UNKNOWN_EXTENSION],
            })),
          }
        : {}),
    };
    expect(fromFhirCoverage(coverage)).toEqual(fromFhirCoverage(libraryCoverage));
    expect(fromFhirCoverage(coverage).success).toBe(true);
    const [remittance] = fc.sample(remittanceArb, { numRuns: 1, seed: 34 });
    const eob = eobOf(remittance as NonNullable<typeof remittance>) as unknown as Json;
    const items = eob.item as Json[];
    const withExtension = {
      ...eob,
      extension: [COMPLEX_EXTENSION],
      item: items.map((item) => ({
        ...item,
        adjudication: (item.adjudication as Json[]).map((a) => ({
          ...a,
          extension: [UNKNOWN_EXTENSION, ...((a.extension as Json[] | undefined) ?? [])],
        })),
      })),
    };
    expect(fromFhirExplanationOfBenefit(withExtension)).toEqual(fromFhirExplanationOfBenefit(eob));
  });
});

describe("FHIR R4 read-back: the library's own extensions repeated", () => {
  const fee = (appointment.extension as Json[] | undefined)?.find((e) =>
    String(e.url).endsWith('session-fee'),
  );
  const withFee = fee
    ? appointment
    : {
        ...appointment,
        extension: [
          ...((appointment.extension as Json[] | undefined) ?? []),
          {
            url: 'urn:practice-ops:fhir:extension:session-fee',
            valueMoney: { value: 150, currency: 'USD' },
          },
        ],
      };
  const feeUrl = String(
    ((withFee.extension as Json[]).find((e) => String(e.url).endsWith('session-fee')) as Json).url,
  );

  it('refuses two session fees that differ (before: the first was read, a guess about money)', () => {
    const twice = {
      ...withFee,
      extension: [
        ...(withFee.extension as Json[]),
        { url: feeUrl, valueMoney: { value: 1, currency: 'USD' } },
      ],
    };
    expect(issuesOf(fromFhirAppointment(twice))).toEqual(['$.extension fhir.extension.repeated']);
  });

  it('reads the same session fee given twice as the one fee', () => {
    const same = (withFee.extension as Json[]).find((e) => e.url === feeUrl) as Json;
    const twice = { ...withFee, extension: [...(withFee.extension as Json[]), same] };
    expect(fromFhirAppointment(twice)).toEqual(fromFhirAppointment(withFee));
  });
});

describe('FHIR R4 read-back: references a library id cannot come from', () => {
  it('does not read a client from a reference by identifier alone (no literal reference)', () => {
    const byIdentifier = {
      ...appointment,
      participant: participants.map((p) =>
        String((p.actor as Json).reference).startsWith('Patient/')
          ? { ...p, actor: { identifier: { system: 'urn:oid:1.2.36.146.595.217.0.1', value: '12345' } } }
          : p,
      ),
    };
    const read = fromFhirAppointment(byIdentifier);
    expect(read.success).toBe(false);
    const reading = readFhirAppointment(byIdentifier);
    expect(reading.success && reading.data.complete).toBe(false);
  });

  it('does not read a contained Patient ("#p1") as a client id', () => {
    const viaContained = {
      ...appointment,
      contained: [{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Chalmers' }] }],
      participant: participants.map((p) =>
        String((p.actor as Json).reference).startsWith('Patient/')
          ? { ...p, actor: { reference: '#p1' } }
          : p,
      ),
    };
    const read = fromFhirAppointment(viaContained);
    expect(read.success).toBe(false);
    expect(JSON.stringify(read)).not.toContain('"p1"');
  });

  it('refuses an Appointment with several participants and no practitioner at $.participant, naming no clinician', () => {
    // R4 allows it (a session not yet assigned); the library's appointment needs its clinician, so the read
    // fails by path rather than pick one.
    const noPractitioner = {
      ...appointment,
      participant: [
        ...participants.filter((p) => !String((p.actor as Json).reference).startsWith('Practitioner/')),
        { actor: { reference: 'RelatedPerson/mother' }, status: 'accepted' },
        { actor: { reference: 'Location/office-1' }, status: 'accepted' },
      ],
    };
    expect(issuesOf(fromFhirAppointment(noPractitioner))).toEqual([
      '$.participant fhir.appointment.clinician_count',
    ]);
    expect(issuesOf(readFhirAppointment(noPractitioner))).toEqual([
      '$.participant fhir.appointment.clinician_count',
    ]);
  });
});

describe('FHIR R4 read-back: Patient and Coverage as HL7 publishes them', () => {
  it("reads HL7's Patient/example: birthDate beside its `_birthDate` birth-time extension, the contact's `_family`", () => {
    const read = fromFhirPatient(hl7Patient, { asOf: '2026-03-01' });
    expect(issuesOf(read)).toEqual([]);
    expect(read.success && read.data.birthDate).toBe('1974-12-25');
    expect(read.success && read.data.state).toBe('IL');
  });

  it('reads a Patient whose birthDate is absent and whose `_birthDate` says why (data-absent-reason) as no birth date', () => {
    const { birthDate: _b, ...rest } = hl7Patient;
    const absent = {
      ...rest,
      _birthDate: {
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' },
        ],
      },
    };
    const read = fromFhirPatient(absent, { asOf: '2026-03-01' });
    // Either read without a birth date or refused at $.birthDate; never a made-up date.
    if (read.success) expect(read.data.birthDate).toBeUndefined();
    else expect(issuesOf(read).every((i) => i.startsWith('$.birthDate'))).toBe(true);
  });

  it('refuses a modifier extension on a Patient contact (it may say the contact is not to be used)', () => {
    const contact = (hl7Patient.contact as Json[]).map((c) => ({
      ...c,
      modifierExtension: UNKNOWN_MODIFIER,
    }));
    expect(issuesOf(fromFhirPatient({ ...hl7Patient, contact }, { asOf: '2026-03-01' }))).toEqual([
      '$.contact[0].modifierExtension fhir.modifier_extension.unknown',
    ]);
  });

  it('reads a coverage whose period has a start and no end as open-ended (R4 Period: an absent end is ongoing)', () => {
    const period = libraryCoverage.period as Json | undefined;
    const open = { ...libraryCoverage, period: { start: period?.start ?? '2026-01-01' } };
    const read = fromFhirCoverage(open);
    expect(issuesOf(read)).toEqual([]);
    expect(read.success && read.data.start).toBe('2026-01-01');
    expect(read.success && read.data.end).toBeUndefined();
  });

  it("reads HL7's Coverage/9876B1 only as far as it can: a payer it cannot classify is reported, not guessed", () => {
    const read = fromFhirCoverage(hl7Coverage);
    if (read.success) expect(read.data.payerClass).not.toBe('commercial');
    else expect(issuesOf(read).length).toBeGreaterThan(0);
    expect(JSON.stringify(read)).not.toMatch(/CB135|Corporate Baker|12345/);
  });
});
