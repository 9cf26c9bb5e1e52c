import { renamedEnum } from './renamed-enum.js';

/**
 * Spellings an earlier version of this library took and no longer does, each with the kind to write instead.
 * A schema whose kinds include the new spelling rejects the old one with the code
 * `core.practitioner_kind.renamed` and a message naming the new spelling (beside the usual `invalid_value`).
 * A host can migrate its stored records with it.
 *
 * @example
 * ```ts
 * RENAMED_PRACTITIONER_KINDS.marriage_family_therapist; //=> 'marriage_and_family_therapist'
 * ```
 */
export const RENAMED_PRACTITIONER_KINDS: Readonly<Record<string, PractitionerKind>> = Object.freeze({
  marriage_family_therapist: 'marriage_and_family_therapist',
});

const KINDS = [
  'physician',
  'psychiatrist',
  'physician_assistant',
  'nurse_practitioner',
  'clinical_nurse_specialist',
  'certified_nurse_midwife',
  'registered_nurse',
  'psychologist',
  'clinical_psychologist',
  'social_worker',
  'clinical_social_worker',
  'marriage_and_family_therapist',
  'counselor',
  'mental_health_counselor',
  'associate',
  'other',
] as const;

/**
 * The kinds of practitioner the library's rules name, in one spelling for every module: a module's schema
 * takes the kinds its rule's source names (Medicare's ordering and incident-to lists, a state's minor-consent
 * statute), each spelled as here. Some kinds are narrower than others, as the sources word them:
 *
 * - `physician` is an MD or DO (Medicare also counts dentists, podiatrists and optometrists); `psychiatrist`
 *   is a physician certified in psychiatry.
 * - `psychologist` is a psychologist the state licenses; `clinical_psychologist` is Medicare's: a doctorate in
 *   psychology and a license at the independent practice level (42 CFR 410.71(d)).
 * - `social_worker` is a social worker the state licenses at any level; `clinical_social_worker` one licensed
 *   or certified as a clinical social worker (42 CFR 410.73(a)).
 * - `counselor` is a counselor the state licenses or certifies; `mental_health_counselor` is Medicare's: a
 *   master's or doctorate, a state license or certification as a mental health or professional counselor,
 *   and 2 years or 3,000 hours of post-degree supervised experience (42 CFR 410.54(a)).
 * - `marriage_and_family_therapist` is one the state licenses or certifies (42 CFR 410.53(a) sets Medicare's
 *   same degree and experience terms).
 * - `associate` is a pre-licensed clinician practicing under supervision (an LMFT or LPC associate, an
 *   intern); `other` is any other license, or none.
 *
 * @remarks [sources: cfr-42-410.53, cfr-42-410.54, cfr-42-410.71, cfr-42-410.73]
 * @example
 * ```ts
 * PractitionerKind.parse('marriage_and_family_therapist'); //=> 'marriage_and_family_therapist'
 * ```
 */
export const PractitionerKind = /* @__PURE__ */ practitionerKinds(KINDS);
export type PractitionerKind = (typeof KINDS)[number];

/**
 * A module's schema of practitioner kinds: an enum of some of {@link PractitionerKind}'s values that rejects a
 * renamed spelling with an issue naming the kind to write. The message is built from the table, never from the
 * input.
 */
export function practitionerKinds<const K extends readonly [PractitionerKind, ...PractitionerKind[]]>(
  kinds: K,
) {
  return renamedEnum(kinds, RENAMED_PRACTITIONER_KINDS, {
    code: 'core.practitioner_kind.renamed',
    noun: 'practitioner kind',
  });
}
