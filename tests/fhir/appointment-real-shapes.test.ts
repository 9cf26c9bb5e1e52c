// Appointments as real R4 servers and HL7's own examples send them. Each fixture is written here to
// reproduce the shape of a published example (the facts, never the file), cited in its test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFhirAppointment, readFhirAppointment, toFhirAppointment } from '../../src/fhir/index.js';
import {
  evaluateMissedSessionFee,
  type SchedulingAppointmentInput,
  type SchedulingClientInput,
} from '../../src/scheduling/index.js';
import { fhirIdArb, instantArb } from './fhir-fixtures.js';

const CANCEL_REASON = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const CPT = 'http://www.ama-assn.org/go/cpt';

function read(resource: unknown) {
  const r = readFhirAppointment(resource);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

function unknownCodes(resource: unknown): string[] {
  return read(resource).unknown.map((i) => `${i.at} ${i.code}`);
}

function refusals(resource: unknown): string[] {
  const r = readFhirAppointment(resource);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

// HL7 FHIR R4 Appointment/example (hl7.org/fhir/R4/appointment-example.json): serviceType "52" with no
// system, appointmentType v2-0276 FOLLOWUP, the Practitioner typed ATND, elements the library does not
// read (text, specialty, reasonReference, priority, description, created, comment, basedOn, display).
const hl7Example = {
  resourceType: 'Appointment',
  id: 'example',
  text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">MRI results</div>' },
  status: 'booked',
  serviceCategory: [{ coding: [{ system: 'http://example.org/service-category', code: 'gp' }] }],
  serviceType: [{ coding: [{ code: '52', display: 'General Discussion' }] }],
  specialty: [{ coding: [{ system: 'http://snomed.info/sct', code: '394814009' }] }],
  appointmentType: {
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0276', code: 'FOLLOWUP' }],
  },
  reasonReference: [{ reference: 'Condition/example' }],
  priority: 5,
  description: 'Discussion of results',
  start: '2013-12-10T09:00:00Z',
  end: '2013-12-10T11:00:00Z',
  created: '2013-10-10',
  comment: 'Further discussion',
  basedOn: [{ reference: 'ServiceRequest/myringotomy' }],
  participant: [
    { actor: { reference: 'Patient/example', display: 'A name' }, required: 'required', status: 'accepted' },
    {
      type: [{ coding: [{ system: PARTICIPATION, code: 'ATND' }] }],
      actor: { reference: 'Practitioner/example', display: 'A name' },
      required: 'required',
      status: 'accepted',
    },
    { actor: { reference: 'Location/1', display: 'South Wing' }, required: 'required', status: 'accepted' },
  ],
};

// US Core Appointment "cancelled" (US Core 10.0.0-ballot; the same in the Argonaut USCDI v7 sandbox's
// appt-cancelled): cancelled, reason `pat`, serviceType SNOMED 185349003, every participant declined,
// and no cancellation date (R4 has none).
const usCoreCancelled = {
  resourceType: 'Appointment',
  id: 'cancelled',
  meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-appointment'] },
  status: 'cancelled',
  cancelationReason: { coding: [{ system: CANCEL_REASON, code: 'pat' }], text: 'Patient cancelled' },
  serviceType: [{ coding: [{ system: 'http://snomed.info/sct', code: '185349003' }] }],
  start: '2026-07-08T14:00:00Z',
  end: '2026-07-08T14:30:00Z',
  participant: [
    { actor: { reference: 'Patient/example' }, required: 'required', status: 'declined' },
    { actor: { reference: 'Practitioner/practitioner-1' }, required: 'required', status: 'declined' },
    { actor: { reference: 'Location/hospital' }, required: 'required', status: 'declined' },
  ],
};

describe('readFhirAppointment on real R4 shapes', () => {
  it("reads HL7's own example with the session type unknown (before: refused at $.serviceType)", () => {
    expect(fromFhirAppointment(hl7Example).success).toBe(false);
    const reading = read(hl7Example);
    expect(reading.complete).toBe(false);
    expect(reading.appointment).toEqual({
      id: 'example',
      clinicianId: 'example',
      clientIds: ['example'],
      type: 'unknown',
      modality: { kind: 'in_person', locationId: '1' },
      start: '2013-12-10T09:00:00Z',
      end: '2013-12-10T11:00:00Z',
      status: { state: 'scheduled' },
    });
    expect(unknownCodes(hl7Example)).toEqual(['$.serviceType fhir.appointment.session_type_missing']);
  });

  it("reads US Core's cancelled example: the client cancelled, the time left out as unknown (before: refused)", () => {
    const reading = read(usCoreCancelled);
    expect(reading.appointment.status).toEqual({
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
    });
    // Only the session type is missing now: an unknown cancellation time is the model's own.
    expect(unknownCodes(usCoreCancelled)).toEqual(['$.serviceType fhir.appointment.session_type_missing']);
  });

  it("reads a cancellation whose reason is not HL7's (a vendor code, or text only) with who unknown", () => {
    // Salesforce Health Cloud's cancel operation sends HL7 pat-mv; EHRs send their own code systems or
    // text. Only HL7's system says who cancelled.
    const vendor = {
      ...usCoreCancelled,
      cancelationReason: {
        coding: [{ system: 'urn:oid:1.2.840.114350.1.13.0.1.7.10.698084.30', code: '3' }],
      },
    };
    expect(read(vendor).appointment.status).toMatchObject({ by: 'unknown' });
    expect(read(vendor).appointment.status).not.toHaveProperty('at');
    expect(unknownCodes(vendor)).toContain('$.cancelationReason fhir.appointment.cancelled_by_missing');
    const hl7 = {
      ...usCoreCancelled,
      cancelationReason: { coding: [{ system: CANCEL_REASON, code: 'pat-mv' }] },
    };
    expect(read(hl7).appointment.status).toMatchObject({ by: 'client' });
    expect(read(hl7).appointment.status).not.toHaveProperty('at');
  });

  it('reads a cancellation without a time complete, and the fee rule leaves its fee undecided (before: refused)', () => {
    // The time is not filled in with the start or the time of reading: either would guess the fee.
    const resource = { ...usCoreCancelled, serviceType: [{ coding: [{ system: CPT, code: '90834' }] }] };
    const reading = read(resource);
    expect(reading.complete).toBe(true);
    const appointment = fromFhirAppointment(resource);
    if (!appointment.success) throw new Error('expected a complete appointment');
    expect(appointment.data.status).toEqual({
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
    });
    const client: SchedulingClientInput = {
      id: 'example',
      zone: 'America/New_York',
      locationState: 'NY',
      payerClasses: ['commercial'],
      cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
    };
    const policy = {
      practiceZone: 'America/New_York',
      lateCancelFee: { kind: 'flat', cents: 7_500 },
    } as const;
    const d = evaluateMissedSessionFee(appointment.data, client, policy, { asOf: '2026-12-31T00:00:00Z' });
    expect(d).toMatchObject({ outcome: 'undecided', kind: 'cancel_time_unknown', feeCents: 0 });
    expect(d.reasons[0]?.code).toBe('scheduling.cancellation.time_unknown');
    // A Medicaid-only client is never charged, whenever they cancelled: decided.
    const medicaid = evaluateMissedSessionFee(
      appointment.data,
      { ...client, payerClasses: ['medicaid'] },
      policy,
      { asOf: '2026-12-31T00:00:00Z' },
    );
    expect(medicaid).toMatchObject({ outcome: 'no_charge', kind: 'cancel_time_unknown', feeCents: 0 });
    expect(medicaid.reasons[0]?.code).toBe('scheduling.cancellation.medicaid_exempt');
  });

  it('reads the session type from CPT codes in serviceType or appointmentType', () => {
    const withCodes = (codes: string[], where: 'serviceType' | 'appointmentType' = 'serviceType') => {
      const concept = { coding: codes.map((code) => ({ system: CPT, code })) };
      return read({
        ...hl7Example,
        serviceType: where === 'serviceType' ? [concept] : hl7Example.serviceType,
        appointmentType: where === 'appointmentType' ? concept : hl7Example.appointmentType,
      });
    };
    expect(withCodes(['90791']).appointment.type).toBe('intake');
    expect(withCodes(['90837']).appointment.type).toBe('individual');
    expect(withCodes(['99214', '90833']).appointment.type).toBe('individual');
    expect(withCodes(['90853'], 'appointmentType').appointment.type).toBe('group');
    expect(withCodes(['90834']).complete).toBe(true);
    // Family psychotherapy is billed for couples and families alike; crisis for any session.
    expect(withCodes(['90847']).appointment.type).toBe('unknown');
    expect(withCodes(['90846']).appointment.type).toBe('unknown');
    expect(withCodes(['90839']).appointment.type).toBe('unknown');
  });

  it("reports codes that name two session types as ambiguous, and lets the library's own code decide", () => {
    const both = {
      ...hl7Example,
      serviceType: [
        { coding: [{ system: CPT, code: '90837' }] },
        { coding: [{ system: CPT, code: '90853' }] },
      ],
    };
    expect(read(both).appointment.type).toBe('unknown');
    expect(unknownCodes(both)).toEqual(['$.serviceType fhir.appointment.session_type_ambiguous']);
    const own = {
      ...both,
      appointmentType: { coding: [{ system: 'urn:practice-ops:fhir:session-type', code: 'group' }] },
    };
    expect(read(own).appointment.type).toBe('group');
  });

  it('does not read the session type from its length: 50 minutes is an individual or a couples session', () => {
    const fifty = { ...hl7Example, end: '2013-12-10T09:50:00Z', minutesDuration: 50 };
    expect(read(fifty).appointment.type).toBe('unknown');
  });

  it("passes over a parent at a child's session (RelatedPerson), a PractitionerRole, a HealthcareService and a Device (before: refused)", () => {
    // R4's Appointment.participant.actor takes Patient, Practitioner, PractitionerRole, RelatedPerson,
    // Device, HealthcareService or Location (hl7.org/fhir/R4/appointment.html).
    const child = {
      ...hl7Example,
      serviceType: [{ coding: [{ system: CPT, code: '90834' }] }],
      participant: [
        ...hl7Example.participant,
        { actor: { reference: 'RelatedPerson/mother-of-example' }, required: 'required', status: 'accepted' },
        { actor: { reference: 'PractitionerRole/example-role' }, status: 'accepted' },
        { actor: { reference: 'HealthcareService/child-therapy' }, status: 'accepted' },
        { actor: { reference: 'Device/room-camera' }, status: 'accepted' },
      ],
    };
    const reading = read(child);
    expect(reading.complete).toBe(true);
    expect(reading.appointment).toMatchObject({ clinicianId: 'example', clientIds: ['example'] });
  });

  it("reads HL7's two-doctor example only when one Practitioner is the primary performer", () => {
    // HL7 FHIR R4 Appointment/2docs: two Practitioners, both typed ATND. The model has one clinician,
    // and nothing says which: refused. Typed PPRF, the primary performer is the clinician.
    const second = {
      type: [{ coding: [{ system: PARTICIPATION, code: 'ATND' }] }],
      actor: { reference: 'Practitioner/f202' },
      required: 'required',
      status: 'accepted',
    };
    const twoDocs = { ...hl7Example, id: '2docs', participant: [...hl7Example.participant, second] };
    expect(refusals(twoDocs)).toEqual([
      '$.participant fhir.appointment.clinician_count',
      '$.serviceType fhir.appointment.session_type_missing',
    ]);
    const primary = {
      ...second,
      type: [{ coding: [{ system: PARTICIPATION, code: 'PPRF' }] }],
    };
    const withPrimary = { ...twoDocs, participant: [...hl7Example.participant, primary] };
    expect(read(withPrimary).appointment.clinicianId).toBe('f202');
  });

  it('refuses what is genuinely invalid by path without echoing values, even when facts are also unknown', () => {
    const bad = {
      ...usCoreCancelled,
      start: 'Tuesday with Amy Baxter',
      participant: [{ actor: { reference: 'Patient/amy baxter' } }],
    };
    const r = readFhirAppointment(bad);
    expect(r.success).toBe(false);
    expect(refusals(bad)).toEqual([
      '$.participant[0].actor fhir.reference.invalid',
      '$.participant fhir.appointment.clinician_count',
      '$.serviceType fhir.appointment.session_type_missing',
      '$.participant fhir.appointment.location_missing',
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Baxter|Tuesday/);
    expect(refusals({ ...hl7Example, start: 'Tuesday' })).toEqual([
      '$.serviceType fhir.appointment.session_type_missing',
      '$.start core.instant.invalid',
    ]);
    expect(refusals({ ...hl7Example, status: 'proposed' })).toEqual([
      '$.status fhir.appointment.status_unsupported',
      '$.serviceType fhir.appointment.session_type_missing',
    ]);
  });

  it("reads the library's own output complete and identical (round trip), and the same without its type code as unknown", () => {
    const appointmentArb = fc
      .record({
        id: fhirIdArb,
        clinicianId: fhirIdArb,
        clientId: fhirIdArb,
        locationId: fhirIdArb,
        type: fc.constantFrom('intake', 'individual', 'couples', 'family', 'group'),
        start: instantArb,
        minutes: fc.integer({ min: 1, max: 600 }),
        status: fc.oneof(
          fc.constant({ state: 'scheduled' as const }),
          fc.record({
            state: fc.constant('cancelled' as const),
            by: fc.constantFrom('client', 'clinician', 'practice'),
            at: instantArb.map((i) => i.instant),
          }),
        ),
      })
      .map(
        (r): SchedulingAppointmentInput => ({
          id: r.id,
          clinicianId: r.clinicianId,
          clientIds: [r.clientId],
          type: r.type,
          modality: { kind: 'in_person', locationId: r.locationId },
          start: r.start.instant,
          end: new Date(r.start.ms + r.minutes * 60_000).toISOString(),
          status: r.status,
        }),
      );
    fc.assert(
      fc.property(appointmentArb, (appointment) => {
        const fhir = toFhirAppointment(appointment);
        const reading = read(fhir);
        expect(reading.complete).toBe(true);
        if (!reading.complete) return;
        expect(toFhirAppointment(reading.appointment)).toEqual(fhir);
        const untyped = read({ ...fhir, serviceType: [] });
        expect(untyped.complete).toBe(false);
        expect(untyped.appointment).toEqual({ ...reading.appointment, type: 'unknown' });
      }),
      { numRuns: 100 },
    );
  });
});
