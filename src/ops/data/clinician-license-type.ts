import type * as z from 'zod';
import type { NetworkStatusQuery } from '../../credentialing/index.js';
import { getLicenseProfession, type LicenseType } from '../../credentialing/internal.js';
import type { PracticeData } from './practice-data.js';

/**
 * The license type a clinician bills a payer under, read from their credentials: their licenses' type
 * when every license (pre-licensed `associate` and `other` aside) belongs to one profession. Unknown
 * (undefined) when the clinician has no credentials or licenses, or licenses of two professions (an
 * LCSW who is also an LMFT may be enrolled as either): the network check then asks for it where
 * Medicare's benefit depends on it, rather than guess [sources: caa-2023-4121].
 */
export function billingLicenseTypeOf(data: PracticeData, clinicianId: string): LicenseType | undefined {
  const credentials = data.credentials.find((c) => c.clinicianId === clinicianId);
  const types = [...new Set((credentials?.licenses ?? []).map((l) => l.type))].sort();
  const named = types.filter((t) => getLicenseProfession(t) !== 'other');
  const candidates = named.length > 0 ? named : types;
  const professions = new Set(candidates.map(getLicenseProfession));
  return professions.size === 1 ? candidates[0] : undefined;
}

/**
 * The clinician's Medicare opt-out as their credentials record it (undefined when none is recorded), for
 * the network checks: while it stands Medicare and Medicare Advantage plans pay the clinician nothing
 * [sources: cfr-42-405-subpart-d].
 */
export function medicareOptOutOf(
  data: PracticeData,
  clinicianId: string,
): PracticeData['credentials'][number]['medicareOptOut'] {
  return data.credentials.find((c) => c.clinicianId === clinicianId)?.medicareOptOut;
}

/**
 * The clinician's place on CMS's preclusion list as their credentials record it (undefined when none), for the
 * network checks: a Medicare Advantage plan pays nothing from its own date [sources: cfr-42-422.222].
 */
export function medicareAdvantagePreclusionOf(
  data: PracticeData,
  clinicianId: string,
): PracticeData['credentials'][number]['medicareAdvantagePreclusion'] {
  return data.credentials.find((c) => c.clinicianId === clinicianId)?.medicareAdvantagePreclusion;
}

/**
 * The clinician's OIG exclusions as their credentials record them (none when no credentials), for the
 * network checks: while one stands no federal health care program pays [sources: cfr-42-1001.1901].
 */
export function oigExclusionsOf(
  data: PracticeData,
  clinicianId: string,
): PracticeData['credentials'][number]['oigExclusions'] {
  return data.credentials.find((c) => c.clinicianId === clinicianId)?.oigExclusions ?? [];
}

/**
 * The clinician's terminations for cause by Medicare or a state's Medicaid or CHIP as their credentials record
 * them (none when no credentials), for the network checks: from one dated on or after 2011-01-01 no state's
 * Medicaid pays [sources: cfr-42-455.416].
 */
export function forCauseTerminationsOf(
  data: PracticeData,
  clinicianId: string,
): PracticeData['credentials'][number]['forCauseTerminations'] {
  return data.credentials.find((c) => c.clinicianId === clinicianId)?.forCauseTerminations ?? [];
}

/**
 * The clinician's last check of each exclusion list as their credentials record it (undefined when none is
 * recorded), for the network checks: a Medicare or Medicaid date of service the monthly screening does not
 * cover is held as undecided, a clinician is not assumed clean [sources: cfr-42-455.436, cfr-42-1001.1901].
 */
export function exclusionScreeningOf(
  data: PracticeData,
  clinicianId: string,
): PracticeData['credentials'][number]['exclusionScreening'] {
  return data.credentials.find((c) => c.clinicianId === clinicianId)?.exclusionScreening;
}

/**
 * What the clinician's records say to a network check, beside the payer and the date: the billing license type,
 * an opt-out, OIG exclusions, for-cause terminations and a Medicare Advantage preclusion, each left out when none
 * is recorded, and the monthly exclusion screening, given as an empty record (no list checked) when none is. One list for the booking and the claim checks, so that a new
 * safeguard of the network check reaches both.
 */
export function networkFactsOf(
  data: PracticeData,
  clinicianId: string,
): Omit<z.input<typeof NetworkStatusQuery>, 'clinicianId' | 'payerId' | 'serviceDate'> {
  const licenseType = billingLicenseTypeOf(data, clinicianId);
  const medicareOptOut = medicareOptOutOf(data, clinicianId);
  const oigExclusions = oigExclusionsOf(data, clinicianId);
  const forCauseTerminations = forCauseTerminationsOf(data, clinicianId);
  const medicareAdvantagePreclusion = medicareAdvantagePreclusionOf(data, clinicianId);
  const exclusionScreening = exclusionScreeningOf(data, clinicianId);
  return {
    ...(licenseType === undefined ? {} : { licenseType }),
    ...(medicareOptOut === undefined ? {} : { medicareOptOut }),
    ...(oigExclusions.length === 0 ? {} : { oigExclusions }),
    ...(forCauseTerminations.length === 0 ? {} : { forCauseTerminations }),
    ...(medicareAdvantagePreclusion === undefined ? {} : { medicareAdvantagePreclusion }),
    // The monthly exclusion screening, always: a federal date it does not cover is held, and a clinician with no
    // screening recorded is an empty record (never checked), so a Medicare or Medicaid date is not passed on
    // silently for want of the record [sources: cfr-42-455.436, cfr-42-1001.1901]. Commercial payers ignore it.
    exclusionScreening: exclusionScreening ?? {},
  };
}
