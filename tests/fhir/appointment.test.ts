import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type FhirAppointment,
  fromFhirAppointment,
  readFhirAppointment,
  toFhirAppointment,
} from '../../src/fhir/index.js';
import type { SchedulingAppointmentInput } from '../../src/scheduling/index.js';
import { appointmentArb, expectSchemaValid, schemaErrors } from './fhir-fixtures.js';

const weekly: SchedulingAppointmentInput = {
  id: 'a-2026-03-09',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'in_person', locationId: 'main-office', roomId: 'room-2' },
  start: '2026-03-09T09:00:00-04:00',
  end: '2026-03-09T09:50:00-04:00',
  status: { state: 'scheduled' },
  seriesId: 's-ava-weekly',
  sessionFeeCents: 15_000,
};

function ok<T>(result: { success: true; data: T } | { success: false; error: { issues: unknown } }): T {
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

function codes(result: { success: boolean; error?: { issues: readonly { code: string; at: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.at} ${i.code}`);
}

describe('toFhirAppointment', () => {
  it('writes a weekly in-person session with its room, series and fee', () => {
    const fhir = toFhirAppointment(weekly);
    expectSchemaValid(fhir);
    expect(fhir).toMatchObject({
      resourceType: 'Appointment',
      id: 'a-2026-03-09',
      status: 'booked',
      start: '2026-03-09T09:00:00-04:00',
      minutesDuration: 50,
    });
    expect(fhir.participant.map((p) => p.actor.reference)).toEqual([
      'Practitioner/dr-lee',
      'Patient/c-ava',
      'Location/main-office',
      'Location/room-2',
    ]);
    expect(fhir.serviceType[0]?.coding?.[0]?.code).toBe('individual');
  });

  it('writes a late cancellation by the client as cancelled, reason pat, with the cancellation time', () => {
    const fhir = toFhirAppointment({
      ...weekly,
      status: { state: 'cancelled', by: 'client', at: '2026-03-09T06:00-04:00' },
    });
    expectSchemaValid(fhir);
    expect(fhir.status).toBe('cancelled');
    expect(fhir.cancelationReason?.coding?.[0]).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
      code: 'pat',
    });
    expect(fhir.extension).toContainEqual({
      url: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.cancellationDate',
      valueDateTime: '2026-03-09T06:00:00-04:00',
    });
  });

  it('writes a no-show as noshow, and a clinician cancellation with reason prov', () => {
    expect(toFhirAppointment({ ...weekly, status: { state: 'no_show' } }).status).toBe('noshow');
    const byClinician = toFhirAppointment({
      ...weekly,
      status: { state: 'cancelled', by: 'clinician', at: '2026-03-01T10:00:00Z' },
    });
    expect(byClinician.cancelationReason?.coding?.[0]?.code).toBe('prov');
  });

  it('writes a practice cancellation as HL7 other with the library coding beside it, and reads it back', () => {
    // The practice closed for a burst pipe and cancelled the 2026-03-02 session at 10:00 UTC.
    const cancelled = {
      ...weekly,
      status: { state: 'cancelled', by: 'practice', at: '2026-03-01T10:00:00Z' },
    } as const;
    const fhir = toFhirAppointment(cancelled);
    expect(fhir.cancelationReason?.coding).toEqual([
      { system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: 'other' },
      { system: 'urn:practice-ops:fhir:cancelled-by', code: 'practice' },
    ]);
    expect(ok(fromFhirAppointment(fhir)).status).toMatchObject({ state: 'cancelled', by: 'practice' });
  });

  it('writes only codes of the HL7 cancellation reason code system, for whoever cancelled', () => {
    // The 32 codes of terminology.hl7.org/CodeSystem/appointment-cancellation-reason.
    const HL7 = new Set(
      'pat pat-crs pat-cpp pat-dec pat-fb pat-lt pat-mt pat-mv pat-preg pat-swl pat-ucp prov prov-pers prov-dch prov-edu prov-hosp prov-labs prov-mri prov-onc maint meds-inc other oth-cms oth-err oth-fin oth-iv oth-int oth-mu oth-room oth-oerr oth-swie oth-weath'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom('client', 'clinician', 'practice'), (by) => {
        const fhir = toFhirAppointment({
          ...weekly,
          status: { state: 'cancelled', by, at: '2026-03-01T10:00:00Z' },
        });
        const hl7 = fhir.cancelationReason?.coding?.filter((c) => c.system?.includes('hl7.org')) ?? [];
        expect(hl7).toHaveLength(1);
        expect(HL7.has(hl7[0]?.code ?? '')).toBe(true);
        expect(ok(fromFhirAppointment(fhir)).status).toMatchObject({ by });
      }),
    );
  });

  it('marks a telehealth session virtual and records the state the client is in', () => {
    const fhir = toFhirAppointment({
      ...weekly,
      modality: { kind: 'telehealth', clientLocationState: 'NJ' },
    });
    expectSchemaValid(fhir);
    expect(fhir.serviceCategory?.[0]?.coding?.[0]).toMatchObject({ code: 'VR' });
    expect(fhir.extension).toContainEqual({
      url: 'urn:practice-ops:fhir:extension:client-location-state',
      valueCode: 'NJ',
    });
    expect(fhir.participant.some((p) => p.actor.reference?.startsWith('Location/'))).toBe(false);
  });

  // v3 ActCode encounter classes, as the Slots and Schedules of toFhirSchedule name them: AMB ambulatory (at
  // an office), VR virtual [sources: fhir-r4-terminology].
  it('marks an in-person session ambulatory (AMB), as its Slot says, and reads it back in person', () => {
    const fhir = toFhirAppointment(weekly);
    expect(fhir.serviceCategory).toEqual([
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
        ],
      },
    ]);
    expect(ok(fromFhirAppointment(fhir)).modality).toEqual(weekly.modality);
  });

  it('writes every session with exactly one encounter class, VR for telehealth and AMB in person (property)', () => {
    fc.assert(
      fc.property(appointmentArb, (appointment) => {
        const fhir = toFhirAppointment(appointment);
        const classes = fhir.serviceCategory.flatMap((c) => (c.coding ?? []).map((x) => x.code));
        expect(classes).toEqual([appointment.modality.kind === 'telehealth' ? 'VR' : 'AMB']);
      }),
    );
  });

  it('shares no object between two resources: editing one returned resource leaves the next one as written', () => {
    const telehealth = { ...weekly, modality: { kind: 'telehealth', clientLocationState: 'NJ' } } as const;
    const first = toFhirAppointment(telehealth);
    // The types say read-only; a JavaScript caller can still write.
    const coding = first.serviceCategory?.[0]?.coding?.[0] as { code?: string } | undefined;
    if (coding !== undefined) coding.code = 'edited';
    const performer = first.participant[0]?.type?.[0]?.coding?.[0] as { code?: string } | undefined;
    if (performer !== undefined) performer.code = 'edited';
    const second = toFhirAppointment(telehealth);
    expect(second.serviceCategory?.[0]?.coding?.[0]?.code).toBe('VR');
    expect(second.participant[0]?.type?.[0]?.coding?.[0]?.code).toBe('PPRF');
  });

  it('refuses an id that is not a FHIR id, by path, without echoing it', () => {
    expect(() => toFhirAppointment({ ...weekly, clientIds: ['client_7'] })).toThrowError(
      /clientIds\[0\].*fhir\.id\.invalid/,
    );
    expect(() => toFhirAppointment({ ...weekly, clientIds: ['client_7'] })).not.toThrowError(/client_7/);
  });

  it('writes only schema-valid resources, and reads back the same appointment (round trip)', () => {
    fc.assert(
      fc.property(appointmentArb, (appointment) => {
        const fhir = toFhirAppointment(appointment);
        expect(schemaErrors(fhir)).toEqual([]);
        const back = ok(fromFhirAppointment(fhir));
        expect(toFhirAppointment(back)).toEqual(fhir);
        expect(back).toEqual(ok(fromFhirAppointment(JSON.parse(JSON.stringify(fhir)))));
        expect(back).toMatchObject(appointment as object);
      }),
      { numRuns: 200 },
    );
  });

  it('is assignable to the official R4 Appointment type', () => {
    expectTypeOf<FhirAppointment>().toExtend<fhir4.Appointment>();
  });
});

describe('fromFhirAppointment', () => {
  const base = toFhirAppointment(weekly);

  it('reads arrived and checked-in as scheduled', () => {
    expect(ok(fromFhirAppointment({ ...base, status: 'arrived' })).status).toEqual({ state: 'scheduled' });
    expect(ok(fromFhirAppointment({ ...base, status: 'checked-in' })).status).toEqual({ state: 'scheduled' });
  });

  it.each(['proposed', 'pending', 'waitlist', 'made-up'])(
    'reports the status %s it cannot represent instead of guessing',
    (status) => {
      expect(codes(fromFhirAppointment({ ...base, status }))).toContain(
        '$.status fhir.appointment.status_unsupported',
      );
    },
  );

  it('reports a session that says both virtual (VR) and ambulatory (AMB) instead of choosing one', () => {
    const fhir = toFhirAppointment(weekly);
    const both = {
      ...fhir,
      serviceCategory: [
        ...fhir.serviceCategory,
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR' }] },
      ],
      extension: [
        ...(fhir.extension ?? []),
        { url: 'urn:practice-ops:fhir:extension:client-location-state', valueCode: 'NJ' },
      ],
    };
    expect(codes(fromFhirAppointment(both))).toEqual([
      '$.serviceCategory fhir.appointment.modality_conflict',
    ]);
  });

  // R4 Appointment.status: entered-in-error is "this instance should not have been part of this patient's
  // medical record" [sources: fhir-r4-appointment]: no cancellation, no appointment, an entry to ignore.
  it('reads an appointment entered in error as an entry to ignore, with its own code, never as a cancellation', () => {
    const result = fromFhirAppointment({ ...base, status: 'entered-in-error' });
    expect(codes(result)).toEqual(['$.status fhir.appointment.entered_in_error']);
    const read = readFhirAppointment({ ...base, status: 'entered-in-error' });
    expect(read.success).toBe(false);
  });

  it('reports a cancellation that does not say who cancelled; one that does not say when has its time unknown', () => {
    const result = fromFhirAppointment({ ...base, status: 'cancelled', extension: [] });
    expect(codes(result)).toEqual(['$.cancelationReason fhir.appointment.cancelled_by_missing']);
    const byClient = {
      ...base,
      status: 'cancelled',
      extension: [],
      cancelationReason: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: 'pat' },
        ],
      },
    };
    expect(ok(fromFhirAppointment(byClient)).status).toEqual({
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
    });
  });

  it('writes a cancellation whose time is unknown without a cancellation date, and reads it back the same', () => {
    const cancelled = { ...weekly, status: { state: 'cancelled', by: 'client' } } as const;
    const resource = toFhirAppointment(cancelled);
    expect(JSON.stringify(resource)).not.toContain('cancellationDate');
    expect(ok(fromFhirAppointment(resource)).status).toEqual({
      state: 'cancelled',
      by: 'client',
      rescheduled: false,
      emergencyDocumented: false,
    });
  });

  it('reads provider and other HL7 cancellation reasons as clinician and practice cancellations', () => {
    const at = {
      url: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.cancellationDate',
      valueDateTime: '2026-03-08T12:00:00Z',
    };
    const read = (code: string) =>
      ok(
        fromFhirAppointment({
          ...base,
          status: 'cancelled',
          extension: [at],
          cancelationReason: {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code },
            ],
          },
        }),
      ).status;
    expect(read('prov-pers')).toMatchObject({ by: 'clinician' });
    expect(read('oth-room')).toMatchObject({ by: 'practice' });
    expect(read('pat-cpp')).toMatchObject({ by: 'client', at: '2026-03-08T12:00:00Z', rescheduled: false });
  });

  describe('every HL7 cancellation reason, read on purpose', () => {
    const SYSTEM_URL = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
    const cancelled = (code: string) => ({
      ...base,
      status: 'cancelled',
      extension: [
        {
          url: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.cancellationDate',
          valueDateTime: '2026-03-10T13:00:00Z',
        },
      ],
      cancelationReason: { coding: [{ system: SYSTEM_URL, code }] },
    });
    // The 32 codes of the code system (terminology.hl7.org), each with what it says about a fee.
    const CLIENT = ['pat', 'pat-crs', 'pat-cpp', 'pat-fb', 'pat-lt', 'pat-mv', 'pat-ucp'];
    const CLINICIAN = [
      'prov',
      'prov-pers',
      'prov-dch',
      'prov-edu',
      'prov-hosp',
      'prov-labs',
      'prov-mri',
      'prov-onc',
    ];
    const PRACTICE = [
      'maint',
      'oth-cms',
      'oth-err',
      'oth-int',
      'oth-iv',
      'oth-mu',
      'oth-oerr',
      'oth-room',
      'oth-swie',
    ];
    const REVIEW = ['pat-mt', 'pat-preg', 'pat-swl', 'meds-inc', 'oth-fin', 'oth-weath', 'other'];

    it('lists all 32 codes once', () => {
      const all = [...CLIENT, ...CLINICIAN, ...PRACTICE, ...REVIEW, 'pat-dec'];
      expect(new Set(all).size).toBe(32);
    });

    it.each(CLIENT)('reads %s as the client’s own cancellation, which the fee policy judges', (code) => {
      expect(ok(fromFhirAppointment(cancelled(code))).status).toMatchObject({
        state: 'cancelled',
        by: 'client',
      });
    });

    it.each(CLINICIAN)('reads %s as the clinician’s cancellation', (code) => {
      expect(ok(fromFhirAppointment(cancelled(code))).status).toMatchObject({ by: 'clinician' });
    });

    it.each(PRACTICE)('reads %s as the practice’s cancellation', (code) => {
      expect(ok(fromFhirAppointment(cancelled(code))).status).toMatchObject({ by: 'practice' });
    });

    it.each(REVIEW)(
      'leaves who cancelled unknown for %s, not the client’s choice or not said whose',
      (code) => {
        expect(codes(fromFhirAppointment(cancelled(code)))).toEqual([
          '$.cancelationReason fhir.appointment.cancel_reason_review',
        ]);
        const read = readFhirAppointment(cancelled(code));
        expect(read.success && read.data.complete === false && read.data.appointment.status).toMatchObject({
          state: 'cancelled',
          by: 'unknown',
        });
      },
    );

    it('reports a client who has died (pat-dec) rather than a client’s late cancellation to charge', () => {
      // A $150 session on Tuesday 2026-03-10 at 10:00 in New York, cancelled at 09:00 because the client died.
      expect(codes(fromFhirAppointment(cancelled('pat-dec')))).toEqual([
        '$.cancelationReason fhir.appointment.client_deceased',
      ]);
    });

    // `oth` is what versions before 2026-12-06 wrote for a practice's cancellation: not in the code system.
    it.each(['pat-xyz', 'PAT', 'oth-x', 'prov-other', 'oth'])(
      'reports %s, outside the code system, as unknown rather than reading its prefix',
      (code) => {
        expect(codes(fromFhirAppointment(cancelled(code)))).toEqual([
          '$.cancelationReason fhir.appointment.cancel_reason_unknown',
        ]);
      },
    );

    it('reads a client’s cancellation only from a code listed as the client’s own', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^(pat|prov|oth|other|maint|meds)(-[a-z]{0,6})?$/), (code) => {
          const r = readFhirAppointment(cancelled(code));
          const status = r.success ? r.data.appointment.status : undefined;
          if (status?.state === 'cancelled' && status.by === 'client') expect(CLIENT).toContain(code);
        }),
      );
    });
  });

  it('reports a resource with a modifier extension or implicit rules it cannot honour', () => {
    expect(
      codes(fromFhirAppointment({ ...base, modifierExtension: [{ url: 'x', valueBoolean: true }] })),
    ).toEqual(['$.modifierExtension fhir.modifier_extension.unknown']);
    expect(codes(fromFhirAppointment({ ...base, implicitRules: 'http://example.org/rules' }))).toEqual([
      '$.implicitRules fhir.implicit_rules.unknown',
    ]);
  });

  it('reports a session with no clinician, no session type, or telehealth with no client state', () => {
    const r = fromFhirAppointment({
      ...base,
      participant: base.participant.slice(1),
      serviceType: [],
      serviceCategory: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR' }] },
      ],
      extension: [],
    });
    expect(codes(r)).toEqual([
      '$.participant fhir.appointment.clinician_count',
      '$.serviceType fhir.appointment.session_type_missing',
      '$.extension fhir.appointment.client_state_missing',
    ]);
  });

  it('reports what the library schema finds at the FHIR path (a session that ends before it starts)', () => {
    const r = fromFhirAppointment({ ...base, end: '2026-03-09T08:00:00-04:00' });
    expect(codes(r)).toEqual(['$.end scheduling.appointment.end_before_start']);
  });

  it('reports references it cannot read and passes over participants it does not map', () => {
    const r = fromFhirAppointment({
      ...base,
      participant: [
        ...base.participant,
        { actor: { display: 'someone' } },
        { actor: { reference: 'Device/d-1' } },
      ],
    });
    expect(codes(r)).toEqual(['$.participant[4].actor fhir.reference.invalid']);
  });

  it('reads instants with more than three decimals of a second, as FHIR allows and .NET servers write', () => {
    // FHIR's instant takes any number of decimals ("2020-07-07T13:26:22.0314215+00:00" in CARIN Blue Button's
    // examples); the library keeps milliseconds, and refused the appointment.
    const r = fromFhirAppointment({
      ...base,
      start: '2026-03-09T13:00:00.0000000Z',
      end: '2026-03-09T09:50:00.1234567-04:00',
    });
    expect(ok(r)).toMatchObject({ start: '2026-03-09T13:00:00.000Z', end: '2026-03-09T09:50:00.123-04:00' });
    expect(codes(fromFhirAppointment({ ...base, start: '2026-03-09T13:00:00.Z' }))).toEqual([
      '$.start core.instant.invalid',
    ]);
  });

  it('passes over a participant with a role and no actor, which R4 allows and names no one', () => {
    // An interpreter required but not yet assigned: participant.type without participant.actor (R4's
    // app-3: a participant has a type or an actor). It was reported as an unreadable reference.
    const interpreter = {
      type: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'TRANS' }] },
      ],
      required: 'required',
      status: 'needs-action',
    };
    const r = fromFhirAppointment({ ...base, participant: [...base.participant, interpreter] });
    expect(ok(r)).toEqual(ok(fromFhirAppointment(base)));
    expect(codes(fromFhirAppointment({ ...base, participant: [...base.participant, {}] }))).toEqual([
      '$.participant[4].actor fhir.reference.invalid',
    ]);
  });

  it('reads absolute and versioned references, and reports a fee with fractions of a cent', () => {
    const participant = base.participant.map((p, i) =>
      i === 0 ? { ...p, actor: { reference: 'https://ehr.example/fhir/Practitioner/dr-lee/_history/3' } } : p,
    );
    expect(ok(fromFhirAppointment({ ...base, participant })).clinicianId).toBe('dr-lee');
    const extension = [
      { url: 'urn:practice-ops:fhir:extension:session-fee', valueMoney: { value: 150.005, currency: 'USD' } },
    ];
    expect(codes(fromFhirAppointment({ ...base, extension }))).toEqual(['$.extension fhir.money.invalid']);
  });

  it('rejects what is not an Appointment, without echoing values', () => {
    const r = fromFhirAppointment({ resourceType: 'Patient', id: 'secret-name' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(codes(r))).not.toContain('secret-name');
  });
});
