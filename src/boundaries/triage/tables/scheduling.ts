import type { TriageTable } from '../triage-category.js';

/** Scheduling: booking, moving, cancelling or confirming a session, telehealth links, the waitlist. */
export const SCHEDULING: TriageTable = {
  label: 'scheduling',
  en: [
    // Fitting someone in at a time: "thank you for squeezing me in last week" (never an act on a person: a time
    // or a turn of the desk follows).
    // A visit one cannot make, the visit named ("can't do tomorrow", "she won't make her 3pm"; never "make it", which
    // can be a life: "I won't make it to Friday").
    'cant|cannot|couldnt ..1 do ..1 {weekday}|today|tomorrow|tonight|{time}',
    // A day or a time to move, named right after the verb: "need to move Monday 9am".
    'move|moving|push|pushing|bump|bumping|reschedule|rescheduling|switch|change {weekday}|{time}|tomorrow|today|tonight',
    'wont|cant|cannot|couldnt ..1 make ..1 my|her|his|the|our ..1 {time}|{number}|{weekday}|appointment|appt|session',
    'thank|thanks|thx|ty ..2 for ..1 squeezing|fitting ..1 me|us|him|her|them ..1 in',
    // A day or a session asked about: "is Monday the 3rd still on?".
    '{weekday}|appointment|appt|session|sessions|visit|group ..3 still ..1 on|happening|scheduled',
    'squeeze|squeezing|squeezed|fit|fitting ..1 me|us|him|her|them ..1 in ..1 {weekday}|{time}|today|tomorrow|this|next|last|earlier|sooner|for|on|at|before|after|again|somewhere|anywhere|sometime',
    'appointment|appointments|appt|appts|apt|apointment|session|sessions|booking|book|booked|rebook|rebooked|rebooking|schedule|scheduled|scheduling|reschedule|rescheduled|rescheduling|resched|cancel|cancels|canceled|cancelled|canceling|cancelling|cancellation|confirm|confirming|confirmed|confirmation|availability|available|opening|openings|slot|slots|waitlist|intake|consult|consultation|telehealth|telemedicine|virtual|zoom|doxy|reminder|reminders',
    'wait ..1 list',
    // Put down or pencilled in for a time: "put me down for the 8am on the 5th", "put me down for every other monday".
    // A time or a slot follows ("put me down for good" is not one).
    'put|pencil ..1 me|us|him|her|them ..1 down|in ..1 for|on ..3 {time}|{number}|{weekday}|next|slot|slots|appointment|appt|session|every|same|earliest|first|last|morning|afternoon|evening',
    // Taking a slot offered: "is the 2:00 still available? I'd love to grab it".
    'grab|snag ..1 it|that|them|one',
    // Backing out of a time, in the words people text: "gotta bail on today", "bailing on our 3pm".
    'bail|bailing ..2 on ..2 today|tonight|tomorrow|tmrw|{weekday}|{time}|my|our|the|this|session|appointment|appt',
    // A time one can make, said plainly: "I can come Saturday", "I could come in on Tuesday", "any time works".
    // Never "do it" or "make it" (a plan's and a life's words): a day or a time follows the verb.
    'can|could ..1 come|make {weekday}|{time}|tomorrow|today|tonight|mornings|afternoons|evenings',
    'can|could ..1 come in|by|on|at {weekday}|{time}|tomorrow|today',
    'can|could ..1 come in|by on|at {weekday}|{time}',
    'any|anytime time|day|slot|morning|afternoon =work|=works',
    'anytime =work|=works',
    // Asking to be reminded: "can you remind me the day before?", "¿me pueden recordar por mensaje un día antes?".
    'remind ..1 me|us ..4 day|before|morning|night|text|email|call|appointment|session|week',
    'no ..1 show',
    'in ..1 person',
    'running|be|being|im|ill ..5 late|behind',
    '{number}|{number_word}|few|couple ..2 min|mins|minutes ..1 late|behind|early|away|out',
    'call|calling|dial|dialing ..1 in',
    'move|moving|push|pushing|bump|bumping|switch|switching|shift|change|changing ..3 my|our|the|it|to ..3 {time}|{number}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|time|am|pm|earlier|later|next|tomorrow|today|weekly|biweekly|video|virtual|telehealth|zoom|phone|online|remote',
    // A session pushed back or moved up by a time: "need to push back an hour", "bump it up 30 minutes".
    'push|pushing|bump|bumping|move|moving ..2 back|up ..2 an|a|half|{number}|{number_word} ..1 hour|hours|hr|hrs|min|mins|minutes|day|days|week',
    // A session held another way: "can we do video from Ohio?", "do it by phone", "podemos hacerlo por video".
    'do|doing|have|having ..1 video|telehealth|zoom|virtual|remote|online',
    // With the week it is for: "can we do zoom this week instead" (the "do … this" of a plan is then the request's).
    'do|doing|have|having ..1 video|telehealth|zoom|virtual|remote|online|phone ..1 this|that|next ..1 week|time|one|day|session',
    'do|doing|have|having ..2 it|this|that|the|our|my|session|appointment ..1 by|over|on|via|through ..1 video|phone|zoom|telehealth|facetime',
    // Not coming or making it on a day: "she can't come today", "can't make it tonight".
    // The day right after "it" or "in" ("can't make it tomorrow", "can't come in Friday"); "this" and "on" only with
    // the time they name: "can't make it in this life", "can't make it on my own" are not a day.
    'cant|cannot|wont|not|couldnt ..2 come|make|attend ..1 it|in today|tonight|tomorrow|{weekday}',
    'cant|cannot|wont|not|couldnt ..2 come|make|attend ..1 it|in this|on {weekday}|week|weekend|morning|afternoon|evening|time|session|appointment|appt|{time}|{number}',
    'cant|cannot|wont|not|couldnt ..2 come|make|attend ..1 it|in on the {number}|{time}',
    'cant|cannot|wont|not|couldnt ..2 come|make|attend ..1 it|in next week|weekend|{weekday}|time|session|appointment|appt',
    // A time one cannot make, named right after: "cant make 5pm", "I can't make today at 3".
    'cant|cannot|couldnt|wont make {time}|today|tonight|tomorrow|tmrw|{weekday}',
    // A time asked for around an hour or a day's fixed point: "I'd take anything before 8am", "anytime before noon",
    // "do I need anything else before the 12th?". Not a weekday (a plan is dated so).
    'anything|anytime|something|any|available|slot|slots|time|times ..2 before|after ..2 {time}|noon|lunch|work|school',
    'make ..1 it ..1 to ..2 my|the|your|our|his|her ..1 appointment|appointments|session|sessions|office|meeting|call|appt',
    'cant|cannot|wont|not|couldnt ..1 come ..1 today|tonight|tomorrow|{weekday}|in',
    // The earliest or latest one has: "what's the earliest you have next week?".
    'earliest|latest|soonest ..3 have|got|available|open|opening|openings|slot|slots|appointment|time',
    // Able to make it (to attend): "she won't be able to make it".
    'able ..1 to ..1 make ..1 it',
    'standing ..1 slot|appointment|time|session',
    'every ..1 other ..1 week',
    // A new cadence: "can we start doing biweekly?", "go to every other week", "switch to monthly".
    'start|starting|go|going|switch|switching|try|change ..2 doing|to|meeting ..1 biweekly|weekly|monthly|fortnightly|bimonthly',
    'video ..1 call|visit|session|link',
    'call ..1 link',
    'link ..3 session|call|appointment|zoom|video|tonight|today|tomorrow',
    'missed ..1 today|yesterday|my|our|the',
    'out ..1 of ..1 town',
    'same ..1 time',
    'what|any ..1 times',
    'earlier|later ..1 time|slot|appointment',
    // "Is there anything earlier that day?", "something later in the week".
    'anything|something ..1 earlier|later|sooner ..2 that|this|next|the|in ..1 day|week|morning|afternoon|evening|month',
    'next ..1 available',
    // lead31 (set db): a session's format asked for ("can we just do audio?", "could we switch to phone").
    'can|could ..1 we|i ..2 do|switch|try|use|go ..2 audio|phone|voice|video|zoom|telehealth|virtual ..1 only|instead|today|this|for',
    'can|could ..1 we|i ..2 do|switch|try|use|go ..2 audio|voice',
    // A day asked about (lead31, set dc): "do y'all have anything saturday?", "got anything tomorrow morning".
    'have|got ..1 anything|something|openings|spots|availability ..2 {weekday}|{time}|tomorrow|tmrw|today|tonight|earlier|sooner|later',
    'see ..1 you ..1 on|at|tomorrow|next|then',
    'pause ..3 until|for|sessions',
    'skip|skipping|miss|missing ..2 this|next|the|a|my|our ..1 week|session|appointment|one|time|{weekday}',
    // admin37 (2026-12-07): a day missed said with the day alone ("gonna miss today", "skipping tomorrow"); never
    // "tonight" (a time a plan is dated by).
    'skip|skipping|miss|missing ..1 today|tomorrow|tmrw',
    'meeting|zoom|video|call|session ..1 link|room|id|code|host',
    'instead',
    'be|get ..1 there ..3 {number}|minutes|mins|min|few|soon',
    'on ..1 my ..1 way',
    'come|start|meet|be ..2 at|by ..1 {number}|{time}',
    'start|end|finish ..2 {number}|min|mins|minutes ..1 later|earlier|early|late',
    'can|could|would ..1 we|i|you ..4 {weekday}|{time}|tomorrow|tmrw|tmr|today|tonight|morning|mornings|afternoon|afternoons|evening|evenings|week|later|earlier',
    'how|what ..1 about ..2 {weekday}|{time}|tomorrow|today|morning|afternoon|evening|next',
    'see|meet ..1 me|us ..4 {time}|{number}|{weekday}|am|pm|morning|afternoon|evening|mornings|afternoons|evenings',
    // Coming in, keeping or still having a time: "still okay to come in?", "am I still on for Thursday?".
    'come|coming|came ..1 in|by ..3 early|earlier|late|later|today|tomorrow|{weekday}|{time}|{number}|before|after|instead|still|okay|ok',
    'still ..3 on|okay|ok|good|set ..1 for ..2 {weekday}|{time}|{number}|tomorrow|today|tonight|next|this',
    'still ..3 on|okay|ok|good|set ..1 {weekday}|{time}|tomorrow|today|tonight',
    'keep|keeping ..2 my|our|the|his|her ..1 {weekday}|slot|spot|time|appointment|session|standing',
    // Off a list: "please take me off the waitlist".
    'take|taking|remove|removing ..1 me ..1 off|from ..2 waitlist|list|wait|calendar|schedule|texts|emails|reminders|mailing',
    // A time asked about or confirmed: "is it tomorrow at 2?", "was it today at 10?".
    'is|was ..1 it ..2 tomorrow|today|{weekday} ..2 at ..1 {number}|{time}',
    // A time offered as one that suits: "Mondays work?", "would Thursday at 4 work", "any weekday after 4 works".
    // The verb right after the time, as written (not "working"): "Friday, I'm working doubles" is not one.
    '{weekday}|{time}|{number}|mornings|afternoons|evenings|tomorrow ..1 =work|=works|=suit|=suits',
    // Or said to be better: "Mornings are better for me", "Tuesdays would be best".
    '{weekday}|{time}|mornings|afternoons|evenings|weekends|weekdays|tuesdays|mondays|wednesdays|thursdays|fridays|saturdays|sundays ..2 are|is|would|be|work ..1 better|best|easier ..2 for ..1 me|us|him|her',
    // Admin15, by kind. A pause on the sessions until a time ("need to pause til january"); never "hold on until"
    // (a life's words): the sessions or a time are named after the verb.
    'pause|pausing|paused ..3 til|till|thru|through|appointments|appts|therapy|visits',
    // A slot held or saved ("can you hold my spot", "save my tuesday slot"), and kept until one is back ("keep my
    // thursday spot when i come back"): the return is read only after a slot held, never alone ("I'm not coming back").
    'hold|holding|save|saving ..2 my|our|the|his|her|this|that ..1 {weekday}|spot|slot|time|appointment|appt|session|standing',
    'keep|keeping|hold|holding|save|saving ..3 spot|slot|time|appointment|appt|session|standing ..2 when|til|till|until|once|while ..1 i|we|she|he|they|im|were ..1 come|comes|get|gets|am|m|are|is|s ..1 back',
    // Whether one missed a time ("did i miss my 2pm", "did she miss her appointment"): the time or the session named.
    'did|have|has ..1 i|we|she|he|they ..1 miss|missed ..2 my|the|our|her|his|a|an|this|that|today|todays ..1 {time}|{weekday}|appointment|appointments|appt|session|call|slot|intake|zoom|one',
    // Whether the clinician is away for a time ("is my therapist out all of december", "is dr lee out next week",
    // "is she on leave"), and who covers.
    'therapist|counselor|counsellor|doctor|dr|np|provider|clinician|prescriber|psychiatrist ..3 out|away|off ..3 {weekday}|week|weeks|month|months|january|february|march|april|june|july|august|september|october|november|december|holidays|holiday|today|tomorrow|until|til|till|through|all|next|this',
    'therapist|counselor|counsellor|doctor|dr|np|provider|clinician|prescriber|psychiatrist ..3 on|going|goes|go ..2 vacation|leave|maternity|paternity|holiday|break|sabbatical',
    'who|whos|who s ..2 covering|cover|covers ..2 for|her|his|their ..1 clients|patients|caseload|sessions|appointments',
    // Leaving the waitlist or the practice for a provider found elsewhere ("take me off the waitlist i found someone
    // closer to home", "found a therapist in network"): the provider or what suits about them is named.
    'found|got|find ..1 someone|somebody|another|a ..2 closer|nearer|cheaper|therapist|counselor|provider|practice|psychiatrist|clinic|network',
    // A time confirmed as a question ("is it next monday", "is mine this thursday?").
    'is|was ..1 it|mine|ours|that ..1 next|this ..1 {weekday}|week',
    // When one is next in, asked short ("when am i coming in", "whens my next one again"); a day and an hour said
    // alone ("tues at 7pm"); still fine to come in.
    'when|whens ..3 coming|come ..1 in',
    'when|whens ..2 my ..1 next ..1 one|appointment|appt|session|visit',
    '{weekday} ..1 at ..1 {number}|{time}',
    'still ..2 okay|ok|good|fine ..2 to ..1 come ..1 in',
    // A week skipped and picked back up ("can we skip and pick back up next tuesday", "do we just pick up next week").
    'skip ..3 do|pick|next ..2 two|back|up|week|{weekday}',
    'pick|picking ..1 back|it ..1 up ..2 next|{weekday}|after|week|time|session',
    'pick|picking ..1 up ..1 next ..1 week|time|session|{weekday}',
    // Hopping on a call ("can i still hop on if theres time left", "happy to hop on a call this week").
    'hop|hopping ..1 on|in ..3 call|zoom|video|link|session|if|now|early|late|this',
    // Which days a clinician is in ("is the np in on fridays"); a day one will be there ("ill be there tuesday").
    'therapist|counselor|doctor|dr|np|provider|clinician|prescriber|psychiatrist|nurse ..1 in ..1 on ..1 {weekday}',
    'ill|i|well|we ..2 be ..1 there ..2 {weekday}|tomorrow|today|{time}',
    // Arrived and waiting at the practice (lead33): "I'm in the lobby", "we're in the waiting room".
    'im|i|were|we ..2 in|at ..1 the|your ..1 lobby|waiting|reception|front',
    // Joining by another device (lead33): "I'll join on my phone", "i'll be on my phone today".
    'join|joining|be|call|calling ..3 on|from ..1 my ..1 phone|cell|laptop|computer|tablet|ipad',
    // Almost there (lead33): "there in 2", "pulling into the parking garage now".
    'there|here ..1 in ..1 {number}|{number_word}|a ..1 few|sec|min|minute|mins|minutes',
    'pulling|pulled ..1 in|into|up ..3 lot|garage|parking|building|office',
    'be|coming ..1 right ..1 up|there|in|down|over',
    // A part of the day or the week asked for ("do you guys have night appts"), a holiday week ("something the week
    // after thanksgiving"), a conflict at a time ("i might have a conflict next week"), the only time one is free.
    'night|nights|evening|evenings|weekend|weekends|morning|mornings|saturday|sunday ..1 appts|appointments|sessions|hours|slots|openings',
    'week ..2 after|before|of ..1 thanksgiving|christmas|easter|passover|hanukkah|new|spring|labor|memorial|july',
    'have|got|had ..2 a ..1 conflict ..2 next|this|{weekday}|tomorrow|today|that|then|on|at',
    'only ..1 time ..2 im|i ..1 free|available|off',
    // A ride from family ("my grandson is going to drive me thursday").
    '{family}|{child}|{partner}|grandson|granddaughter|son|daughter|husband|wife|friend|neighbor ..3 drive|driving|drives ..1 me|us ..2 {weekday}|tomorrow|today|there|in|to',
    // Slept through or mixed up a time ("i totally slept through my appt", "i got my days mixed up").
    'slept ..1 through|thru|past ..2 my|the|our|her|his ..1 appt|appointment|session|alarm|{time}',
    'days|times|dates ..1 mixed ..1 up',
    // A pick-up at a time ("ill be picking her up at 4 50").
    'picking|pick|picked ..1 her|him|them ..1 up ..2 at ..1 {number}|{time}',
    // A time asked for by chance ("any chance of a 6pm today"); an alarm that failed ("alarm didnt go off").
    'any ..1 chance ..2 of|for|at ..1 a|an ..1 {time}|{number}',
    // lead27: a day or a part of the day asked for by chance ("any chance of Monday after 4?").
    'any ..1 chance ..2 of|for|at|on ..1 {weekday}|morning|mornings|afternoon|afternoons|evening|evenings|earlier|later|weekend|tomorrow|today',
    'alarm|alarms ..2 didnt|did|not|never|doesnt ..2 go|went|ring|rang ..1 off',
    // admin23 (2026-12-06): a new client asking to start (the request's own subject, as new writers put it: "I want to
    // start therapy", "looking to begin counseling", "ready to start seeing someone"). Why one wants to is read as usual
    // ("…because I don't want to be alive anymore" is a crisis).
    'want|wanting|like|looking|hoping|ready|trying|need ..2 to ..1 start|begin|restart ..2 (therapy|counseling|counselling|sessions|seeing someone|seeing a therapist|seeing a counselor)',
    // admin38 (2026-12-07): a shift swapped or a formation called that moves a session ("switched shifts w a coworker",
    // "got called into a last minute formation"): the work is named, "w" as texted for "with".
    'switched|swapped|traded|switching|swapping|trading ..1 shifts|shift|days ..2 with|w ..2 a|my ..1 coworker|coworkers|someone|friend',
    'called|pulled ..1 into|in|for ..1 a|an ..3 formation|meeting|drill|shift|training|briefing',
    // A first assessment or an intake booked for someone ("I'd like to schedule my son for an assessment").
    'schedule|book ..4 for ..2 an|a|the ..1 assessment|intake|evaluation|eval',
  ],
  es: [
    'cita|citas|sesion|sesiones|consulta|turno|reprogramar|reagendar|agendar|cancelar|cancelo|cancelacion|confirmar|confirmo|disponible|disponibles|horario|horarios|videollamada|llamada',
    // The persons a client writes the desk's verbs in ("¿reprogramamos?", "que me reagenden"), a reminder asked for,
    // and the cita spelt as it sounds in the Caribbean and Central America ("nesesito una sita").
    'reprogramamos|reprogramo|reprograman|reprogramen|reprogramarla|reprogramarlo|reagendamos|reagendo|reagendan|reagenden|reagendarla|reagendarlo|recordatorio|recordatorios|sita|sitas',
    // Moving a session to a day or a time, the session named by a pronoun: "¿me cambias al miércoles?", "me podés
    // mover para la próxima semana", "¿la pasamos a la tarde?", "¿me recorren a las 5?".
    'me|nos|la|lo ..2 cambias|cambian|cambia|cambie|cambien|cambiar|cambiamos|mover|mueves|mueven|muevan|movemos|pasas|pasan|pasen|pasar|pasamos|recorren|recorres|recorrer|adelantan|adelantas|adelantar|atrasan|atrasas|atrasar ..4 {weekday}|manana|tarde|tardes|{time}|{number}|semana|proxima|proximo|temprano|hora|dia',
    'cambiarla|cambiarlo|cambiarme|moverla|moverlo|moverme|pasarla|pasarlo|pasarme|recorrerla|recorrerlo|adelantarla|adelantarlo|atrasarla|atrasarlo ..4 {weekday}|manana|tarde|tardes|{time}|semana|proxima|proximo|temprano|hora|dia',
    // A time asked about or confirmed: "¿es mañana a las 2?", "¿era hoy a las 10?", "¿cuándo hay otra?".
    'es|era|seria ..2 manana|hoy|{weekday} ..2 a ..1 la|las ..1 {number}|{time}',
    'cuando ..1 hay ..1 otra|otro|espacio|lugar|cita|citas|turno|turnos',
    // A day one cannot make, said plainly (admin14, set bf; parity with "can't do tomorrow"): "mañana no puedo".
    // Never "no llego" or "no voy" (not making it to a day, not being there: how a farewell is veiled).
    'manana|hoy|{weekday} ..1 no ..1 puedo',
    'no ..1 puedo ..1 manana|hoy|{weekday}',
    // A day or a time one can make, or that suits (lead31): "si puedo el jueves a las 3", "me queda bien el martes".
    'si ..1 puedo ..2 manana|hoy|{weekday}|{time}',
    // Nobody to watch a child (lead31): "no tengo quien la cuide", "no hay nadie que cuide a los niños".
    'quien|nadie ..3 cuide|cuida|cuiden|cuidar|cuidarla|cuidarlo|cuidarlos|cuidarlas',
    'me ..1 queda|quedan|sirve|sirven ..2 bien ..3 manana|hoy|{weekday}|{time}|{number}',
    // The waitlist: "llevo 3 semanas en la lista de espera".
    'lista ..2 espera',
    // A missed session made up: "¿cuándo me la pueden reponer?".
    'me|nos ..1 la|lo ..3 reponer|reponen|repone|reponerla|reponerlo',
    // A slot held: "¿me la guardan?", "¿me lo apartan hasta enero?".
    'me|nos ..1 la|lo ..1 guardan|guardas|guarden|apartan|apartas|aparten',
    // lead27 (set cw): "guardame el turno", "apártenme mi lugar".
    'guardame|guardeme|guardenme|guardanme|apartame|apartenme|apartame ..2 el|la|mi ..1 turno|lugar|cita|espacio|hora|horario',
    // Someone to watch a child: "no tengo quien me lo cuide" (the child named by a pronoun, never "me cuide").
    'no ..1 tengo|tenemos|hay ..2 quien ..2 me|nos ..1 lo|la|los|las ..1 cuide|cuiden|cuidara|cuidaran',
    'cambiar|mover|pasar ..3 la|mi ..1 cita|sesion',
    // Moving the sessions to another part of the day: "necesito cambiar todo a las mañanas" (set at, admin9).
    'cambiar|mover|pasar ..2 todo|todas|todos|citas|sesiones ..2 a|para ..1 las|los ..1 mananas|tardes|noches|{weekday}',
    'hacerlo|hacerla|hacer|hacemos|hacer ..2 por|en ..1 video|zoom|telefono|linea|llamada|videollamada',
    'llego|llegar|llegare|voy ..2 tarde',
    'en ..1 persona',
    'me|nos ..2 pueden|puede|podrian|podria ..1 recordar|avisar ..4 mensaje|texto|correo|llamada|whatsapp|dia|antes|cita',
    '{neg} ..1 voy ..1 a ..1 poder',
    'hay ..1 algo|espacio|lugar|disponible',
    'llegar|llego|llegare|voy|vamos ..4 tarde|tardecito',
    'minutos ..1 tarde',
    // Running late or on the way: "se me hizo tarde", "voy en camino, llego en 10".
    'se ..1 me ..1 hizo ..1 tarde',
    'voy|vamos|ando|estoy ..2 en ..1 camino',
    'llego|llegamos|llegare ..2 en ..2 {number}|minutos|minutitos|rato',
    'sigo|sigue ..1 teniendo|tengo ..1 cita|sesion|consulta',
    // A time that suits: "el jueves me queda mejor", "¿les funciona el lunes?".
    '{weekday}|{time}|mananas|tardes ..3 me|nos|les ..1 queda|quedan|funciona|funcionan|sirve|sirven',
    'me|nos|les|le|te ..1 queda|quedan|funciona|funcionan|sirve|sirven ..3 {weekday}|{time}|mananas|tardes',
    // Admin15, by kind (the English kinds' Spanish twins). Sessions paused ("¿pueden pausar mis citas?"), a slot
    // held ("¿me guardan mi lugar del jueves?"), a time missed ("¿se me pasó la cita?"), a clinician away ("¿la
    // doctora está de vacaciones?"), being put at a time ("¿me pueden poner más temprano?").
    'pausar|pausa|pausen|pause|pausamos|pausarlas|pausarlos|pausarla|pausarlo|suspender|suspendan|suspenda|suspendemos ..3 citas|cita|sesiones|sesion|terapia|consultas|hasta',
    'guardar|guardan|guarden|guardas|apartar|apartan|aparten|apartas ..2 mi|el|la|su ..1 lugar|espacio|horario|cita|hora|turno',
    'se ..1 me|nos|le ..1 paso|pasaron|olvido|olvidaron ..2 la|mi|las|mis|el ..1 cita|citas|sesion|consulta|turno|hora',
    'perdi|perdimos|perdio|falte|falto ..2 la|mi|el|a|su ..1 cita|sesion|consulta|turno',
    'terapeuta|doctora|doctor|psicologa|psicologo|consejera|consejero|licenciada|licenciado ..4 vacaciones|fuera|ausente|incapacidad|licencia|permiso',
    'me|nos|la|lo ..2 pueden|puede|podrian|podria|puedes|podes ..1 poner|anotar|apuntar ..3 {weekday}|temprano|tarde|manana|{time}|{number}|lista|semana|hora|antes|despues|mismo|misma|otra|otro|proxima|proximo',
    'me|nos|la|lo ..1 ponen|pone|pones|anotan|apuntan ..3 {weekday}|temprano|tarde|manana|{time}|{number}|lista|semana|hora|antes|despues|mismo|misma|otra|otro|proxima|proximo',
    'encontre|consegui|encontramos|conseguimos ..2 otro|otra|alguien ..2 terapeuta|psicologo|psicologa|consejera|consejero|clinica|cerca|barato|red',
    // A time confirmed ("¿sigue a las 10?", "¿sigo en la lista de espera?").
    'sigue|sigo|seguimos ..2 a ..1 la|las ..1 {number}|{time}',
    'sigo|sigue|seguimos|estoy|estamos ..3 lista ..2 espera',
    // A day back from a trip, a day one can make, a day asked for, being there ("volvemos el 5 de enero", "solo puedo
    // ese día", "¿se puede el otro lunes?", "sí, ahí estaré", "les aviso cuando regrese"). Never "ya no vuelvo".
    'volvemos|regresamos|vuelvo|regreso ..1 el ..1 {number}|{weekday}',
    'solo|nomas ..1 puedo|podemos ..3 {weekday}|dia|manana|tarde|{time}',
    'se ..1 puede ..3 {weekday}',
    'ahi ..1 estare|estaremos',
    'les|le ..1 aviso|avisamos ..2 cuando ..1 regrese|regresemos|vuelva|volvamos',
    // The twins: the day a clinician comes ("me dijeron que solo viene martes"), a session moved by an hour ("me
    // puede correr la cita una hora").
    'solo|nomas ..1 viene|vienen|atiende|atienden|esta|estan ..2 {weekday}',
    'correr|corre|corren|corres ..2 la|mi ..1 cita|sesion|consulta',
    // The only free day ("es mi único día libre del campo").
    'unico|unica ..1 dia|tarde|manana ..1 libre',
    // Next week said plainly, a shift that changed ("la semana que viene sí", "es q me cambiaron el turno").
    'la ..1 semana ..1 que ..1 viene',
    'me ..1 cambiaron|cambio ..2 el|mi ..1 turno|horario',
    // admin23: the same ("quiero empezar terapia", "mi papá quiere iniciar terapia", "es la primera vez que mi hijo va a
    // terapia").
    'quiero|quisiera|queremos|quiere|quieren|busco|buscamos|busca|gustaria|necesito|necesita ..2 empezar|iniciar|comenzar|tomar|retomar ..2 terapia|consulta|consultas|sesiones|consejeria',
    'primera ..1 vez ..5 terapia|consulta|cita|psicologo|psicologa|terapeuta',
  ],
};
