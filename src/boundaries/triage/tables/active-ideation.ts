import type { TriageTable } from '../triage-category.js';

/**
 * Active ideation: thoughts of killing oneself, said plainly or in the community's shorthand (kms, ctb,
 * unalive, sewerslide) and misspellings (the C-SSRS screener's second question).
 * [sources: c-ssrs-screener, samhsa-988]
 */
export const ACTIVE_IDEATION: TriageTable = {
  label: 'active_ideation',
  en: [
    'suicid*|sucid*|suicd*|suiside*|sewerslide*|unalive*|selfdelete*|ctb|kms',
    // lead29 (probe): a game's respawn tried for real ("respawn isnt a thing irl but im tempted to test it").
    'respawn|respawning|respawned|respawns & irl|tempted|test|testing|wish|try|trying|real|life|myself|wanna',
    // The shorthand written apart or with a letter for the word (lead26: "un aliving myself", "k word myself", "s-word-slide",
    // "commit toaster bath", "the forever nap").
    'un alive|aliving|alived|aliveing|aliv',
    'k word ..1 myself|yourself|herself|himself|themselves|me',
    's word slide|sliding|slid',
    'toaster ..1 bath|bathtub|tub',
    'forever|eternal|permanent|dirt ..1 nap|sleep|snooze|slumber',
    'kill*|murder* ..2 {self}|{third_self}',
    'kill*|murder* ..2 my ..1 self',
    'end*|take|taking|took ..1 my|their|his|her ..1 own ..1 life|lives',
    'end|ending|ended ..2 my ..1 life',
    // Ending something else and one's life in one breath ("end my sessions this weekend and my life too"): the
    // desk's sense of ending sessions at a date is masked (ordinary-senses.ts), the life joined to it is not.
    'end|ending|ended|stop|finish ..6 and ..1 my ..1 life',
    'take|taking ..1 my ..1 life',
    'end|ending ..1 it|things|everything ..2 all|tonight|today|now|soon|forever|good|permanently|once',
    '{think}|{intent}|urge*|decided|ready ..3 end|ending ..1 it|things|everything|myself',
    '{wish}|{intent}|ready ..3 die|dead',
    '{neg} ..3 want* ..2 to ..1 be|stay ..1 alive',
    'want* ..2 to ..1 not ..1 be ..1 alive|here',
    'off ..1 myself',
    'do ..1 myself ..1 in',
    'thoughts ..2 of ..1 dying|death',
    // Saying one is a danger to oneself, or cannot be trusted around means ("I don't trust myself around my meds").
    'danger|dangerous|threat|risk ..2 to ..1 myself|meself|mysef|myslef',
    '{neg} ..2 trust ..1 myself ..4 {means}|pills|meds|medication|gun|car|tonight|alone|anymore|now',
    // An attempt named as such: "I attempted last week", "since my attempt".
    'i ..1 attempted|tried ..1 again|last|yesterday|before|twice|on|this|in ..2 week|night|month|year|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|again',
    'since|after|before|from ..2 my ..1 attempt|attempts|overdose|od',
    // Checking out, not the hotel kind: leaving life told as leaving a place.
    'considering|thinking|think|thought|planning|plan|ready|want|wanna|going|gonna|time ..3 checking|check ..1 out',
    '{neg} ..2 trust ..1 myself ..1 with|around|near|alone|tonight|anymore|right',
    // Leaving life told as leaving work, a game or the world: "clocking out for good", "leave this world".
    'log|logging|clock|clocking|tap|tapping|bow|bowing|check|checking ..1 out|off ..3 permanently|forever|good|life|world',
    'leave|leaving|exit|exiting|depart|departing ..2 this ..1 world|earth|life|planet',
    // Sets i and l (recall5): the thoughts in shorthand ("sui thoughts back"); thinking about it tonight; holding on
    // until a session and not managing; not making it, meant literally.
    'si|sui|suic|sewer ..1 thoughts|thought|ideation|urges|urge|attempt',
    'tonight|today|now ..3 really|seriously|actually ..1 thinking|considering ..1 about ..1 it',
    'tried|trying|try ..2 to ..1 hold ..1 on ..3 till|until|til ..3 session|appointment|monday|tuesday|wednesday|thursday|friday|next|our|we|see',
    'cant|cannot ..1 hold ..1 on ..2 anymore|any|longer|much',
    'mean|meant ..1 that|it|this ..1 literally & make|here|alive|around|next|last',
    // Not able to keep oneself safe; a life ended told of someone else (recall5's second batch).
    '{neg}|cant|cannot ..4 keep ..1 myself|me ..1 safe',
    // Safety not promised or not sure of, for oneself (lead26, 2026-12-06: "i can't promise i'll be safe tonight", "not
    // sure i can stay safe", "idk if i can keep safe"): a promise or certainty about someone else's safety is not here.
    '{neg}|cant|cannot|wont ..1 promise|guarantee|swear ..3 i|ill|im|myself|me|to ..2 be|stay|keep|remain|staying|being ..1 safe',
    '{neg}|cant|cannot|idk|unsure ..3 if|whether|that|i ..2 i|ill|im|can|could ..3 stay|be|keep|remain|staying ..1 safe ..2 tonight|today|now|anymore|much|longer|alone|this|myself|till|until',
    'ending|end|ended|taking|take ..1 her|his|their ..1 life',
    // Set q (recall6): whether one would ever attempt, answered with a joke about last week.
    'ever ..1 attempt|attempted & funny|well|remember|last|about|actually',
    // Set z (recall8): 'kys' (told to someone, the bullying that urges it) and not being able to stop thinking
    // about doing it.
    'kys|kysz',
    'cant|cannot ..1 stop ..1 thinking ..2 about|of ..1 doing ..1 it',
    // Set ab: passing out for good (in a sauna, a car, a bath).
    'pass|passed|black ..1 out ..2 for ..1 good|ever',
    'staying|stay ..1 in ..3 till|until|til ..2 pass ..1 out',
    // Set ac: calm or nothing felt once one decided; a signal agreed with the therapist reached.
    'nothing|calm|peace|peaceful|lighter|relief ..4 when|since|after|now ..2 you|i|ive ..1 decide|decided',
    'told ..1 you ..4 tell ..1 you ..1 if ..1 it ..1 got|gets|ever ..2 bad|worse|to|there',
    'call ..2 if ..3 thoughts ..1 return|returned|come|came',
    // Set ad: a recent attempt and the hospital; going home to end it; a garage's top floor driven to.
    'after|since|from ..2 an|my|the|a ..1 attempt & hospital|out|discharged|er|icu|inpatient|released|got',
    'home ..2 and ..1 end ..1 it & going|gonna|was|said|told',
    'garage|parking|structure|building ..6 top ..1 floor|level|deck|story & drove|went|sat|up|stood|sitting',
    // Set ag: told to check in if things got worse; going to "finish it" after work.
    'check ..1 in ..2 if ..2 things|it ..1 get|gets|got ..1 worse|bad',
    'going|gonna ..1 to ..1 finish ..1 it & after|tonight|shift|pills|work|today',
    // Set ak (lead): 'gonna off herself' (off oneself, slang for killing oneself).
    'off ..1 {self}|{third_self}|myself|herself|himself|themselves',
    // Set al (recall10): a first responder's end of watch, called on oneself; a game's clock run out, a towel thrown,
    // a knee taken, for good.
    'end|ending|ended ..1 the|my|own ..1 watch',
    'my|own ..1 end ..1 of ..1 watch',
    'run|running|ran|runnin|let|letting ..1 out ..1 the ..1 clock & good|forever|life|ready|done|tired',
    'throw|throwing|threw|toss|tossing ..1 in ..1 the ..1 towel ..2 for ..1 good|forever|life',
    'take|taking|took ..1 a ..1 knee ..6 for ..1 good|forever',
    // Probed in set ah's voices (recall9): going out on one's own terms; one of the 22 a day; the next one after a
    // buddy from the unit.
    'out ..2 on ..1 my ..1 own ..1 terms',
    'end|ending ..3 on ..1 my ..1 own ..1 terms',
    '22 ..1 a|per ..1 day & understand|why|one|next|join|soon|23|vets|veterans|brothers|get',
    'one ..1 of ..1 the ..1 22',
    // The 22 a day understood, said in its own sentence (lead, 2026-12-06, from an unseen set: "22 a day. I get it now.").
    '22 ..1 a|per ..1 day && get|understand|why|join|next|become|gonna|going',
    // Using "one" on oneself, the thing unnamed or named in an ordinary sense ("I work at a gun store and I keep
    // thinking about using one on myself").
    'think|thinking|thought|want|wanna|urge|tempted|considering|considered ..4 using|use ..2 it|one|them|that ..1 on ..1 myself',
    'be|im ..1 the ..1 next ..1 one & buddy|buddies|unit|platoon|suicide|ate|killed|lost|another',
    // Probed by kind (lead): feeling like ending it.
    'feel|feeling|felt ..1 like ..1 ending|end ..1 it|things|everything|myself',
    'feel|feeling|felt ..1 like ..1 ending|end ..1 my ..1 life',
    // Probed in set al's voices (recall10): a ticket punched, an exit from this life in slang (dip out, bounce,
    // AWOL), going out on one's terms, a police code for out of service for good, Valhalla, meeting one's maker;
    // going on and ending it; a life finished (learners' English).
    'punch|punched|punching|punchin ..1 my|own ticket & ready|time|gonna|going|want|wanna|soon|tonight|early|thinking|about|might',
    'dip|dippin|dipping|bounce|bouncing|duck|ducking|bow|bowing ..1 out ..3 this|of|from ..1 world|life',
    'awol ..3 from|this ..1 life|world',
    'go|going|goin ..1 out ..2 on ..1 my ..1 terms & want|wanna|ready|gonna|gotta|time|plan|planning|thinking|just|done',
    'go|going|goin|gone ..1 10 ..1 7|42 ..3 good|forever|permanently|permanent',
    'valhalla & going|go|early|ready|see|soon|join|meet|tonight',
    'meet|meeting ..1 my ..1 maker',
    'go ..1 on ..1 and ..1 end ..1 it|things|everything|myself',
    'might|may ..1 as ..1 well ..3 end ..1 it ..1 all',
    'might|may ..1 as ..1 well ..3 end|kill ..1 everything|myself|me',
    'want|wanna|will|going|gonna|try|trying|think ..3 finish|finishing ..1 my ..1 life',
    // A third probe in set ah's voices (recall9): a last patrol; a permanent solution figured out.
    'this ..1 is ..1 my ..1 last|final ..1 patrol',
    'going|heading ..2 on|out ..2 my ..1 last|final ..1 patrol',
    'permanent ..1 solution|answer & figured|planned|decided|ready|tonight|everything|myself|pain|problems|life',
    // Set am (lead): alt+f4 on one's life; told to do it on stream; 'what if i just didn't. exist.'
    'alt ..1 f4 & life|myself|me|existence|everything',
    'do ..1 it ..2 on ..1 stream|live|camera|cam',
    'what ..1 if ..1 i ..1 just ..1 didnt && exist|existed',
    // Set aq (lead, Spanish, 2026-12-05), in English: the means in front of one; not wanting to call the crisis line.
    'pills|{pills}|gun|rope|knife|blade|razor ..3 (in front of|next to|beside) ..1 me',
    // Set ba (lead, 2026-12-05): the bottle itself at hand, open or not ("i have the bottle open in front of me").
    // "the bottle", not "my water bottle": the determiner next to the word.
    'the|a|this|that bottle|bottles ..3 (in front of|next to|beside) ..1 me',
    'the|a|this|that bottle|bottles ..1 open|opened|uncapped ..2 (in front of|next to|beside|in my hand|on my lap|right here)',
    '{neg} ..2 (want to|wanna) ..1 call|text ..1 988|hotline|lifeline',
    // Set ar (recall11): the therapist's own instruction quoted ('you told me to tell you if I started thinking about it
    // again'), beside a word that it is happening.
    'told|asked ..1 me ..1 to ..3 tell|text|call|let|message|email|warn ..4 if ..3 thinking|thoughts|thought|think|urges|feelings ..3 again|back|came|started|returned && (well i am|so i am|im telling you|telling you now|they are back|theyre back|its back|it happened|here i am|so here|i am now|they came back|i did|i have been|ive been)',
    // Set au (recall12, 2026-12-05): food and drink refused on purpose, or to hurry the end.
    'stopped|stop|stopping|quit|quitting|refuse|refuses|refused|refusing|done|not ..3 eating|drinking|food|eat ..5 on ..1 purpose|purposely|deliberately',
    'stopped|stop|quit|quitting ..1 eating|drinking ..4 goes|go|happens|end|ends ..1 faster|quicker|sooner',
    'speed|hurry ..1 things|it|this|death|the ..2 up|along && eating|drinking|food|hospice|die|dying|death|pills',
    // Probed by kind (recall12, 2026-12-05): how one would do it, thought through (the C-SSRS method question).
    'how ..1 (id|i would|i could) ..1 do ..1 it & thought|thinking|think|figured|planned|pictured|picturing|imagined',
    'how ..1 (ill|i will|im going to|im gonna) ..1 do ..1 it & written|wrote|planned|figured|decided|worked',
    // Set ay (recall14, 2026-12-05): the thoughts no longer passive; 'what if I just did it' no longer a what-if.
    'thoughts|thought|ideation ..3 {neg}|no ..2 passive ..1 anymore|now',
    'thoughts|thought|ideation ..3 no ..1 longer ..1 passive',
    'what ..1 if ..2 i ..2 did ..1 it & thoughts|thought',
    // recall15, by vocabulary family: an ending said of oneself in other words (finish myself off, take myself
    // out for good, end me, put myself out of my misery, pull the plug on myself, end my suffering for good).
    // The clinic's own shorthand ("my si is back", "struggling with si again", "passive si"): never after Spanish
    // words, where si is "if" or "yes".
    'struggling|dealing|battling|fighting|having|passive|active|my|the ..1 si & again|back|lately|today|tonight|worse|bad|increased|is|been|thoughts|urges|again',
    '{neg} ..2 in ..1 a ..1 safe ..1 headspace|mindset|state ..1 of ..1 mind',
    '{neg} ..2 in ..1 a ..1 safe ..1 headspace|mindset',
    // Afraid of what one might do: something one cannot take back, something permanent.
    'do|doing ..1 something|smth|sth|somethin ..4 cant|cannot|couldnt|never ..2 take ..1 back & scared|afraid|terrified|worried|might|gonna|going|about|tonight',
    'do|doing ..1 something|smth|sth|somethin ..4 cant|cannot|couldnt|never ..2 undo|reverse & scared|afraid|terrified|worried|might|gonna|going|about|tonight',
    'do|doing ..1 something|smth|sth|somethin ..1 permanent|irreversible & i|im ..2 going|gonna|might|about|scared|afraid',
    // The night, being alone or oneself anywhere in the sentence (lead26: "i'm scared of what i'll do if i'm alone tonight").
    'afraid|scared|terrified ..2 of ..1 what ..1 i|ill|id|im ..2 do|might|will|gonna & alone|tonight|night|weekend|myself|today',
    'finish|finishing ..1 myself|me ..1 off',
    'take|taking ..1 myself ..1 out ..2 permanently|forever|good',
    '{wish}|ready ..3 end me',
    'put ..1 myself ..2 out ..1 of ..1 my ..1 misery',
    'pull|pulling ..1 the ..1 plug ..1 on ..1 myself|me',
    'end|ending|stop|stopping ..2 my|the ..1 suffering|pain|misery ..2 for ..1 good|ever',
    'end|ending|stop|stopping ..2 my|the ..1 suffering|pain|misery ..1 forever|permanently',
    'do ..1 it ..1 this ..1 time & going|gonna|will|ill|really|actually|finally|want|wanna|ready|think|decided',
    'over ..1 with ..1 it ..1 all & {wish}|{intent}|ready|be|get',
    // Set be (recall19, 2026-12-05): ways thought of or looked up, said with nothing after ("i keep thinking of ways");
    // ways to do something named are masked in ordinary-senses.ts.
    'thinking|think|thought|thinkin|looking|looked|researching ..2 of|about|up|into ways|methods',
    // Probes beside requests that reached staff (recall19, 2026-12-05), by kind: ending "me" or taking oneself out,
    // said by the one who will (words side by side, so "I'm not going to end me" keeps its negation and "this job is
    // gonna end me" is not read); daydreaming of ending it. Taking oneself out to dinner is masked.
    'im|i|ill|id|ima|imma going|gonna|might|will|wanna|want|need|about|ready|could|should|gotta|finna ..2 end ..1 me',
    'im|i|ill|id|ima|imma going|gonna|might|will|wanna|want|need|about|ready|could|should|gotta|finna ..2 take ..1 myself ..1 out',
    'daydream|daydreaming|daydreams|daydreamed|fantasize|fantasizing|fantasise|fantasising ..2 about|of ..2 ending|dying|killing|death|suicide|disappearing|not',
    // recall20: the community's slang for ending one's life, said with an intent ("tryna self delete", "finna dip for
    // good", "about to take the L permanently").
    'dip|dipping|dipped|peace|peacing ..1 out ..1 for ..1 good',
    'dip|dipping ..1 for ..1 good',
    'take|taking|took ..1 the ..1 l|loss ..1 permanently|forever',
    '{intent}|finna|tryna|about|bout|ready ..3 self ..1 delete|deleting|destruct',
    'about|bout|finna|tryna ..1 to ..1 end|ending ..1 it|things|everything|myself',
    // Set bg (recall21, 2026-12-05): a deadline set oneself, and ending it if nothing changed by then.
    'if ..1 nothing ..1 changes|changed|improves|improved|gets|got|happens ..6 end|ending ..1 (it|things|everything|myself|it all|my life)',
    'told|promised|gave ..1 myself ..6 end|ending|do ..1 it|things|everything|myself & by|until|nothing|changed|changes|birthday|deadline|{weekday}',
    // lead34 (set dn): the s-word's thoughts ("the s-word thoughts are back and theyre loud"); the word said as a letter and a
    // word beside thoughts, urges or plans.
    's|k ..1 word ..1 thoughts|thought|thinking|urges|urge|feelings|ideation|ideas|plans|plan|stuff|brain|mode',
    'thinking|thought|thoughts|think ..2 about ..1 the ..1 s|k ..1 word',
    // lead34 (set ds): the word spelled with doubled letters for its vowels ("s00icidal", read as "sooicidal").
    'sooicid*|suuicid*|souicid*|soocid*|sooisid*|suisid*',
    // Probed by kind (lead40): uninstalling or deleting oneself, in a gamer's words.
    'uninstall|uninstalling|uninstalled|delete|deleting myself',
    'uninstall|uninstalling|uninstalled my ..1 life|self',
  ],
  es: [
    'quiero|quisiera|quiere|quieres|queria ..2 morir*|matarme|matarse|suicidarme|suicidarse',
    'me|se|te ..2 quiero|quiere|quieres|queria ..2 morir|matar|suicidar',
    'matarme|matarse|suicidarme|suicidarse|ahorcarme|ahorcarse|envenenarme',
    'quitarme|quitarse|quitar ..2 la ..1 vida',
    'acabar|terminar ..2 con ..2 mi ..1 vida',
    // Terminar otra cosa y la vida de una vez ("terminar las sesiones este fin de semana y con mi vida también").
    'acabar|terminar|termino|acabo ..6 y ..1 con ..1 mi ..1 vida',
    'acabar|terminar ..1 con ..1 todo',
    '{neg} ..2 quiero ..2 seguir ..2 viviendo|vivo|viva|vivir',
    'pienso|pensando|pensamientos|pensar ..3 matarme|morir*|quitarme|suicid*',
    'ganas ..2 de ..2 morir*|matarme',
    'me ..1 voy ..1 a ..1 matar|suicidar',
    'peligro ..2 para ..1 mi ..1 mismo|misma',
    '{neg} ..2 confio ..2 en ..1 mi ..1 mismo|misma',
    'irme|salir|salirme|ir|ire|voy ..3 de ..1 este ..1 mundo',
    // Holding on until the session, and not managing (recall5).
    'aguantar|aguante|aguanté ..3 hasta ..3 sesion|sesión|cita & intente|intenté|trate|traté|no|puedo',
    '{neg} ..2 puedo ..2 mantenerme ..1 a ..1 salvo|segura|seguro',
    'quitarse|quitarle ..1 la ..1 vida',
    // Set z (recall8): 'kys'; not able to stop thinking about doing it; told to kill oneself.
    'kys',
    '{neg} ..1 puedo ..1 dejar ..1 de ..1 pensar ..2 en ..1 hacerlo',
    'dicen|dijeron|decian|dice ..2 que ..1 me ..1 mate|matara|muera|muriera',
    // Probed in set ah's voices (recall9): the next one after the comrades of the unit.
    'yo ..1 soy|sere ..1 el|la ..1 siguiente|proximo|proxima & companeros|compas|unidad|amigo|amigos|perdi|otro',
    // Probed in set al's voices (recall10): quitarse del medio.
    'quitarme|quitarse ..1 del|de ..2 medio',
    'me ..2 quito|quitar|quitaria|quitaría|quite ..1 del|de ..2 medio',
    // Set ao (lead, Spanish): being told to sacrifice oneself; nothing happens if one jumps.
    'sacrificarme|sacrificarse',
    'no ..1 pasa ..1 nada ..2 si ..1 salto|brinco|me',
    // Parity with English (parity12, 2026-12-05): "me quito la vida" conjugated; a shot to oneself ("darme un tiro",
    // "pegarme un balazo"); finishing the job with the pills left.
    'me|se|te ..1 quito|quita|quite|quitare|quitaria|quitara|quitaba ..1 la ..1 vida',
    'darme|pegarme|meterme|echarme|darse|pegarse|meterse ..1 un ..1 tiro|balazo|plomazo|escopetazo',
    'me ..1 doy|pego|meto|di|pegue|voy ..3 un ..1 tiro|balazo|plomazo|escopetazo',
    'volarme|volarse ..2 los|la ..1 sesos|cabeza',
    'termino|terminar|acabo|acabar|terminara|acabara ..2 el ..1 trabajo|trabajito & pastillas|{pills}|{med_name}|oxicodona*|suficientes|matando|morir|quedan',
    // Set aq (lead, Spanish, 2026-12-05): the means in front of one.
    'pastillas|pistola|cuchillo|navaja|soga|frasco|frascos|bote ..3 (enfrente de|frente a|al lado de|junto a) ..1 mi|mí',
    // Killing oneself as the consequence of a condition ("si no pago la renta me mato", "si pierdo el trabajo me
    // mato"): "me mato" folds "me mató", so the desk's "la renta me mató" is masked; the condition is not.
    'si ..6 me ..1 mato|matare|mataré|mataria|mataría',
    'y ..1 me ..1 mato|matare|mataré',
    'frasco|frascos|bote ..1 abierto|destapado ..2 (enfrente de|frente a|al lado de|junto a|en la mano|en mi mano|aqui)',
    // Set ar (recall11): the therapist's own instruction quoted ('me dijiste que te avise si volvía a pensar en eso'),
    // beside a word that it is happening ('bueno, te aviso').
    'avise|avisara|avisar|dijera|decirte|dijeras|escribiera|llamara ..4 si ..2 volvia|vuelvo|volviera|vuelven|volvian|tenia|tengo ..3 pensar|pensamientos|pensando|ideas|ganas && (te aviso|te cuento|te escribo|te digo|estoy pensando|lo estoy pensando|volvieron|regresaron|otra vez|de nuevo|mas que nunca|ya volvio|ya volvieron|aqui estoy|pues aqui)',
    // Parity, second round (parity12, 2026-12-05): logging off for good; told by voices or instructions to hurt oneself.
    'desconecto|desconectarme|desconectando|apago|apagarme ..2 para ..1 siempre',
    'dicen|dice|ordenan|ordena|dijeron ..2 que ..1 me ..1 tengo|tenia ..1 que ..1 lastimar|matar|castigar|quemar|morir|ahogar',
    // Probed by kind (recall11, 2026-12-05): 'ando pensando cosas feas', the euphemism for thoughts of dying ('pensamientos
    // feos' alone are also the intrusive thoughts of OCD, which a clinician reads the same day).
    'pensando|pienso|pensar|pense ..2 cosas ..1 feas|feos',
    // Probed by construction (recall16, 2026-12-05): putting an end to everything or to one's life.
    'poner|ponerle|ponerme|ponga|pondre|pongo ..1 fin ..1 a ..1 todo|esto|tdo',
    'fin ..1 a ..1 mi ..1 vida|existencia|sufrimiento',
    // Probed by construction (recall16, third batch): afraid of 'hacer una locura', the euphemism (one's hair dyed
    // blue is also 'una locura'); an attempt on one's life.
    'miedo|capaz ..4 hacer|cometer ..1 una ..1 locura|tonteria|estupidez',
    'atentar|atente|atento ..2 contra ..1 mi ..1 vida|persona',
    // Probed by construction (recall18, 2026-12-05): a farewell asked forgiveness for; tonight as the night, said
    // with a goodbye; wanting to go and already knowing how.
    'perdoname|perdonenme ..3 adios|bye',
    '(esta noche es la noche|hoy es la noche|hoy es el dia|ya llego el dia) && adios|gracias|perdon|perdoname|intentarlo|cuiden|despedirme',
    'quiero ..1 ir|irme ..2 ya ..1 se ..1 como',
    'gracias ..2 por|x ..1 intentarlo|intentar|tratar ..4 adios|bye',
    'diganle|digale|dile|digan ..4 que|q ..2 quiero|amo|quise & adios|perdon|siempre|ultima',
    // The same concepts said across two sentences (recall18, second batch): forgiveness asked of one's mother, then
    // a goodbye; wanting to stop feeling, then "forever".
    'perdoname|perdonenme ..2 mami|mama|mamita|papi|papa|todos|hijos|familia && adios|bye',
    'dejar ..1 de ..1 sentir|existir|respirar && para ..1 siempre',
    // Set be (recall19, 2026-12-05): maneras pensadas, sin decir de qué.
    'pensando|pienso|pensar|penso|buscando|busque ..2 en ..1 maneras|formas|metodos',
    // recall20: leaving the world in the regions' verbs ("me quiero largar de este mundo"); blowing one's brains out.
    'largar|largarme|largo ..3 de ..1 este ..1 mundo',
    'volar|volarme|volarse|volo ..2 los ..1 sesos|sesos',
    // Set bg (recall21, 2026-12-05), en español: si nada cambia para una fecha, terminar con todo.
    'si ..1 nada ..1 cambia|cambio|cambiaba|cambiara|mejora|mejoro|mejoraba|mejorara ..6 terminar|termino|terminaba|acabar|acabo|acababa|terminarlo|acabarlo ..2 todo|vida|conmigo',
    'me ..1 dije|prometi|di ..6 terminar|termino|acabar|acabo|terminarlo|acabarlo ..2 todo|vida|conmigo & para|cumpleanos|fecha|plazo|{weekday}|cambia|cambiaba',
  ],
};
