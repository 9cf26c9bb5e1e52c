// Whether each client and the clinician take part, as their participant says (R4 participant.status and
// participant.required): a declined, excluded or unconfirmed participant is an unknown fact, never a fee.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFhirAppointment, readFhirAppointment, toFhirAppointment } from '../../src/fhir/index.js';
import { MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';

const REASON = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
const session = MONDAY_TELEHEALTH_SESSION;
// 2026-03-09, 9:00–9:50 in New York: participant[0] the clinician, participant[1] the client.
const booked = toFhirAppointment(session);
const noShow = toFhirAppointment({ ...session, status: { state: 'no_show' } });
const fulfilled = toFhirAppointment({ ...session, status: { state: 'completed' } });
const cancelled = toFhirAppointment({
  ...session,
  status: { state: 'cancelled', by: 'client', at: '2026-03-09T06:00:00-04:00' },
});

type Resource = { readonly participant: readonly object[] };
/** The resource with participant `index` changed. */
function withParticipant(resource: Resource, index: number, change: Record<string, unknown>): Resource {
  return {
    ...resource,
    participant: resource.participant.map((p, i) => (i === index ? { ...p, ...change } : p)),
  };
}
function withoutStatus(resource: Resource, index: number): Resource {
  return {
    ...resource,
    participant: resource.participant.map((p, i) => {
      if (i !== index) return p;
      const { status: _s, ...rest } = p as { status?: unknown };
      return rest;
    }),
  };
}
function unknownOf(resource: unknown): string[] {
  const read = readFhirAppointment(resource);
  if (!read.success) return read.error.issues.map((i) => `fail ${i.at} ${i.code}`);
  return read.data.unknown.map((u) => `${u.at} ${u.code}`);
}

describe('readFhirAppointment: a participant who declined', () => {
  it('leaves a no-show on 2026-03-09 unknown when the client declined it (a cancellation, not a missed session)', () => {
    const resource = withParticipant(noShow, 1, { status: 'declined' });
    expect(unknownOf(resource)).toEqual(['$.participant[1].status fhir.appointment.participant_declined']);
    const read = readFhirAppointment(resource);
    expect(read.success && read.data.complete).toBe(false);
    expect(fromFhirAppointment(resource).success).toBe(false);
  });

  it('leaves a booked or fulfilled session unknown when the client or the clinician declined it', () => {
    expect(unknownOf(withParticipant(booked, 1, { status: 'declined' }))).toEqual([
      '$.participant[1].status fhir.appointment.participant_declined',
    ]);
    expect(unknownOf(withParticipant(fulfilled, 0, { status: 'declined' }))).toEqual([
      '$.participant[0].status fhir.appointment.participant_declined',
    ]);
    expect(unknownOf(withParticipant(noShow, 0, { status: 'declined' }))).toEqual([
      '$.participant[0].status fhir.appointment.participant_declined',
    ]);
  });

  it('reads a cancelled session whose participants all declined, as US Core writes one', () => {
    const all = {
      ...cancelled,
      participant: cancelled.participant.map((p) => ({ ...p, status: 'declined' })),
    };
    expect(unknownOf(all)).toEqual([]);
    expect(fromFhirAppointment(all).success).toBe(true);
  });

  it('passes over a location or a second practitioner who declined: neither decides who took part', () => {
    const inPerson = toFhirAppointment({
      ...session,
      modality: { kind: 'in_person', locationId: 'office-main' },
    });
    expect(unknownOf(withParticipant(inPerson, 2, { status: 'declined' }))).toEqual([]);
  });
});

describe('readFhirAppointment: a no-show the client never accepted', () => {
  it('leaves the no-show unknown when the client was tentative, still to answer, or gave no answer', () => {
    for (const status of ['tentative', 'needs-action']) {
      expect(unknownOf(withParticipant(noShow, 1, { status }))).toEqual([
        '$.participant[1].status fhir.appointment.participant_unconfirmed',
      ]);
    }
    expect(unknownOf(withoutStatus(noShow, 1))).toEqual([
      '$.participant[1].status fhir.appointment.participant_unconfirmed',
    ]);
  });

  it('reads a booked or fulfilled session still awaiting the client’s answer (a reminder may ask it)', () => {
    expect(unknownOf(withParticipant(booked, 1, { status: 'needs-action' }))).toEqual([]);
    expect(unknownOf(withParticipant(fulfilled, 1, { status: 'tentative' }))).toEqual([]);
    expect(unknownOf(withoutStatus(booked, 1))).toEqual([]);
  });

  it('reads a no-show the client accepted, with the client’s own reason', () => {
    const resource = { ...noShow, cancelationReason: { coding: [{ system: REASON, code: 'pat' }] } };
    expect(fromFhirAppointment(resource).success).toBe(true);
  });
});

describe('readFhirAppointment: a client excluded from the appointment, and codes outside R4', () => {
  it('leaves the session unknown when its client is information-only (the appointment is about them, not for them)', () => {
    expect(unknownOf(withParticipant(booked, 1, { required: 'information-only' }))).toEqual([
      '$.participant[1].required fhir.appointment.participant_not_attending',
    ]);
    // Also when cancelled: a late-cancel fee would fall on someone not invited.
    expect(unknownOf(withParticipant(cancelled, 1, { required: 'information-only' }))).toEqual([
      '$.participant[1].required fhir.appointment.participant_not_attending',
    ]);
    expect(unknownOf(withParticipant(booked, 1, { required: 'optional' }))).toEqual([]);
    expect(unknownOf(withParticipant(booked, 0, { required: 'information-only' }))).toEqual([]);
  });

  it('leaves a status or required code outside R4’s value sets unknown, and never echoes it', () => {
    const resource = withParticipant(noShow, 1, { status: 'no-show', required: 'mandatory' });
    expect(unknownOf(resource)).toEqual([
      '$.participant[1].required fhir.appointment.participant_status_unknown',
      '$.participant[1].status fhir.appointment.participant_status_unknown',
    ]);
    const failed = fromFhirAppointment(resource);
    expect(JSON.stringify(failed)).not.toContain('mandatory');
    expect(JSON.stringify(failed)).not.toContain('no-show');
  });

  it('reports a participant status that is not a string at its path', () => {
    const read = readFhirAppointment(withParticipant(booked, 1, { status: 7 }));
    expect(read.success ? [] : read.error.issues.map((i) => i.at)).toEqual(['$.participant[1].status']);
  });
});

describe('readFhirAppointment: attendance properties', () => {
  const statuses = fc.constantFrom('accepted', 'declined', 'tentative', 'needs-action', undefined);
  const requireds = fc.constantFrom('required', 'optional', 'information-only', undefined);
  const states = fc.constantFrom(booked, noShow, fulfilled, cancelled);

  it('never reads a complete no-show unless the client accepted and takes part', () => {
    fc.assert(
      fc.property(statuses, requireds, statuses, (client, required, clinician) => {
        const answered =
          client === undefined ? withoutStatus(noShow, 1) : withParticipant(noShow, 1, { status: client });
        const invited = withParticipant(answered, 1, required === undefined ? {} : { required });
        const resource =
          clinician === undefined ? invited : withParticipant(invited, 0, { status: clinician });
        const read = readFhirAppointment(resource);
        const complete = read.success && read.data.complete;
        const takesPart =
          client === 'accepted' && required !== 'information-only' && clinician !== 'declined';
        expect(complete).toBe(takesPart);
      }),
    );
  });

  it('never fails to read what toFhirAppointment writes, and a cancelled session is judged by its reason alone', () => {
    fc.assert(
      fc.property(states, statuses, (resource, status) => {
        const changed =
          status === undefined ? withoutStatus(resource, 1) : withParticipant(resource, 1, { status });
        expect(fromFhirAppointment(resource).success).toBe(true);
        if (resource === cancelled) expect(fromFhirAppointment(changed).success).toBe(true);
      }),
    );
  });
});
