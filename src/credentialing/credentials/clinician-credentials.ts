import * as z from 'zod';
import { ClinicianId, LocalDate, NonNegativeCents, Npi, UsState } from '../../core/index.js';
import { checkDateOrder } from '../../core/internal.js';
import type { CredentialingIssueCode } from '../reason-codes.js';
import { CompactAuthorization } from './compact-authorization.js';
import { ExclusionScreening } from './exclusion-screening.js';
import { ForCauseTermination } from './for-cause-termination.js';
import { StateLicense } from './license.js';
import { MedicareAdvantagePreclusion } from './medicare-advantage-preclusion.js';
import { MedicareOptOut } from './medicare-opt-out.js';
import { OigExclusion, SamExclusion } from './oig-exclusion.js';

/**
 * A clinician's CAQH ProView profile: the provider id and the date of the last attestation.
 * `lastAttestedOn` is absent when the profile has never been attested.
 *
 * @example
 * ```ts
 * CaqhProfile.parse({ providerId: '12345678', lastAttestedOn: '2026-01-05' });
 * //=> { providerId: '12345678', lastAttestedOn: '2026-01-05' }
 * ```
 */
export const CaqhProfile = z.strictObject({
  providerId: z.string().regex(/^\d{5,10}$/, { message: 'must be 5 to 10 digits' }),
  lastAttestedOn: LocalDate.optional(),
});
export type CaqhProfile = z.infer<typeof CaqhProfile>;

/**
 * One professional liability (malpractice) policy; limits in cents.
 *
 * @example
 * ```ts
 * MalpracticeCoverage.parse({ carrier: 'CPH', policyNumber: 'P-2', effectiveOn: '2026-01-01',
 *   expiresOn: '2027-01-01', perClaimLimitCents: 100_000_000, aggregateLimitCents: 300_000_000 });
 * //=> the same object ($1,000,000 / $3,000,000)
 * ```
 */
export const MalpracticeCoverage = z
  .strictObject({
    carrier: z.string().min(1).max(120),
    policyNumber: z.string().min(1).max(60),
    effectiveOn: LocalDate,
    expiresOn: LocalDate,
    perClaimLimitCents: NonNegativeCents,
    aggregateLimitCents: NonNegativeCents,
  })
  .superRefine((m, ctx) => {
    checkDateOrder(ctx, m.effectiveOn, m.expiresOn, 'expiresOn', {
      code: 'credentialing.malpractice.expiry_before_effective' satisfies CredentialingIssueCode,
      message: 'must expire after it takes effect',
    });
    if (m.aggregateLimitCents < m.perClaimLimitCents) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be at least the per-claim limit',
        path: ['aggregateLimitCents'],
        params: {
          code: 'credentialing.malpractice.aggregate_below_per_claim' satisfies CredentialingIssueCode,
        },
      });
    }
  });
export type MalpracticeCoverage = z.infer<typeof MalpracticeCoverage>;

/**
 * A board certification; `expiresOn` is absent for lifetime certificates. Not required by NCQA
 * [sources: ncqa-cr].
 *
 * @example
 * ```ts
 * BoardCertification.parse({ board: 'ABPN', specialty: 'Psychiatry', issuedOn: '2017-01-01' });
 * //=> a lifetime certificate (no expiresOn)
 * ```
 */
export const BoardCertification = z
  .strictObject({
    board: z.string().min(1).max(120),
    specialty: z.string().min(1).max(120),
    issuedOn: LocalDate,
    expiresOn: LocalDate.optional(),
  })
  .superRefine((b, ctx) =>
    checkDateOrder(ctx, b.issuedOn, b.expiresOn, 'expiresOn', {
      code: 'credentialing.board.expiry_before_issue' satisfies CredentialingIssueCode,
      message: 'must expire after it is issued',
    }),
  );
export type BoardCertification = z.infer<typeof BoardCertification>;

/**
 * A DEA registration (one per state where the clinician prescribes controlled substances).
 *
 * @example
 * ```ts
 * DeaRegistration.parse({ number: 'AB1234563', state: 'CA', issuedOn: '2024-01-01', expiresOn: '2026-12-31' });
 * //=> the same object
 * ```
 */
export const DeaRegistration = z
  .strictObject({
    number: z.string().regex(/^[A-Z]{2}\d{7}$/, { message: 'must be two letters and seven digits' }),
    state: UsState,
    issuedOn: LocalDate,
    expiresOn: LocalDate,
  })
  .superRefine((d, ctx) =>
    checkDateOrder(ctx, d.issuedOn, d.expiresOn, 'expiresOn', {
      code: 'credentialing.dea.expiry_before_issue' satisfies CredentialingIssueCode,
      message: 'must expire after it is issued',
    }),
  );
export type DeaRegistration = z.infer<typeof DeaRegistration>;

/**
 * A supervision arrangement for a pre-licensed clinician: who supervises, in which state, from when and
 * until when (inclusive; open-ended when `endsOn` is absent).
 *
 * @example
 * ```ts
 * SupervisionArrangement.parse({ supervisorId: 'clin-ana', state: 'CA', startsOn: '2025-01-06' });
 * //=> an open-ended arrangement
 * ```
 */
export const SupervisionArrangement = z
  .strictObject({
    supervisorId: ClinicianId,
    state: UsState,
    startsOn: LocalDate,
    endsOn: LocalDate.optional(),
  })
  .superRefine((s, ctx) =>
    checkDateOrder(ctx, s.startsOn, s.endsOn, 'endsOn', {
      code: 'credentialing.supervision.end_before_start' satisfies CredentialingIssueCode,
      message: 'must end after it starts',
    }),
  );
export type SupervisionArrangement = z.infer<typeof SupervisionArrangement>;

/**
 * Everything the practice holds about one clinician's credentials: licenses, NPIs (check digit
 * validated), CAQH, malpractice, board certifications, DEA, compact authorizations and supervision.
 *
 * `prescribes` says whether the clinician prescribes controlled substances (and so needs a DEA
 * registration in each state where they do). Left out, it is `false` for a clinician who holds no license
 * of a prescribing profession, and not known for one who holds a `psychiatrist` or `psychiatric_np`
 * license: the functions that need it ask rather than assume. A
 * psychologist with prescriptive authority (a few states grant it) sets it to `true`.
 *
 * `medicareOptOut` records an opt-out of Medicare ({@link MedicareOptOut}): while it stands, Medicare and
 * Medicare Advantage plans pay the clinician nothing [sources: cfr-42-405-subpart-d]. `oigExclusions` records
 * exclusions by the HHS Office of Inspector General ({@link OigExclusion}): while one stands no federal health
 * care program pays for the clinician's services [sources: cfr-42-1001.1901]. `samExclusions` records those
 * listed on SAM.gov ({@link SamExclusion}), dated the same way [sources: sam-exclusions]. `medicareAdvantagePreclusion`
 * records a place on CMS's preclusion list ({@link MedicareAdvantagePreclusion}) with each Medicare Advantage
 * plan's first denied date of service [sources: cfr-42-422.222]. `forCauseTerminations` records terminations for
 * cause by Medicare or a state's Medicaid or CHIP ({@link ForCauseTermination}): from one dated on or after
 * 2011-01-01 no state's Medicaid pays the clinician [sources: cfr-42-455.416]. `exclusionScreening` records the
 * last monthly check of each exclusion list ({@link ExclusionScreening}: OIG LEIE, SAM, state Medicaid lists):
 * the calendar lists the next check one month later [sources: cfr-42-455.436].
 *
 * @remarks The documents payers' applications and CAQH ask for (a practice convention); NPI check digit
 * per CMS (core `Npi`) [sources: cms-npi-check-digit].
 *
 * @example
 * ```ts
 * validate(ClinicianCredentials, { clinicianId: 'clin-ana', individualNpi: '1234567893' }, 'clinician credentials');
 * //=> { clinicianId: 'clin-ana', individualNpi: '1234567893', groupNpis: [],
 * //     licenses: [], compactAuthorizations: [], malpractice: [], boardCertifications: [],
 * //     deaRegistrations: [], supervision: [], oigExclusions: [],
 * //     forCauseTerminations: [] }
 * ```
 */
export const ClinicianCredentials = z.strictObject({
  clinicianId: ClinicianId,
  individualNpi: Npi,
  groupNpis: z.array(Npi).default([]),
  prescribes: z.boolean().optional(),
  caqh: CaqhProfile.optional(),
  licenses: z.array(StateLicense).default([]),
  compactAuthorizations: z.array(CompactAuthorization).default([]),
  malpractice: z.array(MalpracticeCoverage).default([]),
  boardCertifications: z.array(BoardCertification).default([]),
  deaRegistrations: z.array(DeaRegistration).default([]),
  supervision: z.array(SupervisionArrangement).default([]),
  medicareOptOut: MedicareOptOut.optional(),
  oigExclusions: z.array(OigExclusion).default([]),
  samExclusions: z.array(SamExclusion).optional(),
  medicareAdvantagePreclusion: MedicareAdvantagePreclusion.optional(),
  forCauseTerminations: z.array(ForCauseTermination).default([]),
  exclusionScreening: ExclusionScreening.optional(),
});
export type ClinicianCredentials = z.infer<typeof ClinicianCredentials>;
/**
 * What callers pass for {@link ClinicianCredentials}: the lists may be left out.
 * @example
 * ```ts
 * const input: ClinicianCredentialsInput = { clinicianId: 'dr-lee', individualNpi: '1234567893' };
 * validate(ClinicianCredentials, input, 'clinician credentials').compactAuthorizations; //=> []
 * ```
 */
export type ClinicianCredentialsInput = z.input<typeof ClinicianCredentials>;

/**
 * Whether a clinician prescribes controlled substances: `prescribes` when recorded; left out, `false`
 * unless the clinician holds a license of a prescribing profession (`psychiatrist`, `psychiatric_np`),
 * for whom it is `unknown`: such a clinician usually prescribes, and a DEA registration is asked of
 * prescribers only, so it is never assumed away.
 *
 * @example
 * ```ts
 * getPrescribingStatus({ prescribes: undefined, licenses: [{ type: 'psychiatrist' }] }); //=> 'unknown'
 * getPrescribingStatus({ prescribes: undefined, licenses: [{ type: 'LCSW' }] }); //=> 'no'
 * ```
 */
export function getPrescribingStatus(cred: {
  readonly prescribes?: boolean | undefined;
  readonly licenses: readonly { readonly type: string }[];
}): 'yes' | 'no' | 'unknown' {
  if (cred.prescribes !== undefined) return cred.prescribes ? 'yes' : 'no';
  return cred.licenses.some((l) => PRESCRIBING_LICENSE_TYPES.has(l.type)) ? 'unknown' : 'no';
}

/** License types whose profession prescribes as a rule: a physician (psychiatrist) and a psychiatric nurse practitioner. */
const PRESCRIBING_LICENSE_TYPES: ReadonlySet<string> = new Set(['psychiatrist', 'psychiatric_np']);
