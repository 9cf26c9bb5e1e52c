// The routing decision, message by message: every outcome and who reads it, every reason code with its
// facts, host signals that only raise, the long-message bound and a language triage does not read. Short
// messages and no corpus, so that a change to the decision (triage-decision.ts, message-triage.ts) is
// caught in seconds.
import { describe, expect, it } from 'vitest';
import {
  compileTriageRules,
  TRIAGE_MAX_CHARS,
  type TriageDecision,
  triageMessage,
} from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const codes = (d: TriageDecision) => d.reasons.map((r) => r.code);
const reasonOf = (d: TriageDecision, code: string) => d.reasons.find((r) => r.code === code);
const evidence = (d: TriageDecision) =>
  'accountedFor' in d ? d.accountedFor.map((e) => [e.sentence, e.accountedBy]) : null;

// A practice's own phrases, twelve of a kind, for the bound on the phrases a reason or evidence lists.
const SHADES = [
  'red',
  'blue',
  'green',
  'pink',
  'gold',
  'gray',
  'teal',
  'navy',
  'rose',
  'lime',
  'plum',
  'sand',
];
const practiceRules = compileTriageRules({
  phrases: SHADES.flatMap((shade) => [
    { category: 'billing', phrase: `${shade} invoice` },
    { category: 'active_ideation', phrase: `${shade} ending` },
    { category: 'medication', phrase: `${shade} tablet` },
  ]),
});

describe('triageMessage: a crisis', () => {
  it('sends crisis language to the on-call clinician now, with the crisis resources and what it found', () => {
    const d = triage('I want to die');
    expect(d).toMatchObject({
      outcome: 'crisis',
      routeTo: 'clinician',
      onCall: true,
      handling: 'escalate_now',
      priority: 0,
      language: 'en',
      replyTemplateId: 'crisis_resources',
      clinicalCategories: [],
      charactersRead: 13,
      complete: true,
    });
    expect(d.crisisCategories.length).toBeGreaterThan(0);
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({
      code: 'boundaries.triage.crisis_language',
      severity: 'error',
      message:
        'Crisis language: escalate to the on-call clinician now and send the crisis resources (988, 911).',
      facts: { categories: d.crisisCategories },
    });
  });

  it('reads a crisis the phrase tables miss through the risk reader: a commanding voice beside a request', () => {
    const d = triage(
      'hey the commanding voice is back. it wants me to drive into the median. also why did my copay go up',
    );
    expect(d).toMatchObject({ outcome: 'crisis', onCall: true });
    expect(d.crisisCategories).toContain('psychosis_command');
    expect(codes(d)).toEqual(['boundaries.triage.crisis_language']);
  });

  it('lists the crisis categories in order, each once, whatever order the message names them in', () => {
    const d = triage('I keep thinking about cutting myself. I want to die.');
    expect(d.outcome).toBe('crisis');
    expect(d.crisisCategories).toContain('self_harm');
    expect(d.crisisCategories).toEqual([...new Set(d.crisisCategories)].sort());
    expect(reasonOf(d, 'boundaries.triage.crisis_language')?.facts.categories).toEqual(d.crisisCategories);
  });

  it('names at most ten of the phrases it found, in order', () => {
    const d = triageMessage(`I bought the ${SHADES.map((s) => `${s} ending`).join(' and the ')}.`, {
      rules: practiceRules,
    });
    expect(d.outcome).toBe('crisis');
    const phrases = reasonOf(d, 'boundaries.triage.crisis_language')?.facts.phrases as string[];
    expect(phrases).toEqual(
      SHADES.map((s) => `${s} ending`)
        .sort()
        .slice(0, 10),
    );
  });

  it('keeps a message it could not read whole a crisis when what it read is one, and says so after', () => {
    const d = triage(`I want to die. ${'please confirm my appointment. '.repeat(40_000)}`);
    expect(d).toMatchObject({ outcome: 'crisis', complete: false, charactersRead: TRIAGE_MAX_CHARS });
    expect(codes(d)).toEqual(['boundaries.triage.crisis_language', 'boundaries.triage.unread_remainder']);
  });

  it('keeps a negated crisis a crisis beside means: a negation never lowers the risk', () => {
    // The negated "no tengo" reads the firearm, so the firearm on its own is not a crisis phrase here.
    for (const text of ["I don't have a gun", 'no tengo una pistola']) {
      const d = triage(text);
      expect(d, text).toMatchObject({
        outcome: 'crisis',
        onCall: true,
        replyTemplateId: 'crisis_resources',
        crisisCategories: [],
        clinicalCategories: ['negated_risk'],
      });
      expect(d.reasons, text).toEqual([
        {
          code: 'boundaries.triage.negated_crisis_with_means',
          severity: 'error',
          message:
            'A negated crisis statement next to means (a weapon, a blade, a rope): a negation never lowers the risk.',
          facts: { phrases: [expect.stringContaining('{firearm}')] },
        },
      ]);
    }
  });

  it('leaves means named in an everyday sense with staff when nothing is negated', () => {
    // "lake" is a height the risk reader knows: means, but no negated crisis beside them.
    const d = triage('We will be at the lake Thursday, can I move my appointment to Friday?');
    expect(d).toMatchObject({ outcome: 'scheduling', crisisCategories: [], clinicalCategories: [] });
  });
});

describe('triageMessage: urgent distress the risk reader infers', () => {
  it('sends it on call in a message a clinician reads, after the reasons a clinician reads it for', () => {
    const d = triageMessage('I need help now. Can I reschedule?', {
      rules,
      signals: [{ source: 'model', level: 'clinical', category: 'symptoms' }],
    });
    expect(d).toMatchObject({
      outcome: 'crisis',
      routeTo: 'clinician',
      onCall: true,
      handling: 'escalate_now',
      priority: 0,
      replyTemplateId: 'crisis_resources',
      crisisCategories: ['urgent_distress'],
      clinicalCategories: ['symptoms'],
    });
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.crisis_language',
        severity: 'error',
        message:
          'Urgent distress in a message a clinician reads: escalate to the on-call clinician now and send the crisis resources (988, 911).',
        facts: { categories: ['urgent_distress'], phrases: ['help+urgency'] },
      },
      {
        code: 'boundaries.triage.unaccounted_sentence',
        severity: 'warning',
        message:
          'Some of the message is not accounted for by administrative language; a clinician reads it rather than staff.',
        facts: { sentences: [0] },
      },
      {
        code: 'boundaries.triage.host_signal',
        severity: 'warning',
        message: "The host's assessment from model raises the message to clinical.",
        facts: { source: 'model', level: 'clinical', category: 'symptoms' },
      },
    ]);
  });

  it('leaves it with staff in an administrative request: "I need help logging into the portal"', () => {
    const d = triage('I need help logging into the portal');
    expect(d).toMatchObject({ outcome: 'paperwork', onCall: false, crisisCategories: [] });
    expect(codes(d)).toEqual(['boundaries.triage.administrative_request']);
  });
});

describe('triageMessage: host signals raise, never lower', () => {
  const request = 'Can I reschedule to 3pm?';

  it('raises a request to a crisis on a host’s crisis signal, naming the source and its category', () => {
    const d = triageMessage(request, {
      rules,
      signals: [{ source: 'moderation service', level: 'crisis', category: 'self_harm' }],
    });
    expect(d).toMatchObject({ outcome: 'crisis', onCall: true, crisisCategories: ['self_harm'] });
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.host_signal',
        severity: 'error',
        message: "The host's assessment from moderation service raises the message to crisis.",
        facts: { source: 'moderation service', level: 'crisis', category: 'self_harm' },
      },
    ]);
  });

  it('counts a crisis signal’s category only when it is a crisis category, and none when it names none', () => {
    const d = triageMessage(request, {
      rules,
      signals: [
        { source: 'model', level: 'crisis', category: 'medication' },
        { source: 'flag', level: 'crisis' },
      ],
    });
    expect(d).toMatchObject({ outcome: 'crisis', crisisCategories: [], clinicalCategories: [] });
    expect(d.reasons.map((r) => r.facts)).toEqual([
      { source: 'model', level: 'crisis', category: 'medication' },
      { source: 'flag', level: 'crisis', category: null },
    ]);
  });

  it('raises a request to a clinician on a clinical signal, with its clinical category only', () => {
    const d = triageMessage(request, {
      rules,
      signals: [
        { source: 'model', level: 'clinical', category: 'medication' },
        { source: 'flag', level: 'clinical', category: 'self_harm' },
        { source: 'filter', level: 'none' },
      ],
    });
    expect(d).toMatchObject({
      outcome: 'clinical',
      routeTo: 'clinician',
      onCall: false,
      handling: 'queue',
      priority: 1,
      crisisCategories: [],
      clinicalCategories: ['medication'],
      replyTemplateId: null,
    });
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.host_signal',
        severity: 'warning',
        message: "The host's assessment from model raises the message to clinical.",
        facts: { source: 'model', level: 'clinical', category: 'medication' },
      },
      {
        code: 'boundaries.triage.host_signal',
        severity: 'warning',
        message: "The host's assessment from flag raises the message to clinical.",
        facts: { source: 'flag', level: 'clinical', category: 'self_harm' },
      },
    ]);
  });

  it('leaves a request with staff on a signal of no risk, and a crisis a crisis on a clinical signal', () => {
    expect(triageMessage(request, { rules, signals: [{ source: 'filter', level: 'none' }] }).outcome).toBe(
      'scheduling',
    );
    const d = triageMessage('I want to die', { rules, signals: [{ source: 'model', level: 'clinical' }] });
    expect(d.outcome).toBe('crisis');
    expect(codes(d)).toEqual(['boundaries.triage.crisis_language']);
  });
});

describe('triageMessage: a clinician', () => {
  it('sends a negated crisis mention to a clinician, never to staff, naming the negated risk', () => {
    const d = triage("I'm not going to hurt myself. Can I reschedule?");
    expect(d).toMatchObject({
      outcome: 'clinical',
      routeTo: 'clinician',
      onCall: false,
      handling: 'queue',
      priority: 1,
      crisisCategories: [],
      clinicalCategories: ['negated_risk'],
      replyTemplateId: null,
    });
    expect(reasonOf(d, 'boundaries.triage.negated_crisis_mention')).toMatchObject({
      severity: 'warning',
      message: 'Crisis language under a negation; a clinician reads it rather than staff.',
    });
    expect(codes(d)[0]).toBe('boundaries.triage.negated_crisis_mention');
  });

  it('names at most ten negated phrases and ten sentences nothing accounts for', () => {
    const d = triageMessage(`${SHADES.map((s) => `I am not planning the ${s} ending`).join('. ')}.`, {
      rules: practiceRules,
    });
    expect(d.outcome).toBe('clinical');
    expect(reasonOf(d, 'boundaries.triage.negated_crisis_mention')?.facts.phrases).toHaveLength(10);
    expect(reasonOf(d, 'boundaries.triage.unaccounted_sentence')?.facts.sentences).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('sends clinical language to a clinician, with its categories and phrases, before the sentences it leaves', () => {
    const d = triage('My new meds make me dizzy. Can I reschedule?');
    expect(d).toMatchObject({ outcome: 'clinical', clinicalCategories: ['medication'] });
    expect(codes(d)).toEqual([
      'boundaries.triage.clinical_language',
      'boundaries.triage.unaccounted_sentence',
    ]);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      message: 'The message raises a clinical matter.',
      facts: { categories: ['medication'] },
    });
    expect(d.reasons[1]).toMatchObject({
      severity: 'warning',
      message:
        'Some of the message is not accounted for by administrative language; a clinician reads it rather than staff.',
      facts: { sentences: [0] },
    });
  });

  it('names at most ten clinical phrases', () => {
    const d = triageMessage(`I took the ${SHADES.map((s) => `${s} tablet`).join(' and the ')}.`, {
      rules: practiceRules,
    });
    expect(reasonOf(d, 'boundaries.triage.clinical_language')?.facts.phrases).toHaveLength(10);
  });

  it('sends a message that asks nothing administrative to a clinician, and says only that', () => {
    for (const text of ['', 'my son has a soccer game', 'Thanks! My son has a soccer game.']) {
      const d = triage(text);
      expect(d.outcome, text).toBe('clinical');
      expect(d.reasons, text).toEqual([
        {
          code: 'boundaries.triage.no_administrative_request',
          severity: 'warning',
          message: 'The message asks nothing administrative; a clinician reads it rather than staff.',
          facts: {},
        },
      ]);
    }
  });

  it('gives a message too long to read whole to a clinician, saying how much it read, and only that', () => {
    // Whole sentences of everyday words up to the bound (32 characters each), and more past it.
    const sentence = 'My son has a soccer game today. ';
    const text = sentence.repeat(TRIAGE_MAX_CHARS / sentence.length + 100);
    const d = triage(text);
    expect(d).toMatchObject({ outcome: 'clinical', complete: false, charactersRead: TRIAGE_MAX_CHARS });
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.unread_remainder',
        severity: 'warning',
        message: 'The message is longer than triage reads; a clinician reads it.',
        facts: { length: text.length, charactersRead: TRIAGE_MAX_CHARS },
      },
    ]);
    expect(triage(sentence.repeat(TRIAGE_MAX_CHARS / sentence.length)).complete).toBe(true);
  });

  it('gives a message mostly in a language it does not read to a clinician, counting the words', () => {
    const d = triage('thanks zzyzx qqqw');
    expect(d).toMatchObject({ outcome: 'clinical', language: 'unknown' });
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.unknown_language',
        severity: 'warning',
        message:
          'Most of the message is in a language triage does not read (it reads English and Spanish); a clinician reads it.',
        facts: { words: 3, knownWords: 1 },
      },
    ]);
  });

  it('reads a message whose words are half known, and says nothing of a language in an empty one', () => {
    expect(triage('thanks zzyzx').language).toBe('en');
    expect(triage('').language).toBe('unknown');
    expect(triage('Hola, gracias').language).toBe('es');
  });

  it('gives what is not text to a clinician, having read nothing', () => {
    expect(triageMessage(42, { rules })).toEqual({
      outcome: 'clinical',
      routeTo: 'clinician',
      onCall: false,
      handling: 'queue',
      priority: 1,
      language: 'unknown',
      crisisCategories: [],
      clinicalCategories: [],
      replyTemplateId: null,
      charactersRead: 0,
      complete: true,
      reasons: [
        {
          code: 'boundaries.triage.not_text',
          severity: 'warning',
          message: 'The message is not text; a clinician reads it.',
          facts: {},
        },
      ],
    });
  });
});

describe('triageMessage: staff', () => {
  it('gives a request staff may answer to its role, with the evidence for every sentence', () => {
    const d = triage('Hi! Why was I charged twice this month? Thanks, Ana');
    expect(d).toMatchObject({
      outcome: 'billing',
      routeTo: 'biller',
      onCall: false,
      handling: 'queue',
      priority: 2,
      language: 'en',
      crisisCategories: [],
      clinicalCategories: [],
      replyTemplateId: null,
      complete: true,
    });
    expect(evidence(d)).toEqual([
      [0, 'courtesy'],
      [1, 'billing'],
      [2, 'courtesy'],
    ]);
    expect(d.reasons).toEqual([
      {
        code: 'boundaries.triage.administrative_request',
        severity: 'info',
        message: 'An administrative request (billing); every sentence is accounted for.',
        facts: { triageClass: 'billing', sentences: 3 },
      },
    ]);
    expect(triage('Can you resend the intake forms?')).toMatchObject({
      outcome: 'paperwork',
      routeTo: 'assistant',
    });
  });

  it('gives courtesy alone to staff as a general message', () => {
    const d = triage('Thanks so much!');
    expect(d).toMatchObject({ outcome: 'general', routeTo: 'assistant', priority: 2 });
    expect(evidence(d)).toEqual([[0, 'courtesy']]);
    expect('accountedFor' in d && d.accountedFor[0].phrases).toEqual([]);
  });

  it('leaves everyday words beside a request with staff, saying what accounts for them', () => {
    const d = triage('Can I reschedule? My son has a soccer game.');
    expect(d.outcome).toBe('scheduling');
    expect(evidence(d)).toEqual([
      [0, 'scheduling'],
      [1, 'everyday_words'],
    ]);
  });

  it('gives the message to the request asked most: two questions about the office before one about the appointment', () => {
    const d = triage('Is the office open on the holiday? Where do I park? Is my appointment confirmed?');
    expect(d.outcome).toBe('general');
    expect(evidence(d)).toEqual([
      [0, 'general'],
      [1, 'general'],
      [2, 'scheduling'],
    ]);
  });

  it('gives a tie between a billing and a scheduling request to billing, the more specific', () => {
    const d = triage('What is my copay for the appointment?');
    expect(d.outcome).toBe('billing');
    expect(evidence(d)).toEqual([[0, 'billing']]);
  });

  it('lists the table phrases that account for a sentence, sorted, each once, at most ten', () => {
    const d = triageMessage(`Can I get the ${SHADES.map((s) => `${s} invoice`).join(' and the ')}?`, {
      rules: practiceRules,
    });
    expect(d.outcome).toBe('billing');
    const phrases = 'accountedFor' in d ? d.accountedFor[0].phrases : [];
    expect(phrases).toHaveLength(10);
    expect(phrases).toEqual([...new Set(phrases)].sort());
  });
});

describe('triageMessage: options', () => {
  it('takes compiled rules alone without checking them again, and checks anything more', () => {
    expect(triageMessage('Can I reschedule to 3pm?', { rules }).outcome).toBe('scheduling');
    expect(triageMessage('Can I reschedule to 3pm?', {}).outcome).toBe('scheduling');
    expect(triageMessage('Can I reschedule to 3pm?').outcome).toBe('scheduling');
    const invalid = [
      null,
      () => ({ rules }),
      { rules: {} },
      { signals: [{ source: '', level: 'crisis' }] },
      { rules, signals: [{ source: '', level: 'crisis' }] },
      { rules, extra: true },
    ];
    for (const options of invalid) {
      let subject: string | undefined;
      try {
        triageMessage('hi', options as never);
      } catch (error) {
        subject = error instanceof ValidationError ? error.subject : 'not a ValidationError';
      }
      expect(subject, JSON.stringify(options)).toBe('triage options');
    }
  });
});
