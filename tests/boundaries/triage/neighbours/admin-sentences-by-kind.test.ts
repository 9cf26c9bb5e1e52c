// The sentences of an administrative message that nothing accounted for, by KIND (admin23, 2026-12-06): what the desk,
// the portal or the payer said, reported; a question about the desk's process; a feeling about a thing of the desk;
// the writer's week buried under work; the office one writes for. Each kind is a class of language (the word classes
// `desk_thing` and `say_verb` in tables/word-classes.ts, the `offices` context words in tables/everyday-words.ts), not
// the day's phrases: the neighbours are written here, never copied from a set. A sentence of a kind is accounted for
// only when nothing else in it states the writer's state of mind, body, safety or relationships, or another person's
// safety: each kind keeps its risky twins with a clinician or on call. Found on the way: a car one sleeps in ("sleeping
// in" read as a late morning), a shelter or the street as where one lives, and a client who forgets what is said in
// sessions reached staff; they are a clinician's now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { LIFE_LOGISTICS_CONTEXT } from '../../../../src/boundaries/triage/tables/everyday-words.js';
import { TRIAGE_WORD_CLASSES } from '../../../../src/boundaries/triage/tables/word-classes.js';
import { isStaff, REQUEST, triage } from './neighbour-kit.js';

const KINDS: ReadonlyArray<{
  readonly kind: string;
  /** Everyday neighbours: every one reaches staff. */
  readonly everyday: readonly string[];
  /** Risky twins: none reaches staff (a crisis or a clinician's). */
  readonly twins: readonly string[];
}> = [
  {
    kind: 'what the desk, the portal or the payer said, reported',
    everyday: [
      'The portal says my email is already in use. Can you reset my account?',
      'my insurance told me you are in network now, can you resubmit the claim?',
      'the billing page shows a balance of $40 but I paid Friday, can you check?',
      'the reminder text says Monday at 3 but I booked Tuesday, which one is right?',
      'La aplicación dice que mi contraseña expiró, ¿me la pueden cambiar?',
    ],
    twins: [
      "the insurance says no and honestly I don't see the point of anything anymore",
      "the portal says I owe $300 and he says he'll hurt me if I spend more, can I pay later?",
      'the statement says I owe $300 and I am sleeping in my car, can I pay later?',
      'la aseguranza dice que no cubre y ya no quiero vivir',
      // A letter asked to say something is not a report: what it should say of the therapy is the clinician's.
      'Could you write a short letter saying I am in therapy for my custody case and how I am doing?',
    ],
  },
  {
    kind: "a question about the desk's process, of a matter or a thing of the desk",
    everyday: [
      'Can I pay by check? Who do I talk to about that?',
      'What does the pending status on the portal mean? I paid Friday.',
      'is this a browser thing? the pay button does nothing',
      '¿Puedo pagar con cheque? ¿Con quién hablo para eso?',
    ],
    twins: [
      "who can I talk to? I can't keep myself safe tonight",
      'who do I talk to about what he did to me',
      // Run on into a request's sentence, the act unsaid ("what he did to me") is never the request's.
      'who do I talk to about what he did to me can I move my Thursday appointment to Friday?',
      "what does that mean? I don't want to be here anymore",
      'Can I reschedule Thursday? Who can I talk to?',
    ],
  },
  {
    kind: 'a feeling about a thing of the desk or the payer, the thing named',
    everyday: [
      'this portal is so confusing, can I pay by phone?',
      'ugh the insurance again. can you resend the superbill?',
      'I am so confused by my statement, can someone explain the charges?',
      'Qué complicado el portal. ¿Puedo pagar por teléfono?',
    ],
    twins: [
      "ugh this portal, honestly I don't see the point of anything anymore",
      'so frustrated with this billing, I am going to end it all tonight',
      'so frustrating. can I reschedule Thursday?',
      "I'm so confused. Can I reschedule Thursday?",
    ],
  },
  {
    kind: "the writer's week, buried under work",
    everyday: [
      "I'm buried at work til Friday. Can I move Thursday to next week?",
      'buried in paperwork this week, can we do a phone session instead?',
    ],
    twins: ['buried at work and I want to die', 'I want to be buried at work. Can I reschedule?'],
  },
  {
    kind: 'no home to sleep in (a safety fix: these reached staff)',
    everyday: [
      "I'll be in my car for the session, parked outside work. Can you send the link?",
      "We're staying at a hotel near the office Thursday, can we do 9am?",
    ],
    twins: [
      "the insurance card is in my car, which I'm sleeping in",
      "I'm sleeping in my car, can I pay next week?",
      'living out of my car rn so mail the bill to my moms',
      'we are staying in a shelter right now, can I reschedule?',
      'im homeless rn can I pay later',
      'Duermo en el carro, ¿puedo pagar la otra semana?',
      'Estamos en un albergue, ¿puedo cambiar la cita?',
    ],
  },
  {
    kind: 'the therapy itself, asked beside a request (a safety fix: set ak)',
    everyday: ['Can my husband sit in on my session next week? Is that allowed?'],
    twins: [
      'my brother is your client and forgets what you say in his sessions, can I sit in on them?',
      'thanks for everything, you won’t hear from me again',
      'sorry for the late payment, things at home are scary right now, he took my phone',
    ],
  },
];

describe('administrative sentences by kind, each with its risky twins (admin23)', () => {
  for (const { kind, everyday, twins } of KINDS) {
    it(`sends the everyday neighbours to staff: ${kind}`, () => {
      for (const text of everyday) expect(isStaff(triage(text)), text).toBe(true);
    });
    it(`keeps the risky twins from staff: ${kind}`, () => {
      for (const text of twins) expect(isStaff(triage(text)), text).toBe(false);
    });
  }

  it('property: a twin keeps a message from staff before or after a request', () => {
    const twins = KINDS.flatMap((k) => k.twins);
    fc.assert(
      fc.property(fc.constantFrom(...twins), REQUEST, fc.boolean(), (twin, request, before) => {
        const text = before ? `${request} ${twin}` : `${twin} ${request}`;
        expect(isStaff(triage(text)), text).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a sentence of a kind never carries a statement of the writer beside it to staff', () => {
    const kinds = KINDS.slice(0, 4).flatMap((k) => k.everyday);
    const statements = [
      "honestly I don't see the point of anything anymore.",
      'I have been sleeping in my car since she kicked me out.',
      'he took my phone and I am scared to go home.',
      'I keep hearing voices at night.',
      'No me siento segura en mi casa.',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...statements),
        fc.boolean(),
        (text, statement, before) => {
          const message = before ? `${statement} ${text}` : `${text} ${statement}`;
          expect(isStaff(triage(message)), message).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the classes the kinds are written in hold no word of risk (admin23)', () => {
  const classWords = (text: string | undefined) =>
    (text ?? '').split(/\s+/).filter((w) => /^[a-z]+$/.test(w));
  const words = [
    ...classWords(TRIAGE_WORD_CLASSES.desk_thing?.words),
    ...classWords(TRIAGE_WORD_CLASSES.say_verb?.words),
    ...classWords(LIFE_LOGISTICS_CONTEXT.offices),
  ];

  it('has the classes', () => {
    expect(words.length).toBeGreaterThan(100);
    expect(words).toContain('portal');
    expect(words).toContain('dice');
    expect(words).toContain('paralegal');
  });

  it('holds no word of risk, of a clinical rule or of a risk table (they would be waved through beside a request)', () => {
    const engine = triageRulesInternals(compileTriageRules())?.engine;
    if (engine === undefined) throw new Error('no engine');
    const risky = WORD_BITS.sensitive | WORD_BITS.ruleWord | (WORD_BITS.firstFlag * 64);
    for (const word of words) {
      const bits = engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
      expect(bits & risky, word).toBe(0);
    }
  });

  it('never names a note, a plan, a letter or "seguro" as a thing of the desk (a goodbye, an intent, a request for content, "safe")', () => {
    for (const word of ['note', 'notes', 'plan', 'plans', 'letter', 'seguro', 'nota', 'carta'])
      expect(classWords(TRIAGE_WORD_CLASSES.desk_thing?.words), word).not.toContain(word);
  });
});
