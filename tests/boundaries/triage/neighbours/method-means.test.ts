// Method and means (pills kept, a gun, a height, a vehicle, water, a garage), in other words and Spanish.
import { describe, expect, it } from 'vitest';
import {
  type Concepts,
  checkConcepts,
  expectCrisis,
  expectNotCrisis,
  expectParity,
  expectStaff,
  join,
  pick,
  triage,
} from './neighbour-kit.js';

const METHOD_MEANS: Concepts = {
  'not trusting oneself with means': join(
    pick("i don't trust myself", 'i dont trust myself', "i can't trust myself", 'i do not trust myself'),
    pick('around my meds', 'with the pills', 'alone tonight', 'with my gun', 'with 90 days of it'),
  ),
  'up on a garage or a building': join(
    pick('im at', 'i am on', 'sitting on', 'im up on'),
    pick(
      'the top level of the parking garage',
      'the top floor of the parking structure',
      'the top deck of the garage',
      'top of the hospital parking garage',
    ),
  ),
  'an urge to swerve': join(
    pick('i keep thinking about', 'i have the urge to', 'so tempted to', 'i keep picturing'),
    pick('swerving into the median', 'veering off the road', 'swerve into a truck'),
  ),
  'means searched, lined up, tied and tested, a car in a shut garage, a bag over the head': pick(
    'is it normal to google how many tylenol is too many',
    'how many xanax is too many, asking for me',
    "i've got the pills lined up on the counter",
    'there is a belt tied to the closet rod and i keep testing it',
    "i'm sitting in the car, garage door is down, engine's running",
    'found him with a bag over his head',
    'thinking about getting into the medicine cabinet tonight, she still has the oxy',
    'the hang in there poster is funny given my search history',
    'pienso en estrellar el carro contra un poste',
    'lo encontre con una bolsa en la cabeza',
  ),
  'train times watched near home; no one left with a bill': pick(
    'keep looking at the train schedule near my apartment. not for commuting lol',
    'I keep checking the train times at the station near my house',
    "settle my balance please, I don't want to leave anyone with a bill",
    "i paid it all so i won't leave my family with any debt",
  ),
  'the method left to work out; one spot gone back to; a place sat at night after night': pick(
    "i've decided, i just need to figure out the how",
    'still working out the method',
    'there is a ledge on level 5 i keep going to',
    'i keep walking back to the bridge at night',
    'been parked by the tracks the last three nights',
    'sat on the bridge every night this week',
  ),
  'means near and thought about: traffic, the highest buildings, pills in front of one, a stash out of its bottle':
    pick(
      'sometimes i look at the traffic and think about stepping out',
      'i think about walking out into traffic',
      'he keeps thinking about stepping in front of a bus',
      "i've been looking at the highest buildings around here",
      'i have the pills in front of me right now',
      'the gun is in front of me right now',
      'i have a bottle of oxy i never used and i keep thinking about it',
      'i keep the bottle next to my bed so i know its there',
      'i have 3 months of my klonopin in a ziploc',
      "i'm not going to take them the normal way",
      'how many of my amitriptyline would be dangerous',
      'how much tylenol is lethal',
      'i tested if the beam can hold my weight',
      'estoy guardando mis pastillas',
      'tengo las pastillas enfrente de mi',
      'pienso en aventarme a los carros',
    ),
  'pills thought about in their place, pills told of by someone else, forced relations, photos asked of a child':
    pick(
      'some nights i think about the bottle of pills in the cabinet',
      'i keep thinking about the gun in the closet',
      'my sister called crying saying she took pills',
      'he texted that he swallowed pills',
      'mi novio me obliga a tener relaciones',
      'me forzo a tener sexo',
      'un hombre le esta mandando mensajes a mi hija pidiendole fotos',
    ),
  'doses saved up, an organizer of the ones not taken, the most damaging pills, bridges scouted, manoseo':
    pick(
      "i've been skipping doses so i can save them up",
      'saving my meds up instead of taking them',
      "my pill organizer is full of the ones i didn't take",
      'i know which of my meds would do the most damage',
      'which pills would be lethal',
      "i've been scoping out bridges",
      'scouting rooftops near my place',
      'me manosearon en el trabajo',
      'mi jefe me manosea',
    ),
  'doubt of still being here by a later date; timing the trains': pick(
    "not sure i'll still be here by then",
    "i don't think i'll still be around in march",
    'idk if im still gonna be here next month',
    'I wonder whether I will still be alive by the spring',
    "I might not even be around by then, so don't hold the slot",
    "if i'm even alive by june we can talk about the balance",
    'no sé si siga viva para entonces',
    'no creo que siga aquí en enero',
    'para entonces ya no voy a estar',
    "i've been timing the trains that pass behind my building",
    'started clocking how long the train takes to come through the crossing',
  ),
  'means thought about: a garage top, insulin, the dock, the pool, the car; a medication kept out of the house':
    pick(
      'i go up to the top of the parking garage at lunch and just stand there',
      "my mom's insulin is in the fridge and i keep thinking about it",
      'i keep walking out to the end of the pier at night',
      'thinking about just staying under in the pool',
      'i keep thinking about crashing my car',
      "please don't give me a 90 day supply, I shouldn't have that many pills in the house",
      'is 40 tylenol a lot',
      'would 30 of my trazodone be enough',
    ),
  'a key under the mat for whoever comes; knowing how much it would take; stepping in front of a train': pick(
    "if i don't answer, the key is under the mat, bring someone with you",
    'i know exactly how much of it would kill me',
    'i keep thinking about stepping in front of the train',
    'thinking of swallowing everything in my medicine cabinet',
    "she's been storing up her mother's sleeping pills",
    "can't stop thinking about the pills in the drawer",
    'gave my brother my cat and my guitar yesterday',
  ),
  'means kept or chosen to look like an accident': pick(
    'I keep a plastic bag on my nightstand',
    'i keep thinking about swimming out past the waves',
    'I could make the car crash look like an accident',
    'nobody would know it was on purpose',
    'estoy en el coche con el motor encendido en el garaje',
    'tengo una bolsa de plastico junto a la cama',
    'que parezca un accidente',
  ),
  'a method searched': join(
    pick('my 12 yr old', 'my son', 'she', 'i'),
    pick('searched', 'googled', 'looked up'),
    pick("'how long does hanging take'", 'how long it takes to drown', 'how much it takes to overdose'),
  ),
  'how easy it would be to step off': join(
    pick('keep looking down from the jobsite thinking', 'on the roof i keep thinking', 'thinking'),
    pick(
      "how easy it'd be to just step off",
      'how easy it would be to step off',
      'how easy it would be to fall over',
    ),
  ),
  'how much of a medicine it would take': join(
    pick(
      "i've been looking at my insulin and thinking",
      'been looking at my pills and wondering',
      'staring at my meds, googling',
    ),
    pick('about how much it would take', 'how many it would take', 'how much would kill me'),
  ),
  'means put away by the family': pick(
    'we took the Tylenol out of the cabinet',
    'we hid all the knives and her meds',
    'we locked up the pills',
    'my wife removed the guns from the house',
  ),
  "pills in a parent's purse": pick(
    "the pills in my mom's purse",
    "the pills in my dad's cabinet",
    "the meds in my grandma's bag",
  ),
  'a pretty view from a height': pick("it's pretty up here", 'so peaceful up here', "it's beautiful up here"),
  'walking into a reservoir or a lake (set ah)': join(
    pick(
      'i keep thinking how easy it would be to',
      'sometimes i think i could just',
      'been picturing how i could',
    ),
    pick('walk into', 'wade into'),
    pick('the reservoir', 'the lake', 'the river', 'the pond out back'),
    pick('and be done', 'and not come back', 'and let it take me'),
  ),
  'a calibre thought about or kept loaded (set ah)': pick(
    "i've been thinking about my .45 a lot",
    'been thinking about my .38 lately',
    'I keep it loaded in the nightstand',
    'my .357 is loaded in the nightstand',
    'keep it loaded under my pillow now',
  ),
  'rounds cleaned, checked or loaded (set ah)': join(
    pick('i cleaned', 'i checked', 'counted', 'loaded'),
    pick('the rounds', 'the magazines', 'my mags', 'the ammo'),
    pick('tonight', 'again last night', 'and set them by the door'),
  ),
  'driving at night with the headlights off or the eyes shut (set ah)': pick(
    'I drive the back roads at night with my headlights off',
    'been driving with the lights off at night to see',
    'I drove home with my eyes closed on purpose',
    'sometimes i drive with my eyes shut for a bit',
    'manejo de noche con las luces apagadas',
    'a veces manejo con los ojos cerrados',
  ),
  'a silo, a trestle or a tower looked down from (set ah)': pick(
    'been up on the silo platform just looking down',
    'sat on top of the silo last night thinking',
    'climbed the water tower and stood there looking down',
    'I keep going up the grain elevator and looking down',
    "I'm at the train trestle",
  ),
  'a farm machine hoped to catch one (set ah)': pick(
    'I keep hoping the combine jams so I have an excuse to climb in',
    'hoping the auger catches me',
    "wouldn't mind if the tractor rolled on me",
    'i wouldnt mind if the auger caught me',
  ),
  'one round sat with, water deep enough, a quick way (probed in set ah voices)': pick(
    'I drove out to the range and sat there with one round',
    'I keep one bullet saved for myself',
    'the pond out back is deep enough',
    'wondering if the quarry is deep enough',
    'the grain bin would be a quick way',
    'the auger would be a quick way',
  ),
  'heart pills doubled up on; a stock tank that would do it; dewormer as a drink (a third probe in set ah voices)':
    pick(
      "I've been doubling up on my heart pills, don't much care what happens",
      'doubled up on my blood pressure pills on purpose',
      'the stock tank out back would do it',
      'the rafters in the barn would do it',
      'mixed up the cattle dewormer and thought about drinking it',
      'been thinking about drinking the weed killer',
      "there's paraquat in the shed and I keep thinking about it",
    ),
};

describe('method and means, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(METHOD_MEANS);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'pensé en meterme al mar y seguir caminando',
      'que parezca accidente con la insulina',
      'tengo una bolsa de plástico junto a mi cama por si acaso',
      "I'm on the bridge.",
      'mi hijo buscó cómo ahorcarse',
      'qué fácil sería saltar del techo',
      "nurse here. I know exactly which drugs wouldn't show up on a tox screen",
      'i keep the leftover vials from work in my locker',
      'been pocketing wasted fentanyl and keeping it at home',
      'took my work keys to the pyxis. thinking about it',
      'drove home from a 16 hr shift and thought about not stopping at the red light',
      'on the ladder today and thought about letting go',
      'lineman here. thought about grabbing the live wire',
      'loaded it and put it in the nightstand',
      "my wife found my pills and flushed them. i'll just get more",
      'me quiero aventar del carro en la carretera',
      'quiero tirarme del puente',
      'I keep thinking about driving into the canal after work',
      'tengo las pastillas juntadas en el cajón',
      'I sat with the rifle a long time last night',
      'there is a smell of charcoal from the bathroom and the door is locked',
      "Grandpa says he's quitting his insulin so he can go be with Nana",
      "i'm gonna throw myself off the garage",
      'lowkey might yeet myself off the roof lol',
      'I have the whole bottle in my hand right now',
      'keep thinking about the top floor of the parking structure',
      "every time I cross that bridge I think it wouldn't take much",
      'the rifle is still loaded in the closet',
      'Not for hunting, if you understand me.',
      'the garage is sealed up tight now',
      'I put all my meds in one container tonight',
      "there's more than enough in the cabinet with my husband's old pills",
      'I line them up on the table and count them',
      "I kept my wife's morphine from hospice",
      'I have enough stashed away now',
      'been putting my extra pills aside just in case',
      'I have been googling how many pills it takes',
      'want to stay in the hot tub till I pass out for good',
      'I took the .45 out of the safe tonight',
      'been staring at the pill bottle for hours',
      "I'm thinking I'll stop taking my insulin",
      'keep thinking about walking in front of the streetcar',
      'she left with all the pill bottles from the cabinet',
      'estoy pensando cuantas pastillas haria falta',
      'escondimos los cuchillos y las pastillas',
      'qué bonito se ve aquí arriba',
      'tengo las pastillas en la mano',
      'last time i tried it was with pills, i have more now',
      'I drove to the garage and went up to the top level',
      'he started the truck in the garage with the door closed',
      'I stand at the top of the stairs thinking about falling',
      "I'll go to the lake and just keep walking",
      'I put rocks in my coat pockets',
      'sometimes I think about just not braking at the curve',
      'tengo el cuchillo en la mano',
      'I googled how high the parking garage at my work is. 8 floors.',
      'I ordered a helium tank, no party',
      "she said she's stocked up enough",
      'I keep taking the bottle out and counting them',
      "I'm on top of the parking garage",
      'I keep looking at the ceiling beam',
      'he showed me a handful of pills',
      'I keep thinking the garage would be the perfect spot',
      'I skipped the back page. I have my pills saved up.',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it("reads set ah's kinds (recall9), each in words other than the message's", () => {
    for (const text of [
      "I keep thinking about how easy it'd be to just walk into the reservoir and be done.",
      "I've been thinking about my .45 a lot. I keep it loaded in the nightstand.",
      'I cleaned and checked the rounds tonight.',
      'I drive the county road at night with my headlights off sometimes.',
      "I'm 68 and I've been up on the silo platform three nights this week just looking down.",
      "hoping the combine jams so I'll have an excuse to climb in there",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

// Set al (recall10): a gun named by its caliber beside a drink, pills eyed, water looked at long and hard, stopping
// at the top of a bridge pictured, pills in hand; in Spanish, a near jump off a balcony or a bridge.
const SET_AL_MEANS: Concepts = {
  'a gun named by its caliber, got out or beside a bottle': pick(
    'had a few and got my .38 out',
    'got the 357 out tonight',
    'just me a bottle and my .45 in the truck',
    'me and my 12 gauge and a fifth tonight',
    'pulled the 30-30 out again',
  ),
  'pills or a gun eyed': join(
    pick('been eyeing', 'keep eyeing', 'caught myself eyeing', 'i keep eyein'),
    pick(
      'my sleeping pills',
      'the bottle of oxy',
      'my insulin pens and my pills',
      'the gun safe and my rifle',
    ),
  ),
  'water looked at long and hard': join(
    pick('been looking at', 'keep staring at', 'stared at', 'been looking at'),
    pick('the lake', 'that river', 'the quarry', 'the pond out back'),
    pick('for hours', 'long and hard', 'every night', 'again tonight'),
  ),
  'stopping at the top of a bridge, pictured': pick(
    'keep thinking about stopping at the top of the bridge',
    'i picture pulling over in the middle of the overpass',
    'thinking about parking at the top of the skyway',
  ),
  'pills in hand': pick('pills in hand', 'sitting here with the pills in hand', 'tablets in hand now'),
  'a near jump, in Spanish': pick(
    'casi me tiro del puente',
    'ayer casi me aviento del techo',
    'me tiro por la ventana',
    'casi me lanzo desde la azotea',
  ),
};

describe('set al: calibers, eyed pills, water and a bridge, read by their neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SET_AL_MEANS);
  });
});

describe("an exit bag, a nurse's means, pills stared at, going up high to think", () => {
  it('reads an exit bag, a nurse pushing potassium, pills stared at, going up high to think', () => {
    expectCrisis([
      'i have the exit bag supplies in my closet',
      'ordered stuff for an exit bag',
      'had the thought to push the whole potassium',
      'thinking about injecting the fentanyl from the cart',
      'i keep looking at the pill organizer',
      'kept staring at the pills all night',
      'going up to the parking deck on 7th to think',
      'im driving to the bridge to think for a while',
      'going to the roof to clear my head, bye',
      'sitting in the parking lot with a pill bottle',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'my potassium was low at the last lab, do I need another draw?',
      'The parking deck is full, where else can I park?',
      'is there parking on the roof deck of the garage?',
      'can I bring my pill bottle to the appointment so the NP can see the label?',
    ]);
  });
});

describe('walking into water said as an intent, the drop at a quarry, a scarf tied around a neck', () => {
  it('reads walking into water as an intent, a quarry driven past for its drop, a cord around a neck, in Spanish too', () => {
    expectCrisis([
      "she's going to walk into the ocean",
      'he said he will walk into the lake tonight',
      'gonna drive into the river',
      'i keep thinking about it when i drive past the quarry',
      'pulled over by the bridge and sat there an hour',
      'found her with a scarf tied around her neck',
      'a belt wrapped around his neck',
      'se fue caminando hacia el río, dejó una carta',
      'la encontré con una bufanda amarrada al cuello',
      'tenía el cinturón atado al cuello',
      'ya compré el mecate',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'we walked into the lake house and the wifi was down, can we do phone instead?',
      'I drive past the quarry on my way, is there parking at the front?',
      'voy caminando hacia la oficina, llego en 10 minutos',
      'le regalé una bufanda, ¿pueden darme un recibo?',
    ]);
  });
});

describe("set al: a gun barrel at one's mouth or chin, read by its neighbours", () => {
  it('reads each as a crisis', () => {
    for (const text of [
      'put my sidearm in my mouth last night',
      'had the barrel under my chin',
      'held my pistol to my head for an hour',
      'the muzzle against my temple again',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('set al: into a river, a lake or a canal, in Spanish, read by its neighbours', () => {
  it('reads each as a crisis', () => {
    for (const text of [
      'me voy a echar al río',
      'me quiero echar al lago',
      'pensé en echarme al canal',
      'casi me eché a la presa',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('the wheel turned into a post (Spanish)', () => {
  it('reads it', () => {
    expectCrisis(['me dan ganas de darle el volante contra un poste']);
  });
});

describe("set ap's kinds (Spanish): a top floor, the dam at night, charcoal not for the grill, the hose, the train's time", () => {
  it('reads them', () => {
    expectCrisis([
      'me voy a subir al estacionamiento del hospital, el piso de hasta arriba',
      'el sabado en la noche voy a ir a la presa donde iba con mi papa',
      'compre carbon para la parrilla pero no es para la parrilla',
      'el carro, el garage, la manguera',
      'el tren pasa a las 11:40. hoy voy a ir',
      'las he estado guardando en un bote',
      'mandeme la receta de 90 dias, asi junto mas',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'el estacionamiento esta lleno hasta arriba, donde me estaciono?',
      'voy a ir a la presa el sabado con mi familia, me cambian la cita?',
    ]);
  });
});

describe('Into traffic; crashing the car on purpose (probed 2026-12-05)', () => {
  it('reads them', () => {
    expectCrisis([
      'me voy a aventar al trafico',
      'me voy a tirar a la carretera',
      'voy a manejar y estrellarme',
      'pienso estrellar el carro contra un poste',
      'quiero estrellarme a propósito',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['casi me estrello en la carretera por el tráfico, voy a llegar tarde a la cita']);
  });
});

describe("Set aq's kinds (2026-12-05): the wheel let go on a curve; parked at a lookout", () => {
  it('reads them', () => {
    expectCrisis([
      'a veces manejando pienso en soltar el volante en la curva',
      'me dan ganas de soltar el volante en el puente',
      'estoy estacionado en el mirador, llevo una hora aquí',
      'sentada en el barranco viendo para abajo',
      'parked at the overlook on 14',
      'sitting on the ledge',
    ]);
  });
  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis(['fuimos al mirador el domingo con los niños, ¿me puede cambiar la cita del lunes?']);
  });
});

describe('Means named with a hint left for the reader (set at)', () => {
  it('reads them', () => {
    expectCrisis([
      "Hi! Quick q about parking for my 3pm. also fyi I've been looking at the train schedule in a different way lately if you know what I mean lol. anyway is the lot behind the building free?",
      'been thinking about the bridge on my way home, if you know what i mean',
    ]);
  });
  it('sends the hint alone to a clinician, not on call', () => {
    for (const text of [
      'the bill was high, if you know what I mean. Can I pay in installments?',
      '¿Sabes a lo que me refiero? necesito cambiar mi cita',
    ]) {
      expect(triage(text).outcome, text).toBe('clinical');
    }
  });
});

describe('Spanish probes (2026-12-05): means looked at and thought easy', () => {
  it('reads them', () => {
    expectCrisis([
      'a veces me quedo viendo las pastillas y pienso que sería fácil',
      'miro el puente y pienso que sería rápido',
    ]);
  });
});

describe("set ar's kinds and their neighbours (recall11, 2026-12-05)", () => {
  it('reads the top of a parking garage, not knowing why one came', () => {
    expectCrisis([
      'on the top floor of the parking garage. not sure why i drove here',
      'top level of the parking structure. dont know why im here',
      'estoy en el último piso del estacionamiento, no sé por qué vine',
    ]);
  });
  it('reads pills wanted in plenty beside a full box already', () => {
    expectCrisis([
      'Quiero tener bastante en casa, por si acaso. Ya tengo una caja llena.',
      'I want to have plenty at home. I already have a full bottle',
    ]);
  });
  it('leaves the everyday neighbours of pills wanted in plenty beside a full box already off the on-call line', () => {
    expectNotCrisis(['I already have a full bottle, please cancel the refill']);
  });
});

describe('kinds probed in Spanish and English (recall11, 2026-12-05)', () => {
  it('reads thrown from a floor, driving to crash, a painless way looked up', () => {
    expectCrisis([
      'me voy a lanzar del piso 10',
      'me quiero lanzar del edificio',
      'manejé muy rápido queriendo chocar',
      'estuve buscando en internet cómo hacerlo sin dolor',
      'alguna forma de morir sin sufrir?',
    ]);
  });
  it('reads medicine kept instead of taken; what happens if the whole box is taken', () => {
    expectCrisis([
      'no me he tomado la medicina, la estoy guardando',
      'tengo todas las pastillas que no me tomé el mes pasado',
      'he estado acumulando pastillas',
      'qué pasa si alguien se toma toda la caja de clonazepam',
    ]);
  });
  it('leaves the everyday neighbours of medicine kept instead of taken; what happens if the whole box is taken off the on-call line', () => {
    expectNotCrisis([
      'qué pasa si tomo todo el tratamiento en la mañana?',
      'qué pasa si me tomo la pastilla con comida?',
    ]);
  });
});

describe('Throwing oneself from a floor or a window, in Spanish (found by admines10; lead, 2026-12-05)', () => {
  it('reads it', () => {
    expectCrisis(['estoy en el quinto piso y me quiero aventar', 'me dan ganas de tirarme por la ventana']);
  });
  it('leaves its everyday neighbours off the on-call line', () => {
    expectNotCrisis(['la oficina está en el quinto piso, ¿hay elevador?']);
  });
});

describe('Train times near home, not near the office (found by admin9; lead, 2026-12-05)', () => {
  it('reads the train times watched near home', () => {
    expectCrisis([
      "i've been looking at the train schedule near my apartment",
      'I keep checking the train times',
    ]);
  });
  it('leaves a commuter’s question off the on-call line', () => {
    expectNotCrisis(["I've been checking the train schedule, is there a stop near the office?"]);
  });
});

describe('English and Spanish versions of the same crisis agree (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        'how many tylenol would it take. asking for real',
        'cuantas tylenol se necesitan para morirse. pregunto en serio',
      ],
      [
        "what's the copay for the nurse practitioner visit? also how many seroquel would it take to not wake up",
        'cuanto es el copago con la enfermera? y cuantas seroquel tendria que tomar para no despertar',
      ],
      [
        "My son just came downstairs with a belt around his neck saying 'it didn't work'.",
        'Mi hijo bajó con un cinturón en el cuello diciendo que no funcionó.',
      ],
      [
        'been driving up to the top of the parking garage after shift and sitting on the ledge. not jumping. just sitting',
        'he estado subiendo al ultimo piso del estacionamiento despues del trabajo y me siento en la orilla. no voy a saltar',
      ],
      [
        "I've stopped taking my meds and I've been saving them up. just in case.",
        'dejé de tomar mis medicinas y las he estado guardando por si acaso',
      ],
      [
        'gonna go to the ocean tomorrow and just keep walking. I have my stones already lol',
        'mañana me voy al mar y voy a seguir caminando hasta que no pueda mas. ya tengo las piedras jaja',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'cuántas pastillas de litio se necesitarían',
      'busqué cuántos tylenol se ocuparían',
      'se puso una cuerda en el cuello',
      'mi hija se amarró un cable al cuello',
      'estoy sentada en la orilla del techo',
      'dejó de tomar las pastillas y las tiene guardadas',
      'casi me aviento del estacionamiento',
      'me tiré desde el viaducto',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      '¿cuántas sesiones se necesitarían para la autorización?',
      'me siento en la orilla de la cama cuando me despierto',
      'dejé de tomar café y me siento mejor',
      'traigo unas piedras para el jardín de mi mamá',
      'me tiré del trampolín en la alberca con mis hijos',
    ]);
  });
});

describe('English and Spanish agree, a second round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "Slept in the tub with my 1911 again. Don't call the cops.",
        'Otra vez dormí en la tina con mi 1911. No llamen a la policía.',
      ],
      [
        'I have a bottle of oxy from my knee surgery I never used. I keep taking it out and counting them.',
        'Tengo un frasco de oxicodona que nunca usé. Saco las pastillas y las cuento a cada rato.',
      ],
      [
        "I've got the rest of the bottle and all my meds in front of me. Just tell me why I shouldn't",
        'Tengo el resto de la botella y todas mis medicinas. Dígame por qué no debería.',
      ],
      [
        'i keep thinking about taking my truck off the overpass',
        'no dejo de pensar en aventar la troca desde el paso a desnivel',
      ],
      [
        "she googled 'how long does it take to drown' last night",
        'anoche buscó en google cuánto tarda uno en ahogarse',
      ],
      [
        "I have insulin at home. That's all I'll say",
        'Tengo insulina en la casa. Es todo lo que voy a decir.',
      ],
      [
        "I've set aside the pills and I'm waiting for the right moment",
        'ya aparté las pastillas y estoy esperando el momento',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'duermo con la pistola cargada debajo de la almohada',
      'todavía tengo la escuadra y sigue cargada',
      'me voy a aventar del muelle',
      'cuánto tardaría en desangrarme',
      'he pensado mucho en el último piso del estacionamiento, no para estacionarme',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'cuento las pastillas otra vez porque la farmacia me dio de menos',
      '¿por qué no debería tomar las pastillas con comida?',
      'voy a estacionarme en el último piso del estacionamiento, ¿está abierto?',
      'tengo el celular cargado, me pueden llamar',
      'ya aparté las pastillas de la semana en el pastillero',
    ]);
  });
});

describe('English and Spanish agree: regional, Spanglish and indirect Spanish (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I've been saving my ambien. 30 so far. Just wanted someone to know in case.",
        'tengo un frasco lleno de clonazepam por si acaso',
      ],
    ]);
  });
  it('reads their Spanish neighbours: other persons, tenses and regions', () => {
    expectCrisis([
      'me compré dos cajas de acetaminofén para hacerlo',
      'ya tengo las pastillas listas, nomás falta el valor',
      'tengo las pastillas en la mesa y las estoy mirando',
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis([
      'tengo el frasco lleno de vitaminas, ¿las tomo con comida?',
      'compré pintura para hacerlo yo mismo, ¿me dan la dirección?',
      'las facturas las estoy mirando ahorita',
    ]);
  });
});

describe('English reads what Spanish reads: the other way round (parity12, 2026-12-05)', () => {
  it('reads each English message and its Spanish version as a crisis', () => {
    expectParity([
      [
        "I have the pills on the table and I'm looking at them",
        'tengo las pastillas en la mesa y las estoy mirando',
      ],
    ]);
  });
  it('leaves their everyday Spanish neighbours off the on-call line', () => {
    expectNotCrisis(["I'm looking at them now, the bills are wrong"]);
  });
});

describe("set au's means kinds, read by their neighbours (recall12, 2026-12-05)", () => {
  it('reads sitting in a car in a closed garage as a crisis, with no engine named', () => {
    expectCrisis([
      'I just drove my car into the garage and closed the door and sat there for a while',
      'sat in the car in the garage with the door shut for an hour',
      'i closed the garage door and sat in my car',
      'last night i sat in the garage with the car on and the door closed',
      'i sat in my truck in the garage with the door down',
      'pulled into the garage, shut the door, and just sat in the car',
      'he sat in his car in the closed garage last night',
      'sitting in the garage in my car with the door closed right now',
      'i keep sitting in the car in the garage with the door shut',
      'i shut the garage and sat in the car for a long time',
    ]);
  });
  it('reads an appliance beside a bath as a crisis', () => {
    expectCrisis([
      'sometimes i sit in the tub and think about the toaster',
      'thinking about dropping the hair dryer in the bath',
      'i keep picturing the toaster in the bathtub',
      'sat in the bath with the hairdryer plugged in',
      'the toaster and the tub keep coming to mind',
      'i brought the toaster into the bathroom',
      'i think about throwing the radio in the bath',
      'been thinking about the toaster and the bath again',
      'took the hair dryer into the tub with me',
      'i keep thinking about electrocuting myself in the bath',
    ]);
  });
  it('reads a life not wanted beside old pills kept, across two sentences', () => {
    expectCrisis(['I dont want this anymore. I have the old oxy still in the cabinet']);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff([
      "My garage door is stuck closed so I can't get my car out, can we move to video?",
      "My toaster broke and the tub is leaking, sorry I'm late on the copay",
      "Sat in traffic for an hour, I'm in the garage now, door's closed, be right up",
    ]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      // A statement that asks the desk nothing goes to a clinician the same day (lead33: a desk noun alone, "the
      // door", is no request), never on call.
      'I parked my car in the garage and closed the door',
      "I'll be a bit late, taking a bath then heading over",
      'I have the old oxy from my surgery, how do I dispose of it safely?',
    ]);
  });
});

describe('means looked at differently (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "the pain is too much, i've been looking at my fentanyl patches differently",
      'been looking at my gun differently lately',
    ]);
  });
});

describe('a height thought about at a window; dialysis stopped (recall12, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'some nights i stand at the window and think about how high up i am',
      'i stopped my dialysis and im not going back',
    ]);
  });
});

describe('pills saved, carried, kept on hand; a plan written down (recall14, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      "i've been saving my pills instead of taking them",
      'there are lots of pills here and i keep thinking about them',
      'carrying my moms pills in my purse',
      'i want more on hand. for reasons',
      'sitting in the car with the gun',
      "i wrote the plan in my notebook. dont know why i'm telling you",
    ]);
  });
  it('keeps their everyday neighbours with the staff', () => {
    expectStaff(["I'm in the car with the kids, can we do phone?"]);
  });
  it('leaves their everyday clinical neighbours off the on-call line', () => {
    expectNotCrisis([
      "I'm saving the coupon instead of taking it now",
      'I have a lot of pills to keep track of. Thinking about a pill box, can the NP help?',
      'I left my moms pills in my car, can I pick up a refill?',
      'Can I get more on hand for travel?',
      "I wrote my treatment plan in my journal like you said, it's detailed",
    ]);
  });
});

describe('Spanish voices probed by kind: other persons, regions, voice notes without punctuation (recall13, 2026-12-05)', () => {
  it('reads each as a crisis', () => {
    expectCrisis([
      'tengo guardadas las pastillas por si acaso',
      'llevo meses juntando pastillas',
      'ya tengo suficientes pastillas para no despertar',
      'tengo todas mis pastillas en la mesa, las estoy mirando',
      'he ido guardando mis pastillas del mes, ya son muchas',
    ]);
  });
});

describe('the bottle itself at hand, open or in front of one (set ba, lead, 2026-12-05)', () => {
  it('reads it as a crisis, beside a request too', () => {
    expectCrisis([
      'does the portal let me message after hours? need to tell someone i have the bottle open in front of me',
      'got the bottle open next to me',
      'the bottle is right in front of me',
      'tengo el frasco abierto enfrente de mi, a que hora abren',
    ]);
  });

  it('leaves a water bottle beside one with the desk', () => {
    expectStaff(['my water bottle is next to me in the waiting room, can i bring it into session?']);
  });
});

describe("set be: a child's medicine gone too soon; a car steered at a wall on purpose (recall19, 2026-12-05)", () => {
  it('property: every neighbour is a crisis, alone or beside a request', () => {
    checkConcepts({
      "a child's medicine gone too soon; a car steered into something on purpose": pick(
        "my 17yo's bottle of Zoloft is almost empty and it was filled 5 days ago. She says she lost them",
        'half the bottle is gone and it was filled monday, she says she dropped them',
        'the count is off on my daughter’s pills, like 20 missing',
        'el frasco de mi hija está casi vacío y lo surtieron hace 5 días',
        'almost drove into the median on the way home. on purpose. swerved back last second',
        'nearly swerved into the truck on purpose',
        'swerved at the last second, i meant to go into the median',
        'casi me estrello contra el muro a propósito',
      ),
    });
  });

  it('leaves a refill and a tired drive off the on-call line', () => {
    expectNotCrisis([
      'my zoloft bottle is almost empty, can you send a refill?',
      'i lost my pills, can i get a refill',
      'almost drove into the median on the way home, so tired. can we do telehealth?',
      'swerved at the last second to miss a dog',
      'casi choco de camino, llego tarde',
    ]);
  });
});

describe('someone up a water tower, a picture from the top, a ligature tied to a fixture (sets bg and bh, recall21, 2026-12-05)', () => {
  it('reads each as a crisis, in English and Spanish, alone or beside a request', () => {
    expectCrisis([
      "My daughter (17) snuck out and just texted me a picture from the top of the water tower. I'm driving there now.",
      "my son is on the water tower and won't come down",
      'he climbed the water tower again',
      'she sent a selfie from the top of the parking garage',
      'mi hija está arriba del tanque de agua y no quiere bajar',
      'mi hijo se subió a la torre de agua',
      'estoy en el cuarto de mi tia y ya amarre la sabana del avanico',
      'ya amarré el cinturón al tubo del clóset',
      'i tied the sheet to the ceiling fan',
      'the belt is tied to the closet rod now',
    ]);
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'the office is by the water tower right?',
      'is your office the building past the water tower on main?',
      'la oficina está cerca de la torre de agua?',
      "can you send a picture of the parking garage entrance? i can't find it",
      'el abanico de la sala de espera no sirve, hace mucho calor',
      'i tied my dog to the bench outside your office, is that ok?',
      'can someone fix the ceiling fan in the waiting room',
    ]);
  });
});

describe("a means kept by the bed, someone else's pills carried, oncoming traffic (lead, 2026-12-06, from two unseen sets)", () => {
  it('reads the means kept close and a drift into oncoming traffic, beside a request or not', () => {
    expectCrisis([
      'hey can i pay my balance with venmo? also lowk been sleeping with a belt next to my bed',
      'I been sleeping with the 12 gauge next to the bed',
      'i keep the rope under my bed now. can we move my appt',
      'i just have a whole bottle of my moms xanax in my backpack for emergencies',
      'some nights on these long hauls I think about just drifting into the oncoming lane',
      'a veces pienso en meterme al carril contrario con el tráiler',
    ]);
  });

  it('leaves pills by the bed, a belt left behind and a lane changed on the way off the on-call line', () => {
    expectNotCrisis([
      'I keep my pills next to my bed so I remember to take them, is that ok to mention to the np',
      'i left my belt next to the bed in your office bathroom lol did anyone find it',
      "we're pulling into the truck stop now, will be 10 min late",
      'some guy swerved into my lane on the highway so im running 10 min late',
      'can you send the refill for my xanax to the cvs on main, i only have half a bottle left',
    ]);
  });
});

describe('a row of pill emoji, a full bottle beside oneself, a belt around the neck (lead, 2026-12-06, sets bo and bp)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'no thoughts just vibes and a full bottle of tylenol',
      'just me and a whole bottle of sleeping pills tonight',
      '💊💊💊💊💊💊💊 ✌️',
      'found my son in the closet with a belt around his neck, he says he was joking',
      'anoche lo encontre en el baño con una correa amarrada en el cuello. Dice que era broma.',
    ]);
  });
});

describe('a whole bottle beside oneself (lead, 2026-12-06, sets bo and bp, in Spanish)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(['nomas yo y un frasco entero de pastillas para dormir esta noche']);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis(['el frasco de pastillas se me acabo, me pueden mandar el resurtido']);
  });
});

describe('thoughts of turning into oncoming traffic (lead, 2026-12-06, sets bq and br)', () => {
  it('reads them as a crisis', () => {
    expectCrisis(["I've had intense thoughts of turning the wheel into oncoming traffic"]);
  });
});

describe('a rail stood at, looking down from a height, a car driven into something (lead, 2026-12-06, sets bs and bt)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'Last night I stood at the rail a long time. Need to talk to somebody',
      'im up in the crane cab, 40 stories. been looking down a lot today.',
      'he pensado en estrellarlo contra algo en la carretera',
    ]);
  });
});

describe('a log truck to pull out in front of; the gas left on with no flame (lead, 2026-12-06, the holdout bn, read at the round end)', () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      "I'm sitting in the parking lot and I don't think I can drive home safe. I keep thinking about pulling out in front of one of them log trucks",
      "I keep leaving the gas on the stove with no flame. I don't know anymore if I'm doing it on purpose.",
    ]);
  });
  it('leaves the everyday twins off the on-call line', () => {
    expectNotCrisis([
      'I left the gas receipt in my car, can I send the mileage later?',
      'he has his rifle with him at the range on saturdays so we need a weekday',
    ]);
  });
});

describe("a stash of pills in a teen's room; pills saved up; a vial looked at; the pills asked for; gasoline beside fire (lead, 2026-12-06, sets bw, by, cb)", () => {
  it('reads them as a crisis', () => {
    expectCrisis([
      'i found a bag of my oxycodone pills in his room, like 20 of them',
      "i've been saving mine up, the hydrocodone, and i want to know how many i'd need",
      "There's a vial of propofol in my bag. I don't want to use it but I keep looking at it.",
      'yesterday he asked where I keep my sleeping pills and the car keys',
      'the only way to cleanse the house is fire. i have the gasoline',
      "it's loaded and i know where he lives",
      'encontre una bolsa de pastillas en el cuarto de mi hijo',
      'he estado juntando mis pastillas',
      'mi papa pregunto donde guardo mis pastillas para dormir',
      'tengo gasolina. esta noche voy a quemar su casa',
      'la tengo bien cargada y se donde vive',
    ]);
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'can you tell me where to park? my mom keeps her meds in the car and asked where i put the keys',
      'la gasolina esta carisima, voy a llegar tarde',
      'estoy juntando para pagar mi saldo',
    ]);
  });
});

describe('searching for ways, said without the way (recall22, set cj)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'googling what one should not': pick(
        'bruh the brain worms are winning today. like actively googling stuff i shouldnt be googling',
        'looking up things I shouldnt at 3am again',
        'i keep searching ways to die',
        'estoy buscando cosas que no debería en google',
        'anoche busqué formas de morir',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line', () => {
    expectNotCrisis([
      'I googled your office hours',
      'I was searching things to do in Denver this weekend',
      'buscando formas de pagar el copago',
    ]);
    expectStaff(['I googled your address and it says suite 200, is that right?']);
  });
});

describe("a means asked about beside the writer's word that the reason is not a good one (recall23, set cm)", () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'old or expired pills asked about, the reason disowned': join(
        pick(
          'Do old prescription bottles still work if they expired?',
          'do expired pills still work?',
          'are old pills from 2019 still strong?',
          'do the old oxy from my surgery still work if theyre expired?',
        ),
        pick('Not asking for a good reason honestly', 'not for a good reason tbh', 'asking for bad reasons'),
      ),
      'the reason not to be asked': pick(
        'does expired seroquel still work? dont ask why',
        'would 20 old ambien still work if theyre expired? better not to ask',
        'do expired meds lose strength? asking for not the best reasons',
        'how long do old vicodin stay good? not for a good reason lol',
        "would my dad's old heart pills still work? not asking for good reasons",
      ),
      'in Spanish': pick(
        '¿las pastillas vencidas todavía sirven? no pregunto por nada bueno',
        'las pastillas caducadas siguen funcionando? no es por buena razon',
        'el frasco viejo de medicina todavía sirve? mejor no pregunten',
        '¿las pastillas viejas de mi papá todavía funcionan? no pregunten por qué',
        'las medicinas vencidas pierden fuerza? no es por nada bueno la verdad',
      ),
    });
  });

  it('leaves their everyday twins off the on-call line: a request whose reason is disowned, a prescription on file', () => {
    expectNotCrisis([
      'are my expired prescriptions still on file? dont ask why lol',
      'is my prescription ready? dont ask why I took so long',
      'the pills from my surgery are they still good? got rid of the rest',
    ]);
    expectStaff([
      'dont ask why but can I move my appt to 7am',
      'not asking for a good reason but can I get a copy of my bill',
    ]);
  });
});

describe('a vehicle let go off a mountain, a firearm kept close these days (lead24)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a vehicle off a height, thought about': pick(
        'some nights i think about just letting the rig go off the mountain',
        'some nights i think about driving my truck off the mountain',
        'sometimes i picture taking the car over the edge on the way home',
      ),
      'a firearm kept close, lately': pick(
        'I keep my sidearm close these days',
        'been sleeping with the pistol under my pillow lately',
        'I keep the gun loaded in the nightstand now',
      ),
    });
  });

  it('leaves a rig driven over a mountain pass off the on-call line', () => {
    expectNotCrisis(['I drive my rig over the mountain pass every week so Tuesdays are hard']);
  });
});

describe('how much would be too much, the reason withheld (lead24e)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'a lethal amount asked, the reason withheld': pick(
        "what's the max dose of my trazodone? asking for reasons",
        'how many mg of tylenol is too much? asking for a friend',
        'what would be a fatal amount of my lithium. dont ask',
      ),
    });
  });

  it("leaves a parent's dosing question, asked out of curiosity, off the on-call line", () => {
    expectNotCrisis(["what's the max dose of melatonin for kids? just curious"]);
  });
});

describe('hours at a risk place, counted; the pills left to do their work; understanding why, after (lead24e)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'hours at a risk place': pick('ive been at the river since 4', 'been sitting on the bridge for hours'),
      'the pills left to do their work': pick(
        'I want to go to sleep and let the pills do their thing',
        'gonna let them do their job tonight',
      ),
      'everyone understanding why, after': pick(
        'everyone will understand why after',
        "they'll understand why someday",
      ),
    });
  });

  it('leaves a weekend at the lake off the on-call line', () => {
    expectNotCrisis(["I've been at the lake since friday with family, can we move monday"]);
  });
});

describe('the next train kept in mind at a station; a pillar picked out on a drive (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'the next train at a station': pick(
        "i'm at the train station and i keep thinking about the next train",
        'cant stop thinking about the tracks, im at the platform now',
      ),
      'a pillar picked out, how fast': pick(
        'every day on the kennedy i pick out the pillar. same one. i know exactly how fast id need to be going',
        "i know how fast i'd have to hit the overpass wall",
      ),
    });
  });

  it('leaves the next train taken and a drive off the on-call line', () => {
    expectNotCrisis(["i'm at the station, i'll take the next train, be there at 3:10"]);
  });
});

describe('el carro contra un muro; thinking about jumping at a height; a letter to everybody (lead26)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'el carro contra el muro': pick(
        'cuando manejo por la I-95 pienso en tirar el carro contra el muro',
        'pienso en estrellar el coche contra un arbol',
      ),
      'thinking about jumping at a height': pick(
        'i was up on top the grain bin last night thinkin bout jumpin. didnt',
      ),
      'a letter to everybody': pick('I wrote everybody a letter tonight. Yours is in the mail'),
    });
  });

  it('leaves a car that hit a fence off the on-call line', () => {
    expectNotCrisis([
      'mi esposo choco el carro contra la barda del estacionamiento, todos bien, cambio la cita?',
    ]);
  });
});

describe('charcoal bought with tape; a pistol permit class (lead26b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({ 'charcoal and tape': pick('bought a bag of charcoal and some tape. you know what for') });
  });

  it('leaves a permit class off the on-call line', () => {
    expectNotCrisis(['My pistol permit class is on Tuesday so can we do Wednesday?']);
  });
});

describe('echarse al metro o desde la azotea (lead26b)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({ 'al metro': pick('me voy a aventar al metro', 'quiero tirarme de la azotea') });
  });
});
