import * as z from 'zod';
import { type Decision, isNonEmpty, type Reason, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { PracticeRole } from '../access/practice-role.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { triageMessage } from '../triage/message-triage.js';
import { PhraseEngine } from '../triage/phrase-engine.js';
import { TRIAGE_WORD_CLASSES } from '../triage/tables/word-classes.js';
import {
  mayCarryClinicalDetail,
  mayReachClient,
  ReplyContext,
  type ReplyContextInput,
} from './reply-channel.js';
import { DRAFT_SIGNALS, type DraftSignal, REPLY_PHRASES, REPLY_WORD_CLASSES } from './reply-phrases.js';

let draftEngine: PhraseEngine | undefined;
// Compiled on first use: a pure memo of constant data, matched by triage's engine.
function replyEngine(): PhraseEngine {
  draftEngine ??= new PhraseEngine(
    { ...TRIAGE_WORD_CLASSES, ...REPLY_WORD_CLASSES },
    DRAFT_SIGNALS.flatMap((signal) => REPLY_PHRASES[signal].map((pattern) => ({ label: signal, pattern }))),
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

// Each kind of clinical content a draft may carry: its reason code and message. Each routes to a clinician.
const CLINICIAN_KINDS: Readonly<
  Record<Exclude<DraftSignal, 'detail'>, { readonly code: BoundariesReasonCode; readonly message: string }>
> = {
  advice: { code: 'boundaries.reply.clinical_advice', message: 'The draft reads as clinical advice.' },
  medication: {
    code: 'boundaries.reply.medication_guidance',
    message: 'The draft gives medication guidance.',
  },
  assessment: {
    code: 'boundaries.reply.diagnosis_or_assessment',
    message: 'The draft reads as an assessment or a diagnosis.',
  },
  interpretation: {
    code: 'boundaries.reply.score_interpretation',
    message: 'The draft interprets a score or a result.',
  },
  treatment: {
    code: 'boundaries.reply.treatment_recommendation',
    message: 'The draft recommends a treatment.',
  },
  emergency: {
    code: 'boundaries.reply.emergency_direction',
    message:
      'The draft directs the client to emergency care: send the crisis resources template and escalate.',
  },
};

/**
 * Checks an assistant's draft reply before it goes. Each kind of clinical content, read in English and
 * Spanish, is blocked with its own code and routed to a clinician: clinical advice, medication instructions
 * (take, skip, stop, double, more, less, with alcohol), diagnosing or labelling a person, interpreting a
 * score or a result (any screener, tests, labs), recommending a treatment, directing the client to emergency
 * care (crisis information goes by the crisis resources template), and crisis matters. Any draft on a channel
 * the client may not be reached on (not opted in, or a plain channel whose risk they did not accept) is blocked
 * with `boundaries.reply.channel_not_consented`, as a rendered template is refused: one check for all outgoing
 * text. Clinical detail on such a channel is blocked with its own code too: a condition, a medication, a
 * substance-use program or service (an opioid treatment program, detox, IOP, rehab, MAT, a recovery or twelve-step
 * meeting), a therapy that names a diagnosis (EMDR, DBT, CPT, ERP, ECT, TMS), or a sensitive test (HIV, STI,
 * pregnancy, a drug screen). Phrase tables, not judgement: a clean result means no listed phrase was found, not
 * that the reply is clinically sound.
 *
 * @param draft - the reply text
 * @param context - the channel and the client's consent for it
 * @throws {@link ValidationError} when the draft is not a string or is over {@link REPLY_DRAFT_MAX_CHARS}
 * @example
 * ```ts
 * evaluateReplyDraft('It sounds like you have depression; try breathing exercises.', {
 *   channel: 'portal',
 *   consent: { optedIn: true },
 * });
 * //=> { outcome: 'blocked', routeTo: 'clinician', reasons: [{ code: 'boundaries.reply.clinical_advice', … },
 * //     { code: 'boundaries.reply.diagnosis_or_assessment', … }, …] }
 * const sms = { channel: 'sms', consent: { optedIn: true, unsecuredRiskAcknowledged: true } } as const;
 * evaluateReplyDraft('Your appointment is on Tuesday at 3 pm.', sms).outcome; //=> 'approved'
 * evaluateReplyDraft('Your appointment is on Tuesday at 3 pm.', { channel: 'sms', consent: { optedIn: true } })
 *   .reasons[0]?.code; //=> 'boundaries.reply.channel_not_consented' (a plain channel, its risk not accepted)
 * evaluateReplyDraft('Your IOP session is Tuesday.', { channel: 'sms', consent: { optedIn: true } }).reasons
 *   .map((r) => r.code); //=> ['boundaries.reply.channel_not_consented',
 * //     'boundaries.reply.clinical_detail_on_unconsented_channel']
 * evaluateReplyDraft('Your results are normal.', { channel: 'portal', consent: { optedIn: true } }).reasons[0]?.code;
 * //=> 'boundaries.reply.score_interpretation'
 * evaluateReplyDraft('Deje de tomar la medicación.', { channel: 'portal', consent: { optedIn: true } }).routeTo;
 * //=> 'clinician'
 * ```
 * @remarks Staff may not give clinical advice, interpret, diagnose or recommend treatment or medication
 * [sources: tx-22-tac-465]. Crisis-line information (988, 911) goes by the crisis resources template with the
 * message escalated [sources: samhsa-988]. Clinical content only on a channel the client opted into and that is secure
 * or whose risk they accepted; reminders carry date, time and place only [sources: hhs-faq-email]. Being a
 * patient of a substance-use program is itself protected [sources: cfr-42-part-2].
 */
export function evaluateReplyDraft(draft: string, context: ReplyContextInput): ReplyCheckDecision {
  const [text, ctx] = validateArguments([
    ['draft', ReplyDraft, draft, 'reply draft'],
    ['context', ReplyContext, context, 'reply context'],
  ]);
  const { reasons: textReasons, routeTo } = replyTextReasons(text, ctx);
  // Anything at all goes only on a channel the client may be reached on, as a rendered template
  // (`boundaries.template.channel_not_consented`): one gate for all outgoing text [sources: hhs-faq-email].
  const reasons = mayReachClient(ctx) ? textReasons : [channelNotConsented(ctx), ...textReasons];
  if (isNonEmpty(reasons)) return { outcome: 'blocked', routeTo, reasons };
  return { outcome: 'approved', routeTo: null, reasons: [] };
}

// The channel reason of a draft: the client may not be reached on this channel at all. Not clinical content, so
// it routes the draft to no one: the reply goes on a channel the client consented to, or not at all.
function channelNotConsented(ctx: ReplyContext): Reason<BoundariesReasonCode> {
  return reason(
    'boundaries.reply.channel_not_consented',
    'error',
    'The client may not be reached on this channel: not opted in, or a plain channel whose risk they did not accept.',
    {
      channel: ctx.channel,
      optedIn: ctx.consent.optedIn,
      riskAcknowledged: ctx.consent.unsecuredRiskAcknowledged,
    },
  );
}

/**
 * The one check of any text that goes to a client, a draft or a rendered template (internal): clinical
 * advice, medication guidance, assessment, treatment recommendations, score interpretation, emergency direction
 * and crisis matters (routed to a clinician), and clinical detail on a channel the client has not consented to
 * for it.
 */
export function replyTextReasons(
  text: string,
  ctx: ReplyContext,
): { reasons: Reason<BoundariesReasonCode>[]; routeTo: PracticeRole | null } {
  const found = Object.fromEntries(DRAFT_SIGNALS.map((signal) => [signal, new Set<string>()])) as Record<
    DraftSignal,
    Set<string>
  >;
  const engine = replyEngine();
  // Facts list which table phrases matched (the tables' own text), never the draft's words.
  for (const hit of engine.matchText(engine.read(text, REPLY_DRAFT_MAX_CHARS)).hits) {
    found[hit.label as DraftSignal].add(hit.pattern);
  }
  const reasons: Reason<BoundariesReasonCode>[] = [];
  const clinician = (code: BoundariesReasonCode, message: string, signal: DraftSignal) =>
    reasons.push(reason(code, 'error', message, { phrases: [...found[signal]].sort() }));
  for (const signal of DRAFT_SIGNALS) {
    const kind = signal === 'detail' ? null : CLINICIAN_KINDS[signal];
    if (kind !== null && found[signal].size > 0) clinician(kind.code, kind.message, signal);
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
