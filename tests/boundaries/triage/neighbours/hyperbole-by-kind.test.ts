// Administrative messages that use alarming words in everyday senses (precision15, 2026-12-05): by kind of ordinary
// sense, the everyday neighbours leave the on-call line, and the risky twins (the same words aimed at a person, a
// means, a time or oneself) stay a crisis. The masks are in src/boundaries/triage/tables/ordinary-senses.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, REQUEST, triage } from './neighbour-kit.js';

const KINDS: ReadonlyArray<{
  readonly kind: string;
  readonly everyday: readonly string[];
  readonly twins: readonly string[];
}> = [
  {
    kind: 'kill me now or shoot me beside a slip',
    everyday: [
      'kill me now I left my wallet at home, can I pay the copay next time?',
      'shoot me i forgot my insurance card again. can i send a photo?',
      'kill me now lol, can we move Thursday to Friday?',
      'Shoot me now I double booked myself, is 4pm open?',
    ],
    twins: [
      'kill me now',
      'kill me now, i cant do this anymore',
      'shoot me. i have the gun right here',
      'kill me now I left the pills out on purpose',
    ],
  },
  {
    kind: 'a child or a boss who will kill me if I am late',
    everyday: [
      'my son is going to kill me if I make him miss practice again, can we do 5?',
      "My boss is gonna kill me if I'm late again, can we start at 8:15?",
      'my daughter is going to murder me for scheduling during her game, is 6 open?',
      'my kids are gonna kill me if we miss the tournament, can we move Saturday?',
    ],
    twins: [
      "My husband is gonna kill me if I'm late again",
      'my dad is going to kill me if I tell anyone',
      "I'm going to kill my boss on friday",
      'my son is going to kill me, he has a knife',
      'my boss is going to kill me. he said so and he has a gun',
    ],
  },
  {
    kind: 'dead tired, a dead man if a slip is found out, dead today',
    everyday: [
      "i'm gonna be dead tired after my shift but i'll be there",
      "I'm going to be a dead man if I forget the forms again, can you email them?",
      'im totally dead today, can we push to next week?',
      'lol im dead i just realized I paid the wrong invoice',
      "I'm a dead man if my boss finds out I forgot the form",
    ],
    twins: [
      "I'm going to be dead by friday",
      "I'm gonna be dead soon",
      "I'd be better off dead",
      'im totally dead inside',
      "I'll be dead tonight, I have the pills",
    ],
  },
  {
    kind: 'the death of me, or death, sounding like death, a dead refill or number',
    everyday: [
      'this weather is going to be the death of me, can we do video tomorrow?',
      'the holidays are gonna be the death of me, book me every Tuesday in January',
      "is 8am open? it's 8am or death for me",
      'I sound like death, can I switch to video?',
      // A dead refill is a clinical sense: it goes to a clinician, not on call.
      'my refill is dead, can the NP send a new script?',
      'new number is 555-0100, the old one is dead',
    ],
    twins: [
      'this is going to be the death of me, I have the pills',
      'death is the only way out',
      'I want death',
      'he is going to be the death of me, he hits me',
      "I'm going to be dead by friday",
    ],
  },
  {
    kind: 'a bill, traffic, gas money or hold music that is killing one',
    everyday: [
      'the statement was a killer, $600?',
      'the bill for my last 4 sessions is a killer, was insurance billed?',
      'the commute has been murder lately, can I do 6pm?',
      'gas money is killing me, can I switch to telehealth?',
      'this waitlist is going to kill me, anything sooner?',
    ],
    twins: [
      'he is going to kill me',
      'she is a killer',
      "I'm going to kill him",
      "he is killing me slowly and I can't leave",
    ],
  },
  {
    kind: 'would kill for a slot, a coffee or to get back in',
    everyday: [
      "i'd kill for that 2pm slot honestly",
      'is 9am open? I would kill for it lol',
      "I'd kill to get back in with Dr. Shah, any openings?",
      'I could murder a coffee, running 5 late',
    ],
    twins: ["I'd kill for a chance to hurt him", "I'd kill to get back at him", "I'm going to kill him"],
  },
  {
    kind: 'idioms: the foot, a thread, a rope with an insurer, a tablet off a bridge, a bridge crew, running late',
    everyday: [
      "I don't want to shoot myself in the foot, is there financial assistance?",
      'hanging by a thread financially, can I split the balance?',
      'my budget is hanging by a thread this month, can I pay half?',
      "I'm gonna throw this laptop out the window, can you call my cell instead?",
      "I'm on the bridge crew until 6, can we do 6:30?",
      'killing myself running to make it, 5 min late',
      'is your office next to the gun shop on Elm?',
    ],
    twins: [
      "I'm going to shoot myself in the head",
      "I'm hanging by a thread",
      "I'm at the end of my rope",
      "I'm going to throw myself off a bridge",
      "I'm on the bridge now",
      "I'm killing myself tonight",
      "I'm at the gun shop now buying one",
    ],
  },
  {
    kind: "trainings, shopping overdone, a relative's funeral, hanging up to grab a child",
    everyday: [
      'do you do suicide prevention trainings for school staff?',
      'does anyone there give overdose awareness workshops for teachers?',
      'I overdosed on holiday shopping so my card is maxed, can I pay next month?',
      'my grandmas funeral is that day, can I move my appointment?',
      'I need to hang up at 5 to grab my kid, can we start at 4?',
      'My daughter would rather die than miss practice, can we do 7am?',
    ],
    twins: [
      'I need suicide prevention help now',
      'I overdosed on pills',
      'I overdosed on Christmas eve',
      'my funeral is on friday',
      'he is coming at 5 to grab my kid',
      "I'd rather die",
      "I'd rather die than go on",
      "I'd rather die than live like this",
      'waiting for a jump off the bridge',
    ],
  },
  {
    kind: 'a car battery jumped, dying to vent, an account on life support',
    everyday: [
      'my car battery died, waiting for a jump, be there soon',
      'had to jump the car this morning, running 10 late',
      'dying to vent about my week, any slot Friday?',
      'my bank account is on life support, can I pay in two parts?',
      "i'm dying i just walked into the wrong building, which suite?",
    ],
    twins: [
      "I'm dying",
      "I'm waiting for a jump from the roof tonight",
      'I want to jump',
      "I'm dying, I took all my pills",
    ],
  },
  {
    kind: 'morirse de calor, muerta tras un turno, lo que me mata es una cosa',
    everyday: [
      'me muero de calor en la sala de espera, ¿pueden bajar la calefacción?',
      'muero por saber si ya aprobó el seguro',
      'me muero si tengo que pedir otro permiso, ¿hay cita a las 6?',
      'estoy muerta trabajé doble turno, ¿me pasan la cita al sábado?',
      'ando muerta con tanto papeleo del seguro, ¿cuál es su número de cuenta?',
      'la factura me dejó muerta, ¿está bien ese cobro?',
      'el camión está muerto, llego en 15',
      'la espera me mata, ¿no hay algo antes?',
      'este calor me va a matar, ¿puedo hacer la cita por video?',
      'me mataron con el copago nuevo, ¿está bien?',
      'me mata eso, ¿me pueden pasar al lunes?',
    ],
    twins: [
      'me quiero morir',
      'me muero',
      'me voy a morir esta noche',
      'quiero estar muerta',
      'estoy muerta por dentro',
      'mi esposo me va a matar',
      'me mato esta noche',
      'me voy a matar',
      'esta semana me mató',
      // Accents are folded, so "me mató" (it killed me) cannot be told from "me mato" (I kill myself): stays on call.
      'me mato por un horario temprano, ¿hay algo a las 7?',
    ],
  },
  {
    kind: 'modismos: la llanta en el puente, los horarios que ahorcan, no poder más con el calor',
    everyday: [
      'se me ponchó la llanta en el puente, llego tarde',
      'me ahorcan en el trabajo con los horarios, ¿tienen algo a las 6?',
      'ya no puedo más con este calor, ¿la cita sigue presencial?',
      'les escribo para despedirme me mudo a Texas, ¿me mandan mi expediente?',
    ],
    twins: [
      'estoy en el puente',
      'me voy a tirar del puente',
      'me ahorca cuando se enoja',
      'ya no puedo más',
      'ya no puedo más con esta vida',
      'les escribo para despedirme',
    ],
  },
];

describe('alarming words in everyday senses, by kind (precision15)', () => {
  for (const { kind, everyday, twins } of KINDS) {
    it(`leaves the everyday neighbours off the on-call line: ${kind}`, () => expectNotCrisis(everyday));
    it(`still reads the risky twins as a crisis: ${kind}`, () => expectCrisis(twins));
  }
});

describe('the twins beside a request, and the neighbours in capitals (precision15)', () => {
  const twins = KINDS.flatMap((k) => k.twins);
  const everyday = KINDS.flatMap((k) => k.everyday);
  it('reads a twin as a crisis before or after an administrative request', () => {
    fc.assert(
      fc.property(fc.constantFrom(...twins), REQUEST, fc.boolean(), (twin, request, before) => {
        const text = before ? `${request} ${twin}.` : `${twin}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 200 },
    );
  });
  it('reads a neighbour written in capitals as it reads it in lower case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyday), (text) => {
        expect(triage(text.toUpperCase()).outcome, text).toBe(triage(text).outcome);
      }),
      { numRuns: 100 },
    );
  });
});
