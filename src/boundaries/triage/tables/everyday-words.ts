// Everyday words that say nothing clinical and carry no risk: function words, time, family, work, travel,
// the office, devices. A sentence of these (around an administrative request) needs no other explanation;
// a word outside them (and outside the tables) is unexplained, and too many of those send a message to a
// clinician. No word of distress, symptom, substance or risk belongs here: those are what the rest of the
// tables look for. The function-word classes also name the language of a message.
import type { WordClassDefinition } from '../word-lexicon.js';
import { ADMIN_VOCABULARY_WORDS } from './admin-vocabulary.js';
import {
  AUXILIARY_VERB_FORMS_ES,
  EVERYDAY_VERB_FORMS_ES,
  LOGISTICS_VERB_FORMS_ES,
} from './everyday-verbs-es.js';

/**
 * Life logistics, by class, in English and Spanish: what keeps a client from a session or explains a change (the
 * weather and the roads, getting there, work shifts, a pet and the vet, childcare, travel, an everyday injury or
 * ailment). They are context words (below): a sentence of them accounts for itself only in a message that asks
 * for something, and never beside a word of risk, feeling or a clinical matter (sentence-accounting.ts). No word
 * here is of risk: "the vet put my dog down and I don't see the point anymore" is read by the risk rules as before.
 */
export const LIFE_LOGISTICS_CONTEXT: Readonly<Record<string, string>> = Object.freeze({
  weather: `hail hailstorm plowed unplowed plow plows snowy snowfall rainy frost thunderstorm thunderstorms heatwave
    humid whiteout evacuated evacuation generator powerlines icy sleet windy detour detours nevando granizo hielo
    helada lloviendo llovio llueve inundacion inundaciones inundado inundada viento neblina apagon calor aqi`,
  transport: `interstate paratransit eta shuttle rideshare freeway highway toll tolls ferry streetcar lightrail brakes
    transmission jumpstart navigation ponchada ponchado ponchar poncho llanta llantas frenos grua gasolina
    carretera autopista desvio camioneta troca holler hollow gravel`,
  work: `clopen overnights doubles layoff layoffs furlough furloughed onboarding orientation retail cna lpn rn nurse
    doordash delivery deliveries trucker route routes coworker coworkers supervisor manager restaurant hired
    nocturno contrataron temporada fresa fresas despidieron despido empleo companero companera mayordomo
    swing rotate rotates rotating rotation rotations rotativo rotativos rotativa rotativas mandated mandatory lates
    earlies graveyard attendant attendants freelance freelancer freelancing`,
  pets: `puppy puppies kitten kittens kennel boarding dogsitter leash perra perrita perrito gata gatita gatito
    mascota mascotas hamster rabbit bunny parrot horse horses chickens`,
  // admin22 (2026-12-06): one's service and one's work, as older adults, veterans and first responders name them
  // ("a retired state trooper", "Iraq 03-04", "the VFW guys", "a correctional officer on overnights", "the activities
  // director at the assisted living"). The words only: where deaths, overdoses or guns are the work (a morgue, a
  // death call, overdose alerts) the phrase is an ordinary sense (ordinary-senses.ts), never a context word.
  service: `trooper troopers deputy deputies sheriff sheriffs sergeant corporal lieutenant captain marine marines airman
    sailor soldier soldiers army navy airforce reservist retiree retirees vfw legion iraq afghanistan vietnam korea
    kuwait dispatcher dispatch emt emts firefighter firefighters firehouse correctional corrections
    detective detectives investigator investigators forensic technician chaplain caregiver caregivers aide aides
    activities director registrar photographer photography drummer guitarist singer choir band bombero bomberos
    camionero chofer trailero soldado jubilado jubilada cuidadora cuidador
    formation formations battalion battalions brigade platoon squadron pcs pcsd pcsing tdy deployed deployment
    deployments deploying redeploy redeployment liaison readiness guardsman guardsmen`,
  childcare: `preschool kindergarten dropoff lice chickenpox recess guarderia ninera kinder uniformes junta maestra
    maestro recoger recogerlo recogerla`,
  travel: `airline airlines luggage hometown timezone jetlag rebook rebooked passport aeropuerto maleta pasaporte
    campground campgrounds rv motorhome snowbird snowbirds cabin
    pueblo rancho visitar mexico guatemala honduras salvador colombia peru ecuador`,
  belongings: `chamarra mochila paraguas lentes cartera bolsa andadera umbrella backpack stroller cane walker
    wheelchair`,
  occasions_es: 'comadre compadre navidad chile ejercito sol vaina vainas',
  ailment:
    'kidney stone stones appendicitis sprained sprain ankle wrist crutches cast dental wisdom tooth extraction',
  // Sets bw-cb (lead, 2026-12-06): the medical care of the body that moves a session (an infusion, dialysis, a scan, a
  // knee replaced, surgery on a hip, chemo), in English and Spanish. Never a mental-health word or a drug.
  medical_care: `infusion infusions dialysis chemo chemotherapy radiation colonoscopy endoscopy mri scan scans labs
    bloodwork biopsy cardiology cardiologist oncology oncologist neurologist neurology endocrinologist rheumatologist
    orthopedic orthopedist podiatrist dermatologist urologist gastroenterologist ophthalmologist audiologist
    preop postop icu nicu outpatient inpatient cataract knee hip replacement pneumonia bronchitis obstruction ultrasound
    mammogram xray physiotherapy specialist hospice quimio quimioterapia dialisis radiacion cirugia
    operacion operar operan opera cadera rodilla resonancia tomografia colonoscopia laboratorio especialista
    cardiologo oncologo neurologo ultrasonido`,
  // lead29 (sets cy, cz): good news told beside a request, in the words of a milestone (engaged, a GED, a graduation,
  // a ribbon at the fair, a promotion, residency papers). Never a word of feeling: "so proud" and "happy" are read as
  // the lexicons read them.
  milestones: `engaged engagement graduated graduating diploma ged promoted promotion championship ribbon ribbons
    heifer livestock rodeo opener champion sourdough residencia ciudadania graduacion graduo gradua
    gradue graduada graduado jury`,
  // lead29 (set cz): state children's and Medicaid plans by their names, and disability benefits.
  // admin37 (2026-12-07): more of them, and federal ones (Oregon Health Plan, Arizona's AHCCCS, Medigap, the
  // Indian Health Service and its purchased/referred care, CHAMPVA).
  programs: `peachcare tenncare kidcare soonercare masshealth mainecare badgercare kancare hoosier ssi ssdi ohp ahcccs
    medigap familycare husky hawki ihs champva`,
  // admin23 (2026-12-06): who writes, by the office they write for (a law firm, a charity, a church's fellowship, a
  // county program, a club), as professionals and helpers introduce themselves ("hi im the paralegal at hartley voss",
  // "this is pastor ron at grace fellowship", "hi im with catholic charities immigration services"). Offices only,
  // never a relation to the writer or a word of risk: an estate or an executor (a life being wound up) is not here.
  offices: `paralegal paralegals litem firm firms charities charity fellowship ministry ministries parish congregation
    foundation nonprofit agency agencies council district county program programs services immigration outreach
    organization bufete despacho parroquia iglesia fundacion organizacion programa agencia shelter shelters`,
  // admin23: the places the clinical rule of a home lost names (symptoms.ts), everyday words by themselves: "the case
  // manager at Harbor Shelter", "a tent for the camping trip", "la calle 8". Only sleeping or living in one is read.
  places: 'tent tents minivan suv albergue refugio calle campana',
  // admin37 (2026-12-07): who drives one and the work that sets one's hours, as the sets' writers name them ("my
  // auntie can drive me", "I'm guiding again", "salgo tarde de la huerta", a bus stuck in the mud, the
  // tribal court's diversion program). Not "casino" (a clinical rule reads gambling) nor "river" (the word model weighs it).
  kin_and_work: `auntie aunty granny grandmother grandfather guiding guide guides
    orchard huerta rancheria mud muddy tribal diversion`,
});
const LIFE_LOGISTICS_WORDS = Object.values(LIFE_LOGISTICS_CONTEXT).join(' ');
// Everyday Spanish of a message to the desk that no table knew (admin16): quantity and manner (algún, capaz,
// realmente, despacio), asking and being told (indica, enterar, asegurarse), a thing broken down or
// erased (descompuso, borré), renewing and learning. A word of this class is
// everyday, not context: it explains nothing by itself. Left out: words a misspelling of risk could land on or that
// tell of an attempt, an ending or a pet entrusted (mero for muero, intenté, terminamos, acaban, colgado, cuide).
const SPANISH_DESK_EVERYDAY = `fuerte algun algunos asegurarse asegurar haya hayan finales indica
  alcanza alcanzar borre borrar borro descompuso descompuesto descompuesta atareada atareado aprender
  vuelve vuelvo lio identificacion acta nacimiento resolvio ayudaron micro silencio hubo entere
  enterar debemos realmente renueve renovar mandaste pongo pregunto entresemana tardecito ratito horita orita namas
  capaz despacio mercado consultorio jale marino`;

/** Function words and everyday vocabulary, English and Spanish. */
export const EVERYDAY_WORD_CLASSES: Readonly<Record<string, WordClassDefinition>> = {
  // Real words one letter away from a word of risk or of a symptom: the misspelling reader would take them for
  // it ("my car stalled" for stalked, "ahorrar" for ahorcar, "resolver" for revolver, "disculpe que le
  // moleste" for molest, "me despidieron... despedido" for despedida). Listing them makes them known, so they
  // are never read as a misspelling. Found by reading every word of an English and a Spanish word list (and
  // the Spanish infinitives with me, te, se, le, lo, la) beside a desk request, with and without misspellings
  // read, and kept by hand: words that are themselves of risk or a likely misspelling of one (chocking,
  // seisure, drownded, poysoned, unlive, roofie, maltreated, sangra, socorre, apuñala) stay out. Since lead27 a word
  // one edit from any short table word is read as a misspelling too (word-lexicon.ts): the desk's words the tests
  // hold that were so read (stats, spins, dread, grapes, pelao, valió, cubrió, fraude) are listed here.
  near_words_en: {
    neutral: true,
    words: `amenable amenably amenability blending brides bridles bleeping bulled burping burring burying chowing
      consuls droned droning drowsed drowsing drudged hamming harping hunting hurling hurtling leafing leaking
      leaning overdo overdoing overdone overdress overdressed overpays overposted piston pistons resolver
      resolvers revolve revolved revolves revolving stabled stabling stacker staked staking staler stalled
      stalling starker straggle straggler strangest strangeness stubbed stubbing subside subsided subsides
      subsidence threads violation violations violator ability addition additions additional angles bearing
      casting consumer consumers costar desert deserted dessert desserts graceful handover insuring
      pitches pitching preparer protest quality recaps refiles relays remaps responder revenue 
      summery surfer tracer trucker horribly terribly rebills qualifier mediation meditation redaction
      evacuation emoticons flattering decoded secondhand reusing retraining aluminum beneficial stats spins
      dread dreading grapes grape drapes`,
  },
  near_words_es: {
    neutral: true,
    words: `acostando acusando ahorrar ahorrarme ahorrarse ahorro ambulante amenas colgarle colgare cuclillas
      desmadre despedido despedidos despidieron molesta molesto molestas molestos moleste molesten molestar molestarle molestarlo molestarla
      molestarte molestia molestias resolver resolverlo resolverla resolverle resolverme resolvernos resolvera
      resolveremos resolveria quedarme quejarme contarme contarle contarnos costarme firmarme tirare pedido
      pedida vivienda casado casada casados causado causada certeza cereza decidio decidida deciden desayuno
      desayuna extrajo levanta levantan jugado jugada perdio progreso progresa reconoci
      surgen soporta tramas policial viniendo guardaron responder abogada abonado competen
      concreta recauda torre torres ajusten amanece cristal mojado elegible costar costaba costara costaria contando contaba
      costando portando acortando pasando pasaron pasamos pasaste pasaba
      contaron contadas estrella pelao pelado pelada valio cubrio cubrieron fraude`,
  },
  en_function: {
    language: 'en',
    neutral: true,
    words: `a an the and or but so if then than because cause cuz bc as at by for from in into of off on onto out over
      to up down with without about above after again against before behind below between during except like near
      since through till until upon via within i me my mine we us our ours you your yours u ur he him his she her hers
      it its they them their theirs this that these those who whom whose what which when where why how there here
      am is are was were be been being have has had having do does did doing done will would shall should can could
      may might must ought im ive id ill youre youve youd youll hes shes its weve were theyre theyve thats whats
      wheres whos hows theres heres lets dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt arent wasnt
      werent havent hasnt hadnt not no yes yeah yep yup ya nope also too very really just only even still already
      yet soon now then ever never always sometimes often usually maybe perhaps probably actually basically
      literally definitely totally pretty quite rather kinda sorta gonna wanna gotta lemme gimme any some all
      each every both either neither other another such same own more most much many few less least lot lots
      one ones someone something somewhere anyone anything anywhere everyone everything everywhere nobody nothing
      nowhere else etc ok okay k kk alright sure fine well oh ah um uh hmm lol haha lmao omg omw ppl btw fyi tbh idk imo
      pls plz please thx ty tho though although while whether unless once twice per vs via whenever wherever w`,
  },
  es_function: {
    language: 'es',
    neutral: true,
    words: `el la los las un una unos unas lo al del de a en con sin por para sobre entre hasta desde hacia segun
      durante contra tras y e o u pero sino que porque pues como cuando donde mientras si aunque ya tambien
      tampoco muy mas menos tan tanto mucho mucha muchos muchas poco poca pocos pocas todo toda todos todas otro
      otra otros otras mismo misma cada algo alguien nada nadie ningun alguno alguna algunos algunas yo tu usted
      ustedes el ella ellos ellas nosotros nosotras me te se nos le les mi mis tu tus su sus nuestro nuestra
      nuestros nuestras este esta estos estas ese esa esos esas aquel aquella esto eso aqui alli ahi aca alla
      que quien quienes cual cuales cuanto cuanta cuantos cuantas cuando donde como por que soy eres es somos son
      era eran fue fui sido ser estoy estas esta estamos estan estaba estuve estado estar he has ha hemos han
      habia hay haber tengo tienes tiene tenemos tienen tenia tener hago hace hacen hacer hice puedo puedes puede
      podemos pueden podria pudiera poder quiero quieres quiere queremos quieren queria quisiera voy vas va vamos
      van iba ir sea no si bueno buena buenos buenas bien mal ok vale claro gracias porfa favor hola oye pues
      entonces luego despues antes ahora hoy ayer siempre nunca todavia aun solo sola solamente casi quizas tal
      vez ojala cualquier cualquiera usted ud uds sr sra srta xq xk pq porq jaja jajaja jajajaja jeje jejeje jiji
      pa tmb tb dnd vos podes tenes queres ${AUXILIARY_VERB_FORMS_ES}`,
  },
  // Words that say what is going on around a request (a game, a shift, a storm, a trip, a sick kid): a
  // sentence that asks nothing stands beside a request only with one of these.
  context: {
    neutral: true,
    words: `work job shift shifts boss meeting meetings conference deadline overtime interview training office
      school class classes college university exam exams homework teacher practice game games tournament
      soccer football baseball basketball hockey recital concert rehearsal party wedding funeral birthday
      anniversary graduation holiday holidays vacation trip travel traveling travelling flight flights airport
      hotel visit visiting town city state country abroad move moving moved house apartment lease rent landlord
      car truck bus train subway uber lyft taxi ride drive driving traffic commute tire mechanic shop repair
      accident storm snow rain flood weather power outage ice roads heat wifi internet phone laptop computer
      app portal link zoom camera mic audio battery charger email emails text texts voicemail call calls mail
      kid kids son daughter child children baby babies toddler teen teenager husband wife partner boyfriend
      girlfriend mom mother dad father parent parents brother sister grandma grandpa family aunt uncle cousin
      friend friends neighbor roommate dog cat pet vet daycare babysitter nanny childcare carpool pickup
      sick ill flu cold covid fever cough virus stomach dentist doctor doctors pediatrician surgery checkup
      physical appointment appointments vaccine shot procedure hospital er pharmacy
      bank payday paycheck paid pay money card cards account insurance bill bills check cash tax taxes
      snowstorm blizzard hurricane tornado storms fire flooding
      trabajo turno escuela clase viaje vacaciones carro coche camion autobus trafico tormenta lluvia luz celular telefono
      hijo hija hijos hijas nino nina bebe esposo esposa marido mama papa familia abuela abuelo perro gato
      enfermo enferma gripa gripe fiebre dentista doctor doctora medico cita citas banco dinero tarjeta seguro
      graduate graduating graduation camp field trip jury duty deployed deployment relocating relocate lunch
      printer impresora compu computadora cel bateria mudar mudo mudamos mudanza mudarme mudarnos graduacion
      campamento excursion juicio jurado
      granddaughter grandson grandchild grandkids niece nephew stepson stepdaughter stepmom stepdad inlaws
      nieto nieta nietos sobrino sobrina suegra suegro estudiante estudiantes
      hermano hermana hermanos hermanas tio tia tios primo prima primos cunado cunada laburo chamba curro obra
      bridesmaid bridesmaids groomsman honeymoon promotion cruise vacay grad reunion sabbatical remodel renovation
      contractor plumber hybrid unemployment fabrica operacion vuelo vuelos huracan boda graduo cumpleanos
      infection infections earache ear ears pinkeye rsv croup bronchitis pneumonia sinus tonsils tonsillitis
      colonoscopy endoscopy mri xray ultrasound mammogram pediatra infeccion oido vacuna vacunas vacune vacunaron
      recupere recupero recuperarme recuperar recuperacion operan operar operaron vesicula cirugia individual
      chemo chemotherapy gallbladder appendix bloodwork labs discharge deer tow towed towing roadside aaa basement
      newborn spilled spill juice apple cvs walgreens costco rite finalized responsible flying meter
      rodilla manejar manejo maneja veterinario veterinaria accidente choque descargo descargar descargada
      construccion enfermera enfermero refirio refirieron cabecera pedirla pedirlo leo dan
      strep xmas alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
      illinois indiana iowa kansas kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri
      montana nebraska nevada oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming canada
      chicago houston atlanta miami dallas denver phoenix seattle boston philadelphia austin orlando tampa
      warehouse dairy barn cattle cow cows grain harvest ranch farm crops inventory payroll refinery
      factory stockyard bakery professor dorm midterm midterms finals rotation rotations swamped
      election elections poll polls polling voting ny nyc nj tx fl az nc sc ga va wa nm nv ut mn wi il md ct nh vt
      ky tn dc
      toast tortoise taco scam dust goat porch patio landline snowplow cornfield farmhouse shipment pallets landscaping
      lineman reporter writer workbook mortgage federal directory messenger msgs layover overseas rubber leather vest
      pink daylight planner quesadillas pie medal olympic dancing flowers gig cardiologist dietitian practicum
      caregiving homebound arthritis cataracts cataract allergies roofer carpenter cashier barista waitress bartender
      pilot realtor scrimmage parade carnival rodeo auction gutter
      bailed circled nighter nighters caseworker dss shredded pic pics restroom restrooms dmv camping campsite grid
      newest glasses frames bowling league drill robocall letterhead reimbursement accountant flyer coupon
      groupon ordeal
      cierra cierran taller raite lejos campo domingos sabados checo checa checan checar porfa apuntamos apuntarnos
      regresa regresar fiestas active fraud wipe
      router modem iphone android ipad screenshot screenshots photo photos jefe jefa permiso patron supervisora
      county ciudad trabajando
      misa bautizo bautismo baptized baptism baptizing christening quinceanera quince communion comunion cosecha
      pisca calving
      ${LIFE_LOGISTICS_WORDS}`,
  },
  // The words of logistics: time, place, money, forms, devices and the verbs of sending, booking and paying.
  // In a sentence with a request they count as explained; other everyday words (feel, mind, life, want)
  // do not, and a sentence where those say more than the request and its logistics goes to a clinician.
  logistics: {
    neutral: true,
    words: `today tomorrow tmrw tmr tomorow 2morrow 2moro 2mrw 2day tonite 2nite yesterday tonight morning afternoon evening noon midnight day days week
      weeks weekend weekends weekly biweekly month months monthly year years yearly hour hours hr hrs minute
      minutes min mins til till time times date dates early earlier earliest late later latest next previous upcoming
      soon sooner soonest asap am pm est pst cst mst et pt ct mt edt pdt january february march april may june
      july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec spring
      summer fall autumn winter holiday holidays christmas thanksgiving easter quarter half first second third
      one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
      appointment appointments appt appts apointment session sessions slot slots opening openings availability
      available unavailable schedule scheduled scheduling reschedule rescheduled calendar booking book booked
      cancel canceled cancelled cancellation cancelling canceling confirm confirmed confirmation reminder
      reminders waitlist intake virtual telehealth online remote inperson person office clinic location address
      street road avenue suite floor building parking park garage lot entrance door elevator lobby front desk
      directions map downtown nearby near far open closed hours closing
      bill bills billing billed charge charges charged fee fees cost costs price pay paid paying payment
      payments pays copay copays coinsurance deductible balance owe owed invoice invoices receipt receipts
      statement statements refund refunds credit debit card cards account accounts bank check cash venmo zelle
      paypal hsa fsa insurance insurer plan plans coverage covered covers cover network provider providers
      claim claims eob superbill authorization auth preauthorization referral referrals policy rate rates sliding
      scale discount dollars dollar bucks money tax taxes employer secondary primary medicaid medicare aetna
      cigna bcbs humana tricare kaiser optum united
      form forms paperwork packet consent consents document documents file files pdf copy copies scan scanned
      print printed printer fax faxed upload uploaded uploading download downloaded attach attached attachment
      sign signed signing signature fill filled filling submit submitted page pages section questionnaire
      survey records record release letter letters note notes large spanish english language translation
      email emails emailed mail mailed text texts texted message messages messaged voicemail call calls called
      calling phone number numbers cell link links portal app login log password username reset website site
      zoom doxy teams camera mic audio video screen browser laptop computer device wifi internet connection
      send sent sending resend receive received get got getting need needs needed use used using want wanted
      ask asked asking question questions wonder wondering check checked checking update updated updates change
      changed changes move moved moving switch switched push pushed bump bumped add added remove removed skip
      skipped set add reach contact reply respond response answer answered confirm know let tell wait waiting
      arrive arrived arriving attend attending join joined start started starting begin finish finished drop
      pick bring brought leave late running run stuck traffic on way way options option best possible right
      correct wrong mistake mistakes error errors twice again still new old same different extra other another
      info information detail details thing things allowed okay ok fine sure thanks thank please sorry
      therapist therapists counselor counselors counseling clinician clinicians psychiatrist psychologist
      provider doctor staff team front admin patient patients client clients student students new
      custody dispute disputed secondary delete deleted attorney lawyer host jury duty agreement
      terapeuta terapeutas consejero consejera psicologo psicologa psiquiatra going forward referred order orders
      memorial labor independence presidents veterans mlk juneteenth columbus years eve
      mondays tuesdays wednesdays thursdays fridays saturdays sundays
      financial mistake lands land landing landed risking retire retired retiring vi visto veo
      hoy manana ayer noche tarde temprano dia dias semana semanas mes meses hora horas minuto minutos fecha
      enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
      uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta
      proximo proxima siguiente lunes martes miercoles jueves viernes sabado domingo cita citas consulta sesion
      sesiones horario cancelar cambiar mover reprogramar confirmar oficina clinica direccion estacionamiento
      pago pagar pague factura recibo cobro cobraron cargo seguro tarjeta cuenta dinero precio costo deducible
      copago reembolso formulario formularios papeles documento documentos copia firmar llenar enviar mandar
      recibir correo mensaje llamada telefono numero enlace portal aplicacion contrasena espanol ingles carta
      necesito necesita necesitan necesiten quiero quisiera puedo pueden podria favor gracias disculpe perdon otra otro nuevo nueva
      ${ADMIN_VOCABULARY_WORDS} ${LOGISTICS_VERB_FORMS_ES}`,
  },
  everyday_en: {
    neutral: true,
    words: `lower lowered awkward foster pcp dumpster nearly constancia consentimiento sirve funciona
      insufficient funds duplicate duplicated retro retroactive retroactively activated reactivated deactivated
      merge merged popping unplugged plugged thrilled overslept
      completely entirely
      attempted attempt attempts risk trust structure deck fed younger freezing railing pale dado tap
      tapping tapped exit exiting clock clocking molestar molestarlos molestia
      privacy downstairs upstairs cookies cookie bake baking trial guarantor skills placement surprised
      residential guardian guardianship phq phq9 gad gad7 circling alignment slammed swap swapped bowl
      countersign hipaa notarized notary cosign cosigned
      validate validated validation probation officer capitals caps dinged flagged fraud rerun re-run advise
      rude lumpy couch couches chairs midterm midterms retake bombed deployed deployment yall guys parked lunch
      break breaks expired expiring booster knock fixed refill desk receptionist assistant coordinator front
      signup sign-up setup set-up laptop charger headphones earbuds
      rainbow flag flags pride parade aerobics organized organize organizing electronically electronic pen pens pencil
      gem ac aircon captions caption closed-captioning subtitles hearing-aid
      today tomorrow tmrw tmr tomorow yesterday tonight morning afternoon evening night noon midnight day days
      week weeks weekend weekly biweekly month months monthly year years hour hours hr hrs minute minutes min mins
      second seconds time times moment date dates early earlier late later latest next last past previous upcoming
      monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
      january february march april may june july august september october november december jan feb mar apr jun
      jul aug sep sept oct nov dec spring summer fall autumn winter holiday holidays christmas thanksgiving easter
      birthday anniversary vacation trip travel traveling travelling flight airport hotel visit visiting town city
      state country abroad away home house apartment place room address street road avenue ave st suite floor
      building downtown area neighborhood parking park garage lot entrance door elevator stairs bathroom
      restroom lobby waiting front desk office clinic location directions map near nearby close far around
      am pm est pst cst mst et pt ct mt edt pdt
      one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
      half quarter first second third fourth fifth
      mom mother mum dad father parent parents husband wife partner boyfriend girlfriend son daughter kid kids
      child children baby babies toddler teen teenager brother sister family grandma grandpa aunt uncle cousin
      friend friends roommate neighbor boss coworker manager teacher school class classes college university
      work job shift shifts meeting meetings conference project deadline office overtime schedule boss training
      car bus train subway uber lyft taxi ride drive driving traffic commute bike walk walking gas flat tire
      phone cell email emails mail text texts texting message messages voicemail call calls calling called
      link links website site portal app login log password username account email internet wifi computer laptop
      tablet camera mic microphone audio sound screen video zoom teams google doxy browser chrome safari device
      upload download file files pdf attachment attached photo photos picture pictures scan copy copies print
      printer fax number numbers code id card cards
      weather snow storm rain flood power outage ice icy roads
      sick ill flu cold covid fever cough virus stomach bug dentist doctor doctors dr pediatrician surgery
      checkup physical appointment appointments vet cane walker wheelchair crutches scooter stroller behalf
      get got gets getting give gave given go goes going went gone come comes coming came make makes made making
      take takes took taking need needs needed want wants wanted see saw seen know knew known think thought try
      tried trying ask asked asking tell told say said says let put keep kept bring brought pick picked drop
      dropped leave leaving left stay staying wait waiting waited find found look looking looked check checked
      checking send sent sending receive received get help helped use used start started starting finish
      finished move moved moving change changed switch switched set sign signed fill filled work worked works
      working run running ran call email text reach reached contact meet met miss missed forgot forget hear
      heard read wrote write show showed open opened close closed book booked plan wonder wondering hoping hope
      guess mean meant understand seem seems happen happened happens sorry apologize thank thanks appreciate
      like love enjoy glad happy excited great good nice fine cool awesome perfect wonderful amazing best better
      busy free available unavailable open closed new old same different another other sure possible impossible
      quick quickly easy simple long short full whole right correct wrong incorrect true real fast slow small big
      large little extra regular usual normal standard current recent old new available earliest soonest ready
      okay alright yes no maybe question questions answer info information update updates detail details
      thing things stuff way ways kind sort part rest end beginning middle
      dr ms mr mrs mx miss sir madam team everyone hi hello hey dear regards sincerely cheers best`,
  },
  everyday_more_en: {
    neutral: true,
    // admin38 (2026-12-07): "accidentally", "realized", "halfway" as the sets' writers use them of the desk ("I
    // accidentally deleted the app", "just realized I wrote down the wrong day", "wifi died halfway thru").
    words: `accidentally realized realised realize halfway able about absolutely access accept accepted accepting accident according account accounts across act
      action actual add added adding additional address adjust admin administrative adult adults advance advice
      afford  again age agency agent ago agree ahead air alarm allow allowed almost  along alot already
      amount anniversary announce annual answer answered answering anybody anymore anyway anyways anywhere apologies
      app apparently appear apply applied approve approved approval area arrange arrangement arrive arrived arriving
      ask assist assistant assume attach attend attended attending attendance audio august authorization auth auto
      automatic avoid aware away awhile baby babysitter back backup bag balance bank banking based basic basis
      battery beach became become bed began begin beginning believe belong below benefit benefits besides bill
      birth bit blank block blocked board body book booking born boss both bother bothering bottom bought box
      brand break breakfast brief bring broke broken brought browser bucks budget build building bump bumped
      bunch business button buy buying cafe calendar calm camp campus cancel canceled cancelled capacity card care
      career carpool case catch cause caused center certain certainly chance change changes chapter charge charged
      chat cheap cheaper check checked checking checkup child childcare choice choose chore chores chose church tribal pcs pcsed pcsing tdy efmp pcm frg despliegue soaked city claim
      class classes clean clear clearly click clicked client clients clinic close closed closer closest clothes
      coach code coffee college color come comfortable coming comment commute company complete completed computer
      concert conference confirm confirmed conflict  confusing connect connected connection consider
      contact continue contract control convenient conversation cook copy corner correct cost couch could count
      counter county couple couples course court cousin cover covered covering coverage  create credit
      cross current currently customer cut daily date daughter daycare deadline deal dear december decide decided
      deductible definitely degree delay delayed delivery dental dentist deny denied department deposit describe
      desk detail details device dial different difficult dinner direct direction directions directly discount
      discuss discussed dishes distance district doctor document documents dog dollar dollars door double doubt
      download downtown dozen draft drive driver driving drop dropped dropping due duty each earlier early earn
      easier east easy eat eating edit education effect either electric electricity elevator else email emails
      employer employment  end ended ending english enough enroll enrolled enter entire entry error errand
      errands especially evening event events eventually ever every exact exactly exam example except exchange
      excited excuse exercise expect expected expensive experience expire expired expires explain explained extend
      extension extra eye eyes face facility fact fair fall family far fast  favor fax february feel feet
      few field figure figured file filed files fill filled filling final finally find fine finish finished first
      fit fix fixed flat flexible flight floor flu follow followed following food form format forms forward
      forwarded found free friday friend front full fully fun funny future game games garage gas gave general get
      gift give given glad glasses goal god good goods got government grade grandma grandpa grant great green
      grocery groceries group guess guy guys gym hair half hall hand handle handled hang happen happened happening
      happy hard  head health hear heard heat held help helpful helping hey high highway hire history hit hold
      holding holiday home homework honestly hope hopefully hospital hour hours house housing huge human hurry
      husband idea identity ill immediately important include included including income increase indeed info
      inform information initial input inside instead insurance interested internet interview invite invoice
      issue issues item items january job jobs join joined journal july june jury just keep key keys kid kind
      kinda kitchen knee knew knock knocked know knowledge lab lady language laptop large last lately later
      latest laundry law lawyer lead learn least leave leaving left legal less lesson lessons letter level library
      license life light limit line link list listed little live living load loan local location lock locked log
      logged login long look looked    lot loud love low lunch machine made mail mailed main make
      manage manager many map mark market married mask match matter maybe meal mean meaning means meant medical
      meet meeting member members mention mentioned message met method middle might mile miles military mind
      minor minute miss missed missing mistake mistakenly mobile mode model mom moment money month months more
      morning most mostly move moved movie moving much music must name names nap near nearby necessary neck need
      needed needs neighbor net network never new news newsletter next nice night nobody noon normal north note
      noted notes notice notified notify november number numbers nurse o october odd offer offered office official
      often oil old older once online only open opened option options order ordered organization original other
      otherwise outside overnight owe owed own owner package page paid  paper papers parent parents park
      parking part partner party pass passed passport password past patient patients pay payday paying payment
      paypal pending people per percent perfect perhaps period permission person personal pet phone photo pick
      picked picture piece place plan planned planning plans play playing please pleased plus pm point police
      policy pool portal position possible possibly post postal power practice prefer preferred pregnant prepare
      present pretty price print printed printer prior priority private probably problem problems process
      processed professional program project promise proof provide provided provider providers public pull
      purchase purpose push put question questions quick quickly quiet quite quote race rain raise ran range
      rate rather reach read ready real really reason reasons receipt receive received recent recently recommend
      record records redo refer reference referral refund regarding region register registered regular regularly
      related relative release remember remind reminder remote remove rent renew renewal repair repeat replace
      reply report request requested require required reschedule research reserve reset resident respond
      response rest restaurant result results retire retired return returned review ride right ring road role
      room round route routine rule rules run running rush safe said salary sale same save saved saw say saying
      scan schedule school score screen search season seat second section secure security see seeing seem seen
      self sell send sending senior sense sent stuck bombard pester spam bug snowstorm blizzard therapist therapists clinician clinicians counselor counselors
      psychiatrist psychiatrists psychologist psychologists provider providers practice practices separate september serious service services session set setting
      settle several share shift shipping shop shopping short shot should show shower shut sibling sick side sign
      signal signed signing simple since single sister sit site sitting situation size skip sleep slot slow small
      smaller snow soccer social software soon sort sound south space spanish speak speaking special specific
      spell spend spent sport sports spot spouse staff stage standard start started starting state station stay
      stayed step still stop stopped store storm story straight street student students study stuff submit
      submitted subscription subway success suggest summer support supposed sure surgery switch system table
      take taken takes taking talk talked talking tax taxes team tech technical teeth tell telling term terms
      test testing text texted thank thanks therapy therapist thing things think thinking third though thought
      throughout ticket tight till time  title today together told tomorrow tonight took top total totally
      touch tour town track traffic train training transfer transportation travel traveling treat tried trip 
      truck true  try trying tuesday turn twice type typo ugh uh uncle under understand unfortunately unit
      university unless unlock until update updated upload uploaded upon  urgent use used user using usual
      usually vacation valid value various vehicle version video view virtual visit voice vote wait waited
      waiting waive waived waiver walk wall want wanted war warm watch water way wear weather web website
      wedding week weekday weekend weekly  welcome went west whatever wheel whenever whole wife wifi will
      willing win window winter wish within woke woman women wonder wondering word words work worked worker
      working works world     worth would write writing written wrong yard yeah year yearly
      yellow yesterday yet young yourself zip zone zoom
      gender neutral curious difference community data picky newer ideal congrats relevant resources remaining
      unexpected meantime genuinely purely involves whoever designed bonus maiden assistance sneakers toward
      establish reverse mid supply express aid novel driveway alerts dot dots chair movement minimum essay prereqs
      depends gathering fashioned rly bro yay ish whod thatd wks exp tx rd stranded further absent super calm`,
  },
  everyday_more_es: {
    neutral: true,
    words: `plena pleno abrir acceso aceptan aceptar acuerdo adelante ademas adios agenda agendar ahorita ajustar algo
      almuerzo alrededor ambos anterior antes aplicacion apoyo aprobado arreglar asi asunto atencion atender
      auto autorizacion avisar aviso banco barato bastante billete boleto buscar cada cafe caja calendario cambio
      caminar camino cancelar cantidad caro casa caso centro cerca cerrar cheque clase cliente cobrar cocina
      comer comida como completo comprar computadora conmigo conocer contar contestar continuar contrato correo
      costo creo cuenta cuidado cumpleanos curso dar dato datos deber debo decir dejar dentista derecho despues
      detalle dia dicho diferente dinero direccion disponible documento domicilio duda dudas edad efectivo
      ejemplo empezar empleo empresa encontrar enero entender entrar enviar envio equipo error escribir escuela
      espacio espanol esperar esposa esposo estacionar explicar extra factura facil falta familia favor fecha
      feliz fin forma formulario foto funcionar gasolina gente grande grupo gustar habitacion hablar hacia
      hermana hermano hija hijo hora horario hoy idea iglesia igual importante informacion ingles intentar
      invierno ir jefe juego juntos junto justo lado largo leer lejos letra libre limite linea listo llamada
      llamar llegar llenar llevar luego lugar luz madre manera mano mantener mayor mediodia mejor menor mensaje
      mes mesa metro mientras minuto mismo momento mucho mudanza mudar muy necesitar negocio ninguno nombre
      normal nota noticia nuevo numero oficina olvidar opcion orden otra pagar pagina pago papel papeles parte
      pasar paso pedir perdon permiso persona pienso piso plan planes poco poder por posible precio preguntar
      presencial primero prisa problema pronto propio proximo pueblo puerta pues punto quedar quiza rapido razon
      recibir recordar recordatorio regresar reloj renta reunion revisar ropa sacar salir seguir segun semana
      semanal semanales semestre senor senora servicio sesion siguiente solamente solicitud sueldo tambien
      tarde tarea tarjeta telefono temprano tener terminar tiempo tienda tipo todavia tomar trabajo traer
      transporte tratar turno ultimo usar vacaciones venir ver verano vez viaje visita volver vuelta`,
  },
  // Everyday Spanish verbs in every form (see everyday-verbs-es.ts): "ya volvió", "seguimos la otra semana".
  everyday_verbs_es: { neutral: true, words: EVERYDAY_VERB_FORMS_ES },
  everyday_es: {
    neutral: true,
    words: `examen examenes pa llevo lleva llevar compu cae caen rato abren abre cierran estimada estimado
      ${SPANISH_DESK_EVERYDAY}
      adjunto adjunta adjunte buscando busco tutora tutor pido pedir pidio expediente teniendo antemano vuelven
      vuelvan sueter gris bendiga amor
      grua inmigracion comunidad entregar usarlo trabajito empezado comprension atenta autopista klk
      saber sabe sabes supe poner puse pone ponen pusieron acabe acaba acabo salgo sale salen sali salio
 encargo encarga cambie cambio cambia cambian cambiaron cambiar ando anda andamos fuera afuera escribo
 escribe escribi escribir futbol hablo habla hablar hablamos mira mire miren nego negaron niega reclamacion
 reclamo hoja hojas dio dieron da den veces vez revisen revisar reviso revise avisan
 avise avisa avisar afecte afecta credito ay bendito reponer repongo politica politicas privacidad devolver
 devuelvo firmado firmada firme firmo impresora imprimir multa encuentro encontrar
 papelito llegue llego llegaron llega aseguradora llenamos llene lleno llena estacionarme estacionar parqueo
 parquear abre abrir abierto expiro vencio vencida vencido tantas tantos viene vienen nomas mudaron
 mude mudamos tapon mande mandaron manda mandan mandar varias varios di 
 disculpen confirman confirmen
 confirmo puedan pueda podrian favor porfavor porfa buen buenas saludos atentamente gracias mil agradezco
 aviso correo electronico recibo recibos estado cuenta colegio universidad clases practica juego partido torneo torneos
 entrenamiento trabajo turno horario horarios semana quincena mudanza mudarme direccion nueva codigo postal
 zona parque parqueadero garaje estacionamiento edificio piso puerta entrada salida elevador escaleras
 llaves contrasena usuario aplicacion pantalla camara microfono audio senal wifi cargador computadora
 laptop tableta celular cel telefono numero mensaje texto whatsapp correo email link enlace zoom video
 videollamada llamada llamadas
      hoy manana ayer noche tarde temprano dia dias semana semanas fin mes meses ano anos hora horas minuto
      minutos momento fecha proximo proxima siguiente pasado pasada ultimo ultima lunes martes miercoles jueves
      viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
      diciembre vacaciones viaje viajar ciudad casa apartamento lugar calle avenida piso edificio oficina clinica
      estacionamiento entrada puerta elevador bano sala espera recepcion direccion cerca lejos
      uno dos tres cuatro cinco seis siete ocho nueve diez once doce media cuarto primero primera segundo segunda
      mama papa madre padre esposo esposa marido pareja novio novia hijo hija hijos hijas nino nina bebe hermano
      hermana familia abuela abuelo tia tio primo prima amigo amiga vecino jefe escuela colegio universidad
      trabajo trabajar trabajando turno reunion carro coche camion autobus tren metro trafico telefono celular
      correo mensaje mensajes llamada llamar llame texto enlace link pagina portal aplicacion computadora internet
      video camara archivo foto fotos copia numero tarjeta codigo clima lluvia tormenta luz enfermo enferma gripa
      gripe resfriado fiebre covid dentista doctor doctora medico cita citas consulta
      tener tengo puedo necesito necesita quiero quisiera gustaria ir venir llegar llego salir dejar esperar
      buscar mandar enviar recibir recibi recibieron ayudar ayuda usar empezar terminar cambiar mover firmar llenar
      llene trabajar contactar olvide olvido perdi pregunta preguntas respuesta informacion favor gracias
      disculpe disculpa perdon lo siento bueno buena bien genial perfecto claro listo lista libre ocupado ocupada
      disponible nuevo nueva mismo misma otro otra rapido facil cosa cosas parte todo
      queda quedo quede quedan entiendo entiende entienden entendi empieza empiezo empiezan empece estaciono
      tuve tuvo tuvimos trabaja trabajo trabajan trabajamos pense pienso piensa pague pagaba pagamos dijo dijeron
      digo cubre cubren cubria cubrir estuvo estuve gratis bonito bonita felicidades lamento cuidar cuido
      terapia terapias terapeuta terapeutas
      mexico hable hablen muchisimas llamo contesto bajar cumpli darme darle llegan cuento cierto repente adentro
      acompanar tercero gano permite oigan diga yendo vayan dejan amanecio llevara llevarla llevarlo
      verdad esperando espero esperamos principio uso usa usan usar recien
      porfis wena pal serio definitivamente hombre mujer mia bodega interesada cierre llamaban enfrente tarda
      quedaban quitar recogerlos visitando regrese faltamos tanta encuentren pasillo desastre trafico
      aparte idioma idiomas presentacion doble muchacha muchacho chiquito chiquita saben sabemos confirmenme
      confirmeme confirmame mixteco zapoteco triqui nahuatl otomi purepecha tzotzil kiche quiche garifuna kreyol`,
  },
};
