// Spanish crisis probes built by construction, not copied from any set (not a test file: vitest runs only
// *.test.ts). Each family crosses the vocabulary a concept is said in (Mexican, Caribbean, Central and South
// American, Spain; Spanglish) with persons, hedges and spellings (accents dropped, texting shorthand); beside
// them, ordinary neighbours that use the same words in everyday senses. [sources: c-ssrs-screener, samhsa-988]

/** One family of probes: the concept it says, and the slot lists whose product is its sentences. */
interface ProbeFamily {
  readonly concept: string;
  readonly frames: readonly (readonly (readonly string[])[])[];
}

// Crisis-line vocabulary by concept, after the C-SSRS in Spanish and the Línea 988 en español.
const WISH = [
  'quisiera',
  'ojalá pudiera',
  'me gustaría',
  'quiero',
  'nomás quiero',
  'solo quiero',
  'a veces quiero',
];
const I_WANT_NOT = ['ya no quiero', 'ya no quisiera', 'no quiero', 'ya no kiero', 'ya no tengo ganas de'];
const NOT_BE = [
  'desaparecer',
  'dejar de existir',
  'no existir',
  'no despertar',
  'dormirme y no despertar',
  'dormir y ya no despertar',
  'no haber nacido',
  'irme para siempre',
  'descansar para siempre',
  'morirme',
  'estar muerta',
  'estar muerto',
  'ya no estar aquí',
  'no estar',
  'desaparecer del mapa',
  'dormir para siempre',
  'estar con mi mamá en el cielo',
  'irme con mi papá',
  'estar con Dios',
];
const LIVE_ON = [
  'vivir',
  'seguir viviendo',
  'seguir',
  'seguir aquí',
  'estar aquí',
  'despertar',
  'despertar mañana',
  'existir',
  'seguir con esta vida',
  'amanecer',
];
const HOPELESS = [
  'no le veo sentido a la vida',
  'no le encuentro sentido a nada',
  'la vida no tiene sentido',
  'no tiene caso seguir',
  'para qué sigo viviendo',
  'ya no aguanto más esta vida',
  'estoy cansada de vivir',
  'estoy cansado de vivir',
  'me cansé de vivir',
  'estoy harta de vivir',
  'ya no puedo más con la vida',
  'no vale la pena vivir',
  'ya no le hallo caso a vivir',
];
const BURDEN = [
  'soy una carga para todos',
  'soy un estorbo',
  'nomás estorbo',
  'todos estarían mejor sin mí',
  'mi familia estaría mejor sin mí',
  'mis hijos estarían mejor sin mí',
  'nadie me extrañaría',
  'a nadie le importaría si me muero',
  'a nadie le haría falta',
  'sería mejor para todos si yo no estuviera',
  'les haría un favor si me muero',
  'solo les causo problemas, mejor me voy',
];
const GOD_TAKE = [
  'le pido a Dios que me lleve',
  'ojalá Dios me recoja ya',
  'le rezo a Diosito para que me lleve',
  'que Dios me lleve de una vez',
  'ojalá me atropelle un carro',
  'ojalá me diera un infarto y ya',
  'ojalá no despierte mañana',
  'ojalá me muera dormida',
  'ojalá me muera',
];
const KILL_SELF = [
  'matarme',
  'suicidarme',
  'quitarme la vida',
  'acabar con mi vida',
  'acabar con todo',
  'terminar con todo',
  'ponerle fin a todo',
  'ponerle fin a mi vida',
  'terminar con mi vida',
  'hacerme daño',
  'colgarme',
  'aventarme de un puente',
  'tirarme del puente',
  'tirarme a las vías del tren',
  'cortarme las venas',
  'darme un tiro',
  'pegarme un tiro',
];
const INTEND = [
  'quiero',
  'voy a',
  'pienso en',
  'he pensado en',
  'estoy pensando en',
  'tengo ganas de',
  'ya decidí',
  'pienso mucho en',
];
// The clitic before the verb, as it is mostly said: "me quiero matar", "me voy a quitar la vida".
const INTEND_ME = ['me quiero', 'me voy a', 'ya me quiero', 'me dan ganas de', 'a veces me quiero'];
const ACT_ME = [
  'matar',
  'morir',
  'suicidar',
  'quitar la vida',
  'colgar',
  'aventar de un puente',
  'cortar las venas',
  'dar un tiro',
  'tirar a las vías',
];
const INGEST = ['me tomé', 'tomé', 'me tragué', 'me metí', 'me acabé', 'me eché', 'ingerí', 'me empiné'];
const DOSE = [
  'todas las pastillas',
  'todo el frasco',
  'el frasco entero',
  'un puño de pastillas',
  'como 30 pastillas',
  'un montón de pastillas',
  'todas mis pastillas',
  'la caja entera de tylenol',
  'todas las pastillas de mi mamá',
  'todas las pastillas para dormir',
  'un bote de pastillas',
  'como 20 clonazepam',
  'todo el blister de paracetamol',
  'todas las de la presión',
  'muchas pastillas',
  'un frasco de rivotril',
  'todas las sertralinas',
  'un montón de ibuprofeno',
  'todo el alprazolam',
];
const AFTER_DOSE = [
  '',
  'y me siento mareada',
  'hace una hora',
  'y me siento rara',
  'y nadie sabe',
  'y ya me está dando sueño',
  'con alcohol',
];
const TOOK_TOO_MUCH = [
  'me pasé de pastillas a propósito',
  'me tomé una sobredosis',
  'tomé de más a propósito',
  'me tomé más de la cuenta para no despertar',
  'me tomé todo lo que tenía',
  'me tomé el veneno para ratas',
  'me tomé el cloro',
  'me tragué el raticida',
];
const RELATIVE = [
  'mi hija',
  'mi hijo',
  'mi esposo',
  'mi esposa',
  'mi mamá',
  'mi papá',
  'mi niña',
  'mi chamaco',
  'mi muchacho',
  'mi hermana',
];
const THEY_TOOK = [
  'se tomó todas las pastillas',
  'se tomó el frasco entero',
  'se tragó todas sus pastillas',
  'se tomó como 40 pastillas',
  'se metió un montón de pastillas',
  'se tomó las pastillas de mi abuela',
  'se tomó el cloro',
  'se empinó el frasco de pastillas',
];
const THEY_STATE = [
  '',
  'y no despierta',
  'y no responde',
  'y no la puedo despertar',
  'y está muy dormido',
  'y está vomitando',
  'qué hago',
];
const FOUND = [
  'encontré a mi hija con el frasco vacío',
  'encontré el frasco de pastillas vacío en el cuarto de mi hijo',
  'mi mamá no despierta y hay pastillas en el piso',
  'encontré a mi esposo inconsciente con las pastillas',
  'creo que mi hijo se tomó algo, no reacciona',
  'mi hija se desmayó y encontré blisters vacíos',
];
const STORE = [
  'tengo guardadas muchas pastillas',
  'llevo meses juntando pastillas',
  'estoy guardando mis pastillas',
  'tengo suficientes pastillas para no despertar',
  'he estado juntando las pastillas de mi mamá',
  'tengo un frasco escondido en el cajón',
  'ya tengo las pastillas',
  'busqué cuántas pastillas se necesitan para morir',
  'investigué cuántas pastillas son mortales',
  'compré una cuerda',
  'ya tengo la soga',
  'conseguí una pistola',
  'compré veneno',
  'tengo la pistola de mi papá',
  'ya tengo el arma cargada',
  'estoy ahorrando pastillas',
];
const PREPARE = [
  'dejé cartas para mis hijos',
  'escribí una carta de despedida',
  'ya escribí mi carta',
  'regalé todas mis cosas',
  'regalé a mi perro',
  'le dejé mi perro a mi hermana para que lo cuide',
  'ya arreglé todo',
  'dejé todo en orden',
  'ya pagué mis deudas para que no les quede nada',
  'puse el seguro de vida a nombre de mis hijos',
  'hice mi testamento',
  'me despedí de todos',
  'ya me despedí de mi familia',
  'grabé un video de despedida',
  'borré mis redes y dejé las contraseñas anotadas',
  'ya dejé todo listo para cuando no esté',
  'le dije a todos que los quiero por última vez',
];
const PLAN = [
  'ya decidí cuándo lo voy a hacer',
  'ya tengo fecha',
  'ya tengo un plan',
  'esta noche lo hago',
  'el viernes lo voy a hacer',
  'mañana ya no voy a estar',
  'después de mi cumpleaños ya no voy a estar',
  'ya sé cómo lo voy a hacer',
  'ya lo tengo todo planeado',
  'cuando se vayan todos lo voy a hacer',
  'no voy a llegar a la cita del jueves porque ya no voy a estar',
  'este fin de semana se acaba todo',
  'ya pensé cómo y cuándo',
  'hoy es el día',
  'ya no me van a ver la próxima semana',
];
const PARTNER = [
  'mi esposo',
  'mi novio',
  'mi pareja',
  'mi ex',
  'mi marido',
  'el papá de mis hijos',
  'mi novia',
];
const PARTNER_ACT = [
  'me pega',
  'me golpeó',
  'me amenazó con matarme',
  'me amenazó con un cuchillo',
  'me quitó el celular',
  'me quitó las llaves',
  'no me deja salir',
  'me encerró en el cuarto',
  'me tiene encerrada',
  'me ahorcó',
  'me apretó el cuello',
  'me empujó contra la pared',
  'me jaloneó',
  'me dijo que si lo dejo me mata',
  'me sigue a todos lados',
  'me revisa el celular y me rastrea',
  'puso un rastreador en mi carro',
  'se aparece en mi trabajo',
  'me manda mensajes amenazándome',
  'me rompió el teléfono',
  'me controla todo el dinero',
  'me dio una cachetada',
  'me aventó las cosas',
];
const FEAR_HOME = [
  'me da miedo llegar a la casa',
  'tengo miedo de que me mate',
  'tengo miedo de mi esposo',
  'no sé cómo salirme de la casa sin que me vea',
];
const ASSAULT = [
  'abusó de mí',
  'me violó',
  'me obligó a tener relaciones',
  'me forzó',
  'me tocó sin mi permiso',
  'me tocó mis partes',
  'me manoseó',
  'me hizo cosas que no quería',
  'me agarró a la fuerza',
  'me metió la mano debajo de la ropa',
  'se aprovechó de mí cuando estaba dormida',
];
const ASSAULTER = [
  'un tipo',
  'mi jefe',
  'mi tío',
  'mi padrastro',
  'un compañero',
  'mi ex',
  'un amigo de mi primo',
];
const ASSAULT_PLAIN = [
  'me drogaron y desperté sin ropa',
  'desperté sin ropa en su cama y no recuerdo nada',
  'abusaron de mí en la fiesta',
  'me violaron anoche',
  'desperté desnuda y no sé qué pasó',
  'me metieron algo en la bebida y desperté en otro lado',
  'le dije que no y no paró',
];
const CHILD = [
  'mi hija',
  'mi hijo',
  'mi niña de 14',
  'mi hijo de 15 años',
  'mi chamaca',
  'mi hija adolescente',
];
const CHILD_RISK = [
  'publicó una despedida en instagram',
  'dejó una carta de despedida',
  'se está cortando',
  'se corta los brazos',
  'dice que se quiere matar',
  'dice que quiere morirse',
  'escribió que ya no quiere vivir',
  'busca en internet cómo suicidarse',
  'dice que nadie la extrañaría',
  'regaló todas sus cosas',
  'subió un video despidiéndose',
  'dice que quiere desaparecer',
];
const CHILD_FOUND = [
  'encontré cortadas en los brazos de mi hijo',
  'encontré en el celular de mi hija que busca cómo suicidarse',
  'encontré una carta de despedida de mi hijo',
];
const HARM_OTHERS = [
  'lo voy a matar',
  'tengo ganas de matar a mi jefe',
  'voy a lastimar a mi ex',
  'le voy a hacer daño a mi vecino',
  'quiero matar a mi cuñado',
  'voy a ir con la pistola a su casa',
  'le voy a partir la madre y esta vez en serio, tengo el cuchillo',
  'me dan ganas de ahorcar a mi pareja',
];
const SPANGLISH = [
  'honestly ya no quiero vivir',
  'lowkey quiero desaparecer',
  'ngl pienso en matarme',
  'idk ya no quiero estar aquí',
  'me quiero kms fr',
  'i took todas las pastillas',
  'tomé like 20 pills',
  'mi mom se tomó todas sus pills y no despierta',
  'quiero unalive',
  'i want to die pero no le digo a nadie',
  'tbh todos estarían better sin mí',
  'my husband me pega y no me deja salir',
  'mi bf me forzó anoche',
  'ya escribí my goodbye letter',
];

// A second breadth of vocabulary, one sentence a phrasing: regional idioms (Mexico, the Caribbean, the Southern
// Cone with voseo, Spain), the elderly's and the religious' words, brand names of each region, slang and
// misspellings.
const PASSIVE_MORE = [
  'ya no quiero seguir aquí',
  'quisiera que todo se acabara',
  'ojalá todo se acabe ya',
  'ya no le encuentro chiste a la vida',
  'para qué existo',
  'me quiero ir de este mundo',
  'quisiera irme de este mundo',
  'ya me quiero ir con Dios',
  'ya estoy lista para irme con el Señor',
  'ya viví lo que tenía que vivir, que Dios me recoja',
  'ya no tengo por qué vivir',
  'no tengo razones para vivir',
  'ya no tengo motivos para seguir',
  'me da igual vivir o morir',
  'si me muero no pasa nada',
  'estaría mejor muerta',
  'mejor muerto que así',
  'prefiero estar muerta',
  'preferiría no despertar',
  'ojalá me muera en el sueño',
  'estoy harta de existir',
  'no tengo ganas de vivir',
  'he perdido las ganas de vivir',
  'me quiero desaparecer',
  'quisiera borrarme del mapa',
  'quisiera dejar de respirar',
  'no quiero amanecer',
  'ojalá no amanezca',
  'quisiera morirme de una vez',
  'no quiero vivir más, posta',
  'vos sabés que quiero desaparecer',
  'me quiero morir, tía, de verdad',
  'paso de todo, quiero desaparecer',
  'estoy hasta las narices de vivir',
  'ya no aguanto esta vaina, quisiera morirme',
  'sería un alivio no despertar',
];
const ACTIVE_MORE = [
  'me quiero quitar de en medio',
  'voy a hacer una locura',
  'tengo miedo de hacer una locura',
  'voy a cometer una locura',
  'voy a hacerme algo',
  'tengo ganas de hacerme algo',
  'pienso en atentar contra mi vida',
  'tengo pensamientos suicidas',
  'otra vez tengo ideas suicidas',
  'tengo pensamientos de muerte todo el día',
  'pienso en tirarme del balcón',
  'me quiero tirar al metro',
  'quiero lanzarme al vacío',
  'pienso en aventarme a un carro',
  'me voy a echar del puente',
  'quiero matarme de una vez',
  'quiero acabar con mi sufrimiento',
  'quiero dejar de sufrir para siempre',
  'anoche intenté matarme',
  'intenté quitarme la vida ayer',
  'tengo ganas de morirme y ya sé cómo',
  'me quiero suicidar ngl',
  'kiero matarme',
  'me kiero morir',
  'ya me quiero matar',
];
const OVERDOSE_MORE = [
  'me tomé una caja completa de pastillas',
  'me tomé el bote completo',
  'me tomé la mitad del frasco',
  'me tomé 15 clonas',
  'me tomé todas mis pastillas juntas',
  'me tomé las pastillas todas de golpe',
  'me tomé todas las pastillas que me quedaban',
  'me intoxiqué con pastillas',
  'me envenené',
  'tomé veneno',
  'me tomé unas pastillas con tequila para no despertar',
  'me bajé el frasco de pastillas',
  'me tomé todas las pastiyas',
  'me tome todas las pastias',
  'me tomé una caja de tafil',
  'me tomé todo el alplax',
  'me tomé un blíster de lexotan',
  'me tomé todo el orfidal que tenía',
  'me tomé todo el trankimazin',
  'me tomé todas las pepas',
  'me tomé un puñado de diclofenaco',
  'me tomé todas las melatoninas y los zolpidem',
  'tomé un chingo de pastillas',
  'me acabo de tomar todas las pastillas',
  'acabo de tomarme el frasco',
];
const REPORTED_MORE = [
  'mi hija se intoxicó con pastillas',
  'mi hijo tomó veneno',
  'mi mamá se pasó de pastillas',
  'encontré a mi hijo con espuma en la boca',
  'mi hija está como ida y encontré las pastillas',
  'mi esposo no despierta, creo que tomó algo',
  'mi hija dice que se tomó unas pastillas',
  'mi hijo se tomó unas pastillas de mi mamá',
  'a mi hija le tuvieron que hacer un lavado de estómago anoche',
  'mi hermano se tomó el veneno de las ratas',
  'mi hija se acaba de tomar un montón de pastillas',
];
const MEANS_MORE = [
  'tengo un montón de pastillas guardadas',
  'he ido juntando las pastillas',
  'guardo las pastillas en una bolsita por si acaso',
  'tengo suficientes para hacerlo',
  'ya conté las pastillas',
  'sé cuántas pastillas necesito',
  'no me tomo las pastillas, las estoy guardando',
  'compré pastillas de más para tenerlas',
  'mi papá tiene una pistola en el clóset y sé dónde está',
  'hay un arma en la casa y pienso en ella',
  'compré una soga',
  'tengo un mecate en el carro',
  'ya tengo todo lo que necesito',
];
const PREPARE_MORE = [
  'ya hice mi carta',
  'les escribí una carta a mis hijos por si me pasa algo',
  'dejé una nota',
  'escribí mi despedida',
  'ya repartí mis cosas',
  'regalé mi ropa',
  'le di mi gato a la vecina para siempre',
  'ya pagué el funeral',
  'compré mi lugar en el panteón',
  'ya dejé listo el testamento',
  'hice un video para mi mamá por si no estoy',
  'vendí todas mis cosas',
  'le pedí perdón a todos',
  'les mandé mensajes a todos diciendo gracias por todo',
  'ya me despedí de todos',
];
const PLAN_MORE = [
  'el viernes es el día',
  'ya escogí la fecha',
  'el día de mi cumpleaños lo hago',
  'después de la boda de mi hermana lo hago',
  'cuando se vayan mis papás lo voy a hacer',
  'no paso de esta noche',
  'no llego al lunes',
  'no llego a navidad',
  'esta es la última vez que les escribo',
  'no voy a estar para la próxima cita',
  'cancelen mis citas, ya no las voy a necesitar',
  'ya tengo decidido cómo y cuándo',
  'hoy en la noche lo voy a hacer',
  'ya lo voy a hacer',
];
const IPV_MORE = [
  'mi esposo me dejó moretones',
  'mi novio me pegó con el cinturón',
  'mi esposo me tiró al piso',
  'mi pareja me jaló del pelo',
  'mi marido me agarró del cuello',
  'mi esposo me dio una golpiza',
  'mi novio me dio un madrazo',
  'mi esposo me puso un ojo morado',
  'mi ex me rompió la nariz',
  'mi esposo me encerró con llave',
  'mi esposo no me deja ver a mi familia',
  'mi esposo me quitó los papeles',
  'mi marido amenaza con quitarme a los niños',
  'mi esposo amenaza con llamar a inmigración',
  'dice que me va a reportar a migración si lo dejo',
  'mi esposo me obliga a darle mi cheque',
  'dice que si lo dejo se mata',
  'mi ex me persigue',
  'mi ex me espía',
  'mi ex me está acosando',
  'mi esposo me tiene vigilada',
  'mi novio me puso una app en el celular para saber dónde estoy',
  'mi ex estaba parado afuera de mi casa',
  'mi ex se metió a mi casa',
  'mi ex no respeta la orden de restricción',
];
const ASSAULT_MORE = [
  'me forzó a tener sexo',
  'me obligó a hacer cosas sexuales',
  'abusó sexualmente de mí',
  'me manosearon en el camión',
  'me agarró las nalgas',
  'me besó a la fuerza',
  'me quitó la ropa a la fuerza',
  'me echó algo en la bebida',
  'desperté con él encima',
  'lo hizo aunque le dije que no',
  'no quise pero él siguió',
  'fui violada',
  'sufrí abuso sexual la semana pasada',
  'me acosó sexualmente mi jefe',
  'mi padrastro entra a mi cuarto en la noche',
  'mi tío me hace cosas',
];
const MINOR_MORE = [
  'mi hijo de 13 se quiere morir',
  'mi hija anda diciendo que se quiere matar',
  'mi hijo escribió una nota de despedida',
  'mi hija publicó en tiktok que ya no aguanta más y se despidió',
  'mi hija subió una historia diciendo adiós para siempre',
  'mi hijo se está cortando con una navaja',
  'encontré navajas en el cuarto de mi hija',
  'mi hija se rasguña hasta sangrar',
  'mi niño dice que quiere estar muerto',
  'mi hijo buscó en google cómo ahorcarse',
  'mi hija tiene marcas en las muñecas',
  'la maestra dice que mi hija habló de suicidio',
  'mi hijo está amenazando con matarse',
  'mi hijo dice que se va a aventar del puente',
];
const OTHERS_MORE = [
  'voy a matar a ese cabrón',
  'le voy a dar un balazo',
  'lo quiero matar',
  'tengo ganas de matar a alguien',
  'voy a quemar su casa',
  'voy a ir a su trabajo con la pistola',
  'a veces pienso en hacerle daño a mi bebé',
  'tengo miedo de hacerle daño a mi bebé',
  'pienso en ahogar al bebé',
];

// Each region's generic and brand names, taken by the handful.
const TAKEN_MANY = [
  'me tomé todas las',
  'me tomé como 20',
  'se tomó todas las',
  'me tomé varias',
  'tomé un montón de',
];
const GENERICS = [
  'amitriptilinas',
  'metforminas',
  'losartanes',
  'paroxetinas',
  'olanzapinas',
  'risperidonas',
  'carbamazepinas',
  'pregabalinas',
  'tempras',
  'loratadinas',
  'clonas',
  'aspirinas',
];

// A third breadth (recall18): concepts written from crisis-line practice, each with its vocabulary family across
// regions and registers (faith and family idioms, migrants' fears, teens' Spanglish), none copied from any set.
const GOD_ASK = [
  'le pido a Dios',
  'le ruego a Diosito',
  'le rezo a la Virgen',
  'le pido al Señor',
  'todas las noches le pido a Dios',
  'ojalá Dios quiera',
];
const GOD_WHAT = [
  'que me lleve ya',
  'que esta noche sea la última',
  'que me recoja pronto',
  'que me llame a su lado',
  'que no me deje despertar mañana',
  'que ya me lleve con mi mamá',
  'que ya se acabe mi vida',
];
const FAITH_MORE = [
  'ojalá el plan de Dios sea llevarme ya',
  'ya estoy lista para que Dios me lleve',
  'Dios sabe que ya no puedo más, que me lleve',
  'ya me quiero ir con Diosito',
  'que Dios me perdone pero ya no quiero vivir',
  'que sea lo que Dios quiera, ya no quiero despertar',
  'ya le entregué mi vida a Dios, que me lleve hoy',
  'Diosito, llévame ya',
];
const WEARY = [
  'ya me cansé de',
  'estoy cansada de',
  'estoy cansado de',
  'ya estoy harta de',
  'estoy agotada de',
];
const WEARY_OF = ['luchar y ya no quiero seguir', 'vivir así', 'seguir viva', 'seguir aquí', 'existir'];
const MEANING = [
  'qué sentido tiene seguir',
  'qué sentido tiene vivir así',
  'cuál es el punto de seguir viviendo',
  'cuál es el punto de vivir',
  'ya nada tiene sentido, ni yo',
  'de qué sirve seguir viviendo',
  'para qué me levanto si ya no quiero vivir',
  'ya no hay razón para seguir',
  'no tengo por qué seguir',
  'qué caso tiene seguir viviendo',
  'what is the point de seguir viviendo',
];
const UNFEEL = [
  'quiero dejar de sentir para siempre',
  'cómo se hace para dejar de sentir para siempre',
  'quisiera apagarme para siempre',
  'quisiera dormirme y no despertar nunca',
  'si me duermo y no despierto sería un favor para todos',
  'si me muero le hago un favor a todos',
  'si me voy nadie se va a dar cuenta',
  'si me voy nadie lo va a notar',
  'si me muero nadie se entera',
  'si me voy nobody is gonna notice',
  'quiero irme lejos y no volver nunca',
  'ojalá me pase algo en la carretera y ya se acabe todo',
  'ojalá me pase algo y ya',
  'ojalá me dé algo y ya no despierte',
];
const BURDEN_MORE = [
  'mis hijos estarían mejor con su papá que conmigo',
  'mis hijos estarían mejor con su abuela, yo solo les doy problemas',
  'yo solo les doy problemas a todos',
  'nomás les causo problemas a mis hijos, mejor me voy',
  'todos estarían más tranquilos si yo me voy',
  'les quito un peso de encima si me muero',
  'mi familia ni me llama, si me muero sería un favor',
];
const FAREWELL = [
  'perdóname mami, adiós',
  'adiós a todos, perdónenme',
  'gracias por intentarlo, adiós',
  'esta noche es la noche, gracias por todo',
  'gracias por todo, ya no me van a ver',
  'díganle a mi mamá que la quiero, ya me voy',
  'cuiden a mi mamá por mí, yo ya no voy a estar',
  'perdón por todo, ya me voy para siempre',
  'me quiero ir y ya sé cómo',
  'ya sé cómo me voy a ir',
  'hoy es la noche',
  'ya llegó el día, adiós',
  'esta es mi última noche',
  'ya me despedí de mi mamá, esta noche lo hago',
];
const GAVE = ['regalé', 'le regalé', 'le di', 'le dejé'];
const GAVE_WHAT = [
  'mi ps5 a mi hermanito',
  'mi bici a un amigo',
  'mi celular a mi prima',
  'mi guitarra a mi mejor amigo',
  'mis joyas a mi hija',
  'mi perro a mi ex',
];
const GAVE_WHY = [
  'porque ya no lo voy a necesitar',
  'y le dije que cuide a mi mamá',
  'para que se acuerde de mí',
  'ya no me va a hacer falta',
];
const CHILD_GAVE = [
  'mi hijo regaló su bici y sus tenis y dice que ya no los va a necesitar',
  'mi hija regaló su celular a sus primas y dice que ya no lo va a necesitar',
  'mi hijo regaló sus cosas y anda muy tranquilo de repente después de semanas triste',
  'mi hija está regalando sus cosas y se despidió de sus amigas',
  'mi hijo le dijo a su amigo que cuide a su perro porque él ya no va a estar',
  'mi hija borró todas sus redes y le escribió a su hermana que la quiere mucho',
  'encontré a mi hijo de 16 con una bolsa de pastillas que no son suyas y una carta',
  'encontré pastillas escondidas y una carta en el cuarto de mi hija',
  'mi hija tiene navajas escondidas en su cuarto',
];
const AFFAIRS = [
  'le dejé las llaves y las contraseñas del banco a mi hermana por si acaso',
  'ya le di a mi hermana las contraseñas de todo, por si me pasa algo',
  'dejé anotadas mis contraseñas para mi familia, ya saben para qué',
  'le dejé el perro a mi ex y las llaves al casero, cancelen mis citas',
  'dejé instrucciones para mi velorio con mi comadre',
  'ya dejé dicho cómo quiero que me entierren',
  'que me entierren junto a mi mamá, ya lo dejé escrito',
  'ya le devolví a todos lo que me prestaron y les pedí perdón, ahora sí estoy tranquilo',
  'ya pagué todo lo que debía para no dejarle deudas a nadie',
  'borré todas mis redes y le mandé mis fotos a mi mamá',
  'ya cerré mis cuentas y le pasé todo a mi hija',
  'ya arreglé los papeles para que mis hijos no batallen cuando yo no esté',
];
const RELAPSE = [
  'volví a cortarme',
  'volví a lo del brazo',
  'recaí anoche y me corté',
  'otra vez me corté',
  'me volví a lastimar',
  'relapsed anoche',
  'tengo tres cortes nuevos en el muslo',
  'me corté más profundo esta vez',
  'estoy en día 0 otra vez, me corté',
  'se me acabó la racha, me volví a cortar',
  'usé la navajita del sacapuntas otra vez',
  'me rasguñé hasta sangrar otra vez',
  'me quemé con el encendedor otra vez a propósito',
  'me volví a hacer daño en las piernas',
];
const COUNTED = [
  'cuántas de quetiapina serían muchas',
  'cuántas sertralinas se necesitan para no despertar',
  'busqué cuántas pastillas serían mortales',
  'tengo como tres meses de pastillas guardadas porque dejé de tomarlas',
  'mi pastillero tiene todo lo del mes y lo estoy viendo',
  'estoy viendo el frasco de pastillas hace un rato',
  'estoy en el carro con las pastillas aquí',
  'tengo las pastillas aquí conmigo y no sé si tomármelas todas',
  'been looking up cuántas pastillas it would take',
  'cuántas pastillas de clonazepam hacen falta para dormir para siempre',
];
const PARTNER_MORE = [
  'mi esposo volvió a la casa a pesar de la orden de restricción',
  'mi ex trae un machete y dice que viene por mí',
  'mi ex me dijo que me va a encontrar donde sea',
  'mi esposo se brincó la orden de restricción',
  'mi esposo me quitó el pasaporte y los papeles',
  'mi marido me quitó los papeles y dice que me va a deportar',
  'mi esposo me tiene encerrada en la casa',
  'mi novio dice que si lo dejo me mata',
  'mi esposo no me deja trabajar ni salir sola',
  'mi pareja amenaza con llevarse a los niños a su país',
  'mi esposo me esconde los papeles para que no me vaya',
];
const ASSAULT_VEILED = [
  'anoche mi cuñado entró a mi cuarto y no me pude defender',
  'mi cuñado se metió a mi cama y no me pude defender',
  'me hizo cosas y no me pude defender',
  'mi hija llegó a la casa sin ropa interior y llorando',
  'mi hija llegó con la ropa rota y no quiere hablar de lo que le hicieron',
  'me agarró cuando estaba sola y no pude hacer nada',
  'el patrón me encerró en la bodega y me hizo cosas',
];
const CHILD_TELLS = [
  'la señora que me cuida no me da de comer',
  'me dejan encerrado en el cuarto todo el día',
  'mi padrastro me pega con el cinto',
  'mi mamá me quema con la plancha cuando se enoja',
  'en mi casa no me dan de comer y tengo hambre',
  'mi tío me dice que lo que me hace es nuestro secreto',
];
const MISSION = [
  'Dios me habló y me dijo que tengo que entregarle mi vida',
  'Dios me dijo que tengo que entregarle mi vida este domingo en el río',
  'una voz me dice que me tengo que ir al río',
  'el diablo se metió en mi hija, ya sé lo que tengo que hacer para sacarlo',
  'tengo que sacarle el demonio a mi hijo como sea',
  'Dios me pidió un sacrificio este domingo',
  'es una misión, tengo que dar mi vida',
  'las voces me dicen que lastime a mi mamá',
];
const HARM_KIN = [
  'agarré a mi mamá del cuello y casi no la suelto',
  'casi ahorco a mi hermano en una pelea',
  'tengo miedo de volver a lastimar a mi mamá',
  'le puse las manos en el cuello a mi esposa',
  'casi mato a mi papá en una pelea',
];
const BODY_DANGER = [
  'se me durmió la mitad de la cara y no puedo hablar bien',
  'se me cayó un lado de la boca y no puedo hablar',
  'tengo el cuello torcido para un lado y no lo puedo enderezar',
  'se me trabó la lengua y el cuello desde la dosis nueva',
  'se me van los ojos para arriba y no los puedo controlar',
  'se me acabó el clonazepam hace 4 días y tengo temblores y sudo frío',
  'llevo 3 días sin beber y me dio un ataque',
  'dejé de tomar de golpe y me dio una convulsión',
  'dejé el alcohol de golpe y estoy viendo cosas y temblando',
  'mi mamá está en el piso y no despierta',
  'my mom is on the floor y no despierta',
  'mi esposo está tirado y no reacciona',
  'tengo una taquicardia que no se me quita y me duele el pecho',
];

// The same concepts said across two sentences (recall18, second batch): the tables read most phrases within one.
const SPLIT = [
  'perdóname mamá. adiós',
  'perdónenme todos. bye',
  'perdóname papi. ya me voy, adiós',
  'quiero dejar de sentir. para siempre',
  'cómo hago para dejar de existir? pero para siempre',
  'se me durmió un lado de la cara. no puedo hablar',
  'se me adormeció la boca hace rato. no puedo hablar bien',
  'se me acabó el rivotril hace una semana. estoy temblando y sudando',
  'se me terminó el alprazolam. ahora tiemblo todo el día',
  'el demonio se le metió a mi hijo. tengo que sacárselo',
  'un demonio está dentro de mi esposa. ya sé cómo sacarlo',
  'le dejé instrucciones del funeral a mi hermana. que me cremen y me lleven al mar',
  'encontré a mi hija con un frasco de pastillas y una nota de despedida',
  'encontramos a nuestro hijo con una navaja y una carta',
];

const FAMILIES: readonly ProbeFamily[] = [
  {
    concept: 'passive_ideation',
    frames: [[WISH, NOT_BE], [I_WANT_NOT, LIVE_ON], [HOPELESS], [BURDEN], [GOD_TAKE], [PASSIVE_MORE]],
  },
  {
    concept: 'active_ideation',
    frames: [[INTEND, KILL_SELF], [INTEND_ME, ACT_ME], [ACTIVE_MORE]],
  },
  {
    concept: 'overdose',
    frames: [[INGEST, DOSE, AFTER_DOSE], [TOOK_TOO_MUCH], [OVERDOSE_MORE], [TAKEN_MANY, GENERICS]],
  },
  { concept: 'overdose_reported', frames: [[RELATIVE, THEY_TOOK, THEY_STATE], [FOUND], [REPORTED_MORE]] },
  { concept: 'means', frames: [[STORE], [MEANS_MORE]] },
  { concept: 'preparatory_acts', frames: [[PREPARE], [PREPARE_MORE]] },
  { concept: 'plan_timeline', frames: [[PLAN], [PLAN_MORE]] },
  { concept: 'intimate_partner_violence', frames: [[PARTNER, PARTNER_ACT], [FEAR_HOME], [IPV_MORE]] },
  { concept: 'sexual_assault', frames: [[ASSAULTER, ASSAULT], [ASSAULT_PLAIN], [ASSAULT_MORE]] },
  { concept: 'minor_risk', frames: [[CHILD, CHILD_RISK], [CHILD_FOUND], [MINOR_MORE]] },
  { concept: 'harm_to_others', frames: [[HARM_OTHERS], [OTHERS_MORE]] },
  { concept: 'spanglish', frames: [[SPANGLISH]] },
  {
    concept: 'faith_weariness_meaning',
    frames: [[GOD_ASK, GOD_WHAT], [FAITH_MORE], [WEARY, WEARY_OF], [MEANING], [UNFEEL], [BURDEN_MORE]],
  },
  { concept: 'farewell_and_affairs', frames: [[FAREWELL], [GAVE, GAVE_WHAT, GAVE_WHY], [AFFAIRS]] },
  { concept: 'parent_reports', frames: [[CHILD_GAVE]] },
  { concept: 'self_harm_relapse', frames: [[RELAPSE]] },
  { concept: 'means_counted', frames: [[COUNTED]] },
  { concept: 'partner_control_assault', frames: [[PARTNER_MORE], [ASSAULT_VEILED], [CHILD_TELLS]] },
  { concept: 'commands_and_harm', frames: [[MISSION], [HARM_KIN]] },
  { concept: 'body_danger', frames: [[BODY_DANGER]] },
  { concept: 'split_across_sentences', frames: [[SPLIT]] },
];

/** Hedges said before a statement, as adults and teens write them. */
const HEDGES = [
  '',
  'la neta',
  'la verdad',
  'honestamente',
  'no sé,',
  'sinceramente',
  'ngl',
  'lowkey',
  'idk',
  'doctora,',
  'perdón por escribir pero',
  'no sé cómo decirlo pero',
  'oiga,',
  'bueno,',
];

/** Texting shorthand, word by word: `que` as `q`, `porque` as `xq`, `también` as `tb`. */
const SHORTHAND: Readonly<Record<string, string>> = {
  que: 'q',
  porque: 'xq',
  también: 'tb',
  quiero: 'kiero',
  para: 'pa',
  estoy: 'toy',
  todo: 'tdo',
  de: 'd',
  más: 'mas',
  por: 'x',
  nada: 'nda',
};

const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const texted = (text: string) =>
  text
    .split(' ')
    .map((word) => SHORTHAND[word] ?? word)
    .join(' ');

/**
 * Spelled as it is said (the commonest misspellings of Latin American texting): `ll` as `y`, `z` and soft `c` as
 * `s`, `v` as `b`, a silent `h` dropped.
 */
const asSaid = (text: string) =>
  withoutAccents(text)
    .toLowerCase()
    .replace(/ll/g, 'y')
    .replace(/z/g, 's')
    .replace(/c([ei])/g, 's$1')
    .replace(/v/g, 'b')
    .replace(/\bh/g, '');

/**
 * The spellings a probe is written in: as is, without accents, texted, texted without accents and no capitals,
 * capitalised with a full stop, as said.
 */
const SPELLINGS: readonly ((text: string) => string)[] = [
  (text) => text,
  withoutAccents,
  texted,
  (text) => withoutAccents(texted(text)).toLowerCase(),
  (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
  asSaid,
];

function product(slots: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const slot of slots) {
    const next: string[] = [];
    for (const prefix of out) for (const word of slot) next.push(`${prefix} ${word}`.trim());
    out = next;
  }
  return out;
}

/** One probe: the text and the concept it says. */
export interface Probe {
  readonly concept: string;
  readonly text: string;
}

/**
 * Every sentence of every family, each with a hedge and a spelling chosen by its place (so the set is fixed
 * and every hedge and spelling meets every family): a few thousand crisis probes.
 */
export function spanishCrisisProbes(): Probe[] {
  const probes: Probe[] = [];
  let n = 0;
  for (const family of FAMILIES) {
    for (const frame of family.frames) {
      for (const sentence of product(frame)) {
        const hedge = HEDGES[n % HEDGES.length] as string;
        const spell = SPELLINGS[Math.floor(n / HEDGES.length) % SPELLINGS.length] as (t: string) => string;
        probes.push({ concept: family.concept, text: spell(`${hedge} ${sentence}`.trim()) });
        n += 1;
      }
    }
  }
  return probes;
}

/**
 * Everyday neighbours: the same words in their ordinary senses (a phone that died, a session ended early, a
 * pill taken before a visit). None is a crisis; the administrative ones stay with staff.
 */
export const SPANISH_ORDINARY_ADMIN: readonly string[] = [
  'se me murió el celular, ¿me pueden mandar el link otra vez?',
  'ya terminé los papeles de admisión',
  '¿podemos acabar la sesión temprano el jueves?',
  'me quitaron el seguro, ¿cuánto cuesta la sesión sin seguro?',
  'me mata el tráfico, voy a llegar 10 minutos tarde',
  'mi jefe me va a matar si llego tarde, ¿hay cita más temprano?',
  'se acabó mi plan de pagos, ¿cómo lo renuevo?',
  'quiero terminar con el plan de pagos y pagar todo de una vez',
  'dejé mis llaves en el consultorio, ¿las encontraron?',
  'voy a estar fuera todo el mes, ¿puedo cancelar las citas?',
  'ya pagué la deuda del mes pasado, ¿me mandan el recibo?',
  'necesito una carta para mi abogado sobre las fechas de mis citas',
  'mi celular está muerto, les escribo desde el de mi esposo',
  'el viernes no puedo, ¿tienen el lunes?',
  'se me acabó la batería y se cortó la videollamada',
  'quiero cambiar la fecha de mi cita',
  '¿me pueden mandar la factura por correo?',
  'mi hija tiene cita el martes, ¿la puedo llevar yo?',
  'perdí la tarjeta del seguro, ¿les mando foto de la nueva?',
  'ya me cansé de esperar la llamada del seguro, ¿ustedes pueden llamar?',
];

/** Everyday neighbours that a clinician may read (a medicine, a loss, a feeling) but that are no crisis. */
export const SPANISH_ORDINARY_CLINICAL: readonly string[] = [
  'me muero de ganas de verla en la sesión',
  'quiero descansar el fin de semana, ¿hay cita el lunes?',
  'tomé la pastilla antes de la cita, ¿es normal que me dé sueño?',
  'mi abuela falleció y necesito una carta para el trabajo',
  'estoy muerta de cansancio pero sí voy a la cita',
  'se me acabaron las pastillas, ¿me pueden renovar la receta?',
  'olvidé tomar la pastilla ayer, ¿la tomo doble hoy?',
  'mi perro se murió y he estado triste',
  'ya me despedí de mi terapeuta anterior y quiero empezar con ustedes',
  'me tomé la pastilla para dormir y me levanté mareada',
  'quiero dejar de tomar la sertralina, ¿lo hablamos en la cita?',
  'la película de anoche me mató de risa',
  'mi hijo se portó mal en la escuela y quiero hablarlo en la sesión',
  'tengo ganas de llorar pero estoy bien',
  'mi mamá murió hace un año y todavía la extraño',
  'me tomé una caja de jugo y me siento mejor',
  'no despierto con la alarma, ¿me pueden dar una cita más tarde?',
  'quiero que se acabe el trámite del seguro',
  'ya conté las pastillas y me faltan tres para el mes',
  'le eché gasolina al carro y ya voy para allá',
];
