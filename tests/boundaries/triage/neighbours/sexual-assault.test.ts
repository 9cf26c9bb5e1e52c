// Sexual assault told without the word (made to, a no ignored, showering after), in other words and Spanish.
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

const SEXUAL_ASSAULT: Concepts = {
  'coercion told as being made to do things': join(
    pick('my boss', 'my manager', 'my coach', 'my landlord'),
    pick('made me do things', 'makes me do stuff', 'forced me to do things'),
    pick('to keep my job', 'or he would fire me', 'for the rent', 'to keep my grade'),
  ),
  'something that happened with a man, told as such': pick(
    'something happened saturday night with a guy from the app and im not okay',
    'something happened at the party with my coworker and i havent told anyone',
    'algo paso con un tipo en la fiesta',
  ),
  'things done to someone; not stopping when asked; not fighting back': pick(
    'her uber driver did stuff to her',
    'my son says his uncle does things to him',
    'mi hija dice que su padrastro le hace cosas',
    "he didn't stop when i asked",
    "he wouldn't leave when i told him to",
    'is it still rape if i didnt fight',
    "i didn't fight back, i froze",
    'no paro cuando le dije que no',
  ),
  'showering again and again after it': join(
    pick('i keep showering', 'i cant stop scrubbing', "i can't stop showering", 'i showered three times'),
    pick("and it doesn't help", 'and i still feel dirty', 'since it happened'),
  ),
  "'I said no' said over and over; exposed unless one pays": pick(
    "she keeps saying 'i said no i said no'",
    'i told him no and he didnt stop',
    "he said he'll out me to my family unless i pay",
    "unless i pay he's sending them to all my followers",
  ),
  'no said more than once; not knowing how one got there (set ah)': pick(
    'I said no more than once',
    'told him no more than once and he kept going',
    'I said no several times',
    'le dije que no varias veces',
    "woke up in a hotel room and didn't know how I got there",
    "I don't remember how I got home and I'm bruised",
    'no sé cómo llegué, me desperté en un cuarto de hotel',
  ),
};

describe('sexual assault, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SEXUAL_ASSAULT);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'me sigo bañando y me siento sucia',
      'no dejo de bañarme desde que pasó',
      'le dije que no pero me llevó a su carro',
      "I've showered like five times since Saturday",
      'it happened again at my cousins',
      'she came home with her dress torn and will not talk',
      'le dije que no y no se detuvo',
      'dice que va a subir el video si le digo a mis papás',
      'le dije que no y no paró',
      'llegó llorando con la ropa rota',
      'creo que alguien le hizo algo',
      'my date did something to me and I was too scared to say no',
      "I can't stop showering",
      'me echaron algo en el trago',
      "woke up in a stranger's room and I don't remember how I got there",
      'my clothes were on backwards when I woke up',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('no said many times, a shower after, a date gone wrong', () => {
  it('reads no said many times, a shower one should not have taken, a date gone wrong', () => {
    expectCrisis([
      'i said no a bunch',
      'i said no a lot and he kept going',
      'i know youre not supposed to shower after',
      'I showered even though you are not supposed to',
      'i went home with a guy from tinder and it went really wrong',
      'the date went so wrong',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I said no to the payment plan, can I pay in full?',
      'my insurance went really wrong this month, the claim bounced',
    ]);
  });
});

// Set al (recall10): underwear missing on waking; cornered and touched; frozen when touched; in Spanish too.
const SET_AL_ASSAULT: Concepts = {
  'underwear missing on waking': pick(
    'my underwear was gone when I woke up',
    'woke up with my pants off in his car',
    'woke up naked at his place and dont know how',
    'my bra was ripped and i cant remember',
    'desperté sin ropa interior en su carro',
  ),
  'cornered and touched, frozen': pick(
    'he cornered me in the stockroom and groped me',
    'my coach pinned me against the wall and kissed me',
    'he grabbed me and i froze',
    'she touched me and i was frozen',
    'me acorraló en el baño y me tocó',
  ),
};

describe('set al: waking undressed and being cornered, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_ASSAULT);
  });
});

describe("set ao's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'amaneci en un cuarto que no conocia sin mi ropa',
      'lo que paso en su carro no fue consentido',
      'un señor del trabajo me agarro a la fuerza',
    ]);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'mi primo se aprovecho de mi cuando estaba dormida',
      'me desperte y el estaba encima de mi',
      'lo que paso en el carro del uber. yo iba dormida',
    ]);
  });
});

describe("Set aq's kinds (Spanish, 2026-12-05): not let go until; 'me hizo cosas'; woke with a man on top; told no many times", () => {
  it('reads them', () => {
    expectCrisis([
      "my date wouldn't let me leave until i did what he wanted",
      'no me dejó ir hasta que hice lo que él quería',
      'un señor de la iglesia me hizo cosas. tengo 15',
      'mi padrastro me hace cosas cuando mi mamá no está y me da asco',
      'desperté con el tipo ese encima de mí',
      'mi amiga despertó con un muchacho encima y no se acuerda',
      'le dije que no varias veces pero siguió',
      'le decía que no y siguió',
      'me siento sucia desde lo que pasó en la fiesta',
      'mi primo se metió a mi cuarto mientras dormía',
      'I told him no several times',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'le dije que no varias veces al del seguro y siguen cobrando, ¿me ayudan?',
      'me siento sucia, no me he podido bañar porque no hay agua caliente, ¿puedo cambiar la cita?',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads a driver who did not take one home, and the rest left unsaid', () => {
    expectCrisis([
      "My Uber driver didn't take me home. He pulled over and I don't want to say the rest.",
      'the cab driver never took me home',
      'el chofer del uber no me llevó a mi casa, se estacionó y no quiero contar lo demás',
      'el taxista no me dejó en mi casa',
    ]);
  });
  it('leaves the everyday neighbours of a driver who did not take one home, and the rest left unsaid off the on-call line', () => {
    expectNotCrisis(['my uber driver pulled over to get gas so I was late']);
  });
  it('reads waking without clothes or in a room one did not know', () => {
    expectCrisis([
      'desperté en un cuarto que no conocía y sin ropa',
      'amanecí sin ropa en una casa que no conozco',
      'me desperté sin calzones y no me acuerdo de nada',
    ]);
  });
  it('reads a boss who did things after one said no', () => {
    expectCrisis([
      'mi jefe me hizo cosas en la bodega cuando todos se fueron. le dije que no.',
      'el encargado me hizo cosas cuando estábamos solos',
      'me hizo cosas. le dije que parara.',
    ]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "something happened at a party Saturday and I don't remember most of it and I woke up at some guy's place",
        'pasó algo en una fiesta el sábado, no me acuerdo de casi nada y desperté en casa de un tipo',
      ],
      [
        'an older boy at a party on Saturday forced her into a bedroom',
        'un muchacho mayor en una fiesta la metió a un cuarto a la fuerza',
      ],
      [
        "Something happened on Saturday night with a guy from the app and I'm not okay.",
        'Me pasó algo el sábado en la noche con un tipo de la app y no estoy bien.',
      ],
      [
        'my son came home from a party and says two guys held him down and did things to him',
        'mi hijo llegó de una fiesta y dice que dos tipos lo agarraron y le hicieron cosas',
      ],
      ["i didn't say yes. i froze and he kept going", 'yo no dije que si. me quede congelada y el siguio'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'amanecí en el cuarto de un desconocido y no recuerdo nada',
      'me jaló a su carro a la fuerza',
      'me quedé paralizada y él siguió',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'desperté en casa de mi tía porque se fue la luz',
      'me quedé helada cuando vi la factura',
      'no dije que sí a la cita del martes, ¿me la pueden quitar?',
      'pasó algo con un señor en la recepción, me cobró doble',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "she doesn't remember much after a drink someone gave her, and woke up in a guy's room with her clothes off",
        'no se acuerda de mucho después de un trago y despertó en el cuarto de un chavo sin ropa',
      ],
      ["I didn't consent but he did it anyway", 'yo no di mi consentimiento pero él lo hizo de todos modos'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(['no consentí y él siguió', 'amaneció en la casa de un tipo después de la fiesta']);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'no di mi consentimiento para que compartan mis expedientes con la escuela',
      'mi hija despertó en casa de su amiga después de la pijamada',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "my husband forces me to have sex when he's drunk",
        'mi marido me obliga a estar con él aunque le digo que no',
      ],
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(['el trabajo me obliga a estar en la oficina hasta las 7']);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'anoche mi jefe me obligó a tener relaciones',
      'me violaron ayer saliendo del trabajo',
      'un tipo me drogó en la fiesta y desperté sin ropa',
      'mi tío abusó de mí el fin de semana',
      'le dije que no y siguió',
      'me forzó a hacerlo aunque le dije que no',
    ]);
  });
});

describe('something happened, and now one cannot be alone with a man (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "something happened with a trainer at the gym and I can't be alone in a room with a man right now",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['mi papa me dijo que me quede con su carro mientras esta de viaje']);
  });
});

describe('a partner who forces one when drunk, in Spanish (lead, 2026-12-06, set cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['mi pareja me fuerza cuando esta borracho. anoche fue otra vez']);
  });
});

describe('things done after one said no (lead, 2026-12-06, the holdout ca)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'Saturday night he did things after I said no. More than once.',
      "i'm still sore, he forced me",
    ]);
  });
});

describe('consent not given, in so many words (lead24: set cp, read for its misses)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'not a yes, beside what happened': pick(
        "pretty sure I might be pregnant after what happened at the party (I didn't say yes)",
        "he kept going even though i didn't say yes",
        'i never agreed to it but he did it anyway, last night',
        "i didn't consent to what happened at his place saturday",
      ),
      'touched by someone who would not let one go': pick(
        "my uber driver wouldn't let me out and touched me, this was an hour ago",
        'he grabbed me and locked the doors',
      ),
    });
  });

  it('leaves a payment plan not yet agreed to off the on-call line', () => {
    expectNotCrisis(["I didn't say yes to the payment plan yet, can you send the terms?"]);
  });
});
