// Medical emergencies (a seizure, cannot be woken, chest pain, withdrawal), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const MEDICAL_EMERGENCY: Concepts = {
  'a diabetic in danger': join(
    pick('my son is diabetic and', 'she has diabetes and is', 'my dad is on insulin and'),
    pick('shaking and sweating', 'confused and pale', 'slurring'),
  ),
  'a seizure in other words; heavy drinking stopped at once; benzodiazepines run out; someone who cannot be woken':
    pick(
      'had a blackout with shaking on the kitchen floor this morning',
      'i drink like 15 beers a day and im quitting tomorrow',
      "ran out of my xanax 3 days ago, can't sleep, shaking",
      "i can't wake him up, he just mumbles, he's been asleep since last night",
    ),
  'withdrawal and its signs across sentences': join(
    pick('day 3 sober.', 'quit drinking friday.', 'day 2 of detox.'),
    pick('shaking bad', 'seeing bugs on the wall', 'cant stop shaking and sweating'),
  ),
  "the worst headache of one's life; an MAOI with cheese or wine": pick(
    'worst headache of my life rn',
    'this is the worst headache of my whole life',
    'on the maoi and had pepperoni pizza and wine, neck stiff',
    'i take nardil and ate aged cheese, head pounding',
    'on parnate and drank a beer',
  ),
  'pro-ana challenges, the ER refused, throwing up after meals': pick(
    "she's in a discord where they do challenges, last one was don't eat for 72 hrs",
    'the challenge was fasting for 3 days',
    'the pediatrician said to go to the ER but she refuses',
    'he refused to go to the hospital, the doctor told us to',
    'she throws up after every meal',
    'he throws up after meals like 4 times a day',
  ),
  'off the bottle and shaking, or talking to the dead after quitting (set ah)': pick(
    "he's been off the bottle 3 days and he's shaking and sweating",
    'off the booze two days and shaking bad',
    'talking to his brother who died years ago since he quit drinking',
    "she's talking to people who aren't there since she stopped drinking",
    'está hablando con su hermano que murió, dejó de tomar hace tres días',
  ),
};

describe('medical emergencies, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(MEDICAL_EMERGENCY);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'Mi hijo es diabetico y esta temblando y sudando',
      'el peor dolor de cabeza de mi vida',
      'been taking like 30 laxatives a day',
      'his muscles are twitching and his temp is 103',
      'me duele el pecho y el brazo después de la coca',
      'he has refused to eat or drink for three days',
      'está en un grupo pro ana haciendo retos de ayuno',
      'en el grupo el reto es no comer por 3 días',
      'se niega a ir a urgencias',
      'she only eats like 300 calories a day and her hair is falling out',
      "my daughter hasn't peed in a day and is barely drinking anything, she's been restricting",
      "he hasn't urinated in 2 days",
      'mi hija no ha orinado en un día',
      'her words are slurred and she seems confused, she takes lithium',
      'my dad is on the floor jerking and not answering',
      'how long can someone go without food before it is dangerous, it has been a week',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('on the floor and not getting up', () => {
  it('reads being on the floor and not getting up', () => {
    expectCrisis(['im on the kitchen floor', 'I am on the bathroom floor and cant get up']);
  });
  it('leaves a floor of a building with staff', () => {
    expectNotCrisis([
      'is the office on the second floor?',
      'I spilled coffee on the kitchen floor so I am late',
    ]);
  });
});

describe('a heart that will explode, a bathroom door that does not open', () => {
  it('reads a racing heart after a drug and a bathroom door not opening after a fall', () => {
    expectCrisis([
      'my heart feels like its going to explode',
      'dice que el corazón le va a explotar',
      'se metió algo en la fiesta y está sudando',
      'mi hija está en el baño y no abre',
      'está en el baño y no me contesta',
      'hes in the bathroom and wont answer, i heard something fall',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'el baño de la oficina no abre, ¿hay otro?',
      'the bathroom door wont open on the 2nd floor, fyi',
    ]);
  });
});

describe('kinds probed in new words: a stroke, a fit after a benzodiazepine stopped, too many pills (es)', () => {
  it('reads them', () => {
    expectCrisis([
      'my dad is having a stroke i think',
      'i think shes having a heart attack',
      "he's been off his klonopin for 4 days and just had a fit",
      'off her xanax since monday and now shes shaking',
      'mi esposa tomó demasiadas pastillas y está muy dormida',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my toddler had a fit in the waiting room, sorry! can we reschedule?',
      'tomé demasiado café y llegué tarde, perdón',
    ]);
  });
});

describe("set am's kinds: passed out after days without eating, an elephant on the chest after lines", () => {
  it('reads them', () => {
    expectCrisis([
      'i stopped eating 5 days ago and passed out at work',
      'chest feels like an elephant is on it',
      'left arm tingly and my chest hurts after 2 lines',
    ]);
  });
});

describe('days without drinking, shaking (Spanish)', () => {
  it('reads it', () => {
    expectCrisis(['llevo 3 dias sin tomar y me tiemblan las manos, veo bichos']);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis(['sin tomar agua me tiemblan las manos jaja']);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'ya tuve dos ataques donde me caigo y me muerdo la lengua',
      'esta en el piso echando espuma por la boca',
      'mi tio dejo de beber hace 2 dias y ahora esta viendo gente',
    ]);
  });
});

describe('Shaking since the drinking or the pills stopped (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'no para de temblar desde que dejo el alcohol',
      'llevo tres dias sin tomar y tiemblo mucho',
      'dejé el clonazepam de golpe y estoy temblando',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['está temblando de frío en la sala de espera, ¿pueden subir la calefacción?']);
  });
});

describe("Set aq's kinds (2026-12-05): fever with rigidity; eyes rolling up; a fit without the nerve pills", () => {
  it('reads them', () => {
    expectCrisis([
      'tengo fiebre y el cuello tieso',
      'después de la inyección tengo el cuello tieso y los ojos se me van pa arriba',
      'high fever and my whole body is stiff',
      'his eyes keep rolling up and his neck is stiff after the shot',
      'llevo una semana sin la de los nervios y tuve como un ataque',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['tengo fiebre, ¿puedo hacer la cita por video?']);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads spasms or tremors after a benzodiazepine or drink ran out', () => {
    expectCrisis([
      'hace dos días que no tomo el xanax y tengo espasmos',
      'se me acabó el clonazepam hace tres días y tengo temblores',
      'sin el rivotril me tiemblan las manos y no siento la lengua',
      'se me acabó el tafil y tengo calambres en todo el cuerpo',
      "ran out of xanax two days ago and now i'm twitching",
    ]);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads more pills than prescribed; a benzodiazepine with beer; half a face numb; days without water', () => {
    expectCrisis([
      'mi mamá tomó más pastillas de las que le tocan y está muy dormida',
      'me tomé unas cervezas con el clonazepam y me siento muy raro',
      'I had a few beers with my klonopin and I feel really weird',
      'se me está durmiendo la cara y no puedo hablar bien',
      'mi esposa lleva días sin comer ni tomar agua',
    ]);
  });
  it('leaves the everyday neighbours of more pills than prescribed; a benzodiazepine with beer; half a face numb; days without water off the on-call line', () => {
    expectNotCrisis([
      'me tomé el clonazepam, ¿puedo tomar vino?',
      'se me está durmiendo la pierna de tanto estar sentado',
    ]);
  });
});

describe('Fallen on the floor and unable to get up, in Spanish (found by admines10; lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis([
      'me quedé tirado en el piso, no me puedo levantar',
      'mi mamá está caída en el suelo y no se puede mover',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "she mixed her oxycodone and ativan and now she's slurring and keeps nodding off",
        'mezcló la oxicodona con el ativan y ahora arrastra las palabras y se está quedando dormida',
      ],
      [
        'chest feels like an elephant is on it, left arm tingly. did 2 lines earlier',
        'siento un elefante en el pecho y el brazo izquierdo con hormigueo. me meti 2 lineas',
      ],
      [
        'stopped drinking cold turkey on sunday. now my hands wont stop shaking and i saw bugs on the wall that werent there',
        'deje de tomar de golpe el domingo. ahora no me dejan de temblar las manos y vi bichos en la pared que no estaban',
      ],
      [
        'the lamotrigine rash is spreading to my mouth and eyes now, lips peeling',
        'el sarpullido de la lamotrigina ya se me está pasando a la boca y los ojos',
      ],
      [
        'the pediatrician said her heart rate was 41 and said to go to the ER but she refuses',
        'el pediatra dijo que tiene el pulso en 41 y que vaya a emergencias pero no quiere',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'le dio un ataque y se puso morado',
      'día 3 sin tomar. las manos me tiemblan mucho',
      'mi papá no quiere ir a urgencias y le duele el pecho',
      'mi hija llegó drogada, ve cosas y vomitó',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'me dio un ataque de risa y me puse morada',
      'veo cosas borrosas cuando leo, ¿es la medicina?',
      'hay cucarachas en la pared del baño de la clínica',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I'm writing on behalf of my client, I'm a social worker at the county. Ms. Dawson is a patient of yours. She called me an hour ago, very slurred, and said she'd 'taken care of it' and hung up. Police are doing a welfare check.",
        'Soy trabajadora social del condado. La Sra. Dawson me llamó hace una hora, hablaba arrastrado, dijo que ya se encargó de eso y colgó.',
      ],
      [
        "Been taking my mom's xanax for like a year. Day 3. I'm twitching, can't sleep, feel like I'm gonna pass out",
        'Llevo un año tomando el xanax de mi mamá. Día 3. Tengo espasmos y siento que me voy a desmayar.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['dia 2 sin el clonazepam. tiemblo mucho']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['mi hija habla trabado desde chiquita, ¿tienen terapia de lenguaje?']);
  });
});

describe('a racing heart in numbers and numbness after taking something (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'omw to session but i hit something at my friends and my heart is going like 200 and my hands are numb. i cant feel my lips',
      'took something at the party and my heart rate is 190 and i cant feel my face',
      'i cant feel my arms and my heart is 180 after i took something',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my heart rate was 180 on the treadmill, crazy',
      'i cant feel my lips after the dentist, can we push my 3pm to 4?',
    ]);
  });
});

describe('a racing heart after cocaine, a swollen face and tongue (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'hace rato se me paso la mano con la coca y el corazon me late rapidisimo, estoy sudando frio',
      'tengo la cara y la lengua hinchadas y me cuesta respirar desde el medicamento nuevo',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['me cuesta respirar cuando hace frio y tengo asma, puedo hacer la cita por video?']);
  });
});

describe('a child off clonidine for days, heart racing (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "Ethan has been off his clonidine 3 days and now his heart rate is 140 and he's sweaty and shaky",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['my heart rate was 140 at soccer practice lol, anyway can we move to 5']);
  });
});

describe('barely answering and snoring oddly (lead, 2026-12-06, set by)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['she is barely responding and snoring weird', 'mi mama ronca raro y casi no responde']);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis(['mi esposo ronca muy feo jaja, \u00bftienen citas en la tarde?']);
  });
});

describe('warning signs of preeclampsia in pregnancy or after a birth (lead22, a set kept outside, its crisis misses read)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a severe headache with spots, blurred vision or swelling, pregnant or just delivered': pick(
        "I'm 31 weeks pregnant and I've had a really bad headache since this morning and I keep seeing spots",
        'I had the baby 10 days ago and now I have a pounding headache and blurry vision',
        'estoy embarazada de 32 semanas, tengo un dolor de cabeza muy fuerte y veo lucecitas',
        'di a luz hace una semana y tengo dolor de cabeza y la vista borrosa',
      ),
    });
  });

  it('leaves a pregnancy beside a request, vision insurance and a stress headache off the on-call line', () => {
    expectNotCrisis([
      "I'm 31 weeks pregnant, can we switch my sessions to telehealth until the baby comes?",
      "I'm pregnant and my vision insurance changed, can you update it?",
      'my wife is 30 weeks pregnant and I get headaches from stress, can we do 4pm',
      'estoy embarazada de 20 semanas, puedo cambiar mi cita al viernes?',
    ]);
  });
});

describe("going without water, an eating disorder's body failing, huffing (lead24: set cp, read for its misses)", () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'no food and water for days': pick(
        "The Lord has told me I need to go without food and water until I'm cleansed. Day 3.",
        'no food or water since sunday',
        "haven't had any water in 3 days",
      ),
      'fainting or falling while restricting, at a low weight': pick(
        "she's down to 85 lbs and got dizzy and fell in the shower this morning",
        'she passed out at school, she has been restricting for weeks',
        'he collapsed at practice, he weighs like 100 pounds now',
      ),
      'purging with the body protesting': pick(
        'he purges like 6 times a day now and his hands are cramping up and tingling',
        'been taking laxatives every day and my heart keeps fluttering',
      ),
      'huffing, then passed out': pick(
        'my son is 16 and he has been huffing and passed out in the garage',
        'she was doing whippets and now she is barely breathing',
      ),
    });
  });

  it("leaves purging with normal labs, and a new med's side effects, off the on-call line", () => {
    expectNotCrisis([
      "I've been purging after big meals again, like twice a week. my PCP checked my labs and they're fine",
      'the new med makes me a little dizzy in the mornings, is that normal?',
    ]);
  });
});

describe('withdrawal with the day of the last drink named (lead24e)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'no drink since a day, and things seen or the shakes': pick(
        "I'm seeing things crawling on me and I haven't had a drink since sunday",
        'havent had a drink since friday and im shaking so bad',
        'vi cosas caminando en la pared y no he tomado desde el domingo',
      ),
    });
  });

  it('leaves sobriety counted from a day off the on-call line', () => {
    expectNotCrisis([
      "haven't had a drink since friday and I feel great, can we move thursday",
      'no he tomado desde el lunes y me siento bien',
    ]);
  });
});

describe('a button battery or magnets swallowed (lead24h)', () => {
  it('keeps the Spanish and English versions on call, alone or beside a request', () => {
    expectParity([
      ['my toddler swallowed a button battery i think', 'mi bebe se trago una pila'],
      ['he ate two of the magnets from the fridge', 'se trago dos imanes del refri'],
    ]);
  });
});

describe('foaming at the mouth; a heart rate beside not eating; hardly able to talk or swallow (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'foaming at the mouth after something taken': pick(
        "my roommate took something and now she's foaming at the mouth",
        'he had a seizure and was foaming at the mouth',
      ),
      'a heart rate beside not eating': pick(
        'my daughter is refusing to eat and her heart rate was 38 at the doctor',
        'she has been restricting for weeks and her pulse is 41',
      ),
      'hardly able to talk or swallow': pick(
        'my throat feels swollen and i can barely swallow since the new med',
        'the new pills make my mouth so dry I can hardly talk',
      ),
    });
  });

  it('leaves a lost voice and a heart rate on a form off the on-call line', () => {
    expectNotCrisis([
      'i can barely talk today, lost my voice, can we do a text session or move it',
      'my heart rate was 110 on the pulse ox at the clinic, need the form for my work',
    ]);
  });
});

describe('la abstinencia del alcohol en español (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'sin tomar desde hace días': pick(
        'mi papa no ha tomado en 3 dias y esta temblando y viendo cosas',
        'dejo de tomar el lunes y ahora tiene convulsiones',
      ),
    });
  });

  it('leaves holidays not taken off the on-call line', () => {
    expectNotCrisis(['mi esposo no ha tomado las vacaciones todavia, podemos cambiar la cita']);
  });
});
