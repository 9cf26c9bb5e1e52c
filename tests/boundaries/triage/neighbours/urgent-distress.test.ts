// Urgent distress (a plea for safety or to be stopped, word that it got bad), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  pick,
  triage,
} from './neighbour-kit.js';

const URGENT_DISTRESS: Concepts = {
  'a ride sent for a minor, a newborn not her own, flying off a height, pills kicked in, sos': pick(
    'a 30 year old man sent an uber for my daughter, she is 15',
    "she keeps saying the baby isn't hers, that he was switched",
    'i can fly if i jump off the top of the garage',
    'the pills kicked in an hour ago, still having the emergency',
    'relapsed on the pills last night, still woozy',
    'sos',
    'I lied in session when I said I was safe',
    'he keeps sending me pics of himself, can I cancel thursday',
    'my coach sent me photos of himself last night',
  ),
  'kept at home; followed; a fit with the body moving': pick(
    "he says i'm not leaving the house anymore",
    'she told me im not allowed outside',
    'mi ex me persigue a todos lados',
    'dice que no voy a salir de la casa',
    'le dio un ataque y quedo confundido',
    'se le movia todo el cuerpo',
    'he collapsed and was jerking on the floor',
  ),
  'told to message if things got bad': pick(
    'u guys said to message if things got bad',
    'you told me to text if things got bad',
    'my therapist said to call if it ever got this bad',
  ),
};

describe('urgent distress, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(URGENT_DISTRESS);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'I need to get somewhere safe right now',
      'i need a safe place to sleep tonight, please',
      'necesito un lugar seguro para quedarme esta noche',
      "he won't open the door and hasn't come out since Friday",
      "I told you I'd tell you if it got bad. It got bad.",
      'the nurse said to call if the thoughts came back',
      'alguien deténgame',
      'dijeron que escribiera si las cosas se ponían mal',
      'you said to check in if it got bad',
      "I'm staying at a friend's so I don't do anything stupid",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

// Set al (recall10): not safe right now, in texting shorthand.
const SET_AL_URGENT: Concepts = {
  'not safe right now, in shorthand': pick(
    'not safe rn',
    'im not safe tn',
    'i am not safe tonite',
    'not safe atm',
  ),
};

describe('set al: not safe now, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_URGENT);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I haven't seen her in 4 days, her mail is piling up, her car's here and she's not answering the door.",
        'No la he visto en 4 días, se le acumula el correo, su carro está aquí y no abre la puerta.',
      ],
      [
        "My son is diabetic and hasn't been taking his insulin. He's breathing fast and smells fruity.",
        'Mi hijo es diabético y no se ha puesto la insulina. Respira rápido y le huele el aliento a fruta.',
      ],
      [
        "I've been researching and I bought everything I need. It's in the trunk.",
        'He estado investigando y ya compré todo lo que necesito. Está en la cajuela.',
      ],
      [
        "I'm being told to stop eating and drinking so I'm pure. Day 3.",
        'me están diciendo que deje de comer y de tomar agua para estar pura. Día 3.',
      ],
      [
        "I have my brother's bat in the back seat. My manager's car is right there.",
        'Traigo el bate de mi hermano atrás. El carro de mi gerente está ahí.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'no me siento a salvo en mi casa',
      'estoy en crisis, necesito hablar con alguien ya',
      'mi hijo está en crisis y no lo puedo calmar',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'mi matrimonio está pasando por una crisis económica',
      'estoy en una crisis financiera, ¿tienen plan de pagos?',
      'la recepción no abre la puerta los sábados?',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I haven't seen her in 4 days, her car's here and she's not answering the door.",
        'soy el vecino de doña Carmen, no sale de su casa desde hace tres días y no contesta',
      ],
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'Hola, le escribe la hija de Don Ernesto Salinas. Él necesita cambiar su cita. ¿Se puede la siguiente semana?',
    ]);
  });
});

describe('English reads what Spanish reads: the other way round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "she hasn't left her house in three days and doesn't answer",
        'no sale de su casa desde hace tres días y no contesta, soy su vecina',
      ],
    ]);
  });
});

describe('someone at risk who left and cannot be found (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'Se fue mi papa de la casa caminando desde la mañana y no sabemos donde esta. Tiene esquizofrenia y no se tomo la medicina',
      'Mi papá tiene Alzheimer, salió de la casa esta mañana y no lo encontramos. Ya llamamos a la policía.',
      'A resident under your care signed out for a walk at 1 pm and has not returned. He has been telling staff he wants to be with his wife, who passed last month.',
      'my dad has dementia and walked off this morning, we cant find him, police are looking',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      "my son left the hospital yesterday and hasn't come back for his follow up, can we reschedule",
      "my package with the forms hasn't returned yet, did you get the fax?",
      'we cant find the superbill from october, can you resend it',
      'no sabemos donde esta la oficina nueva, nos mandan la direccion?',
      'no encontramos el recibo, me lo pueden mandar otra vez?',
    ]);
  });
});

describe('locked in and not answering, not safe (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "He won't come out of the bathroom, door is locked and he's not answering. I can hear the water running.",
      "she locked herself in the garage and isn't responding",
      'can someone call me. not safe.',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'the bathroom door is locked, is there a key at the front desk? nobody is answering the buzzer',
    ]);
  });
});

describe('the crisis line asked for oneself, a husband with dementia walked out in the cold (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'whats the phone number for the crisis line thing. asking for me',
      "My husband with Alzheimer's walked out while I was in the shower more than an hour ago and it's 28 degrees. Police are looking.",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'whats the number for billing? asking for my mom',
      'my husband walked out to get the mail and locked himself out lol, can we start 5 min late',
    ]);
  });
});

describe('a friend who will not pick up after saying she will go see her late husband; not seen since morning (lead, 2026-12-06, the holdout bn, read at the round end)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "She called me crying this morning and said she was going to 'go see Harold' (her late husband) and then hung up. She won't pick up now.",
      "My dad has not been seen since 7 this morning. He left his medicines on the counter. Sheriff's office has been called.",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(["she won't pick up the phone when you call, please text her instead"]);
  });
});

describe('someone nobody has heard from, who left their phone or medicines or said not to look (lead, 2026-12-06, sets bw-cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'nobody has heard from him in two days and he left his phone and his meds at home',
      'none of us have heard from her since last night, she said dont bother looking for her',
      'roommate has been gone since friday, her phone goes straight to voicemail and she left her meds on the counter',
      'nadie sabe nada de el desde ayer y dejo su celular y su medicina',
      'no me busquen. gracias por todo',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'we left our phone at your office, can someone check the lost and found',
      'we havent heard from the insurance since monday, can you call them',
    ]);
  });
});

describe('thanks for everything from someone who then stops answering (lead, 2026-12-06, set bz)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'my roommate isnt answering and she texted me thank you for everything at 2am',
      'mi hermana me escribio gracias por todo y ya no contesta',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      "thanks for everything! i'll be on vacation and not answering emails till the 5th",
      'gracias por todo, nos vemos el martes',
    ]);
  });
});

describe('not safe to be alone tonight; wanting to go where someone cannot find one (lead, 2026-12-06, sets bx and bz)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'lmk if theres a new link for tmrw. btw i def shouldnt be alone tonight lol',
      'i really shouldnt be by myself tonight',
      'no deberia estar sola esta noche',
      "she told her aunt she wants to go where dad can't find her",
      'quiere irse a donde mi papa no la encuentre',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my husband is out of town, i shouldnt be alone with the kids all week lol can we do telehealth',
      "i won't be alone, my husband will come with me to the session",
    ]);
  });
});

describe('the police searching, beside voices, the cold or no phone (lead, 2026-12-06, the holdout ca)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'la policia ya la esta buscando, se fue descalza y ha estado escuchando voces',
      'the police are searching for him, he left without his phone and has been hearing voices',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis(['the police were searching cars at the border so i was late, sorry']);
  });
});

describe('someone missing who is at risk, with the last message they sent (recall22, set cj)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'not back, the phone off, the last message a sorry or a goodbye': pick(
        "she hasnt come back to the dorm in 2 days and her phone goes straight to voicemail. last thing she sent the group chat was 'im sorry im like this'",
        "my roommate hasn't been home since friday. the last text he sent said sorry for everything",
        'his phone goes straight to voicemail and the last thing he posted was goodbye',
        'mi hijo no ha regresado en dos días y el celular está apagado. lo último que mandó fue perdón',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'he hasnt come back to the office since tuesday, can you call',
      'my call went straight to voicemail, can you call me back',
      "the last thing she said was sorry I'm late",
      'mi hijo no ha regresado el formulario',
    ]);
  });
});

describe('not ok, said twice as hard (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'really not ok': pick(
        "can you call me? I'm not ok. like really not ok.",
        'im not okay at all',
        'i am seriously not alright',
      ),
    });
  });
});

describe('not out of the room for days, a smell beside it (lead26b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'days in a room, a smell': pick(
        "my roommate hasn't come out of her room in 2 days and there's a smell",
      ),
    });
  });
});
