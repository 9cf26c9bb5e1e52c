import * as z from 'zod';
import { type Decision, isNonEmpty, type Reason, reason, validate } from '../../core/index.js';
import type { PracticeRole } from '../access/practice-role.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { triageMessage } from '../triage/message-triage.js';
import { PhraseEngine } from '../triage/phrase-engine.js';
import { TRIAGE_WORD_CLASSES } from '../triage/tables/word-classes.js';
import { mayCarryClinicalDetail, ReplyContext, type ReplyContextInput } from './reply-channel.js';
import { type DraftSignal, REPLY_PHRASES } from './reply-phrases.js';

const SIGNALS: readonly DraftSignal[] = ['advice', 'medication', 'assessment', 'detail'];

let draftEngine: PhraseEngine | undefined;
// Compiled on first use: a pure memo of constant data, matched by triage's engine.
function replyEngine(): PhraseEngine {
  draftEngine ??= new PhraseEngine(
    TRIAGE_WORD_CLASSES,
    SIGNALS.flatMap((signal) => REPLY_PHRASES[signal].map((pattern) => ({ label: signal, pattern }))),
  );
  return draftEngine;
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
  const { reasons, routeTo } = replyTextReasons(text, ctx);
  if (isNonEmpty(reasons)) return { outcome: 'blocked', routeTo, reasons };
  return { outcome: 'approved', routeTo: null, reasons: [] };
}

/**
 * The one check of any text that goes to a client, a draft or a rendered template (internal): clinical
 * advice, medication guidance, assessment and crisis matters (routed to a clinician), and clinical detail
 * on a channel the client has not consented to for it.
 */
export function replyTextReasons(
  text: string,
  ctx: ReplyContext,
): { reasons: Reason<BoundariesReasonCode>[]; routeTo: PracticeRole | null } {
  const found: Record<DraftSignal, Set<string>> = {
    advice: new Set(),
    medication: new Set(),
    assessment: new Set(),
    detail: new Set(),
  };
  const engine = replyEngine();
  // Facts list which table phrases matched (the tables' own text), never the draft's words.
  for (const hit of engine.matchText(engine.read(text, REPLY_DRAFT_MAX_CHARS)).hits) {
    found[hit.label as DraftSignal].add(hit.pattern);
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
        { crisisCategories: [...crisis.crisisCategories] },
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
  return { reasons, routeTo };
}
