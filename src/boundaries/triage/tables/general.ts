import type { TriageTable } from '../triage-category.js';

/**
 * Something of the desk's that does not work or cannot be got into: "the link isn't working", "the portal won't
 * load", "I can't log in to the portal", "no puedo entrar al portal". A plea for help beside one of these is a
 * plea about it (see sentence-accounting.ts).
 */
export const DESK_PROBLEMS = {
  en: [
    'link|portal|app|website|site|page|code|password|login|zoom|video|camera|audio|form|payment|buzzer|intercom|doorbell|gate|elevator ..3 isnt|wont|not|doesnt|didnt|cant|stopped ..1 working|work|load|loading|open|opening|connect|connecting|go|showing|show|turning',
    'cant|cannot|couldnt|unable ..2 log|login|access|open ..4 portal|link|app|account|zoom|session|website|site|telehealth|video|form',
    'cant|cannot|couldnt|unable ..2 get|sign ..1 in|into|on ..3 portal|link|app|account|zoom|session|website|site|telehealth|video',
    'portal|page|site|website|app|system|button|link|browser|safari|chrome|firefox|mic|microphone|camera|zoom ..3 wont|doesnt|didnt|not|isnt ..1 let|letting ..1 me|us',
    // Locked out, a reset or a code that never comes, an expired password, a forgotten login.
    'locked ..1 out ..2 of ..2 the|my ..1 portal|account|app|site|website',
    'password|reset|code|email|link|verification ..4 never|not|doesnt|wont|didnt|hasnt|isnt ..1 come|comes|came|coming|arrive|arrives|arrived|send|sending|sent',
    'password|code|link|login ..2 is|s|has|was ..1 expired|invalid|wrong|incorrect',
    'forgot|forget|lost ..2 my ..1 username|password|login|pin',
    // A link that goes to another meeting or to one that ended; a video or a call that froze (set at, admin9).
    'link|links|invite|invitation ..4 goes|go|takes|leads|went|sends ..4 meeting|session|call|room ..3 ended|expired|over|wrong|old|different',
    'video|screen|zoom|camera|call|audio|picture|app ..2 is|s|keeps|was|went|got ..1 frozen|freezing|glitching|lagging|froze|stuck',
    // Nothing heard or seen on a call: "can't hear anything on the video", "I can't see you".
    'cant|cannot|couldnt ..1 hear ..2 anything|you|her|him|them|audio|sound|anyone|doctor|therapist',
    // Whose end a problem is on: "it's just spinning. is it me or y'all?".
    'it ..1 me ..1 or ..1 you|yall|u|your|the|them|zoom|doxy',
    // An exception asked to a fee or a policy: "could you make an exception this once?".
    'make|making|made ..2 an ..1 exception',
    // No one to watch a child or to drive one: "can't get a sitter thursday".
    'cant|cannot|couldnt ..2 get|find ..2 a|any ..1 sitter|babysitter|ride|childcare|daycare|nanny',
    // A payment asked about: "did it come through?".
    'did|has ..1 it|that|payment|check|transfer ..1 come|go|gone ..1 through',
    'cant|cannot|couldnt ..1 see ..2 you|her|him|them|video|screen|camera|picture|doctor|therapist',
    // Admin13: a thing of the desk not found or not arriving ("I don't see the button anywhere", "page not found"):
    // the thing named, never "can't find it" alone ("I can't find it in me to keep going").
    'dont|do|cant|cannot|couldnt|not|didnt ..2 see|find|found|get|got|receive|received ..2 the|a|any|my|your ..1 button|link|form|forms|page|option|tab|email|emails|message|messages|invite|attachment|file|receipt|statement|text|texts|reminder|reminders',
    'page|site|file|link|meeting|session|room|user|account ..2 not ..1 found|supported',
    // lead33: the way in out of order ("the buzzer is dead", "the elevator's busted"), a host who has not started.
    'buzzer|intercom|doorbell|gate|elevator|elevators ..4 is|s|was|are|were ..2 broken|dead|out|busted|down',
    'host ..3 not|hasnt|hadnt|didnt ..2 started|start|joined|join|opened|open',
    // A call to the desk said ahead (lead33): "if I drop I'll call the office".
    'call|calling|text|texting|email ..2 the|your ..1 office|desk|front',
    // lead33: the way in not found ("can't find suite 204").
    'cant|cannot|couldnt ..2 find ..2 the|your|a ..1 entrance|door|office|suite|building|elevator|lobby|parking|lot',
    // Admin14 (set bf): a link or a text cut off on the screen; a video or a call that failed.
    'link|links|url|text|email|address|page|message ..4 is|was|got|gets|keeps|looks|seems ..1 cut ..1 off',
    'video|link|zoom|call|app|upload ..2 fails|failed|failing',
    // No one to watch a child or to drive one, said in two words ("no sitter thursday").
    'no ..1 sitter|babysitter|childcare|daycare|nanny|ride',
    // Admin15: a thing of the desk down for everyone or just the writer ("is it down for everybody or just me"); a
    // link, a code or an invite that expired; a microphone or a camera blocked; reminders that stopped coming.
    'it|its|portal|site|website|app|zoom|system|server|link|page|doxy ..2 down ..2 for ..1 everyone|everybody|anyone|anybody|you|yall|others|me',
    'link|code|invite|invitation|password|meeting|zoom|url ..4 expired|expires|expiring',
    'microphone|mic|camera|cam|audio|sound|speaker ..3 blocked|muted|disabled',
    // A link asked for (lead31, set dc): "what's the link for 3pm".
    'what|whats|where|wheres ..2 the|my|our ..1 link|zoom|url',
    'reminder|reminders|notification|notifications|invite|invites|confirmation|confirmations ..3 stopped|stop|never|not|arent|isnt|havent|didnt ..1 coming|came|come|arriving|arrived|showing|working',
    // Waiting on a host who is in another meeting ("zoom says host has another meeting in progress").
    'host ..3 another|other|different ..1 meeting|session|call',
    'meeting|session|call ..1 in ..1 progress',
  ],
  es: [
    'link|enlace|portal|pagina|app|aplicacion|codigo|contrasena|tarjeta|zoom|camara|microfono|audio|video|laptop|compu|computadora|celular|bocina ..3 no ..1 sirve|funciona|abre|carga|jala',
    // Admin14 (set bf): the thing named after the verb ("no me funciona el link"); the app's language.
    'no ..1 me|nos|le ..1 funciona|sirve|abre|carga|jala ..2 el|la|mi|los|las ..1 link|enlace|portal|pagina|app|aplicacion|zoom|camara|microfono|audio|video|codigo|contrasena',
    'idioma|lenguaje ..2 de|del|en ..2 app|aplicacion|portal|pagina|sitio|telefono|celular|mensajes|recordatorios',
    // Locked out of an account: "me bloqueé del portal", "mi cuenta está bloqueada".
    'me ..1 bloquee|bloquearon|bloqueo ..3 portal|cuenta|app|aplicacion|pagina',
    'cuenta|portal|usuario ..2 bloqueada|bloqueado',
    // Admin13: algo de la oficina que no llega o no se encuentra ("no me llegan los textos", "no encuentro el mensaje").
    'no ..1 me ..1 llegan|llega|llego|llegaron ..2 los|las|el|la ..1 textos|mensajes|correos|recordatorios|enlace|link|codigo|correo|mensaje|recordatorio',
    // lead33: the way in not found ("no encuentro la entrada").
    'no ..1 encuentro|encontre|encontramos|veo|hallo ..2 el|la|los|las ..1 entrada|puerta|oficina|edificio|consultorio|suite|elevador|estacionamiento|parqueo',
    'no ..1 encuentro|encontre|veo ..2 el|la|los|las ..1 mensaje|correo|enlace|link|boton|formulario|pagina|recibo|archivo',
    // A call that drops or cannot be heard: "se me cayó la conexión", "se oye todo cortado", "¿se me escucha?".
    'se ..1 me|nos|le ..1 cayo|cae ..2 la|el ..1 conexion|internet|llamada|videollamada|sistema|senal|wifi|red|pagina|zoom',
    'se ..1 cayo|cae ..2 la|el ..1 conexion|internet|llamada|videollamada|sistema|senal|wifi|red|pagina|zoom',
    'se ..1 oye|escucha|ve ..2 cortado|cortada|entrecortado|entrecortada|congelado|congelada',
    'no ..1 se ..1 oye|escucha ..2 nada ..2 en ..2 llamada|videollamada|zoom|sesion',
    'se ..1 me ..1 escucha|oye|ve ..2 bien|ahora|a ..1 mi',
    'no ..1 puedo|pude|puede|podemos ..1 entrar|acceder|abrir|conectarme|conectar|ingresar ..3 portal|link|enlace|pagina|app|aplicacion|cuenta|zoom|sesion|video',
    // "el portal no me deja", "no me deja entrar al portal": the thing that will not let one in is named.
    'portal|pagina|app|aplicacion|sistema|link|enlace|boton ..3 no ..1 me|nos ..1 deja|dejo',
    'no ..1 me|nos ..1 deja|dejo ..2 entrar|pagar|acceder|abrir|iniciar|subir|firmar|mandar|enviar|escribir ..3 portal|pagina|app|aplicacion|sistema|cuenta|link|enlace|zoom|sesion|saldo|balance',
    // Admin15: the twins ("la liga del zoom dice que expiró", "el micrófono está bloqueado", "¿se cayó para todos?").
    'link|enlace|liga|codigo|contrasena|reunion ..4 expiro|expirado|expirada|vencio|vencido|vencida|caduco|caducado',
    'microfono|camara|audio|bocina ..3 bloqueado|bloqueada|silenciado|silenciada',
    'portal|pagina|app|aplicacion|sistema|zoom|link|enlace ..3 caido|caida|cayo ..3 para ..1 todos|mi',
  ],
} as const;

// The practice's topics, one word each: what a question to the desk is about ("where do I park?", "¿tienen
// intérprete?"). In a message that asks nothing they are logistics words only, never a request (see
// sentence-accounting.ts): "the door's locked and she said she'd be done with all this" asks nothing.
const TOPIC_PLACES =
  'parking|park|address|location|located|directions|office|offices|hours|open|closed|holiday|wheelchair|accessible|accessibility|elevator|bathroom|restroom|lobby|waiting|fax|website|phone|number|email|newsletter|referral|referrals|refer|door|doors|entrance|entrances|building|floor|suite|stairs|ramp|exit|languages|language|hiring|job|jobs|career|careers|position|positions|internship|resume|volunteer';
const TOPIC_LANGUAGE = 'interpreter|interpreters|translator|translators|interpretation|translation';
const TOPIC_FEEDBACK = 'feedback|complaint|complaints|compliment|compliments|review|survey';
const TOPIC_PLACES_ES =
  'estacionamiento|oficina|direccion|ubicacion|horario|abierto|abierta|cerrado|cerrada|fax|telefono|numero|pagina|elevador|bano|donde';
const TOPIC_ENTRANCES_ES = 'entrada|entradas|rampa|escaleras';
const TOPIC_LANGUAGE_ES = 'interprete|interpretes|traductor|traductora|traduzca|traducir';
const TOPIC_PARKING_ES =
  'parqueo|parqueadero|parqueaderos|aparcamiento|parquear|parqueo|estacionar|estaciono';

/** The desk's one-word topics, English and Spanish (a request only in a message that asks a question). */
export const DESK_TOPICS: readonly string[] = [
  TOPIC_PLACES,
  TOPIC_LANGUAGE,
  TOPIC_FEEDBACK,
  TOPIC_PLACES_ES,
  TOPIC_ENTRANCES_ES,
  TOPIC_LANGUAGE_ES,
  TOPIC_PARKING_ES,
];

/** General questions about the practice: where it is, when it is open, who it sees, what it offers. */
export const GENERAL: TriageTable = {
  label: 'general',
  en: [
    TOPIC_PLACES,
    'new ..1 clients|patients',
    'accepting|taking ..2 new|clients|patients|referrals',
    'do ..1 you ..1 offer|see|have|take|accept|treat|work|do|provide',
    'does ..2 dr|doctor|anyone|someone ..2 offer|see|work|speak|do',
    'service ..1 dog|animal',
    'waiting ..1 room',
    'front ..1 desk',
    // Language access: a clinician, an interpreter or a translator in the client's language.
    'speak|speaks|speaking ..1 spanish|english|vietnamese|chinese|mandarin|cantonese|korean|russian|arabic|french|portuguese|tagalog|hindi|urdu|polish|creole|haitian|italian|german|japanese|farsi|persian|somali|amharic|asl|sign|ukrainian|bengali|punjabi|hmong|khmer|thai|greek|hebrew|turkish|swahili',
    TOPIC_LANGUAGE,
    // A voicemail box that is full; masks at the office; a session that starts on time.
    'mailbox|voicemail|inbox|box ..2 is|was|s ..1 full',
    // A charge explained: "can someone explain what it's for", "explain this bill". Never a why (a feeling can
    // stand in a request's clause: "can someone explain why I feel this way").
    'explain ..2 the|this|that|my ..1 bill|bills|charge|charges|statement|eob|balance|fee|fees|invoice|copay|letter',
    'explain ..1 what ..1 it|its|this|that ..1 is|s|for|means',
    'wear|wearing|wears ..2 mask|masks',
    'mask|masking|covid|vaccination|vaccine ..1 policy|policies|required|requirement',
    'be|running|start|starts|started|begin|begins ..1 on ..1 time',
    // A message passed on to the clinician about a session's logistics, a link the same as before.
    'please|pls|can|could ..2 remind|tell|let ..1 dr|doctor|therapist|counselor|her|him|them ..3 that|know',
    'same ..1 link|time|room|zoom|place|address',
    'reset ..2 password',
    // Which one to give, what platform is used: "which one do I give you?", "what platform do you use?".
    'which ..2 one|card|insurance ..2 do|should ..1 i|we ..1 give|send|use',
    'what|which ..1 platform|app|program ..3 do|does ..1 you|u|it ..1 use',
    // Something sent again or anew: "could you send a new one?", "can you resend it?", "send me another".
    'can|could|would|will ..1 you|u|someone ..1 send|resend|email|text ..2 a|another|me ..1 new|one|another|again',
    ...DESK_PROBLEMS.en,
    // Asked to be sent or helped with something of the desk's: "shoot me a text", "can you help me pay".
    '{shoot}|send|drop|text ..1 me|us ..2 a|an|the ..1 text|email|message|line|link|note|call|reminder',
    'help|helping ..1 me|us ..1 pay|log|login|reset|sign|fill|schedule|book|reschedule|cancel|upload|update|access|print|submit',
    // Asked to look into something, to provide or send it; not heard back.
    'look|looking|check|checking ..1 into|at|on ..1 it|this|that|my|the',
    'can|could|would ..1 you|someone|somebody ..2 provide ..2 that|this|it|one|me|us',
    'havent|not|never|didnt|hasnt ..2 heard|hear|gotten ..1 back',
    // A charge not recognised: "I don't recognize this charge".
    'dont|do|not|didnt ..1 recognize|recognise ..2 it|this|that|the ..1 charge|charges|payment|bill|amount',
    'call|text|email|reach|contact|called|texted|emailed ..1 me|you|back',
    TOPIC_FEEDBACK,
    'leave|write|post|give ..2 a|an|my ..1 review|rating|feedback|comment|compliment',
    // Following up on something asked before: "just following up on my records request".
    'following|follow|followed|follows up ..1 on|about|with|regarding|re',
    // Follow-ups: did you get it, is it fixed, any update.
    'did|have|has ..1 you|u|anyone|someone ..1 get|got|receive|received|see|seen|check|checked|fix|fixed|send|sent',
    'is|was|are ..1 it|that|this|they ..1 fixed|working|ready|done|open|sent|received|back|available',
    'any ..1 update|updates|news|word',
    'still ..1 seeing|taking|accepting|practicing|working|available|open',
    // Someone of the practice still there ("are you still there?", "is Dr. Park still here?"), never the writer: "I'll
    // be there if I'm still here, ha" is the writer's own being, not an enquiry (recall22, set ck: it reached staff).
    'you|u|ya|yall|she|he|they|dr|doctor|therapist|office|practice|anyone|anybody|someone|somebody|is|are|r ..2 still ..1 here|there',
    'what|which ..1 dates|days|times|hours',
    'get|getting ..1 started',
    'primary ..1 care|doctor',
    'back ..2 from ..1 leave|vacation|maternity|paternity|medical',
    // Parking validation, a preferred name, something left behind at the office.
    'validate|validation|validated|validating ..4 parking|garage|ticket|lot|for',
    'preferred ..1 name|names|pronouns|email|phone|number|contact|language',
    'left|forgot|lost|dropped|misplaced|found ..4 umbrella|jacket|coat|sweater|sweatshirt|hoodie|scarf|hat|gloves|bag|purse|wallet|glasses|sunglasses|keys|bottle|charger|headphones|earbuds|book|notebook|mug|cup|toy',
    // Who one sees at the practice: "I've been seeing Dr. Amari for two years".
    'been|started|start|starting|keep|still|began ..1 seeing ..1 dr|doctor|ms|mr|mrs|mx|you|your',
    'i|he|she|we|they|who|also|both ..1 see|sees ..1 dr|doctor|mr|ms|mrs|mx|miss',
    // How a name is spelled: "is Dr. Lin's last name spelled L-I-N?", "how do you spell her name?".
    'name|names ..2 spelled|spelt|spelling',
    'how ..3 spell|spelled|spelt',
    // A map that sends one to the wrong place: "the Google Maps pin puts me at a Dunkin" (set at, admin9).
    'google|gps|waze|maps|map|pin ..3 puts|put|sends|sent|takes|took ..2 me|us ..2 at|to|in',
    // Taking back an earlier message: "please ignore my last email".
    'ignore|disregard ..3 message|messages|email|emails|text|texts|voicemail',
    // Admin15: when the office closes or opens ("what time yall close"); a detail wrong on a document ("theres a
    // wrong date of birth on my visit summary").
    'what|when ..1 time ..3 close|closes|closing|open|opens|opening',
    'wrong|incorrect|misspelled|old ..3 date ..2 of ..1 birth',
    'date ..2 of ..1 birth|dob ..3 wrong|incorrect|off|misspelled',
    // A parking permit; the browser to use; what to bring; a notice that was short.
    'lot|garage|parking ..3 permit|permits',
    'permit|permits ..1 only|parking|required',
    'which|what ..1 browser ..3 use|should|need|works|best',
    'should|can|do ..2 bring ..2 sweater|jacket|coat|blanket|water|snack|snacks|laptop|headphones|id|card|insurance|book',
    'short|late ..1 notice',
    // A bus near the office; no signal where one is ("im on a ship with zero signal until wednesday").
    'bus|train|subway|metro|shuttle ..4 office|near|nearby|stop|close',
    'no|zero|bad|spotty|weak ..1 signal|wifi|reception|internet|cell',
    // A code or a reminder that goes to an old address ("the 2fa code keeps going to my old email"); a text from the
    // practice's number not recognised.
    'going|goes|went|coming|comes|sent|sending ..1 to ..2 my|an|the ..1 old|wrong|former|previous ..1 email|number|phone|address',
    'text|call|message|email|voicemail ..2 from ..2 this|your|the ..1 number',
    // Admin16 (2026-12-06): "it" done by a means of the desk, said in the same breath ("can I do it in my browser",
    // "can I do it in the portal", "do it when I come in"): the means says what "it" is. A bare "do it" with a time
    // stays unclear (unclear-references.ts); so does "do it in my car" or "when I get there".
    'do|doing|fill|sign|finish ..1 it|this|that|them ..1 in|on|through|from|via|over|using ..2 the|my|a|your ..1 portal|browser|app|website|site|computer|laptop|office|lobby|zoom|chrome|safari|email',
    'do|doing|fill|sign|finish ..1 it|this|that|them ..1 in|at ..2 the|my|our ..1 waiting|front|next ..1 room|desk|session|appointment|appt|visit',
    'do|doing|fill|sign|finish ..1 it|this|that|them ..1 online|electronically|digitally',
    'do|doing|pay|split ..1 it|this|that|them ..1 in|into|over ..1 {number}|{number_word}|two|three|four ..1 payments|installments|parts|chunks|months',
    'do|doing|fill|sign|finish ..1 it|this|that|them ..1 when ..1 i|we ..1 come|check ..1 in',
  ],
  es: [
    TOPIC_PLACES_ES,
    'hablan|habla ..1 espanol|ingles',
    'aceptan|atienden|tienen|ofrecen',
    'recibieron|recibio|recibiste|llego|llegaron|arreglaron|arreglado',
    // Opening hours, the language spoken, a link that does not work, something left behind.
    'a ..1 que|q|k ..1 hora ..3 abren|abre|cierran|cierra|empieza|empiezan|es|son',
    // Which days or hours someone is in: "¿q días tiene la enfermera?", "¿qué horarios tienen?".
    'que|q|k|cuales ..1 dias|horarios|horas ..2 tiene|tienen|atiende|atienden|viene|vienen|hay|abren|trabaja|trabajan',
    // Where things are in the building: the entrance, a ramp, the floor of the office ("¿la oficina es en el
    // segundo piso?", "¿en qué piso están?"). A floor only beside the office: on its own it is a height.
    TOPIC_ENTRANCES_ES,
    'silla ..2 ruedas',
    'oficina|oficinas|consultorio|clinica ..4 piso|pisos',
    'piso ..4 oficina|oficinas|consultorio|clinica|recepcion|elevador',
    'en ..1 que|q|k|cual ..1 piso',
    // How to get there by bus or train: "¿qué línea de bus me deja más cerca?".
    'que|q|k|cual ..1 linea|ruta|camion|autobus|bus|metro ..4 deja|llega|pasa|tomo|agarro',
    // Which one to give: "Tengo dos seguros, ¿cuál les doy?".
    'cual|cuales ..2 les|le ..1 doy|damos|mando|mandamos|paso|pasamos|envio|enviamos',
    // What platform is used: "¿q plataforma usan? ¿zoom?".
    'que|q|k|cual ..2 plataforma|programa|aplicacion|app|navegador ..2 usan|usa|utilizan|ocupan|necesito|descargo',
    // How something is requested: "¿cómo se solicita?", "¿cómo lo solicito?", "¿dónde se tramita?".
    'como|donde ..2 se|lo|la|las|los ..1 solicita|solicito|solicitan|tramita|tramito|consigue|consigo|obtiene|obtengo',
    'abren|abre|cierran|cierra ..3 {weekday}|sabados|domingos|hoy|manana|temprano|tarde|feriado|feriados|fiestas|navidad|festivo|festivos|diciembre|vacaciones',
    'hablar|hablo|habla|hablan|hablamos|hable|hablen|abla|ablan ..4 espanol|ingles',
    TOPIC_LANGUAGE_ES,
    'sala ..1 de ..1 espera',
    ...DESK_PROBLEMS.es,
    // Who can help with a question about an account: "¿quién me puede ayudar?".
    'quien|alguien ..2 me|nos ..1 puede|pueden|podria ..1 ayudar|atender|explicar',
    // Following up: "¿alguna novedad?", "¿hay noticias de mi reclamo?".
    'alguna|algun|hay|tienen ..1 novedad|novedades|noticia|noticias|actualizacion',
    // Asked for more than once: "ya lo pedí 4 veces".
    'lo|la|los|las ..1 pedi|pedimos|solicite|solicitamos ..2 {number}|dos|tres|cuatro|varias|muchas ..1 veces',
    // Told one would be called: "me dijeron que me llamarían pero nada".
    'me ..1 dijeron|dijo ..1 que ..1 me ..1 llamarian|llamaria|avisarian|avisaria|mandarian|mandaria|contactarian',
    // Being called: "¿me pueden llamar?", "mejor me llaman al teléfono de la casa".
    'me|nos ..1 pueden|puede|podrian|podria ..1 llamar|marcar|regresar ..1 la ..1 llamada',
    'me|nos ..1 pueden|puede|podrian|podria ..1 llamar|marcar',
    'me|nos ..1 llaman|marcan|marcas|regresan',
    'pregunta|preguntas|duda|dudas ..2 sobre|de|acerca ..2 mi|la|el|mis ..1 cuenta|factura|cita|pago|seguro|saldo|cobro|recibo',
    // A map that sends one elsewhere; asking to be called; reading a language (set at, admin9).
    'google|gps|waze|mapa|pin ..3 me|nos ..1 manda|mando|lleva|llevo|pone|puso ..2 a|en',
    'me|nos ..1 pueden|puede|podrian|podria ..1 llamar|marcar|hablar',
    'leo|escribo|entiendo|hablo ..3 bien ..2 ingles|espanol',
    'olvide|olvido|deje|perdi|dejo ..4 sueter|chamarra|chaqueta|abrigo|paraguas|sombrilla|bolsa|cartera|lentes|llaves|cargador|audifonos|libro|termo|botella',
    // Admin15: parking and the bus stop in the words of the Caribbean and Central America ("el parqueo de atrás está
    // lleno", "¿cuál parada me queda más cerca?").
    TOPIC_PARKING_ES,
    'parada|paradas ..4 cerca|bus|camion|autobus|metro|queda|oficina|guagua',
    'queda ..2 cerca ..3 guagua|parada|metro|bus|camion|autobus',
    // The heating or the air in the waiting room ("¿pueden subirle a la calefacción?").
    'calefaccion|aire|clima ..3 subir|subirle|bajar|bajarle|prender|apagar|prendan|apaguen|suban|bajen',
    // Which building, which floor, a lot that is full ("¿cuál edificio es?", "es en el segundo piso", "el lot de
    // enfrente está lleno"), a charge for not coming ("¿hay cargo por no llegar?"). Not whether a group is held in
    // Spanish: joining a group is the clinician's ("¿la terapia en grupo es en español? me gustaría ir").
    'cual|que|q ..1 edificio',
    'primer|primero|segundo|tercer|tercero|cuarto|quinto ..1 piso',
    'lot|parqueo|estacionamiento|parking ..4 lleno|llena',
    'cargo|cargos|cobran|cobro ..2 por ..2 no ..1 llegar|venir|ir|asistir|presentarme',
    'subir|subirle|bajar|bajarle|prender|apagar|prendan|apaguen|suban|bajen ..3 calefaccion|aire|clima',
    // Admin16: "lo" o "la" hecho por un medio del consultorio ("lo puedo hacer en el portal", "¿lo hago en línea?").
    'hacerlo|hacerla|hago|hacemos|llenarlo|llenarla|firmarlo|firmarla ..2 en|por|desde ..2 el|la|mi ..1 portal|pagina|aplicacion|app|computadora|compu|oficina|recepcion|linea|correo',
    'lo|la ..1 hago|hacemos|lleno|firmo ..2 en|por|desde ..2 el|la|mi ..1 portal|pagina|aplicacion|app|computadora|compu|oficina|recepcion|linea|correo',
    'lo|la ..1 puedo|podemos|puede|pueden ..1 hacer|llenar|firmar|pagar|mandar ..2 en|por|desde|con ..2 el|la|mi ..1 portal|pagina|aplicacion|app|computadora|compu|oficina|recepcion|linea|correo|efectivo|tarjeta',
    'lo|la ..1 puedo|podemos|puede|pueden ..1 hacer|llenar|firmar|pagar|mandar ..1 en|por|con ..1 linea|efectivo|tarjeta|cheque|zelle|venmo',
  ],
};
