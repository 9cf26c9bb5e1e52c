// A plan, intent or timeline (a decision, a date, a calm plan), in other words, tenses and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  expectStaff,
  isStaff,
  pick,
  triage,
} from './neighbour-kit.js';

const PLAN_INTENT: Concepts = {
  'a plan known, safety lost, a drink with the pills, a threat to end someone, kept in, no memory': pick(
    "i know exactly how i'd do it",
    "it's going to happen soon, thank you for trying, goodbye",
    "i don't think i can keep myself safe tonight",
    "i can't keep myself safe",
    "i feel like i'm going to do something stupid",
    'my wife is talking about ending her life',
    'my son talks about taking his life',
    'i mixed my xanax with a bottle of wine tonight',
    'she washed down her pills with vodka',
    'i think i took triple my dose',
    "he has my passport and my keys and says i can't go anywhere",
    "if my ex shows up again i'm going to end him",
    "i woke up at a guy's place with no memory of getting there",
    'no puedo mantenerme a salvo',
    'mi hermano habla de quitarse la vida',
  ),
  'a secret plan; holding on until a date; pills ready': pick(
    "i have a plan and i'm not telling you what it is",
    'i just have to make it to christmas for the kids, then i am done',
    "i won't ruin her wedding, after that i'm done",
    'i have the pills ready in the drawer',
  ),
  'a last word arranged; a long sleep; something stupid tonight; a calm plan': pick(
    "if you don't hear from me after sunday tell my mom",
    'tell my kids it was quick',
    "I'm gonna sleep for a really long time and won't need therapy anymore",
    'in case i dont come home tonight',
    'might do something drastic tomorrow',
    'I have a plan and it scares me how calm I am',
    'not in a scheduling way',
    'tengo un plan y me da miedo lo tranquila que estoy',
    'diganle a mi familia que fue rapido',
    'voy a hacer algo estupido esta noche',
  ),
  'not a burden any more, said as the plan': pick(
    "I can't be a burden on my kids anymore",
    'i cant be a burden to my family any longer',
    "i won't be a burden on them anymore",
  ),
};

describe('plan, intent and timeline, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(PLAN_INTENT);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'no es un grito de ayuda, solo te aviso',
      'nadie sabría que fue a propósito',
      'I want to end it all tonight.',
      "I've decided Friday is when I'm gone.",
      'tengo todo listo para esta noche',
      "Don't worry about me after Friday.",
      "I'm not telling you so you can stop me",
      'ya tengo la fecha escogida',
      "I'll be done with all of this soon",
      'it was always going to end like this',
      "I'll just get it over with when my husband is away",
      "I'm done after Thanksgiving",
      'I feel so calm now that I decided',
      'he said he was going to go home and end it',
      "I think something's going to happen soon",
      "she's going to finish it after work",
      "i'm not going to be a problem for anyone after tonight",
      'im not gonna be a burden to anybody after friday',
      'ya no voy a ser un problema para nadie después de hoy',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('a method thought out, a plan after the thoughts came back (Spanish)', () => {
  it('reads a method thought out and a plan once the thoughts came back', () => {
    expectCrisis([
      'ya tiene pensado cómo hacerlo',
      'tengo pensado como matarme',
      'los pensamientos volvieron y ahora hay un plan',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['Tengo pensado cómo pagar el balance, ¿aceptan tarjeta?', '¿Hay un plan de pago?']);
  });
});

describe("set aj's kinds: 'that's when', thoughts of not wanting to be here", () => {
  it('reads them', () => {
    expectCrisis([
      'when my wife leaves for her trip friday thats when',
      'once everyone is asleep, that is when',
      'the thoughts about not wanting to be here have come back',
      'feeling like not wanting to exist lately',
    ]);
  });
});

describe("set am's kinds: a plan beside therapy not needed much longer, not safe again, a train schedule looked up", () => {
  it('reads them', () => {
    expectCrisis([
      "i won't need therapy much longer, i have a plan",
      'not safe again already',
      'i looked up the train schedule today and not to go anywhere',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['I have a plan for the balance, can I pay $50 a month?']);
  });
});

describe("set ap's kinds (Spanish)", () => {
  it('reads them', () => {
    expectCrisis(['ya tengo pensado como terminar esto hoy', 'hoy si estuve a punto. tenia todo listo']);
  });
});

describe('Fear of doing something stupid or crazy; an urge to do something to oneself (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'im scared ill do something stupid',
      "I'm afraid of doing something drastic tonight",
      'tempted to do something permanent',
      'tengo miedo de hacer una locura',
      'me dan ganas de cometer una tontería',
      'capaz que hago una pendejada hoy',
      'no estoy bien, tengo miedo de hacerme algo',
      'ando pensando en hacerme algo',
      'me dan ganas de hacerme algo',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I did something stupid and booked two sessions on the same day, can you cancel one?',
      'hice una tontería y pagué dos veces el copago, me lo pueden devolver?',
    ]);
  });
});

describe("Set aq's kinds (2026-12-05): free to go once a duty is done", () => {
  it('reads them', () => {
    expectCrisis([
      'después de que mi hija se gradúe ya me puedo ir tranquilo. ya cumplí con ella',
      'after my daughter graduates i can go in peace',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['ya me puedo ir tranquila, gracias por arreglar lo del seguro']);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads the means and the date in hand', () => {
    expectCrisis([
      'ya tengo las pastillas y la fecha',
      'ya conseguí la cuerda y el lugar',
      'i have the pills and the date',
      'got the rope and a place picked',
    ]);
  });
  it('reads wanting to go with a mother who died', () => {
    expectCrisis([
      'Quiero irme con ella. Desde que se fue al cielo no tengo a nadie.',
      'quiero irme con mi abuela que está en el cielo',
    ]);
  });
  it('leaves the everyday neighbours of wanting to go with a mother who died off the on-call line', () => {
    expectNotCrisis(['ya tengo la fecha de la cirugía, ¿me pueden cambiar la cita?']);
  });
});

describe('The place picked out (lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis(["i've picked out the spot", 'ya escogí el lugar', 'I scouted out a place']);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'I found a spot in the lot, which door do I use?',
      'ya escogí el horario, ¿me confirman?',
    ]);
  });
});

describe('Already knowing what one is going to do (unseen set as, read; lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis([
      "please don't make me come in, I already know what I'm going to do Saturday",
      "i've already decided what i'm gonna do",
      'I already planned what I will do tonight',
    ]);
  });
});
describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "fentanyl. that's all i'll say. i have it. might use all of it tonight",
        'fentanilo. nomas eso digo. lo tengo. a lo mejor me lo meto todo esta noche',
      ],
      ["this time i'm actually going to go through with it", 'esta vez si lo voy a hacer de verdad'],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'ahora sí lo voy a hacer de verdad',
      'me las trago todas hoy',
      'esta noche lo voy a llevar a cabo',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'la pastilla es grande, ¿me la trago entera o la parto?',
      'voy a llevar a cabo el plan de pagos que me dieron',
      'esta vez sí voy a llegar temprano a la cita',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "He told his sister he's 'going to do it after finals'",
        'Le dijo a su hermana que lo va a hacer después de los exámenes',
      ],
      [
        "why does everyone keep telling me it gets better. 47 and it hasn't. im done after christmas",
        'todos me dicen que mejora. tengo 47 y no ha mejorado. después de navidad ya estuvo',
      ],
      [
        "I'm fine but I'm writing this in case I'm not fine later. I've been planning to go out to the lake.",
        'Escribo esto por si luego no estoy bien. He estado planeando ir al lago.',
      ],
      [
        "Dec 30 is the date I picked. I'm not telling you this so you'll stop me",
        'El 30 es la fecha que escogí. No se lo digo para que me detenga.',
      ],
      [
        "Quick one. My appointment is Friday at 10, right? I want to make sure because I might be traveling. The license plates have been spelling things out for about a week now, mostly 7s and Ks which I finally figured out. They say I'm supposed to leave everything behind and drive west until the car stops, and not bring my phone or my meds, and I think today might be the day they mean. My sister keeps calling but she doesn't get it. If I'm not there Friday please don't charge me the fee.",
        'Las placas de los carros me están mandando mensajes. Dicen que tengo que dejarlo todo y manejar hacia el oeste hasta que se pare el carro, sin teléfono ni medicinas, y creo que hoy es el día.',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'si sigo así para los finales ya estuvo',
      'el ángel me dijo que maneje hasta donde apunten las señales',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'después de navidad ya estuvo con las fiestas, regreso a mis citas en enero',
      'la fecha que escogí para la cita es el 30',
      'estamos planeando ir al lago el fin de semana, ¿cambiamos la cita?',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'can u cancel my appt next week. im not gonna be here. like not here here',
        'cancel my appt, no voy a estar here',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis(["i'm done, ya me voy a ir for good"]);
  });
});

describe('an exit planned, said as a hint (set ay, lead, 2026-12-05)', () => {
  it('reads it as a crisis, beside a request or alone', () => {
    expectCrisis([
      'low key planning my exit. so u can give my tuesday slot to someone else',
      "I've been planning my way out for a while now",
      'been plotting my escape from all of it, cancel my sessions',
      'figured out a way out. please take me off the schedule',
    ]);
  });
  it('leaves the building exit and a way out of a job with the desk', () => {
    expectNotCrisis([
      'where is the exit? is it by the elevator',
      'which exit do I take off the highway to get to you',
    ]);
  });
});

describe('veiled plans probed by kind (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "i've decided to take the exit",
      'im ready to take the exit',
      "i won't be needing therapy anymore, i've found a permanent solution",
      'i think i found a permanent way out, im done',
      "i'm going somewhere i won't need these meds",
      'im headed where i dont need any of this',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'Can I get directions? I keep missing the exit off 95, can we push to 3?',
      "I'm headed to a conference where I won't need the 9am slot, can we move it?",
      'We found a permanent solution for the parking issue? Can I park in back now?',
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'esta noche lo voy a hacer',
      'el viernes ya no voy a estar',
      'ya escogí la fecha, es el domingo',
      'mañana es el día, ya está todo listo',
      'después de la cita del jueves ya me voy para siempre',
      'no voy a llegar a navidad',
      'hola doctora perdon la hora es que ya no aguanto mas tengo las pastillas aqui y me las voy a tomar todas',
      'no se si voy a seguir aqui la proxima semana la verdad ya no quiero',
      'mi hijo mando un audio diciendo que se va a tirar del puente y no contesta',
      'oiga mi marido me pego otra vez y me dijo que la proxima me mata',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'no llego a fin de mes con el pago, ¿puedo pagar en dos partes?',
      'mañana es el día de la cita, ¿a qué hora era?',
      'no voy a llegar a tiempo a la cita, ¿la pueden mover?',
      'mi mamá se pasó con la sal y le subió la presión, ¿puede venir al lunes?',
    ]);
  });
});

describe('a fifth probe of plans by kind (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "my plan is the garage once everyone's at work",
      "i already have the pills, i'm just waiting for the weekend",
      "i've written out how i'll do it",
      'i booked a hotel room for friday night so no one finds me at home',
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      'My plan is the PPO now, can you update my insurance?',
      'I already have the forms, just waiting for Friday to drop them off',
      'I booked a hotel room near your office for Friday, is parking free?',
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      'I made sure nobody will be home so the session is private, is 6pm ok?',
      "Can you explain how I'll do it, the online check-in?",
    ]);
  });
});

describe("set ay's Spanish kinds, each with its neighbours (recall13, 2026-12-05)", () => {
  it('reads each as a crisis, in Spanish and English', () => {
    expectCrisis([
      'tengo las pastillas aquí conmigo en el carro. no sé si lo voy a hacer',
      'traigo la pistola en la bolsa. no sé si lo vaya a hacer',
      'tengo la cuerda en el cuarto, todavía no sé si lo voy a hacer',
      "I have the pills here with me in the car. not sure if I'm going to do it",
      'por favor cancelen todas mis citas. mañana es el último día. gracias a la terapeuta por todo lo que hizo',
      'hoy es mi último día. gracias por todo lo que hicieron por mí',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['mañana es el último día para pagar sin recargo, ¿me mandan el total?']);
  });
});

describe('joining someone soon, missed or gone, written without "to"', () => {
  it('reads it as a crisis, beside a request or alone', () => {
    expectCrisis([
      'im gonna join my dad soon, i miss him. can i reschedule friday',
      "gonna join my brother soon, he's been gone 2 yrs. also need a receipt",
      'wanna join her soon. i miss my wife every day',
      "I'm going to join my mom, I miss her so much. can I get a receipt",
    ]);
  });

  it('leaves joining a session or a group with the desk', () => {
    expectNotCrisis([
      "im gonna join my wife's session soon, can you send the link",
      "can I join my daughter's telehealth visit tomorrow?",
      "I'm ready to join my husband's session again",
    ]);
  });
});

describe('a plan had, said with nothing else, and how done is said (recall19, 2026-12-05)', () => {
  it('property: a plan had is a crisis, whoever has it and however it is hedged, alone or beside a request', () => {
    // The C-SSRS asks whether one has worked out how; "yes, I have a plan" is its answer.
    checkConcepts({
      'a plan had': pick(
        'i have a plan',
        'ngl i have a plan',
        'i have a plan lol',
        'i have a plan jk',
        'ive got a plan now',
        'i made a plan',
        'i do have a plan',
        "i've had a plan for months",
        'he has a plan',
        'my daughter told me she has a plan',
        'you asked if i have a plan. i do',
        'i have a plan for the weekend',
        'i have a plan for my kids',
        'tengo un plan',
        'ya hice un plan',
        'mi hijo dice que tiene un plan',
      ),
      "done twice over, or can't do this anymore": pick(
        "i'm done done",
        "i can't do this anymore fr",
        'i cant do this anymore lol',
      ),
    });
  });

  it('leaves an insurance, a payment or a desk plan off the on-call line', () => {
    expectNotCrisis([
      'i have a plan with aetna',
      'i have a plan through work',
      'I have a plan G supplement',
      'i have a plan under my husband',
      'i have a plan that covers therapy',
      'i have a plan on the exchange',
      'i have a plan to pay it off by june',
      'I have a plan for the balance, can I pay $50 a month?',
      'tengo un plan con molina',
      'tengo un plan de pagos',
      'do you have a plan for uninsured clients?',
    ]);
  });

  it('reads "so done" with nothing else as a clinician’s, never staff’s: exhaustion, no wish, plan or intent', () => {
    // "ngl im so done" names no C-SSRS item (a wish to be dead, a thought of killing oneself, a way, an intent, a
    // plan); a clinician reads it the same day. Beside a request it still never reaches staff.
    for (const text of ['ngl im so done', "i'm so done", 'so done lol']) {
      expect(triage(text).outcome, text).toBe('clinical');
      for (const request of [
        'Can I move my Thursday appointment to Friday?',
        'How much is my copay this month?',
      ]) {
        expect(isStaff(triage(`${text}. ${request}`)), text).toBe(false);
        expect(isStaff(triage(`${request} ${text}`)), text).toBe(false);
      }
    }
  });
});

describe("one's own plan set for a day, in one run-on sentence with a request (lead, 2026-12-05)", () => {
  it('reads it as a crisis, in both languages', () => {
    expectCrisis([
      'my plan is set for Friday, can you cancel my sessions?',
      'my plan is all set for friday can you cancel the rest of my sessions',
      'mi plan ya está listo para el viernes, cancelen mis citas',
    ]);
  });
  it('leaves a payment, insurance or new plan off the on-call line', () => {
    expectNotCrisis([
      'my payment plan is set for friday, can you confirm',
      'my insurance plan is set for friday',
      'my new plan is set, its cigna',
    ]);
  });
});

describe('taking "them all" with a time or an intent, beside a request (lead, 2026-12-05)', () => {
  it('reads it as a crisis', () => {
    expectCrisis([
      "Can you send my med list, I'm going to take them all tonight",
      "i'm going to take them all tonight",
      'gonna swallow those all when everyone is asleep',
    ]);
  });
  it('leaves a dosing question with a clinician, not on call', () => {
    expectNotCrisis(['i take them all at night', 'do i take them all with food?']);
  });
});

describe("'this time I'm really going to do it', nothing said of what (set bh, recall21, 2026-12-05)", () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      'esta vez si lo voy a hacer. no me llamen',
      'esta vez sí lo hago',
      "this time i'm really going to do it. don't call me",
      "this time i'll do it",
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'esta vez sí voy a hacer la tarea que me dejó',
      "this time I'm going to fill out the forms on time",
      'voy a hacer el pago hoy, no me llamen del cobro por favor',
    ]);
  });
});

describe('a day of the month named "the day" in something written (lead, 2026-12-05, from a holdout set)', () => {
  it('reads it as a plan with a date', () => {
    expectCrisis([
      "Found a page in my daughter's journal that says 'I'm done. the 15th is the day.' She's at school right now.",
      'his note says the 3rd is the day',
      'wrote it all down. the 21st is the day',
    ]);
  });

  it('leaves a date the desk names with the desk', () => {
    expectStaff([
      'The 15th is the day my insurance starts',
      "I'm done with the forms. The 15th is the day I start, right?",
    ]);
  });
});

describe('being done, said as meant this time (lead, 2026-12-06, from an unseen set)', () => {
  it('reads it across sentences, in English and Spanish', () => {
    expectCrisis([
      "I'm done. I mean it this time. I'm not looking for you to fix it.",
      'im done for real this time. dont try to fix it',
      'ya no puedo más. esta vez va en serio',
    ]);
  });

  it('leaves a task done off the on-call line', () => {
    expectNotCrisis(["I'm done with the intake forms, I mean it this time, every page is signed"]);
  });
});

describe('asked to check on one, or to hand something on, after tonight (lead, 2026-12-06)', () => {
  it('reads it beside a request or alone, in English and Spanish', () => {
    expectCrisis([
      'Can you resend the invoice? Can you check on me after tonight',
      'Could you give them this after tonight',
      'pueden ver cómo estoy después de esta noche? y me mandan la factura',
      'denles esto después de esta noche porfa',
    ]);
  });

  it('leaves a claim checked on and a form handed over after a group off the on-call line', () => {
    expectNotCrisis([
      'can you check on my claim status',
      'could you check on my prior auth for me',
      "Could you give them this form after tonight's group?",
      "Could you give them this after tonight's group?",
    ]);
  });

  it('never leaves a request to check on the writer to staff', () => {
    expect(isStaff(triage('can someone check on me'))).toBe(false);
  });
});

describe("the holdout's veiled plans (lead, 2026-12-06, read at the round's end)", () => {
  it('reads a mind made up about things, an attempt interrupted and no point since one will not be here', () => {
    expectCrisis([
      "please cancel my appt for the 3rd. i don't think i'll need it. i've made up my mind about some things",
      'my husband found me last night before I could finish. we are coming to my 2pm today',
      "not coming to group anymore. there's no point since I won't be here after the 15th",
      'mi esposo me encontró anoche antes de que pudiera terminar',
    ]);
  });

  it('leaves a ride found and a move with its reason off the on-call line', () => {
    expectNotCrisis(["my husband found me a ride before I could cancel, so I'll be there at 2"]);
  });
});

describe('a crash that was no accident, and being told before one does more (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "lol update: the 'accident' wasnt an accident. i meant to hit the pole. airbag got me. at the ER rn",
      "the crash last week wasn't an accident, I drove into the guardrail on purpose",
      'i swerved into the tree on purpose. im ok physically. can we talk tomorrow',
      'no fue un accidente, choqué el carro a propósito contra el poste',
      "used tonight. I'm alone. just need to tell someone before I do more",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      "the car accident wasn't my fault, can you send the records to my lawyer",
      "it wasn't an accident that I got billed twice right? please check",
    ]);
  });
});

describe('one last high, and waking up in hospital after being found (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'Son (23) left rehab AMA this morning, he told his roommate he was going to get one last good high.',
      'me desperte en el hospital, dicen que me encontraron en el carro. no me acuerdo de nada',
      'woke up in the hospital, they found me in the car. getting discharged today',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['woke up late, can I join 10 min late?']);
  });
});

describe('out on one own terms, its tonight (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(["I'm not going back in a cell. I'll go out on my terms first.", 'its tonight']);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      "my son's session is tonight right? what time",
      'its tonight at 6 right?',
      "I'll go out on my lunch break to call the insurance",
    ]);
  });
});

describe('not in the funny way, a list of ways (lead, 2026-12-06, sets bu and bv)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'im literally so done. not in the funny way',
      'i wrote a list of ways and im scared of the list',
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'i made a list of questions for the doctor',
      'im so done with this portal lol, it logged me out again',
    ]);
  });
});

describe('going out like a soldier (lead, 2026-12-06, the holdout bn, read at the round end)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(["he told her he's gonna 'go out like a soldier' and he's got his AR with him"]);
  });
});

describe('nothing stupid today, nothing tonight but somebody should know (lead, 2026-12-06, sets by and cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "I'm not going to do anything stupid today. I'm just telling you where my head is",
      "I'm not going to do anything tonight but I wanted somebody to know",
      'no voy a hacer ninguna tonteria hoy',
      'no voy a hacer nada esta noche pero queria que alguien sepa',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'my bill is overdue because i havent done anything about it yet, can i pay online',
      'no voy a poder ir hoy, \u00bfme cambian la cita?',
    ]);
  });
});

describe('knowing how one would do it; how easy it would be; nothing taken yet beside the means (lead, 2026-12-06, sets by and cb)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "i already know how i'd do it",
      'on approach I keep thinking about how easy it would be to just not flare',
      'I think about how easy it would be to just keep pushing the plunger',
      "I keep thinking about the drugs I draw up every day. I haven't taken anything.",
      'tengo las pastillas en la bolsa. no he tomado nada todavia',
      'ya se como lo haria',
      'pienso en lo facil que seria nomas no frenar',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'i think about how easy it would be to just reschedule online',
      'i know how to do it, thanks for the instructions',
    ]);
  });
});

describe('an attempt begun and stopped, or almost made (lead24: sets cp and cq, read for their misses)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'coming close, to an act or at a time': pick(
        'I came really close on Saturday',
        'i came so close last night',
        'got really close to doing it this weekend, my roommate walked in',
        'i was so close to ending it on friday',
        'estuve a punto de hacerlo anoche',
        'estuve a nada de tirarme a las vias del tren',
      ),
      'stopped at the last moment, or beside the means': pick(
        'i stopped myself at the last second last night',
        'i interrupted myself last night but it was close',
        'caught myself on the bridge again',
        'me detuve en el ultimo momento',
      ),
      'the means in hand until something interrupted': pick(
        'i had the pills in my hand and then my dog barked',
        'i was holding the gun in my lap when my sister called',
        'tenia las pastillas en la mano cuando sono el telefono',
      ),
      'everything set out, then put away': pick(
        'i had everything laid out on the bed last night. i put it away',
        'i had it all set up in the garage and then i chickened out',
        'ya tenia todo listo el sabado pero me arrepenti',
      ),
      'an attempt almost made, the act named': pick(
        'I almost stepped off the platform when the train pulled in',
        "i almost kms'd last night",
        'i nearly jumped last night, someone stopped me',
        'almost pulled the trigger last night',
        'I almost walked into the river last night',
        'I almost took all my pills on sunday',
        'casi me aviento del puente anoche',
        'casi me tomo todas las pastillas el domingo',
      ),
    });
  });

  it('keeps a plan with its day beside a balance cleared first so that family gets no bill on call', () => {
    expectCrisis([
      "my plan is set for the 15th, i just want to pay my balance first so my family doesn't get the bill",
    ]);
  });

  it('leaves coming close to missing an appointment, and everything ready for a session, with staff', () => {
    expectStaff([
      'i came so close to missing my appointment today lol, can i still join?',
      'I almost missed the train, running 5 min late',
      "I had everything ready for the session but the link didn't work",
      'I had everything set up for the zoom in my basement office but the link didnt work, can you resend it?',
      'almost done with the intake forms, where do I upload my id?',
      'My payment plan is set for the 15th, can I move it to the 1st?',
    ]);
  });
});

describe('a plan with its means, whoever tells it; a safety plan refused (lead24e)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a plan with its means, told by anyone': pick(
        'This is the crisis line; we spoke with your client overnight, she reported a plan with pills',
        'client disclosed a plan using her gun',
        'dijo que tiene un plan con pastillas',
      ),
      'a safety plan refused': pick(
        'she refused a safety plan',
        "he wouldn't make a safety plan with the ER doc",
        'la linea de crisis dice que no quiso hacer un plan de seguridad',
      ),
    });
  });

  it('leaves a payment plan by card and a question about safety plans off the on-call line', () => {
    expectNotCrisis([
      "I'm on a payment plan with my card, can I change the date?",
      'would a safety plan help with my anxiety?',
      'Can we go over my safety plan next session? I would like to update it',
    ]);
  });
});

describe('something one will regret unless someone answers; not keeping oneself safe, in Spanish (lead24h)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'something to regret, unless': pick(
        'im gonna do something i regret if someone doesnt talk to me',
        'i might do something i regret tonight',
      ),
      'not able to keep oneself safe': pick(
        'no creo que pueda mantenerme a salvo esta noche',
        'no se si puedo estar a salvo hoy',
      ),
    });
  });
});

describe('done, beside everything one needs (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'done, everything had': pick(
        "i'm done. i have everything i need",
        'im done, got everything i need right here',
      ),
    });
  });

  it('leaves forms finished and everything the desk needs off the on-call line', () => {
    expectNotCrisis([
      "i'm done with the forms, i have everything i need for thursday",
      'ok im done! i think i have everything you need',
    ]);
  });
});

describe('permanent arrangements beside a cancellation; something ending "and so am I" (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'permanent arrangements': pick(
        "how do i cancel my future appointments? i've made other arrangements, permanent ones",
        'no need for more sessions, my arrangements are final now',
      ),
      'and so am I': pick(
        'my insurance is ending end of the month and so am i honestly',
        'my lease ends friday and so do i',
      ),
    });
  });

  it('leaves childcare, a move and an insurance question off the on-call line', () => {
    expectNotCrisis([
      "i've made other arrangements for childcare, permanent ones, so mornings work now",
      'my insurance ends this month, so am i still ok for the 30th?',
      'we made plans for a permanent move to texas, can you transfer my records',
    ]);
  });
});

describe('done after a day one must get someone through; casi lo hago (the holdout cu, lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'done after the day': pick(
        "after my daughter's quince on the 14th i'm done. i just want to get her through that day",
        "after christmas i'm gone, just need to get them through the holidays",
      ),
      'casi lo hago': pick(
        'pienso en tirarme del puente. hoy casi lo hago',
        'hoy casi lo hago, me temblaban las manos',
      ),
    });
  });

  it('leaves a deductible met and a late arrival off the on-call line', () => {
    expectNotCrisis([
      "after the 14th i'm done with my deductible so can we go weekly?",
      'casi lo hago a tiempo pero el trafico, llego en 10',
    ]);
  });
});

describe('about to do it and stopped; the means that failed last time (lead26b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'stopped at the last moment': pick(
        'i was going to do it last night but my dog looked at me',
        "was about to do it but i chickened out, next time i won't",
      ),
      'another means this time': pick("the pills didn't work last time so this time i'll use something else"),
    });
  });

  it('leaves a form forgotten and a link that failed off the on-call line', () => {
    expectNotCrisis([
      'i was going to do it last night but i forgot, can you resend the form link?',
      "the link didn't work last time so this time can you text it",
    ]);
  });
});
