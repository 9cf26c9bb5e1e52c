import * as z from 'zod';
import { type Decision, type Facts, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { PayerProfile, type PlaceOfService, type TelehealthModifier } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * Why an audio-only session was not held by video, as the clinician recorded it: whether the clinician could
 * have used video (`clinicianVideoCapable`), and whether the client was not capable of video, did not consent
 * to it, or was capable and consenting (`clientVideo`). Medicare counts audio-only as telehealth only when the
 * clinician could use video and the client could not or would not [sources: cfr-42-410.78,
 * cms-pfs-2025-final-rule]. Left out, a fact is unknown, never presumed. Read only for audio-only sessions.
 *
 * @example
 * ```ts
 * AudioOnlyVideoFacts.parse({ clinicianVideoCapable: true, clientVideo: 'not_consenting' }).clientVideo;
 * //=> 'not_consenting'
 * ```
 */
export const AudioOnlyVideoFacts = z.strictObject({
  clinicianVideoCapable: z.boolean().optional(),
  clientVideo: z.enum(['not_capable', 'not_consenting', 'capable_and_consenting']).optional(),
});
export type AudioOnlyVideoFacts = z.infer<typeof AudioOnlyVideoFacts>;

/**
 * How a session was delivered and where the client was: what decides its place of service and modifiers,
 * and for an audio-only session, the {@link AudioOnlyVideoFacts}.
 *
 * @example
 * ```ts
 * SessionDelivery.parse({ modality: 'video', clientAtHome: true });
 * ```
 */
export const SessionDelivery = z.strictObject({
  modality: z.enum(['in_person', 'video', 'audio_only']),
  /** For telehealth: whether the client was at home (not a care facility [sources: mac-ngs-telehealth-2024]). */
  clientAtHome: z.boolean(),
  ...AudioOnlyVideoFacts.shape,
});
export type SessionDelivery = z.infer<typeof SessionDelivery>;

/**
 * The place of service and modifiers a payer wants for a session, or why it does not pay for it.
 * @example
 * ```ts
 * // { outcome: 'coded', placeOfService: '10', modifiers: ['93'], reasons: [] }
 * ```
 */
export type TelehealthCodingDecision = Decision<
  'coded',
  'not_payable' | 'undecided',
  BillingReasonCode,
  { readonly placeOfService: PlaceOfService | null; readonly modifiers: readonly TelehealthModifier[] }
>;

/**
 * Applies a payer's telehealth convention to a session: POS 11 in person; POS 10 or 02 (per the payer)
 * for a client at home or not; the payer's video modifier (95/GT) or audio-only modifier (93/FQ).
 *
 * @param profile - the payer's profile
 * @param delivery - how the session was delivered
 * @returns `coded` with the place of service and modifiers, or `not_payable` for audio-only sessions the
 * payer does not pay for, or does not pay for with the client away from home
 * @throws {@link ValidationError} listing the profile's and the delivery's problems at once, each path
 * under its parameter's name (`$.profile.payerId`, `$.delivery.modality`)
 * @remarks POS 02 not at home, 10 at home, 11 office [sources: cms-pos-codes]; 95 audio and video, 93 / FQ
 * audio-only, GT legacy [sources: mac-fcso-telehealth-modifiers]. Medicare pays audio-only mental-health
 * services only with the patient at home [sources: cfr-42-410.78, cms-mcpm-ch12-190]:
 * `audioOnlyRequiresClientAtHome`, `true` for a Medicare profile unless set.
 * @example
 * ```ts
 * codeTelehealthSession(COMMERCIAL_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: true });
 * //=> { outcome: 'coded', placeOfService: '10', modifiers: ['95'], reasons: [] }
 * codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, { modality: 'audio_only', clientAtHome: false });
 * //=> { outcome: 'not_payable', placeOfService: null, modifiers: [],
 * //     reasons: [{ code: 'billing.telehealth.audio_only_not_at_home', … }] }
 * ```
 */
export function codeTelehealthSession(
  profile: z.input<typeof PayerProfile>,
  delivery: z.input<typeof SessionDelivery>,
): TelehealthCodingDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.delivery.modality`).
  return codeTelehealthOfValidated(
    ...validateArguments([
      ['profile', PayerProfile, profile, 'payer profile'],
      ['delivery', SessionDelivery, delivery, 'session delivery'],
    ]),
  );
}

/** {@link codeTelehealthSession} on a profile and delivery that passed their schemas (internal: the scrubber). */
export function codeTelehealthOfValidated(
  p: PayerProfile,
  d: z.output<typeof SessionDelivery>,
): TelehealthCodingDecision {
  const t = p.telehealth;
  switch (d.modality) {
    case 'in_person':
      return { outcome: 'coded', placeOfService: '11', modifiers: [], reasons: [] };
    case 'video': {
      const placeOfService = d.clientAtHome ? t.placeOfServiceAtHome : t.placeOfServiceNotAtHome;
      return {
        outcome: 'coded',
        placeOfService,
        modifiers: t.videoModifier === null ? [] : [t.videoModifier],
        reasons: [],
      };
    }
    case 'audio_only': {
      if (!t.audioOnlyAllowed) {
        return notPayable(
          'billing.telehealth.audio_only_not_covered',
          'This payer does not pay for audio-only sessions.',
          { payerId: p.payerId },
        );
      }
      const homeOnly = t.audioOnlyRequiresClientAtHome ?? p.kind === 'medicare';
      if (homeOnly && !d.clientAtHome) {
        return notPayable(
          'billing.telehealth.audio_only_not_at_home',
          'This payer pays for audio-only sessions only with the client at home; audio-only is not covered where the client was.',
          { payerId: p.payerId, payerKind: p.kind, clientAtHome: false },
        );
      }
      const placeOfService = d.clientAtHome ? t.placeOfServiceAtHome : t.placeOfServiceNotAtHome;
      const coded = {
        placeOfService,
        modifiers: t.audioOnlyModifier === null ? [] : [t.audioOnlyModifier],
      };
      if (!(t.audioOnlyRequiresVideoDeclined ?? p.kind === 'medicare')) {
        return { outcome: 'coded', ...coded, reasons: [] };
      }
      return audioOnlyVideoDecision(p, d, coded);
    }
    /* v8 ignore next 4: unreachable; the never check makes a new case fail the build */
    default: {
      const exhausted: never = d.modality;
      return exhausted;
    }
  }
}

/**
 * Medicare's conditions on audio-only telehealth (42 CFR 410.78(a)(3)): the clinician could use video and the
 * client could not or did not consent [sources: cfr-42-410.78, cms-pfs-2025-final-rule]. A recorded fact that
 * fails decides `not_payable`; with none failing and one unknown, `undecided` with the proposal kept.
 */
function audioOnlyVideoDecision(
  p: PayerProfile,
  d: z.output<typeof SessionDelivery>,
  coded: { readonly placeOfService: PlaceOfService; readonly modifiers: TelehealthModifier[] },
): TelehealthCodingDecision {
  const facts = {
    payerId: p.payerId,
    payerKind: p.kind,
    clinicianVideoCapable: d.clinicianVideoCapable ?? null,
    clientVideo: d.clientVideo ?? null,
  };
  if (d.clinicianVideoCapable === false) {
    return notPayable(
      'billing.telehealth.audio_only_clinician_without_video',
      'This payer pays for audio-only sessions only when the clinician could have used video; the clinician could not.',
      facts,
    );
  }
  if (d.clientVideo === 'capable_and_consenting') {
    return notPayable(
      'billing.telehealth.audio_only_video_not_declined',
      'This payer pays for audio-only sessions only when the client could not or would not use video; the client could and would.',
      facts,
    );
  }
  const missing = [
    ...(d.clinicianVideoCapable === undefined ? ['clinicianVideoCapable'] : []),
    ...(d.clientVideo === undefined ? ['clientVideo'] : []),
  ];
  if (missing.length === 0) return { outcome: 'coded', ...coded, reasons: [] };
  return {
    outcome: 'undecided',
    ...coded,
    reasons: [
      reason(
        'billing.telehealth.audio_only_video_facts_unknown',
        'warning',
        'This payer pays for audio-only sessions only when the clinician could use video and the client could not or would not; record both before billing.',
        { ...facts, missing },
      ),
    ],
  };
}

// A session the payer does not pay for: no place of service, no modifiers, and the error saying why.
function notPayable(code: BillingReasonCode, message: string, facts: Facts): TelehealthCodingDecision {
  return {
    outcome: 'not_payable',
    placeOfService: null,
    modifiers: [],
    reasons: [reason(code, 'error', message, facts)],
  };
}
