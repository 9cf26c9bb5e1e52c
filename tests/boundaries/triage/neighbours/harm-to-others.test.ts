// Harm to others (a threat with a target or a weapon, making someone pay), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  expectStaff,
  isStaff,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const HARM_TO_OTHERS: Concepts = {
  'a weapon and someone sitting with it': join(
    pick('sitting outside his place with a', 'standing at her door with my', 'sitting in the car with the'),
    pick('bat', 'sidearm', 'knife', 'gun'),
  ),
  'hitting a partner and feeling it again, someone not making it home, where they park': pick(
    'i hit my girlfriend and i think im going to do it again',
    'I slapped her. it is building again',
    "I'll make sure my boss doesn't make it home tonight",
    'i know where he parks',
    'i have a plan for my stepdad that nobody needs to know about',
  ),
  'not answering for what one does to someone; a car burned with someone inside': pick(
    "i won't be responsible for what i do to him",
    'not responsible for what i might do to her',
    'no respondo de lo que haga',
    'he says he will burn her car with her inside',
    'va a quemarle la casa a su ex',
    'compro gasolina en un bote rojo',
  ),
  'a threat to come back with something; a gun by its slang; waiting outside with a weapon': pick(
    "said if they fire him he's coming back with something",
    "he told the secretary he'd bring his piece to the meeting",
    'i sat outside his house with a bat for an hour last night',
    "he's getting released friday and i know where he's staying",
  ),
  'a building set on fire with someone in it; not knowing what one will do to a boss; a heart wished to stop':
    pick(
      "i'm going to burn his house down with him in it",
      'already bought the gas cans',
      "i don't know what i'll do to my manager if i see him monday",
      'some nights i wish my heart would just stop',
      "i don't want better, i want off this ride",
      'i want to unsubscribe from life',
      'im just a money pit, thinking of a way to fix that permanently',
      "they'll get over it faster if i'm gone",
      'gave all my stuff to my cousin, feels good to not need things anymore',
      'been stockpiling my pills in a drawer',
      'need more bandages, ran out again this week',
      'if i got hit by a bus tomorrow id be like cool',
    ),
  'a person taken out, someone asked to stop one': pick(
    "he says he's going to take out his ex's new boyfriend",
    'im gonna take out my boss',
    'just somebody stop me',
    'someone please stop me',
    "i'm so angry i could actually do something",
    'so mad i might do something',
  ),
  "hands around someone's throat (set ah)": pick(
    'I woke up with my hands around her throat',
    'woke up with my hands around my wifes neck',
    'had my hands on his throat before I knew it',
    'I had her by the throat when I woke up',
  ),
  'a gun brought to work (set ah)': join(
    pick("i swear i'll bring", 'im gonna bring', 'next time i bring'),
    pick('my AR', 'my rifle', 'the AK', 'my gun'),
    pick('to work', 'to the office', 'to the shop'),
    pick('and make them understand', 'and make them pay'),
  ),
};

describe('harm to others, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(HARM_TO_OTHERS);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'voy a ir con la pistola a su casa',
      'im going to make him pay for what he did. i know his schedule',
      'me la va a pagar por lo que hizo',
      "I'm taking something to defend myself when I confront him",
      "that guy is going to get what's coming to him",
      "I'm not a violent person but I'm done",
      "he said he's going to take out his supervisor",
      'my son was loading a magazine and talking about his boss',
      'sometimes I think about taking him with me',
      'I think about holding a pillow over her face',
      "I've been writing a list of people who hurt me",
      "she's going to pay for what she did",
      'estoy tan enojado que podría hacer algo',
      "he said he's bringing something if they fire him",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('reads a full stop before a digit as a decimal point, not a sentence end', () => {
    expect(triage('Told him next time I am coming over with the .45 to settle it.').outcome).toBe('crisis');
    expect(isStaff(triage('My copay is $.50 more this month, can you check the bill?'))).toBe(true);
  });
});

describe('knowing what one has to do about a person', () => {
  it('reads knowing what one has to do about a person', () => {
    expectCrisis([
      'I know what I have to do about the man downstairs',
      'i know what i need to do about him',
      'i know what i gotta do about my neighbor',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['I know what I have to do about the bill, thanks']);
  });
});

// Set al (recall10): a gun carried, in slang, and a beating promised to whoever did something.
const SET_AL_HARM: Concepts = {
  'a gun carried, in slang': pick(
    'got my piece on me and i know who did it',
    'keeping my strap on my hip till i find him',
    'im strapped and going to see that dude tonight',
    'been packing my heat on me since he jumped my cousin',
  ),
  'a beating promised to whoever did it': join(
    pick('gonna', 'im finna', 'bout to', 'imma'),
    pick('fuck up whoever', 'beat up whoever', 'mess up whoever', 'whoop up whoever'),
    pick('stole my tools', 'keyed my car', 'touched my sister', 'snitched'),
  ),
};

describe('set al: slang for a gun carried and a beating promised, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_HARM);
  });
});

describe("set al: 'darle cuello', Central American for a killing, read by its neighbours", () => {
  it('reads each as a crisis', () => {
    for (const text of [
      'le voy a dar cuello a ese maje',
      'a ese hay que darle cuello',
      'le dieron cuello a mi primo',
      'si me sigue molestando le doy cuello',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe("set ao's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'voy a llegar a la oficina de mi ex-jefe con algo y se van a acordar de mi',
      'voy a hacer algo que salga en las noticias',
      'le voy a meter fuego a su puerta',
    ]);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis([
      'esta vez no voy solo, vamos armados',
      'le voy a meter la tijera',
      'tengo que hacer algo antes que ella me haga algo',
    ]);
  });
});

describe("Set aq's kinds (2026-12-05): putting someone in the ground; a gun brought to work", () => {
  it('reads them', () => {
    expectCrisis([
      "If my landlord comes by again I'll put him in the ground",
      "one more word and I'll put him six feet under",
      'el lunes voy a llevar el cuete a la obra',
      'voy a traer la fusca al trabajo',
      'a ese lo voy a enterrar',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['vamos a enterrar a mi abuelita el lunes, necesito cancelar']);
  });
});

describe('Spanish probes (2026-12-05): urges to throw or shake a baby', () => {
  it('reads them', () => {
    expectCrisis([
      'me dan ganas de aventar a mi bebé',
      'tengo miedo de sacudir a mi bebé cuando no para de llorar',
      'tengo pensamientos de ahogar a mi hijo',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads a dream of beating a supervisor, and his hours found out', () => {
    expectCrisis([
      'sueño con agarrarlo en el estacionamiento y reventarlo',
      'quiero madrearlo. ya sé a qué hora sale',
      'me dan ganas de agarrarla y golpearla',
    ]);
  });
  it('leaves the everyday neighbours of a dream of beating a supervisor, and his hours found out off the on-call line', () => {
    expectNotCrisis(['ya averigüé a qué hora sale el bus']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads wanting to hurt the one who did this; something crazy to a relative; a weapon to be used', () => {
    expectCrisis([
      'quiero lastimar a la persona que me hizo esto',
      'un día de estos voy a hacer una locura con mi cuñado',
      "one of these days I'm going to do something crazy to my brother in law",
      'tengo una pistola y ganas de usarla',
      'tengo un machete y lo voy a usar contra él',
      "I have a machete and I'll use it on him",
    ]);
  });
  it('leaves the everyday neighbours of wanting to hurt the one who did this; something crazy to a relative; a weapon to be used off the on-call line', () => {
    expectNotCrisis([
      'voy a hacer una locura con mi pelo, me lo voy a pintar de azul',
      'tengo un bate de béisbol nuevo y ganas de usarlo',
      'quiero golpear a mi jefe jaja, que día',
    ]);
  });
});

describe('kinds probed in usted emails and understatement (recall11, 2026-12-05)', () => {
  it("reads 'le voy a dar su merecido'", () => {
    expectCrisis(['le voy a dar su merecido a ese desgraciado', 'ya le vamos a dar su merecido']);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'ngl i have a list of ppl at school who would deserve it',
        'tengo una lista de gente de la escuela que se lo merece',
      ],
      [
        "i swear i'm gonna torch his building with him in it. i got the gas cans already",
        'le voy a quemar el edificio con él adentro. ya tengo los galones de gasolina',
      ],
      [
        "my brother said he's gonna shoot up his old school and i think he means it",
        'mi hermano dijo que va a balacear su antigua escuela y creo que lo dice en serio',
      ],
      [
        "he says he's going to 'take out' his ex's new boyfriend",
        'dice que va a quitar de en medio al nuevo novio de su ex',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'estoy pensando en balacear mi escuela',
      'vamos a tirotear la prepa',
      'lo voy a quitar de en medio',
      'que no salga vivo de su casa',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'tengo una lista de personas que merecen un regalo de navidad',
      'voy a quitar de en medio las cajas de la sala de espera',
      'hubo un tiroteo cerca de la escuela y llegaré tarde',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "Sitting outside his apartment with a bat. Not saying I'll use it.",
        'Estoy afuera de su apartamento con un bate. No digo que lo vaya a usar.',
      ],
      [
        "if he gets written up one more time he's 'bringing something' and we'll see",
        'si le levantan otra acta va a traer algo y ya van a ver',
      ],
      [
        "if I see my supervisor again I think I'm going to do something to him. I'm not joking.",
        'si vuelvo a ver a mi supervisor le voy a hacer algo. No estoy bromeando.',
      ],
      [
        'Sometimes when Carl screams I think about putting a pillow over his face.',
        'A veces cuando Carlos grita pienso en ponerle una almohada en la cara.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'estoy enfrente de su casa con la pistola',
      'no sé qué le voy a hacer a ese supervisor. lo he pensado mucho',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'ya van a ver que sí pago, estoy buscando trabajo',
      'le voy a hacer algo rico de comer a mi esposo por su cumpleaños',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([["if they fire me i'll shoot everyone", 'si me despiden le caigo a tiros a todos']]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'tengo ganas de matar a mi jefe, ya sé dónde vive',
      'voy a ir a buscar a ese tipo con la pistola de mi papá',
      'si mi ex se acerca a mis hijos lo mato, ya tengo con qué',
      'me dan ganas de ahogar a mi bebé cuando no deja de llorar',
      'le voy a dar un tiro a mi vecino',
      'a veces pienso en hacerle daño a mi hijo y me da miedo',
    ]);
  });
});

describe('set be: dealing with them oneself (recall19, 2026-12-05)', () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      'dealing with them oneself, with a time, the means or a custody decision': pick(
        "the people upstairs are putting things in the vents and I'm going to deal with them myself tonight. I have what I need",
        "they keep watching me through the vents. i'm going to take care of it myself. i have what i need",
        "if the judge gives her the kids I'm not going to just let that happen. I'll take care of her myself before I let that happen",
        "i'll take care of him myself before i let him take my kids",
        "if she gets custody i'll handle her myself",
        'los vecinos me están envenenando, yo me voy a encargar de ellos esta noche',
      ),
    });
  });

  it('leaves care and errands done oneself off the on-call line', () => {
    expectNotCrisis([
      "my mom is sick, i'll take care of her myself before her surgery",
      "i'll handle it myself, no need to call",
      "i'll deal with the insurance myself tonight",
      'I have what I need for the intake, thanks',
      "i'll take care of him myself this weekend, his dad is out of town",
      'yo me encargo de ella, mi mamá está enferma',
    ]);
  });
});

describe("a weapon taken to someone's door, something to be stuck into someone (set bh, recall21, 2026-12-05)", () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      'hoy salió con un machete a tocarle la puerta al vecino',
      "my brother went to the neighbor's door with a machete",
      "he was banging on the neighbor's door with a bat",
      'si me vuelve a mirar así le voy a enterrar algo',
      "if he looks at me like that again i'm gonna stick something in him",
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'cortamos la maleza con el machete en el rancho, llego tarde a la cita',
      'vamos a enterrar a mi abuelo el sábado, ¿puedo cambiar la cita?',
      'my neighbor knocked on my door to return the hammer',
      "I'm going to stick a note in your mailbox with the check",
    ]);
  });
});

describe('persecution and a weapon bought, in Spanish (lead, 2026-12-05, from a holdout set)', () => {
  it('reads it as a risk to others', () => {
    expectCrisis([
      'Mi esposo anda muy raro, dice que el gobierno lo persigue y que tiene que defenderse. Compró un machete y no duerme.',
      'dice que lo persiguen. ayer compró una pistola',
      'mi hijo dice que tiene que defenderse de los vecinos y consiguió un cuchillo',
    ]);
  });

  it('leaves persecution by debts, with no weapon, off the on-call line', () => {
    expectNotCrisis(['siento que me persiguen las deudas, me dan un plan de pagos?']);
  });
});

describe('going to deal with someone oneself with a weapon at hand (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "If they dont stop by tonight I'm going up there to deal with it myself. I have my dad's bat.",
      'going over there to deal with him myself. i have a knife in the car',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      "i'll deal with the insurance myself, no worries",
      'can you handle it yourself or should I call the insurance myself',
    ]);
  });
});

describe('settling it oneself with a weapon at hand (lead, 2026-12-06, sets bo and bp, in Spanish)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'si no paran hoy voy a ir a arreglarlo yo mismo. tengo el bate de mi papa',
      'voy a arreglar las cosas con el yo mismo, ya tengo el cuchillo',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['voy a arreglar lo del seguro yo mismo, no se preocupen']);
  });
});

describe('something brought to school for the bullies (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "Kevin told a classmate he's going to bring something tomorrow for the boys who've been bullying him and that they'll be sorry",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(["i'm bringing something for the staff tomorrow, cookies lol"]);
  });
});

describe('running someone over or pushing them off a height, pictured (lead, 2026-12-06, sets bw and bz)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'i fantasize about running my shift lead over in the parking lot',
      'I keep having thoughts of pushing my coworker off the scaffolding',
      'pienso en atropellar a mi jefe',
      'tengo ganas de empujarlo del andamio',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my kid pushed his brother off the couch lol, can we talk in session',
      'i keep running over my budget, can i do a payment plan',
    ]);
  });
});

describe('shooting up a gathering one names; a shooter at a place now (lead, 2026-12-06)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'shooting up a gathering, said as what one will do': join(
        pick("I'm going to", 'im gonna', 'I want to', 'ready to'),
        pick(
          'shoot up the wedding',
          'shoot up the game saturday',
          'shoot up the reunion',
          'shoot up this place',
        ),
      ),
      'a shooter or shots at a place now': pick(
        "there's an active shooter at the school",
        'there is a shooter at my daughters school right now',
        'shots fired outside my building',
        'gunman inside the mall, we are hiding',
      ),
      'in Spanish': pick(
        'hay un tirador en la escuela de mi hija ahorita',
        'hay un tirador activo en el trabajo',
        'hay una balacera en la calle de mi casa',
        'hay un tirador en la escuela, estamos escondidos',
      ),
    });
  });

  it('leaves a drill, a game, a price that shot up and a range with staff', () => {
    expectStaff([
      'my kids school had an active shooter drill today so i need to pick them up, can we move to 5',
      'my copay shot up this year, can someone explain',
      'the shooting range is next to your office right?',
      "there's an active shooter drill at the school friday, can we move to monday",
      'El viernes hay simulacro de tirador activo en la escuela de mi hija, ¿podemos cambiar la cita al lunes?',
    ]);
  });
});

describe('a list of people someone means to get; "shot us all" (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a list kept of people to get': pick(
        "my coworker said he has a list of people at work he's going to get",
        'my son made a list of names of kids who are going to pay',
        'i have a list and they will all regret it',
      ),
      'everyone shot': pick(
        'my son (19) has been saying the family would be better off if he shot us all',
        'he said he would shoot them all at the meeting',
      ),
    });
  });

  it('leaves a list of calls to make, a ride that felt dangerous and a deer in season off the on-call line', () => {
    expectNotCrisis([
      'I have a list of people I need to call about the claim',
      'running late, my uber driver is driving like hes trying to kill us both lol. 5 min out',
      "my husband shot a deer this weekend so we'll be late Monday, processing it",
    ]);
  });
});

describe('getting even with someone whose schedule one knows (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'getting even, the schedule known': pick(
        "i have a plan to get even with my ex's new wife. i know her schedule",
        'gonna get back at him, i know his route home',
      ),
    });
  });

  it('leaves getting back about a schedule off the on-call line', () => {
    expectNotCrisis(["i'll get back with you about the schedule, my shift changed"]);
  });
});
