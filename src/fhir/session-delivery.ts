// How a session is held, as the FHIR writers and readers say it: one place for the Appointment, the
// Encounter, the Schedule and its Slots.
import type { SessionModalityKind, TelehealthDelivery } from '../scheduling/index.js';
import type { SessionModality } from '../scheduling/internal.js';
import { concept, EXTENSION, SYSTEM } from './codes.js';
import type { FhirCodeableConcept, FhirCoding, FhirExtension } from './datatypes.js';
import { extensionOf, type InExtension } from './resource-reader.js';

// Each modality as its v3 ActCode encounter class: in person at an office is ambulatory care (`AMB`),
// telehealth virtual (`VR`) [sources: fhir-r4-terminology].
const CLASS: Readonly<Record<SessionModalityKind, readonly [code: string, display: string]>> = {
  in_person: ['AMB', 'ambulatory'],
  telehealth: ['VR', 'virtual'],
};

// A telehealth session's channel as v3 ParticipationMode: videoconferencing, or the telephone.
const CHANNEL: Readonly<Record<TelehealthDelivery, readonly [code: string, display: string]>> = {
  video: ['VIDEOCONF', 'videoconferencing'],
  audio_only: ['PHONE', 'telephone'],
};

/** A modality's encounter class as a Coding (Encounter.class), built per call: callers may edit theirs. */
export function modalityClass(kind: SessionModalityKind): FhirCoding {
  const [code, display] = CLASS[kind];
  return { system: SYSTEM.actCode, code, display };
}

/** A modality's encounter class as a concept (Appointment, Schedule and Slot `serviceCategory`). */
export function modalityCategory(kind: SessionModalityKind): FhirCodeableConcept {
  const [code, display] = CLASS[kind];
  return concept(SYSTEM.actCode, code, display);
}

/**
 * The extensions that say how a telehealth session is held: the state the client is in, R5's virtual service
 * with its channel (video or telephone) when recorded, under the resource's own cross-version URL
 * (`virtualService`), and whether the client is at home when recorded; none for an in-person session. The
 * claim's place of service (02 or 10) and modifier (95 or 93) follow from them
 * [sources: fhir-xver-r5-r4, cms-pos-codes].
 */
export function deliveryExtensions(modality: SessionModality, virtualService: string): FhirExtension[] {
  if (modality.kind === 'in_person') return [];
  const out: FhirExtension[] = [
    { url: EXTENSION.clientLocationState, valueCode: modality.clientLocationState },
  ];
  if (modality.delivery !== undefined) {
    const [code, display] = CHANNEL[modality.delivery];
    out.push({
      url: virtualService,
      extension: [{ url: 'channelType', valueCoding: { system: SYSTEM.participationMode, code, display } }],
    });
  }
  if (modality.clientAtHome !== undefined)
    out.push({ url: EXTENSION.clientAtHome, valueBoolean: modality.clientAtHome });
  return out;
}

/**
 * How a telehealth session is held, as far as the resource says: the channel of R5's virtual service
 * (v3 ParticipationMode VIDEOCONF by video, PHONE by audio alone) and whether the client is at home. A channel
 * of another code (a platform such as `zoom`, which may carry a call without video) is not read as either:
 * left out, not recorded, never presumed [sources: fhir-xver-r5-r4].
 */
export function deliveryOf(
  extensions: readonly InExtension[] | undefined,
  virtualService: string,
): { delivery?: TelehealthDelivery; clientAtHome?: boolean } {
  const channel = extensionOf(extensions, virtualService)?.extension?.find(
    (e) => e.url === 'channelType',
  )?.valueCoding;
  const delivery =
    channel?.system !== SYSTEM.participationMode
      ? undefined
      : (Object.keys(CHANNEL) as TelehealthDelivery[]).find((d) => CHANNEL[d][0] === channel.code);
  const atHome = extensionOf(extensions, EXTENSION.clientAtHome)?.valueBoolean;
  return {
    ...(delivery === undefined ? {} : { delivery }),
    ...(atHome === undefined ? {} : { clientAtHome: atHome }),
  };
}
