import type { TriageTable } from '../triage-category.js';

/** Courtesy: greetings, thanks, apologies, sign-offs. They explain their words; they ask nothing. */
export const COURTESY: TriageTable = {
  label: 'courtesy',
  en: [
    'hi|hello|hey|hiya|morning|afternoon|evening|thanks|thank|thx|ty|tysm|appreciate|appreciated|sorry|apologies|apologize|please|pls|plz|ok|okay|kk|alright|cool|great|perfect|awesome|sounds|good|fine|noted|cheers|regards|sincerely|best|blessings|bless|bye|cya',
    'youre|your|you ..2 welcome',
    'welcome ..1 back|packet|email|letter',
    'see ..1 you|ya|u',
    'have ..1 a ..1 good|great|nice|wonderful ..1 day|weekend|evening|night|one',
    'hope ..2 you|youre|all|everyone ..2 well|good|doing|great',
    'take ..1 care',
    'hate ..2 to ..1 do ..1 this|that',
    // Hating to bother or to switch: "hate to bug you again", "I'd hate to switch".
    'hate|hated ..2 to ..1 bother|bug|pester|ask|switch|change|cancel|reschedule|miss',
    'talk ..1 soon|later',
    // Season's greetings (lead31, set dc): "Merry Christmas from the Nguyens!".
    'merry|happy ..1 christmas|xmas|holidays|holiday|thanksgiving|hanukkah|kwanzaa|easter|new|birthday|bday',
    // How one is, understated (lead31, Upper Midwest): "not too bad here", "not half bad".
    'not ..1 too|half|so ..1 bad',
    'no ..1 worries|problem',
    'let ..1 me ..1 know',
    'just ..1 checking|wondering|wanted|letting',
    'quick ..1 question|q',
    'lifesaver|lifesavers|angel|angels|rockstar|rockstars|superstar|superstars|legend|legends',
    // admin23 (2026-12-06): a feeling about the process, said of a thing of the desk or the payer ("this portal is so
    // confusing", "I'm so confused by my EOB", "ugh the insurance", "so frustrating with this billing stuff"). The
    // thing is named in the clause: "so frustrating" or "I'm so confused" alone says nothing of what, and stays a
    // clinician's; what else the sentence says is read as usual ("ugh this portal, honestly I don't see the point
    // of anything anymore" is a crisis).
    // Only words that say how a thing reads or behaves, never one a life can be ("a mess", "a nightmare", "lost"), and
    // the thing right after ("so frustrated with life and these bills" is not read by them).
    'confused|confusing|frustrated|frustrating|annoyed|annoying|ridiculous|hieroglyphics ..1 by|about|with|at ..1 the|my|this|that|your|these|those|all ..1 {desk_thing}',
    '{desk_thing} ..1 is|are|was|were|s|so|super|really|very|kinda|pretty|just ..2 confusing|frustrating|annoying|ridiculous|hieroglyphics',
    'ugh|argh|ugh* ..2 the|this|that|my|these|your ..1 {desk_thing}',
    'lmk',
    // A short reply that acknowledges: "yes that works", "yep got it", "k", "10-4", "will do".
    'k|roger',
    'that|this|it|which|either|both ..1 works|work',
    'works ..1 for ..1 me|us',
    'got ..1 it|that|this|them|ya|you',
    'will ..1 do',
    '10 ..1 4',
    'ill|well|we|i ..1 be ..1 there',
    'will be there',
    'see ..1 you|ya|u ..1 then|there|soon|tomorrow|next',
    // A message sent to the wrong person, or from someone who is not a client: "that was meant for my sister lol
    // ignore", "you have the wrong Jessica", "who is this?", "pls stop texting me". Courtesy, not a request: a
    // statement after one is accounted for on its own ("who is this? he found my new number" goes to a clinician).
    'lol|haha|pls|please|plz|just|oops|whoops|sorry|so ..1 ignore|disregard',
    'meant|supposed ..1 for ..1 my|someone|somebody|another|a|the',
    'meant ..1 to ..1 text|send|message|email|call',
    'wrong ..1 number|person|people|contact|email|address|client|patient|one',
    'you|u ..1 have|got ..1 the ..1 wrong',
    'who ..1 is|s ..1 this',
    'stop ..1 texting|messaging|calling|emailing ..1 me',
    // What a mail program or a firm adds under a message: a device's line, a confidentiality notice.
    'sent ..1 from ..1 my ..1 iphone|android|ipad|phone|samsung|galaxy|pixel|mobile|tablet|cell',
    'respectfully|warmly|gratefully|cordially',
    'kind|warm|warmest|best ..1 regards|wishes',
    'message|email|communication ..4 intended ..2 only|solely ..4 recipient|recipients|addressee|addressees',
    'confidentiality ..1 notice|notices',
    // The rest of such a notice: "This email and any attachments are confidential", "If you have received this
    // email in error, please notify the sender and delete it", "the individual or entity to whom they are addressed".
    'email|emails|message|messages|communication|transmission|attachments ..6 confidential|privileged',
    'intended ..2 only|solely ..5 use|recipient|recipients|addressee|addressees|individual|individuals|person|persons',
    'received ..3 in ..1 error',
    'notify ..2 the ..1 sender',
    'individual|individuals|person|persons ..2 or ..1 entity|entities',
    // A forwarded message's header: "Fwd: Explanation of Benefits", "---------- Forwarded message ---------".
    'fwd|fw|forwarded ..2 message|email|explanation|eob|notice|letter|statement|claim|from',
    // Who writes for someone: "I'm the case manager for Mr. Davis", "I'm an HR rep at Crestline Logistics".
    '(im|i am|this is) ..2 the|a|an|her|his|their ..3 case|hr|care|office|billing|program ..1 manager|rep|representative|coordinator|worker|assistant|specialist|navigator',
    // An answer to come: "will let you know", "I'll keep you posted".
    'let|lets ..1 you|u|yall ..1 know',
    'keep ..1 you|u ..1 posted|updated',
    'voicemail ..1 transcript|transcription',
    // Who writes or who is meant, by name: "my name is Luis Ortega", "her name is Angela Ruiz" (the names
    // themselves are read as names: capitalised, known to no table).
    'my|her|his|our|their|childs|sons|daughters ..1 name|names ..1 is|are|s',
    // Thanks in other words: "means a lot", "so thoughtful".
    'means ..2 a ..1 lot',
    'so|very|really|too|super ..1 thoughtful|sweet|kind|nice|helpful|lovely|generous',
    // Thanks for help given ("thanks for your help", "a huge help"): help as a noun, not a plea for it.
    'for ..2 your|the|ur ..1 help',
    'huge|big|great|such ..2 help',
    // Admin13: no hurry said of the request ("not urgent", "no rush", "no urgent concerns"): what else the sentence
    // says is read as usual ("not urgent but I took extra pills" is a crisis).
    'not|no|nothing ..1 urgent|rush|hurry',
    'no ..1 urgent ..1 concerns|issues',
    // admin37 (2026-12-07): the keywords a texting service asks for (CTIA Messaging Principles: STOP, UNSUBSCRIBE,
    // OPT OUT of texts), and thanks in the languages the practice's clients write ("ahehee", "wopila", "miigwech",
    // "mahalo"). Left out, for they explain themselves wherever they stand: a bare "stop" ("I want to stop.", "make it
    // stop" reached staff with it) and a bare "C" or "Y" ("I had a c section last week" did).
    'unsubscribe|stopall|optout|ahehee|wopila|pilamaya|pilamayaye|miigwech|megwetch|mahalo|quyana|merci|danke|grazie|obrigado|obrigada',
    'opt ..1 out ..2 texts|text|texting|reminders|reminder|messages|emails|sms|notifications|calls|list',
    // admin37: who writes for an office, a school or a court, and a record asked for by another practice ("this is
    // Gloria from the tribal court diversion program", "requesting records for mutual patient", "release attached").
    // Not a school's own name ("Elementary"): a word a table knows is no longer read as part of a name.
    'this ..1 is ..4 from|with|at ..4 school|clinic|medicine|practice|court|program|county|hospital|office|firm|department|agency|pharmacy|district',
    'mutual ..1 patient|client|patients|clients',
    'release|roi|authorization ..1 attached|enclosed',
    // admin38 (2026-12-07): a call missed because the phone was on silent ("sorry my phone was on silent"), and the
    // punctuation a voice-to-text message spells out ("Comma.", "question mark"): they explain their words.
    'phone|cell|ringer ..2 on|was|is|s|were ..1 silent|vibrate|mute|dnd',
    'comma',
    'question|exclamation ..1 mark|point',
    // admin38: the opening of a message that holds several requests, and its apology for the length ("I am writing with
    // several administrative questions and I apologize in advance for the length", "I have a few things that need
    // attention", "long message sorry", "bear with me"), as a letter's close is: the requests are read one by one.
    'writing|write|writes ..3 with|about|for|regarding ..2 several|few|some|couple|number ..3 things|questions|items|requests|matters|issues',
    'a ..1 few|couple ..2 things|questions|items|requests|matters ..4 attention|ask|update|cover|mention|sort|handle|check',
    'apologize|apologise|apologies|sorry ..3 for|about ..2 the ..1 length|novel|essay|long|wall',
    'long ..1 message|text|email|note|one ..1 sorry',
    'bear ..1 with ..1 me|us',
    'long ..1 story ..1 short',
    // A polite request's frame, as a formal letter writes it ("I would be grateful if you could resubmit the claim",
    // "I am happy to pay any true balance", "I regret I must cancel my appointment"): the frame only, the request is
    // read in it as usual.
    'i ..1 would|d ..1 be ..1 grateful|appreciative|obliged ..1 if ..1 you|someone|somebody|your',
    'happy|glad|willing ..1 to ..1 pay|send|sign|provide|fax|mail|bring|update|fill|drop|call|come|switch|reschedule|move|upload|email',
    'regret|regrets ..1 to ..1 inform|say|tell|cancel|miss',
    'i ..1 regret ..2 i|we ..1 must|will|have|need|cannot|cant|wont|am|will ..3 cancel|miss|reschedule|postpone|move|be|unable',
    'will|ill|i|we ..2 reach ..1 out ..2 after|later|soon|tomorrow|next|when|once|to ..1 reschedule|rebook|book|schedule',
    // A bank or an app that acts up ("my bank is being weird", "the app is acting funky"), said of the thing.
    'bank|card|portal|app|site|website|payment|account|link|browser|zoom|phone ..2 being|acting|is|was|s ..1 weird|funky|wonky|glitchy|buggy|strange|odd',
    // A week that blew up, traffic that is a disaster ("sorry my week blew up", "the freeway is a total disaster"):
    // courtesy, not a request, so no word it leaves unexplained stands beside it ("my week blew up, I'm going to blow my
    // head off" stays a clinician's).
    'my|the|this ..1 week|day|schedule|morning|afternoon|calendar|inbox ..1 blew|blows|blowing ..1 up',
    'traffic|freeway|highway|interstate|road|roads|commute|parking|weather|hair|wifi|internet ..4 total|complete|absolute|a ..1 disaster|mess|nightmare',
    // A connection that is bad ("my internet out here is terrible"): the connection named.
    'internet|wifi|connection|signal|reception|audio|video|zoom|portal|app|website|site|link|page|cell ..3 is|was|s|so|really|pretty|super|kinda ..1 terrible|awful|horrible|bad|spotty|unreliable|slow|laggy|choppy',
  ],
  es: [
    // admin23: a feeling about the process said of a thing of the desk ("qué complicado el portal", "no entiendo la
    // carta que me mandaron", "ese formulario está bien confuso").
    'complicado|complicada|confuso|confusa|enredado|enredada ..3 el|la|los|las|este|esta|ese|esa ..1 {desk_thing}',
    '{desk_thing} ..3 complicado|complicada|confuso|confusa|enredado|enredada',
    'no ..1 entiendo|entendi|entiendo ..3 el|la|los|las|este|esta|ese|esa|mi ..1 {desk_thing}',
    'hola|gracias|buenos|buenas|dias|tardes|noches|saludos|disculpe|disculpa|disculpen|perdon|perdone|oiga|oigan|favor|porfa|atentamente|atte|senorita|bendiciones|adios|ok|vale|listo|perfecto',
    // Greetings and sign-offs as they are texted or written in other registers: "wenas", "ola q onda", "che",
    // "ntp" (no te preocupes), "quedo atenta", "cordialmente", "señores:".
    'wenas|ola|che|ntp|cordialmente|senores|senoras',
    'que|q|k ..1 onda|tal',
    'quedo|quedamos ..1 atenta|atento|atentos|atentas|pendiente|pendientes',
    // Who sent one: "mi trabajadora social me dijo".
    'trabajadora|trabajador ..1 social',
    'lo ..1 siento',
    // Sorry for the bother: "disculpen las molestias", "perdón por la molestia".
    'disculpe|disculpa|disculpen|perdon|perdone|por ..2 la|las ..1 molestia|molestias',
    'que ..1 tenga|tengan|pasen ..2 buen|buena|bonito|bonita|felices|feliz|lindo|linda|excelente',
    'amable|amables',
    'gracias ..1 por ..1 todo',
    'mil|muchas|muchisimas ..1 gracias',
    'gracias ..1 mil',
    'ahi|alli ..1 estare|estaremos|nos ..1 vemos',
    'por ..2 su|tu|la ..1 ayuda',
    'gran ..1 ayuda',
    'estimada|estimado|licenciada|licenciado|doctora|dra|lic',
    'dios ..2 bendiga|bendice|cuide',
    'felices|feliz ..1 fiestas|pascuas|navidad|ano|dia',
    'nos ..1 vemos',
    // A short reply that accepts a time: "si esa hora me queda bien", "me funciona", "sí, así está bien".
    'me|nos ..1 queda|quedan|funciona|funcionan|sirve|sirven ..1 bien|perfecto',
    'enviado ..1 desde ..1 mi ..1 iphone|celular|telefono|android',
    // A formal letter's close and notice ("Quedo atenta a cualquier cosa" is read above): "Saludos cordiales",
    // "Este mensaje y sus anexos son confidenciales".
    'saludos ..1 cordiales',
    'mensaje|correo|comunicacion ..5 confidencial|confidenciales',
    // admin38: el comienzo de un mensaje de varios pedidos ("les escribo por varias cosas", "tengo unas preguntas").
    'escribo|escribe|escribimos ..3 por|para|con ..2 varias|varios|unas|unos|algunas|algunos ..1 cosas|preguntas|asuntos|dudas|cositas',
    // Who writes or who is meant, by name: "mi nombre es Luis Ortega", "mi hijo se llama Mateo".
    'mi|su ..1 nombre ..1 es',
    'me ..1 llamo',
    'se ..1 llama',
    // Admin13: sin prisa ("no es urgente", "no hay prisa").
    'no ..1 es ..1 urgente',
    'sin|no ..2 prisa|apuro',
  ],
};
