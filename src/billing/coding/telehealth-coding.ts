import * as z from 'zod';
import { type Decision, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { PayerProfile, type PlaceOfService, type TelehealthModifier } from '../coverage/payer-profile.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * How a session was delivered and where the client was: what decides its place of service and modifiers.
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
  'not_payable',
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
        return {
          outcome: 'not_payable',
          placeOfService: null,
          modifiers: [],
          reasons: [
            reason(
              'billing.telehealth.audio_only_not_covered',
              'error',
              'This payer does not pay for audio-only sessions.',
              { payerId: p.payerId },
            ),
          ],
        };
      }
      const homeOnly = t.audioOnlyRequiresClientAtHome ?? p.kind === 'medicare';
      if (homeOnly && !d.clientAtHome) {
        return {
          outcome: 'not_payable',
          placeOfService: null,
          modifiers: [],
          reasons: [
            reason(
              'billing.telehealth.audio_only_not_at_home',
              'error',
              'This payer pays for audio-only sessions only with the client at home; audio-only is not covered where the client was.',
              { payerId: p.payerId, payerKind: p.kind, clientAtHome: false },
            ),
          ],
        };
      }
      const placeOfService = d.clientAtHome ? t.placeOfServiceAtHome : t.placeOfServiceNotAtHome;
      return {
        outcome: 'coded',
        placeOfService,
        modifiers: t.audioOnlyModifier === null ? [] : [t.audioOnlyModifier],
        reasons: [],
      };
    }
    /* v8 ignore next 4: unreachable; the never check makes a new case fail the build */
    default: {
      const exhausted: never = d.modality;
      return exhausted;
    }
  }
}
