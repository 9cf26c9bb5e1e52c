import * as z from 'zod';
import {
  Cents,
  type Decision,
  formatCents,
  Instant,
  isNonEmpty,
  LocalDate,
  LocalTime,
  Phone,
  type Reason,
  reason,
} from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import {
  mayCarryClinicalDetail,
  mayReachClient,
  ReplyChannel,
  ReplyContext,
  type ReplyContextInput,
} from './reply-channel.js';
import { replyTextReasons } from './reply-check.js';

/**
 * The type of value a placeholder takes; each is checked before it is put in a reply.
 *
 * @example
 * ```ts
 * PlaceholderType.parse('money_cents'); //=> 'money_cents'
 * ```
 * @remarks Money is integer cents and renders as `$1,234.56`.
 */
export const PlaceholderType = z.enum([
  'text',
  'client_name',
  'date',
  'time',
  'instant',
  'phone',
  'url',
  'money_cents',
]);
export type PlaceholderType = z.infer<typeof PlaceholderType>;

/**
 * One typed placeholder of a template; `clinical` marks one that reveals clinical detail.
 *
 * @example
 * ```ts
 * TemplatePlaceholder.parse({ type: 'date' }); //=> { type: 'date', clinical: false }
 * ```
 * @remarks A clinical placeholder goes only on a consented channel [sources: hhs-faq-email].
 */
export const TemplatePlaceholder = z
  .object({ type: PlaceholderType, clinical: z.boolean().default(false) })
  .strict();
export type TemplatePlaceholder = z.infer<typeof TemplatePlaceholder>;
/**
 * A {@link TemplatePlaceholder} as callers write it, before its defaults apply: `clinical` may be left out (`false`).
 *
 * @example
 * ```ts
 * const placeholder: TemplatePlaceholderInput = { type: 'date' };
 * ```
 */
export type TemplatePlaceholderInput = z.input<typeof TemplatePlaceholder>;

const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A placeholder written in a template body: its name, or null when the braces are not balanced. */
interface BodyScan {
  readonly names: readonly string[];
  readonly problems: readonly string[];
}

/**
 * Reads `{{name}}` placeholders in one pass (linear in the body): names in order, and every unbalanced or
 * malformed placeholder as a value-free problem message.
 */
function scanBody(body: string): BodyScan {
  const names: string[] = [];
  const problems: string[] = [];
  let open = -1;
  let i = 0;
  while (i < body.length) {
    const pair = body.charCodeAt(i) === 123 && body.charCodeAt(i + 1) === 123 ? '{{' : '';
    const close = body.charCodeAt(i) === 125 && body.charCodeAt(i + 1) === 125;
    if (pair === '{{') {
      if (open >= 0) problems.push('a placeholder is opened with {{ before the previous one is closed');
      open = i + 2;
      i += 2;
    } else if (close) {
      if (open < 0) problems.push('a }} closes no placeholder');
      else {
        const name = body.slice(open, i).trim();
        if (PLACEHOLDER_NAME.test(name)) names.push(name);
        else problems.push('a placeholder name must be a letter followed by letters, digits or _');
      }
      open = -1;
      i += 2;
    } else i += 1;
  }
  if (open >= 0) problems.push('a placeholder opened with {{ is never closed with }}');
  return { names, problems };
}

/**
 * A reply template the practice approved: fixed text with typed `{{placeholders}}`, the channels it may go
 * on, whether its fixed text is itself clinical, and whether it is safety resources (crisis lines, sent in
 * answer to a client's own message: fixed text only). Unbalanced braces, undeclared placeholders,
 * declared-but-unused ones and a safety template with placeholders are validation errors.
 *
 * @example
 * ```ts
 * ReplyTemplate.parse({ id: 'reminder', body: 'See you on {{date}}.', placeholders: { date: { type: 'date' } },
 *   channels: ['sms', 'portal'] }).placeholders;
 * //=> { date: { type: 'date', clinical: false } }
 * ```
 * @remarks Reminders carry date, time and place only [sources: cfr-45-164.506, hhs-faq-email].
 */
export const ReplyTemplate = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,63}$/, { message: 'must be a lower-case id of letters, digits or _' }),
    body: z.string().min(1).max(5000),
    placeholders: z.record(z.string().regex(PLACEHOLDER_NAME), TemplatePlaceholder).default({}),
    channels: z.array(ReplyChannel).min(1),
    /** The fixed text itself names clinical matters (a condition, a medication, a treatment). */
    clinicalText: z.boolean().default(false),
    /**
     * Safety resources (crisis lines) sent in answer to the client's own message, on the channel they wrote
     * on: no channel consent is asked and the reply check does not read it (its crisis words are its point).
     * Fixed text only: such a template may have no placeholders.
     */
    safetyResources: z.boolean().default(false),
  })
  .strict()
  .superRefine((template, ctx) => {
    if (template.safetyResources && Object.keys(template.placeholders).length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'a safety-resources template must be fixed text, with no placeholders',
        path: ['placeholders'],
        params: { code: 'boundaries.template.safety_template_with_placeholders' },
      });
    }
    const scan = scanBody(template.body);
    for (const message of scan.problems) {
      ctx.addIssue({
        code: 'custom',
        message,
        path: ['body'],
        params: { code: 'boundaries.template.unbalanced_placeholder' },
      });
    }
    const used = new Set(scan.names);
    for (const name of used) {
      if (!Object.hasOwn(template.placeholders, name)) {
        ctx.addIssue({
          code: 'custom',
          message: 'the body uses a placeholder the template does not declare',
          path: ['body'],
          params: { code: 'boundaries.template.undeclared_placeholder' },
        });
      }
    }
    for (const name of Object.keys(template.placeholders)) {
      if (!used.has(name)) {
        ctx.addIssue({
          code: 'custom',
          message: 'the placeholder is declared but the body never uses it',
          path: ['placeholders', name],
          params: { code: 'boundaries.template.unused_placeholder' },
        });
      }
    }
  });
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;
/** What callers pass for a {@link ReplyTemplate}. */
export type ReplyTemplateInput = z.input<typeof ReplyTemplate>;

/** Values for a template's placeholders, by name. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/** The result of rendering: the text, or `refused` with every problem and no text. */
export type TemplateRenderDecision = Decision<
  'rendered',
  'refused',
  BoundariesReasonCode,
  { readonly text: string | null }
>;

const SafeText = z
  .string()
  .min(1)
  .max(500)
  .refine((s) => !s.includes('{{') && !s.includes('}}'));
const HttpsUrl = z.url({ protocol: /^https$/ });

const VALUE_SCHEMAS: Readonly<Record<PlaceholderType, z.ZodType>> = {
  text: SafeText,
  client_name: SafeText.pipe(z.string().max(200)),
  date: LocalDate,
  time: LocalTime,
  instant: Instant,
  phone: Phone,
  url: HttpsUrl,
  money_cents: Cents,
};

function renderValue(type: PlaceholderType, value: string | number): string {
  return type === 'money_cents' ? formatCents(value as number) : String(value);
}

/**
 * Renders an approved template for a channel. Every problem is a reason and nothing is sent: a missing or
 * unknown value, a value of the wrong type, a channel the template is not approved for, a channel the
 * client may not be reached on (`boundaries.template.channel_not_consented`: not opted in, or a plain
 * channel whose risk they did not accept), or clinical detail on a channel the client has not consented to.
 * The rendered text then goes through the same check as an assistant's draft ({@link evaluateReplyDraft}):
 * a value that names a condition, a medication or a program (a location "Methadone Clinic") is clinical
 * detail, refused on an unconsented channel with the draft's reasons. A safety-resources template
 * (`safetyResources`, fixed text) goes on every channel it is approved for. Facts name placeholders, types
 * and the phrase tables' own entries, never values.
 *
 * @param template - the approved template
 * @param values - a value for each placeholder
 * @param context - the channel and the client's consent for it
 * @throws {@link ValidationError} when the template itself is invalid (e.g. unbalanced placeholders)
 * @example
 * ```ts
 * renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, { date: '2026-12-01', time: '15:00', location: 'Suite 200' },
 *   { channel: 'sms', consent: { optedIn: true, unsecuredRiskAcknowledged: true } });
 * //=> { outcome: 'rendered', text: 'Reminder: you have an appointment on 2026-12-01 at 15:00, Suite 200.', reasons: [] }
 * renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, { date: '2026-12-01', time: '15:00', location: 'Suite 200' },
 *   { channel: 'sms', consent: { optedIn: true } }).reasons[0].code;
 * //=> 'boundaries.template.channel_not_consented' (a plain channel, its risk not accepted)
 * renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, { date: '2026-12-01' }, { channel: 'portal' }).outcome;
 * //=> 'refused' (no consent, and missing time and location)
 * ```
 * @remarks A channel only when the client opted in and it is secure or its risk accepted; reminders carry
 * date, time and place only, and being a client of a substance-use program is itself protected
 * [sources: cfr-45-164.522, hhs-faq-email, cfr-45-164.506, cfr-42-part-2].
 */
export function renderReplyTemplate(
  template: ReplyTemplateInput,
  values: TemplateValues,
  context: ReplyContextInput,
): TemplateRenderDecision {
  const [t, given, ctx] = validateArguments([
    ['template', ReplyTemplate, template, 'reply template'],
    ['values', z.record(z.string(), z.union([z.string(), z.number()])), values, 'template values'],
    ['context', ReplyContext, context, 'reply context'],
  ]);
  const reasons: Reason<BoundariesReasonCode>[] = [];
  if (!t.channels.includes(ctx.channel)) {
    reasons.push(
      reason(
        'boundaries.template.channel_not_allowed',
        'error',
        'The template is not approved for this channel.',
        {
          templateId: t.id,
          channel: ctx.channel,
        },
      ),
    );
  }
  if (!t.safetyResources && !mayReachClient(ctx)) {
    // Anything at all goes to the client only on a channel they may be reached on [sources: hhs-faq-email].
    reasons.push(
      reason(
        'boundaries.template.channel_not_consented',
        'error',
        'The client may not be reached on this channel: not opted in, or a plain channel whose risk they did not accept.',
        {
          templateId: t.id,
          channel: ctx.channel,
          optedIn: ctx.consent.optedIn,
          riskAcknowledged: ctx.consent.unsecuredRiskAcknowledged,
        },
      ),
    );
  }
  const names = Object.keys(t.placeholders).sort();
  const clinicalPlaceholders = names.filter((name) => t.placeholders[name]?.clinical === true);
  if ((t.clinicalText || clinicalPlaceholders.length > 0) && !mayCarryClinicalDetail(ctx)) {
    reasons.push(
      reason(
        'boundaries.template.clinical_placeholder_on_channel',
        'error',
        'The template reveals clinical detail on a channel the client has not consented to for it.',
        { templateId: t.id, channel: ctx.channel, clinicalPlaceholders },
      ),
    );
  }
  let fillable = true;
  for (const name of names) {
    const spec = t.placeholders[name] as TemplatePlaceholder;
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined) {
      fillable = false;
      reasons.push(
        reason('boundaries.template.missing_value', 'error', 'A placeholder has no value.', {
          placeholder: name,
        }),
      );
    } else if (!VALUE_SCHEMAS[spec.type].safeParse(value).success) {
      fillable = false;
      reasons.push(
        reason('boundaries.template.invalid_value', 'error', 'A value does not match its placeholder type.', {
          placeholder: name,
          expected: spec.type,
        }),
      );
    }
  }
  for (const name of Object.keys(given).sort()) {
    if (!Object.hasOwn(t.placeholders, name)) {
      reasons.push(
        reason(
          'boundaries.template.unknown_value',
          'error',
          'A value was given for a placeholder the template lacks.',
          {
            placeholder: name,
          },
        ),
      );
    }
  }
  const text = fillable ? fill(t, given) : null;
  // The text as the client would read it goes through the draft check: one check for all outgoing text.
  if (text !== null && !t.safetyResources) reasons.push(...replyTextReasons(text, ctx).reasons);
  if (isNonEmpty(reasons)) return { outcome: 'refused', text: null, reasons };
  // No reasons means every value was there and valid, so the text was filled.
  return { outcome: 'rendered', text: text as string, reasons: [] };
}

function fill(template: ReplyTemplate, values: TemplateValues): string {
  let out = '';
  let i = 0;
  const body = template.body;
  while (i < body.length) {
    const start = body.indexOf('{{', i);
    if (start < 0) break;
    const end = body.indexOf('}}', start + 2);
    const name = body.slice(start + 2, end).trim();
    const spec = template.placeholders[name] as TemplatePlaceholder;
    out += body.slice(i, start) + renderValue(spec.type, values[name] as string | number);
    i = end + 2;
  }
  return out + body.slice(i);
}

/**
 * The crisis resources reply, paired with every crisis message by {@link triageMessage}: 911 for immediate
 * danger, 988 by call or text at any hour, and word that the on-call clinician has the message. It has no
 * placeholders, so it can always be sent, on any channel the client wrote on.
 *
 * @example
 * ```ts
 * renderReplyTemplate(CRISIS_RESOURCES_TEMPLATE, {}, { channel: 'sms' }).text?.includes('988'); //=> true
 * ```
 * @remarks 988 (call/text/chat, 24/7; veterans press 1) [sources: samhsa-988] and 911 for
 * imminent danger. Safety information, not clinical detail about the client, so it goes on every channel.
 */
export const CRISIS_RESOURCES_TEMPLATE: ReplyTemplate = Object.freeze<ReplyTemplate>({
  id: 'crisis_resources',
  body:
    'If you are in immediate danger, call 911 now. You can call or text 988, the Suicide & Crisis Lifeline, ' +
    'at any hour (veterans: press 1). We have passed your message to the clinician on call, who will contact you.',
  placeholders: {},
  channels: ['portal', 'secure_email', 'sms', 'email'],
  clinicalText: false,
  safetyResources: true,
});

/**
 * An appointment reminder with date, time and place only.
 *
 * @example
 * ```ts
 * APPOINTMENT_REMINDER_TEMPLATE.body; //=> 'Reminder: you have an appointment on {{date}} at {{time}}, {{location}}.'
 * ```
 * @remarks Reminders are treatment communications [sources: cfr-45-164.506]; keep them to date, time,
 * location.
 */
export const APPOINTMENT_REMINDER_TEMPLATE: ReplyTemplate = Object.freeze<ReplyTemplate>({
  id: 'appointment_reminder',
  body: 'Reminder: you have an appointment on {{date}} at {{time}}, {{location}}.',
  placeholders: {
    date: { type: 'date', clinical: false },
    time: { type: 'time', clinical: false },
    location: { type: 'text', clinical: false },
  },
  channels: ['portal', 'secure_email', 'sms', 'email'],
  clinicalText: false,
  safetyResources: false,
});

/**
 * A reminder to finish intake forms, with the date they are needed by and a secure (https) link.
 *
 * @example
 * ```ts
 * Object.keys(INTAKE_FORMS_REMINDER_TEMPLATE.placeholders); //=> ['date', 'link']
 * ```
 * @remarks Logistics only, so it may go on any channel [sources: hhs-faq-email].
 */
export const INTAKE_FORMS_REMINDER_TEMPLATE: ReplyTemplate = Object.freeze<ReplyTemplate>({
  id: 'intake_forms_reminder',
  body: 'Please complete your intake forms before {{date}}: {{link}}',
  placeholders: { date: { type: 'date', clinical: false }, link: { type: 'url', clinical: false } },
  channels: ['portal', 'secure_email', 'sms', 'email'],
  clinicalText: false,
  safetyResources: false,
});

/**
 * The built-in templates, in id order.
 *
 * @example
 * ```ts
 * DEFAULT_REPLY_TEMPLATES.map((t) => t.id); //=> ['appointment_reminder', 'crisis_resources', 'intake_forms_reminder']
 * ```
 * @remarks [sources: samhsa-988, hhs-faq-email]
 */
export const DEFAULT_REPLY_TEMPLATES: readonly ReplyTemplate[] = Object.freeze([
  APPOINTMENT_REMINDER_TEMPLATE,
  CRISIS_RESOURCES_TEMPLATE,
  INTAKE_FORMS_REMINDER_TEMPLATE,
]);
