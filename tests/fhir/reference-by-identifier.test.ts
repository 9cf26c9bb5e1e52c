// FHIR R4 Reference (hl7.org/fhir/R4/references.html): a reference may be literal (`reference`), logical
// (`identifier`, "when there is no way to reference the other resource directly"), or both; `type` names the
// target's resource type [sources: fhir-r4-references]. A participant or beneficiary named only by identifier
// is read when the identifier's system and value tie it to one resource the practice knows, and refused by
// path otherwise. Examples in the shape of HL7's: an NPI (us-npi) for a practitioner, the medical record
// number of Patient/example (system urn:oid:1.2.36.146.595.217.0.1, value 12345).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FhirKnownResource,
  fromFhirAppointment,
  fromFhirCoverage,
  readFhirAppointment,
  toFhirCoverage,
} from '../../src/fhir/index.js';

const NPI = 'http://hl7.org/fhir/sid/us-npi';
const MRN = 'urn:oid:1.2.36.146.595.217.0.1';
const CPT = 'http://www.ama-assn.org/go/cpt';
const KNOWN: FhirKnownResource[] = [
  { reference: 'Practitioner/dr-lee', identifier: { system: NPI, value: '1679576722' } },
  { reference: 'Patient/c-ava', identifier: { system: MRN, value: '12345' } },
  { reference: 'Location/office-1', identifier: { system: 'urn:practice:site', value: 'MAIN' } },
];
const byNpi = {
  type: 'Practitioner',
  identifier: { system: NPI, value: '1679576722' },
  display: 'Dr Morgan Lee',
};
const byMrn = { identifier: { use: 'usual', system: MRN, value: '12345' }, display: 'Ava Reyes' };

// A 90834 session on Tuesday 8 December 2026 at 10:00 in Portland, Oregon.
function appointment(actors: unknown[]) {
  return {
    resourceType: 'Appointment',
    id: 'apt-1208',
    status: 'booked',
    serviceType: [{ coding: [{ system: CPT, code: '90834' }] }],
    start: '2026-12-08T10:00:00-08:00',
    end: '2026-12-08T10:53:00-08:00',
    participant: actors.map((actor) => ({ actor, required: 'required', status: 'accepted' })),
  };
}
const refusals = (resource: unknown, known = KNOWN) => {
  const r = fromFhirAppointment(resource, { known });
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
};

describe('FHIR references by identifier', () => {
  it('reads a clinician named by NPI and a client by medical record number, with no literal reference', () => {
    const r = fromFhirAppointment(appointment([byNpi, byMrn, { reference: 'Location/office-1' }]), {
      known: KNOWN,
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({
      clinicianId: 'dr-lee',
      clientIds: ['c-ava'],
      modality: { locationId: 'office-1' },
    });
  });

  it('refuses by path an identifier that names no known resource, without echoing it', () => {
    const unknownNpi = { ...byNpi, identifier: { system: NPI, value: '1999999984' } };
    expect(refusals(appointment([unknownNpi, byMrn, { reference: 'Location/office-1' }]))).toContain(
      '$.participant[0].actor.identifier fhir.reference.identifier_unknown',
    );
    const r = fromFhirAppointment(appointment([unknownNpi, byMrn, { reference: 'Location/office-1' }]), {
      known: KNOWN,
    });
    expect(JSON.stringify(r)).not.toContain('1999999984');
    // And with no known resources at all (the call as it was before): refused, never guessed.
    expect(refusals(appointment([byNpi, byMrn, { reference: 'Location/office-1' }]), [])).toEqual([
      '$.participant[0].actor.identifier fhir.reference.identifier_unknown',
      '$.participant[1].actor.identifier fhir.reference.identifier_unknown',
      '$.participant fhir.appointment.clinician_count',
    ]);
  });

  it('refuses an identifier with a value and no system: the value alone may belong to any system', () => {
    const bare = { identifier: { value: '12345' } };
    expect(refusals(appointment([byNpi, bare, { reference: 'Location/office-1' }]))).toContain(
      '$.participant[1].actor.identifier fhir.reference.identifier_incomplete',
    );
  });

  it('refuses an identifier that two known resources share, and one whose type is not the known resource’s', () => {
    const twice = [...KNOWN, { reference: 'Patient/c-ben', identifier: { system: MRN, value: '12345' } }];
    expect(refusals(appointment([byNpi, byMrn, { reference: 'Location/office-1' }]), twice)).toContain(
      '$.participant[1].actor.identifier fhir.reference.identifier_ambiguous',
    );
    // Typed, the same identifier is tied to the one Patient among them; typed otherwise, to none.
    const typed = { ...byMrn, type: 'Patient' };
    const withPractitioner = [
      ...KNOWN,
      { reference: 'Practitioner/dr-kim', identifier: { system: MRN, value: '12345' } },
    ];
    expect(
      refusals(appointment([byNpi, typed, { reference: 'Location/office-1' }]), withPractitioner),
    ).toEqual([]);
    const wrongType = { ...byNpi, type: 'Patient' };
    expect(refusals(appointment([wrongType, byMrn, { reference: 'Location/office-1' }]))).toContain(
      '$.participant[0].actor.identifier fhir.reference.identifier_unknown',
    );
  });

  it('refuses a literal reference whose identifier names another known resource, or whose type is not its own', () => {
    const mismatch = { reference: 'Practitioner/dr-kim', identifier: byNpi.identifier };
    expect(refusals(appointment([mismatch, byMrn, { reference: 'Location/office-1' }]))).toContain(
      '$.participant[0].actor.identifier fhir.reference.identifier_conflict',
    );
    const agreeing = { reference: 'Practitioner/dr-lee', identifier: byNpi.identifier };
    expect(refusals(appointment([agreeing, byMrn, { reference: 'Location/office-1' }]))).toEqual([]);
    // An identifier of a system the practice does not keep beside a literal reference changes nothing.
    const other = { reference: 'Practitioner/dr-lee', identifier: { system: 'urn:ehr:staff', value: '77' } };
    expect(refusals(appointment([other, byMrn, { reference: 'Location/office-1' }]))).toEqual([]);
    const typed = { reference: 'Patient/c-ava', type: 'Practitioner' };
    expect(refusals(appointment([byNpi, typed, { reference: 'Location/office-1' }]))).toContain(
      '$.participant[1].actor.type fhir.reference.type_conflict',
    );
  });

  it('passes over a parent named by identifier as RelatedPerson, as it passes over a literal one', () => {
    const parent = { type: 'RelatedPerson', identifier: { system: 'urn:ehr:contacts', value: 'RP-9' } };
    const read = readFhirAppointment(
      appointment([byNpi, byMrn, parent, { reference: 'Location/office-1' }]),
      {
        known: KNOWN,
      },
    );
    expect(read.success && read.data.appointment.clientIds).toEqual(['c-ava']);
  });

  it('reads a Coverage whose beneficiary is named by identifier, and refuses it by path when unknown', () => {
    const coverage = toFhirCoverage({
      id: 'cov-ava-1',
      clientId: 'c-ava',
      status: 'active',
      payerClass: 'commercial',
      payerId: 'summit',
      memberId: 'W123456789',
    });
    const byIdentifier = { ...coverage, beneficiary: byMrn };
    const read = fromFhirCoverage(byIdentifier, { known: KNOWN });
    expect(read.success && read.data.clientId).toBe('c-ava');
    const refused = fromFhirCoverage(byIdentifier);
    expect(refused.success ? [] : refused.error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.beneficiary.identifier fhir.reference.identifier_unknown',
    ]);
    // A known identifier of a Practitioner is no beneficiary.
    const clinician = fromFhirCoverage({ ...coverage, beneficiary: byNpi }, { known: KNOWN });
    expect(clinician.success ? [] : clinician.error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.beneficiary fhir.reference.invalid',
    ]);
  });

  it('refuses bad options by path, never echoing a value', () => {
    expect(() =>
      fromFhirCoverage({}, { known: [{ reference: 'dr lee', identifier: { system: NPI, value: '1' } }] }),
    ).toThrow(/\$\.known\[0\]\.reference/);
    expect(() =>
      readFhirAppointment({}, { known: [{ reference: 'Patient/x', identifier: { system: MRN } }] } as never),
    ).toThrow(/\$\.known\[0\]\.identifier\.value/);
  });

  it('reads the same whatever the order of the known resources, and never ties an unknown identifier (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(KNOWN, { minLength: 0 }),
        fc.constantFrom('1679576722', '1999999984'),
        (known, npi) => {
          const resource = appointment([
            { ...byNpi, identifier: { system: NPI, value: npi } },
            byMrn,
            { reference: 'Location/office-1' },
          ]);
          const r = fromFhirAppointment(resource, { known });
          const tied =
            known.some((k) => k.identifier.value === npi) &&
            known.some((k) => k.reference === 'Patient/c-ava');
          expect(r.success).toBe(tied);
          if (r.success) expect(r.data.clinicianId).toBe('dr-lee');
          expect(fromFhirAppointment(resource, { known: [...known].reverse() })).toEqual(r);
        },
      ),
    );
  });
});
