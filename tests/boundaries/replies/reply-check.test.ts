import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReplyDraft, REPLY_DRAFT_MAX_CHARS } from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

const codes = (
  draft: string,
  channel: 'portal' | 'sms' | 'email' | 'secure_email' = 'portal',
  optedIn = true,
) => evaluateReplyDraft(draft, { channel, consent: { optedIn } }).reasons.map((r) => r.code);

describe('evaluateReplyDraft', () => {
  it('approves a logistics-only reply on SMS the client opted in to and whose risk they accepted', () => {
    expect(
      evaluateReplyDraft('Your appointment is on Tuesday at 3 pm at Suite 200.', {
        channel: 'sms',
        consent: { optedIn: true, unsecuredRiskAcknowledged: true },
      }),
    ).toEqual({
      outcome: 'approved',
      routeTo: null,
      reasons: [],
    });
  });

  it('blocks even a logistics-only reply on a channel the client may not be reached on, as a template is refused', () => {
    // Behaviour change (audit of 2026-12-06): the draft check and renderReplyTemplate answer to one gate.
    const draft = 'Your appointment is on Tuesday at 3 pm at Suite 200.';
    expect(evaluateReplyDraft(draft, { channel: 'sms' })).toEqual({
      outcome: 'blocked',
      routeTo: null,
      reasons: [
        {
          code: 'boundaries.reply.channel_not_consented',
          severity: 'error',
          message:
            'The client may not be reached on this channel: not opted in, or a plain channel whose risk they did not accept.',
          facts: { channel: 'sms', optedIn: false, riskAcknowledged: false },
        },
      ],
    });
    expect(codes(draft, 'sms', true)).toEqual(['boundaries.reply.channel_not_consented']);
    expect(codes(draft, 'portal', false)).toEqual(['boundaries.reply.channel_not_consented']);
    expect(codes(draft, 'portal', true)).toEqual([]);
  });

  it('blocks clinical advice and routes it to a clinician', () => {
    const decision = evaluateReplyDraft('I would recommend breathing exercises before bed.', {
      channel: 'portal',
      consent: { optedIn: true },
    });
    expect(decision).toMatchObject({ outcome: 'blocked', routeTo: 'clinician' });
    expect(decision.reasons[0]).toMatchObject({
      code: 'boundaries.reply.clinical_advice',
      severity: 'error',
    });
  });

  it('blocks medication guidance', () => {
    expect(codes('You can stop taking it if you feel better, just halve the dose.')).toEqual([
      'boundaries.reply.medication_guidance',
    ]);
  });

  it('blocks an assessment or diagnosis', () => {
    expect(codes('It sounds like you have depression, but that is normal.')).toEqual([
      'boundaries.reply.diagnosis_or_assessment',
    ]);
  });

  it('blocks a reply that discusses crisis matters and points to the crisis template', () => {
    expect(codes('If you want to kill yourself, call someone.')).toContain(
      'boundaries.reply.crisis_language_in_draft',
    );
  });

  it('blocks clinical detail on SMS the client has not consented to, even without advice', () => {
    expect(codes('Dr. Lee got your note about the Zoloft refill.', 'sms', true)).toEqual([
      'boundaries.reply.channel_not_consented',
      'boundaries.reply.clinical_detail_on_unconsented_channel',
    ]);
    expect(
      evaluateReplyDraft('Dr. Lee got your note about the Zoloft refill.', {
        channel: 'sms',
        consent: { optedIn: true, unsecuredRiskAcknowledged: true },
      }).outcome,
    ).toBe('approved');
    expect(codes('Dr. Lee got your note about the Zoloft refill.', 'portal', true)).toEqual([]);
    expect(codes('Dr. Lee got your note about the Zoloft refill.', 'secure_email', false)).toEqual([
      'boundaries.reply.channel_not_consented',
      'boundaries.reply.clinical_detail_on_unconsented_channel',
    ]);
  });

  it('lists table phrases in its facts, never the draft', () => {
    const decision = evaluateReplyDraft('Ms. Quuxley, try breathing slowly.', {
      channel: 'portal',
      consent: { optedIn: true },
    });
    expect(JSON.stringify(decision)).not.toContain('Quuxley');
    expect(decision.reasons[0]?.facts).toEqual({
      phrases: ['try ..1 breathing|journaling|meditating|meditation|yoga|grounding'],
    });
  });

  it('property: any draft with an advice phrase is blocked and routed to a clinician', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('I recommend', 'you should try', 'stop taking', 'sounds like you have'),
        fc.string(),
        (before, phrase, after) => {
          const decision = evaluateReplyDraft(
            `${before} ${phrase} ${after}`.slice(0, REPLY_DRAFT_MAX_CHARS),
            {
              channel: 'portal',
              consent: { optedIn: true },
            },
          );
          expect(decision.outcome).toBe('blocked');
          expect(decision.routeTo).toBe('clinician');
        },
      ),
    );
  });
});

describe('bad input', () => {
  it('rejects a draft that is not a string or too long, and an unknown channel', () => {
    expect(() => evaluateReplyDraft(42 as unknown as string, { channel: 'sms' })).toThrow(ValidationError);
    expect(() => evaluateReplyDraft('x'.repeat(REPLY_DRAFT_MAX_CHARS + 1), { channel: 'sms' })).toThrow(
      ValidationError,
    );
    expect(() => evaluateReplyDraft('hi', { channel: 'pigeon' } as unknown as { channel: 'sms' })).toThrow(
      /\$\.context\.channel/,
    );
  });

  it('lists a bad draft and a bad context together, each under its parameter name', () => {
    try {
      evaluateReplyDraft(42 as unknown as string, { channel: 'pigeon' } as unknown as { channel: 'sms' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$.draft', '$.context.channel']);
    }
  });
});
