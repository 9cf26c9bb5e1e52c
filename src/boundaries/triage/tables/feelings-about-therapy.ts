import type { TriageTable } from '../triage-category.js';

/**
 * Feelings about therapy: whether it helps, what a session stirred up, discomfort with the clinician, wanting
 * to stop or change the focus. These belong to the therapeutic relationship: the clinician answers.
 * [sources: tx-22-tac-465]
 */
export const FEELINGS_ABOUT_THERAPY: TriageTable = {
  label: 'feelings_about_therapy',
  en: [
    // Set cm (recall23, 2026-12-06): a judgement asked about one's care dressed as logistics: whether a change of
    // frequency, format or a pause is right clinically, for one's treatment, recovery or progress ("does going every
    // other week make sense clinically?", "would it set me back to pause for January?"). Whether it fits a schedule or
    // costs the same is the desk's ("does every other week work for your schedule?").
    'sense|ok|okay|fine|good|better|worse|recommended|idea|recommend ..2 clinically|therapeutically',
    'clinically|therapeutically ..2 sense|ok|okay|fine|good|better|worse|recommended|speaking',
    // lead31 (set dc): attachment to one's therapist, a feeling of the relationship ("getting too attached to Dr. Marsh");
    // never a file attached to a message ("attached to the email").
    'too|getting|so|really|very ..1 attached ..2 to ..1 dr|doctor|therapist|counselor|counsellor|psychiatrist|provider|you|her|him|them',
    'attached ..1 to ..1 my ..1 therapist|counselor|counsellor|psychiatrist|provider',
    'good|bad|better|worse|ok|okay|fine|enough|right ..3 for ..1 my|his|her|their|our|your ..1 treatment|progress|symptoms',
    'hurt|hurts ..2 my|his|her|their|our ..1 progress|treatment',
    'would|will|could|might ..2 set ..1 me|him|her|us|them ..1 back & pause|pausing|skip|skipping|break|monthly|telehealth|virtual|video|stop|stopping',
    'is|am|are ..1 i|he|she|they|we ..1 ready ..2 to ..1 go|drop|move|step|cut|switch|space ..4 every|once|monthly|biweekly',
    // Sets bw-cb (lead, 2026-12-06): a parent asking how a child is doing in therapy (what only the clinician can say,
    // and only as the law allows), a school asking the therapist to coordinate on what supports help.
    'how ..2 my|our|his|her ..1 {child}|kid|kids ..2 is|s|are ..1 doing ..3 therapy|sessions|session|treatment|counseling',
    'update ..4 how ..2 {child}|kid|kids|he|she|they ..2 is|s|are ..1 doing',
    'coordinate|coordinating ..2 on|about ..4 plan|supports|support|attendance|iep|504|accommodations',
    'what ..1 supports|strategies|interventions|accommodations ..2 are|is ..1 helping|working',
    // Set bs (lead, 2026-12-06): a parent asking what to know after a child's session ("he's been real quiet") reached
    // scheduling: it is the clinician's.
    'after ..3 session|therapy|appointment ..6 quiet|upset|crying|withdrawn|different|off|angry|shut|down',
    'anything ..2 i|we ..1 should ..1 know & quiet|upset|crying|withdrawn|room|off|session|therapy',
    // Set bp (lead, 2026-12-06): recording sessions is the clinician's call.
    'record|recording|tape|taping ..2 our|my|the|a|these|his|her ..1 session|sessions|therapy|appointments',
    // Thanks for everything: a farewell, which a clinician reads rather than staff.
    'thank|thanks|thx|grateful ..4 for ..1 everything',
    // admin23 (2026-12-06): a client who forgets what is said in sessions (set ak: a roommate asked to sit in on the
    // sessions because "he forgets what you say"): memory of the therapy is the clinician's, not the desk's.
    // And who may know what a client says in therapy ("my teenager wants to start therapy but doesn't want me to know
    // what she says", set al): confidentiality is the clinician's.
    'know|hear|read|see|find ..3 what ..2 she|he|they|i|we ..2 says|said|say|talks|talk|talked|discusses|discussed|shares|shared|tells|told & therapy|therapist|session|sessions|counselor|counseling',
    'forget|forgets|forgot|forgetting ..2 what ..2 you|she|he|they|therapist|doctor|counselor ..1 say|says|said|tell|tells|told|talk|talked|discuss|discussed & session|sessions|therapy|therapist|appointments',
    '{neg} ..5 helping|helped|helps & therapy|counseling|sessions|treatment|emdr|dbt|cbt|therapist',
    'felt|feel|feeling ..3 judged|uncomfortable|awkward|misunderstood|unheard|dismissed|invalidated|triggered|offended',
    'therapy|therapist|session|sessions|emdr|counseling ..4 brings|brought|bringing|stirred ..1 up',
    'emdr|dbt|cbt|therapy|counseling|medication|treatment ..3 for ..1 me',
    // Whether one needs a service is the clinician's judgement, beside its price or not ("what's the price of a
    // psych eval, and do you think I need one?").
    'do|would ..1 you ..1 think|recommend|suggest ..2 i|he|she|we|my|me|they ..2 need|needs|qualify|qualifies|have|has|should ..3 one|it|this|that|{condition}|meds|medication',
    'tell ..2 my ..1 therapist|counselor|you & lying|lied|honest|truth|secret',
    'progress ..3 therapy|sessions|treatment',
    'making|made ..2 progress',
    '{neg} ..2 getting ..3 out ..1 of ..2 it|therapy|sessions|this',
    'take|taking ..2 a ..1 break ..2 from ..1 therapy|sessions|counseling|treatment',
    'stop|quit|end|ending|stopping|pause|pausing ..2 therapy|counseling|treatment',
    'switch|switching|change|changing ..1 therapist|therapists|counselor|clinician|counselors',
    // The holdout cx, read at the round's end (lead27): "switch to a female therapist? nothing wrong, i just think i'd
    // open up more" reached the desk as a new client's preference; switching from one's own is the clinician's.
    'switch|switching|change|changing|transfer|transferring ..1 to ..3 therapist|therapists|counselor|counselors|clinician|psychiatrist',
    // Not being able to say things to one's clinician (in a second language, or at all): the relationship's matter.
    'express|explain|expressing|explaining ..1 myself ..6 therapist|counselor|clinician|psychiatrist|psychologist',
    'open|opening ..1 up ..3 to|with|around ..2 my|the|her|him ..1 therapist|counselor|clinician|psychiatrist|psychologist',
    // Not being able to say what one feels (admin13, parity with Spanish): "in English I can't say what I feel".
    'say|express|explain|put ..2 what ..1 i|im ..2 (feel|feeling|think|going through)',
    // Ending therapy without a reason is for the clinician to hear ("I won't be needing future sessions").
    'wont|{neg} ..2 need|needing ..3 them|it|sessions|appointments|therapy|anything|future|anymore',
    'last ..1 session|time ..4 upset|bothered|triggered|hurt|uncomfortable|judged|weird|awkward|angry',
    'talk|talked|talking|discuss ..2 about ..2 my ..1 childhood|grief|trauma|feelings|relationship|marriage|divorce|anger|past|abuse|body|mom|dad|mother|father|depression|anxiety|sexuality|identity|breakup|drinking|self',
    'focus|work|working ..2 on ..2 my ..1 grief|anxiety|trauma|anger|relationship|marriage|self|feelings|depression|past',
    'couples|family ..1 counseling|therapy & help|helps|helpful',
    // Thanks for everything, said as a farewell: a clinician reads it.
    'thank|thanks ..3 for ..1 trying|everything ..3 goodbye|bye|always|done|tried',
    'thank|thanks ..3 for ..1 trying',
    // How long a treatment takes or when it helps (lead, 2026-12-05, an honest unseen set: "how many sessions does
    // CBT for insomnia usually take?"): the course of treatment is the clinician's to answer. How long one session
    // is, or how many the insurance covers, is the desk's (no treatment named, or cover/left/allowed instead of take).
    'how ..1 many|long ..4 cbt|dbt|emdr|cbti|exposure|erp|ifs|act|cpt|neurofeedback|biofeedback|hypnosis|hypnotherapy ..4 take|takes|last|lasts|usually|typically|need|needs|work|works|help|helps',
    'how ..1 many|long ..4 therapy|treatment|counseling|sessions ..1 for ..2 {condition} ..3 take|takes|last|lasts|usually|typically|need|needs|work|works|help|helps',
    'how ..1 many ..1 sessions|visits ..2 will|would|do|does|should ..1 i|we|he|she|they|my|it ..2 need|needs|take|takes',
    'how ..1 long ..2 until|till|before ..2 i|we|he|she|it|meds|therapy|treatment ..2 feel|see|notice|get|start ..1 better|results|improvement|difference|working|work|helping',
    // Feelings stirred by what the therapist set: a book, a chapter, an exercise.
    'feelings|emotions|stirred|triggered ..4 about|after|from|by & book|chapter|session|homework|exercise|worksheet|podcast|recommended',
    'shame|ashamed|guilt & book|chapter|session|feelings|therapist|start',
    // A last session asked for: ending therapy is the clinician's to hear (and may be a farewell).
    'be ..1 my ..1 last|final & session|appointment|one|book|booking|therapy',
    // Admin15: a last one "ever", said in a sentence of its own beside a request ("tues at 7pm. my last appointment ever").
    'last|final ..1 session|appointment|appt|visit|one ..1 ever',
    // A minor's sessions without the parent in the room: confidentiality the clinician explains.
    'without ..1 me|us|parent|parents|mom|dad ..2 in ..1 the ..1 room & therapist|session|sessions|teen|daughter|son|age|counselor',
    // Coming out to one's therapist; whether a thing is done in therapy.
    'come|coming ..1 out & therapist|session|therapy|bi|gay|trans|lesbian|queer',
    'thing ..3 do|talk|bring ..2 in|up ..1 therapy|session',
    // Set u (recall7): a partner or a parent wanting to join a session (whether it helps is the clinician's call).
    '{partner}|{family} ..3 wants|want|wanted|like|asked|asks|ask|asking ..3 come|join|attend|sit ..4 session|sessions|therapy',
    // Set x: what the therapist said about one's family, still on one's mind.
    'you|she|he ..1 said|told ..3 about ..1 my ..1 {family}|{partner}|{child}|childhood|past|relationship|marriage|anxiety|depression|feelings|drinking & session|head|thinking|stuck|since|helped|thank|thanks|week',
    // Set y: wanting to talk about how to get through something (a clinician's question, not the desk's).
    'talk|talking ..3 about ..3 how ..1 to ..2 get|make|cope ..1 through|it|with',
    // Set ab: whether one's therapist seeing a partner too would be a conflict.
    'be ..1 a ..1 conflict & therapist|couples|husband|wife|partner|both|seeing',
    // Set af: opening up more with another therapist (how therapy is going: the clinician's).
    'open ..1 up ..1 more & therapist|different|switch|woman|man|someone|another|new',
    // Set am (lead): a topic asked about for a session ('can we talk about gender stuff in session?'): the clinician's.
    'can|could ..1 we|i ..1 talk|discuss|work ..6 in|during ..1 session|sessions|therapy & gender|questioning|sexuality|identity|trauma|abuse|grief|relationship|marriage|feelings|medication|meds|diagnosis',
    // Set at (admin9): a change of the form of treatment (individual to couples or family): the clinician's plan.
    'switch|switching|change|changing|move|moving|go|going ..4 individual ..3 to|into|and ..2 couples|family|joint|marriage',
    // lead27 (set q's clinical message, "consider me for group therapy instead of individual?"): group in place of one's own.
    'group ..1 therapy|sessions|session|counseling ..3 instead|rather|replace|replacing',
    '{partner}|{family} ..4 willing|agreed|agrees|ready|open ..4 couples|family|joint|marriage ..1 sessions|session|therapy|counseling',
    // Set ax (admin10): trying a few joint sessions in one's therapy ("can we try a few couples sessions? my wife wants
    // to join"): the clinician's plan too. Not "start", "add" or "book": a new client books couples therapy, and
    // adding someone to family sessions already planned is the desk's.
    'try|trying ..3 couples|family|joint|marriage ..1 sessions|session|therapy|counseling',
    // Set ax (lead): a client telling how homework went ("I called my mom like we practiced"): the clinician's.
    'like|as ..2 we|you ..1 practiced|practised|rehearsed|roleplayed',
    // Unseen aw (lead read its two staff-bound): recording sessions is the clinician's to agree to (consent, privacy),
    // and whether a therapy a friend found helpful would help the client is the clinician's judgement. Writers label
    // both ways; the clinician is the safe reader.
    'i|we|me|im ..3 record|recorded|recording|tape|taped|taping|film|filming ..3 session|sessions|therapy|appointment|appointments',
    'recorded|recording|taped|taping ..1 them|it ..3 phone|cell|laptop|computer',
    'said|says ..2 it|emdr|dbt|cbt|hypnosis|therapy ..2 helped|helps|works|worked',
    // The work of therapy between sessions (lead, 2026-12-05, from an honest unseen set: "do I fill out the thought
    // record when it happens or at the end of the day?"): a thought record, a mood log, a diary card, an exposure
    // ladder, therapy homework. How to do it is the clinician's, however much it sounds like a form.
    // Only words of therapy name it: a word a clinical rule names blocks any sentence it stands in ("pulling the
    // trigger on that slot", a teacher's behavior rating form, a bill "quitando el sueño" stay the desk's).
    'thought|thoughts|mood|exposure|feelings|emotions|urge|urges|worry|worries ..1 record|records|log|logs|diary|diaries|journal|tracker|worksheet|worksheets|ladder|hierarchy',
    'diary ..1 card|cards',
    'therapy|dbt|cbt|emdr ..1 homework|worksheet|worksheets|skills|exercise|exercises',
    // lead33 (set dk, dl): opening up more with a man or a woman; breathing homework reported.
    'open ..1 up ..1 more|better|easier & guy|girl|man|woman',
    'box ..1 breathing',
    'homework ..1 update|check|report',
    // lead38 (set ea): something told for the first time or never told ("that was the first time i told anyone about my
    // brother"): what a session opened is the clinician's.
    'first ..1 time ..4 told|tell|telling|said|say|saying|shared|share|talked|talk|admitted|opened ..2 anyone|anybody|someone|somebody|about|up|out|it|that',
    'never ..3 told|said|shared|talked|admitted ..2 anyone|anybody|nobody',
    // lead38 (probe): a client who feels the therapist is annoyed or tired of them.
    '(youre|you are|you were|you get|you got|you seem|you seemed|your) ..2 annoyed|mad|angry|upset|frustrated|tired|sick ..2 with|at|of ..1 me',
  ],
  es: [
    // Un tema para la sesión, como en inglés (lead26: "quiero hablar del divorcio en la proxima sesion" llegó a la agenda).
    'hablar|platicar|hablemos|platiquemos|trabajar|ver ..2 de|del|sobre|acerca ..2 mi|mis|el|la|los|las|lo ..1 divorcio|duelo|ansiedad|depresion|trauma|traumas|infancia|pasado|matrimonio|relacion|pareja|sentimientos|emociones|miedos|perdida|abuso|enojo|coraje|autoestima|cuerpo|adiccion|tomar|tristeza|separacion',
    'hablar|platicar|hablemos|platiquemos ..2 del ..1 divorcio|duelo|abuso|trauma|enojo|coraje|pasado|miedo',
    // Set cm (recall23, 2026-12-06): un juicio clínico pedido como logística: si es buena idea para el tratamiento o el
    // progreso bajar la frecuencia, pasar a video o hacer una pausa; si le afecta el cambio. ("¿le conviene a mi hijo
    // bajar a una vez al mes?" ya llega al clínico: nombrar "conviene" aquí retendría "¿me conviene pagar ahora?".)
    'buena|mejor|peor ..1 idea ..3 para ..1 mi|su|el|la ..1 tratamiento|progreso|salud|terapia',
    'mejor|peor ..3 para ..1 mi|su ..1 tratamiento|progreso',
    'me|le|nos|les ..1 afecte|afecta|afectaria|perjudica|perjudique|perjudicaria ..6 cambiar|bajar|dejar|pausar|saltar|video|virtual|telefono|menos|cada|progreso|tratamiento',
    'clinicamente|terapeuticamente',
    // No poder expresarse con el terapeuta (en otro idioma o del todo): asunto de la relación terapéutica.
    'expresar|expresarme|explicar|explicarme ..6 terapeuta|consejera|consejero|psicologa|psicologo|psiquiatra',
    'abrirme ..3 con ..2 mi|la|el ..1 terapeuta|consejera|consejero|psicologa|psicologo|psiquiatra',
    'gracias ..2 por ..1 todo',
    // Set ax (lead): how homework went, in Spanish ("como lo practicamos").
    'como ..1 lo ..1 practicamos|ensayamos|ensayé|practiqué|practique|ensaye',
    // La tarea de la terapia entre sesiones (el registro de pensamientos, el diario de emociones).
    'registro|registros|diario|hoja|hojas ..2 de ..1 pensamientos|emociones|exposicion|exposición',
    'grabar|grabarlas|grabarla|grabe|grabo|grabando|grabé ..3 sesion|sesiones|terapia|consulta|consultas',
    'terapia|terapeuta|sesion|sesiones & ayudando|sirve|incomoda|incomodo|juzgada|juzgado|confianza',
    'dejar|pausar ..2 la ..1 terapia',
    'cambiar ..2 de ..1 terapeuta',
    'me ..1 senti ..3 incomoda|incomodo|juzgada|juzgado|mal',
    'cambiar|pasar ..4 individual ..3 a ..2 pareja|familia',
    // Parity with English (admin13): a partner or a parent wanting to join a session ("mi esposo quiere venir a
    // una sesión conmigo"): whether it helps is the clinician's call.
    '{partner}|{family} ..3 quiere|quieren|queria|quisiera|quisieran|pidio ..3 venir|ir|entrar|acompanarme|estar ..4 sesion|sesiones|terapia|consulta',
    // Not being able to say what one feels (in English or at all: "en inglés no me sale decir lo que siento").
    'decir|expresar|explicar|contar ..2 lo ..1 que ..2 (siento|sentia|pienso|me pasa)',
    // How long a treatment takes (lead, 2026-12-05, parity with English): "¿cuántas sesiones necesito?", "¿cuánto
    // tarda el EMDR en funcionar?".
    'cuantas ..1 sesiones ..3 necesito|necesita|necesitamos|necesitan|tarda|dura|duran',
    'cuanto ..1 tiempo ..3 dura|tarda ..3 terapia|tratamiento|emdr|cbt|dbt|funcionar|mejorar|sentirme',
    'cuanto ..1 tarda|dura ..3 terapia|tratamiento|emdr|cbt|dbt|medicamento|medicina ..3 en ..1 funcionar|hacer|mejorar',
    // La tarea de la terapia con lo que pide: escribir en el diario, practicar (set cp, leido por sus fallos, lead24).
    'tarea|tareas ..4 journal|diario|escribir|practicar|ejercicio|ejercicios|respiracion|registro|terapia|sesion',
    // lead38 (set ea): algo contado por primera vez o nunca contado.
    'primera ..1 vez ..4 cuento|conte|comparto|comparti ..2 alguien|nadie|esto|eso|lo',
    'nunca ..3 contado|conte ..2 a ..1 nadie',
  ],
};
