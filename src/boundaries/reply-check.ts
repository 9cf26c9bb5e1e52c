import * as z from 'zod';
import { type Decision, isNonEmpty, type Reason, reason, validate } from '../core/index.js';
import { MEDICATION_NAMES } from './medication-names.js';
import { triageMessage } from './message-triage.js';
import { buildPhraseTrie, edgesFor, matchPhrasesAt, type PhraseTrie } from './phrase-trie.js';
import type { PracticeRole } from './practice-role.js';
import type { BoundariesReasonCode } from './reason-codes.js';
import { mayCarryClinicalDetail, ReplyContext, type ReplyContextInput } from './reply-channel.js';
import { tokenizeForTriage } from './triage-text.js';

/** What a phrase in a draft reply signals. */
type DraftSignal = 'advice' | 'medication' | 'assessment' | 'detail';

// Phrases an assistant's reply must not contain: advice, medication guidance, assessment
// [sources: tx-22-tac-465].
const ADVICE = [
  'you should try',
  'try to relax',
  'try breathing',
  'breathing exercise*',
  'deep breath*',
  'coping skill*',
  'coping strateg*',
  'i recommend',
  'i would recommend',
  'i suggest',
  'i would suggest',
  'my advice',
  'it might help to',
  'it would help to',
  'it helps to',
  'try journaling',
  'meditat*',
  'mindfulness',
  'go for a walk',
  'sleep hygiene',
  'cut back on',
  'avoid alcohol',
  'stop drinking',
  'set boundaries',
  'ground yourself',
  'grounding exercise*',
  'distract yourself',
  'calm down',
  'dont worry',
  'do not worry',
];
const MEDICATION = [
  'take your',
  'stop taking',
  'keep taking',
  'start taking',
  'skip a dose',
  'double up',
  'double your',
  'increase your',
  'decrease your',
  'lower your dose',
  'higher dose',
  'taper*',
  'dose',
  'dosage',
  'mg',
  'milligram*',
  'wean off',
  'come off',
];
const ASSESSMENT = [
  'sounds like you have',
  'sounds like you are',
  'sounds like depression',
  'sounds like anxiety',
  'you have depression',
  'you have anxiety',
  'you might have',
  'you may have',
  'you probably have',
  'it seems like you have',
  'you seem depressed',
  'you are depressed',
  'you are not depressed',
  'you are fine',
  'youre fine',
  'you are safe',
  'youre safe',
  'not at risk',
  'low risk',
  'high risk',
  'nothing to worry about',
  'that is normal',
  'thats normal',
  'completely normal',
  'totally normal',
  'perfectly normal',
  'diagnos*',
  'symptoms of',
  'a sign of',
  'signs of',
  'just stress',
  'just anxiety',
  'not serious',
];
// Clinical detail: fine on a consented channel, never on one the client has not agreed to
// [sources: hhs-faq-email].
const DETAIL = [
  'depress*',
  'anxiety',
  'ptsd',
  'adhd',
  'bipolar',
  'ocd',
  'schizo*',
  'eating disorder',
  'autis*',
  'substance use',
  'alcohol*',
  'addict*',
  'treatment plan',
  'progress note*',
  'assessment',
  'phq*',
  'gad7',
  'gad 7',
  'suicid*',
  'self harm',
  'trauma*',
  'psychiatr*',
  'medication*',
  'meds',
  'prescri*',
  'refill*',
  'symptom*',
  'panic attack*',
  'relaps*',
  ...MEDICATION_NAMES,
];

interface DraftTerm {
  readonly signal: DraftSignal;
  readonly phrase: string;
}

let draftTrie: PhraseTrie<DraftTerm> | undefined;
function draftPhrases(): PhraseTrie<DraftTerm> {
  const entries = (signal: DraftSignal, phrases: readonly string[]) =>
    phrases.map((phrase) => ({ phrase, term: { signal, phrase } }));
  draftTrie ??= buildPhraseTrie<DraftTerm>([
    ...entries('advice', ADVICE),
    ...entries('medication', MEDICATION),
    ...entries('assessment', ASSESSMENT),
    ...entries('detail', DETAIL),
  ]);
  return draftTrie;
}

/**
 * The longest draft a reply check reads: a reply, not a document.
 *
 * @example
 * ```ts
 * REPLY_DRAFT_MAX_CHARS; //=> 20000
 * ```
 * @remarks A design choice; longer drafts are rejected with a `ValidationError`.
 */
export const REPLY_DRAFT_MAX_CHARS = 20_000;

/**
 * The answer to "may this draft go out": `approved`, or `blocked` with the reasons and, when the content
 * itself is clinical, `routeTo` the clinician who must answer instead.
 */
export type ReplyCheckDecision = Decision<
  'approved',
  'blocked',
  BoundariesReasonCode,
  { readonly routeTo: PracticeRole | null }
>;

const ReplyDraft = z.string().max(REPLY_DRAFT_MAX_CHARS);

/**
 * Checks an assistant's draft reply before it goes: clinical advice, medication guidance, diagnosis or
 * assessment, and crisis matters are blocked and routed to a clinician; clinical detail on a channel the
 * client has not consented to for it is blocked. Phrase tables, not judgement: a clean result means no
 * listed phrase was found, not that the reply is clinically sound.
 *
 * @param draft - the reply text
 * @param context - the channel and the client's consent for it
 * @throws {@link ValidationError} when the draft is not a string or is over {@link REPLY_DRAFT_MAX_CHARS}
 * @example
 * ```ts
 * evaluateReplyDraft('It sounds like you have depression; try breathing exercises.', { channel: 'portal' });
 * //=> { outcome: 'blocked', routeTo: 'clinician', reasons: [{ code: 'boundaries.reply.clinical_advice', … },
 * //     { code: 'boundaries.reply.diagnosis_or_assessment', … }, …] }
 * evaluateReplyDraft('Your appointment is on Tuesday at 3 pm.', { channel: 'sms' }).outcome; //=> 'approved'
 * ```
 * @remarks Staff may not give clinical advice, interpret, diagnose or recommend treatment or medication
 * [sources: tx-22-tac-465]. Clinical content only on a channel the client opted into and that is secure
 * or whose risk they accepted; reminders carry date, time and place only [sources: hhs-faq-email].
 */
export function evaluateReplyDraft(draft: string, context: ReplyContextInput): ReplyCheckDecision {
  const text = validate(ReplyDraft, draft, 'reply draft');
  const ctx = validate(ReplyContext, context, 'reply context');
  const found: Record<DraftSignal, Set<string>> = {
    advice: new Set(),
    medication: new Set(),
    assessment: new Set(),
    detail: new Set(),
  };
  const trie = draftPhrases();
  const words = tokenizeForTriage(text).words;
  // Facts list which table phrases matched (the tables' own text), never the draft's words.
  for (let i = 0; i < words.length; i += 1) {
    const nodes = edgesFor(trie.root, words[i] as string);
    if (nodes.length > 0) matchPhrasesAt(words, i, nodes, (term) => found[term.signal].add(term.phrase));
  }
  const reasons: Reason<BoundariesReasonCode>[] = [];
  const clinician = (code: BoundariesReasonCode, message: string, signal: DraftSignal) =>
    reasons.push(reason(code, 'error', message, { phrases: [...found[signal]].sort() }));
  if (found.advice.size > 0) {
    clinician('boundaries.reply.clinical_advice', 'The draft reads as clinical advice.', 'advice');
  }
  if (found.medication.size > 0) {
    clinician('boundaries.reply.medication_guidance', 'The draft gives medication guidance.', 'medication');
  }
  if (found.assessment.size > 0) {
    clinician('boundaries.reply.diagnosis_or_assessment', 'The draft reads as an assessment.', 'assessment');
  }
  const crisis = triageMessage(text);
  if (crisis.outcome === 'crisis') {
    reasons.push(
      reason(
        'boundaries.reply.crisis_language_in_draft',
        'error',
        'The draft discusses crisis matters: send the crisis resources template and escalate.',
        { crisisKinds: [...crisis.crisisKinds] },
      ),
    );
  }
  const routeTo: PracticeRole | null = reasons.length > 0 ? 'clinician' : null;
  const clinicalContent = reasons.length > 0 || found.detail.size > 0;
  if (clinicalContent && !mayCarryClinicalDetail(ctx)) {
    reasons.push(
      reason(
        'boundaries.reply.clinical_detail_on_unconsented_channel',
        'error',
        'Clinical detail on a channel the client has not consented to for it.',
        {
          channel: ctx.channel,
          optedIn: ctx.consent.optedIn,
          riskAcknowledged: ctx.consent.unsecuredRiskAcknowledged,
        },
      ),
    );
  }
  if (isNonEmpty(reasons)) return { outcome: 'blocked', routeTo, reasons };
  return { outcome: 'approved', routeTo: null, reasons: [] };
}
