import * as z from 'zod';
import {
  ClinicianId,
  type Decision,
  isNonEmpty,
  PayerId,
  type Reason,
  reason,
  UsState,
} from '../../core/index.js';
import { compareText, sortReasons, validateArguments } from '../../core/internal.js';
import { IntakeModality, IntakeServiceType } from '../packets/intake-client.js';
import type { IntakeReasonCode, IntakeValidationCode } from '../reason-codes.js';

/**
 * One clinician in the roster summary: what they take on, administratively.
 *
 * @example
 * ```ts
 * IntakeRosterClinician.parse({ clinicianId: 'dr-a', modalities: ['telehealth'], states: ['NY'], openCapacity: 1 });
 * //=> { clinicianId: 'dr-a', payersAccepted: [], acceptsSelfPay: true, minAge: 18, maxAge: 120, services: ['individual'], … }
 * ```
 */
export const IntakeRosterClinician = z
  .strictObject({
    clinicianId: ClinicianId,
    payersAccepted: z.array(PayerId).default([]),
    acceptsSelfPay: z.boolean().default(true),
    minAge: z.number().int().min(0).max(120).default(18),
    maxAge: z.number().int().min(0).max(120).default(120),
    modalities: z.array(IntakeModality).min(1),
    services: z.array(IntakeServiceType).min(1).default(['individual']),
    /** States where the clinician may practise (license or compact privilege). */
    states: z.array(UsState).min(1),
    /** Open new-client slots; 0 means full. */
    openCapacity: z.number().int().min(0),
  })
  .refine((c) => c.minAge <= c.maxAge, {
    message: 'must not be above maxAge',
    path: ['minAge'],
    params: { code: 'intake.fit.age_range_out_of_order' satisfies IntakeValidationCode },
  });
export type IntakeRosterClinician = z.infer<typeof IntakeRosterClinician>;

/**
 * The roster summary an administrative fit check reads.
 *
 * @example
 * ```ts
 * IntakeRosterSummary.parse({ clinicians: [] }); //=> { clinicians: [] }
 * ```
 */
export const IntakeRosterSummary = z.strictObject({ clinicians: z.array(IntakeRosterClinician) });
export type IntakeRosterSummary = z.input<typeof IntakeRosterSummary>;

/**
 * Things the assistant noted on an inquiry that only a clinician can weigh. The library never judges
 * them; it routes. `crisis_mentioned` stops the admin flow [sources: samhsa-988].
 *
 * @example
 * ```ts
 * IntakeClinicalFlag.parse('level_of_care_question'); //=> 'level_of_care_question'
 * ```
 */
export const IntakeClinicalFlag = z.enum([
  'crisis_mentioned',
  'level_of_care_question',
  'specialty_question',
]);
export type IntakeClinicalFlag = z.infer<typeof IntakeClinicalFlag>;

/**
 * An inquiry's administrative facts: payer, age, modality, service, state, and flags for a clinician.
 *
 * @example
 * ```ts
 * IntakeInquiry.parse({ id: 'q-1', payer: { kind: 'self_pay' }, age: 29, state: 'OR' });
 * //=> { id: 'q-1', …, modality: 'either', service: 'individual', clinicalFlags: [] }
 * ```
 */
export const IntakeInquiry = z.strictObject({
  id: z.string().min(1).max(128),
  /** A payer id, or `self_pay`. */
  payer: z
    .union([
      z.strictObject({ kind: z.literal('insured'), payerId: PayerId }),
      z.strictObject({ kind: z.literal('self_pay') }),
    ])
    .optional(),
  age: z.number().int().min(0).max(120).optional(),
  /** `either` when the client has no preference. */
  modality: z.enum(['in_person', 'telehealth', 'either']).default('either'),
  service: IntakeServiceType.default('individual'),
  /** Where the client will be during sessions: it decides licensure [sources: hhs-telehealth-licensure]. */
  state: UsState.optional(),
  clinicalFlags: z.array(IntakeClinicalFlag).default([]),
});
export type IntakeInquiry = z.input<typeof IntakeInquiry>;

/**
 * Whether the practice fits an inquiry: `fits` (with the clinicians who could take it), `does_not_fit`
 * (with referral reasons), `needs_clinician` (a question only a clinician can answer) or `undecided`
 * (a fact is missing).
 *
 * @example
 * ```ts
 * const d: IntakeFitDecision = evaluateIntakeFit(inquiry, roster);
 * d.outcome; //=> 'fits'
 * ```
 */
export type IntakeFitDecision = Decision<
  'fits',
  'does_not_fit' | 'needs_clinician' | 'undecided',
  IntakeReasonCode,
  { readonly inquiryId: string; readonly candidateClinicianIds: readonly string[] }
>;

type Criterion = {
  code: IntakeReasonCode;
  message: string;
  ok: (c: IntakeRosterClinician) => boolean;
};

/**
 * Checks whether the practice fits an inquiry on administrative criteria only (payer, age served,
 * modality, service type, state of practice, open capacity), never clinical ones.
 *
 * @throws {@link ValidationError} listing the inquiry's and the roster's problems at once, each path under
 * its parameter's name (`$.inquiry…`, `$.roster…`).
 * @remarks Licensure follows the client's location [sources: hhs-telehealth-licensure]. A crisis mention
 * stops the admin flow and routes to the on-call clinician with 988 / 911 [sources: samhsa-988];
 * level-of-care and specialty questions go to a clinician, since staff may not triage clinically
 * [sources: tx-22-tac-465, crico-clinical-calls].
 * @example
 * ```ts
 * evaluateIntakeFit({ id: 'q-1', payer: { kind: 'self_pay' }, age: 34, state: 'NY', modality: 'telehealth' },
 *   { clinicians: [{ clinicianId: 'dr-a', modalities: ['telehealth'], states: ['NY'], openCapacity: 2 }] });
 * //=> { outcome: 'fits', candidateClinicianIds: ['dr-a'], reasons: [{ code: 'intake.fit.clinicians_available', … }] }
 * ```
 */
export function evaluateIntakeFit(inquiry: IntakeInquiry, roster: IntakeRosterSummary): IntakeFitDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.inquiry…`, `$.roster…`).
  const [q, r] = validateArguments([
    ['inquiry', IntakeInquiry, inquiry, 'intake inquiry'],
    ['roster', IntakeRosterSummary, roster, 'roster summary'],
  ]);
  const base = { inquiryId: q.id, candidateClinicianIds: [] as string[] };
  if (q.clinicalFlags.includes('crisis_mentioned')) {
    return {
      outcome: 'needs_clinician',
      reasons: [
        reason(
          'intake.fit.crisis_route_now',
          'error',
          'Crisis mentioned: stop intake, route to the on-call clinician now; give 988 (call/text) and 911 for imminent danger.',
          { role: 'on_call_clinician', hotline: '988', emergency: '911' },
        ),
      ],
      ...base,
    };
  }
  const missing: Reason<IntakeReasonCode>[] = [];
  if (q.payer === undefined) missing.push(fitMissing('payer'));
  if (q.age === undefined) missing.push(fitMissing('age'));
  if (q.state === undefined) missing.push(fitMissing('state'));
  if (isNonEmpty(missing)) return { outcome: 'undecided', reasons: missing, ...base };
  const payer = q.payer as NonNullable<typeof q.payer>;
  const age = q.age as number;
  const state = q.state as UsState;
  const criteria: Criterion[] = [
    {
      code: 'intake.fit.payer_not_accepted',
      message:
        payer.kind === 'self_pay'
          ? 'No clinician takes self-pay clients.'
          : 'No clinician accepts this payer.',
      ok: (c) => (payer.kind === 'self_pay' ? c.acceptsSelfPay : c.payersAccepted.includes(payer.payerId)),
    },
    {
      code: 'intake.fit.age_not_served',
      message: 'No clinician serves this age.',
      ok: (c) => age >= c.minAge && age <= c.maxAge,
    },
    {
      code: 'intake.fit.modality_not_offered',
      message: 'No clinician offers this modality.',
      ok: (c) => q.modality === 'either' || c.modalities.includes(q.modality),
    },
    {
      code: 'intake.fit.service_not_offered',
      message: 'No clinician offers this service.',
      ok: (c) => c.services.includes(q.service),
    },
    {
      code: 'intake.fit.state_not_licensed',
      message: 'No clinician may practise where the client will be.',
      ok: (c) => c.states.includes(state),
    },
    {
      code: 'intake.fit.no_capacity',
      message: 'No clinician has open capacity.',
      ok: (c) => c.openCapacity > 0,
    },
  ];
  const candidates = r.clinicians
    .filter((c) => criteria.every((k) => k.ok(c)))
    .map((c) => c.clinicianId as string)
    .sort(compareText);
  const facts = { service: q.service, modality: q.modality, state };
  if (candidates.length > 0) {
    if (q.clinicalFlags.length > 0) {
      return {
        outcome: 'needs_clinician',
        reasons: [
          reason(
            'intake.fit.needs_clinician_review',
            'warning',
            'Administratively the practice fits; a clinician must answer the clinical question before booking.',
            { ...facts, flags: [...q.clinicalFlags].sort(compareText), role: 'clinician' },
          ),
        ],
        inquiryId: q.id,
        candidateClinicianIds: candidates,
      };
    }
    return {
      outcome: 'fits',
      reasons: [
        reason(
          'intake.fit.clinicians_available',
          'info',
          'At least one clinician fits every administrative criterion.',
          {
            ...facts,
            candidates: candidates.length,
          },
        ),
      ],
      inquiryId: q.id,
      candidateClinicianIds: candidates,
    };
  }
  // Referral reasons: needs no clinician meets at all; else the single need that stops a near miss.
  const unmet = criteria.filter((k) => !r.clinicians.some((c) => k.ok(c)));
  const nearMisses = criteria.filter((k) =>
    r.clinicians.some((c) => !k.ok(c) && criteria.every((other) => other === k || other.ok(c))),
  );
  const blocking = unmet.length > 0 ? unmet : nearMisses;
  const failed = blocking.map((k) => reason(k.code, 'error', k.message, { ...facts, referral: true }));
  const reasons = isNonEmpty(failed)
    ? failed
    : [
        reason(
          'intake.fit.no_single_clinician',
          'error',
          'Each need is met by some clinician, but no one clinician meets them all.',
          { ...facts, referral: true },
        ),
      ];
  const [first, ...rest] = sortReasons(reasons);
  return { outcome: 'does_not_fit', reasons: [first as Reason<IntakeReasonCode>, ...rest], ...base };
}

function fitMissing(fact: string): Reason<IntakeReasonCode> {
  return reason('intake.fit.missing_fact', 'warning', `The inquiry's ${fact} is not recorded.`, {
    missingFact: fact,
  });
}
