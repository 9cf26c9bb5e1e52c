import type { LocalDate, Reason } from '../../core/index.js';
import { reason } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';
import type { BookingReasonCode } from './evaluate-booking.js';

/**
 * The last day Medicare's temporary telehealth rules pay audio-only telehealth wherever the client is, as
 * the law stands on 2026-12-07 (the Consolidated Appropriations Act, 2026, extended them through 2027-12-31
 * [sources: hr-7148-caa-2026]). From the day after, audio-only is paid only to a client at home, under
 * 42 CFR 410.78(a)(3) [sources: cfr-42-410.78].
 */
export const MEDICARE_TELEHEALTH_FLEXIBILITIES_THROUGH: LocalDate = '2027-12-31';

/**
 * Medicare's audio-only telehealth for a booking (internal). A Medicare client's audio-only session is paid
 * as telehealth when the client is at home and cannot use video or does not consent to it, the clinician
 * able to use video (42 CFR 410.78(a)(3) [sources: cfr-42-410.78]); through
 * {@link MEDICARE_TELEHEALTH_FLEXIBILITIES_THROUGH} also away from home. Each is a warning at most: whether
 * Medicare pays the session is no reason to refuse the client care.
 *
 * - Not audio-only, not telehealth, or no `medicare` class: nothing (another payer's rules are its own;
 *   coverage not recorded is said by the coverage checks).
 * - Away from home (`clientAtHome: false`) after the flexibilities: `ops.booking.medicare_audio_only_not_home`
 *   (warning); on or before their last day, `ops.booking.medicare_audio_only_flexibility` (info).
 * - At home (or `clientAtHome` left out, the usual case): `videoDeclinedByClient` `true` is
 *   `ops.booking.medicare_audio_only` (info: the claim carries modifier 93, or FQ at a health center);
 *   `false` is `ops.booking.medicare_audio_only_video_accepted` (warning: Medicare pays audio-only only when
 *   the client cannot use video or declines it); left out is
 *   `ops.booking.medicare_audio_only_video_unknown` (warning: undecided until the record says which).
 */
export function medicareAudioOnlyReasons(
  request: BookingRequest,
  client: PracticeData['clients'][number],
  dateOfService: LocalDate,
): Reason<BookingReasonCode>[] {
  if (request.audioOnly !== true || request.modality !== 'telehealth') return [];
  if (!client.payerClasses.includes('medicare')) return [];
  const facts = { dateOfService, flexibilitiesThrough: MEDICARE_TELEHEALTH_FLEXIBILITIES_THROUGH };
  if (request.clientAtHome === false) {
    return dateOfService <= MEDICARE_TELEHEALTH_FLEXIBILITIES_THROUGH
      ? [
          reason(
            'ops.booking.medicare_audio_only_flexibility',
            'info',
            `Medicare pays audio-only telehealth away from home through ${MEDICARE_TELEHEALTH_FLEXIBILITIES_THROUGH} under its temporary rules.`,
            facts,
          ),
        ]
      : [
          reason(
            'ops.booking.medicare_audio_only_not_home',
            'warning',
            'Medicare pays audio-only telehealth only to a client at home: book this session by video, or Medicare may not pay it.',
            facts,
          ),
        ];
  }
  switch (request.videoDeclinedByClient) {
    case true:
      return [
        reason(
          'ops.booking.medicare_audio_only',
          'info',
          'Audio-only at home because the client cannot use video or declines it: the claim carries modifier 93 (FQ at a health center).',
          facts,
        ),
      ];
    case false:
      return [
        reason(
          'ops.booking.medicare_audio_only_video_accepted',
          'warning',
          'Medicare pays audio-only telehealth only when the client cannot use video or declines it: this client can and agrees, so book it by video.',
          facts,
        ),
      ];
    case undefined:
      return [
        reason(
          'ops.booking.medicare_audio_only_video_unknown',
          'warning',
          'Whether the client cannot use video or declines it is not recorded: whether Medicare pays this audio-only session is undecided until it is.',
          facts,
        ),
      ];
    default: {
      const exhausted: never = request.videoDeclinedByClient;
      return exhausted;
    }
  }
}
