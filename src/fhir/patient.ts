import * as z from 'zod';
import { ClientId, LocalDate, safeValidate, UsState, type ValidationResult } from '../core/index.js';
import { validateArguments } from '../core/internal.js';
import { SYSTEM } from './codes.js';
import { checkModel, InConcept, InPeriod, readResource, resourceShape } from './resource-reader.js';
import { usStateOf } from './us-state-names.js';

/**
 * A contact channel a client has on file, without its number or address.
 * @example
 * ```ts
 * ContactChannel.options; //=> ['phone', 'sms', 'email']
 * ```
 */
export const ContactChannel = z.enum(['phone', 'sms', 'email']);
export type ContactChannel = z.infer<typeof ContactChannel>;

/**
 * What the rules need to know about a client from their FHIR `Patient`, and nothing more: birth date
 * (a minor's charges go to a guarantor), the state they live in (licensure), their preferred language,
 * and the channels they can be reached on, preferred first (no numbers or addresses).
 *
 * @remarks Minimum necessary: names, identifiers, numbers and addresses stay in the EHR
 * [sources: hhs-minimum-necessary].
 * @example
 * ```ts
 * PatientFacts.parse({ clientId: 'c-ava', birthDate: '2011-05-02', state: 'IL', language: 'es',
 *   contactChannels: ['sms', 'email'] }).state;
 * //=> 'IL'
 * ```
 */
export const PatientFacts = z.strictObject({
  clientId: ClientId,
  birthDate: LocalDate.optional(),
  state: UsState.optional(),
  /** BCP-47 language tag of the preferred language (e.g. `es`, `en-US`). */
  language: z.string().min(2).max(35).optional(),
  contactChannels: z.array(ContactChannel),
});
export type PatientFacts = z.infer<typeof PatientFacts>;

/**
 * Options of {@link fromFhirPatient}: the date whose current address and telecom count.
 * @example
 * ```ts
 * FromFhirPatientOptions.parse({ asOf: '2026-03-01' }); //=> { asOf: '2026-03-01' }
 * ```
 */
export const FromFhirPatientOptions = z.strictObject({ asOf: LocalDate });
export type FromFhirPatientOptions = z.input<typeof FromFhirPatientOptions>;

const InAddress = z.object({
  use: z.string().optional(),
  state: z.string().optional(),
  period: InPeriod.optional(),
});
const InTelecom = z.object({
  system: z.string().optional(),
  use: z.string().optional(),
  rank: z.number().optional(),
  period: InPeriod.optional(),
});
const InPatient = resourceShape('Patient', {
  id: z.string(),
  // Modifier elements: each changes what the rest of the resource means [sources: fhir-r4-patient].
  active: z.boolean().optional(),
  deceasedBoolean: z.boolean().optional(),
  deceasedDateTime: z.string().optional(),
  birthDate: z.string().optional(),
  address: z.array(InAddress).optional(),
  telecom: z.array(InTelecom).optional(),
  communication: z.array(z.object({ language: InConcept, preferred: z.boolean().optional() })).optional(),
  // A modifier element: `replaced-by` says this record must no longer be used [sources: fhir-r4-patient].
  link: z.array(z.object({ type: z.string().optional() })).optional(),
});

// What each HL7 link type says of the record holding it [sources: fhir-r4-patient]: `replaced-by`, it must
// no longer be used; `refer`, it is not the main record of the person; `replaces` (it is the record in use)
// and `seealso` (another record in use names the same person) leave it in use.
const LINK_TYPES: Readonly<Record<string, 'replaced' | 'not_main' | 'in_use'>> = {
  'replaced-by': 'replaced',
  refer: 'not_main',
  replaces: 'in_use',
  seealso: 'in_use',
};

// Whether a period holds on a date (FHIR dates and date-times compare by their date).
function current(period: z.infer<typeof InPeriod> | undefined, asOf: string): boolean {
  const start = period?.start?.slice(0, 10);
  const end = period?.end?.slice(0, 10);
  return (start === undefined || start <= asOf) && (end === undefined || asOf <= end);
}

// The shape of a BCP-47 language tag (RFC 5646 `langtag` or private use): a 2–3 letter ISO 639 language
// with up to three extended subtags; then an optional script (4 letters), region (2 letters or 3 digits),
// variants, extensions and a private-use part [sources: ietf-bcp-47]. The shape only: whether each subtag is
// registered is not checked. The 4–8 letter primary subtags RFC 5646 keeps for future registration are not
// read (a word such as `Spanish` has that shape), nor the irregular grandfathered tags (`i-klingon`).
const BCP_47_TAG =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$/;

/**
 * Reads the facts the rules need from a FHIR R4 `Patient` ({@link PatientFacts}), or every problem by
 * FHIR path.
 *
 * @remarks The state is that of the current home address, or, when there is none, of a current address
 * whose `use` is not given; a work, billing, temporary or old address is never read as where the client
 * lives (the state is then left out, and the rules that need it answer `undecided`). Two current home addresses in different states are
 * reported (`fhir.patient.state_ambiguous`): licensure depends on the state, so it is not guessed.
 * A state is read as its USPS code in any case or its full name ("Massachusetts", as Synthea writes it);
 * anything else is reported. A partial birth date (year only) is reported. The modifier elements are read
 * too, since they change what the rest means: a patient who has died (`deceasedBoolean: true`, or any
 * `deceasedDateTime`, whatever its date) is reported as `fhir.patient.deceased`, and a record not in active
 * use (`active: false`: merged into another, or entered by mistake) as `fhir.patient.inactive`, so no
 * reminder, offer or fee reaches them [sources: fhir-r4-patient]. So is `link`: a record `replaced-by`
 * another (`fhir.patient.replaced`), one that `refer`s to the main record (`fhir.patient.not_main_record`),
 * and a link of no known type (`fhir.patient.link_unknown`) are reported; `replaces` and `seealso` are read.
 * The language is the preferred one, or the only one: several with none (or several) preferred are reported
 * (`fhir.patient.language_ambiguous`), never read as the first. Its code is the BCP-47 coding's, else any
 * coding's, and it must have a BCP-47 tag's shape (`es`, `en-US`, `zh-Hant-TW`) [sources: ietf-bcp-47]: a
 * code of another shape (`Spanish`, `es_MX`) is reported (`fhir.patient.language_not_bcp47`), and so is a
 * language given only as text, with no code (`fhir.patient.language_uncoded`), never dropped. A birth date after `asOf` is reported
 * (`fhir.patient.birth_date_future`).
 * Every problem is listed in one read: a wrong element (a missing `id`) is reported and the rest is still
 * read.
 * @throws {@link ValidationError} when the options are invalid (a broken call).
 * @example
 * ```ts
 * fromFhirPatient({ resourceType: 'Patient', id: 'c-ava', birthDate: '2011-05-02', name: [{ family: 'Reyes' }],
 *   address: [{ use: 'home', state: 'IL' }] }, { asOf: '2026-03-01' });
 * //=> { success: true, data: { clientId: 'c-ava', birthDate: '2011-05-02', state: 'IL', contactChannels: [] } }
 * ```
 */
export function fromFhirPatient(
  resource: unknown,
  options: FromFhirPatientOptions,
): ValidationResult<PatientFacts> {
  const checked = safeValidate(FromFhirPatientOptions, options, 'options');
  // A broken call throws, listing the resource's problems of shape beside the options' own.
  const { asOf } = checked.success
    ? checked.data
    : validateArguments([
        ['resource', InPatient, resource, 'FHIR Patient'],
        ['options', FromFhirPatientOptions, options, 'options'],
      ])[1];
  return readResource(InPatient, resource, 'FHIR Patient', (r, problems) => {
    // A deceased patient, or a record no longer in use (merged, or entered by mistake), has no facts a
    // reminder, offer or fee may use: reported, never read as a reachable client.
    if (r.deceasedBoolean === true || r.deceasedDateTime !== undefined) {
      problems.add(
        [r.deceasedBoolean === true ? 'deceasedBoolean' : 'deceasedDateTime'],
        'fhir.patient.deceased',
        'says the patient has died: no reminder, offer or fee may go to them',
      );
    }
    if (r.active === false) {
      problems.add(
        ['active'],
        'fhir.patient.inactive',
        'says the record is not in active use: find the record in use before reading it',
      );
    }
    (r.link ?? []).forEach((link, i) => {
      const says =
        link.type !== undefined && Object.hasOwn(LINK_TYPES, link.type) ? LINK_TYPES[link.type] : undefined;
      if (says === 'replaced') {
        problems.add(
          ['link', i, 'type'],
          'fhir.patient.replaced',
          'says the record was replaced by another: read the record in use',
        );
      } else if (says === 'not_main') {
        problems.add(
          ['link', i, 'type'],
          'fhir.patient.not_main_record',
          'says the record is not the main one of the person: read the main record',
        );
      } else if (says === undefined) {
        problems.add(
          ['link', i, 'type'],
          'fhir.patient.link_unknown',
          'must be a link type (replaced-by, replaces, refer, seealso): whether the record is in use is not known',
        );
      }
    });
    // Born after the date of reading: a typing error, and the age every minor rule reads would be wrong.
    if (r.birthDate !== undefined && LocalDate.safeParse(r.birthDate).success && r.birthDate > asOf) {
      problems.add(['birthDate'], 'fhir.patient.birth_date_future', 'must not be after the date of reading');
    }
    // The state is where the client lives: a current home address, else a current address whose use is
    // not given. A work address is never read as it (an employer across a state line is common), nor a
    // billing, temporary or old one: with none left, the state is unknown and the rules that need it say so.
    const addresses = (r.address ?? [])
      .map((a, i) => ({ ...a, ...(a.state === undefined ? {} : { state: usStateOf(a.state) }), i }))
      .filter((a) => current(a.period, asOf) && (a.use === undefined || a.use === 'home'));
    const home = addresses.filter((a) => a.use === 'home');
    const chosen = (home.length > 0 ? home : addresses).filter((a) => a.state !== undefined);
    const states = [...new Set(chosen.map((a) => a.state))];
    if (states.length > 1) {
      problems.add(
        ['address'],
        'fhir.patient.state_ambiguous',
        'must not have current addresses in different states',
      );
    }
    const state = states.length === 1 ? chosen[0] : undefined;
    if (state !== undefined && !UsState.safeParse(state.state).success) {
      problems.add(
        ['address', state.i, 'state'],
        'fhir.patient.state_unknown',
        'must be a two-letter USPS state code',
      );
    }
    const channels = (r.telecom ?? [])
      .map((t, i) => ({ ...t, i }))
      .filter((t) => current(t.period, asOf) && t.use !== 'old')
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.i - b.i)
      .flatMap((t) => (ContactChannel.safeParse(t.system).success ? [t.system as ContactChannel] : []));
    // The preferred language: the one marked preferred, or the only one. Several and none (or several)
    // preferred: which one the client wants is not known, so it is asked, never taken as the first.
    // Its code is the BCP-47 coding's, else any coding's; a language given only as text has none.
    const languages = (r.communication ?? []).map((c, i) => ({
      i,
      preferred: c.preferred,
      code:
        c.language.coding?.find((x) => x.system === SYSTEM.language && x.code)?.code ??
        c.language.coding?.find((x) => x.code)?.code,
      text: c.language.text,
    }));
    const preferred = languages.filter((c) => c.preferred === true);
    const pool = preferred.length > 0 ? preferred : languages;
    // Two entries are the same language only by the same code, or, uncoded, the same text.
    const distinct = new Set(
      pool.map((c) => (c.code === undefined ? `text:${c.text ?? ''}` : `code:${c.code}`)),
    );
    if (distinct.size > 1) {
      problems.add(
        ['communication'],
        'fhir.patient.language_ambiguous',
        'must mark one language preferred: which one the client wants is not known',
      );
    }
    const spoken = distinct.size === 1 ? pool[0] : undefined;
    let tag: string | undefined;
    if (spoken !== undefined && spoken.code === undefined) {
      // A language named only in words ("Spanish"): no code to read, so it is reported, never dropped.
      problems.add(
        ['communication', spoken.i, 'language'],
        'fhir.patient.language_uncoded',
        'must carry a language code (a BCP-47 tag such as es or en-US): a language given only as text is not read',
      );
    } else if (spoken !== undefined && !BCP_47_TAG.test(spoken.code as string)) {
      problems.add(
        ['communication', spoken.i, 'language'],
        'fhir.patient.language_not_bcp47',
        'must be a BCP-47 language tag (such as es or en-US)',
      );
    } else {
      tag = spoken?.code;
    }
    const candidate = {
      clientId: r.id,
      ...(r.birthDate === undefined ? {} : { birthDate: r.birthDate }),
      ...(state?.state === undefined ? {} : { state: state.state }),
      ...(tag === undefined ? {} : { language: tag }),
      contactChannels: [...new Set(channels)],
    };
    // The model is checked even when problems were found, so one read lists them all (a bad birth date
    // beside a missing id).
    const model = checkModel(PatientFacts, candidate, problems, (path) =>
      path[0] === 'clientId'
        ? ['id']
        : path[0] === 'language'
          ? ['communication']
          : path[0] === 'state'
            ? ['address']
            : [String(path[0])],
    );
    return () => model;
  });
}
