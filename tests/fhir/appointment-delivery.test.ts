// A telehealth session's delivery on the FHIR R4 Appointment: R5's virtual service (its channel by video or by
// telephone, v3 ParticipationMode) and whether the client is at home, read back into the scheduling model's
// `delivery` and `clientAtHome`, never presumed when the resource does not say [sources: fhir-xver-r5-r4,
// cms-pos-codes].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFhirAppointment, toFhirAppointment } from '../../src/fhir/index.js';
import type { SchedulingAppointmentInput } from '../../src/scheduling/index.js';

const VIRTUAL_SERVICE = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.virtualService';
const AT_HOME = 'urn:practice-ops:fhir:extension:client-at-home';
const MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';

// Ava's Monday session on 9 March 2026 by video from her home in New Jersey.
const byVideo: SchedulingAppointmentInput = {
  id: 'a-2026-03-09',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NJ', delivery: 'video', clientAtHome: true },
  start: '2026-03-09T09:00:00-04:00',
  end: '2026-03-09T09:50:00-04:00',
  status: { state: 'scheduled' },
};
const modalityOf = (resource: unknown) => {
  const r = fromFhirAppointment(resource);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data.modality;
};

describe('toFhirAppointment / fromFhirAppointment: the session’s delivery', () => {
  it('writes a video session from home as R5’s virtual service by videoconference and the client at home', () => {
    const fhir = toFhirAppointment(byVideo);
    expect(fhir.serviceCategory?.[0]?.coding?.[0]?.code).toBe('VR');
    expect(fhir.extension).toContainEqual({
      url: VIRTUAL_SERVICE,
      extension: [
        {
          url: 'channelType',
          valueCoding: { system: MODE, code: 'VIDEOCONF', display: 'videoconferencing' },
        },
      ],
    });
    expect(fhir.extension).toContainEqual({ url: AT_HOME, valueBoolean: true });
    expect(modalityOf(fhir)).toEqual(byVideo.modality);
  });

  it('writes an audio-only call from work as the telephone channel and the client not at home', () => {
    const call = {
      ...byVideo,
      modality: { ...byVideo.modality, delivery: 'audio_only', clientAtHome: false },
    } as const;
    const fhir = toFhirAppointment(call);
    expect(JSON.stringify(fhir.extension)).toContain('"code":"PHONE"');
    expect(fhir.extension).toContainEqual({ url: AT_HOME, valueBoolean: false });
    expect(modalityOf(fhir)).toEqual(call.modality);
  });

  it('writes nothing of a delivery not recorded, and reads nothing into one', () => {
    const unrecorded = { ...byVideo, modality: { kind: 'telehealth', clientLocationState: 'NJ' } } as const;
    const fhir = toFhirAppointment(unrecorded);
    expect(fhir.extension?.map((e) => e.url)).not.toContain(VIRTUAL_SERVICE);
    expect(fhir.extension?.map((e) => e.url)).not.toContain(AT_HOME);
    expect(modalityOf(fhir)).toEqual({ kind: 'telehealth', clientLocationState: 'NJ' });
  });

  it('never presumes video from a platform channel (zoom may carry a call without video)', () => {
    const fhir = toFhirAppointment(byVideo);
    const zoom = {
      ...fhir,
      extension: fhir.extension?.map((e) =>
        e.url === VIRTUAL_SERVICE
          ? {
              url: VIRTUAL_SERVICE,
              extension: [
                {
                  url: 'channelType',
                  valueCoding: { system: 'http://hl7.org/fhir/virtual-service-type', code: 'zoom' },
                },
              ],
            }
          : e,
      ),
    };
    expect(modalityOf(zoom)).toEqual({ kind: 'telehealth', clientLocationState: 'NJ', clientAtHome: true });
  });

  it('reports a virtual service given twice, which could say two channels', () => {
    const fhir = toFhirAppointment(byVideo);
    const twice = {
      ...fhir,
      extension: [
        ...(fhir.extension ?? []),
        ...(fhir.extension ?? [])
          .filter((e) => e.url === VIRTUAL_SERVICE)
          .map((e) => ({
            ...e,
            extension: [{ url: 'channelType', valueCoding: { system: MODE, code: 'PHONE' } }],
          })),
      ],
    };
    const r = fromFhirAppointment(twice);
    expect(r.success).toBe(false);
  });

  it('property: any telehealth delivery and place written is read back as it was, never filled in', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('video' as const, 'audio_only' as const), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (delivery, clientAtHome) => {
          const modality = {
            kind: 'telehealth' as const,
            clientLocationState: 'NJ' as const,
            ...(delivery === undefined ? {} : { delivery }),
            ...(clientAtHome === undefined ? {} : { clientAtHome }),
          };
          expect(modalityOf(JSON.parse(JSON.stringify(toFhirAppointment({ ...byVideo, modality }))))).toEqual(
            modality,
          );
        },
      ),
    );
  });
});
