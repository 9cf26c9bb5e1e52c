import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AdministrativeTriageDecision,
  CRISIS_RESOURCES_TEMPLATE,
  CRISIS_RESOURCES_TEMPLATE_ID,
  compileTriageRules,
  type SentenceEvidence,
  TRIAGE_CLASS_PRIORITY,
  TRIAGE_MAX_CHARS,
  type TriageDecision,
  triageMessage,
} from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

interface CorpusMessage {
  readonly id: string;
  readonly text: string;
  readonly label: 'crisis' | 'clinical' | 'admin';
  readonly category: string;
  readonly language: 'en' | 'es';
}

const tuning: readonly CorpusMessage[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../corpus/tuning.json'), 'utf8'),
).messages;
const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
// Each text goes to a clinician as a letter or form that needs clinical judgement.
const expectClinicalLetter = (texts: readonly string[]) => {
  for (const text of texts) {
    const decision = triage(text);
    expect(decision.routeTo, text).toBe('clinician');
    expect(decision.clinicalCategories, text).toContain('letters_forms_clinical');
  }
};
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
// The properties compose messages triage reads right on their own: what they test is the composing.
const readAs = (label: CorpusMessage['label'], right: (d: TriageDecision) => boolean) =>
  tuning.filter((m) => m.label === label && right(triage(m.text))).map((m) => m.text);
const CRISIS = readAs('crisis', (d) => d.outcome === 'crisis');
const CLINICAL = readAs('clinical', (d) => !isStaff(d));
const ADMIN = readAs('admin', isStaff);

describe('triageMessage', () => {
  it('escalates crisis language at once to the on-call clinician with the crisis resources', () => {
    const decision = triage('Can we move Thursday to Friday? Also I keep thinking about killing myself.');
    expect(decision).toMatchObject({
      outcome: 'crisis',
      routeTo: 'clinician',
      onCall: true,
      handling: 'escalate_now',
      priority: 0,
      crisisCategories: ['active_ideation'],
      replyTemplateId: 'crisis_resources',
      language: 'en',
      complete: true,
    });
    expect(decision.reasons[0]).toMatchObject({
      code: 'boundaries.triage.crisis_language',
      severity: 'error',
    });
    expect(CRISIS_RESOURCES_TEMPLATE.id).toBe(CRISIS_RESOURCES_TEMPLATE_ID);
  });

  it('finds crisis language in every category, indirect and in the past tense', () => {
    const examples: [string, string][] = [
      ['i wish i could go to sleep and never wake up', 'passive_ideation'],
      ['everyone would be better off without me', 'passive_ideation'],
      ['been having thoughts of ending my life', 'active_ideation'],
      ['kms tbh', 'active_ideation'],
      ['I have enough pills saved to do it', 'method_means'],
      ['sitting in the garage with the engine running', 'method_means'],
      ['standing on the roof of my building', 'method_means'],
      ['I have a plan and a date', 'plan_intent'],
      ['I gave my cat away and wrote letters to my kids', 'preparatory_acts'],
      ['I took a whole bottle of advil an hour ago', 'ingestion_overdose'],
      ['I relapsed and cut my arms last night', 'self_harm'],
      ['the voices are telling me to hurt my mom', 'psychosis_command'],
      ['I am going to stab my coworker tomorrow', 'harm_to_others'],
      ['my 13 year old says her uncle touches her', 'child_safety'],
      ['he took my keys and broke my phone so I cannot leave', 'intimate_partner_violence'],
      ['someone drugged me at the bar and I woke up naked', 'sexual_assault'],
      ['crushing chest pain after snorting coke', 'medical_emergency'],
      ['quit drinking yesterday and now I am shaking and seeing things', 'medical_emergency'],
    ];
    for (const [text, category] of examples) {
      const decision = triage(text);
      expect(decision.outcome, text).toBe('crisis');
      expect(decision.crisisCategories, text).toContain(category);
    }
  });

  it('reads Spanish, and names the language it read', () => {
    const decision = triage('Necesito cambiar mi cita. Ya no quiero vivir.');
    expect(decision).toMatchObject({ outcome: 'crisis', language: 'es' });
    expect(triage('¿Puedo cambiar mi cita del martes para el jueves?')).toMatchObject({
      outcome: 'scheduling',
      routeTo: 'assistant',
      language: 'es',
    });
  });

  it('sends a message in a language it does not read to a clinician, and says why', () => {
    const decision = triage('Bonjour, je voudrais annuler mon rendez-vous de demain matin');
    expect(decision).toMatchObject({ outcome: 'clinical', language: 'unknown', routeTo: 'clinician' });
    expect(decision.reasons.map((r) => r.code)).toContain('boundaries.triage.unknown_language');
  });

  it('never lets an administrative request lower a crisis: the request waits', () => {
    for (const text of [
      'Need to reschedule, also I took all my pills an hour ago',
      'How much is the no-show fee? I dont plan on being alive by then',
      'Can you resend the forms? he choked me again last night',
    ]) {
      expect(triage(text).outcome, text).toBe('crisis');
    }
  });

  it('never lets a negation lower a risk below a clinician, and never next to means', () => {
    expect(triage("I'm not suicidal, just want to talk about my week").outcome).toBe('clinical');
    expect(triage("I'm not going to do anything dumb, but I have the pills saved").outcome).toBe('crisis');
    expect(triage("I won't kill myself, the gun is locked in the closet").outcome).toBe('crisis');
    const decision = triage("I'm not going to hurt myself. Can I reschedule?");
    expect(decision.outcome).toBe('clinical');
    expect(decision.reasons.map((r) => r.code)).toContain('boundaries.triage.negated_crisis_mention');
    expect(decision.clinicalCategories).toContain('negated_risk');
  });

  it('keeps doubt a crisis: a doubt before a negation undoes it', () => {
    for (const text of ["I'm not sure I won't kill myself", "I don't know why I want to die"]) {
      expect(triage(text).outcome, text).toBe('crisis');
    }
  });

  it('does not let a negation reach into another clause or sentence', () => {
    expect(triage("I'm not suicidal. I want to die.").outcome).toBe('crisis');
    expect(triage("I'm not okay, I want to die").outcome).toBe('crisis');
  });

  it('reads misspellings, leetspeak, spelled-out letters, stretched letters and inflections', () => {
    for (const text of [
      'thinking about sucide',
      'su1c1de',
      's u i c i d e',
      'killll myself',
      'suicdial',
      'overdosing',
    ]) {
      expect(triage(text).outcome, text).toBe('crisis');
    }
  });

  it('leaves ordinary senses of alarming words with staff', () => {
    for (const [text, outcome] of [
      ['this copay is killing me, is there a sliding scale?', 'billing'],
      ['my phone died, can you resend the appointment reminder?', 'scheduling'],
      ['can you shoot me the link for the session?', 'scheduling'],
      ['I had my flu shot, can I still come to my appointment?', 'scheduling'],
    ] as const) {
      expect(triage(text).outcome, text).toBe(outcome);
    }
  });

  it('still reads a crisis next to an ordinary sense', () => {
    expect(triage('my phone died and honestly I want to die').outcome).toBe('crisis');
  });

  it('never lets an ordinary sense in one part of a sentence hide a crisis in another', () => {
    // An ordinary sense ("doesn't work anymore", "won't be here, on vacation") explains words within its own
    // clause; a request elsewhere in the sentence never turns a risk statement into logistics.
    for (const text of [
      "I just don't want to be here anymore, can I reschedule",
      "I just don't want to be here anymore, I got a bill for a session I cancelled with 3 days notice",
      'I got a bill for a session I cancelled with 3 days notice, I just dont want to be here anymore',
      "I won't be around much longer, please take me out of the schedule",
      "i wont be here after friday, cancel my appointments and my insurance plan doesn't matter",
    ]) {
      expect(triage(text).outcome, text).toBe('crisis');
    }
    expect(triage("Thursday at 3 doesn't work anymore, can we reschedule?").outcome).not.toBe('crisis');
  });

  it('routes billing to the biller and paperwork to the assistant, with the evidence for every sentence', () => {
    const billing = triage('Hi! Why was I charged twice this month? Thanks, Ana');
    expect(billing).toMatchObject({
      outcome: 'billing',
      routeTo: 'biller',
      onCall: false,
      handling: 'queue',
    });
    if (billing.outcome === 'crisis' || billing.outcome === 'clinical') throw new Error('not administrative');
    expect(billing.accountedFor.map((e) => [e.sentence, e.accountedBy])).toEqual([
      [0, 'courtesy'],
      [1, 'billing'],
      [2, 'courtesy'],
    ]);
    expect(triage('Can you resend the intake forms?')).toMatchObject({
      outcome: 'paperwork',
      routeTo: 'assistant',
    });
  });

  it('sends a sentence nothing accounts for to a clinician, not to staff', () => {
    const decision = triage('Can I move my appointment to Friday? Everything feels like too much lately.');
    expect(decision).toMatchObject({ outcome: 'clinical', routeTo: 'clinician', onCall: false });
    expect(decision.reasons.map((r) => r.code)).toContain('boundaries.triage.unaccounted_sentence');
  });

  it("sends a school's or a doctor's request for the clinician's view on what the client needs to the clinician (lead, 2026-12-06, from an unseen set)", () => {
    expectClinicalLetter([
      "Hello, this is the school counselor at Westfield Middle. With the parent's signed release, we'd like the therapist's input on whether Mason (7th grade) would benefit from a shortened school day for the next month. Please call me at your convenience.",
      "We'd like the psychiatrist's recommendation on whether she can return to work full time.",
      'Could we get the input of her therapist on whether a lighter course load would help?',
    ]);
    // The same words asking for the desk's help stay the desk's.
    for (const text of [
      'can the therapist give me a call back about the bill',
      'Thanks for your input on the payment plan, I will pay the rest on Friday.',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });

  it('sends the forms of disability benefits to the clinician who must fill them, not to staff', () => {
    expectClinicalLetter([
      'Social Security wants a medical source statement for my SSDI claim, can my therapist do that?',
      'Can someone fill out the SSI questionnaire from my caseworker?',
      'My lawyer sent a residual functional capacity form for Dr. Lee.',
    ]);
  });

  it('sends a message that asks nothing administrative to a clinician', () => {
    for (const text of ['', '🙏', 'my son has a soccer game']) {
      const decision = triage(text);
      expect(decision.outcome, text).toBe('clinical');
      expect(
        decision.reasons.map((r) => r.code),
        text,
      ).toContain('boundaries.triage.no_administrative_request');
    }
  });

  it('sends something that is not text to a clinician instead of throwing', () => {
    for (const value of [null, undefined, 42, { text: 'hi' }, ['a']]) {
      const decision = triageMessage(value, { rules });
      expect(decision.outcome).toBe('clinical');
      expect(decision.reasons[0]?.code).toBe('boundaries.triage.not_text');
    }
  });

  it('never echoes the message in its decision, only table phrases', () => {
    for (const text of [
      'My name is Zebediah Quux and I want to die',
      'Zebediah Quux here, can I reschedule?',
    ]) {
      expect(JSON.stringify(triage(text))).not.toContain('zebediah');
      expect(JSON.stringify(triage(text))).not.toContain('Zebediah');
    }
  });

  it('reads crisis language anywhere in a long message, and sends one too long to read whole to a clinician', () => {
    const padding = 'please confirm my appointment. '.repeat(20_000);
    expect(triage(`${padding} I want to end my life`).outcome).toBe('crisis');
    const tooLong = triage('x'.repeat(TRIAGE_MAX_CHARS + 10));
    expect(tooLong).toMatchObject({ outcome: 'clinical', complete: false, charactersRead: TRIAGE_MAX_CHARS });
    expect(tooLong.reasons.map((r) => r.code)).toContain('boundaries.triage.unread_remainder');
    const lastWords = triage(`${'please confirm my appointment. '.repeat(40_000)} I want to die`);
    expect(lastWords).toMatchObject({ outcome: 'clinical', complete: false });
  });

  it('lets a host classifier raise the outcome, never lower it, and says which source decided', () => {
    const raised = triageMessage('Can I reschedule to 3pm?', {
      rules,
      signals: [{ source: 'moderation service', level: 'crisis', category: 'self_harm' }],
    });
    expect(raised).toMatchObject({ outcome: 'crisis', onCall: true, crisisCategories: ['self_harm'] });
    expect(raised.reasons.map((r) => [r.code, r.facts.source])).toEqual([
      ['boundaries.triage.host_signal', 'moderation service'],
    ]);
    const clinical = triageMessage('Can I reschedule to 3pm?', {
      signals: [{ source: 'clinician flag', level: 'clinical' }],
    });
    expect(clinical.outcome).toBe('clinical');
    const notLowered = triageMessage('I want to die', { signals: [{ source: 'model', level: 'none' }] });
    expect(notLowered.outcome).toBe('crisis');
    expect(notLowered.reasons.map((r) => r.code)).toEqual(['boundaries.triage.crisis_language']);
  });

  it('rejects options that are not compiled rules and valid signals', () => {
    expect(() => triageMessage('hi', { rules: {} as never })).toThrow(ValidationError);
    expect(() => triageMessage('hi', { signals: [{ source: '', level: 'crisis' }] })).toThrow(
      ValidationError,
    );
    expect(() => triageMessage('hi', { signals: [{ source: 'x', level: 'maybe' as never }] })).toThrow(
      /\$\.signals\[0\]\.level/,
    );
  });

  it('puts crisis first, clinical next, administrative last', () => {
    expect(TRIAGE_CLASS_PRIORITY).toEqual({
      crisis: 0,
      clinical: 1,
      scheduling: 2,
      billing: 2,
      paperwork: 2,
      general: 2,
    });
  });

  it('makes the evidence part of the administrative outcome’s type', () => {
    expectTypeOf<AdministrativeTriageDecision['accountedFor']>().toEqualTypeOf<
      readonly [SentenceEvidence, ...SentenceEvidence[]]
    >();
    expectTypeOf<TriageDecision>().toHaveProperty('reasons');
  });
});

// Separators that keep two messages apart: a new sentence or clause (a negation or an ordinary sense never
// reaches across them).
// The crises of every tuning set (the sets read by kind, `tuning-fresh-*.json`, besides tuning.json) that triage
// sends on call on their own (a few are crises only as replies: "yes. tonight too").
const EVERY_SET_CRISIS: readonly string[] = readdirSync(join(import.meta.dirname, '../corpus'))
  .filter((file) => file.startsWith('tuning') && file.endsWith('.json'))
  .flatMap(
    (file) =>
      (
        JSON.parse(readFileSync(join(import.meta.dirname, '../corpus', file), 'utf8')) as {
          messages: CorpusMessage[];
        }
      ).messages,
  )
  .filter((m) => m.label === 'crisis' && triage(m.text).outcome === 'crisis')
  .map((m) => m.text);
const SEPARATORS = ['. ', '! ', '? ', '\n', ', ', '; ', ' — ', ': ', '.\n\n', ' ', ' and ', ' lol ', ' btw '];

describe('triageMessage properties', () => {
  it('property: prepending or appending any administrative message to a crisis message yields crisis', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS),
        fc.constantFrom(...ADMIN),
        fc.constantFrom(...SEPARATORS),
        fc.boolean(),
        (crisis, admin, separator, before) => {
          const text = before ? `${admin}${separator}${crisis}` : `${crisis}${separator}${admin}`;
          expect(triage(text).outcome).toBe('crisis');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a crisis of any tuning set run on into a request (no stop between them) never reaches staff', () => {
    // Every set's crises, not only tuning.json's: a request in the same sentence once accounted for a statement
    // the risk reader read only in a sentence of its own ("i dont plan on being 16 for long can i move thursday").
    fc.assert(
      fc.property(
        fc.constantFrom(...EVERY_SET_CRISIS),
        fc.constantFrom(...ADMIN),
        fc.constantFrom(' ', ', ', ' and ', ' lol ', ' anyway '),
        fc.boolean(),
        (crisis, admin, separator, before) => {
          const bare = crisis.replace(/[.!?\s]+$/u, '');
          const text = before
            ? `${admin.replace(/[.!?\s]+$/u, '')}${separator}${bare}`
            : `${bare}${separator}${admin}`;
          expect(isStaff(triage(text)), text).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: adding text (a sentence or clause of anything) never moves crisis or clinical to staff', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS, ...CLINICAL),
        fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...ADMIN)),
        fc.constantFrom(...SEPARATORS),
        fc.boolean(),
        (message, added, separator, before) => {
          const text = before ? `${added}${separator}${message}` : `${message}${separator}${added}`;
          expect(isStaff(triage(text))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: case, sentence punctuation, emoji and whitespace do not change the outcome', () => {
    // Decoration only: an emoji that stands for a thing of risk (💊, 🔫, 🌉) is read as its word (below).
    const emoji = ['😢', '🙏', '❤️', '😂', '👍🏽', '✨', '💀', '🥲'];
    fc.assert(
      fc.property(
        fc.constantFrom(...tuning.map((m) => m.text)),
        fc.infiniteStream(fc.nat()),
        (text, choices) => {
          const pick = <T>(list: readonly T[]) => list[choices.next().value % list.length] as T;
          const changed = text
            .split('')
            .map((c) => (pick([0, 1]) === 1 ? c.toUpperCase() : c.toLowerCase()))
            .join('')
            .replace(/[?!]+/g, () => pick(['?', '??', '!', '?!', '!!!']))
            .replace(/ /g, () => pick([' ', '  ', '\t', ` ${pick(emoji)} `, ' ']))
            .concat(pick(['', ' ', '!', ' 🙂', '?']));
          expect(triage(changed).outcome).toBe(triage(text).outcome);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: an emoji that stands for a thing of risk is read as its word', () => {
    const words: Readonly<Record<string, string>> = {
      '💊': 'pills',
      '🔫': 'gun',
      '🌉': 'bridge',
      '🔪': 'knife',
      '🪢': 'rope',
      '🚆': 'train',
      '🪦': 'dead',
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(words)),
        fc.constantFrom('i keep staring at the', 'got the', 'thinking about the', 'i want to be', 'me +'),
        fc.constantFrom('', ' tonight', ' lol', '. can I move friday?'),
        (emoji, before, after) => {
          const withEmoji = `${before} ${emoji}${after}`;
          const withWord = `${before} ${words[emoji] as string}${after}`;
          expect(triage(withEmoji).outcome, withEmoji).toBe(triage(withWord).outcome);
        },
      ),
    );
    for (const text of ['me + 🌉 tonight', 'i want to 🪦', 'thinking about 🔫 🧠', 'i have the 💊 saved up'])
      expect(triage(`Can I move Thursday to Friday? ${text}`).outcome, text).toBe('crisis');
  });

  it('property: any text at all gets a decision with reasons or evidence, and plain JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decision = triage(text);
        if (isStaff(decision)) {
          expect((decision as AdministrativeTriageDecision).accountedFor.length).toBeGreaterThan(0);
        } else expect(decision.reasons.length).toBeGreaterThan(0);
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
      }),
      { numRuns: 200 },
    );
  });
});

// Crisis messages written twice, in English and in Spanish as US clients write it: both must be crises.
const PAIRS: [string, string][] = [
  ['I want to kill myself', 'me quiero matar'],
  ['I dont want to live anymore', 'ya no quiero vivir'],
  ['my family would be better off without me', 'mi familia estaría mejor sin mí'],
  ['I have the pills saved just in case', 'tengo las pastillas guardadas por si acaso'],
  ['I took a whole bottle of pills', 'me tomé un frasco entero de pastillas'],
  ['I cut myself again last night', 'anoche me corté otra vez'],
  ['the voices tell me to kill myself', 'las voces me dicen que me mate'],
  ['I am going to kill my neighbor', 'voy a matar a mi vecino'],
  ['my husband hits me and threatens to kill me', 'mi esposo me pega y me amenaza con matarme'],
  ['he took my phone and will not let me leave', 'me quitó el teléfono y no me deja salir'],
  ['I was raped last weekend', 'me violaron el fin de semana'],
  ['I have chest pain and cannot breathe', 'tengo dolor en el pecho y no puedo respirar'],
  ['my mom is not breathing', 'mi mamá no respira'],
  ['my son says he wants to kill himself', 'mi hijo dice que se quiere matar'],
  ['I already have a plan to end it on friday', 'ya tengo un plan para matarme el viernes'],
  ['I wrote goodbye letters to my kids', 'escribí cartas de despedida a mis hijos'],
  ['my stepdad touches me at night', 'mi padrastro me toca en la noche'],
  ['I am tired of living', 'estoy cansada de vivir'],
  ['I want to disappear forever', 'quiero desaparecer para siempre'],
  ['I am standing on the bridge', 'estoy en el puente'],
];

describe('triageMessage in English and Spanish', () => {
  it.each(PAIRS)('agrees that "%s" and "%s" are crises', (english, spanish) => {
    const en = triage(english);
    const es = triage(spanish);
    expect(en.outcome).toBe('crisis');
    expect(es.outcome).toBe('crisis');
    expect(en.language).toBe('en');
    expect(es.language).toBe('es');
  });

  it('property: a crisis pair stays a crisis in either language whatever administrative text is around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAIRS),
        fc.constantFrom(...ADMIN),
        fc.constantFrom(...SEPARATORS),
        ([en, es], admin, sep) => {
          expect(triage(`${admin}${sep}${en}`).outcome).toBe('crisis');
          expect(triage(`${admin}${sep}${es}`).outcome).toBe('crisis');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('triageMessage: a will to live lost, a minor with an adult partner, a target whose car is known', () => {
  it('sends them on call', () => {
    for (const text of [
      "I've lost my will to live. can I cancel friday?",
      'Mi hija de 13 tiene un novio de 24 que la recoge de la escuela y le compra cosas.',
      'my daughter is 14 and has a boyfriend who is 22',
      'Tell your supervisor that if she files that report I’ll be waiting in the parking lot. I know what car she drives.',
    ])
      expect(triageMessage(text).outcome, text).toBe('crisis');
  });

  it('leaves a parent with an age and a pick-up with staff, and a lost temper is not a lost will', () => {
    for (const text of [
      "my son is 12, can his girlfriend's mom (she's 40) pick him up after his session?",
      "I'm going to lose my mind if I get one more 'payment failed' email, the card is fine",
    ])
      expect(triageMessage(text).outcome, text).not.toBe('crisis');
  });
});

describe('triageMessage: passive ideation said in everyday words', () => {
  it('sends nothing left for one, being in the way, no way out, ready to be done, disappearing on call', () => {
    for (const text of [
      'there’s nothing left for me here',
      'I’ve started to feel like I’m just in the way',
      'there’s no way out',
      'I’m ready to be done',
      'I feel like disappearing',
      'What’s my balance? Doesn’t matter much, I won’t be needing therapy where I’m going.',
    ])
      expect(triageMessage(text).outcome, text).toBe('crisis');
  });

  it('leaves the same words about a place, a form or a task with staff', () => {
    for (const text of [
      'there’s no way out of the parking garage on Elm, where do I exit?',
      'I’m ready to be done with this intake form, can I finish it in person?',
      'Is there anything left for me to sign?',
    ])
      expect(triageMessage(text).outcome, text).not.toMatch(/crisis|clinical/);
  });
});

describe('triageMessage: psychosis with something to do', () => {
  it('sends messages from a television with something to do, and being watched or followed with an act, on call', () => {
    for (const text of [
      'the TV is sending me messages about what I need to do',
      'I think my neighbors are putting cameras in my walls and I need to protect myself',
      'there are people following me and I’m going to stop them',
    ])
      expect(triageMessage(text).outcome, text).toBe('crisis');
    expect(
      triageMessage('My phone keeps sending me messages from the portal, what do I need to do?').outcome,
    ).not.toBe('crisis');
  });
});
