import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../src/boundaries/index.js';
import { CONCEPT_ID, RISK_CONCEPTS } from '../../../src/boundaries/triage/risk-concept.js';
import { RISK_LEXICON_EN } from '../../../src/boundaries/triage/risk-lexicon-en.js';
import { RISK_LEXICON_ES } from '../../../src/boundaries/triage/risk-lexicon-es.js';
import { conceptsOf, readRisk } from '../../../src/boundaries/triage/risk-reader.js';
import { RISK_RULES } from '../../../src/boundaries/triage/risk-rules.js';
import { readText } from '../../../src/boundaries/triage/text-reader.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });

/** `text` is a crisis, with `category` among its categories. */
function expectCrisisOf(category: string, text: string): void {
  const d = triage(text);
  expect(d.outcome, text).toBe('crisis');
  expect(d.crisisCategories, text).toContain(category);
}
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
/**
 * The risk reader alone (no phrase table): the crisis categories it reads unnegated, the negated ones, and
 * whether it reads urgent distress (a tier: on call only for a message that is not administrative).
 */
const reader = (text: string) => {
  const { hits } = readRisk(readText(text, 1 << 20));
  const crisis = hits.filter((h) => !h.negated && h.category !== 'urgent_distress');
  return {
    crisis: [...new Set(crisis.map((h) => h.category))].sort(),
    negated: hits.some((h) => h.negated),
    distress: hits.some((h) => !h.negated && h.category === 'urgent_distress'),
  };
};

// Concept words × templates: each generated clause must read as a crisis by the reader alone, whatever verb,
// means, tense, person or order it was written in.
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const DRUG = pick(
  'pills',
  'meds',
  'benadryl',
  'tylenol',
  'trazodone',
  'xanax',
  'oxy',
  'sertraline',
  'lithium',
);
const WEAPON = pick('gun', 'pistol', 'rifle', 'knife', 'blade', 'razor', 'rope', 'cord');
const HEIGHT = pick('bridge', 'roof', 'rooftop', 'ledge', 'overpass', 'tracks', 'cliff');
const PARTNER = pick('husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'ex');
const CHILD = pick('son', 'daughter', 'kid', 'baby', 'toddler', 'stepdaughter');
const CLAUSES: readonly fc.Arbitrary<string>[] = [
  // Ingestion: any taking verb, any quantity, any drug, any time.
  fc
    .tuple(
      pick('i took', 'i just took', 'i swallowed', 'ive taken', 'i downed', 'my roommate took'),
      pick('all my', 'a whole bottle of', 'a handful of', 'like 15 of my', 'a bunch of', 'extra'),
      DRUG,
      pick('', ' an hour ago', ' tonight', ' this morning'),
    )
    .map(([verb, quantity, drug, time]) => `${verb} ${quantity} ${drug}${time}`),
  // Means kept or stored.
  fc
    .tuple(
      pick('ive been saving', 'i stockpiled', 'i have been hiding', 'i bought', 'im keeping'),
      pick(DRUG, WEAPON),
    )
    .chain(([verb, means]) =>
      means.map((m) => `${verb} ${m === 'pills' ? 'my pills' : `a ${m}`} just in case`),
    ),
  // An act on oneself, in any verb and tense.
  fc
    .tuple(
      pick('i want to', 'im going to', 'i keep thinking about how to', 'i tried to', 'im gonna'),
      pick('kill', 'hurt', 'hang', 'stab', 'shoot', 'poison', 'harm'),
    )
    .map(([lead, act]) => `${lead} ${act} myself`),
  fc
    .tuple(pick('me quiero', 'me voy a', 'ya me quiero'), pick('matar', 'morir'))
    .map(([a, b]) => `${a} ${b}`),
  // A wish to be dead or not to live.
  fc
    .tuple(
      pick('i wish i was', 'i just want to be', 'i hope im', 'honestly i pray i wake up'),
      pick('dead', 'gone forever'),
    )
    .map(([a, b]) => (b === 'dead' ? `${a} dead` : `i want to disappear forever`)),
  pick(
    "i don't want to wake up tomorrow",
    'i dont want to live anymore',
    'no quiero vivir',
    'ya no quiero despertar',
  ),
  // On a height, now.
  fc
    .tuple(pick('im standing on the', 'i am sitting on the', 'estoy parada en el'), HEIGHT)
    .map(([a, h]) => `${a} ${h} right now`),
  // Voices that command.
  fc
    .tuple(pick('the voices keep', 'the voices are', 'las voces me'), pick('telling me', 'saying', 'dicen'))
    .map(([a, b]) => `${a} ${b} to do it`),
  // A partner's violence.
  fc
    .tuple(
      pick('my', 'mi'),
      PARTNER,
      pick('hits me', 'choked me', 'threatened me', 'beat me up', 'slapped me'),
    )
    .map(([my, p, act]) => `${my} ${p} ${act} last night`),
  fc.tuple(PARTNER, pick('took my keys', 'smashed my phone', 'hid my phone')).map(([p, a]) => `my ${p} ${a}`),
  // A child hurt.
  fc
    .tuple(CHILD, pick('bruises', 'burns', 'welts', 'a handprint', 'marks'))
    .map(([c, i]) => `my ${c} came home with ${i} on her back`),
  // Medical danger.
  fc
    .tuple(
      pick('chest pain', 'my heart is racing', 'chest feels tight', 'my heart is pounding'),
      pick('adderall', 'coke', 'meth'),
    )
    .map(([a, b]) => `${a} after the ${b}`),
  pick("i can't breathe", 'she had a seizure', 'he is unresponsive', 'no puedo respirar'),
  // Preparations.
  fc
    .tuple(
      pick('i gave', 'i just gave', 'im giving'),
      pick('my dog', 'my cat', 'my guitar', 'my stuff'),
      pick('away', 'to my sister'),
    )
    .map(([g, k, to]) => `${g} ${k} ${to}`),
  pick('i wrote a note for my kids', 'les deje cartas a mis hijas', 'i posted my goodbye to everyone'),
  // A decided time.
  fc
    .tuple(
      pick("i've decided", 'i decided', 'made up my mind,'),
      pick('friday', 'tonight', 'saturday'),
      pick("is when i'm done", 'is the end'),
    )
    .map(([d, t, e]) => `${d} ${t} ${e}`),
];
const CLAUSE = fc.oneof(...CLAUSES);

// Everyday spelling of a clause: any case, stretched letters, an emoji, no punctuation.
const spelled = (clause: string, upper: boolean, stretch: boolean, emoji: boolean) => {
  let text = upper ? clause.toUpperCase() : clause;
  if (stretch) text = text.replace(/([aeiou])/, '$1$1$1');
  return emoji ? `${text} 😔` : text;
};

const ADMIN_REQUEST = pick(
  'Can I move my Thursday appointment to Friday?',
  'How much is my copay this month?',
  'Can you send me the intake forms again?',
  '¿Me pueden cambiar la cita del martes?',
  'Where do I park for the new office?',
);

describe('readRisk', () => {
  it('reads an ingestion in any verb, quantity, drug and tense', () => {
    for (const text of [
      'took a bunch of benadryl to sleep',
      'I swallowed the whole bottle of tylenol',
      'me tomé todas las pastillas',
      'took like 15 of my trazodone about an hour ago',
      'i downed extra adderall today',
    ])
      expect(reader(text).crisis, text).toContain('ingestion_overdose');
  });

  it('reads means with a store of them, whatever the means or the verb', () => {
    for (const text of [
      'i have been saving up my sertraline in a drawer',
      "I've been keeping a bottle of my old oxy just in case",
      'bought a rifle last week',
      'tengo un cuchillo guardado debajo de la almohada',
    ])
      expect(reader(text).crisis, text).toContain('method_means');
  });

  it('reads a wish to be dead or a negated life, in English and Spanish', () => {
    for (const text of [
      'i wish i was dead',
      "honestly i don't want to wake up tomorrow",
      'ojalá me muera',
      'no quiero vivir así',
      'what is the point of being alive',
      'everyone would be better off if I was gone',
    ])
      expect(reader(text).crisis, text).toEqual(
        expect.arrayContaining([expect.stringMatching(/passive_ideation|active_ideation/)]),
      );
  });

  it('reads voices, partners, children, assaults and medical danger as what they are', () => {
    expect(reader('the commanding voice wants me to drive into the median').crisis).toContain(
      'psychosis_command',
    );
    expect(reader('the voices keep telling me to do it').crisis).toContain('psychosis_command');
    expect(reader('he took my phone and my car keys again').crisis).toContain('intimate_partner_violence');
    expect(reader('mi esposo me golpea cuando toma').crisis).toContain('intimate_partner_violence');
    expect(reader('my son came home with burns on his forearm').crisis).toContain('child_safety');
    expect(reader('la otra noche mi jefe me forzó').crisis).toContain('sexual_assault');
    expect(reader("I didn't say yes and he kept going").crisis).toContain('sexual_assault');
    expect(reader('chest pain after a lot of adderall').crisis).toContain('medical_emergency');
    expect(reader('day 3 without a drink and my hands are shaking').crisis).toContain('medical_emergency');
  });

  it('reads preparations and plans without the words "suicide" or "kill"', () => {
    expect(reader('Ya le regalé mi perrito a mi prima').crisis).toContain('preparatory_acts');
    expect(reader('gave my cat to my neighbor today').crisis).toContain('preparatory_acts');
    expect(reader('les dejé cartas a mis hijas').crisis).toContain('preparatory_acts');
    expect(reader("I've decided Friday is when I'm done").crisis).toContain('plan_intent');
    expect(
      reader('I need to pay my balance before Sunday because I will not be alive after that').crisis,
    ).toContain('plan_intent');
  });

  it('reads a negated statement as a negated mention, never as nothing', () => {
    expect(reader("I'm not going to hurt myself")).toEqual({ crisis: [], negated: true, distress: false });
    expect(reader('no pienso hacerme daño')).toEqual({ crisis: [], negated: true, distress: false });
    // The negation is the risk: a negated life or a negated want is read, not dropped.
    expect(reader("I don't want to wake up").crisis).toContain('passive_ideation');
    expect(reader("he wouldn't stop when I told him no").crisis).toContain('sexual_assault');
  });

  it('leaves ordinary senses alone: a dead phone, a killing copay, a bridge in traffic', () => {
    for (const text of [
      'my phone died so I missed the reminder',
      'this copay is killing me',
      "I'm stuck on the bridge in traffic, I'll be late",
      'se me murió el cel',
      'Updated insurance card attached',
      'I nearly fainted when I saw the statement',
      'I hate to do this but I have to cancel again, the baby is sick',
    ])
      expect(reader(text).crisis, text).toEqual([]);
  });

  it('reads a word the way the text reader hands it: leetspeak, stretched letters, a possessive', () => {
    expect(conceptsOf('p1lls')).toEqual(conceptsOf('pills'));
    expect(conceptsOf('piiiills')).toEqual(conceptsOf('pills'));
    expect(conceptsOf('roommates')).toEqual(conceptsOf('roommate'));
    expect(conceptsOf('15')).toEqual([CONCEPT_ID.quantity]);
    expect(conceptsOf('3')).toEqual([]);
  });

  it('names only concepts that exist, and every concept a rule needs has words or is read from a negation', () => {
    const names = new Set<string>(RISK_CONCEPTS);
    for (const table of [RISK_LEXICON_EN, RISK_LEXICON_ES])
      for (const key of Object.keys(table)) expect(names).toContain(key);
    const derived = new Set(['not_living', 'alive', 'unwanted', 'unconsented', 'collapse', 'seize', 'kept']);
    for (const rule of RISK_RULES)
      for (const group of rule.all)
        for (const concept of group)
          expect(
            derived.has(concept) ||
              RISK_LEXICON_EN[concept] !== undefined ||
              RISK_LEXICON_ES[concept] !== undefined,
            concept,
          ).toBe(true);
  });

  it('property: a clause generated from the concept lexicon is a crisis for the reader alone, however spelled', () => {
    fc.assert(
      fc.property(CLAUSE, fc.boolean(), fc.boolean(), fc.boolean(), (clause, upper, stretch, emoji) => {
        expect(reader(spelled(clause, upper, stretch, emoji)).crisis.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('property: such a clause beside any administrative request is a crisis for the whole triage', () => {
    fc.assert(
      fc.property(CLAUSE, ADMIN_REQUEST, fc.boolean(), (clause, request, before) => {
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome).toBe('crisis');
      }),
      { numRuns: 200 },
    );
  });
});

describe('triageMessage with the risk reader', () => {
  // Administrative requests that use alarming words in their ordinary sense, with a sentence of everyday
  // logistics after them: staff answer these.
  const ORDINARY = pick(
    'My phone died.',
    'Traffic was a nightmare.',
    'The old one expired last month.',
    'Which one is right?',
    'I am in trial the week of the 9th.',
    'Please advise.',
  );
  const REQUEST = pick(
    'Can I move my appointment to Friday at 3pm?',
    'Can you resend the zoom link for Tuesday?',
    'Can you update my card on file?',
    'Can you send me a receipt for last month?',
    'How do I reset my portal password?',
    '¿Me pueden mandar el recibo del mes pasado?',
  );

  it('property: an administrative request with an everyday sentence of logistics reaches staff', () => {
    fc.assert(
      fc.property(REQUEST, ORDINARY, fc.boolean(), (request, ordinary, before) => {
        const text = before ? `${ordinary} ${request}` : `${request} ${ordinary}`;
        expect(isStaff(triage(text)), text).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('property: everyday words that carry a plan, a negation or a feeling never follow a request to staff', () => {
    const RISKY = pick(
      "I won't be here next week.",
      'Friday is when I go.',
      "It's happening this weekend.",
      'Tonight is the night.',
      'I will not need them after Friday.',
      'Everything is too much right now.',
      'Ya no voy a estar aquí el lunes.',
      'I doubled them this week.',
      'I am going away for good.',
      'I took two this morning instead of one.',
    );
    fc.assert(
      fc.property(REQUEST, RISKY, (request, risky) => {
        expect(isStaff(triage(`${request} ${risky}`)), risky).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('sends a request with a short everyday follow-up to staff, with evidence for every sentence', () => {
    const decision = triage('Can you update my card on file? Old one expired last month.');
    expect(decision.outcome).toBe('billing');
    expect(decision.outcome !== 'crisis' && decision.outcome !== 'clinical' && decision.accountedFor).toEqual(
      [
        expect.objectContaining({ sentence: 0, accountedBy: 'billing' }),
        { sentence: 1, accountedBy: 'everyday_words', phrases: [] },
      ],
    );
  });

  it('keeps a negated statement with a clinician, and on call when it names means', () => {
    expect(triage("I'm not going to hurt myself, just feeling low").outcome).toBe('clinical');
    expect(triage("I won't do anything, but I'm standing on the bridge right now").outcome).toBe('crisis');
  });

  it('escalates the crisis neighbours the phrase tables did not hold', () => {
    for (const text of [
      'i took a handful of my xanax an hour ago, can you move my appointment',
      'Ya le regalé mi perrito a mi prima. Gracias por todo, doctora.',
      'hey the commanding voice is back. it wants me to drive into the median. also why did my copay go up',
      "I've been keeping a bottle of my old oxy from the surgery just in case.",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('readRisk with ordinary senses', () => {
  it('reads nothing into words an ordinary sense explains, and the rest of the message as usual', () => {
    const read = readText('my boss is killing me with this deadline', 1 << 20);
    expect(readRisk(read).hits.map((h) => h.category)).toContain('intimate_partner_violence');
    const masked = Uint8Array.from(read.words, (w) => (w === 'killing' || w === 'me' ? 1 : 0));
    expect(readRisk(read, masked).hits).toEqual([]);
    expect(triage('my boss is killing me with this deadline and I want to die').outcome).toBe('crisis');
    expect(triage('he is trying to kill me, can I move Thursday?').outcome).toBe('crisis');
  });
});

describe('readRisk: urgent distress from everyday concepts, on call only for a message a clinician reads', () => {
  const onCall = (text: string) => {
    const d = triage(text);
    return d.outcome === 'crisis' && d.crisisCategories.includes('urgent_distress');
  };

  it('raises a decision with a time, a date picked, a time that is when one goes', () => {
    for (const text of [
      "I've decided. Saturday after my kids go to their dad's.",
      'I made up my mind. Friday.',
      // "I have a date picked out" is now a plan of its own (plan_intent, recall19); the date said passively is not.
      'the date is picked. I feel calm about it.',
      'tonight is when i go',
      'Friday is when I have to go.',
      'ya decidí. el sábado.',
    ])
      expect(onCall(text), text).toBe(true);
  });

  it('leaves the same words in an administrative request with staff', () => {
    for (const text of [
      'I made up my mind about the payment plan, can we start it Friday?',
      'Can we pick a date for my intake? Friday at 3 works.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('raises an act someone was made to do, a no not heard, and "nobody will believe me"', () => {
    expect(triage('an Uber driver made her do stuff').crisisCategories).toContain('sexual_assault');
    expect(triage('my coach made me do sexual things after practice').outcome).toBe('crisis');
    for (const text of [
      "my ex came over and i said stop and he didn't",
      "a guy from the bar wouldn't take no",
      'my coach has been doing stuff to me after practice',
      'he says nobody will believe me',
    ])
      expect(onCall(text), text).toBe(true);
    expect(triage('my mom made me do my homework').outcome).not.toBe('crisis');
  });

  it('raises not living accepted, no care on a road, a faint, breathing fast, medicines looked up for their danger, a threat of regret', () => {
    for (const text of [
      "when I'm driving I think about how easy it'd be to not brake",
      'when I cross the street I kind of dont look anymore',
      'me desmayé en el baño',
      'he is breathing fast and he smells fruity',
      'I looked up which of my meds are dangerous together',
      'the kids at school are gonna regret it',
    ])
      expect(onCall(text), text).toBe(true);
  });

  it('reads not living accepted as passive ideation, a crisis beside a request too', () => {
    for (const text of [
      'honestly if i didnt wake up tomorrow id be ok with that',
      'also whats my copay honestly if i didnt wake up tomorrow id be ok with that',
    ])
      expectCrisisOf('passive_ideation', text);
  });

  it('property: a decision and a day, in any wording, go on call alone and stay with staff as a request', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("I've decided", 'I made up my mind', 'decided', 'My decision is made', 'ya decidí'),
        fc.constantFrom('Saturday', 'tonight', 'Friday after work', 'this weekend', 'el viernes'),
        fc.boolean(),
        (decision, time, dayFirst) => {
          const text = dayFirst ? `${time}. ${decision}.` : `${decision}. ${time}.`;
          expect(onCall(text), text).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readRisk: urgent distress from research, notes put away, rehearsal, food withheld, touching', () => {
  const onCall = (text: string) => triage(text).outcome === 'crisis';

  it('raises research with a store, a place to fall from or a history deleted', () => {
    for (const text of [
      "I've been researching and I bought everything I need. It's in the trunk.",
      'I looked up how high the parking garage is. 7 floors. I think that would be enough.',
      'I looked up how long it takes. I deleted the history after.',
    ])
      expect(onCall(text), text).toBe(true);
    expect(onCall('I googled the side effects of my new medication, is dizziness normal?')).toBe(false);
  });

  it('raises a note written and put away, an act practised, the garage and the car as the way', () => {
    for (const text of [
      "I wrote the note. It's in my desk.",
      'escribí una nota. está en mi escritorio.',
      'Practiced tying the knot tonight. Just to see if I could.',
      "If I were going to, the garage and the car would be the way. I've thought that part through.",
    ])
      expect(onCall(text), text).toBe(true);
  });

  it('raises a command to stop eating for purity, withdrawal signs with no drink, children not fed, a bed one is made to sleep in, touching', () => {
    for (const text of [
      "I'm being told to stop eating and drinking so I'm pure. Day 3.",
      'The radio keeps giving me instructions. Today it said I should stop eating to get clean.',
      'day 3 no drinking. shaking bad and there are bugs on the wall',
      "Her kids haven't eaten properly in days and she's not answering anyone.",
      "her mom's boyfriend makes her sleep in his bed",
      'our dads friend showed him videos and touched him',
      'mi papá tiene la cara caída de un lado',
    ])
      expect(onCall(text), text).toBe(true);
  });

  it('property: a store, a means or a deleted history beside research, in any order, goes on call alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I looked up', "I've been researching", 'I googled', 'I researched'),
        fc.constantFrom(
          'I bought what I need',
          'I deleted the history',
          'the bridge is 200 feet',
          'the rope is in the closet',
          'I have it saved',
        ),
        fc.boolean(),
        (research, other, first) => {
          const text = first ? `${research} how it works. ${other}.` : `${other}. ${research} how it works.`;
          expect(onCall(text), text).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('readRisk: urgent distress from affairs put in order and pills kept secret', () => {
  it('raises a debt settled so the family owes nothing, it all figured out', () => {
    for (const text of [
      "Hi, I'd like to make sure my final payment is processed so my family won't owe you anything. I've taken care of everything else already.",
      'please cancel my appointments going forward, i wont be needing them. i have it all figured out',
    ]) {
      const d = triage(text);
      expect(d.outcome, text).toBe('crisis');
      expect(d.crisisCategories, text).toContain('urgent_distress');
    }
  });

  it('reads everything bought and a time as a plan, a crisis beside a request too', () => {
    for (const text of [
      'i bought everything i need. tonight',
      'please cancel tuesday i bought everything i need. tonight',
    ])
      expectCrisisOf('plan_intent', text);
  });

  it('raises pills taken and kept from someone, in English and Spanish, even sentences apart', () => {
    for (const text of [
      'ya me tome las pastillas. no le digan a mi mama',
      'I took the pills. Don’t tell my mom.',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    expect(triage('I took my meds this morning. Don’t tell me the pharmacy is closed again?').outcome).toBe(
      'clinical',
    );
  });

  it('raises only what a clinician reads: a payment plan so a family owes nothing stays with staff', () => {
    for (const text of [
      "Can I set up a payment plan so my husband won't owe anything? Thanks!",
      'I have it all figured out now, the portal works. Thanks!',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});
