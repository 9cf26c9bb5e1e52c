// Administrative messages whose alarming words are ordinary, by MECHANISM rather than by phrase (admin22,
// 2026-12-06): a thing as the subject of dying, a joke beside a bill, one's job as the place where deaths and
// overdoses are the work, everyday hyperbole about a slot, a test or a role at work, a pet's poisoning at the vet.
// The neighbours are written here, not copied from a set: the mechanism must reach words no set used. Each
// mechanism keeps its risky twins a crisis (a person, a pronoun of the writer, a body part, a means, a wish to die
// with no joke or no bill). The masks are in src/boundaries/triage/tables/ordinary-senses.ts; the classes they are
// written in (`inanimate`, `device`) in tables/word-classes.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { TRIAGE_WORD_CLASSES } from '../../../../src/boundaries/triage/tables/word-classes.js';
import { expectCrisis, expectNotCrisis, isStaff, REQUEST, triage } from './neighbour-kit.js';

const MECHANISMS: ReadonlyArray<{
  readonly mechanism: string;
  readonly everyday: readonly string[];
  readonly twins: readonly string[];
}> = [
  {
    mechanism:
      'a thing (a device, a part, an appliance, a bill) as the subject of dying, being dead or drowned',
    everyday: [
      'Can you email the receipt? The card reader died before it printed.',
      'the check-in kiosk died, can someone check me in by phone?',
      'I think my router is dying, can we switch Thursday to a phone session?',
      'my hearing aid is dead, can we do video with captions on Monday?',
      'the scanner finally died so I will fax the form, what is your fax number?',
      'my old phone drowned in the pool, new number is 555-0101',
      'the printer is about dead, can you email the intake form instead?',
      'Can I come at 3 instead? My car battery is dead and the tow is coming at noon.',
      'se me murió el cel, ¿me mandan el link otra vez?',
    ],
    twins: [
      'my phone died and I want to die',
      "I'm dead inside",
      'I think I am dying',
      'I think my son is dying',
      'my heart is dead',
      'the card reader died and so did my will to live',
      'my laptop is dead and I will be dead by friday',
    ],
  },
  {
    mechanism: 'a thing that gets killed, or kills one (a test, a final), never a person',
    everyday: [
      'I got a collections notice for a bill I already paid. Who do I send proof to so this gets killed?',
      'im gonna be killed by my stats final, can we push my appt to the 18th?',
      'this midterm is gonna murder me, can we push to next week?',
      'this deductible has me wanting to unalive my bank account lol. can I split the bill into 2 payments?',
    ],
    twins: [
      'my husband is gonna murder me',
      'he is trying to kill me',
      'I want to unalive myself lol',
      "I'm gonna be killed by my dad when he gets home",
      'I wanted to shoot the darn thing, and then myself',
    ],
  },
  {
    mechanism: 'hyperbole marked as a joke beside a bill or a price',
    everyday: [
      "just opened the bill and I'm dead 💀 $950?? can someone explain the charge",
      'got the statement and im dead lol can someone explain the charge',
      "I'm being bled dry by these fees, is there a sliding scale?",
      'WE ARE BEING BLED DRY BY THESE PREMIUMS, IS THERE A PAYMENT PLAN?',
    ],
    twins: [
      "the bill is killing me, I can't do this anymore, I have the pills",
      "got the bill and I'm dead inside",
      'got the bill and i want to die',
      'got the bill and i want to die lol, i have the pills',
      'me llegó la cuenta y me quiero morir',
      'me llegó la cuenta y me quiero morir jaja, ya tengo las pastillas',
      'me quiero morir jaja',
    ],
  },
  {
    mechanism: "one's job as the place where overdoses, deaths, removals and homicides are the work",
    everyday: [
      'I do death calls for the funeral home, can I get a late slot?',
      "I'm an EMT, mostly OD and cardiac calls on nights. Do you have anything after 10am?",
      'Hi! I spend all day filling prescriptions and dealing with overdose alerts, any evening slots?',
      'I retired from the police department, homicide the last 8 years. Do you take Tricare?',
      'Trabajo en una funeraria y me llaman cuando alguien fallece, ¿tienen citas en la tarde?',
    ],
    twins: [
      "I'm a nurse and I took the pills from work",
      "I'm a pharmacist and I've been stealing pills to overdose",
      'I spend all day counting pills, I have 200 saved up',
      "I'm a funeral director and I'm planning my own funeral",
      'I work at a funeral home and I want to die',
      'I want to overdose tonight',
    ],
  },
  {
    mechanism: 'everyday hyperbole about a slot, a test or a role at work (the slip named)',
    everyday: [
      "I'd kill for an earlier slot, anything before noon?",
      'my daughter killed it at her recital, can we move Thursday?',
      'my editor will murder me if the chapter is late, can I move Tuesday to Friday?',
      'my professor will kill me if I miss the lab again, can we move Thursday to 6pm?',
    ],
    twins: [
      'my coach will kill me if i tell anyone',
      "My husband will kill me if I'm late",
      "I'd kill for a gun right now",
      'I killed it. he is not breathing',
    ],
  },
  {
    mechanism:
      'a sentence of everyday context beside a request: a photographer shooting a wedding, a school drill, a wreck on the road, lost track of time, a parent in the ICU',
    everyday: [
      "Need to move Saturday, I'm shooting a wedding all day. Anything Monday?",
      'I shoot headshots on Thursdays, can we do Friday instead?',
      'My son has a lockdown drill at school and gets out late, can we start at 4:30?',
      'El viernes hay simulacro de tirador activo en la escuela de mi hija, ¿podemos cambiar la cita al lunes?',
      'running late, stuck behind a bad wreck on the interstate, 10 min',
      'sorry I lost track of time and missed my appointment, can I rebook?',
      'My mom has been in the ICU since Monday, can we push my session a week?',
    ],
    twins: [
      "I'm going to shoot my family",
      'I shoot photos and then I am going to shoot myself',
      "I'm a total wreck, I can't do this anymore",
      'I lost track of time after I took the pills',
      "I'm so done with this phone and my life",
      'hay un hombre con una pistola en la escuela de mi hija',
    ],
  },
  {
    mechanism: 'a pet poisoned by what it ate, at the vet; standing for hours in a line at the bridge',
    everyday: [
      "my dog ate grapes and they're toxic to dogs, I'm at the vet, can I do video at 4?",
      'Con la fila del puente casi me muero esperando, 2 horas parada. ¿Me pueden cambiar la próxima cita a video?',
    ],
    twins: [
      'I want to drink poison',
      'my son ate rat poison',
      'estoy parada en el puente',
      'la fila del puente y me voy a tirar del puente',
      'casi me muero anoche, me tomé todas las pastillas',
    ],
  },
];

describe('alarming words in ordinary senses, by mechanism (admin22)', () => {
  for (const { mechanism, everyday, twins } of MECHANISMS) {
    it(`leaves the everyday neighbours off the on-call line: ${mechanism}`, () => expectNotCrisis(everyday));
    it(`still reads the risky twins as a crisis: ${mechanism}`, () => expectCrisis(twins));
  }

  it('sends the everyday neighbours that ask for something to staff', () => {
    for (const text of MECHANISMS.flatMap((m) => m.everyday)) expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads a twin as a crisis before or after an administrative request', () => {
    const twins = MECHANISMS.flatMap((m) => m.twins);
    fc.assert(
      fc.property(fc.constantFrom(...twins), REQUEST, fc.boolean(), (twin, request, before) => {
        const text = before ? `${request} ${twin}.` : `${twin}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a thing of the classes, never a person, as the subject of dying (admin22)', () => {
  const classWords = (name: string) =>
    (TRIAGE_WORD_CLASSES[name]?.words ?? '').split(/\s+/).filter((w) => /^[a-z]+$/.test(w));
  const things = [...classWords('inanimate'), ...classWords('device')];
  const people = [...classWords('partner'), ...classWords('family'), ...classWords('child')].filter(
    (w) => w.length > 2,
  );
  const forms = [
    (x: string) => `the ${x} died, can you resend the link?`,
    (x: string) => `my ${x} is dead, can you resend the link?`,
    (x: string) => `I think my ${x} is dying, can you resend the link?`,
  ];

  it('property: any thing of the classes that died is ordinary; any person in the same words is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...things),
        fc.constantFrom(...people),
        fc.constantFrom(...forms),
        (thing, person, form) => {
          expect(triage(form(thing)).outcome, form(thing)).not.toBe('crisis');
          expect(triage(form(person)).outcome, form(person)).not.toBe('scheduling');
          expect(isStaff(triage(form(person))), form(person)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds no word of risk in the thing classes (a word of risk there would be waved through beside a request)', () => {
    const engine = triageRulesInternals(compileTriageRules())?.engine;
    if (engine === undefined) throw new Error('no engine');
    const risky = WORD_BITS.sensitive | WORD_BITS.ruleWord | (WORD_BITS.firstFlag * 64);
    for (const word of things) {
      const bits = engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
      expect(bits & risky, word).toBe(0);
    }
  });
});
