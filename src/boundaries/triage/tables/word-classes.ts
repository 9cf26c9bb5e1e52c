// Word classes the triage tables are written in: `{name}` in a pattern matches any word of the class.
// `word*` is a stem. Words are matched after normalisation (lower case, accents folded: `mí` is `mi`).
// English and Spanish words of one concept share a class; the function-word classes name the language.
import type { WordClassDefinition } from '../word-lexicon.js';

/** The shared word classes of the triage tables. */
export const TRIAGE_WORD_CLASSES: Readonly<Record<string, WordClassDefinition>> = {
  // --- Negation (never lowers a risk below a clinician; see message-triage.ts) -----------------------------
  neg: {
    words:
      'not no never dont doesnt didnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt shouldnt cannot cant couldnt nor nope nah aint nunca jamas tampoco ni',
    neutral: true,
  },
  // Words a negation reaches across: "not going to", "never had any thoughts of", "no tengo pensamientos de".
  neg_filler: {
    words:
      'i im am is are was be been being going gonna to have had having any ever thoughts thought thinking think of about planning plan plans want wanting wanna would will really feel feeling like the a an that do doing anything currently actively intention intend intentions seriously ill id ive and or at all tengo estoy voy a de pensamientos pensando en me quiero planeo estar ser he tenido hacer ningun ninguna ningunos la el lo intencion ganas',
    neutral: true,
  },
  // Words before a negator that undo it: "not sure I won't", "I don't know if I won't".
  neg_doubt: {
    words: 'sure know knowing promise certain guarantee seguro segura se',
    neutral: true,
  },

  // --- People ---------------------------------------------------------------------------------------------
  self: { words: 'myself meself myslef mysef mself myselfe mismo misma', neutral: true },
  third_self: { words: 'himself herself themself themselves yourself urself', neutral: true },
  partner: {
    words:
      'husband wife hubby boyfriend girlfriend bf gf partner fiance fiancee spouse ex exhusband exwife esposo esposa marido pareja novio novia exesposo exesposa expareja',
    neutral: true,
  },
  child: {
    words:
      'son sons daughter daughters kid kids kiddo child children teen teens teenager teenagers boy girl baby babies toddler stepson stepdaughter grandson granddaughter niece nephew minor hijo hija hijos hijas nino nina ninos ninas nene nena nenes nenas bebe adolescente adolescentes chamaco chamaca nieto nieta sobrino sobrina',
    neutral: true,
  },
  family: {
    words:
      'mom mother mum mama dad father papa parent parents stepdad stepmom stepfather stepmother brother sister sibling siblings grandma grandpa grandmother grandfather aunt uncle cousin family madre padre padrastro madrastra hermano hermana abuela abuelo tia tio primo prima familia',
    neutral: true,
  },
  other_person: {
    words:
      'him her them someone somebody everyone everybody people person others anyone anybody guy man woman boss coworker coworkers co-worker manager supervisor neighbor neighbors neighbour roommate roommates friend friends teacher coach classmate classmates stranger cop cops police landlord pastor doctor nurse therapist alguien todos gente jefe jefa vecino vecina companero companera compañero maestro maestra entrenador amigo amiga cunado cunada suegro suegra',
    neutral: true,
  },

  // --- Distress: words of feeling that staff must not wave through (a clinician reads them) ---------------
  distress: {
    words:
      'upset upsetting hurt hurting hurts sad sadness scared terrified anxious nervous lonely hopeless helpless worthless empty numb ashamed guilty depressed miserable crying cry cried tears overwhelmed panicking panicked broken trapped struggling suffering unbearable devastated heartbroken triste asustada asustado ansiosa ansioso deprimida deprimido desesperada desesperado',
    sensitive: true,
  },
  // A day of the month written as an ordinal ("the 15th").
  day_ordinal: {
    words:
      '1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st',
    neutral: true,
  },
  weekday: {
    words:
      'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekday weekdays weekend weekends mon tue tues wed thu thur thurs fri sat sun lunes martes miercoles jueves viernes sabado domingo',
    neutral: true,
  },

  // --- Risk vocabulary (sensitive: never waved through unexplained) -----------------------------------------
  kill: {
    words:
      'kill* kil kils kiled kiling murder* unalive* unaliv* sewerslide* suicid* sucid* suicd* matar* mato mata matarme matarte matarlo matarla matarlos maten',
    sensitive: true,
  },
  die: {
    words:
      'die died dies dying dead death deaths deceased morir morirme muero muera muerto muerta muertos muerte fallecer',
    sensitive: true,
  },
  firearm: {
    words:
      'gun guns pistol* rifle* shotgun* firearm* revolver* handgun* glock* sidearm sidearms ammo ammunition bullet* ar15 9mm remington winchester mossberg ruger beretta pistola pistolas arma armas escopeta rifle balas' +
      // A shotgun by its gauge (lead40): "the 12 gauge"; a fuel or tire gauge is an ordinary sense.
      ' gauge 12ga 20ga',
    sensitive: true,
  },
  blade: {
    words:
      'knife knives blade blades razor razors boxcutter xacto cuchillo cuchillos navaja navajas cuchilla cuchillas',
    sensitive: true,
  },
  rope: { words: 'rope ropes noose nooses cuerda soga horca mecate', sensitive: true },
  hang: { words: 'hang hanging hanged hung colgarme colgar ahorcarme ahorcar', sensitive: true },
  shoot: { words: 'shoot shoots shooting shot disparar dispararme pegarme', sensitive: true },
  stab: {
    words:
      'stab stabs stabbed stabbing strangle* strangling choke choked choking smother* suffocat* apunalar acuchillar estrangular ahorcar',
    sensitive: true,
  },
  // Farm chemicals by name (lead40): what a rural client has in the shed.
  poison: {
    words:
      'poison* bleach antifreeze ratpoison veneno envenen* cloro lejia paraquat gramoxone pesticide* herbicide* insecticide* weedkiller glyphosate malathion plaguicida* pesticida* herbicida* insecticida* matamaleza*',
    sensitive: true,
  },
  overdose: { words: 'overdos* overdoes* sobredosis', sensitive: true },
  blood: { words: 'blood bleed bleeding bled bleeds sangre sangrando sangro', sensitive: true },
  abuse: {
    words:
      'abuse abused abuser abusing abusive molest molests molested molesting molester molestation abus* maltrat*',
    sensitive: true,
  },
  rape: {
    words: 'rape raped raping rapist rapes violar violaron violo violacion violada violado violador',
    sensitive: true,
  },
  assault: { words: 'assault assaulted assaulting agredio agresion agredida agredido', sensitive: true },
  weapon: { words: 'weapon weapons arma armas', sensitive: true },
  threat: { words: 'threat threats threaten* amenaz*', sensitive: true },
  // Words of a life being wound up (debts, affairs, a funeral, a farewell): never waved through as an
  // administrative sentence ("I paid off my debts so my family won't be stuck with the bill").
  final_affairs: {
    words:
      'debts debt affairs beneficiary beneficiaries funeral funerals obituary eulogy farewell goodbye goodbyes forever testament deudas deuda despedida despedirme despedirse testamento beneficiario beneficiaria funeral',
    sensitive: true,
  },
  // Words of giving up or of an end, which everyday sentences can be made of ("I'm done", "nothing matters
  // anymore", "so tired of all of it"): never waved through as administrative (an ordinary sense explains
  // "done with the forms").
  despair: {
    words:
      'done tired exhausted anymore pointless hopeless nobody noone alone alive cansada cansado agotada agotado harta harto nadie sola solo viva vivo',
    sensitive: true,
  },
  // Places people fall from, and touching: never waved through as administrative ("standing on the roof of my
  // building"); ordinary senses explain "bridge traffic" and "touch base".
  risk_place: {
    words: 'roof rooftop ledge tracks railroad trestle cliff cliffs overpass bridge techo azotea puente vias',
    sensitive: true,
  },
  touching: { words: 'touching touched touches toca toco tocaba tocando', sensitive: true },
  // Verbs of bodily harm: never waved through unless an ordinary sense explains them ("cut my hours").
  risk_verb: {
    words:
      'jump jumped jumping jumps leap leaped leaping drown drowned drowning bleed bleeding bled bleeds hang hanged hanging stab stabbed strangle strangled suffocate suffocating hurt hurts hurting harm harming harmed cut cutting cuts burn burned burning burnt slit slitting saltar tirarme aventarme ahogarme cortarme lastimarme quemarme colgarme sangrar sangrando',
    sensitive: true,
  },

  // Means: pills and substances (a medication name is also a clinical word).
  pills: {
    words:
      'pill pills tablet tablets capsule capsules meds medication medications medicine medicines prescription prescriptions script rx pastilla pastillas medicamento medicamentos medicina medicinas tabletas capsulas pildora pildoras pepas pastis pastiyas pastillitas pildoritas chochos remedios somniferos',
  },
  // Medication by brand and generic name: psychiatric drugs and those often prescribed beside them. A name
  // makes a message clinical (medication advice is a prescriber's), and names the means of an overdose.
  med_name: {
    words:
      'zoloft sertraline prozac fluoxetine lexapro escitalopram celexa citalopram paxil paroxetine effexor venlafaxine cymbalta duloxetine wellbutrin bupropion remeron mirtazapine trazodone xanax alprazolam klonopin clonazepam ativan lorazepam valium diazepam benzo benzos benzodiazepine* adderall ritalin vyvanse concerta focalin methylphenidate seroquel quetiapine abilify aripiprazole risperdal risperidone zyprexa olanzapine latuda lithium lamictal lamotrigine depakote buspar buspirone hydroxyzine vistaril gabapentin neurontin ambien zolpidem lunesta melatonin tylenol acetaminophen paracetamol advil ibuprofen motrin aleve naproxen aspirin benadryl nyquil oxy oxycodone oxycontin percocet vicodin hydrocodone tramadol codeine fentanyl morphine suboxone methadone naltrexone antabuse propranolol prazosin clonidine guanfacine strattera spravato ketamine insulin rexulti brexpiprazole vraylar cariprazine caplyta lumateperone geodon ziprasidone haldol haloperidol clozaril clozapine invega paliperidone saphris asenapine fanapt iloperidone cobenfy lybalvi perphenazine fluphenazine chlorpromazine trintellix vortioxetine pristiq desvenlafaxine viibryd vilazodone auvelity fetzima levomilnacipran luvox fluvoxamine anafranil clomipramine elavil amitriptyline pamelor nortriptyline tofranil imipramine doxepin silenor nardil phenelzine parnate tranylcypromine emsam selegiline zurzuvae zuranolone esketamine tegretol carbamazepine equetro trileptal oxcarbazepine topamax topiramate lithobid eskalith divalproex valproate lyrica pregabalin restoril temazepam halcion triazolam sonata zaleplon belsomra suvorexant dayvigo quviviq rozerem ramelteon intuniv kapvay qelbree viloxazine dexedrine dextroamphetamine mydayis adzenys dyanavel evekeo azstarys daytrana methylin jornay quillichew cotempla lisdexamfetamine amphetamine modafinil provigil armodafinil nuvigil sublocade buprenorphine zubsolv narcan naloxone vivitrol campral acamprosate disulfiram chantix varenicline cogentin benztropine austedo ingrezza atarax inderal minipress tenex wegovy ozempic semaglutide contrave acetaminofen litio lamotrigina trazodona quetiapina sertralina fluoxetina gabapentina oxicodona hidrocodona tramadol clona clonas rivotril tafil alplax lexotan orfidal trankimazin diclofenaco naproxeno ibuprofeno dormicum stilnox amitriptilina imipramina clomipramina nortriptilina paroxetina venlafaxina duloxetina desvenlafaxina mirtazapina olanzapina risperidona aripiprazol clozapina ziprasidona carbamazepina oxcarbazepina valproico valproato topiramato pregabalina clonidina metoprolol losartan losartanes enalapril captopril amlodipino metformina glibenclamida warfarina levotiroxina loratadina difenhidramina ketorolaco codeina morfina fentanilo metadona buprenorfina naltrexona bromazepam midazolam zopiclona prednisona tempra dolex panadol metamizol nolotil neomelubrina perc percs norco norcos painkiller painkillers roxy roxies xans xannies lortab dilaudid',
  },
  substance: {
    words:
      'alcohol vodka whiskey whisky tequila rum gin beer beers wine liquor booze weed marijuana cannabis thc edible edibles coke cocaine crack meth methamphetamine heroin fentanyl opioid opioids opiate opiates molly mdma ecstasy lsd acid shrooms mushrooms pcp xanax ketamine kratom spice k2 alcohol cerveza cervezas vino licor tequila mota marihuana cocaina perico crystal heroina drogas droga',
  },
  // Ingestion already done: "took", "swallowed", "downed", "me tomé".
  ingested: {
    words:
      'took taken swallowed swallow downed ate eaten drank drunk popped chugged snorted injected shot tomé tome tomo trague tragó trago comi bebi injecte consumi meti metio ingeri empine tomaste tomaron tragaste tragaron tragado tomado ingested consumed gulped',
  },
  // How much: "all", "the whole bottle", "a bunch", "like 20".
  quantity: {
    words:
      'all whole entire bunch handful lot lots many bottle bottles pack packs box boxes strip sheet half dozen dozens everything todas todos toda todo entero entera frasco frascos caja cajas monton puñado punado puno muchas muchos demasiadas demasiados bote blister',
    neutral: true,
  },
  number_word: {
    words:
      'five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred cinco seis siete ocho nueve diez doce quince veinte treinta cuarenta cincuenta cien',
    neutral: true,
  },

  // An age one may speak of not reaching ("not gonna make it to 21"): 13 and over, so that a time of day ("can't make it
  // to 3") is never one.
  age_years: {
    words:
      '13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 thirteen fourteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta',
    neutral: true,
  },

  // Places of danger and the vehicles of a fall or crash.
  height: {
    words:
      'bridge bridges roof rooftop ledge balcony cliff cliffs overpass tower edge trestle trestles quarry puente techo azotea cornisa balcon acantilado precipicio',
    neutral: true,
  },
  still_water: { words: 'bayou bayous creek canal pond slough', neutral: true },
  rail: { words: 'tracks railroad railway rails railtracks trestle trestles vias', neutral: true },
  traffic_thing: {
    words:
      'traffic bus truck trucks semi rig car cars train oncoming highway freeway tren camion carro coche carretera autopista',
    neutral: true,
  },
  crash_target: {
    words:
      'tree wall pole pillar barrier river lake pond canal quarry reservoir ocean bayou creek semi traffic oncoming overpass bridge cliff ditch arbol pared poste rio lago laguna',
    neutral: true,
  },

  // Harm verbs.
  self_harm_verb: {
    words:
      'cut cuts cutting cutted burn burns burning burned burnt hurt hurts hurting harm harms harming harmed hit hitting punch punching punched scratch scratching scratched carve carving carved slice slicing sliced stab stabbing bang banging banged pinch pinching starve starving punish punishing punished strangle strangling choke choking cortarme corte corto cortando cortar quemarme queme quemo lastimarme lastime lastimo lastimando golpearme golpeo pegarme',
  },
  // Verbs of cutting or burning skin: with an arm, a wrist or a thigh, they are self-harm.
  skin_harm_verb: {
    words:
      'cut cuts cutting cutted carve carving carved slice slicing sliced slit slitting scratch scratching scratched burn burns burning burned burnt bite biting pinch pinching stab stabbing corte corto cortando cortar queme quemo quemando',
  },
  // Means and preparations that keep a negated risk statement a crisis ("I won't do anything stupid, but I
  // have the pills saved"): weapons, blades, ropes, poison, heights and tracks, things saved up or hidden.
  means: {
    words:
      'bridge bridges roof rooftop ledge cliff cliffs overpass tracks railroad railway puente azotea vias saved stockpiled stockpiling stash stashed hoarded hoarding hidden guardadas guardados juntando gun guns pistol* rifle* shotgun* firearm* revolver* handgun* glock* ammo bullet* knife knives blade blades razor razors rope ropes noose nooses poison* bleach antifreeze pistola pistolas arma armas escopeta cuchillo cuchillos navaja navajas cuerda soga horca veneno',
  },
  // Where self-harm is done (an injured hand, head or ankle is usually an accident).
  body_part: {
    words:
      'arm arms wrist wrists thigh thighs leg legs skin stomach belly hip hips forearm forearms body brazo brazos muneca munecas muslo muslos pierna piernas piel panza cuerpo',
    neutral: true,
  },
  harm_other_verb: {
    words:
      'kill killing murder murdering hurt hurting harm harming stab stabbing strangle strangling choke choking shoot shooting beat beating punch punching attack attacking smother poison matar lastimar golpear apunalar ahorcar disparar',
  },
  // Abuse verbs said of someone else: "he hits me", "touches her", "beat him with a belt".
  abuse_verb: {
    words:
      'hit hits hitting beat beats beating beaten slap slaps slapped slapping punch punches punched punching kick kicks kicked kicking choke chokes choked choking strangle strangled strangles shove shoved shoving push pushed pushes grab grabbed grabs drag dragged burn burned burns touch touches touched touching molest molests molested molesting abuse abuses abused abusing whip whipped whips hurt hurts pega pegó pego golpea golpeó golpeo golpean toca tocó toco tocaba abusa abuso abusó maltrata empujó empujo ahorcó ahorco ahorca',
  },

  // Intent, thought, possession and presence words that turn a means word into a risk.
  intent: {
    words:
      'want wants wanted wanna wana wnna wish wishing going gonna plan plans planning planned decided decide ready will intend intending thinking think thought thoughts imagine imagining considering urge urges tempted use using quiero pienso pensando planeo voy ganas decidi',
    neutral: true,
  },
  possess: {
    words:
      'have has got bought buy buying own owns saved saving save stockpile* stockpiling hoard* collect* collecting keep keeps kept hide hid hidden hiding holding stash stashed loaded load tengo tiene compre guardadas guardado guardando juntando escondida escondido cargada',
    neutral: true,
  },
  think: {
    words:
      'think thinking thought thoughts imagine imagining imagined picture picturing fantasize fantasizing obsess* staring stare looking researching research researched google googled googling searched pienso pensando pensamiento pensamientos imagino',
    neutral: true,
  },
  presence: {
    words:
      'im standing stood sitting sat parked here at on top edge now climbing climbed walking estoy parado parada sentado sentada aqui',
    neutral: true,
  },
  // Someone being somewhere, without the bare prepositions: the person of a presence statement.
  presence_act: {
    words:
      'im am standing stood sitting sat here climbing climbed walking estoy parado parada sentado sentada aqui',
    neutral: true,
  },
  // Words that wish: "I wish I was dead", "hope I don't wake up", "ojalá".
  wish: {
    words:
      'wish wished wishing hope hoping hoped pray praying prayed want wanna wana wnna rather ready yearn yearning longing crave craving ojala quisiera quiero deseo espero gustaria',
    neutral: true,
  },
  gone_state: {
    words:
      'dead died die dying disappeared disappear vanished nonexistent erased unborn buried muerto muerta dissappeared dissapeared disapeared dissappear dissapear disapear',
  },
  // Not existing, said as fading or ceasing ("fade out of existence", "cease to exist").
  cease: {
    words: 'cease ceasing ceased fade fading faded vanish vanishing disappear disappearing dissapear',
    neutral: true,
  },
  finality: { words: 'anymore longer forever goodbye goodbyes last final farewell end over', neutral: true },
  future_time: {
    words:
      'tonight today tomorrow weekend saturday sunday monday tuesday wednesday thursday friday soon morning week month birthday anniversary christmas noche hoy manana fin sabado domingo lunes martes miercoles jueves viernes pronto',
    neutral: true,
  },
  pet: {
    words:
      'dog dogs cat cats puppy kitten pet pets bird fish perro perra perros gato gata gatos mascota mascotas perrito perrita gatito gatita',
    neutral: true,
  },
  belongings: {
    words:
      'stuff things belongings possessions clothes guitar jewelry books car games collection everything cosas ropa pertenencias todo',
    neutral: true,
  },
  command: {
    words:
      'tell tells told telling say says said saying want wants wanted command commands commanded commanding order orders ordered ordering make makes making force forces instruct* dice dicen dijo ordena ordenan manda mandan pide piden quieren',
    neutral: true,
  },
  voices: {
    words:
      'voice voices whisper whispers whispering god devil satan demon demons spirit spirits angel angels entity radio tv television instructions instruction chip implant voz voces susurros dios diablo demonio demonios espiritu espiritus angeles',
  },
  harm_any: {
    words:
      'kill hurt harm die jump sacrifice punish end cut stab shoot burn drown hang poison attack join blood fire matar lastimar lastimarme morir saltar sacrificar castigar castigarme hacer tire tirarme aventarme quemar quemarme sangre',
  },
  // Things that are dead, die or are killed in hyperbole ("my email is dead", "the zoom keeps killing my audio"):
  // devices, bills and plans. Never a person, a group of people ("class", "shift", "work"), a place or a means.
  inanimate: {
    words:
      'fee fees charge charges rate balance premium deal price sale workout view commute traffic coffee wait deadline insurance paperwork bill bills copay deductible schedule portal app website link alarm card account plan policy claim voicemail line',
    neutral: true,
  },
  device: {
    words:
      'phone cell cellphone iphone android battery button laptop computer tablet ipad car truck wifi internet router link links website site portal app zoom camera mic microphone printer charger account plant plants pdf attachment file gps alarm celular telefono bateria computadora internet enlace carro coche email emails inbox power electricity audio video screen headset headphones webcam connection signal network server system software browser page fridge furnace washer dryer car battery tablet kindle trees correo luz senal señal compu pantalla tele' +
      // admin22 (2026-12-06), widened by class: readers and a car's parts, appliances, the things an older
      // adult carries or plugs in (a tank, a hearing aid), consoles and their controllers. Never a person, a
      // pronoun, a body part or a means (no rope, pill, blade, gun or height).
      ' reader kiosk scanner copier keyboard mouse speaker speakers remote' +
      ' console controller xbox playstation airpods earbuds headphone charger cable modem hotspot' +
      ' watch smartwatch fitbit clock doorbell thermostat bumper engine transmission alternator starter muffler' +
      ' radiator tire tires brakes motor van minivan jeep suv sedan scooter ebike bike moped mower' +
      ' dishwasher freezer heater boiler generator tank concentrator cpap nebulizer hearing' +
      ' aid camera dashcam flashlight calculator fax machine printer laptop macbook chromebook pc desktop' +
      ' refri estufa lavadora secadora troca camioneta cargador audifonos reloj impresora llanta',
    neutral: true,
  },
  message_obj: {
    words:
      'email emails text texts message messages link links note line invoice form forms receipt copy call reminder info details address number',
    neutral: true,
  },
  go_destination: {
    words: 'to on back out in into home away for there over shopping vacation work school bed sleep the a my',
    neutral: true,
  },
  ipv_control: {
    words:
      'keys phone passport money wallet car card cards papers documents id llaves telefono celular pasaporte dinero tarjeta tarjetas',
    neutral: true,
  },
  // --- Concepts of risk, for rules that look for an idea in a sentence whatever its words' order ----------
  // Going on, being here, being alive.
  existence: {
    words:
      'alive live living exist existing existence around breathe breathing survive surviving wake waking continue continuing earth world seguir vivir viva vivo existir despertar aqui',
    neutral: true,
  },
  // Not going on: cannot, no longer, giving up.
  cant_continue: {
    words:
      'cant cannot unable wont anymore longer never give giving gave quit quitting done finished tired exhausted enough ya aguanto puedo mas rendirme',
    neutral: true,
  },
  // An end, a leaving, a last time.
  ending: {
    words:
      'end ending ended over gone goodbye goodbyes bye farewell forever permanently last final finally disappear disappearing vanish leave leaving escape adios despedida despedirme siempre fin terminar acabar',
    neutral: true,
  },
  // The people left behind, and what they would feel.
  others_relief: {
    words:
      'better happier easier relieved relief fine free lighter burden burdens weight miss notice care matter quieter calmer simpler mejor felices tranquilos carga',
    neutral: true,
  },
  // A decision, a plan, a time or a place chosen.
  decision: {
    words:
      'plan plans planned planning decided decide decision ready prepared figured sure mind date spot method way note letter goodbye planeado decidi decidido listo lista',
    neutral: true,
  },
  // A decision as an act (not a note, a letter, a date or a way, which are everyday words too).
  decision_act: {
    words:
      'plan plans planned planning decided decide decision ready prepared figured planeado decidi decidido listo lista',
    neutral: true,
  },
  // Harm to a body.
  harm: {
    words:
      'hurt hurting harm harming cut cutting kill killing die dying bleed bleeding burn burning jump jumping crash drown drowning hang hanging shoot stab overdose overdosing suffocate lastimar lastimarme cortarme matarme morir saltar',
    neutral: true,
  },
  // A danger to oneself now, and a plea. Not "emergency" (lead27): beside a partner it was mostly an emergency contact
  // ("update my emergency contact to my boyfriend" went on call); an emergency told is read by medical-emergency.ts.
  danger: {
    words:
      'unsafe danger dangerous scared afraid terrified panicking hiding hide trapped threatening threatened police cops peligro miedo asustada asustado',
    neutral: true,
  },
  // A danger named (lead40, set ek): "he's not dangerous or anything, just checked out" is a family's question about
  // safety, a clinician's to read, never a desk's to wave through beside "checked out".
  danger_named: { words: 'danger dangerous dangerously unsafe peligro peligroso peligrosa', sensitive: true },
  // Conditions and groups a practice serves, as named in a question about its services.
  condition: {
    words:
      'psychological psych neuropsych neuropsychological anxiety depression adhd autism ocd ptsd trauma grief bipolar eating disorder disorders addiction addictions substance couples couple family families kids children teens teenagers adolescents veterans lgbtq lgbt seniors testing evaluation evaluations assessment assessments emdr dbt cbt play therapy insomnia anger phobia phobias panic infertility postpartum perinatal ansiedad depresion trauma duelo ninos adolescentes parejas familias adicciones',
  },
  // Words that may follow a greeting or a title and be a name: "Hi Dr. Nguyen", "thanks, Ana".
  // Things, never people, that hyperbole is about: "this week was killer", "the GPS is trying to kill me".
  thing: {
    words:
      'music playlist song fee fees charge charges rate rates balance premium premiums week weekend day month year deal deduction price prices sale workout view commute traffic coffee drive heat weather class exam test line wait deadline deadlines fsa hsa insurance paperwork bill bills billing copay copays deductible schedule job work taxes shift shifts form forms portal gps alarm pdf app website link stairs steps hill climb walk',
    neutral: true,
  },
  // admin23 (2026-12-06): the desk's and the payer's things a client reports on or asks about (the portal, a
  // statement, the insurer, the pharmacy, a reminder text, the front desk), in English and Spanish. Things and
  // offices only, never a person of the writer's life or a word of risk (no "note", no "plan": a note may be a
  // goodbye, a plan an intent), and never a document one asks for: "a letter saying I'm participating in therapy"
  // asks what the letter should say, which is the clinician's (letters, notices and forms are left out). A report of what one of them says ({say_verb}) or a feeling about one is the
  // desk's matter (general.ts, courtesy.ts); what else the sentence says is read as usual. Not "seguro": it is also
  // "sure" and "safe" ("no estoy seguro de lo que dice").
  desk_thing: {
    words:
      'portal app site website page screen system error insurance insurer insurers pharmacy pharmacist cvs walgreens statement statements eob bill bills invoice invoices reminder reminders receptionist desk frontdesk billing biller office clinic hr medicare medicaid tricare aetna cigna bcbs humana kaiser optum anthem ambetter molina caresource claim claims copay copays deductible superbill receipt receipts voicemail telehealth zoom doxy link aseguranza farmacia pantalla recibo recibos aplicacion pagina sistema oficina recepcion recepcionista clinica factura',
    neutral: true,
  },
  // What a desk thing says, shows or asks, as a client reports it ("the portal says", "cvs keeps saying", "blue
  // cross told me", "la farmacia dice", "el seguro me pide").
  say_verb: {
    words:
      'says say said saying shows show showed showing states stated told tells telling asks asked asking wants wanted needs needed reads dice dijo dijeron decia sale salio aparece aparecio pide pidio pidieron piden muestra',
    neutral: true,
  },
  // admin24 (2026-12-06): who a writer is to the client or the practice, as they say it after a name's possessive
  // ("hi its jake rs mom", "this is juans employer", "im zoes stepmom"): family, partners, children, and the roles
  // that write for a client. No word of risk; a flag class (triage-rules.ts) read by sentence-accounting.ts.
  relation: {
    words:
      'mom mother mum mama dad father papa parent parents stepmom stepdad stepmother stepfather grandma grandpa grandmother grandfather grandparent aunt uncle sister brother cousin wife husband hubby partner fiance fiancee son daughter stepson stepdaughter grandson granddaughter niece nephew employer boss teacher coach caseworker guardian caregiver aide nurse assistant secretary madre padre mama papa esposa esposo hija hijo abuela abuelo tia tio hermana hermano nieta nieto sobrina sobrino',
    neutral: true,
  },
  name_cue: {
    words:
      'hi hello hey dear thanks thank thx ty dr doctor ms mr mrs mx miss regards best sincerely cheers love from this named name is soy hola gracias doctora saludos atentamente cordialmente ing licenciada licenciado lic faithfully truly respectfully warmly yours esq llp llc inc cpa phd psyd md lcsw lmft lpc lmhc rn np jd mba pllc mph msw lpcc lcpc bcba dnp aprn fnp pmhnp atte senorita senora senor',
    neutral: true,
  },
};
