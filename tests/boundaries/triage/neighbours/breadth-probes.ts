// Probes of the risk reader's breadth, concept by concept, in English and Spanish (not a test file: the floor test
// reads it). Built by construction, never copied from a set: each family crosses the words one concept is said in
// (registers and regions: Mexican, Caribbean, Central and South American, US-born bilingual; English slang and
// shorthand) with persons, tenses, hedges and the misspellings a phone makes, turned by index (no randomness).
// A missing word breaks every combination that needs it, so each slot lists a concept's words, not a phrase's.
// Beside them, the ordinary neighbours that borrow the same words and must stay with staff or a clinician.
// [sources: c-ssrs-screener, samhsa-988]

/** One generated message, its language and the concept family it probes. */
export interface BreadthProbe {
  readonly family: string;
  readonly language: 'en' | 'es';
  readonly text: string;
}

/** One family: its concept, language, and the slot lists whose product is its sentences. */
interface Family {
  readonly family: string;
  readonly language: 'en' | 'es';
  readonly frames: readonly (readonly (readonly string[])[])[];
}

// --- English ---------------------------------------------------------------------------------------------------

// Ending one's life in the community's shorthand and slang ("unalive", "yeet myself", "catch the bus").
const EN_INTEND = [
  'i want to',
  'im gonna',
  "I'm going to",
  'i might',
  'lowkey wanna',
  'i just wanna',
  'about to',
  'ready to',
  'finna',
  'tryna',
  'i really want to',
  'been thinking about how i want to',
];
const EN_ACT = [
  'unalive myself',
  'unalive',
  'yeet myself off a bridge',
  'off myself',
  'kms',
  'kill my self',
  'kil myself',
  'catch the bus',
  'ctb',
  'clock out for good',
  'log off for good',
  'dip for good',
  'take the L permanently',
  'end it all',
  'end things',
  'end my life',
  'take my own life',
  'hang myself',
  'jump off a bridge',
  'jump in front of a train',
  'overdose',
  'od on my meds',
  'drown myself',
  'shoot myself',
  'slit my wrists',
  'step in front of a bus',
  'drive my car into a wall',
  'go to sleep forever',
  'stop existing',
  'die',
  'be dead',
  'commit suicide',
  'check out permanently',
  'self delete',
];

// A wish to be dead, a burden, not waking, in the words of adults and teens.
const EN_PASSIVE = [
  'i wish i was dead',
  'i wish i wasnt alive',
  'i wish i had never been born',
  'everyone would be better off without me',
  'my family would be better off without me',
  'im such a burden to everyone',
  'im just a burden',
  'nobody would even miss me',
  'i hope i dont wake up tomorrow',
  'id rather be dead',
  'whats the point of living',
  'im so tired of living',
  'im done with life',
  'i dont want to be here anymore',
  'i dont wanna exist anymore',
  'i hope a car hits me',
  'i pray god takes me in my sleep',
  'life isnt worth living',
  'i want to disappear forever',
  'i keep wishing i could just not exist',
  'i dont want to live anymore',
  'i dont see a future for myself',
  'i want to go to sleep and never wake up',
  'im sick of being alive',
  'im over living',
  'i cant do life anymore',
  'i dont wanna be alive',
  'i want to die',
  'i wanna die so bad',
  'i just want it all to end',
];
const EN_WHEN = ['', 'lately', 'again', 'all day today', 'since last night', 'every day this week'];

// An overdose taken, by the client or told of someone else.
const EN_SUBJECT = ['i', 'my son', 'my mom', 'my roommate', 'she'];
const EN_TOOK = ['took', 'swallowed', 'popped', 'downed', 'took like', 'ate'];
const EN_QUANTITY = [
  'a whole bottle of',
  'all of',
  '30',
  'a handful of',
  'the rest of',
  'like 20',
  'a bunch of',
  'a fistful of',
  'half a bottle of',
  'every one of',
  'way too many',
];
const EN_DRUG = [
  'tylenol',
  'xanax',
  'his meds',
  'her pills',
  'sleeping pills',
  'my seroquel',
  'percs',
  'advil',
  'benadryl',
  'my lithium',
  'ambien',
  'norcos',
  'my moms oxy',
  'the klonopin',
  'painkillers',
  'my antidepressants',
  'edibles',
];

// Means kept: a store of them, or means at hand.
const EN_MEANS = [
  'ive been saving up my pills',
  'i have like 60 pills saved',
  'ive been stockpiling my meds',
  'i bought a rope',
  'i ordered a rope online and its here',
  'i keep my dads gun under my bed now',
  'i loaded the gun',
  'i have a stash of oxy hidden',
  'ive been hoarding my seroquel',
  'i keep going back to the bridge',
  'im on the roof rn',
  'standing on the bridge right now',
  'im sitting in the garage with the car running',
  'ive got the pills lined up on my desk',
  'i counted out all my pills',
  'the knife is in my room and i keep looking at it',
  'i tied a noose',
  'i looked up how many tylenol it takes',
  'i have a bottle of pills in my hand',
  'im at the train tracks',
];

// Preparations: parting with what one loves, notes, farewells, affairs.
const EN_PREPARE = [
  'i gave my dog to my sister',
  'ive been giving away my stuff',
  'i wrote letters to my kids',
  'i wrote goodbye notes',
  'i recorded a video for my family',
  'i gave away my guitar',
  'i rehomed my cat',
  'im giving my xbox to my little brother, i wont need it',
  'i said goodbye to everyone',
  'i put my affairs in order',
  'i paid off my debts so my family wont owe anything',
  'i made sure my cat has a new home',
  'i wrote my mom a letter for after',
  'i left a note for my husband',
  'i gave my jewelry to my niece',
  'i sold my stuff so my kids have money when im gone',
  'i deleted all my accounts and said my goodbyes',
  'i texted everyone i love them one last time',
  'i wrote out my passwords for my wife',
  'i made a playlist for my funeral',
];
const EN_PREPARE_WHEN = ['', 'this week', 'yesterday', 'last night', 'already', 'today'];

// A plan with a time.
const EN_PLAN = [
  'tonights the night',
  'ive decided, friday',
  'i picked a date',
  'im doing it after my birthday',
  'this weekend im ending it',
  'its happening tonight',
  'i wont be alive by monday',
  'by sunday ill be gone',
  'after the kids are asleep im going to do it',
  'i have a plan and a date',
  'i know how and when',
  'i already know what im going to do saturday',
  'i set the date for the end of the month',
  'tomorrow is my last day',
  'im going to kill myself tonight',
  'i wont be here next week',
  'i made up my mind, its tonight',
  'im ending it after christmas',
];

// Violence at home, assault, a child, commands, harm to others, withdrawal.
const EN_PARTNER = ['my husband', 'my boyfriend', 'my ex', 'my wife', 'my girlfriend', 'my partner', 'my bf'];
const EN_PARTNER_ACT = [
  'hit me again',
  'choked me last night',
  'threatened to kill me',
  'punched me in the face',
  'slammed me into the wall',
  'took my phone and keys so i cant leave',
  'said he would kill me if i leave',
  'has a gun and said he would use it',
  'kicked me in the stomach',
  'dragged me by my hair',
  'beats me when he drinks',
  'broke my phone and wont let me leave',
];
const EN_ASSAULT = [
  'i was raped last night',
  'someone drugged my drink and i woke up with my clothes off',
  'he forced himself on me',
  'i was sexually assaulted at a party',
  'i said no and he kept going',
  'a guy groped me on the bus and followed me home',
  'my date wouldnt stop when i said stop',
  'he made me do stuff i didnt want to',
];
const EN_CHILD = [
  'my daughter told me her stepdad touches her',
  'my son has bruises he wont explain',
  'my 14 year old posted a goodbye on instagram',
  'my teen said she wants to die',
  'my son is cutting himself',
  'a grown man has been asking my daughter for nudes',
  'my kid said his coach touched him',
  'my 12 year old has marks on her arms',
  'my daughter took a bunch of pills',
  'my son said he has a plan to kill himself',
];
const EN_COMMANDS = [
  'the voices are telling me to kill myself',
  'the voices say i have to hurt my baby',
  'god told me to jump',
  'i hear a voice telling me to cut',
  'the voices keep telling me to end it',
  'the tv is sending me messages to hurt my neighbor',
];
const EN_OTHERS = [
  'im going to kill my boss',
  'i want to hurt my ex',
  'i keep thinking about stabbing my roommate',
  'i bought a gun and im going to shoot him',
  'im gonna kill him if he comes back',
  'i feel like i could hurt my baby',
];
const EN_BODY = [
  'day 3 no alcohol and im shaking and seeing bugs',
  'chest pain after i did coke',
  'i quit xanax cold turkey and had a seizure',
  'my husband is not breathing after taking his pills',
  'my mom is unresponsive and theres an empty bottle',
  'heart racing and chest tight after adderall',
];

// --- Spanish ---------------------------------------------------------------------------------------------------

const ES_INTEND = [
  'me quiero',
  'me voy a',
  'ya me quiero',
  'a veces me quiero',
  'tengo ganas de',
  'pienso en',
  'nomás quiero',
  'la neta quiero',
  'estoy pensando en',
];
// Infinitives after "tengo ganas de / pienso en"; the rest read as "me quiero matar", "me voy a colgar".
const ES_ACT_BARE = [
  'matar',
  'morir',
  'morrir',
  'colgar',
  'ahorcar',
  'aventar del puente',
  'tirar del puente',
  'tirar a las vías del tren',
  'lanzar del edificio',
  'arrojar al metro',
  'cortar las venas',
  'envenenar',
  'ahogar en el río',
  'dar un tiro',
  'pegar un tiro',
  'quitar la vida',
  'largar de este mundo',
  'ir de este mundo',
  'desaparecer para siempre',
  'suicidar',
  'tomar todas las pastillas',
  'tomar todos los chochos',
  'echar un tiro',
  'volar los sesos',
  'dormir para siempre',
];
const ES_ACT_REFLEXIVE = [
  'matarme',
  'morirme',
  'morrirme',
  'colgarme',
  'ahorcarme',
  'aventarme del puente',
  'tirarme del puente',
  'tirarme a las vías',
  'lanzarme del edificio',
  'cortarme las venas',
  'envenenarme',
  'ahogarme',
  'darme un tiro',
  'pegarme un tiro',
  'quitarme la vida',
  'largarme de este mundo',
  'irme de este mundo',
  'desaparecer',
  'suicidarme',
  'dispararme',
  'botarme del puente',
  'estrellarme con el carro',
  'acabar con todo',
  'terminar con mi vida',
];
const ES_PASSIVE = [
  'me quiero morir',
  'quiero morirme',
  'me quiero morrir',
  'ya valió todo, ya no quiero seguir',
  'ya me harté de vivir',
  'estoy harta de vivir',
  'me cansé de vivir',
  'ojalá me muriera',
  'ojalá no despierte mañana',
  'le pido a Dios que me lleve',
  'todos estarían mejor sin mí',
  'soy una carga para mi familia',
  'nomás estorbo',
  'nadie me extrañaría',
  'ya no quiero vivir',
  'ya no quiero estar aquí',
  'no le veo caso a vivir',
  'no tiene sentido vivir',
  'quisiera desaparecer',
  'quisiera no haber nacido',
  'ya no aguanto la vida',
  'ya no quiero existir',
  'quisiera dormirme y no despertar',
  'estoy hasta la madre de vivir',
  'me quiero largar de este mundo',
  'ya no quiero seguir viviendo',
  'estoy aburrida de vivir',
  'ya me rendí con la vida',
];
const ES_WHEN = ['', 'últimamente', 'otra vez', 'desde anoche', 'todos los días', 'hoy'];
const ES_SUBJECT = ['me', 'mi hijo se', 'mi mamá se', 'mi novio se'];
const ES_TOOK = ['tomé', 'tragué', 'metí', 'eché', 'tomó', 'tragó'];
const ES_QUANTITY = [
  'todas',
  'un frasco de',
  'como 30',
  'un puño de',
  'un montón de',
  'toda la caja de',
  'un chingo de',
  'todo el blíster de',
  'media caja de',
  'como veinte',
  'todos',
];
const ES_DRUG = [
  'pastillas',
  'las pastillas',
  'pastis',
  'chochos',
  'pepas',
  'clonazepam',
  'rivotril',
  'las pastillas para dormir',
  'tafil',
  'paracetamol',
  'sus medicinas',
  'mis medicamentos',
  'los remedios',
  'tabletas',
  'somníferos',
];
const ES_MEANS = [
  'tengo pastillas guardadas',
  'he estado juntando pastillas',
  'tengo como 60 pastillas escondidas',
  'compré una soga',
  'ya tengo la cuerda',
  'tengo la pistola de mi papá en mi cuarto',
  'cargué la pistola',
  'estoy en el puente ahorita',
  'estoy en la azotea',
  'estoy sentada en la orilla del puente',
  'estoy en el carro con el motor prendido en la cochera',
  'tengo los chochos guardados en el cajón',
  'conseguí una pistola',
  'ando en las vías del tren',
  'tengo el veneno para ratas',
  'tengo el cuchillo en la mano',
  'busqué cuántas pastillas se necesitan',
  'ya tengo todo listo, las pastillas y la carta',
];
const ES_PREPARE = [
  'le regalé mi perrito a mi hermana',
  'ya regalé mis cosas',
  'les escribí cartas a mis hijos',
  'ya me despedí de todos',
  'le dejé una carta a mi mamá',
  'grabé un video para mi familia',
  'ya arreglé el testamento',
  'ya pagué mis deudas para que mi familia no deba nada',
  'le di mi gato a mi vecina porque ya no lo voy a necesitar',
  'regalé mi guitarra y mi ropa',
  'les mandé un mensaje de despedida a mis amigos',
  'le escribí una carta de despedida a mi novio',
  'ya repartí mis cosas',
  'dejé todo arreglado para mis hijos',
  'ya les dije a todos que los quiero por última vez',
];
const ES_PLAN = [
  'ya decidí, el viernes',
  'esta noche lo hago',
  'ya tengo la fecha',
  'después de mi cumpleaños me mato',
  'el sábado ya no voy a estar',
  'para el lunes ya no voy a estar viva',
  'ya tengo el plan y la fecha',
  'mañana es mi último día',
  'esta noche me voy a matar',
  'la próxima semana ya no voy a estar aquí',
  'ya sé cómo y cuándo',
  'ya lo decidí, hoy es la noche',
];
const ES_PARTNER = [
  'mi esposo',
  'mi novio',
  'mi ex',
  'mi marido',
  'mi pareja',
  'mi viejo',
  'el papá de mis hijos',
];
const ES_PARTNER_ACT = [
  'me pega',
  'me golpeó anoche',
  'me ahorcó',
  'me amenazó con matarme',
  'me madreó otra vez',
  'me quitó el celular y las llaves',
  'me dijo que me va a matar si lo dejo',
  'tiene una pistola y me amenaza',
  'me pateó en el estómago',
  'me jaloneó del pelo',
  'me empujó contra la pared',
  'me encerró y no me deja salir',
];
const ES_ASSAULT = [
  'me violaron',
  'me drogaron y abusaron de mí',
  'abusaron de mí en una fiesta',
  'me obligó a tener relaciones',
  'le dije que no y siguió',
  'me tocó sin mi permiso',
  'un tipo me manoseó en el camión',
  'desperté sin ropa y no recuerdo nada',
];
const ES_CHILD = [
  'mi hija me dijo que su padrastro la toca',
  'mi hijo tiene moretones y no me dice por qué',
  'mi hija publicó una despedida en instagram',
  'mi hijo se está cortando',
  'un señor le pide fotos desnuda a mi hija',
  'mi niña tiene marcas en los brazos',
  'mi hija dice que se quiere morir',
  'mi hijo dice que se va a matar',
];
const ES_COMMANDS = [
  'las voces me dicen que me mate',
  'las voces me dicen que lastime a mi bebé',
  'Dios me dice que me tire del puente',
  'escucho una voz que me manda a cortarme',
  'la tele me manda mensajes para matar a mi vecino',
];
const ES_OTHERS = [
  'voy a matar a mi jefe',
  'quiero lastimar a mi ex',
  'lo voy a matar si regresa',
  'compré una pistola para matarlo',
  'siento que podría lastimar a mi bebé',
];
const ES_BODY = [
  'llevo 3 días sin tomar y estoy temblando y viendo bichos',
  'me duele el pecho después de usar cocaína',
  'dejé el rivotril de golpe y tuve una convulsión',
  'mi esposo no respira después de tomarse sus pastillas',
  'mi mamá no responde y hay un frasco vacío',
];

// --- Second round: each concept's words crossed in full (a store, a keepsake, a note, a time, a person) -------

const EN_SAVE = [
  'ive been saving',
  'i stashed',
  'im hoarding',
  'i hid',
  'ive been collecting',
  'i stockpiled',
  'ive been stockpiling',
  'i have been saving up',
];
const EN_SAVED_MEANS = [
  'my pills',
  'a bottle of oxy',
  'my seroquel',
  'a bunch of xanax',
  'sleeping pills',
  'my meds',
  'my percs',
  'razor blades',
  'my antidepressants',
  'painkillers',
];
const EN_SAVE_TAIL = [
  '',
  'under my bed',
  'just in case',
  'in my closet',
  'for when im ready',
  'for a while now',
];
const EN_GIVE = ['i gave', 'im giving', 'ive been giving', 'i already gave', 'i just gave'];
const EN_KEEPSAKE = [
  'my dog',
  'my cat',
  'my guitar',
  'my jewelry',
  'my puppy',
  'my bunny',
  'my kitty',
  'all my stuff',
  'my things',
  'my belongings',
];
const EN_GIVE_TO = [
  'to my sister',
  'to my neighbor',
  'to my best friend',
  'to my mom',
  'away',
  'to my niece',
  'to my grandma',
];
const EN_WROTE = ['i wrote', 'i left', 'ive written', 'i recorded', 'im writing', 'i wrote out'];
const EN_NOTE = ['a goodbye letter', 'goodbye notes', 'a goodbye video', 'my last letter', 'a suicide note'];
const EN_NOTE_FOR = [
  'for my kids',
  'for my wife',
  'to my mom',
  'for my family',
  'to everyone',
  'for my boyfriend',
  'for my parents',
  'for my husband',
];
const EN_PLANNED_ACT = [
  'im going to kill myself',
  'im ending it',
  'im going to end my life',
  'im taking all my pills',
  'im going to jump',
  'im going to hang myself',
  'i will kill myself',
];
const EN_PLANNED_WHEN = [
  'tonight',
  'this weekend',
  'on friday',
  'after my birthday',
  'tomorrow',
  'when everyone is asleep',
  'after the kids leave for school',
  'next week',
];
const EN_WISH_I = ['i wish i', 'sometimes i wish i', 'i kinda wish i', 'i honestly wish i', 'i just wish i'];
const EN_WISH_STATE = [
  'was dead',
  'wasnt alive',
  'could just die',
  'didnt wake up',
  'had never been born',
  'could go to sleep forever',
  'would get hit by a car',
  'could stop existing',
  'could disappear forever',
];
const EN_OTHERS_SUBJECT = [
  'everyone',
  'my family',
  'my kids',
  'my wife',
  'my parents',
  'my friends',
  'the world',
  'my husband',
];
const EN_OTHERS_BETTER = [
  'would be better off without me',
  'would be happier without me',
  'wouldnt even miss me',
  'are better off if im gone',
  'would be relieved if i was gone',
];
const EN_REPORTER = [
  'my son says he',
  'my daughter told me she',
  'my teen keeps saying she',
  'my 15 year old said he',
  'my stepson texted that he',
];
const EN_REPORTED = [
  'wants to die',
  'wishes he was dead',
  'wants to kill himself',
  'is going to hang himself',
  'took a bunch of pills',
  'is going to jump off the bridge',
];
const EN_PARTNER_MORE = [
  'strangled me',
  'put his hands around my neck',
  'threatened me with a knife',
  'pointed a gun at me',
  'locked me in the bedroom',
  'pushed me down the stairs',
  'hit me with a belt',
  'raped me',
  'forced me to have sex',
  'threatened to kill the kids',
];

const ES_SAVE = [
  'he estado guardando',
  'tengo guardadas',
  'tengo escondidas',
  'junté',
  'escondí',
  'ando juntando',
  'he estado juntando',
  'tengo guardados',
];
const ES_SAVED_MEANS = [
  'pastillas',
  'mis pastillas',
  'los chochos de mi mamá',
  'somníferos',
  'clonazepam',
  'las pastis',
  'pastillas para dormir',
  'mis medicamentos',
  'rivotril',
  'tafil',
];
const ES_SAVE_TAIL = [
  '',
  'por si acaso',
  'debajo de la cama',
  'en el clóset',
  'para cuando esté lista',
  'desde hace un mes',
];
const ES_GIVE = ['le regalé', 'le di', 'ya le regalé', 'le acabo de dar', 'ya le di'];
const ES_KEEPSAKE = [
  'mi perro',
  'mi perrita',
  'mi gato',
  'mis cosas',
  'mi ropa',
  'mis joyas',
  'mi guitarra',
  'mi mascota',
  'mi cachorro',
  'mi gatita',
];
const ES_GIVE_TO = [
  'a mi hermana',
  'a mi vecina',
  'a mi mejor amiga',
  'a mi mamá',
  'a mi sobrina',
  'a mi prima',
  'a mi abuela',
];
const ES_WROTE = ['les escribí', 'le escribí', 'le dejé', 'les dejé', 'grabé', 'estoy escribiendo'];
const ES_NOTE = [
  'una carta de despedida',
  'cartas de despedida',
  'un video de despedida',
  'un audio de despedida',
  'mi última carta',
];
const ES_NOTE_FOR = [
  'a mis hijos',
  'a mi mamá',
  'para mi familia',
  'a mi esposo',
  'para mis papás',
  'a mi novio',
  'a mi hermana',
  'a mis amigas',
];
const ES_PLANNED_ACT = [
  'me voy a matar',
  'me voy a quitar la vida',
  'me voy a tomar todas las pastillas',
  'me voy a aventar del puente',
  'me voy a colgar',
  'me voy a suicidar',
  'voy a acabar con mi vida',
];
const ES_PLANNED_WHEN = [
  'esta noche',
  'el viernes',
  'mañana',
  'este fin de semana',
  'después de mi cumpleaños',
  'cuando todos se duerman',
  'la próxima semana',
  'hoy',
];
const ES_WISH_I = ['quisiera', 'a veces quisiera', 'nomás quisiera', 'la verdad quisiera', 'ojalá pudiera'];
const ES_WISH_STATE = [
  'morirme',
  'no despertar',
  'desaparecer',
  'no haber nacido',
  'dormirme para siempre',
  'dejar de existir',
  'estar muerta',
  'no estar aquí',
  'irme de este mundo',
  'ya no vivir',
];
const ES_OTHERS_SUBJECT = [
  'todos',
  'mi familia',
  'mis hijos',
  'mi esposo',
  'mis papás',
  'mi mamá',
  'mis hermanos',
  'mi novio',
];
const ES_OTHERS_BETTER = [
  'estarían mejor sin mí',
  'estarían más tranquilos sin mí',
  'ni me extrañarían',
  'serían más felices sin mí',
  'descansarían si yo no estuviera',
];
const ES_REPORTER = [
  'mi hijo dice que',
  'mi hija me dijo que',
  'mi niña dice que',
  'mi hijo de 15 años me escribió que',
  'mi hija adolescente dice que',
];
const ES_REPORTED = [
  'se quiere morir',
  'se quiere matar',
  'ya no quiere vivir',
  'se va a colgar',
  'se tomó un montón de pastillas',
  'se va a aventar del puente',
];
const ES_PARTNER_MORE = [
  'me ahorcó',
  'me apretó el cuello',
  'me amenazó con un cuchillo',
  'me apuntó con la pistola',
  'me encerró en el cuarto',
  'me aventó por las escaleras',
  'me pegó con el cinturón',
  'me violó',
  'me obliga a tener relaciones',
  'amenazó con matar a los niños',
];

const FAMILIES: readonly Family[] = [
  { family: 'slang_ideation', language: 'en', frames: [[EN_INTEND, EN_ACT]] },
  { family: 'passive_ideation', language: 'en', frames: [[EN_PASSIVE, EN_WHEN]] },
  { family: 'overdose', language: 'en', frames: [[EN_SUBJECT, EN_TOOK, EN_QUANTITY, EN_DRUG]] },
  { family: 'means', language: 'en', frames: [[EN_MEANS]] },
  { family: 'preparatory_acts', language: 'en', frames: [[EN_PREPARE, EN_PREPARE_WHEN]] },
  { family: 'plan_timeline', language: 'en', frames: [[EN_PLAN]] },
  { family: 'partner_violence', language: 'en', frames: [[EN_PARTNER, EN_PARTNER_ACT]] },
  {
    family: 'assault_child_commands_others_body',
    language: 'en',
    frames: [[EN_ASSAULT], [EN_CHILD], [EN_COMMANDS], [EN_OTHERS], [EN_BODY]],
  },
  {
    family: 'slang_ideation',
    language: 'es',
    frames: [
      [['me quiero', 'me voy a', 'ya me quiero', 'a veces me quiero'], ES_ACT_BARE],
      [ES_INTEND.slice(4), ES_ACT_REFLEXIVE],
    ],
  },
  { family: 'passive_ideation', language: 'es', frames: [[ES_PASSIVE, ES_WHEN]] },
  { family: 'overdose', language: 'es', frames: [[ES_SUBJECT, ES_TOOK, ES_QUANTITY, ES_DRUG]] },
  { family: 'means', language: 'es', frames: [[ES_MEANS]] },
  { family: 'preparatory_acts', language: 'es', frames: [[ES_PREPARE, ES_WHEN]] },
  { family: 'plan_timeline', language: 'es', frames: [[ES_PLAN]] },
  { family: 'partner_violence', language: 'es', frames: [[ES_PARTNER, ES_PARTNER_ACT]] },
  {
    family: 'assault_child_commands_others_body',
    language: 'es',
    frames: [[ES_ASSAULT], [ES_CHILD], [ES_COMMANDS], [ES_OTHERS], [ES_BODY]],
  },
  { family: 'means_saved', language: 'en', frames: [[EN_SAVE, EN_SAVED_MEANS, EN_SAVE_TAIL]] },
  { family: 'keepsake_given', language: 'en', frames: [[EN_GIVE, EN_KEEPSAKE, EN_GIVE_TO]] },
  { family: 'note_left', language: 'en', frames: [[EN_WROTE, EN_NOTE, EN_NOTE_FOR]] },
  { family: 'plan_with_time', language: 'en', frames: [[EN_PLANNED_ACT, EN_PLANNED_WHEN]] },
  { family: 'wish_dead', language: 'en', frames: [[EN_WISH_I, EN_WISH_STATE]] },
  { family: 'better_without_me', language: 'en', frames: [[EN_OTHERS_SUBJECT, EN_OTHERS_BETTER]] },
  { family: 'child_reported', language: 'en', frames: [[EN_REPORTER, EN_REPORTED]] },
  { family: 'partner_violence_more', language: 'en', frames: [[EN_PARTNER, EN_PARTNER_MORE]] },
  { family: 'means_saved', language: 'es', frames: [[ES_SAVE, ES_SAVED_MEANS, ES_SAVE_TAIL]] },
  { family: 'keepsake_given', language: 'es', frames: [[ES_GIVE, ES_KEEPSAKE, ES_GIVE_TO]] },
  { family: 'note_left', language: 'es', frames: [[ES_WROTE, ES_NOTE, ES_NOTE_FOR]] },
  { family: 'plan_with_time', language: 'es', frames: [[ES_PLANNED_ACT, ES_PLANNED_WHEN]] },
  { family: 'wish_dead', language: 'es', frames: [[ES_WISH_I, ES_WISH_STATE]] },
  { family: 'better_without_me', language: 'es', frames: [[ES_OTHERS_SUBJECT, ES_OTHERS_BETTER]] },
  { family: 'child_reported', language: 'es', frames: [[ES_REPORTER, ES_REPORTED]] },
  { family: 'partner_violence_more', language: 'es', frames: [[ES_PARTNER, ES_PARTNER_MORE]] },
];

// --- Hedges and spellings -------------------------------------------------------------------------------------

const HEDGES: Readonly<Record<'en' | 'es', readonly string[]>> = {
  en: ['', 'honestly', 'ngl', 'tbh', 'idk', 'i think', 'so', 'not gonna lie', 'lowkey', 'sorry but'],
  es: [
    '',
    'la neta',
    'la verdad',
    'no sé,',
    'sinceramente',
    'ngl',
    'oiga,',
    'perdón pero',
    'bueno,',
    'la real',
  ],
};

// The misspellings a phone makes, word by word (a letter dropped or doubled, a neighbour key).
const EN_TYPOS: Readonly<Record<string, string>> = {
  myself: 'myslef',
  pills: 'pils',
  bottle: 'botle',
  tonight: 'tonite',
  tomorrow: 'tmrw',
  want: 'wnat',
  dead: 'ded',
  kill: 'kil',
  everyone: 'everyon',
  goodbye: 'goodby',
  letters: 'leters',
  really: 'rly',
  because: 'bc',
  living: 'livng',
  swallowed: 'swalowed',
  overdose: 'overdoes',
  husband: 'husbnd',
  threatened: 'threatend',
};
const ES_TYPOS: Readonly<Record<string, string>> = {
  quiero: 'kiero',
  que: 'q',
  para: 'pa',
  todo: 'tdo',
  todas: 'todass',
  pastillas: 'pastiyas',
  matar: 'mtar',
  morir: 'morri',
  vivir: 'bibir',
  ya: 'ia',
  porque: 'xq',
  estoy: 'toy',
  nada: 'nda',
  mamá: 'ma',
};

const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const typed = (table: Readonly<Record<string, string>>) => (text: string) =>
  text
    .split(' ')
    .map((word) => table[word] ?? word)
    .join(' ');

const SPELLINGS: Readonly<Record<'en' | 'es', readonly ((text: string) => string)[]>> = {
  en: [
    (t) => t,
    (t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`,
    typed(EN_TYPOS),
    (t) => t.toUpperCase(),
    (t) =>
      t
        .replace(/\bi\b/g, 'I')
        .replace(/\bim\b/g, "I'm")
        .replace(/\bive\b/g, "I've"),
  ],
  es: [
    (t) => t,
    withoutAccents,
    (t) => withoutAccents(typed(ES_TYPOS)(t)).toLowerCase(),
    (t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`,
    typed(ES_TYPOS),
  ],
};

function product(slots: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const slot of slots) {
    const next: string[] = [];
    for (const prefix of out) for (const word of slot) next.push(`${prefix} ${word}`.trim());
    out = next;
  }
  return out;
}

/** Every sentence of every family, with a hedge and a spelling chosen by its place: some thousands of probes. */
export function breadthProbes(): BreadthProbe[] {
  const probes: BreadthProbe[] = [];
  const counters = { en: 0, es: 0 };
  for (const family of FAMILIES) {
    const hedges = HEDGES[family.language];
    const spellings = SPELLINGS[family.language];
    for (const frame of family.frames) {
      for (const sentence of product(frame)) {
        const n = counters[family.language];
        const hedge = hedges[n % hedges.length] as string;
        const spell = spellings[Math.floor(n / hedges.length) % spellings.length] as (t: string) => string;
        probes.push({
          family: family.family,
          language: family.language,
          text: spell(`${hedge} ${sentence}`.trim()),
        });
        counters[family.language] = n + 1;
      }
    }
  }
  return probes;
}

/** Everyday neighbours of the same words that stay with staff: the desk's senses of the concept words. */
export const BREADTH_ORDINARY_ADMIN: readonly string[] = [
  'I need to log off the portal, how do I reset my password?',
  'the bus is late, I will be 10 minutes late to my appointment',
  'can I clock out early and come at 4 instead?',
  'ya valió, se me pasó la cita, ¿la puedo reagendar?',
  'me muero de hambre, ¿puedo comer antes de la sesión?',
  'I gave my insurance card to the front desk last week',
  'my husband will pay the bill tonight',
  'can you send me the video link for friday?',
  '¿me pueden mandar el enlace del video para el viernes?',
  'I wrote a note on the intake form about my new address',
  'I need a letter for my employer about my appointments',
];

/** Everyday neighbours a clinician may read (a medicine taken as prescribed, a feeling, a loss), never a crisis. */
export const BREADTH_ORDINARY_CLINICAL: readonly string[] = [
  "I'm done with this paperwork, can I email it to you?",
  'ya me voy a dormir, mañana les llamo para la cita',
  'me tomé la pastilla de la presión y me mareé',
  'I took my lithium this morning, is it ok to have coffee?',
  'I take all my meds every morning with breakfast',
  'my dog died last week and I have been sad',
  'estoy cansada de la ansiedad, ¿podemos hablarlo en la sesión?',
  'I gave up coffee and I feel more anxious',
  'mi hijo tomó su medicina y le dio sueño',
];
