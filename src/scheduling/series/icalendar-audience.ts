// Who reads a calendar, and what its text (SUMMARY, DESCRIPTION, LOCATION) may say to them. A feed that leaves
// the practice (a client's, a shared staff feed synced to consumer calendars) discloses whatever its text
// says to the calendar's host and to anyone who sees the screen: HIPAA's minimum necessary standard asks for
// no more than the task needs, and a reminder of a time needs no name, diagnosis, service or clinical word
// [sources: hhs-minimum-necessary, cfr-45-164.514-b].
import * as z from 'zod';
import { UsState, type ValidationIssue } from '../../core/index.js';
import { formatPath } from '../../core/internal.js';
import type { SchedulingValidationCode } from '../reason-codes.js';

/**
 * Who a calendar is written for. `client` (the default, the strictest) and `staff` (a shared feed, often
 * synced to consumer calendars) leave the practice: their text is checked for what identifies a client or
 * says their care is mental-health care. `clinician` is the clinician's own feed: its text is the caller's
 * choice.
 * @example
 * ```ts
 * CalendarAudience.parse('client'); //=> 'client'
 * ```
 */
export const CalendarAudience = z.enum(['client', 'clinician', 'staff']);
export type CalendarAudience = z.infer<typeof CalendarAudience>;

type TextProblem = Extract<
  SchedulingValidationCode,
  | 'scheduling.icalendar.client_identifier'
  | 'scheduling.icalendar.diagnosis'
  | 'scheduling.icalendar.service_code'
  | 'scheduling.icalendar.clinical_word'
>;

const MESSAGES: Record<TextProblem, string> = {
  'scheduling.icalendar.client_identifier':
    'must not name a client of the calendar (a name or an id) in a feed that leaves the practice',
  'scheduling.icalendar.diagnosis': 'must not name a diagnosis in a feed that leaves the practice',
  'scheduling.icalendar.service_code':
    'must not hold a mental-health service code in a feed that leaves the practice',
  'scheduling.icalendar.clinical_word': 'must not hold a clinical word in a feed that leaves the practice',
};

// Words read after folding case and accents; a trailing `*` matches any word that starts so.
const CLINICAL_WORDS = [
  'therap*',
  'psych*',
  'counsel*',
  'diagnos*',
  'dx',
  'treatment*',
  'clinical',
  'medication*',
  'meds',
  'prescription*',
  'rx',
  'crisis',
  'suicid*',
  'selfharm',
  'emdr',
  'cbt',
  'dbt',
  'rehab*',
  'detox*',
  'addict*',
  'sober*',
  'sobriety',
  'relapse*',
  'trauma*',
  'grief',
  'mentalhealth',
  'behavioralhealth',
  'behaviouralhealth',
];
const CLINICAL_PHRASES = [
  'mental health',
  'behavioral health',
  'behavioural health',
  'self harm',
  'safety plan',
];
const DIAGNOSIS_WORDS = [
  'depress*',
  'anxiety',
  'anxious',
  'panic',
  'ptsd',
  'ocd',
  'adhd',
  'bipolar',
  'schizo*',
  'autis*',
  'asperger*',
  'anorexi*',
  'bulimi*',
  'disorder*',
  'insomnia',
  'dementia',
  'alcohol*',
  'opioid*',
  'bpd',
  'mdd',
  'gad',
  'psychos*',
];
const DIAGNOSIS_PHRASES = ['substance use', 'substance abuse', 'eating disorder'];
const SERVICE_WORDS = ['cpt', 'hcpcs'];

function matcher(words: readonly string[]): (word: string) => boolean {
  const exact = new Set(words.filter((w) => !w.endsWith('*')));
  const prefixes = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}
const isClinicalWord = matcher(CLINICAL_WORDS);
const isDiagnosisWord = matcher(DIAGNOSIS_WORDS);
const isServiceWord = matcher(SERVICE_WORDS);

// Case and accents folded ("Thérapie" reads "therapie"), then split into words of letters and digits.
function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

// ICD-10-CM chapter 5, mental and behavioural disorders: F01 to F99, with or without a subcategory
// [sources: cms-icd-10-cm].
const ICD_F_CODE = /^f\d{2}[0-9a-z]{0,4}$/;
// CPT psychiatry (90785 to 90899), psychological and neuropsychological testing and health behaviour
// (96105 to 96171), HCPCS Level II behavioural health (H0001 to H2037) [sources: ama-cpt, cms-hcpcs].
function isServiceCode(word: string): boolean {
  if (/^h\d{4}$/.test(word)) {
    const n = Number(word.slice(1));
    return n >= 1 && n <= 2037;
  }
  if (!/^\d{5}$/.test(word)) return false;
  const n = Number(word);
  return (n >= 90785 && n <= 90899) || (n >= 96105 && n <= 96171);
}

const STATES: ReadonlySet<string> = new Set(UsState.options);
// A ZIP code of an address ("Long Beach, CA 90802", "90802-1234") is not a service code: a five-digit word
// after a comma and a state's code in capitals, or before a ZIP+4 extension. A state's code alone is not
// enough: "in", "or", "me", "hi", "id" are words too, and "Session in 90837" names a service.
function isZipCode(word: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`,\\s*([A-Z]{2})\\s+${word}(?!\\d)`, 'g'))) {
    if (STATES.has(m[1] as string)) return true;
  }
  return new RegExp(`(?<!\\d)${word}-\\d{4}(?!\\d)`).test(text);
}

function holdsPhrase(list: readonly string[], phrases: readonly string[]): boolean {
  const joined = ` ${list.join(' ')} `;
  return phrases.some((p) => joined.includes(` ${p} `));
}

/** The name words of the clients (two letters or more), and their ids, as the check reads words. */
export function clientIdentifierWords(names: readonly string[], ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const w of words(name)) if (w.length >= 2) out.add(w);
  for (const id of ids) {
    const w = words(id);
    // An id is matched whole (as its words in a row), so `c-1` does not refuse every `1`.
    if (w.length > 0) out.add(w.join(' '));
  }
  return out;
}

/** The problems of one calendar text for an audience outside the practice, each code once, in a fixed order. */
export function calendarTextProblems(text: string, identifiers: ReadonlySet<string>): TextProblem[] {
  const list = words(text);
  const joined = ` ${list.join(' ')} `;
  const found = new Set<TextProblem>();
  for (const id of identifiers) {
    if (joined.includes(` ${id} `)) found.add('scheduling.icalendar.client_identifier');
  }
  if (
    list.some(isDiagnosisWord) ||
    holdsPhrase(list, DIAGNOSIS_PHRASES) ||
    list.some((w) => ICD_F_CODE.test(w))
  ) {
    found.add('scheduling.icalendar.diagnosis');
  }
  if (list.some(isServiceWord) || list.some((w) => isServiceCode(w) && !isZipCode(w, text))) {
    found.add('scheduling.icalendar.service_code');
  }
  if (list.some(isClinicalWord) || holdsPhrase(list, CLINICAL_PHRASES)) {
    found.add('scheduling.icalendar.clinical_word');
  }
  const order = Object.keys(MESSAGES) as TextProblem[];
  return order.filter((code) => found.has(code));
}

/**
 * The issues of the calendar texts (`summary`, `description`, `location`) for the audience: none for the
 * clinician's own feed; for a client's or staff feed, one issue per problem at the text's path, with a fixed
 * message (never the text).
 */
export function audienceTextIssues(
  texts: {
    readonly summary: string;
    readonly description?: string | undefined;
    readonly location?: string | undefined;
  },
  audience: CalendarAudience,
  identifiers: ReadonlySet<string>,
): ValidationIssue[] {
  switch (audience) {
    case 'clinician':
      return [];
    case 'client':
    case 'staff':
      break;
    default: {
      const unreachable: never = audience;
      return unreachable;
    }
  }
  const issues: ValidationIssue[] = [];
  for (const key of ['summary', 'description', 'location'] as const) {
    const text = texts[key];
    if (text === undefined) continue;
    const path = ['options', key];
    for (const code of calendarTextProblems(text, identifiers)) {
      issues.push({ path, at: formatPath(path), code, message: MESSAGES[code] });
    }
  }
  return issues;
}
